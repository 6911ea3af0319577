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
- Fragments share a page shelf by shelf, left to right, in book order; a page
  left more than half empty starts the next branch at its foot rather than
  leave the room blank (the rest of that branch follows on the next pages).

Everything here is in drawing units (points at 100 %) relative to the top-left
corner of a page's drawing area; the caller picks the print scale and so the
page's size in these units. Pure Python, only card sizes are needed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .booklet_blocks import (
    Block,
    Blocks,
    BookletParams,
    Fragment,
    PlacedPage,
    Segment,
    Size,
    place,
)

SPARSE = 0.5  # a page less full than this starts a branch that does not fit the rest of it


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


class Booklet(Blocks):
    """Sets a forest on pages. `kids[k]` are the drawn children of every drawn key `k`.

    `cut_below` are cards whose children are not drawn with them at all (an
    overview down to a level): their families are set after everything else,
    each starting a new page. `label_height(parent, width)` is the height of
    the label naming `parent` over a run `width` wide.
    """

    def __init__(self, roots: Sequence[str], kids: dict[str, list[str]], size: Size,
                 params: BookletParams, label_height: Callable[[str, float], float],
                 cut_below: frozenset[str] = frozenset()) -> None:
        super().__init__(kids, size, params, label_height)
        self.roots = list(roots)
        self.cut_below = cut_below
        self._natural: dict[str, Block] = {}
        self._fits: dict[str, bool] = {}

    # --- blocks -----------------------------------------------------------------------

    def shown_kids(self, key: str) -> list[str]:
        return [] if key in self.cut_below else self.kids.get(key, [])

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


def _preorder(roots: Sequence[str], kids: Callable[[str], list[str]]) -> list[str]:
    out: list[str] = []
    stack = list(reversed(roots))
    while stack:
        k = stack.pop()
        out.append(k)
        stack.extend(reversed(kids(k)))
    return out


__all__ = ["SPARSE", "Block", "Booklet", "BookletParams", "Fragment", "PlacedPage", "Segment",
           "Size", "place"]
