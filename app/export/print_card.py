"""The card as printed: the editor's card, plus what a reader holding paper needs.

On screen a planner hovers, clicks and follows lines; on paper the card must
say it all: the findings it carries (a badge in the strip, counted), that it
has no parent or no indicator, its pagu per year (summed up the tree on the
levels above sub kegiatan, and marked as a sum), and, for crosscutting, the
nodes it contributes to and that contribute to it, each with its page.

The layout needs every card's size before pages are numbered, so a page
number is written as `PLACEHOLDER` (four digits; DejaVu's digits all have one
width) and filled in when the page is drawn: a real number is never wider, so
a line never outgrows the room kept for it. Lines are wrapped so that a value
never leaves its year ("2026: 75" stays together) and a long word breaks at
its punctuation before it is ever cut.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from app.geometry.card import TEXT_COLOURS, CardStyle, CardText, TextLine, format_number, strip_text
from app.geometry.fontmetrics import (
    ASCENT,
    DESCENT,
    ellipsize,
    line_height,
    text_width,
    wrap_cutting,
    wrapped,
)
from app.geometry.palette import level_colour
from app.model.plan import Indicator, Node, Plan
from app.util import indonesian
from app.util.gc_pause import paused_gc

PLACEHOLDER = "8888"
NBSP = "\u00a0"
PAPER_COLOURS = {
    **TEXT_COLOURS,
    "note": "#5F6368",
    "warn": "#B71C1C",
    "ref": "#6A1B9A",
    "budget": "#37474F",
}
BADGE_COLOURS = {"error": "#B71C1C", "warning": "#E65100"}
NOTE_SIZE = 8.5
REF_PREFIX = "\x1fref\x1f"  # key of a reference card: REF_PREFIX + target + "\x1f" + node


REPEAT = "\x1e"  # the "target" of a repeat card


def ref_key(target: str, node: str) -> str:
    """The key of the card that shows `node` (of another branch) as a contributor to `target`."""
    return f"{REF_PREFIX}{target}\x1f{node}"


def repeat_key(section: int, node: str) -> str:
    """The key of the card that shows `node` again in section `section` (an OPD section of a
    node shared by several OPDs), marked as printed elsewhere."""
    return f"{REF_PREFIX}{REPEAT}{section}\x1f{node}"


def is_repeat(key: str) -> bool:
    return key.startswith(REF_PREFIX + REPEAT)


def real_key(key: str) -> str:
    """The node a card shows: itself, or the contributor a reference card stands for."""
    return key.rsplit("\x1f", 1)[1] if key.startswith(REF_PREFIX) else key


def is_ref(key: str) -> bool:
    return key.startswith(REF_PREFIX)


# --- wrapping -----------------------------------------------------------------------

BREAK_AFTER = "/-._,;:)]"


def _width(text: str, size: float, bold: bool) -> float:
    return text_width(text.replace(NBSP, " "), size, bold)


class _Units(dict):
    """Width of each word met so far at size 1000 (font units), for one weight: the
    tokens of value and pagu lines repeat across a plan, each is measured once."""

    def __init__(self, bold: bool) -> None:
        super().__init__()
        self.bold = bold

    def __missing__(self, word: str) -> float:
        if len(self) >= 200_000:
            self.clear()
        w = self[word] = text_width(word.replace(NBSP, " "), 1000.0, self.bold)
        return w


_WORD_UNITS = {False: _Units(False), True: _Units(True)}


def _break_word(word: str, limit: float, size: float, bold: bool) -> list[str]:
    """A word wider than the line: broken after its punctuation ("1.02.02." / "2.01"),
    and only where none is left, cut where it overflows."""
    pieces: list[str] = []
    start = 0
    for i, ch in enumerate(word):
        if ch in BREAK_AFTER and i + 1 < len(word):
            pieces.append(word[start:i + 1])
            start = i + 1
    pieces.append(word[start:])
    out: list[str] = []
    cur = ""
    for piece in pieces:
        if cur and _width(cur + piece, size, bold) <= limit:
            cur += piece
            continue
        if cur:
            out.append(cur)
        cur = piece
        while _width(cur, size, bold) > limit and len(cur) > 1:
            n = len(cur) - 1
            while n > 1 and _width(cur[:n], size, bold) > limit:
                n -= 1
            out.append(cur[:n])
            cur = cur[n:]
    if cur:
        out.append(cur)
    return out


def wrap_words(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy wrap at plain spaces only: a no-break space (NBSP) holds its neighbours
    together. Long words break at punctuation first. Lines come back with plain spaces."""
    return list(_wrap_words(text, width, size, bold))


@lru_cache(maxsize=65536)
def _wrap_words(text: str, width: float, size: float, bold: bool) -> tuple[str, ...]:
    """`wrap_words`, remembered: value and pagu lines repeat across a plan."""
    words = [w for w in text.split(" ") if w]
    if not words:
        return ()
    units = _WORD_UNITS[bold]
    scale = size / 1000.0

    def cut(word: str) -> tuple[list[str], float]:
        pieces = _break_word(word, width, size, bold)
        return pieces, _width(pieces[-1], size, bold)

    lines: list[str] = []
    wrap_cutting(words, [units[w] * scale for w in words], width, units[" "] * scale, cut, lines)
    return tuple(ln.replace(NBSP, " ") for ln in lines)


def paper_wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """A statement or name wrapped as on screen, except that a word longer than a line
    breaks at its punctuation instead of mid-word."""
    lines = list(wrapped(text, width, size, bold))
    if " ".join(lines) == " ".join(text.split()):
        return lines  # no word was cut: the editor's own lines
    return wrap_words(" ".join(text.split()), width, size, bold)


def keep(*parts: str) -> str:
    """Parts that must stay on one line."""
    return NBSP.join(p for p in parts if p)


# --- values -------------------------------------------------------------------------


_VALUE_LINES: dict[tuple, str] = {}


def value_line(ind: Indicator, years: range) -> str:
    """"awal 70 → 2024: 72 · 2025: 74 · 2026: 75", each year with its value; a missing
    baseline or target shows "–" in its place, so both gaps look alike.

    Remembered by its values (targets repeat across a plan); a bool equals 1 or 0 but
    prints otherwise, so lines holding one are not remembered.
    """
    targets = tuple(map(ind.targets.get, years))
    key = (years, ind.baseline, targets)
    if ind.baseline.__class__ is not bool and bool not in set(map(type, targets)):
        text = _VALUE_LINES.get(key)
        if text is None:
            if len(_VALUE_LINES) >= 50_000:
                _VALUE_LINES.clear()
            text = _VALUE_LINES[key] = _value_line(ind.baseline, targets, years)
        return text
    return _value_line(ind.baseline, targets, years)


def _value_line(base, targets: tuple, years: range) -> str:
    tokens = [keep("awal", format_number(base), "→")]
    last = len(years) - 1
    for i, (y, t) in enumerate(zip(years, targets, strict=True)):
        tokens.append(keep(f"{y}:", format_number(t), "·" if i < last else ""))
    return " ".join(tokens)


_UNITS = ((1e12, "T"), (1e9, "M"), (1e6, "jt"))


def rupiah(value: float) -> str:
    """A pagu in words a planner reads at a glance: "Rp 1,25 M", "Rp 850 jt", "Rp 75.000"."""
    for div, unit in _UNITS:
        if abs(value) >= div:
            text = f"{value / div:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"Rp{NBSP}{text}{NBSP}{unit}"
    return f"Rp{NBSP}{indonesian.format_int(round(value))}"


def budget_line(budget: dict[int, float], years: range, summed: bool) -> str:
    head = "Jumlah pagu" if summed else "Pagu"
    last = len(years) - 1
    tokens = [head]
    for i, y in enumerate(years):
        v = budget.get(y)
        tokens.append(f"{y}:{NBSP}{rupiah(v) if v is not None else '–'}"
                      + (f"{NBSP}·" if i < last else ""))
    return " ".join(tokens)


def short_name(plan: Plan, key: str, words: int = 5) -> str:
    """"PROGRAM 1.02.02" when coded, else "SASARAN «Meningkatnya derajat kesehatan …»"."""
    node = plan.nodes[real_key(key)]
    if node.code:
        return keep(node.level.upper(), node.code)
    statement = node.statement.split()
    text = " ".join(statement[:words]) + (" …" if len(statement) > words else "")
    return f"{node.level.upper()} «{text or key}»"


# --- notes per node -------------------------------------------------------------------


@dataclass
class CardNotes:
    """What paper adds to the cards of one printout, found once for all of them."""

    findings: dict[str, tuple[int, int]] = field(default_factory=dict)  # key -> errors, warnings
    orphans: dict[str, str] = field(default_factory=dict)  # key -> why it prints at the top
    budgets: dict[str, dict[int, float]] = field(default_factory=dict)
    summed_levels: frozenset[str] = frozenset()  # levels whose pagu is a sum of the branch
    contributes: dict[str, list[str]] = field(default_factory=dict)  # node -> further parents
    contributors: dict[str, list[str]] = field(default_factory=dict)  # node -> contributors
    printed: frozenset[str] = frozenset()  # nodes drawn somewhere in this printout
    ref_parents: dict[str, str] = field(default_factory=dict)  # contributor -> its main parent


@dataclass(frozen=True, slots=True)
class Ref:
    """A line of a card whose `PLACEHOLDER`s are, in order, the pages of `keys`."""

    line: int
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PaperCard:
    card: CardText
    badges: tuple[tuple[str, str], ...]  # (text, colour), right of the strip
    refs: tuple[Ref, ...]
    reference: bool  # a contributor from another branch, drawn as a marked reference


_new_line = tuple.__new__  # TextLine without its Python-level __new__ (many per card)


def _lines_at(lines: list[TextLine], texts: Iterable[str], x: float, y: float, size: float,
              bold: bool, role: str) -> float:
    pitch = line_height(size)
    rise = size * ASCENT / 1000
    for t in texts:
        lines.append(_new_line(TextLine, (t, x, y + rise, size, bold, role)))
        y += pitch
    return y


def paper_card(key: str, plan: Plan, style: CardStyle, notes: CardNotes) -> PaperCard:
    """Lay out one printed card (a node's, or a reference card's), every line placed."""
    reference = is_ref(key)
    node: Node = plan.nodes[real_key(key)]
    inner = style.inner_width
    x = style.pad
    lines: list[TextLine] = []
    rules: list[float] = []
    refs: list[Ref] = []

    badges: list[tuple[str, str]] = []
    errors, warnings = notes.findings.get(node.key, (0, 0)) if not reference else (0, 0)
    if errors:
        badges.append((f"✗{errors}", BADGE_COLOURS["error"]))
    if warnings:
        badges.append((f"!{warnings}", BADGE_COLOURS["warning"]))
    strip = strip_text(node)
    strip_lines = list(wrapped(strip, inner - style.badge_room, style.strip_size, True))
    if len(strip_lines) > 1:
        strip_lines = ellipsize(strip_lines, 1, inner - style.badge_room, style.strip_size, True)
    baseline = (style.strip_height + style.strip_size * (ASCENT - DESCENT) / 1000) / 2
    lines.append(TextLine(strip_lines[0] if strip_lines else "", x, baseline, style.strip_size,
                          True, "strip"))
    y = style.strip_height + style.pad

    if reference and is_repeat(key):
        texts = wrap_words(f"↑ dicetak lengkap di hal.{NBSP}{PLACEHOLDER}", inner, NOTE_SIZE,
                           True)
        refs.append(Ref(len(lines) + len(texts) - 1, (node.key,)))
        y = _lines_at(lines, texts, x, y, NOTE_SIZE, True, "ref") + 2
    elif reference:
        parent = notes.ref_parents.get(node.key)
        where = f" (induk utama: {short_name(plan, parent)})" if parent else ""
        y = _lines_at(lines, wrap_words(f"← dari cabang lain{where}", inner, NOTE_SIZE, True),
                      x, y, NOTE_SIZE, True, "ref") + 2

    size = style.statement_size
    statement = node.statement.strip() or "(pernyataan belum diisi)"
    st = paper_wrap(statement, inner, size, style.statement_bold)
    if (style.compact or reference) and len(st) > style.compact_lines:
        st = ellipsize(st, style.compact_lines, inner, size, style.statement_bold)
    y = _lines_at(lines, st, x, y, size, style.statement_bold, "statement")

    if node.opds:
        opd = paper_wrap("; ".join(node.opds), inner, style.opd_size)
        if (style.compact or reference) and len(opd) > 1:
            opd = ellipsize(opd, 1, inner, style.opd_size)
        y = _lines_at(lines, opd, x, y + 2, style.opd_size, False, "opd")

    orphan = notes.orphans.get(node.key) if not reference else None
    if orphan:
        y = _lines_at(lines, wrap_words(orphan, inner, NOTE_SIZE, True), x, y + 3, NOTE_SIZE,
                      True, "warn")

    if not reference:
        size = style.indicator_size
        if not style.compact:
            y += style.section_gap
            rules.append(y)
            y += style.section_gap
            if node.indicators:
                years = plan.years
                for i, ind in enumerate(node.indicators):
                    if i:
                        y += style.indicator_gap
                    y = _lines_at(lines, paper_wrap(_indicator_name(ind), inner, size), x, y,
                                  size, False, "indicator")
                    y = _lines_at(lines, wrap_words(value_line(ind, years), inner, size, True),
                                  x, y, size, True, "value")
            else:
                y = _lines_at(lines, ["Belum ada indikator"], x, y, size, True, "warn")
        line = _budget_text(plan, node, notes)
        if line:
            y = _lines_at(lines, wrap_words(line, inner, size, True), x, y + style.indicator_gap,
                          size, True, "budget")
        y = _ref_lines(lines, refs, plan, notes, node.key, x, y, inner, size)

    height = y + style.pad
    card = CardText(key=key, width=style.width, height=round(height, 2),
                    colour=level_colour(plan.scheme, node.level), strip_text=strip,
                    lines=tuple(lines), rules=tuple(rules), strip_height=style.strip_height)
    return PaperCard(card, tuple(badges), tuple(refs), reference)


def _budget_text(plan: Plan, node: Node, notes: CardNotes) -> str:
    """The node's own pagu when it has one; else, on the levels just above the one that
    carries pagu, the sum of its branch ("Jumlah pagu"); else nothing."""
    if not notes.budgets:
        return ""
    if node.budget:
        return budget_line(node.budget, plan.years, False)
    level = plan.scheme.canonical(node.level) or node.level
    total = notes.budgets.get(node.key)
    if total and level in notes.summed_levels:
        return budget_line(total, plan.years, True)
    return ""


def _indicator_name(ind: Indicator) -> str:
    return _named(ind.name, ind.satuan)


@lru_cache(maxsize=65536)
def _named(name: str, satuan: str) -> str:
    """"Persentase penduduk terlayani (%)": the indicator's name and unit."""
    name = name.strip() or "(indikator tanpa nama)"
    return f"{name} ({satuan.strip()})" if satuan.strip() else name


def _ref_lines(lines: list[TextLine], refs: list[Ref], plan: Plan, notes: CardNotes, key: str,
               x: float, y: float, inner: float, size: float) -> float:
    """"→ kontribusi ke: PROGRAM 1.02.03 · hal. 12" and "← kontribusi dari: …" lines."""
    for head, others in (("→ kontribusi ke:", notes.contributes.get(key, ())),
                         ("← kontribusi dari:", notes.contributors.get(key, ()))):
        if not others:
            continue
        entries = []
        paged: list[str] = []
        for i, other in enumerate(others):
            sep = ";" if i < len(others) - 1 else ""
            if other in notes.printed:
                entries.append(f"{short_name(plan, other)}{NBSP}·{NBSP}hal.{NBSP}{PLACEHOLDER}{sep}")
                paged.append(other)
            else:
                entries.append(f"{short_name(plan, other)} (tidak dicetak){sep}")
        texts = wrap_words(" ".join([head, *entries]), inner, size)
        start = len(lines)
        y = _lines_at(lines, texts, x, y + 2, size, False, "ref")
        queue = list(paged)
        for i, t in enumerate(texts):
            n = t.count(PLACEHOLDER)
            if n:
                refs.append(Ref(start + i, tuple(queue[:n])))
                del queue[:n]
    return y


class PaperCards:
    """Printed cards by key (node or reference card), built once per printout.

    Duck-compatible with `app.geometry.card.CardCache` where the layout and the
    tree drawing use it (`size`, `get`, `fill`).
    """

    def __init__(self, plan: Plan, style: CardStyle, notes: CardNotes) -> None:
        self.plan = plan
        self.style = style
        self.notes = notes
        self._cards: dict[str, PaperCard] = {}

    def paper(self, key: str) -> PaperCard:
        card = self._cards.get(key)
        if card is None:
            card = self._cards[key] = paper_card(key, self.plan, self.style, self.notes)
        return card

    def get(self, key: str) -> CardText:
        return self.paper(key).card

    def size(self, key: str) -> tuple[float, float]:
        c = self.paper(key).card
        return c.width, c.height

    @paused_gc()
    def fill(self, keys: Iterable[str]) -> None:
        for k in keys:
            self.paper(k)


__all__ = ["NBSP", "PAPER_COLOURS", "PLACEHOLDER", "CardNotes", "PaperCard", "PaperCards", "Ref",
           "budget_line", "is_ref", "is_repeat", "keep", "repeat_key", "paper_card", "paper_wrap", "real_key", "ref_key",
           "rupiah", "short_name", "value_line", "wrap_words"]
