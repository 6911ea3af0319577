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

from collections.abc import Callable, Iterable, Mapping
from dataclasses import astuple, dataclass
from typing import NamedTuple

from app.model.plan import Indicator, Node, Plan, Value
from app.util import indonesian
from app.util.gc_pause import paused_gc

from .fontmetrics import (
    ASCENT,
    DESCENT,
    _wrap,  # wraps without the size check, for sizes known positive
    clear_caches,
    ellipsize,
    line_height,
    metrics_print,
    text_width,
    wrapped,
)
from .palette import level_colour
from .strip import strip_label

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


@dataclass(frozen=True, slots=True)
class CardText:
    """A laid-out card: its size, strip, lines and the y of each horizontal rule.

    Slotted: a large plan keeps 20,000 of them, and every object with a `__dict__`
    is one more for the garbage collector to walk on each full pass.
    """

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
    return indonesian.format_number(float(value), decimals)


# --- the card ----------------------------------------------------------------------


def first_words(text: str, n: int = 6) -> str:
    """The start of a statement, for cards too small to show it whole."""
    words = text.split()
    out = " ".join(words[:n])
    return out + (" …" if len(words) > n else "")


def strip_text(node: Node) -> str:
    """"PROGRAM · 1.02.02": the level name in capitals and the code when there is one."""
    level = (node.level or "?").upper()
    return f"{level} · {node.code}" if node.code else level


# Printed numbers by value. Ints and floats that are equal print alike (format_number
# goes through float), so one dict serves both; bools never reach it.
_PRINTED: dict[float, str] = {}
_VALUE_LINES: dict[tuple, str] = {}


def _printed(value: Value | None) -> str:
    """`format_number(value)`, remembered for numbers: targets repeat across a plan."""
    cls = value.__class__
    if cls is float or cls is int:
        text = _PRINTED.get(value)  # type: ignore[arg-type]
        if text is None:
            if len(_PRINTED) >= 100_000:
                _PRINTED.clear()
            text = _PRINTED[value] = format_number(value)  # type: ignore[index]
        return text
    return format_number(value)


def indicator_values(ind: Indicator, years: range) -> str:
    """"awal 70 → 2024: 72 · 2025: 74 · 2026: 75": baseline and every year's target.

    Every year is written out because evaluators check that targets rise year
    by year (1.b.7); a missing target shows as "–" rather than vanishing.
    """
    targets = tuple(map(ind.targets.get, years))
    base = ind.baseline
    # Indicators repeat their targets (and units of a plan repeat their baselines):
    # remember each line by its values. A bool equals 1 or 0 but prints otherwise,
    # so values of that type are kept out of the key's reach.
    key = (years, base, targets)
    if base.__class__ is not bool and bool not in set(map(type, targets)):
        text = _VALUE_LINES.get(key)
        if text is None:
            if len(_VALUE_LINES) >= 50_000:
                _VALUE_LINES.clear()
            text = _VALUE_LINES[key] = _value_line(base, targets, years)
        return text
    return _value_line(base, targets, years)


def _value_line(base: Value | None, targets: tuple[Value | None, ...], years: range) -> str:
    parts = [f"{y}: {_printed(t)}" for y, t in zip(years, targets, strict=True)]
    head = f"awal {_printed(base)} → " if base not in (None, "") else ""
    return head + " · ".join(parts)


def indicator_name(ind: Indicator) -> str:
    name = ind.name.strip() or "(indikator tanpa nama)"
    return f"{name} ({ind.satuan.strip()})" if ind.satuan.strip() else name


_new_line = tuple.__new__  # TextLine without its Python-level __new__ (200,000 per large plan)


def card_text(node: Node, plan: Plan, style: CardStyle) -> CardText:
    """Lay out one node's card: strip, statement, OPD(s), indicators, each line placed."""
    inner = style.inner_width
    x = style.pad
    lines: list[TextLine] = []
    add = lines.append
    rules: list[float] = []

    strip = strip_text(node)
    room = inner - style.badge_room
    if text_width(strip, style.strip_size, True) <= room:
        label = strip
    else:  # the level name gives way before the code (strip.py)
        label = strip_label(node.level, node.code, room, style.strip_size, True) or strip
    baseline = (style.strip_height + style.strip_size * (ASCENT - DESCENT) / 1000) / 2
    add(_new_line(TextLine, (label, x, baseline, style.strip_size, True, "strip")))

    y = style.strip_height + style.pad  # top of the next line box

    size = style.statement_size
    bold = style.statement_bold
    statement = node.statement.strip() or "(pernyataan belum diisi)"
    st = wrapped(statement, inner, size, bold)
    if style.compact and len(st) > style.compact_lines:
        st = tuple(ellipsize(list(st), style.compact_lines, inner, size, bold))
    pitch = line_height(size)
    rise = size * ASCENT / 1000
    for t in st:
        add(_new_line(TextLine, (t, x, y + rise, size, bold, "statement")))
        y += pitch

    if node.opds:
        y += 2
        size = style.opd_size
        opd = wrapped("; ".join(node.opds), inner, size)
        if style.compact and len(opd) > 1:
            opd = tuple(ellipsize(list(opd), 1, inner, size))
        pitch = line_height(size)
        rise = size * ASCENT / 1000
        for t in opd:
            add(_new_line(TextLine, (t, x, y + rise, size, False, "opd")))
            y += pitch

    if node.indicators and not style.compact:
        y += style.section_gap
        rules.append(y)
        y += style.section_gap
        years = plan.years
        size = style.indicator_size
        pitch = line_height(size)
        rise = size * ASCENT / 1000
        gap = style.indicator_gap
        for i, ind in enumerate(node.indicators):
            if i:
                y += gap
            for t in wrapped(indicator_name(ind), inner, size):
                add(_new_line(TextLine, (t, x, y + rise, size, False, "indicator")))
                y += pitch
            for t in wrapped(indicator_values(ind, years), inner, size, True):
                add(_new_line(TextLine, (t, x, y + rise, size, True, "value")))
                y += pitch

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


def card_size(node: Node, plan: Plan, style: CardStyle) -> tuple[float, float]:
    """`(card.width, card.height)` of `card_text(node, plan, style)`, without building its lines.

    The layout needs every card's size before the first frame, but only the
    cards on screen need their lines. The height is summed with the very float
    operations `card_text` does (one pitch per line, in order), so both always agree.
    """
    return _measure(node, plan.years, _Metrics.of(style))


class _Metrics(NamedTuple):
    """What `_measure` needs of a style, looked up once per cache rather than per card."""

    width: float
    inner: float
    top: float  # strip height + padding: where the statement starts
    pad: float
    compact: bool
    compact_lines: int
    st_size: float
    st_bold: bool
    st_pitch: float
    opd_size: float
    opd_pitch: float
    ind_size: float
    ind_pitch: float
    section_gap: float
    indicator_gap: float
    positive: bool  # every text size > 0, so wraps need no check (else they raise as card_text's)

    @classmethod
    def of(cls, style: CardStyle) -> _Metrics:
        if style.strip_size <= 0:
            raise ValueError("size must be positive")  # as card_text's strip wrap
        return cls(style.width, style.inner_width, style.strip_height + style.pad, style.pad,
                   style.compact, style.compact_lines, style.statement_size, style.statement_bold,
                   line_height(style.statement_size), style.opd_size, line_height(style.opd_size),
                   style.indicator_size, line_height(style.indicator_size), style.section_gap,
                   style.indicator_gap,
                   min(style.statement_size, style.opd_size, style.indicator_size) > 0)


def _measure(node: Node, years: range, m: _Metrics) -> tuple[float, float]:
    """See `card_size`; the float operations here mirror `card_text` line by line."""
    inner = m.inner
    y = m.top
    lines = _wrap if m.positive else wrapped  # the same remembered wraps; `wrapped` checks sizes

    n = len(lines(node.statement.strip() or "(pernyataan belum diisi)", inner, m.st_size,
                  m.st_bold))
    if m.compact and n > m.compact_lines:
        n = len(range(n)[: m.compact_lines])  # the lines ellipsize keeps
        if not n:
            raise IndexError("no statement line to keep")  # as card_text's ellipsize
    pitch = m.st_pitch
    for _ in range(n):
        y += pitch

    if node.opds:
        y += 2
        n = len(lines("; ".join(node.opds), inner, m.opd_size, False))
        if m.compact and n > 1:
            n = 1
        pitch = m.opd_pitch
        for _ in range(n):
            y += pitch

    if node.indicators and not m.compact:
        y += m.section_gap
        y += m.section_gap
        size = m.ind_size
        pitch = m.ind_pitch
        gap = m.indicator_gap
        for i, ind in enumerate(node.indicators):
            if i:
                y += gap
            n = len(lines(indicator_name(ind), inner, size, False))
            n += len(lines(indicator_values(ind, years), inner, size, True))
            for _ in range(n):
                y += pitch

    return m.width, round(y + m.pad, 2)


# Bumped whenever `_measure` (or anything it calls) would give another height for
# the same node: heights kept in a plan file under an older version are measured again.
MEASURE_VERSION = 1


def height_signature(style: CardStyle, years: range) -> str:
    """What a card's height depends on besides the node itself: style, years, fonts, this code.

    Heights stored with a different signature are never reused (app/store/card_heights.py).
    """
    return (f"{MEASURE_VERSION}|{metrics_print()}|{years.start}-{years.stop - 1}|"
            f"{astuple(style)!r}")


class CardCache:
    """Cards by node key, so a relayout after one edit measures one card, not 20,000.

    `size` measures without building a card's lines (`card_size`); `get` builds
    the whole card, for the cards actually drawn. Call `invalidate(keys)` with a
    change set's touched keys (or `clear()` when the plan's years or scheme change).
    """

    def __init__(self, plan: Plan, style: CardStyle) -> None:
        self.plan = plan
        self.style = style
        self._cards: dict[str, CardText] = {}
        self._sizes: dict[str, tuple[float, float]] = {}
        self._metrics: _Metrics | None = None

    def get(self, key: str) -> CardText:
        card = self._cards.get(key)
        if card is None:
            card = card_text(self.plan.nodes[key], self.plan, self.style)
            self._cards[key] = card
        return card

    def fill(self, keys: Iterable[str]) -> None:
        """Build the cards of `keys` not built yet, in one go (an export drawing every card).

        The collector is paused meanwhile: each card's lines are named tuples,
        which it never stops tracking, and its full passes over a growing heap
        would otherwise take a third of the time at 20,000 cards.
        """
        cards = self._cards
        missing = [k for k in keys if k not in cards]
        if not missing:
            return
        nodes = self.plan.nodes
        plan = self.plan
        style = self.style
        with paused_gc():
            for k in missing:
                cards[k] = card_text(nodes[k], plan, style)

    def size(self, key: str) -> tuple[float, float]:
        size = self._sizes.get(key)
        if size is None:
            card = self._cards.get(key)
            if card is not None:
                size = (card.width, card.height)
            else:
                if self._metrics is None:
                    self._metrics = _Metrics.of(self.style)
                size = _measure(self.plan.nodes[key], self.plan.years, self._metrics)
            self._sizes[key] = size
        return size

    def sizes_of(self, keys: Iterable[str]) -> Callable[[str], tuple[float, float]]:
        """Measure every key of `keys` not measured yet; return a lookup of sizes by key.

        The lookup is the sizes dict's own `__getitem__`, so a layout asking for
        20,000 sizes makes no Python call per card. It answers for `keys` (and any
        key measured before) until the next `invalidate` or `clear`.
        """
        sizes = self._sizes
        size = self.size
        for k in [k for k in keys if k not in sizes]:
            size(k)
        return sizes.__getitem__

    def seed(self, heights: Mapping[str, float]) -> int:
        """Take heights measured before (kept in the plan file) for keys not measured yet.

        Every card of a style is as wide as the style, so a height is a size. Only
        heights stored under this style's `height_signature` may be given. Returns
        how many were taken.
        """
        sizes = self._sizes
        nodes = self.plan.nodes
        width = self.style.width
        taken = 0
        with paused_gc():  # 20,000 new tuples: no collector passes over the plan meanwhile
            for key, h in heights.items():
                if key in nodes and key not in sizes:
                    sizes[key] = (width, h)
                    taken += 1
        return taken

    def heights(self) -> dict[str, float]:
        """Every height measured (or seeded) so far, by key, for keeping in the plan file."""
        return {k: h for k, (_, h) in self._sizes.items()}

    def invalidate(self, keys: object) -> None:
        cards = self._cards
        sizes = self._sizes
        for k in keys:  # type: ignore[attr-defined]
            cards.pop(k, None)
            sizes.pop(k, None)

    def clear(self) -> None:
        self._cards.clear()
        self._sizes.clear()


def clear_text_caches() -> None:
    """Forget remembered wraps, word widths and printed numbers (benchmarks time a cold start)."""
    clear_caches()
    _PRINTED.clear()
    _VALUE_LINES.clear()


def text_fits(card: CardText) -> bool:
    """True when every line fits inside the card (a self-check renderers and tests use)."""
    for ln in card.lines:
        limit = card.width - 2 * ln.x  # lines start at the padding; the same padding on the right
        if text_width(ln.text, ln.size, ln.bold) > limit + 0.01:
            return False
    return True
