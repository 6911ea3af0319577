"""Tidy top-down tree layout, shared by the canvas and the PDF.

Buchheim, Jünger and Leipert (2002), "Improving Walker's algorithm to run in
linear time": parents centred over their children, subtrees packed as close as
their contours allow, isomorphic subtrees drawn alike. Written iteratively
(a 20,000-deep chain must not hit Python's recursion limit) over flat lists
(20,000 nodes in a few tens of milliseconds), with a width per node. Rows are
aligned by depth, each row as tall as its tallest card, so that a level reads
as one line across the page.

The children are given by a callable so that callers can collapse subtrees,
cut at a depth or lay out one branch without copying the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice, repeat
from math import copysign
from operator import add, itemgetter, sub, truediv
from typing import Any, NamedTuple

from app.model.plan import Plan
from app.util.gc_pause import paused_gc

from .card import CardCache, CardStyle
from .forest_index import index_forest, index_forest_stacking


class Box(NamedTuple):
    """A card's place: top-left corner and size; y grows downward."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2


@dataclass
class Layout:
    """Where every shown node goes. `order` is the pre-order of the drawn forest.

    The canvas needs the boxes only; `depth`, `parent` and `order` (what paper
    needs to draw rows, buses and pages) are built on first use from what the
    layout kept, which spares every relayout on screen about a sixth of its time.
    """

    boxes: dict[str, Box] = field(default_factory=dict)
    row_tops: list[float] = field(default_factory=list)
    row_heights: list[float] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0
    # Parents whose leaf children are stacked (stack_leaves): parent -> children, and the
    # same children cut into columns (more than one when a column would outgrow a page).
    stacked: dict[str, list[str]] = field(default_factory=dict)
    stack_columns: dict[str, list[list[str]]] = field(default_factory=dict)
    stack_indent: float = 0.0
    # Builds (depth, parent, order) when first asked for; None once built.
    tree_facts: Callable[[], _TreeFacts] | None = field(default=None, repr=False, compare=False)
    _facts: _TreeFacts | None = field(default=None, repr=False, compare=False)

    def _tree(self) -> _TreeFacts:
        facts = self._facts
        if facts is None:
            build = self.tree_facts
            facts = self._facts = build() if build is not None else ({}, {}, [])
            self.tree_facts = None
        return facts

    @property
    def depth(self) -> dict[str, int]:
        """Row of each drawn node (0 = the top row)."""
        return self._tree()[0]

    @property
    def parent(self) -> dict[str, str | None]:
        """Drawn main parent of each drawn node (None for a top card)."""
        return self._tree()[1]

    @property
    def order(self) -> list[str]:
        """The drawn nodes in pre-order."""
        return self._tree()[2]

    def children(self, key: str) -> list[str]:
        """Drawn main children of `key`, in order (linear scan; build a map for many calls)."""
        parent = self.parent
        return [k for k in self.order if parent.get(k) == key]

    def edges(self) -> Iterable[tuple[str, str]]:
        """(parent, child) pairs of the drawn tree."""
        parent = self.parent
        for k in self.order:
            p = parent[k]
            if p is not None:
                yield p, k


_TreeFacts = tuple[dict[str, int], dict[str, "str | None"], list[str]]
# (keys, lefts, depth, row tops, widths, heights) -> boxes by key; see `place_rows`.
BoxMaker = Callable[[list[str], list[float], list[int], list[float], list[float], list[float]],
                    dict[str, Box]]


# The layout allocates tens of thousands of small objects and frees none of them in
# cycles: the garbage collector's passes over a large open plan would only add time
# (a fifth of it at 20,000 nodes).
@paused_gc()
def layout_forest(
    roots: Sequence[str],
    children: Callable[[str], Sequence[str]],
    size: Callable[[str], tuple[float, float]],
    h_gap: float = 24,
    v_gap: float = 56,
    subtree_gap: float = 48,
    stack_leaves: bool = False,
    stack_indent: float = 28,
    stack_gap: float = 14,
    stack_max_height: float = float("inf"),
    extent_only: bool = False,
) -> Layout:
    """Place the trees under `roots` side by side, top-down, tidy.

    `h_gap` separates siblings, `subtree_gap` separates nodes of different
    families (and the roots' trees), `v_gap` separates depth rows. A key met a
    second time (a DAG or a cycle in `children`) is drawn once, under the first
    parent expanded that lists it.

    With `stack_leaves`, two or more children that are all leaves (typically
    the sub kegiatan of a kegiatan) go in a column under their parent,
    `stack_indent` to the right of its left edge, `stack_gap` apart; the
    parent keeps its left edge over the column. A column that would be taller
    than `stack_max_height` (a page) continues in a next column to its right,
    `stack_indent` apart. Such a tree is several times narrower, which is what
    paper needs; `Layout.stacked` and `Layout.stack_columns` name those families.

    With `extent_only` the result has the size and the rows but no boxes (for
    a caller weighing many ways to cut a tree into pages, which needs only how
    big each piece is).
    """
    # Index the forest breadth first under a virtual root 0: each family gets
    # consecutive indices and each depth a consecutive range, so the tree is a
    # few flat lists (no list per node). A key listed twice hangs under the
    # first parent reached breadth first, the shallowest one.
    blocks: dict[int, list[str]] = {}  # index of a stacked column -> its leaves
    if stack_leaves:
        keys, par, first, last, depth_start = index_forest_stacking(roots, children, blocks)
    else:
        keys, par, first, last, depth_start = index_forest(roots, children)
    n = len(keys)
    if n == 1:
        return Layout()
    depth_start.append(n)
    max_d = len(depth_start) - 3  # depth_start[0] is the roots' row
    depth_start = depth_start[:-1]
    dep = [-1] * n
    for d in range(len(depth_start) - 1):
        dep[depth_start[d] : depth_start[d + 1]] = [d] * (depth_start[d + 1] - depth_start[d])
    dep[depth_start[-1] :] = [len(depth_start) - 1] * (n - depth_start[-1])
    max_d = len(depth_start) - 1

    sizes = [(0.0, 0.0)]  # the virtual root has no card
    if blocks:
        sizes += [size(k) if i not in blocks else (0.0, 0.0) for i, k in enumerate(keys) if i]
        leaf_sizes: dict[int, list[tuple[float, float]]] = {}
        columns: dict[int, list[list[int]]] = {}  # block -> columns of positions in its leaves
        for i, leaves in blocks.items():
            leaf_sizes[i] = [size(c) for c in leaves]
            cols: list[list[int]] = [[]]
            used = 0.0
            for pos, (_, h) in enumerate(leaf_sizes[i]):
                if cols[-1] and used + stack_gap + h > stack_max_height:
                    cols.append([])
                    used = 0.0
                used += h + (stack_gap if cols[-1] else 0.0)
                cols[-1].append(pos)
            columns[i] = cols
            col_w = max(map(itemgetter(0), leaf_sizes[i]))
            if len(cols) == 1:  # the same sum as below, in the same order
                height = sum(map(itemgetter(1), leaf_sizes[i])) + stack_gap * (len(cols[0]) - 1)
            else:
                hs_i = list(map(itemgetter(1), leaf_sizes[i]))
                height = max(sum(map(hs_i.__getitem__, col)) + stack_gap * (len(col) - 1)
                             for col in cols)
            # The block is at least as wide as its parent, so that both share a left edge.
            sizes[i] = (max(len(cols) * (stack_indent + col_w), sizes[par[i]][0]), height)
        real_w = [w for w, _ in sizes]
        for i in blocks:  # a parent is as wide as its column for the spacing
            p = par[i]
            sizes[p] = (sizes[i][0], sizes[p][1])
    else:
        sizes += map(size, keys[1:])
    ws = list(map(itemgetter(0), sizes))
    hs = list(map(itemgetter(1), sizes))

    prelim = [0.0] * n
    mod = [0.0] * n
    shift = [0.0] * n
    change = [0.0] * n
    nl = first[:]  # next node on the left contour: first child, else thread
    nr = last[:]  # next node on the right contour: last child, else thread
    ancestor = list(range(n))
    default_anc = [0] * n  # per parent, the "defaultAncestor" while its kids are placed

    # --- first walk: deepest row first, each row left to right, so that a node's
    # subtree and its left siblings' subtrees are finished before it ------------------
    bounds = depth_start + [n]
    leafy = [False] * n
    first_walk(range(max_d, -2, -1), bounds, first, last, par, ws, prelim, mod, shift, change,
                nl, nr, ancestor, default_anc, leafy, h_gap, subtree_gap)

    if not blocks:
        real_w, leaf_sizes, columns = ws, {}, {}
    return place_rows(keys, par, first, last, dep, bounds, max_d, ws, hs, prelim, mod, v_gap,
                  blocks, real_w, leaf_sizes, columns, stack_indent, stack_gap,
                  extent_only=extent_only)


def first_walk(rows: Iterable[int], bounds: list[int], first: list[int], last: list[int],
               par: list[int], ws: list[float], prelim: list[float], mod: list[float],
               shift: list[float], change: list[float], nl: list[int], nr: list[int],
               ancestor: list[int], default_anc: list[int], leafy: list[bool],
               h_gap: float, subtree_gap: float) -> None:
    """Buchheim's first walk over `rows` (deepest first; -1 is the virtual root over the roots).

    Row d > 0 places the families whose parents are on row d - 1, row 0 the roots.
    The rows are a parameter so that an incremental layout can walk one root's
    subtree alone and then the roots' row over subtrees walked before.
    """
    # A family of leaves only (most sub kegiatan) needs no apportioning: its
    # centres are a running sum, and its parent's shifts leave it as it is (adding
    # 0.0 changes no centre, as none can be -0.0 unless a gap is -0.0).
    leafy_ok = [not (g == 0 and copysign(1.0, g) < 0) for g in (subtree_gap, h_gap)]
    for row in rows:
        fam: Sequence[int]
        kids: Sequence[int]
        if row < 0:  # last, the virtual root over the roots
            fam = (-1,)
        elif row:
            fam = range(bounds[row - 1], bounds[row])  # row d's parents, each with its family
        else:
            fam = (0,)
        # Every child on this row a leaf (typically the sub kegiatan row): no check per family.
        all_leaves = row > 0 and leafy_ok[1] and max(first[bounds[row] : bounds[row + 1]],
                                                      default=-1) < 0
        for p in fam:
            if p < 0:
                p = 0
                kids = (0,)
            else:
                fc = first[p]
                if fc < 0:
                    continue
                lc = last[p]
                gap = h_gap if p else subtree_gap
                if all_leaves or (leafy_ok[p > 0] and max(first[fc : lc + 1]) < 0):
                    leafy[p] = True
                    x = prelim[fc] = 0.0
                    w0 = ws[fc]
                    for v in range(fc + 1, lc + 1):
                        w = ws[v]
                        x = x + (w0 + w) / 2 + gap
                        prelim[v] = x
                        w0 = w
                    default_anc[p] = fc
                    continue
                kids = range(fc, lc + 1)
            for v in kids:
                vfc = first[v]
                if not v or v == fc:  # a first child (or the virtual root): nothing to its left
                    if vfc >= 0:
                        vlc = last[v]
                        if not leafy[v]:
                            # execute shifts
                            s = 0.0
                            c = 0.0
                            for w in range(vlc, vfc - 1, -1):
                                prelim[w] += s
                                mod[w] += s
                                c += change[w]
                                s += shift[w] + c
                        prelim[v] = (prelim[vfc] + prelim[vlc]) / 2
                    else:
                        prelim[v] = 0.0
                    if v:
                        default_anc[p] = v
                    continue
                left = v - 1
                placed = prelim[left] + (ws[left] + ws[v]) / 2 + gap
                prelim[v] = placed
                if vfc < 0:
                    # A leaf: apportion below ends at once, as v has no contour under
                    # it; only the threads it would set remain.
                    sv = mod[v]
                    nr_vim = nr[left]
                    if nr_vim >= 0 and nr[v] < 0:
                        nl[v] = nr[v] = nr_vim
                        mod[v] += mod[left] - sv
                    nl_vip = nl[v]
                    if nl_vip >= 0 and nl[fc] < 0:
                        nl[fc] = nr[fc] = nl_vip
                        mod[fc] += sv - mod[fc]
                        default_anc[p] = v
                    continue
                vlc = last[v]
                if not leafy[v]:
                    # execute shifts
                    s = 0.0
                    c = 0.0
                    for w in range(vlc, vfc - 1, -1):
                        prelim[w] += s
                        mod[w] += s
                        c += change[w]
                        s += shift[w] + c
                mod[v] = placed - (prelim[vfc] + prelim[vlc]) / 2
                # apportion(v): push v's subtree right until its left contour clears the
                # right contour of its left siblings' subtrees, row by row.
                vip = vop = v
                vim = left
                vom = fc
                sip = mod[vip]
                sop = mod[vop]
                sim = mod[vim]
                som = mod[vom]
                while True:
                    nr_vim = nr[vim]
                    nl_vip = nl[vip]
                    if nr_vim < 0 or nl_vip < 0:
                        break
                    vim = nr_vim
                    vip = nl_vip
                    vom = nl[vom]
                    vop = nr[vop]
                    ancestor[vop] = v
                    d = (prelim[vim] + sim) - (prelim[vip] + sip) + (ws[vim] + ws[vip]) / 2 + subtree_gap
                    if d > 0:
                        a = ancestor[vim]
                        if par[a] != p:
                            a = default_anc[p]
                        subtrees = v - a
                        change[v] -= d / subtrees
                        shift[v] += d
                        change[a] += d / subtrees
                        prelim[v] += d
                        mod[v] += d
                        sip += d
                        sop += d
                    sim += mod[vim]
                    sip += mod[vip]
                    som += mod[vom]
                    sop += mod[vop]
                nr_vim = nr[vim]
                if nr_vim >= 0 and nr[vop] < 0:
                    nl[vop] = nr[vop] = nr_vim  # a thread (vop is a leaf without one)
                    mod[vop] += sim - sop
                nl_vip = nl[vip]
                if nl_vip >= 0 and nl[vom] < 0:
                    nl[vom] = nr[vom] = nl_vip
                    mod[vom] += sip - som
                    default_anc[p] = v


def place_rows(keys: list[str], par: list[int], first: list[int], last: list[int], dep: list[int],
               bounds: list[int], max_d: int, ws: list[float], hs: list[float], prelim: list[float],
               mod: list[float], v_gap: float, blocks: dict[int, list[str]], real_w: list[float],
               leaf_sizes: dict[int, list[tuple[float, float]]], columns: dict[int, list[list[int]]],
               stack_indent: float, stack_gap: float, make_boxes: BoxMaker | None = None,
               extent_only: bool = False) -> Layout:
    """After the first walk: absolute centres, rows by depth, the boxes (consumes the lists).

    `make_boxes(keys, lefts, dep, row_top, ws, hs)` (lists without the virtual
    root) builds the boxes dict when given; an incremental layout reuses the
    boxes of subtrees that did not move instead of making 20,000 again.
    """
    n = len(keys)
    # --- second walk: absolute centres (parents before children, summing modifiers) ---
    # A row at a time: each node's sum is its parent's sum plus the parent's modifier
    # (the roots' own modifiers count for their children, their sum stays 0).
    msum = [0.0] * n
    psum = [0.0] * n  # msum + mod, for the parents' row
    for row in range(1, max_d + 1):
        a, b = bounds[row - 1], bounds[row]
        psum[a:b] = map(add, msum[a:b], mod[a:b])
        msum[b : bounds[row + 1]] = map(psum.__getitem__, par[b : bounds[row + 1]])

    # --- rows by depth --------------------------------------------------------------
    row_h = [max(hs[bounds[d] : bounds[d + 1]]) for d in range(max_d + 1)]
    row_top = [0.0] * (max_d + 1)
    y = 0.0
    for d in range(max_d + 1):
        row_top[d] = y
        y += row_h[d] + v_gap

    del keys[0], ws[0], hs[0], dep[0]
    # x = prelim + msum (the roots' msum is 0), and the left edge x - w / 2, in one pass.
    xs = map(add, islice(prelim, 1, None), islice(msum, 1, None))
    lefts = list(map(sub, xs, map(truediv, ws, repeat(2))))
    shift_x = min(lefts)
    if shift_x:
        lefts = list(map(sub, lefts, repeat(shift_x)))
    out = Layout(row_tops=row_top, row_heights=row_h)
    out.width = max(map(add, lefts, ws))
    out.height = y - v_gap
    if extent_only:
        return out
    if blocks:
        _unstack(out, keys, par, dep, lefts, ws, hs, real_w, blocks, leaf_sizes, columns, first,
                 last, stack_indent, stack_gap)
        return out
    if make_boxes is not None:
        out.boxes = make_boxes(keys, lefts, dep, row_top, ws, hs)
    else:
        tops = map(row_top.__getitem__, dep)
        out.boxes = dict(zip(keys, map(tuple.__new__, repeat(Box), zip(lefts, tops, ws, hs, strict=True)), strict=True))
    out.tree_facts = lambda: _tree_facts(keys, par, first, last, dep)
    return out


def _tree_facts(keys: list[str], par: list[int], first: list[int], last: list[int],
                dep: list[int]) -> _TreeFacts:
    """Depth, parent and pre-order of a layout from its breadth-first index (see `place_rows`)."""
    depth = dict(zip(keys, dep, strict=True))
    pkeys = [None] + keys
    parent = dict(zip(keys, map(pkeys.__getitem__, islice(par, 1, None)), strict=True))
    # Pre-order: indices first (one append per node), their keys in one step.
    seq: list[int] = []
    note = seq.append
    stack = [0]
    pop = stack.pop
    push = stack.extend
    while stack:
        v = pop()
        note(v)
        f = first[v]
        if f >= 0:
            push(range(last[v], f - 1, -1))
    return depth, parent, [keys[i - 1] for i in islice(seq, 1, None)]


def _unstack(out: Layout, keys: list[str], par: list[int], dep: list[int], lefts: list[float],
             ws: list[float], hs: list[float], real_w: list[float], blocks: dict[int, list[str]],
             leaf_sizes: dict[int, list[tuple[float, float]]], columns: dict[int, list[list[int]]],
             first: list[int], last: list[int], indent: float, gap: float) -> None:
    """Final boxes when some families are stacked: columns become their leaves again.

    Lists here are indexed like `layout_forest`'s, less the virtual root (index i
    of the layout is i - 1 here).
    """
    tops = out.row_tops
    boxes = out.boxes
    depth: dict[str, int] = {}
    parent: dict[str, str | None] = {}
    out.stack_indent = indent
    stacked_parent = {par[i]: i for i in blocks}
    for j, key in enumerate(keys):
        i = j + 1
        p = par[i]
        if i in blocks:
            leaves = blocks[i]
            col_w = max(map(itemgetter(0), leaf_sizes[i]))
            pk = keys[p - 1]
            out.stacked[pk] = leaves
            out.stack_columns[pk] = [[leaves[q] for q in col] for col in columns[i]]
            for c, col in enumerate(columns[i]):
                x0 = lefts[j] + indent + c * (col_w + indent)
                y = tops[dep[j]]
                for q in col:
                    w, h = leaf_sizes[i][q]
                    boxes[leaves[q]] = Box(x0, y, w, h)
                    depth[leaves[q]] = dep[j]
                    parent[leaves[q]] = pk
                    y += h + gap
            continue
        w = real_w[i]
        # A stacked family's parent keeps the left edge of its column; others are centred.
        x = lefts[j] if i in stacked_parent else lefts[j] + (ws[j] - w) / 2
        boxes[key] = Box(x, tops[dep[j]], w, hs[j])
        depth[key] = dep[j]
        parent[key] = keys[p - 1] if p > 0 else None
    order: list[str] = []
    stack = [0]
    while stack:
        v = stack.pop()
        if v in blocks:
            order.extend(blocks[v])
            continue
        if v:
            order.append(keys[v - 1])
        if first[v] >= 0:
            stack.extend(range(last[v], first[v] - 1, -1))
    out._facts = (depth, parent, order)

def drawn_roots(plan: Plan, root: str | None = None,
                keep: frozenset[str] | None = None) -> list[str]:
    """The top cards of a drawing: the plan's roots, or `root` alone (KeyError when unknown).

    With `keep` (a view of part of the plan), only the roots it holds.
    """
    if root is None:
        roots = plan.roots()
        return [r for r in roots if r in keep] if keep is not None else list(roots)
    if root not in plan.nodes:
        raise KeyError(root)
    return [root]


def plan_children(
    plan: Plan,
    collapsed: frozenset[str] | set[str] = frozenset(),
    max_depth: int | None = None,
    root: str | None = None,
    keep: frozenset[str] | None = None,
) -> tuple[list[str], dict[str, list[str]]]:
    """The drawn forest of a plan: its roots and each shown node's shown children.

    Collapsed nodes are drawn without their subtree; `max_depth` keeps depths
    0..max_depth (0 = the top row); `root` draws one node's subtree only;
    `keep`, when given, draws only the nodes it holds (an OPD's own tree).
    """
    roots = drawn_roots(plan, root, keep)
    shown: dict[str, list[str]] = {}
    nodes = plan.nodes
    if max_depth is None:  # no depth to track: the same walk, one key per step
        kids_of = plan.children
        known = nodes.__contains__ if keep is None else keep.__contains__
        todo = roots[::-1]
        pop = todo.pop
        push = todo.extend
        while todo:
            key = pop()
            if key in shown:
                continue
            kids = kids_of(key)
            if kids and key not in collapsed:
                kids = shown[key] = list(filter(known, kids))
                push(reversed(kids))
            else:
                shown[key] = []
        return roots, shown
    members = nodes if keep is None else keep
    stack = [(r, 0) for r in reversed(roots)]
    while stack:
        key, d = stack.pop()
        if key in shown:
            continue
        if key in collapsed or d >= max_depth:
            shown[key] = []
            continue
        kids = [k for k in plan.children(key) if k in members]
        shown[key] = kids
        stack.extend((k, d + 1) for k in reversed(kids))
    return roots, shown


def layout_plan(
    plan: Plan,
    style: CardStyle,
    collapsed: frozenset[str] | set[str] = frozenset(),
    max_depth: int | None = None,
    root: str | None = None,
    cards: CardCache | None = None,
    keep: frozenset[str] | None = None,
    **gaps: Any,
) -> Layout:
    """Lay out a plan's cards; pass a long-lived `cards` cache so that relayouts stay cheap."""
    # Walking the plan and measuring cards allocate as much as the layout: keep the
    # collector paused throughout (its full passes over an open editor's heap cost
    # more than the work itself).
    with paused_gc():
        roots, shown = plan_children(plan, collapsed, max_depth, root, keep)
        cache = cards if cards is not None else CardCache(plan, style)
        return layout_forest(roots, shown.__getitem__, cache.sizes_of(shown), **gaps)
