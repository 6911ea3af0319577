"""The forest the layout places, indexed breadth first into flat lists.

Each family gets consecutive indices and each depth a consecutive range under a
virtual root 0, so that the tidy layout (`layout.layout_forest`) works on a few
lists of ints and floats instead of objects per node. A key listed twice hangs
under the first parent reached breadth first, the shallowest one; a key met
again (a DAG, a cycle) is not expanded again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import accumulate, chain, compress, repeat

Index = tuple[list[str], list[int], list[int], list[int], list[int]]


def index_forest_stacking(roots: Sequence[str], children: Callable[[str], Sequence[str]],
                          blocks: dict[int, list[str]]) -> Index:
    """`index_forest` when leaf families are stacked: node by node, each family may become a column.

    A family of two or more leaves is indexed as one stand-in (its index is a
    key of `blocks`, which maps it to the leaves).
    """
    keys: list[str] = [""]
    par: list[int] = [-1]
    first: list[int] = [1 if roots else -1]  # first child, -1 for none
    last: list[int] = [0]  # last child
    seen: set[str] = set()
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
        if p and len(ch) >= 2:
            fresh = [c for c in ch if c not in seen]
            if len(set(fresh)) < len(fresh):  # a leaf listed twice has one place in the column
                fresh = list(dict.fromkeys(fresh))
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
    return keys, par, first, last, depth_start


def index_forest(roots: Sequence[str], children: Callable[[str], Sequence[str]]) -> Index:
    """Keys, parent, first and last child of each index, and where each depth starts.

    One depth at a time: the children of a whole row are fetched, checked for
    repeats and appended at once; a row that lists a key twice (or one already
    placed) is indexed family by family, the first parent winning.
    """
    keys: list[str] = [""]
    par: list[int] = [-1]
    fresh = list(dict.fromkeys(roots))
    keys += fresh
    par += [0] * len(fresh)
    first: list[int] = [1 if fresh else -1]
    last: list[int] = [len(fresh)]
    seen: set[str] = set(fresh)
    depth_start = [1]
    lo, hi = 1, len(keys)
    careful = False  # once a row repeats a key, every further row goes family by family
    while lo < hi:
        kids = list(map(children, keys[lo:hi]))
        flat = list(chain.from_iterable(kids))
        if not flat:  # a row of leaves (typically the last, and the largest)
            first += [-1] * (hi - lo)
            last += [-1] * (hi - lo)
            break
        if not careful:
            size = len(seen)
            seen.update(flat)
            if len(seen) - size < len(flat):  # a key seen before, or listed twice in this row
                seen = set(keys)
                seen.discard("")
                if "" in keys[1:]:
                    seen.add("")
                careful = True
        if not careful:
            keys += flat
            lens = list(map(len, kids))
            par += chain.from_iterable(map(repeat, compress(range(lo, hi), lens),
                                           filter(None, lens)))
            starts = list(accumulate(lens, initial=hi))
            ends = starts[1:]
            del starts[-1]
            first += [s if s < e else -1 for s, e in zip(starts, ends, strict=True)]
            last += [e - 1 if s < e else -1 for s, e in zip(starts, ends, strict=True)]
        else:
            for p, ch in zip(range(lo, hi), kids, strict=True):
                fresh = [c for c in ch if c not in seen]
                if len(fresh) < len(ch) or len(set(fresh)) < len(fresh):  # repeats: first wins
                    fresh = list(dict.fromkeys(fresh))
                if fresh:
                    seen.update(fresh)
                    first.append(len(keys))
                    keys += fresh
                    par += [p] * len(fresh)
                    last.append(len(keys) - 1)
                else:
                    first.append(-1)
                    last.append(-1)
        lo, hi = hi, len(keys)
        if lo < hi:
            depth_start.append(lo)
    return keys, par, first, last, depth_start
