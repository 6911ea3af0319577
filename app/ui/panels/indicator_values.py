"""What a typed baseline, target or year means, judged while the planner types.

Targets are numbers for nearly every indicator, but some indicators are graded
in words: the BPK opinion ("WTP"), the SAKIP grade ("A", "BB"), a predikat
("Baik", "Madya"). The editor must accept those and still catch a slip of the
keyboard in a numeric indicator. The rule, in the order it is applied:

1. Text that reads as a number (`app.util.indonesian.parse_number`, both
   decimal habits) is a number.
2. Text with digits that does not read as a number ("7,5,5", "75..5", "7o") is
   a typo, whatever the indicator.
3. Text without digits is a grade when the indicator is graded, and a typo when
   it is numeric. An indicator is numeric when another of its values (the
   baseline or a target of another year) is a number, or when its unit is a
   percentage ("%", "persen"); otherwise it is graded, so the first "WTP"
   typed into a fresh indicator is taken as a grade.

Nothing typed is ever thrown away: a flagged value is kept as text (the model
holds text targets) and marked where it stands, in Indonesian, until it is
corrected. Pure Python, so that the rule is tested without a screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.model.plan import Indicator, Value
from app.model.text import Msg
from app.util.indonesian import format_value, parse_number

_DIGIT = re.compile(r"\d")
OK, GRADE, TYPO, NOT_NUMERIC = "ok", "grade", "typo", "not-numeric"


@dataclass(frozen=True)
class Verdict:
    """How a value reads: `kind` is OK (a number or empty), GRADE, TYPO or NOT_NUMERIC."""

    kind: str
    message: str = ""  # Indonesian (a Msg), for the cell's tooltip and the message line

    @property
    def flagged(self) -> bool:
        return self.kind in (TYPO, NOT_NUMERIC)


def is_percent(satuan: str) -> bool:
    unit = satuan.casefold()
    return "%" in unit or "persen" in unit


def is_numeric_indicator(ind: Indicator, except_year: int | None = None,
                         except_baseline: bool = False) -> bool:
    """True when the indicator counts in numbers (rule 3): another value is one, or a % unit."""
    if is_percent(ind.satuan):
        return True
    values: list[Value | None] = [] if except_baseline else [ind.baseline]
    values += [v for y, v in ind.targets.items() if y != except_year]
    return any(_is_number(v) for v in values)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def judge_value(ind: Indicator, value: Value | None, year: int | None = None,
                baseline: bool = False) -> Verdict:
    """The verdict on `value` as the baseline (`baseline`) or the target of `year`."""
    if value is None or _is_number(value):
        return Verdict(OK)
    text = str(value).strip()
    if not text:
        return Verdict(OK)
    if parse_number(text) is not None:
        return Verdict(OK)
    if _DIGIT.search(text):
        return Verdict(TYPO, Msg(
            '"{text}" bukan angka yang dapat dibaca. Tulis angka seperti 75 atau 75,5 '
            "(koma untuk desimal, titik untuk ribuan).", text=text))
    if is_numeric_indicator(ind, except_year=year, except_baseline=baseline):
        return Verdict(NOT_NUMERIC, Msg(
            '"{text}" bukan angka, padahal indikator ini bernilai angka. Tulis angka '
            "seperti 75,5; teks seperti WTP atau A hanya untuk indikator yang seluruh "
            "nilainya predikat.", text=text))
    return Verdict(GRADE, Msg('"{text}" dicatat sebagai predikat, bukan angka.', text=text))


def reading(text: str) -> str:
    """How Pokin reads what is being typed, for the message line: "Terbaca: 1.234,5"."""
    number = parse_number(text.strip()) if text.strip() else None
    if number is None:
        return ""
    return Msg("Terbaca: {value}", value=format_value(number))


def parse_year(text: str) -> int | None | str:
    """A typed baseline year: the year, None for an empty cell, or the refusal (Indonesian)."""
    t = text.strip()
    if not t:
        return None
    if len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2999:
        return int(t)
    return Msg('"{text}" bukan tahun. Tulis tahun dengan empat angka, mis. 2023.', text=t)
