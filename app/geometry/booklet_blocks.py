"""Blocks of a booklet page: a piece of tree laid out in its own box, and its lines.

`app.geometry.booklet` decides which pieces go on which page; this module
lays a piece out. A card with its children under it is a block: the children
either stacked in columns (leaves) or in shelves that wrap at the page's width
under a trunk line; a run of one family whose parent is on another page is a
block too, headed by a label instead of a card. Sizes are in drawing units;
a block's parts are placed on a page only once (`place`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .layout import Box

Size = Callable[[str], tuple[float, float]]
Segment = tuple[float, float, float, float]


@dataclass(frozen=True)
class BookletParams:
    """A page's room (drawing units) and the spacing of cards, lines and fragments."""

    page_w: float
    page_h: float
    h_gap: float = 16.0  # between sibling blocks in a shelf
    v_gap: float = 40.0  # between a card and the line its children hang from, and shelves
    stack_leaves: bool = True  # two or more leaf children in a column under their parent
    stack_indent: float = 20.0
    stack_gap: float = 10.0
    stack_top: float = 14.0  # from a parent's bottom to its first stacked child
    column_max: float = float("inf")  # tallest column of stacked leaves before the next
    trunk_indent: float = 24.0  # a family in several shelves hangs from a trunk this far in
    tail: float = 15.0  # room under a cut card for "lanjut ke hal. N"
    fragment_gap: float = 30.0  # between fragments sharing a page
    label_gap: float = 8.0  # between a fragment's label and the line under it


class Block:
    """A laid-out piece of tree in its own coordinates (top-left at 0, 0).

    `head` is the top card (or, for a family run, the label naming the parent
    on another page); `parts` are child blocks with their offsets; `leaves`
    stacked leaf cards with theirs; `lines` the connecting lines; `tails` the
    cut cards' note areas. Offsets are applied once, when a page is placed.
    """

    __slots__ = ("key", "w", "h", "head", "parts", "leaves", "lines", "tails", "label", "keys")

    def __init__(self, key: str | None, w: float, h: float) -> None:
        self.key = key
        self.w = w
        self.h = h
        self.head: Box | None = None  # the head card's (or label's) box
        self.parts: list[tuple[Block, float, float]] = []
        self.leaves: list[tuple[str, Box]] = []
        self.lines: list[Segment] = []
        self.tails: list[tuple[str, Box]] = []
        self.label = False  # the head is a label, not a card
        self.keys = 0  # cards in the block


@dataclass
class Fragment:
    """One piece on a page: its block, the parent it continues (None at the top), its place."""

    parent: str | None
    members: list[str]
    block: Block
    page: int = -1
    x: float = 0.0
    y: float = 0.0
    whole: bool = True  # every member's subtree is in the block


@dataclass
class PlacedPage:
    """One page's geometry in drawing units: every card, line, cut-note strip and label."""

    fragments: list[Fragment] = field(default_factory=list)
    boxes: dict[str, Box] = field(default_factory=dict)
    lines: list[Segment] = field(default_factory=list)
    tails: dict[str, Box] = field(default_factory=dict)  # cut card -> the strip under it
    labels: list[tuple[str, Box]] = field(default_factory=list)  # parent -> label box
    oversize: bool = False  # one card bigger than a page: printed smaller than the others

    @property
    def width(self) -> float:
        return max((f.x + f.block.w for f in self.fragments), default=0.0)

    @property
    def height(self) -> float:
        return max((f.y + f.block.h for f in self.fragments), default=0.0)


class Blocks:
    """Lays out blocks for a forest (`kids`) with card sizes and the label's height."""

    def __init__(self, kids: dict[str, list[str]], size: Size, params: BookletParams,
                 label_height: Callable[[str, float], float]) -> None:
        self.kids = kids
        self.size = size
        self.p = params
        self.label_height = label_height

    def card(self, key: str, cut: bool | None = None) -> Block:
        """A card alone; with a tail when its children are not in this block."""
        w, h = self.size(key)
        if cut is None:
            cut = bool(self.kids.get(key))
        b = Block(key, w, h + (self.p.tail if cut else 0.0))
        b.head = Box(0.0, 0.0, w, h)
        b.keys = 1
        if cut:
            b.tails.append((key, Box(0.0, h, w, self.p.tail)))
        return b

    def arrange(self, key: str | None, head: tuple[float, float], parts: list[Block],
                max_w: float, label: bool = False) -> Block:
        """A head (card or label) with child blocks under it: stacked leaves or shelves.

        A label head takes the width of what hangs under it (its `head` width is
        ignored) and its height is asked of `label_height` for that width.
        """
        p = self.p
        hw, hh = head
        if p.stack_leaves and len(parts) >= 2 and all(
                b.head is not None and not b.parts and not b.leaves and not b.tails and not b.label
                for b in parts):
            return self._stack(key, hw, hh, parts, label)
        # Shelves: greedy, in order; a second shelf puts the whole family on a trunk.
        shelves = self._shelves(parts, max_w)
        if len(shelves) > 1:
            shelves = self._shelves(parts, max_w - p.trunk_indent)
        if label:
            width = max((sum(b.w for b in s) + p.h_gap * (len(s) - 1) for s in shelves),
                        default=0.0) + (p.trunk_indent if len(shelves) > 1 else 0.0)
            hh = self.label_height(key or "", width)
            hw = width
        gap = p.label_gap + p.v_gap / 2 if label else p.v_gap
        out = Block(key, 0.0, 0.0)
        out.label = label
        out.keys = (0 if label else 1) + sum(b.keys for b in parts)
        if len(shelves) == 1:
            row = shelves[0]
            xs = []
            x = 0.0
            for b in row:
                xs.append(x)
                x += b.w + p.h_gap
            row_w = x - p.h_gap
            centres = [xx + (b.head.x + b.head.w / 2 if b.head else b.w / 2)
                       for xx, b in zip(xs, row, strict=True)]
            if label:
                head_x = 0.0
                stem_x = centres[0]
            else:
                mid = (centres[0] + centres[-1]) / 2
                head_x = mid - hw / 2
            shift = -min(0.0, head_x)
            head_x += shift
            top = hh + gap
            out.head = Box(head_x, 0.0, hw, hh)
            bus_y = hh + gap - p.v_gap / 2
            stem = (stem_x + shift) if label else head_x + hw / 2
            out.lines.append((stem, hh, stem, bus_y))
            lo = min(stem, centres[0] + shift)
            hi = max(stem, centres[-1] + shift)
            if hi - lo > 0.01:
                out.lines.append((lo, bus_y, hi, bus_y))
            for xx, b, c in zip(xs, row, centres, strict=True):
                out.parts.append((b, xx + shift, top))
                out.lines.append((c + shift, bus_y, c + shift, top + (b.head.y if b.head else 0.0)))
            out.w = max(head_x + hw, row_w + shift)
            out.h = top + max(b.h for b in row)
            return out
        # Several shelves under a trunk that comes down from the head's left part.
        trunk = min(p.trunk_indent / 2, hw / 2) if not label else p.trunk_indent / 2
        out.head = Box(0.0, 0.0, hw, hh)
        y = hh + gap
        last_bus = y - p.v_gap / 2
        for row in shelves:
            x = p.trunk_indent
            bus_y = y - p.v_gap / 2
            last_bus = bus_y
            right = trunk
            for b in row:
                c = x + (b.head.x + b.head.w / 2 if b.head else b.w / 2)
                out.parts.append((b, x, y))
                out.lines.append((c, bus_y, c, y + (b.head.y if b.head else 0.0)))
                right = c
                x += b.w + p.h_gap
            out.lines.append((trunk, bus_y, right, bus_y))
            out.w = max(out.w, x - p.h_gap)
            y += max(b.h for b in row) + p.v_gap
        out.lines.append((trunk, hh, trunk, last_bus))
        out.w = max(out.w, hw)
        out.h = y - p.v_gap
        return out

    def _shelves(self, parts: list[Block], width: float) -> list[list[Block]]:
        gap = self.p.h_gap
        shelves: list[list[Block]] = [[]]
        used = 0.0
        for b in parts:
            add = b.w if not shelves[-1] else gap + b.w
            if shelves[-1] and used + add > width + 1e-6:
                shelves.append([b])
                used = b.w
            else:
                shelves[-1].append(b)
                used += add
        return shelves

    def _stack(self, key: str | None, hw: float, hh: float, parts: list[Block],
               label: bool) -> Block:
        """Leaves in a column under the head, a spine down its left with a tick into each;
        a column taller than `column_max` (or than a page) goes on in the next one."""
        p = self.p
        limit = min(p.column_max, p.page_h - hh - p.stack_top)
        columns: list[list[Block]] = [[]]
        used = 0.0
        for b in parts:
            if columns[-1] and used + p.stack_gap + b.h > limit + 1e-6:
                columns.append([])
                used = 0.0
            used += b.h + (p.stack_gap if len(columns[-1]) else 0.0)
            columns[-1].append(b)
        col_w = max(b.w for b in parts)
        width = p.stack_indent + len(columns) * (col_w + p.stack_indent) - p.stack_indent
        if label:
            hh = self.label_height(key or "", width)
            hw = width
        out = Block(key, max(hw, width), 0.0)
        out.label = label
        out.keys = (0 if label else 1) + len(parts)
        out.head = Box(0.0, 0.0, hw, hh)
        top = hh + (p.label_gap + p.stack_top if label else p.stack_top)
        bus_y = top - p.stack_gap / 2 - 1 if len(columns) > 1 else None
        spines = []
        bottom = top
        for i, col in enumerate(columns):
            x = p.stack_indent + i * (col_w + p.stack_indent)
            sx = x - p.stack_indent / 2
            spines.append(sx)
            y = top
            tick = top
            for b in col:
                assert b.head is not None
                out.leaves.append((b.key or "", Box(x, y, b.head.w, b.head.h)))
                tick = y + min(10.0, b.head.h / 2)
                out.lines.append((sx, tick, x, tick))
                y += b.h + p.stack_gap
            start = hh if i == 0 else (bus_y if bus_y is not None else top)
            out.lines.append((sx, start, sx, tick))
            bottom = max(bottom, y - p.stack_gap)
        if bus_y is not None:
            out.lines.append((spines[0], bus_y, spines[-1], bus_y))
        out.h = bottom
        return out

    def _forest(self, parts: list[Block]) -> Block:
        """Top-level trees side by side, wrapped into shelves; no line joins them."""
        p = self.p
        out = Block(None, 0.0, 0.0)
        out.keys = sum(b.keys for b in parts)
        x = y = shelf_h = 0.0
        for b in parts:
            if x > 0 and x + b.w > p.page_w + 1e-6:
                x = 0.0
                y += shelf_h + p.fragment_gap
                shelf_h = 0.0
            out.parts.append((b, x, y))
            x += b.w + p.fragment_gap
            shelf_h = max(shelf_h, b.h)
            out.w = max(out.w, x - p.fragment_gap)
        out.h = y + shelf_h
        return out

    def _with_label(self, parent: str | None, block: Block) -> Block:
        """A piece whose parent is on another page gets the label naming it on top."""
        if parent is None:
            return block
        lh = self.label_height(parent, block.w)
        out = Block(parent, block.w, lh + self.p.label_gap + block.h)
        out.label = True
        out.keys = block.keys
        out.head = Box(0.0, 0.0, block.w, lh)
        top = lh + self.p.label_gap
        out.parts.append((block, 0.0, top))
        hx = (block.head.x + block.head.w / 2) if block.head else block.w / 2
        out.lines.append((hx, lh, hx, top))
        return out


def place(fragments: list[Fragment], oversize: bool = False) -> PlacedPage:
    """Absolute geometry of one page's fragments (an explicit stack: no recursion limit)."""
    page = PlacedPage(fragments=fragments, oversize=oversize)
    boxes, lines, tails = page.boxes, page.lines, page.tails
    stack: list[tuple[Block, float, float]] = [(f.block, f.x, f.y) for f in reversed(fragments)]
    while stack:
        b, ox, oy = stack.pop()
        if b.head is not None:
            hb = Box(ox + b.head.x, oy + b.head.y, b.head.w, b.head.h)
            if b.label:
                page.labels.append((b.key or "", hb))
            elif b.key is not None:
                boxes[b.key] = hb
        for key, lb in b.leaves:
            boxes[key] = Box(ox + lb.x, oy + lb.y, lb.w, lb.h)
        for key, tb in b.tails:
            tails[key] = Box(ox + tb.x, oy + tb.y, tb.w, tb.h)
        lines.extend([(ox + x1, oy + y1, ox + x2, oy + y2) for x1, y1, x2, y2 in b.lines])
        for part, dx, dy in reversed(b.parts):
            stack.append((part, ox + dx, oy + dy))
    return page


__all__ = ["Block", "Blocks", "BookletParams", "Fragment", "PlacedPage", "Segment", "Size",
           "place"]
