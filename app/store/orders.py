"""Sibling order as fractions: a node placed between two others gets a value between theirs.

With whole-number positions, putting a node first rewrote every sibling: two
writers reordering one family overwrote each other's positions (and, on a
server, locked the same rows in different orders: deadlocks). Here a write
changes the `ord` of the nodes that really moved and nothing else. Which
those are is found by comparing the family's order in the model with the
fractions this copy knows: the longest run of siblings whose known fractions
already rise in the model's order keeps them; the others get fresh values in
the gaps. Only when a gap has no room left between two doubles (after some
fifty placements into the same gap) is the whole family numbered again.

Two writers who place a node into the same gap at the same moment would pick
the same value; each writer's value is nudged by its own fraction
(`jitter`), so their nodes stay in a definite order, and ties that remain are
broken by key, as everywhere the order is read (ORDER BY parent, ord, key).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from app.model.plan import Plan
from app.util.sequences import longest_rising

from .known import ORD, PARENT


def _between(lo: float | None, hi: float | None, n: int, jitter: float) -> list[float] | None:
    """`n` rising values strictly between lo and hi (None: open end), or None when there is no room."""
    nudge = (jitter - 0.5) * 0.4  # within +-0.1 of a step
    if lo is None and hi is None:
        values = [i + 1.0 + nudge for i in range(n)]
    elif lo is None:
        values = [hi - (n - i) + nudge for i in range(n)]
    elif hi is None:
        values = [lo + i + 1.0 + nudge for i in range(n)]
    else:
        step = (hi - lo) / (n + 1)
        values = [lo + (hi - lo) * jitter] if n == 1 else [lo + step * (i + 1) for i in range(n)]
    bounds = [lo, *values, hi]
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a is not None and b is not None and not a < b:
            return None
    return values


def _kept(kids: list[str], marks: list, keeps: Callable[[str], bool] | None) -> set[int]:
    """Which siblings keep their known place: a longest run whose places already rise.

    With `keeps` (the siblings this writer may not write: another OPD's), those are
    kept first, as many as rise, and this writer's own nodes fill in around them,
    so that reordering one's own node never rewrites someone else's.
    """
    placed = [i for i, m in enumerate(marks) if m is not None]
    if keeps is None:
        return {placed[j] for j in longest_rising([marks[i] for i in placed])}
    fixed = [i for i in placed if keeps(kids[i])]
    keep = {fixed[j] for j in longest_rising([marks[i] for i in fixed])}
    anchors = [-1, *sorted(keep), len(kids)]
    for lo, hi in zip(anchors, anchors[1:], strict=False):
        low = marks[lo] if lo >= 0 else None
        high = marks[hi] if hi < len(kids) else None
        own = [i for i in placed if lo < i < hi and i not in keep
               and (low is None or marks[i] > low) and (high is None or marks[i] < high)]
        keep |= {own[j] for j in longest_rising([marks[i] for i in own])}
    return keep


def place(plan: Plan, parents: Iterable[str | None], known: Mapping[str, tuple],
          jitter: float, keeps: Callable[[str], bool] | None = None) -> dict[str, float]:
    """New `ord` values for the nodes of `parents`' families whose known place no longer fits.

    `known` maps keys to known rows (parent and ord are read from them); a node
    that is new, or known under another parent, always gets a value. `keeps`
    names the nodes whose place to keep if at all possible (see `_kept`).
    """
    out: dict[str, float] = {}
    for parent in set(parents):
        kids = plan.children(parent)
        marks: list[tuple | None] = []
        for k in kids:
            row = known.get(k)
            marks.append((row[ORD], k) if row is not None and row[PARENT] == parent else None)
        keep = _kept(kids, marks, keeps)
        assigned = _fill(kids, marks, keep, jitter)
        if assigned is None:  # no room left in a gap: number the family again
            assigned = {k: float(i + 1) for i, k in enumerate(kids)}
        out.update(assigned)
    return out


def _fill(kids: list[str], marks: list, keep: set[int], jitter: float) -> dict[str, float] | None:
    out: dict[str, float] = {}
    run: list[str] = []
    lo: float | None = None
    for i, k in enumerate(kids + [None]):  # type: ignore[operator]
        if i < len(kids) and i not in keep:
            run.append(k)
            continue
        hi = marks[i][0] if i < len(kids) else None
        if run:
            values = _between(lo, hi, len(run), jitter)
            if values is None:
                return None
            out.update(zip(run, values, strict=True))
            run = []
        lo = hi
    return out
