"""An independent oracle for the optimised card and layout code in `app.geometry`.

The production code is fast: wraps and word widths are remembered, a card's size
is summed without building its lines, printed numbers are kept by value, and the
tidy tree is Buchheim, Jünger and Leipert's linear-time walk over flat
breadth-first lists. This module computes the same results the slow, plain way,
from what that code promises (its docstrings, `test_layout.py`, `test_card.py`)
and not from its code, so that `test_reference.py` compares two derivations
rather than code with a copy of itself:

- a text's width is the sum of its characters' advance widths;
- a wrap adds one word at a time while the line, measured whole, still fits;
- a card is its sections stacked from the top, in exact arithmetic;
- the tree is Walker's algorithm in its first, quadratic form: a subtree at a
  time, with an explicit contour (left and right edge of every row).

Taken from production are data only (the font's advance widths and vertical
metrics, `CardText`/`TextLine`/`Box`/`Layout` as containers) and the plain text
helpers that are not an optimised path and have their own hand-written tests in
`test_card.py` (`strip_text`, `indicator_name`, `format_number`, `level_colour`).

The arithmetic is not production's, so results may differ by rounding: a fit
within `EDGE` of a line's limit is not decided by chance but reported (every
wrap the rules allow, from `ref_wrap_choices`; `OnTheEdge` from a card), and
coordinates are compared with a tolerance (see `test_reference.py`).
"""

from __future__ import annotations

import math
import sys
from collections import deque
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction

from app.geometry.card import (
    CardStyle,
    CardText,
    TextLine,
    format_number,
    indicator_name,
    strip_text,
)
from app.geometry.fontmetrics import ASCENT, DESCENT, LINE_FACTOR
from app.geometry.fontmetrics_data import AVERAGE_BOLD, AVERAGE_REGULAR, BOLD, REGULAR
from app.geometry.layout import Box, Layout
from app.geometry.palette import level_colour
from app.geometry.strip import strip_label
from app.model.plan import Indicator, Node, Plan

# A fit decided closer than this fraction of the limit is "on the edge": float sums of a
# line's advances (production's) and a correctly rounded sum (this module's) agree to far
# better than 1e-12 of the line, so only such a decision can come out either way.
EDGE = 1e-9


class OnTheEdge(Exception):
    """A fit is within rounding of its limit: the oracle cannot say which result is right."""


# --- text -----------------------------------------------------------------------------


def advance(ch: str, bold: bool) -> float:
    """Advance width of one character in 1/1000 em; a character not in the table counts as average."""
    if bold:
        return BOLD.get(ch, AVERAGE_BOLD)
    return REGULAR.get(ch, AVERAGE_REGULAR)


def units(text: str, bold: bool) -> float:
    """Width of `text` in 1/1000 em: the correctly rounded sum of its characters' advances."""
    return math.fsum(advance(ch, bold) for ch in text)


def ref_text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` in points at font `size` (no kerning)."""
    return units(text, bold) * size / 1000


class _Ruler:
    """Whether a text fits a line `limit` font units wide; counts the decisions on the edge.

    The k-th decision on the edge is taken as `edge_choices[k]` when given, else as
    the correctly rounded sum says (see `_choices`).
    """

    def __init__(self, limit: float, bold: bool, edge_choices: tuple[bool, ...] = ()) -> None:
        self.limit = limit
        self.bold = bold
        self.edge_choices = edge_choices
        self.close = 0  # decisions on the edge so far

    def fits(self, text: str) -> bool:
        width = units(text, self.bold)
        if abs(width - self.limit) <= EDGE * abs(self.limit):
            k = self.close
            self.close += 1
            if k < len(self.edge_choices):
                return self.edge_choices[k]
        return width <= self.limit


def _ruler(width: float, size: float, bold: bool, edge_choices: tuple[bool, ...] = ()) -> _Ruler:
    if size <= 0:
        raise ValueError("size must be positive")
    return _Ruler(width * 1000 / size, bold, edge_choices)


def _wrap(text: str, ruler: _Ruler) -> list[str]:
    """Greedy wrap, one word at a time.

    The rules (`fontmetrics.wrap`): lines break at whitespace, a run of it counting
    as one space, and at every newline; an empty paragraph gives no line. A word
    wider than a whole line starts a line of its own and is cut where it overflows
    (each piece at least one character); its last piece begins the next line, which
    further words may join.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if not ruler.fits(word):
                if line:
                    lines.append(line)
                line = ""
                for ch in word:
                    if line and not ruler.fits(line + ch):
                        lines.append(line)
                        line = ch
                    else:
                        line += ch
            elif not line:
                line = word
            elif ruler.fits(line + " " + word):
                line = line + " " + word
            else:
                lines.append(line)
                line = word
        if line:
            lines.append(line)
    return lines


def _ellipsize(lines: list[str], max_lines: int, ruler: _Ruler) -> list[str]:
    """At most `max_lines` lines; when some are dropped the last kept one ends in " …".

    It keeps the longest start of that line that fits with " …" after it (trailing
    spaces dropped), or becomes "…" alone when no start does.
    """
    if len(lines) <= max_lines:
        return list(lines)
    kept = lines[:max_lines]
    last = kept[-1]
    for end in range(len(last), 0, -1):
        if ruler.fits(last[:end] + " …"):
            kept[-1] = last[:end].rstrip() + " …"
            return kept
    kept[-1] = "…"
    return kept


def _choices(run: Callable[[tuple[bool, ...]], tuple[list[str], int]]) -> list[list[str]]:
    """Every result the rules allow, each decision on the edge taken either way.

    `run(edge_choices)` returns its result and how many decisions on the edge it
    met; those beyond `edge_choices` are tried both ways in turn.
    """
    results: list[list[str]] = []
    todo: list[tuple[bool, ...]] = [()]
    while todo:
        taken = todo.pop()
        lines, close = run(taken)
        if close > len(taken):
            if len(taken) >= 12:
                raise OnTheEdge("too many decisions on the edge")
            todo += [taken + (False,), taken + (True,)]
        elif lines not in results:
            results.append(lines)
    return results


def ref_wrap_choices(text: str, width: float, size: float, bold: bool = False) -> list[list[str]]:
    """Every wrap of `text` the rules allow, a decision on the edge taken either way."""

    def run(taken: tuple[bool, ...]) -> tuple[list[str], int]:
        ruler = _ruler(width, size, bold, taken)
        return _wrap(text, ruler), ruler.close

    return _choices(run)


def ref_ellipsize_choices(lines: list[str], max_lines: int, width: float, size: float,
                          bold: bool = False) -> list[list[str]]:
    """Every ellipsized form of `lines` the rules allow (see `_ellipsize`)."""

    def run(taken: tuple[bool, ...]) -> tuple[list[str], int]:
        ruler = _ruler(width, size, bold, taken)
        return _ellipsize(lines, max_lines, ruler), ruler.close

    return _choices(run)


def _fitted(text: str, width: float, size: float, bold: bool, max_lines: int | None) -> list[str]:
    """`text` wrapped and, when `max_lines` is given, ellipsized; `OnTheEdge` when undecidable."""
    ruler = _ruler(width, size, bold)
    lines = _wrap(text, ruler)
    if max_lines is not None:
        lines = _ellipsize(lines, max_lines, ruler)
    if ruler.close:
        raise OnTheEdge(text)
    return lines


# --- the card -----------------------------------------------------------------------


def value_line(ind: Indicator, years: range) -> str:
    """"awal 70 → 2024: 72 · 2025: 74": the baseline (when there is one), then every year's target."""
    targets = " · ".join(f"{year}: {format_number(ind.targets.get(year))}" for year in years)
    if ind.baseline is None or ind.baseline == "":
        return targets
    return f"awal {format_number(ind.baseline)} → {targets}"


def ref_card_text(node: Node, plan: Plan, style: CardStyle) -> CardText:
    """A node's card, section by section from the top, positions in exact arithmetic.

    The strip holds "LEVEL · code" on one line beside the room kept for badges (when it
    is too long, strip.py's shortened form that keeps the code),
    the text's box (ASCENT above the baseline, DESCENT below) centred in the strip. Below it, `pad` lower, come the
    statement (its placeholder when empty; at most `compact_lines` on a compact
    card), the OPDs joined by "; " 2 pt lower (one line on a compact card), then,
    on a full card with indicators, a rule `section_gap` below with `section_gap`
    under it and each indicator's name and value lines, `indicator_gap` apart.
    Every line is one pitch (size × LINE_FACTOR) tall with its baseline ASCENT
    below its top; the card ends `pad` under the last line, its height rounded
    to 0.01 pt.
    """
    exact = Fraction
    inner = style.width - 2 * style.pad
    compact = style.compact

    strip = strip_text(node)
    room = inner - style.badge_room
    if ref_text_width(strip, style.strip_size, True) <= room:
        strip_lines = [strip]
    else:  # the level gives way before the code: the shortening is a plain helper (strip.py)
        strip_lines = [strip_label(node.level, node.code, room, style.strip_size, True) or strip]
    # centred: strip_height / 2 = baseline - size * (ASCENT - DESCENT) / 2000
    strip_base = exact(style.strip_height) / 2 + exact(style.strip_size) * (ASCENT - DESCENT) / 2000
    lines = [TextLine(strip_lines[0] if strip_lines else "", style.pad, float(strip_base),
                      style.strip_size, True, "strip")]
    rules: list[float] = []
    top = exact(style.strip_height) + exact(style.pad)

    def section(texts: list[str], size: float, bold: bool, role: str) -> None:
        nonlocal top
        for text in texts:
            lines.append(TextLine(text, style.pad, float(top + exact(size) * ASCENT / 1000), size,
                                  bold, role))
            top += exact(size) * exact(LINE_FACTOR)

    statement = node.statement.strip() or "(pernyataan belum diisi)"
    section(_fitted(statement, inner, style.statement_size, style.statement_bold,
                    style.compact_lines if compact else None),
            style.statement_size, style.statement_bold, "statement")
    if node.opds:
        top += 2
        section(_fitted("; ".join(node.opds), inner, style.opd_size, False, 1 if compact else None),
                style.opd_size, False, "opd")
    if node.indicators and not compact:
        top += exact(style.section_gap)
        rules.append(float(top))
        top += exact(style.section_gap)
        for i, ind in enumerate(node.indicators):
            if i:
                top += exact(style.indicator_gap)
            section(_fitted(indicator_name(ind), inner, style.indicator_size, False, None),
                    style.indicator_size, False, "indicator")
            section(_fitted(value_line(ind, plan.years), inner, style.indicator_size, True, None),
                    style.indicator_size, True, "value")
    return CardText(
        key=node.key,
        width=style.width,
        height=float(round(top + exact(style.pad), 2)),
        colour=level_colour(plan.scheme, node.level),
        strip_text=strip,
        lines=tuple(lines),
        rules=tuple(rules),
        strip_height=style.strip_height,
    )


# --- the drawn forest -------------------------------------------------------------------


def ref_plan_children(plan: Plan, collapsed: frozenset[str] | set[str] = frozenset(),
                      max_depth: int | None = None,
                      root: str | None = None) -> tuple[list[str], dict[str, list[str]]]:
    """The plan's drawn forest: its top cards, and each drawn node's children, in pre-order.

    A collapsed node, or one on row `max_depth`, is drawn without children; children
    that are not in the plan are left out; `root` draws that node's subtree alone
    (KeyError when there is no such node). A node met again is not walked again.
    """
    if root is not None:
        if root not in plan.nodes:
            raise KeyError(root)
        roots = [root]
    else:
        roots = list(plan.roots())
    shown: dict[str, list[str]] = {}

    def visit(key: str, depth: int) -> None:
        if key in shown:
            return
        cut = key in collapsed or (max_depth is not None and depth >= max_depth)
        shown[key] = [] if cut else [k for k in plan.children(key) if k in plan.nodes]
        for kid in shown[key]:
            visit(kid, depth + 1)

    with _deep_recursion(len(plan.nodes)):
        for r in roots:
            visit(r, 0)
    return roots, shown


# --- the tidy layout -----------------------------------------------------------------


@dataclass(eq=False)
class _Drawn:
    """A card in the drawn forest, or the column standing in for a stacked family of leaves."""

    key: str | None  # None for a column
    width: float  # for spacing: a stacked family's parent counts as wide as its column
    height: float
    card_width: float  # the box's own width
    kids: list[_Drawn] = field(default_factory=list)
    leaves: list[str] = field(default_factory=list)  # a column's leaves, in order
    columns: list[list[int]] = field(default_factory=list)  # their positions, column by column
    leaf_sizes: list[tuple[float, float]] = field(default_factory=list)
    under: str | None = None  # a column's parent
    x: float = 0.0  # centre: relative to the parent's in `_tidy`, absolute after `_absolute`


def _stack_height(heights: list[float], gap: float) -> float:
    return sum(heights) + gap * (len(heights) - 1)


def _column(parent: _Drawn, leaves: list[str], size: Callable[[str], tuple[float, float]],
            indent: float, gap: float, max_height: float) -> _Drawn:
    """A stacked family: leaves top to bottom, `gap` apart, a new column when one would be too tall.

    The columns stand `indent` apart, the first `indent` right of the parent's left
    edge; the stand-in is as wide as the columns with their indents, and never
    narrower than the parent, so that the two share a left edge.
    """
    sizes = [size(k) for k in leaves]
    columns: list[list[int]] = [[]]
    for i, (_, h) in enumerate(sizes):
        current = columns[-1]
        if current and _stack_height([sizes[j][1] for j in current] + [h], gap) > max_height:
            columns.append([])
        columns[-1].append(i)
    col_w = max(w for w, _ in sizes)
    width = max(len(columns) * (indent + col_w), parent.card_width)
    height = max(_stack_height([sizes[j][1] for j in col], gap) for col in columns)
    return _Drawn(None, width, height, width, leaves=list(leaves), columns=columns,
                  leaf_sizes=sizes, under=parent.key)


def _drawn_forest(roots: Sequence[str], children: Callable[[str], Sequence[str]],
                  size: Callable[[str], tuple[float, float]], stack: bool, indent: float,
                  gap: float, max_height: float) -> list[_Drawn]:
    """The forest as drawn: breadth first, a key listed again hangs under the first parent reached.

    With `stack`, a family of two or more children that are all leaves (children
    listing nothing) and not drawn elsewhere becomes one column; the roots' own
    row is never stacked.
    """

    def card(key: str) -> _Drawn:
        w, h = size(key)
        return _Drawn(key, w, h, w)

    placed: set[str] = set()
    tops: list[_Drawn] = []
    for r in roots:
        if r not in placed:
            placed.add(r)
            tops.append(card(r))
    todo = deque(tops)
    while todo:
        parent = todo.popleft()
        fresh = [k for k in dict.fromkeys(children(parent.key)) if k not in placed]
        placed.update(fresh)
        if stack and len(fresh) >= 2 and not any(children(k) for k in fresh):
            column = _column(parent, fresh, size, indent, gap, max_height)
            parent.width = column.width
            parent.kids = [column]
        else:
            parent.kids = [card(k) for k in fresh]
            todo.extend(parent.kids)
    return tops


def _spread(kids: list[_Drawn], contours: list[list[tuple[float, float]]], sibling_gap: float,
            subtree_gap: float) -> list[float]:
    """Centres of a family's subtrees, left to right, as close as their contours allow (Walker).

    Each subtree starts `sibling_gap` right of its neighbour's card, then moves right
    until, on every lower row, its left edge is `subtree_gap` clear of the right
    edge of the subtrees placed before it; that edge belongs to the last of them
    reaching that row. A move forced by a subtree further left than the neighbour is
    shared out among the subtrees in between in equal steps (Walker 1990; Buchheim,
    Jünger and Leipert 2002), so that small subtrees do not bunch up on one side.
    """
    xs = [0.0]
    for i in range(1, len(kids)):
        xs.append(xs[i - 1] + (kids[i - 1].width + kids[i].width) / 2 + sibling_gap)
        for row in range(1, len(contours[i])):
            owner = next((j for j in range(i - 1, -1, -1) if len(contours[j]) > row), None)
            if owner is None:
                break
            clash = (xs[owner] + contours[owner][row][1] + subtree_gap
                     - (xs[i] + contours[i][row][0]))
            if clash > 0:
                xs[i] += clash
                for j in range(owner + 1, i):
                    xs[j] += clash * (j - owner) / (i - owner)
    return xs


def _tidy(card: _Drawn, h_gap: float, subtree_gap: float) -> list[tuple[float, float]]:
    """Lay out `card`'s subtree: each child's centre relative to its parent's, the parent
    centred over its first and last child. Returns the subtree's contour: the left and
    right edge of each of its rows, relative to `card`'s centre, its own row first."""
    half = card.width / 2
    if not card.kids:
        return [(-half, half)]
    contours = [_tidy(kid, h_gap, subtree_gap) for kid in card.kids]
    xs = _spread(card.kids, contours, h_gap, subtree_gap)
    middle = (xs[0] + xs[-1]) / 2
    for kid, x in zip(card.kids, xs, strict=True):
        kid.x = x - middle
    # A row's left edge is that of the first child reaching it, its right edge the last's.
    lefts: list[float] = []
    rights: list[float] = []
    for kid, below in zip(card.kids, contours, strict=True):
        lefts += [kid.x + left for left, _ in below[len(lefts):]]
        rights[: len(below)] = [kid.x + right for _, right in below]
    return [(-half, half), *zip(lefts, rights, strict=True)]


def _absolute(card: _Drawn, parent_x: float) -> None:
    card.x += parent_x
    for kid in card.kids:
        _absolute(kid, card.x)


@contextmanager
def _deep_recursion(levels: int):
    """Room for a recursion `levels` deep (the plain recursive walks meet 3,000-deep chains)."""
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(max(before, 4 * levels + 1000))
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def ref_layout_forest(roots: Sequence[str], children: Callable[[str], Sequence[str]],
                      size: Callable[[str], tuple[float, float]], *, h_gap: float = 24,
                      v_gap: float = 56, subtree_gap: float = 48, stack_leaves: bool = False,
                      stack_indent: float = 28, stack_gap: float = 14,
                      stack_max_height: float = math.inf) -> Layout:
    """The tidy layout `layout.layout_forest` promises, computed a subtree at a time.

    The top cards are siblings `subtree_gap` apart; rows are as tall as their
    tallest card (or column), `v_gap` apart; the drawing starts at x = 0.
    """
    tops = _drawn_forest(roots, children, size, stack_leaves, stack_indent, stack_gap,
                         stack_max_height)
    if not tops:
        return Layout()
    rows: list[list[_Drawn]] = [tops]
    while True:
        below = [kid for card in rows[-1] for kid in card.kids]
        if not below:
            break
        rows.append(below)
    every = [card for row in rows for card in row]

    with _deep_recursion(len(rows)):
        contours = [_tidy(card, h_gap, subtree_gap) for card in tops]
        for card, x in zip(tops, _spread(tops, contours, subtree_gap, subtree_gap), strict=True):
            _absolute(card, x)
    origin = min(card.x - card.width / 2 for card in every)

    row_heights = [max(card.height for card in row) for row in rows]
    row_tops = [sum(row_heights[:d]) + v_gap * d for d in range(len(rows))]
    out = Layout(row_tops=row_tops, row_heights=row_heights)
    out.width = max(card.x + card.width / 2 for card in every) - origin
    out.height = sum(row_heights) + v_gap * (len(rows) - 1)

    depth: dict[str, int] = {}
    parent_of: dict[str, str | None] = {}
    for d, row in enumerate(rows):
        for card in row:
            left = card.x - card.width / 2 - origin
            if card.key is not None:
                out.boxes[card.key] = Box(left, row_tops[d], card.card_width, card.height)
                depth[card.key] = d
                continue
            owner = card.under
            assert owner is not None
            out.stacked[owner] = card.leaves
            out.stack_columns[owner] = [[card.leaves[i] for i in col] for col in card.columns]
            out.stack_indent = stack_indent
            for c, col in enumerate(card.columns):
                x = left + stack_indent + c * (max(w for w, _ in card.leaf_sizes) + stack_indent)
                y = row_tops[d]
                for i in col:
                    w, h = card.leaf_sizes[i]
                    out.boxes[card.leaves[i]] = Box(x, y, w, h)
                    depth[card.leaves[i]] = d
                    parent_of[card.leaves[i]] = owner
                    y += h + stack_gap
    order: list[str] = []

    def visit(card: _Drawn, parent: str | None) -> None:
        if card.key is None:
            order.extend(card.leaves)
            return
        order.append(card.key)
        parent_of[card.key] = parent
        for kid in card.kids:
            visit(kid, card.key)

    with _deep_recursion(len(rows)):
        for card in tops:
            visit(card, None)
    out.tree_facts = lambda: (depth, parent_of, order)
    return out
