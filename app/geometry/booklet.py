"""Booklet packing: a tree set on pages the way a typesetter sets a book.

The tree is cut only between a card and its children, never through a card.
Each piece printed on a page is a *fragment*: the top of a tree (no parent),
or a run of consecutive children of one parent whose card is on another page
(a label over the run names that parent). Inside a fragment every shown card
either shows all its children or none (a *cut* card: its children continue
elsewhere, and a strip under the card, the *tail*, says where).

How pieces are chosen, in reading (pre-)order:

- A child whose whole subtree fits a page is never split: it goes whole into
  the current run of its family, which grows while it fits the room left on
  the page (the rest of the current shelf, or a new shelf below).
- A child whose subtree is bigger than a page becomes a fragment of its own:
  its card with its children under it, those that fit kept whole, the others
  cut; the cut children's families follow it in the book.
- Wide families wrap into several shelves under a trunk line; a column of
  leaves (the sub kegiatan of a kegiatan) wraps into several columns.
- Fragments share a page shelf by shelf, left to right, in book order.

Everything here is in drawing units (points at 100 %) relative to the top-left
corner of a page's drawing area; the caller picks the print scale and so the
page's size in these units. Pure Python, only card sizes are needed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .layout import Box

Size = Callable[[str], tuple[float, float]]
SPARSE = 0.5  # a page less full than this starts a branch that does not fit the rest of it
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


class _Shelves:
    """The pages filled so far: shelves of fragments, left to right, top to bottom."""

    def __init__(self, params: BookletParams) -> None:
        self.p = params
        self.pages: list[list[Fragment]] = []
        self.oversize: set[int] = set()
        self._new_page()

    def _new_page(self) -> None:
        self.pages.append([])
        self.shelf_y = 0.0
        self.shelf_h = 0.0
        self.cursor = 0.0  # right end of the last fragment on the shelf (0: empty shelf)

    def rooms(self) -> list[tuple[float, float, float, float]]:
        """Free rectangles (x, y, w, h) where the next fragment may go, in order of preference."""
        p = self.p
        if not self.pages[-1]:
            return [(0.0, 0.0, p.page_w, p.page_h)]
        out = []
        x = self.cursor + p.fragment_gap
        if x < p.page_w:
            out.append((x, self.shelf_y, p.page_w - x, p.page_h - self.shelf_y))
        y = self.shelf_y + self.shelf_h + p.fragment_gap
        if y < p.page_h:
            out.append((0.0, y, p.page_w, p.page_h - y))
        return out

    def room_for(self, w: float, h: float) -> tuple[float, float, float, float] | None:
        for r in self.rooms():
            if w <= r[2] + 1e-6 and h <= r[3] + 1e-6:
                return r
        return None

    def empty(self) -> bool:
        return not self.pages[-1]

    def used(self) -> float:
        """The share of the current page that its fragments cover."""
        area = sum(f.block.w * f.block.h for f in self.pages[-1])
        return area / (self.p.page_w * self.p.page_h)

    def put(self, frag: Fragment, oversize: bool = False) -> None:
        """Place `frag` in the first room it fits, on a new page when none (or alone when oversize)."""
        b = frag.block
        if oversize or b.w > self.p.page_w + 1e-6 or b.h > self.p.page_h + 1e-6:
            if not self.empty():
                self._new_page()
            self.oversize.add(len(self.pages) - 1)
            self._place(frag, 0.0, 0.0)
            self._new_page()
            return
        room = self.room_for(b.w, b.h)
        if room is None:
            self._new_page()
            room = (0.0, 0.0, self.p.page_w, self.p.page_h)
        self._place(frag, room[0], room[1])

    def _place(self, frag: Fragment, x: float, y: float) -> None:
        if y > self.shelf_y + 1e-6 or not self.pages[-1]:
            self.shelf_y, self.shelf_h = y, 0.0
        frag.page, frag.x, frag.y = len(self.pages) - 1, x, y
        self.pages[-1].append(frag)
        self.cursor = x + frag.block.w
        self.shelf_h = max(self.shelf_h, frag.block.h)

    def break_page(self) -> None:
        """The next fragment starts a new page (a new chapter: the branches under --depth)."""
        if not self.empty():
            self._new_page()


class Booklet:
    """Sets a forest on pages. `kids[k]` are the drawn children of every drawn key `k`.

    `cut_below` are cards whose children are not drawn with them at all (an
    overview down to a level): their families are set after everything else,
    each starting a new page. `label_height(parent, width)` is the height of
    the label naming `parent` over a run `width` wide.
    """

    def __init__(self, roots: Sequence[str], kids: dict[str, list[str]], size: Size,
                 params: BookletParams, label_height: Callable[[str, float], float],
                 cut_below: frozenset[str] = frozenset()) -> None:
        self.roots = list(roots)
        self.kids = kids
        self.size = size
        self.p = params
        self.label_height = label_height
        self.cut_below = cut_below
        self._natural: dict[str, Block] = {}
        self._fits: dict[str, bool] = {}

    # --- blocks -----------------------------------------------------------------------

    def shown_kids(self, key: str) -> list[str]:
        return [] if key in self.cut_below else self.kids.get(key, [])

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

    def natural(self, key: str) -> Block:
        """The whole subtree under `key` (to the cut level), laid out; built bottom-up, once."""
        got = self._natural.get(key)
        if got is not None:
            return got
        order: list[str] = []  # pre-order of the subtree's keys still to build
        stack = [key]
        while stack:
            k = stack.pop()
            if k in self._natural:
                continue
            order.append(k)
            stack.extend(self.shown_kids(k))
        for k in reversed(order):
            kids = self.shown_kids(k)
            if not kids:
                self._natural[k] = self.card(k)
                continue
            self._natural[k] = self.arrange(k, self.size(k), [self._natural[c] for c in kids],
                                            self.p.page_w)
        return self._natural[key]

    def fits_page(self, key: str, label: bool = True) -> bool:
        """True when the whole subtree under `key` fits an empty page (under a label)."""
        got = self._fits.get(key)
        if got is None:
            b = self.natural(key)
            room = self.p.page_h - (self._label_room(b.w) if label else 0.0)
            got = self._fits[key] = b.w <= self.p.page_w + 1e-6 and b.h <= room + 1e-6
        return got

    def _label_room(self, width: float) -> float:
        """Height over a family run: its label, and the line the run hangs from."""
        p = self.p
        return self.label_height("", width) + p.label_gap + max(p.v_gap / 2, p.stack_top)

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

    # --- typesetting -----------------------------------------------------------------------

    def typeset(self) -> list[PlacedPage]:
        """Every drawn card on exactly one page; pages in book order, placed."""
        shelves = _Shelves(self.p)
        forced = self.forced()
        self._run([(None, self.roots)], shelves)
        if forced:
            # Below the overview the branches are set as usual, from a new page on.
            self.cut_below = frozenset()
            self._natural.clear()
            self._fits.clear()
            shelves.break_page()
            self._run([(k, list(self.kids[k])) for k in reversed(forced)], shelves)
        return self._placed(shelves)

    def forced(self) -> list[str]:
        """The cards cut by `cut_below` that have children, in reading order."""
        return [k for k in _preorder(self.roots, self.shown_kids)
                if k in self.cut_below and self.kids.get(k)]

    def typeset_families(self, parents: Sequence[str]) -> list[PlacedPage]:
        """Only the families under `parents` (cards printed elsewhere), in this order."""
        shelves = _Shelves(self.p)
        self._run([(k, list(self.kids[k])) for k in reversed(parents) if self.kids.get(k)],
                  shelves)
        return self._placed(shelves)

    @staticmethod
    def _placed(shelves: _Shelves) -> list[PlacedPage]:
        return [place(frags, i in shelves.oversize) for i, frags in enumerate(shelves.pages)
                if frags]

    def _run(self, tasks: list[tuple[str | None, list[str]]], shelves: _Shelves) -> None:
        """Set families, depth first: a piece's cut families come right after it."""
        while tasks:
            parent, members = tasks.pop()
            self._family(parent, members, shelves, tasks)

    def _family(self, parent: str | None, members: list[str], shelves: _Shelves,
                tasks: list[tuple[str | None, list[str]]]) -> None:
        """Runs of whole subtrees, each as long as the room left allows; a member bigger than a
        page is set on its own, and the rest of the family after its cut families."""
        label = parent is not None
        run: list[str] = []
        run_block: Block | None = None
        here = True  # the run fits the room left on the current page (else: on a new page)
        for i, m in enumerate(members):
            if self.fits_page(m, label):
                trial = self._family_block(parent, [*run, m])
                if not run:
                    here = shelves.room_for(trial.w, trial.h) is not None
                    if not here and self.shown_kids(m) and not shelves.empty() \
                            and shelves.used() < SPARSE:
                        # Rather than leave most of this page empty, start the branch here
                        # (its card and children), the rest of it on the next pages.
                        cut = self._partial(parent, m, shelves, here_only=True)
                        if cut is not None:
                            rest = members[i + 1:]
                            if rest:
                                tasks.append((parent, rest))
                            for k in reversed(cut):
                                tasks.append((k, list(self.kids[k])))
                            return
                    run, run_block = [m], trial
                    continue
                if here and shelves.room_for(trial.w, trial.h) is not None or (
                        not here and self._fits_empty(trial)):
                    run.append(m)
                    run_block = trial
                    continue
                assert run_block is not None
                shelves.put(Fragment(parent, run, run_block))
                run_block = self._family_block(parent, [m])
                run = [m]
                here = shelves.room_for(run_block.w, run_block.h) is not None
                continue
            if run_block is not None:
                shelves.put(Fragment(parent, run, run_block))
                run, run_block = [], None
            cut = self._partial(parent, m, shelves)
            assert cut is not None  # an empty page always takes it (smaller if need be)
            rest = members[i + 1:]
            if rest:
                tasks.append((parent, rest))
            for k in reversed(cut):
                tasks.append((k, list(self.kids[k])))
            return
        if run_block is not None:
            shelves.put(Fragment(parent, run, run_block))

    def _fits_empty(self, block: Block) -> bool:
        return block.w <= self.p.page_w + 1e-6 and block.h <= self.p.page_h + 1e-6

    def _oversize(self, block: Block) -> bool:
        return not self._fits_empty(block)

    def _family_block(self, parent: str | None, members: list[str]) -> Block:
        parts = [self.natural(m) for m in members]
        if parent is None:
            if len(parts) == 1:
                return parts[0]
            return self._forest(parts)
        return self.arrange(parent, (0.0, 0.0), parts, self.p.page_w, label=True)

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

    def _partial(self, parent: str | None, m: str, shelves: _Shelves,
                 here_only: bool = False) -> list[str] | None:
        """Set `m` bigger than a page: its card and children, those that fit kept whole, the
        others cut. Returns the cut children (their families are set next); with
        `here_only`, None when it cannot start in the room left on this page."""
        kids = self.shown_kids(m)
        rooms = [] if shelves.empty() else shelves.rooms()
        if not here_only:
            rooms.append((0.0, 0.0, self.p.page_w, self.p.page_h))
        for room in rooms:
            block, cut = self._partial_block(parent, m, kids, room[2], room[3])
            if block is not None:
                shelves.put(Fragment(parent, [m], block, whole=False))
                return cut
        if here_only:
            return None
        # Not even the card with its children's cards fits a page: the card alone, and
        # its whole family set after it as a family of its own.
        block = self._with_label(parent, self.card(m))
        shelves.put(Fragment(parent, [m], block, whole=False), oversize=self._oversize(block))
        return [m] if kids else []

    def _partial_block(self, parent: str | None, m: str, kids: list[str], w: float,
                       h: float) -> tuple[Block | None, list[str]]:
        """`m` with its children within (w, h): first all cut, then each made whole in turn
        while the block still fits. None when even the cut children do not fit."""
        if not kids:
            return None, []
        parts = [self.card(k) if self.kids.get(k) else self.natural(k) for k in kids]

        def build(parts: list[Block]) -> Block:
            return self._with_label(parent, self.arrange(m, self.size(m), parts, w))

        block = build(parts)
        if block.w > w + 1e-6 or block.h > h + 1e-6:
            return None, []
        whole = [not self.kids.get(k) or k in self.cut_below for k in kids]
        for i, k in enumerate(kids):
            if whole[i]:
                continue
            trial_parts = [*parts]
            trial_parts[i] = self.natural(k)
            trial = build(trial_parts)
            if trial.w <= w + 1e-6 and trial.h <= h + 1e-6:
                parts, block, whole[i] = trial_parts, trial, True
        return block, [k for k, ok in zip(kids, whole, strict=True) if not ok]

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


def _preorder(roots: Sequence[str], kids: Callable[[str], list[str]]) -> list[str]:
    out: list[str] = []
    stack = list(reversed(roots))
    while stack:
        k = stack.pop()
        out.append(k)
        stack.extend(reversed(kids(k)))
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


__all__ = ["Block", "Booklet", "BookletParams", "Fragment", "PlacedPage", "place"]
