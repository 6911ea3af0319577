"""A layout kept between edits: only the root subtrees a change touched are walked again.

An edit changes one Tujuan's subtree; the tidy layout of the other roots'
subtrees (their indexing, card sizes and Buchheim's first walk) stays what it
was. The full layout indexes the forest breadth first, so a depth's nodes are
the same depth's nodes of each root in turn: the cached per-root lists are
spliced into exactly the lists a full `layout_forest` would have built, and the
roots' row, the second walk and the boxes run on them unchanged. The result is
the full layout's, float for float (the screen and the PDF never disagree).

A forest where two roots share a key (a node drawn once, under the first root
that reaches it) is laid out in full, as are stacked leaves (paper only).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat

from app.model.changes import ChangeSet
from app.model.plan import Plan
from app.util.gc_pause import paused_gc

from .card import CardCache
from .forest_index import index_forest
from .layout import Box, Layout, _first_walk, _place, drawn_roots, layout_plan, plan_children


@dataclass
class _Part:
    """One root's subtree after its own first walk, indexed as `index_forest([root])` does."""

    shown: dict[str, list[str]]
    keys: list[str]
    par: list[int]
    first: list[int]
    last: list[int]
    bounds: list[int]  # start of each local depth, then the count
    ws: list[float]
    hs: list[float]
    prelim: list[float]
    mod: list[float]
    shift: list[float]
    change: list[float]
    nl: list[int]
    nr: list[int]
    leafy_root: bool
    # Where its cards went last time: their left edges, the rows' tops and the boxes.
    placed: tuple[list[float], list[float], list[list[Box]]] | None = None


class IncrementalLayout:
    """`layout_plan` for one plan and card cache, redoing only the roots that changes touched.

    Call `note(changes)` with every change set the plan emits (before the next
    `layout`), after the card cache has forgotten the touched keys; `layout`
    then returns what `layout_plan(plan, cards.style, collapsed, max_depth, root,
    cards=cards, **gaps)` would.
    """

    def __init__(self, plan: Plan, cards: CardCache, **gaps: float) -> None:
        self.plan = plan
        self.cards = cards
        self.gaps = gaps
        self._parts: dict[str, _Part] = {}
        self._root_of: dict[str, str] = {}
        self._params: tuple | None = None

    def clear(self) -> None:
        """Forget every cached subtree (the scheme, the years or the card style changed)."""
        self._parts.clear()
        self._root_of.clear()

    def note(self, changes: ChangeSet) -> None:
        """Mark the roots whose drawn subtree a change set may have altered."""
        if changes.plan & {"scheme", "start_year", "end_year"}:
            self.clear()
            return
        touched = changes.added | changes.moved | changes.removed | set(changes.changed)
        if not touched:
            return
        dirty: set[str] = set()
        root_of = self._root_of
        nodes = self.plan.nodes
        for key in touched:
            old = root_of.get(key)
            if old is not None:
                dirty.add(old)
            if key in nodes:
                chain = self._chain(key)
                if chain is None:
                    self.clear()
                    return
                dirty.update(chain)
            # A removed key that was not drawn hung under a collapsed node, below the
            # depth cut or under another removed key: the drawn forest did not hold it.
        for r in dirty:
            self._drop(r)

    def _chain(self, key: str) -> list[str] | None:
        """`key` and its main ancestors that are cached roots; None on a parent cycle."""
        nodes = self.plan.nodes
        parts = self._parts
        found: list[str] = []
        seen: set[str] = set()
        while True:
            if key in seen:
                return None
            seen.add(key)
            if key in parts:
                found.append(key)
            parent = nodes[key].parent
            if parent is None or parent not in nodes:
                return found
            key = parent

    def _drop(self, root: str) -> None:
        part = self._parts.pop(root, None)
        if part is not None:
            root_of = self._root_of
            for k in part.shown:
                if root_of.get(k) == root:
                    del root_of[k]

    def layout(
        self,
        collapsed: frozenset[str] | set[str] = frozenset(),
        max_depth: int | None = None,
        root: str | None = None,
        keep: frozenset[str] | None = None,
    ) -> Layout:
        """The drawn forest laid out, equal to a fresh `layout_plan` with the same arguments.

        A new `keep` (an OPD's tree chosen or left, or changed by an edit) starts afresh.
        """
        if self.gaps.get("stack_leaves"):
            return self._full(collapsed, max_depth, root, keep)
        params = (frozenset(collapsed), max_depth, root, self.cards.style, keep)
        before = self._params
        if params != before:
            if before is not None and params[1:] == before[1:]:
                # Folding or unfolding changes the subtrees of the drawn nodes toggled
                # only (a hidden node's flag changes nothing that is drawn).
                for key in params[0] ^ before[0]:
                    r = self._root_of.get(key)
                    if r is not None:
                        self._drop(r)
            else:
                self.clear()
            self._params = params
        with paused_gc():
            return self._layout(collapsed, max_depth, root, keep)

    def _full(self, collapsed: Iterable[str], max_depth: int | None, root: str | None,
              keep: frozenset[str] | None) -> Layout:
        self.clear()
        return layout_plan(self.plan, self.cards.style, frozenset(collapsed), max_depth, root,
                           cards=self.cards, keep=keep, **self.gaps)

    def _layout(self, collapsed: frozenset[str] | set[str], max_depth: int | None,
                root: str | None, keep: frozenset[str] | None) -> Layout:
        plan = self.plan
        roots = drawn_roots(plan, root, keep)
        if len(set(roots)) < len(roots):
            return self._full(collapsed, max_depth, root, keep)
        parts = self._parts
        for r in [r for r in parts if r not in roots]:
            self._drop(r)
        root_of = self._root_of
        for r in roots:
            if r not in parts:
                part = self._walk(r, collapsed, max_depth, keep)
                for k in part.shown:
                    if root_of.setdefault(k, r) != r:  # shared by two roots
                        return self._full(collapsed, max_depth, root, keep)
                parts[r] = part
        return self._combine([parts[r] for r in roots])

    def _walk(self, r: str, collapsed: frozenset[str] | set[str], max_depth: int | None,
              keep: frozenset[str] | None) -> _Part:
        """Index one root's subtree and run the first walk over its rows below the roots' row."""
        _, shown = plan_children(self.plan, collapsed, max_depth, r, keep)
        keys, par, first, last, depth_start = index_forest([r], shown.__getitem__)
        n = len(keys)
        size = self.cards.sizes_of(shown)
        ws = [0.0]
        hs = [0.0]
        for k in keys[1:]:
            w, h = size(k)
            ws.append(w)
            hs.append(h)
        prelim = [0.0] * n
        mod = [0.0] * n
        shift = [0.0] * n
        change = [0.0] * n
        nl = first[:]
        nr = last[:]
        leafy = [False] * n
        bounds = depth_start + [n]
        max_d = len(depth_start) - 1
        gaps = self.gaps
        _first_walk(range(max_d, 0, -1), bounds, first, last, par, ws, prelim, mod, shift,
                    change, nl, nr, list(range(n)), [0] * n, leafy,
                    gaps.get("h_gap", 24), gaps.get("subtree_gap", 48))
        return _Part(shown, keys, par, first, last, bounds, ws, hs, prelim, mod, shift, change,
                     nl, nr, leafy[1])

    def _combine(self, parts: list[_Part]) -> Layout:
        """Splice the parts into the full layout's breadth-first lists and finish the layout."""
        if not parts:
            return Layout()
        depths = max(len(p.bounds) - 1 for p in parts)
        # Global start of each (depth, part) segment.
        starts: list[list[int]] = []
        pos = 1
        for d in range(depths):
            row = []
            for p in parts:
                row.append(pos)
                if d < len(p.bounds) - 1:
                    pos += p.bounds[d + 1] - p.bounds[d]
            starts.append(row)
        n = pos
        keys: list[str] = [""]
        par: list[int] = [-1]
        first: list[int] = [1]
        last: list[int] = [len(parts)]
        nl: list[int] = [1]
        nr: list[int] = [len(parts)]
        ws: list[float] = [0.0]
        hs: list[float] = [0.0]
        prelim: list[float] = [0.0]
        mod: list[float] = [0.0]
        shift: list[float] = [0.0]
        change: list[float] = [0.0]
        depth_start: list[int] = []
        for d in range(depths):
            depth_start.append(starts[d][0])
            for j, p in enumerate(parts):
                b = p.bounds
                if d >= len(b) - 1:
                    continue
                lo, hi = b[d], b[d + 1]
                keys += p.keys[lo:hi]
                ws += p.ws[lo:hi]
                hs += p.hs[lo:hi]
                prelim += p.prelim[lo:hi]
                mod += p.mod[lo:hi]
                shift += p.shift[lo:hi]
                change += p.change[lo:hi]
                if d + 1 < len(b) - 1:
                    off = starts[d + 1][j] - b[d + 1]
                    first += [v + off if v >= 0 else -1 for v in p.first[lo:hi]]
                    last += [v + off if v >= 0 else -1 for v in p.last[lo:hi]]
                    nl += [v + off if v >= 0 else -1 for v in p.nl[lo:hi]]
                    nr += [v + off if v >= 0 else -1 for v in p.nr[lo:hi]]
                else:  # the part's last row: leaves, no threads below
                    first += [-1] * (hi - lo)
                    last += [-1] * (hi - lo)
                    nl += [-1] * (hi - lo)
                    nr += [-1] * (hi - lo)
                if d == 0:
                    par.append(0)
                else:
                    up = starts[d - 1][j] - b[d - 1]
                    par += [v + up for v in p.par[lo:hi]]
        if n == 1:
            return Layout()
        leafy = [False] * n
        for j, p in enumerate(parts):
            leafy[j + 1] = p.leafy_root
        bounds = depth_start + [n]
        max_d = len(depth_start) - 1
        dep = [-1]
        for d in range(max_d + 1):
            dep += [d] * (bounds[d + 1] - bounds[d])
        gaps = self.gaps
        _first_walk((0, -1), bounds, first, last, par, ws, prelim, mod, shift, change, nl, nr,
                    list(range(n)), [0] * n, leafy, gaps.get("h_gap", 24),
                    gaps.get("subtree_gap", 48))
        # Each part's ranges in the lists `_place` hands to the box maker (no virtual root).
        segments: list[list[tuple[int, int, int]]] = [[] for _ in parts]
        for d in range(depths):
            for j, p in enumerate(parts):
                if d < len(p.bounds) - 1:
                    lo = starts[d][j] - 1
                    segments[j].append((lo, lo + p.bounds[d + 1] - p.bounds[d], d))

        def make_boxes(keys: list[str], lefts: list[float], dep: list[int],
                       row_top: list[float], ws: list[float], hs: list[float]) -> dict[str, Box]:
            """Boxes part by part (a part whose cards kept their places keeps its boxes),
            gathered breadth first as the full layout orders them."""
            new = tuple.__new__
            made: list[list[list[Box]]] = []
            for p, segs in zip(parts, segments, strict=True):
                mine = [x for lo, hi, _ in segs for x in lefts[lo:hi]]
                placed = p.placed
                if placed is not None and placed[0] == mine and placed[1] == row_top:
                    made.append(placed[2])
                    continue
                rows = [list(map(new, repeat(Box), zip(lefts[lo:hi], repeat(row_top[d]),
                                                       ws[lo:hi], hs[lo:hi])))
                        for lo, hi, d in segs]
                p.placed = (mine, row_top, rows)
                made.append(rows)
            boxes: dict[str, Box] = {}
            for d in range(depths):
                for segs, rows in zip(segments, made, strict=True):
                    if d < len(segs):
                        lo, hi, _ = segs[d]
                        boxes.update(zip(keys[lo:hi], rows[d], strict=True))
            return boxes

        return _place(keys, par, first, last, dep, bounds, max_d, ws, hs, prelim, mod,
                      gaps.get("v_gap", 56), {}, ws, {}, {}, 0.0, 0.0, make_boxes)
