"""Numbers and dates the Indonesian way: the one place that reads and writes them.

Screen, paper, workbook messages and the checks all speak through here, so that
a target typed as "75,5" is read alike everywhere and printed as "75,5" on the
card, in the table, in a finding and in the PDF.

Reading is lenient because planners type numbers both ways:

Targets arrive as real numbers from Excel, but just as often as text typed the
Indonesian way ("75,5", "1.234,5", "75%") or the English way ("78.5"). The
checks (target direction, flat 100% targets) must read all of these alike, and
must never crash on text that is not a number ("Tersedia", "-"): such a value
is simply not numeric.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence

_DIGITS = re.compile(r"\d+")
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_SUFFIXES = ("persen", "%")
_SIMPLE_COMMA = re.compile(r"[-+]?\d+(?:,\d+)?")
_SIMPLE_DOT = re.compile(r"[-+]?(?:\d+\.(?:\d{1,2}|\d{4,})|0\.\d+)")
_ANY_DIGIT = re.compile(r"\d")
_MINUS = "-\u2212\u2013"


def parse_number(value: object) -> float | None:
    """A float for anything that reads as a number, else None.

    Rules for text, in Indonesian custom first:
    - surrounding spaces, a trailing "%" or "persen", a leading "Rp" are ignored;
    - with both "." and ",", the last one is the decimal mark ("1.234,5", "1,234.5");
    - a single "," is a decimal comma ("75,5"); several are thousands ("1,234,567");
    - several "." are thousands ("1.234.567"); a single "." followed by exactly three
      digits after a non-zero integer part is thousands too ("2.000" = 2000), any other
      single "." is a decimal point ("78.5", "0.125"), because plans mix both habits.
    Booleans, NaN and infinities are not numbers.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
        return number if math.isfinite(number) else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _SIMPLE_COMMA.fullmatch(text):  # fast path: "75", "-3", "75,5"
        return float(text.replace(",", "."))
    if _SIMPLE_DOT.fullmatch(text):  # fast path: "78.5", "0.125" (never "2.000")
        return float(text)
    return parse_text(text)


def parse_text(text: str) -> float | None:
    """`parse_number` for text, by the general rules only (no fast path)."""
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    lowered = text.casefold()
    for suffix in _SUFFIXES:
        if lowered.endswith(suffix):
            text = text[: -len(suffix)]
            lowered = lowered[: -len(suffix)]
            break
    if lowered.startswith("rp"):
        text = text[2:]
    sign = 1.0
    if text[:1] in _MINUS:
        sign, text = -1.0, text[1:]
    elif text[:1] == "+":
        text = text[1:]
    if not _ANY_DIGIT.search(text):
        return None
    number = _unsigned(text)
    return None if number is None else sign * number


def _unsigned(text: str) -> float | None:
    """The value of digits with "." and "," marks, or None when the marks make no sense."""
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, frac = text.rpartition(decimal)
        if frac.count(thousands) or not _GROUPED.fullmatch(whole):
            return None
        return _join(whole.replace(thousands, ""), frac)
    if dots + commas == 0:
        return float(text) if _DIGITS.fullmatch(text) else None
    mark = "." if dots else ","
    count = dots or commas
    if count > 1:
        return _join(text.replace(mark, ""), "") if _GROUPED.fullmatch(text) else None
    whole, _, frac = text.partition(mark)
    if mark == "." and len(frac) == 3 and whole and whole.lstrip("0") and _GROUPED.fullmatch(text):
        return _join(whole + frac, "")
    return _join(whole or "0", frac)


def _join(whole: str, frac: str) -> float | None:
    if not _DIGITS.fullmatch(whole) or (frac and not _DIGITS.fullmatch(frac)):
        return None
    return float(f"{whole}.{frac}" if frac else whole)


def format_number(number: float, decimals: int = 6) -> str:
    """A number the Indonesian way: "75", "75,5", "1.234,5" (at most `decimals` decimals)."""
    if not math.isfinite(number):
        return str(number)
    number = round(number, decimals)
    if number == int(number) and abs(number) < 1e15:
        return format_int(int(number))
    text = f"{number:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_int(n: int) -> str:
    """1234 -> "1.234": the Indonesian thousands separator."""
    return f"{n:,}".replace(",", ".")


def format_value(value: object, decimals: int = 4) -> str:
    """A baseline, target or budget for a person: "70", "70,5", "1.250.000", texts as written.

    Nothing for None; "ya"/"tidak" for a boolean (a workbook cell may hold one).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, int | float):
        return format_number(float(value), decimals)
    return str(value)


def parse_typed(text: str | None) -> float | str | None:
    """What a planner typed in a baseline, target or budget cell.

    None for an empty cell, a number when the text reads as one (`parse_number`),
    else the text itself (a target may be a grade such as "WTP" or "A").
    """
    t = (text or "").strip()
    if not t:
        return None
    number = parse_number(t)
    return t if number is None else number


def pasted_decimal_mark(cells: Sequence[str]) -> str:
    """The decimal mark of a block of cells copied from a spreadsheet: "," or ".".

    Excel copies numbers as they are displayed, so an Indonesian sheet gives
    "1.234,5" and an English one "1,234.5". One cell such as "1,250" cannot tell
    which it is, but a row of targets nearly always can: a cell with both marks,
    a single mark not followed by exactly three digits ("75,5", "78.5") or
    after a zero ("0,125"), or a mark used twice (thousands) decides. Without any clue, the Indonesian
    comma wins, as everywhere else in Pokin.
    """
    comma = dot = False
    for cell in cells:
        text = (cell or "").strip()
        if not _ANY_DIGIT.search(text):
            continue
        last_comma, last_dot = text.rfind(","), text.rfind(".")
        if last_comma >= 0 and last_dot >= 0:
            comma, dot = (comma or last_comma > last_dot), (dot or last_dot > last_comma)
            continue
        mark = "," if last_comma >= 0 else "." if last_dot >= 0 else ""
        if not mark:
            continue
        after = _DIGITS.match(text, text.rfind(mark) + 1)
        digits_after = len(after.group()) if after else 0
        if text.count(mark) > 1:  # thousands: the other mark is the decimal one
            comma, dot = comma or mark == ".", dot or mark == ","
        elif digits_after != 3 or not text[: text.rfind(mark)].strip("+-\u2212 0"):
            # "75,5", "78.5", or "0.125" (no thousands start with a zero)
            comma, dot = comma or mark == ",", dot or mark == "."
    return "." if dot and not comma else ","


def parse_pasted(cells: Sequence[str]) -> list[float | str | None]:
    """`parse_typed` for every cell of a pasted block, with the block's decimal mark.

    In a block written the English way, the marks of each cell are swapped before
    reading ("1,250" is one thousand two hundred and fifty, "0.125" an eighth);
    a cell that is no number either way is kept as the text it was.
    """
    english = pasted_decimal_mark(cells) == "."
    out: list[float | str | None] = []
    for cell in cells:
        if english and parse_typed(cell) is not None:
            swapped = cell.translate(_SWAP_MARKS)
            number = parse_number(swapped.strip())
            if number is not None:
                out.append(number)
                continue
        out.append(parse_typed(cell))
    return out


_SWAP_MARKS = str.maketrans({",": ".", ".": ","})


# --- dates -------------------------------------------------------------------

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


def format_date(value: dt.date | dt.datetime | str | None, with_time: bool | None = None) -> str:
    """"19 Mei 2026", or "19 Mei 2026 15.30" with the time.

    An ISO text is read first; a moment with a time zone is shown in the
    computer's local time. `with_time` None shows the time when it is not
    midnight. Text that is not an ISO date is returned as given.
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        value = value.astimezone()
    text = f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, dt.datetime):
        if with_time or (with_time is None and (value.hour or value.minute)):
            text += f" {value.hour:02d}.{value.minute:02d}"
    return text
