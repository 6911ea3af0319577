"""Small text helpers the panels share: Indonesian numbers, values typed by planners, search folding.

Kept free of Qt so that they can be tested and reused (the PDF and the
workbook speak about numbers the same way the screen does).
"""

from __future__ import annotations

import re
import unicodedata

# Level colours of ux.md, for the default scheme; other schemes get the same
# green-to-grey ramp by position.
LEVEL_COLORS = ("#1B5E20", "#2E7D32", "#00796B", "#1565C0", "#546E7A", "#8D8D8D")
_EXTRA_COLORS = ("#6D6D6D", "#5D5D5D", "#4D4D4D")


def level_color(index: int, count: int) -> str:
    """The strip colour of the level at `index` in a scheme of `count` levels."""
    if index < 0:
        return "#B71C1C"  # a level outside the scheme: shown as a problem
    if count <= len(LEVEL_COLORS):
        return LEVEL_COLORS[index]
    palette = LEVEL_COLORS + _EXTRA_COLORS
    return palette[min(index, len(palette) - 1)]


def format_int(n: int) -> str:
    """1234 -> '1.234': Indonesian thousands separator."""
    return f"{n:,}".replace(",", ".")


def format_value(value: object) -> str:
    """A baseline, target or budget for display: '70', '70,5', '1.250.000' or the text itself."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return format_int(int(value))
        text = f"{value:,.4f}".rstrip("0").rstrip(".")
        # swap separators: 1,234.5 -> 1.234,5
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return str(value)


_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
_PLAIN = re.compile(r"^[+-]?\d*\.?\d+([eE][+-]?\d+)?$")


def parse_value(text: str) -> float | str | None:
    """What a planner typed in a baseline/target/budget cell: a number when it reads as one.

    Accepts Indonesian writing ('1.250.000', '70,5') and plain writing ('70.5');
    anything else (e.g. 'WTP', 'A') is kept as text, because targets may be grades.
    """
    t = (text or "").strip()
    if not t:
        return None
    if _PLAIN.match(t) and not re.match(r"^[+-]?[1-9]\d{0,2}\.\d{3}$", t):
        return float(t)
    if _NUMBER.match(t):
        return float(t.replace(".", "").replace(",", "."))
    return t


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for search."""
    if not text:
        return ""
    if text.isascii():  # most statements: no accents to strip, and much faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def split_list(text: str) -> tuple[str, ...]:
    """'A; B ;; C' -> ('A', 'B', 'C'): how OPDs and further parents are typed."""
    return tuple(p.strip() for p in (text or "").split(";") if p.strip())
