"""The far overview at pixel resolution: what 20,000 tiny cards and edges look like, in few shapes.

Far out, a card is a fraction of a pixel wide and thousands of cards share a
pixel column. Filling each card (and stroking each edge) costs a Python call
apiece, about 50 ms a frame and 100-150 ms to prepare after every edit. Here
the cards of one colour and row are merged per device-pixel column (each column
as tall as its tallest card there, so the ragged bottoms still show), and edges
that land on the same pixels are drawn once. The picture is the same at that
size; the calls are a few thousand.

Plain Python on the boxes' tuples (x, y, w, h in scene units), so that it is
tested without Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from math import floor

Rect = tuple[float, float, float, float]


def column_runs(boxes: Iterable[Sequence[float]], px: float, x_lo: float, x_hi: float,
                min_cols: int = 1) -> list[Rect]:
    """The union of `boxes`, cut to [x_lo, x_hi] and rounded to columns `px` scene units wide.

    Each box covers the columns it touches and at least `min_cols` of them from
    its first (so that the narrowest card still leaves a mark). Boxes of one row
    share a top; a column is as tall as its tallest box. Runs of columns of
    equal height come back as one rectangle (x, y, w, h).
    """
    if px <= 0 or x_hi < x_lo:
        return []
    inv = 1.0 / px
    first = floor(x_lo * inv)
    n = floor(x_hi * inv) - first + 1
    reach = min_cols - 1
    rows: dict[float, list[float]] = {}  # top -> bottom per column (0.0: empty)
    # Boxes narrower than min_cols, by their first column; widened once per row below
    # (far out nearly every box is one, and each would otherwise fill min_cols columns).
    narrow: dict[float, list[float]] = {}
    for x, y, w, h in boxes:
        right = x + w
        if right < x_lo or x > x_hi:
            continue
        c0 = floor(x * inv) - first
        c1 = floor(right * inv) - first
        bottom = y + h
        if c1 - c0 < reach:
            if c0 >= 0:
                cols = narrow.get(y)
                if cols is None:
                    cols = narrow[y] = [0.0] * n
                if cols[c0] < bottom:
                    cols[c0] = bottom
                continue
            c1 = c0 + reach  # starts left of the area: only its widened part may show
            if c1 < 0:
                continue
        cols = rows.get(y)
        if cols is None:
            cols = rows[y] = [0.0] * n
        if c0 < 0:
            c0 = 0
        if c1 >= n:
            c1 = n - 1
        if c0 == c1:
            if cols[c0] < bottom:
                cols[c0] = bottom
        else:
            for c in range(c0, c1 + 1):
                if cols[c] < bottom:
                    cols[c] = bottom
    for top, starts in narrow.items():
        wide = _widen(starts, min_cols)
        cols = rows.get(top)
        rows[top] = wide if cols is None else list(map(max, cols, wide))
    out: list[Rect] = []
    for top, cols in rows.items():
        start = 0
        while start < n:
            b = cols[start]
            end = start + 1
            while end < n and cols[end] == b:
                end += 1
            if b:
                out.append(((first + start) * px, top, (end - start) * px, b - top))
            start = end
    return out


def _widen(cols: list[float], k: int) -> list[float]:
    """Each column as tall as the tallest of itself and the k - 1 columns to its left."""
    out = cols[:]
    for shift in range(1, k):
        for c in range(shift, len(cols)):
            v = cols[c - shift]
            if v > out[c]:
                out[c] = v
    return out


def edge_lines(pairs: Iterable[tuple[Sequence[float] | None, Sequence[float] | None]],
               px: float, x_lo: float, x_hi: float) -> list[Rect]:
    """Parent-to-child lines (bottom centre to top centre), one per child pixel column.

    `pairs` gives (parent's box, child's box), a family's children one after the
    other from left to right (a pair with a None is skipped); a child that lands
    in the column of the sibling before it adds no line. Returns (x1, y1, x2, y2)
    in scene units, at column centres; lines wholly to one side of [x_lo, x_hi]
    are left out.
    """
    if px <= 0:
        return []
    inv = 1.0 / px
    half = px / 2
    out: list[Rect] = []
    emit = out.append
    last_parent = None
    x1 = y1 = a = 0.0
    prev = None
    for pb, cb in pairs:
        if pb is None or cb is None:
            continue
        if pb is not last_parent:
            last_parent = pb
            a = pb[0] + pb[2] / 2
            x1 = floor(a * inv) * px + half
            y1 = pb[1] + pb[3]
            prev = None
        x, y, w, _ = cb
        b = x + w / 2
        if (a < x_lo and b < x_lo) or (a > x_hi and b > x_hi):
            continue
        c = floor(b * inv)
        if c != prev:
            emit((x1, y1, c * px + half, y))
            prev = c
    return out
