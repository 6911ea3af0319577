"""The card and layout code as it was before it was made fast, kept to compare with.

Straightforward and slow on purpose: `test_reference.py` checks on random plans that
the fast code in `app.model` gives exactly (bit for bit) the same lines, sizes and
boxes as these.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from app.geometry.card import CardStyle, CardText, TextLine
from app.geometry.fontmetrics import ASCENT, DESCENT, LINE_FACTOR
from app.geometry.fontmetrics_data import AVERAGE_BOLD, AVERAGE_REGULAR, BOLD, REGULAR
from app.geometry.layout import Box, Layout
from app.geometry.palette import level_colour
from app.model.plan import Indicator, Node, Plan, Value
from app.util import indonesian as numbers

# --- text metrics --------------------------------------------------------------------

class _Widths(dict):
    """Width table that answers the average width for a character it does not know."""

    def __init__(self, table: dict[str, float], average: float) -> None:
        super().__init__(table)
        self.average = average

    def __missing__(self, key: str) -> float:
        return self.average


_REGULAR = _Widths(REGULAR, AVERAGE_REGULAR)
_BOLD = _Widths(BOLD, AVERAGE_BOLD)


def _table(bold: bool) -> tuple[dict[str, float], float]:
    return (_BOLD, AVERAGE_BOLD) if bold else (_REGULAR, AVERAGE_REGULAR)


def _raw_units(text: str, bold: bool) -> float:
    return sum(map((_BOLD if bold else _REGULAR).__getitem__, text))


@lru_cache(maxsize=65536)
def _units(text: str, bold: bool) -> float:
    return _raw_units(text, bold)


def ref_text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` in points (or pixels) at font `size`; unknown characters count as average."""
    if len(text) > 64:
        return _raw_units(text, bold) * size / 1000.0
    return _units(text, bold) * size / 1000.0


def line_height(size: float) -> float:
    """Pitch between two baselines of wrapped text at `size`."""
    return size * LINE_FACTOR


def _hard_break(word: str, limit: float, bold: bool) -> list[str]:
    """Cut a word wider than the line into pieces that fit (at least one character each)."""
    table, avg = _table(bold)
    pieces: list[str] = []
    start = 0
    used = 0.0
    for i, ch in enumerate(word):
        w = table.get(ch, avg)
        if used + w > limit and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def ref_wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy wrap of `text` into lines no wider than `width` at font `size`.

    Breaks at spaces (runs of whitespace count as one space) and at explicit
    newlines; a word longer than a whole line is cut where it overflows. Empty
    text gives no lines. Results are cached: OPD names, indicator names and
    value lines repeat across a plan.
    """
    if size <= 0:
        raise ValueError("size must be positive")
    return list(_wrap(text, width, size, bold))


@lru_cache(maxsize=32768)
def _wrap(text: str, width: float, size: float, bold: bool) -> tuple[str, ...]:
    limit = width * 1000.0 / size  # the line width in font units
    space = _table(bold)[0][" "]
    if "\n" not in text and len(text) <= 64:
        words = text.split()
        one = " ".join(words)
        if _units(one, bold) <= limit:
            return (one,) if words else ()
    lines: list[str] = []
    for para in text.split("\n"):
        words = para.split()
        if not words:
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = _units(word, bold) if len(word) <= 64 else _raw_units(word, bold)
            if w > limit:
                if current:
                    lines.append(" ".join(current))
                pieces = _hard_break(word, limit, bold)
                lines.extend(pieces[:-1])
                current = [pieces[-1]]
                used = _raw_units(pieces[-1], bold)
                continue
            if current and used + space + w <= limit:
                current.append(word)
                used += space + w
            elif current:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                current, used = [word], w
        if current:
            lines.append(" ".join(current))
    return tuple(lines)


def ref_ellipsize(lines: list[str], max_lines: int, width: float, size: float, bold: bool = False) -> list[str]:
    """Keep at most `max_lines` lines; when text was dropped, end the last kept line with "…"."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and ref_text_width(last + " …", size, bold) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + " …" if last else "…"
    return kept


# --- the card ------------------------------------------------------------------------

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


def ref_card_text(node: Node, plan: Plan, style: CardStyle) -> CardText:
    """Lay out one node's card: strip, statement, OPD(s), indicators, each line placed."""
    inner = style.inner_width
    x = style.pad
    lines: list[TextLine] = []
    rules: list[float] = []

    strip = strip_text(node)
    strip_lines = ref_wrap(strip, inner - style.badge_room, style.strip_size, True)
    strip_label = ref_ellipsize(strip_lines, 1, inner - style.badge_room, style.strip_size, True)
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
    st = ref_wrap(statement, inner, style.statement_size, style.statement_bold)
    if style.compact:
        st = ref_ellipsize(st, style.compact_lines, inner, style.statement_size, style.statement_bold)
    put(st, style.statement_size, style.statement_bold, "statement")

    if node.opds:
        y += 2
        opd = ref_wrap("; ".join(node.opds), inner, style.opd_size)
        if style.compact:
            opd = ref_ellipsize(opd, 1, inner, style.opd_size)
        put(opd, style.opd_size, False, "opd")

    if node.indicators and not style.compact:
        y += style.section_gap
        rules.append(y)
        y += style.section_gap
        years = plan.years
        for i, ind in enumerate(node.indicators):
            if i:
                y += style.indicator_gap
            put(ref_wrap(indicator_name(ind), inner, style.indicator_size), style.indicator_size, False,
                "indicator")
            put(ref_wrap(indicator_values(ind, years), inner, style.indicator_size, True), style.indicator_size,
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




# --- the layout ------------------------------------------------------------------------


def ref_layout_forest(roots, children, size, h_gap=24, v_gap=56, subtree_gap=48,
                      stack_leaves=False, stack_indent=28, stack_gap=14,
                      stack_max_height=float("inf")) -> Layout:
    """The former `layout_forest` (same garbage-collector pause)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _layout_forest(roots, children, size, h_gap, v_gap, subtree_gap, stack_leaves,
                              stack_indent, stack_gap, stack_max_height)
    finally:
        if paused:
            gc.enable()


def _layout_forest(
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
) -> Layout:
    """See `layout_forest`."""
    # Index the forest breadth first under a virtual root 0: each family gets
    # consecutive indices and each depth a consecutive range, so the tree is a
    # few flat lists (no list per node). A key listed twice hangs under the
    # first parent reached breadth first, the shallowest one.
    keys: list[str] = [""]
    par: list[int] = [-1]
    first: list[int] = [1 if roots else -1]  # first child, -1 for none
    last: list[int] = [0]  # last child
    seen: set[str] = set()
    blocks: dict[int, list[str]] = {}  # index of a stacked column -> its leaves
    depth_start = [1]
    add_key = keys.append
    add_par = par.append
    p = 0
    next_depth = 1  # first index of the depth below the one being expanded
    while p < len(keys):
        if p == next_depth:
            depth_start.append(p)
            next_depth = len(keys)
        ch = roots if p == 0 else children(keys[p]) if p not in blocks else ()
        lo = len(keys)
        if stack_leaves and p and len(ch) >= 2:
            fresh = [c for c in ch if c not in seen]
            if len(fresh) >= 2 and not any(children(c) for c in fresh):
                seen.update(fresh)
                blocks[lo] = fresh
                add_key("")  # the column stands in for the leaves during the layout
                add_par(p)
                ch = ()
        if ch:
            fresh = [c for c in ch if c not in seen]
            if len(fresh) < len(ch) or len(set(fresh)) < len(fresh):  # repeats: first wins
                fresh = list(dict.fromkeys(fresh))
            seen.update(fresh)
            keys.extend(fresh)
            par.extend([p] * len(fresh))
        hi = len(keys)
        if p:
            if hi > lo:
                first.append(lo)
                last.append(hi - 1)
            else:
                first.append(-1)
                last.append(-1)
        else:
            last[0] = hi - 1
            next_depth = hi
        p += 1
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
            col_w = max(w for w, _ in leaf_sizes[i])
            height = max(sum(leaf_sizes[i][q][1] for q in col) + stack_gap * (len(col) - 1)
                         for col in cols)
            # The block is at least as wide as its parent, so that both share a left edge.
            sizes[i] = (max(len(cols) * (stack_indent + col_w), sizes[par[i]][0]), height)
        real_w = [w for w, _ in sizes]
        for i in blocks:  # a parent is as wide as its column for the spacing
            p = par[i]
            sizes[p] = (sizes[i][0], sizes[p][1])
    else:
        sizes += map(size, keys[1:])
    ws, hs = (list(t) for t in zip(*sizes, strict=True))

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
    order_v: list[int] = []
    for d in range(max_d, -1, -1):
        order_v.extend(range(bounds[d], bounds[d + 1]))
    order_v.append(0)
    for v in order_v:
        p = par[v]
        fc = first[v]
        if p >= 0 and v != first[p]:
            left = v - 1
            gap = h_gap if p else subtree_gap
            placed = prelim[left] + (ws[left] + ws[v]) / 2 + gap
        else:
            left = -1
            placed = 0.0
        if fc < 0:
            prelim[v] = placed
        else:
            # execute shifts
            s = 0.0
            c = 0.0
            for w in range(last[v], fc - 1, -1):
                prelim[w] += s
                mod[w] += s
                c += change[w]
                s += shift[w] + c
            mid = (prelim[fc] + prelim[last[v]]) / 2
            if left >= 0:
                prelim[v] = placed
                mod[v] = placed - mid
            else:
                prelim[v] = mid
        if left < 0:
            if p >= 0:
                default_anc[p] = v
            continue
        # apportion(v): push v's subtree right until its left contour clears the
        # right contour of its left siblings' subtrees, row by row.
        vip = vop = v
        vim = left
        vom = first[p]
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

    # --- second walk: absolute centres (parents before children, summing modifiers) ---
    xs = prelim[:]
    msum = [0.0] * n
    for v in range(bounds[1], n):
        p = par[v]
        m = msum[p] + mod[p]
        msum[v] = m
        xs[v] += m

    # --- rows by depth --------------------------------------------------------------
    row_h = [max(hs[bounds[d] : bounds[d + 1]]) for d in range(max_d + 1)]
    row_top = [0.0] * (max_d + 1)
    y = 0.0
    for d in range(max_d + 1):
        row_top[d] = y
        y += row_h[d] + v_gap

    del keys[0], xs[0], ws[0], hs[0], dep[0]
    lefts = [x - w / 2 for x, w in zip(xs, ws, strict=True)]
    shift_x = min(lefts)
    if shift_x:
        lefts = [x - shift_x for x in lefts]
    out = Layout(row_tops=row_top, row_heights=row_h)
    out.width = max(x + w for x, w in zip(lefts, ws, strict=True))
    out.height = y - v_gap
    if blocks:
        _unstack(out, keys, par, dep, lefts, ws, hs, real_w, blocks, leaf_sizes, columns, first,
                 last, stack_indent, stack_gap)
        return out
    tops = [row_top[d] for d in dep]
    make = partial(tuple.__new__, Box)
    out.boxes = dict(zip(keys, map(make, zip(lefts, tops, ws, hs, strict=True)), strict=True))
    depth = dict(zip(keys, dep, strict=True))
    pkeys = [None] + keys
    parent = dict(zip(keys, [pkeys[p] for p in par[1:]], strict=True))
    order: list[str] = []
    stack = [0]
    while stack:
        v = stack.pop()
        if v:
            order.append(keys[v - 1])
        if first[v] >= 0:
            stack.extend(range(last[v], first[v] - 1, -1))
    out.tree_facts = lambda: (depth, parent, order)
    return out


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
    depth: dict = {}
    parent: dict = {}
    out.stack_indent = indent
    stacked_parent = {par[i]: i for i in blocks}
    for j, key in enumerate(keys):
        i = j + 1
        p = par[i]
        if i in blocks:
            leaves = blocks[i]
            col_w = max(w for w, _ in leaf_sizes[i])
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
    out.tree_facts = lambda: (depth, parent, order)


def ref_plan_children(
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
