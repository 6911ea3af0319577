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
from typing import NamedTuple

from .card import CardCache, CardStyle
from .plan import Plan


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
    """Where every shown node goes. `order` is the pre-order of the drawn forest."""

    boxes: dict[str, Box] = field(default_factory=dict)
    depth: dict[str, int] = field(default_factory=dict)
    parent: dict[str, str | None] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    row_tops: list[float] = field(default_factory=list)
    row_heights: list[float] = field(default_factory=list)
    width: float = 0.0
    height: float = 0.0

    def children(self, key: str) -> list[str]:
        """Drawn main children of `key`, in order (linear scan; build a map for many calls)."""
        return [k for k in self.order if self.parent.get(k) == key]

    def edges(self) -> Iterable[tuple[str, str]]:
        """(parent, child) pairs of the drawn tree."""
        for k in self.order:
            p = self.parent[k]
            if p is not None:
                yield p, k


def layout_forest(
    roots: Sequence[str],
    children: Callable[[str], Sequence[str]],
    size: Callable[[str], tuple[float, float]],
    h_gap: float = 24,
    v_gap: float = 56,
    subtree_gap: float = 48,
) -> Layout:
    """Place the trees under `roots` side by side, top-down, tidy.

    `h_gap` separates siblings, `subtree_gap` separates nodes of different
    families (and the roots' trees), `v_gap` separates depth rows. A key met a
    second time (a DAG or a cycle in `children`) is drawn once, where first met in
    pre-order.
    """
    # Index the forest under a virtual root 0 (pre-order, iterative).
    keys: list[str] = [""]
    par: list[int] = [-1]
    kids: list[list[int]] = [[]]
    num: list[int] = [0]  # 0-based position among siblings
    dep: list[int] = [-1]
    seen: set[str] = set()
    stack: list[tuple[str, int]] = [(r, 0) for r in reversed(roots)]
    while stack:
        key, p = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        i = len(keys)
        keys.append(key)
        par.append(p)
        num.append(len(kids[p]))
        kids[p].append(i)
        kids.append([])
        dep.append(dep[p] + 1)
        for c in reversed(children(key)):
            if c not in seen:
                stack.append((c, i))
    n = len(keys)
    if n == 1:
        return Layout()
    # Kids were appended in pop order, which is the given order; nums match.

    ws = [0.0] * n
    hs = [0.0] * n
    for i in range(1, n):
        w, h = size(keys[i])
        ws[i] = float(w)
        hs[i] = float(h)

    prelim = [0.0] * n
    mod = [0.0] * n
    shift = [0.0] * n
    change = [0.0] * n
    thread = [-1] * n
    ancestor = list(range(n))
    default_anc = [0] * n  # per parent, the "defaultAncestor" while its kids are placed

    def sep(a: int, b: int) -> float:
        gap = h_gap if (par[a] == par[b] and par[a] != 0) else subtree_gap
        return (ws[a] + ws[b]) / 2 + gap

    # --- first walk: post-order; a node is finished when all its kids are -------------
    post: list[int] = []
    stack2 = [0]
    while stack2:
        v = stack2.pop()
        post.append(v)
        stack2.extend(kids[v])
    post.reverse()  # children before parents; siblings left to right

    for v in post:
        ch = kids[v]
        p = par[v]
        left = kids[p][num[v] - 1] if p >= 0 and num[v] > 0 else -1
        if not ch:
            prelim[v] = prelim[left] + sep(left, v) if left >= 0 else 0.0
        else:
            # execute shifts
            s = 0.0
            c = 0.0
            for w in reversed(ch):
                prelim[w] += s
                mod[w] += s
                c += change[w]
                s += shift[w] + c
            mid = (prelim[ch[0]] + prelim[ch[-1]]) / 2
            if left >= 0:
                prelim[v] = prelim[left] + sep(left, v)
                mod[v] = prelim[v] - mid
            else:
                prelim[v] = mid
        if p < 0:
            continue
        if num[v] == 0:
            default_anc[p] = v
            continue
        # apportion(v)
        vip = vop = v
        vim = left
        vom = kids[p][0]
        sip = mod[vip]
        sop = mod[vop]
        sim = mod[vim]
        som = mod[vom]
        while True:
            k = kids[vim]
            nr_vim = k[-1] if k else thread[vim]
            k = kids[vip]
            nl_vip = k[0] if k else thread[vip]
            if nr_vim < 0 or nl_vip < 0:
                break
            vim = nr_vim
            vip = nl_vip
            k = kids[vom]
            vom = k[0] if k else thread[vom]
            k = kids[vop]
            vop = k[-1] if k else thread[vop]
            ancestor[vop] = v
            d = (prelim[vim] + sim) - (prelim[vip] + sip) + (ws[vim] + ws[vip]) / 2 + subtree_gap
            if d > 0:
                a = ancestor[vim]
                if par[a] != p:
                    a = default_anc[p]
                subtrees = num[v] - num[a]
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
        k = kids[vim]
        nr_vim = k[-1] if k else thread[vim]
        k = kids[vop]
        nr_vop = k[-1] if k else thread[vop]
        if nr_vim >= 0 and nr_vop < 0:
            thread[vop] = nr_vim
            mod[vop] += sim - sop
        k = kids[vip]
        nl_vip = k[0] if k else thread[vip]
        k = kids[vom]
        nl_vom = k[0] if k else thread[vom]
        if nl_vip >= 0 and nl_vom < 0:
            thread[vom] = nl_vip
            mod[vom] += sip - som
            default_anc[p] = v

    # --- second walk: absolute centres (pre-order, summing modifiers) ----------------
    xs = [0.0] * n
    msum = [0.0] * n
    for v in reversed(post):  # parents before children
        p = par[v]
        m = msum[p] + mod[p] if p > 0 else 0.0
        msum[v] = m
        xs[v] = prelim[v] + m

    # --- rows by depth --------------------------------------------------------------
    max_d = max(dep)
    row_h = [0.0] * (max_d + 1)
    for i in range(1, n):
        d = dep[i]
        if hs[i] > row_h[d]:
            row_h[d] = hs[i]
    row_top = [0.0] * (max_d + 1)
    y = 0.0
    for d in range(max_d + 1):
        row_top[d] = y
        y += row_h[d] + v_gap
    left_edge = min(xs[i] - ws[i] / 2 for i in range(1, n))

    out = Layout(row_tops=row_top, row_heights=row_h)
    boxes = out.boxes
    depth = out.depth
    parent = out.parent
    right = 0.0
    for i in range(1, n):
        x = xs[i] - ws[i] / 2 - left_edge
        key = keys[i]
        boxes[key] = Box(x, row_top[dep[i]], ws[i], hs[i])
        depth[key] = dep[i]
        parent[key] = keys[par[i]] if par[i] > 0 else None
        if x + ws[i] > right:
            right = x + ws[i]
    out.order = keys[1:]
    out.width = right
    out.height = y - v_gap
    return out


def plan_children(
    plan: Plan,
    collapsed: frozenset[str] | set[str] = frozenset(),
    max_depth: int | None = None,
    root: str | None = None,
) -> tuple[list[str], dict[str, list[str]]]:
    """The drawn forest of a plan: its roots and each shown node's shown children.

    Collapsed nodes are drawn without their subtree; `max_depth` keeps depths
    0..max_depth (0 = the top row); `root` draws one node's subtree only.
    """
    if root is not None:
        if root not in plan.nodes:
            raise KeyError(root)
        roots = [root]
    else:
        roots = list(plan.roots())
    shown: dict[str, list[str]] = {}
    stack = [(r, 0) for r in reversed(roots)]
    while stack:
        key, d = stack.pop()
        if key in shown:
            continue
        if key in collapsed or (max_depth is not None and d >= max_depth):
            shown[key] = []
            continue
        kids = [k for k in plan.children(key) if k in plan.nodes]
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
    **gaps: float,
) -> Layout:
    """Lay out a plan's cards; pass a long-lived `cards` cache so that relayouts stay cheap."""
    roots, shown = plan_children(plan, collapsed, max_depth, root)
    cache = cards if cards is not None else CardCache(plan, style)
    return layout_forest(roots, shown.__getitem__, cache.size, **gaps)
