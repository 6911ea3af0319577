"""The card: what one node looks like, as text lines at known offsets.

Screen, projector and paper show the same card so that people recognise on
paper what they saw in the meeting. This module decides the card once: which
texts, wrapped into which lines, at which offsets, in which size. The canvas
(Qt) and the PDF (reportlab) only paint what `card_text` returns, and the
layout asks it for card sizes. Offsets are in points (1 pt = 1 px at 100 %),
relative to the card's top-left corner, y growing downward; a line's `y` is
its baseline.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import numbers
from .fontmetrics import ASCENT, DESCENT, ellipsize, line_height, text_width, wrap
from .levels import DEFAULT_LEVELS, LevelScheme
from .plan import Indicator, Node, Plan, Value

# ux.md: green at the top (ultimate outcome) to grey at the outputs.
DEFAULT_PALETTE = {
    "tujuan": "#1B5E20",
    "sasaran": "#2E7D32",
    "sasaran strategis pd": "#00796B",
    "program": "#1565C0",
    "kegiatan": "#546E7A",
    "sub kegiatan": "#8D8D8D",
}
UNKNOWN_LEVEL_COLOUR = "#9E9E9E"
# Anchors of the ramp for other schemes: dark green, teal, blue, slate, grey.
_RAMP = ((0x1B, 0x5E, 0x20), (0x00, 0x79, 0x6B), (0x15, 0x65, 0xC0), (0x54, 0x6E, 0x7A), (0x8D, 0x8D, 0x8D))

TEXT_COLOURS = {
    "strip": "#FFFFFF",
    "statement": "#1A1A1A",
    "opd": "#5F6368",
    "indicator": "#263238",
    "value": "#37474F",
}


@dataclass(frozen=True)
class CardStyle:
    """Sizes of a card. One style serves screen and paper; `compact` is the overview card."""

    width: float = 256.0
    pad: float = 8.0
    strip_height: float = 20.0
    strip_size: float = 8.5
    statement_size: float = 12.5
    statement_bold: bool = False
    opd_size: float = 9.0
    indicator_size: float = 9.0
    section_gap: float = 5.0  # between statement/OPD block and indicators, around the rule
    indicator_gap: float = 4.0  # between two indicators
    badge_room: float = 44.0  # right part of the strip kept free for badges
    compact: bool = False
    compact_lines: int = 3

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.pad


class TextLine(NamedTuple):
    """One line to paint: `role` picks the colour (TEXT_COLOURS) and tells renderers what it is.

    A named tuple rather than a dataclass: a 20,000-node plan has 200,000 of them.
    """

    text: str
    x: float
    y: float  # baseline, from the card's top
    size: float
    bold: bool
    role: str  # "strip" | "statement" | "opd" | "indicator" | "value"


@dataclass(frozen=True)
class CardText:
    """A laid-out card: its size, strip, lines and the y of each horizontal rule."""

    key: str
    width: float
    height: float
    colour: str  # strip colour
    strip_text: str
    lines: tuple[TextLine, ...]
    rules: tuple[float, ...]  # y offsets of thin separators across the card
    strip_height: float = 20.0

    def role_lines(self, role: str) -> list[str]:
        return [ln.text for ln in self.lines if ln.role == role]

    @property
    def statement_lines(self) -> list[str]:
        return self.role_lines("statement")

    @property
    def opd_lines(self) -> list[str]:
        return self.role_lines("opd")


# --- numbers -------------------------------------------------------------------


def format_number(value: Value | None, decimals: int = 4) -> str:
    """A target or baseline as printed on a card: 75,5 and 1.234 (numbers.format_number),
    text as written, and "–" for a missing value so that the gap is visible, not blank."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return value.strip()
    if value != value:  # NaN
        return "–"
    return numbers.format_number(round(float(value), decimals))


# --- colours -------------------------------------------------------------------


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c):02X}" for c in rgb)


@lru_cache(maxsize=1024)
def level_colour(scheme: LevelScheme, level: str) -> str:
    """Strip colour of a level: ux.md's palette for the default scheme, a green→grey ramp else."""
    i = scheme.index(level)
    if i < 0:
        return UNKNOWN_LEVEL_COLOUR
    if tuple(n.casefold() for n in scheme.names) == tuple(n.casefold() for n in DEFAULT_LEVELS):
        return DEFAULT_PALETTE[scheme.names[i].casefold()]
    n = len(scheme)
    if n == 1:
        return _hex(_RAMP[0])
    t = i / (n - 1) * (len(_RAMP) - 1)
    j = min(int(t), len(_RAMP) - 2)
    f = t - j
    a, b = _RAMP[j], _RAMP[j + 1]
    return _hex(tuple(a[k] + (b[k] - a[k]) * f for k in range(3)))  # type: ignore[arg-type]


# --- the card ----------------------------------------------------------------------


def strip_text(node: Node) -> str:
    """"PROGRAM · 1.02.02": the level name in capitals and the code when there is one."""
    level = (node.level or "?").upper()
    return f"{level} · {node.code}" if node.code else level


def indicator_values(ind: Indicator, years: range) -> str:
    """"awal 70 → 2024: 72 · 2025: 74 · 2026: 75": baseline and every year's target.

    Every year is written out because evaluators check that targets rise year
    by year (1.b.7); a missing target shows as "–" rather than vanishing.
    """
    parts = [f"{y}: {format_number(ind.target(y))}" for y in years]
    head = f"awal {format_number(ind.baseline)} → " if ind.baseline not in (None, "") else ""
    return head + " · ".join(parts)


def indicator_name(ind: Indicator) -> str:
    name = ind.name.strip() or "(indikator tanpa nama)"
    return f"{name} ({ind.satuan.strip()})" if ind.satuan.strip() else name


def card_text(node: Node, plan: Plan, style: CardStyle) -> CardText:
    """Lay out one node's card: strip, statement, OPD(s), indicators, each line placed."""
    inner = style.inner_width
    x = style.pad
    lines: list[TextLine] = []
    rules: list[float] = []

    strip = strip_text(node)
    strip_lines = wrap(strip, inner - style.badge_room, style.strip_size, True)
    strip_label = ellipsize(strip_lines, 1, inner - style.badge_room, style.strip_size, True)
    strip_label = strip_label[0] if strip_label else ""
    baseline = (style.strip_height + style.strip_size * (ASCENT - DESCENT) / 1000) / 2
    lines.append(TextLine(strip_label, x, baseline, style.strip_size, True, "strip"))

    y = style.strip_height + style.pad  # top of the next line box

    def put(texts: list[str], size: float, bold: bool, role: str) -> None:
        nonlocal y
        pitch = line_height(size)
        for t in texts:
            lines.append(TextLine(t, x, y + size * ASCENT / 1000, size, bold, role))
            y += pitch

    statement = node.statement.strip() or "(pernyataan belum diisi)"
    st = wrap(statement, inner, style.statement_size, style.statement_bold)
    if style.compact:
        st = ellipsize(st, style.compact_lines, inner, style.statement_size, style.statement_bold)
    put(st, style.statement_size, style.statement_bold, "statement")

    if node.opds:
        y += 2
        opd = wrap("; ".join(node.opds), inner, style.opd_size)
        if style.compact:
            opd = ellipsize(opd, 1, inner, style.opd_size)
        put(opd, style.opd_size, False, "opd")

    if node.indicators and not style.compact:
        y += style.section_gap
        rules.append(y)
        y += style.section_gap
        years = plan.years
        for i, ind in enumerate(node.indicators):
            if i:
                y += style.indicator_gap
            put(wrap(indicator_name(ind), inner, style.indicator_size), style.indicator_size, False,
                "indicator")
            put(wrap(indicator_values(ind, years), inner, style.indicator_size, True), style.indicator_size,
                True, "value")

    height = y + style.pad
    return CardText(
        key=node.key,
        width=style.width,
        height=round(height, 2),
        colour=level_colour(plan.scheme, node.level),
        strip_text=strip,
        lines=tuple(lines),
        rules=tuple(rules),
        strip_height=style.strip_height,
    )


class CardCache:
    """Cards by node key, so a relayout after one edit measures one card, not 20,000.

    Call `invalidate(keys)` with a change set's touched keys (or `clear()` when
    the plan's years or scheme change).
    """

    def __init__(self, plan: Plan, style: CardStyle) -> None:
        self.plan = plan
        self.style = style
        self._cards: dict[str, CardText] = {}

    def get(self, key: str) -> CardText:
        card = self._cards.get(key)
        if card is None:
            card = card_text(self.plan.nodes[key], self.plan, self.style)
            self._cards[key] = card
        return card

    def size(self, key: str) -> tuple[float, float]:
        card = self.get(key)
        return card.width, card.height

    def invalidate(self, keys: object) -> None:
        for k in keys:  # type: ignore[attr-defined]
            self._cards.pop(k, None)

    def clear(self) -> None:
        self._cards.clear()


def text_fits(card: CardText) -> bool:
    """True when every line fits inside the card (a self-check renderers and tests use)."""
    for ln in card.lines:
        limit = card.width - 2 * ln.x  # lines start at the padding; the same padding on the right
        if text_width(ln.text, ln.size, ln.bold) > limit + 0.01:
            return False
    return True
