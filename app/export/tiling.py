"""Cutting a drawing into pages at 100 % so that no card is split.

The drawing is first cut across, between depth rows, into bands as tall as a
page allows; each band is then cut down its length at x positions where no
card of the band lies, so every card lands whole on exactly one page. Within a
band the pages touch edge to edge (a poster can be assembled band by band);
a band that cannot be cut (cards of its rows leave no common gap within a
page width) is retried with fewer rows, and a row that alone is too tall or a
card wider than a page is printed scaled down rather than cut.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from app.geometry.layout import Layout

MARK_ROOM = 22.0  # above and below a band: room for "dari hal." / "lanjut ke hal." marks
SIDE_ROOM = 14.0  # left and right: room for the side marks


@dataclass(frozen=True)
class Tile:
    """One page's window on the drawing: rows first..last, x from x0 to x1, at `scale`."""

    band: int  # 0-based band (row of pages)
    column: int  # 0-based page within the band
    first_row: int
    last_row: int
    x0: float
    x1: float
    y0: float
    y1: float
    scale: float = 1.0


def union_intervals(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Merge overlapping or touching [a, b] intervals; input need not be sorted."""
    out: list[tuple[float, float]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def cut_columns(union: list[tuple[float, float]], width: float) -> list[tuple[float, float]] | None:
    """Page windows [x0, x1], left to right, each at most `width` wide, holding whole intervals.

    Neighbouring windows touch (the cut lies in the gap between two cards)
    unless the gap is wider than what is left of the page: then the empty
    stretch is skipped. None when an interval (a run of cards with no gap) is
    wider than `width`.
    """
    if not union:
        return []
    ends = [b for _, b in union]
    windows: list[tuple[float, float]] = []
    x = union[0][0]
    i = 0  # first interval not yet on a page
    n = len(union)
    while i < n:
        limit = x + width
        j = bisect_right(ends, limit) - 1  # last interval ending within the page
        if j < i:
            return None
        if j == n - 1:
            windows.append((x, union[-1][1]))
            break
        nxt = union[j + 1][0]
        if nxt <= limit:
            windows.append((x, nxt))  # cut in the gap, as far right as the page allows
            x = nxt
        else:
            windows.append((x, limit))
            x = nxt  # nothing between: the next page starts at the next card
        i = j + 1
    return windows


SPINE_PAD = 2.0  # a cut left of a stacked column's spine keeps this much clear of the line


def row_intervals(layout: Layout) -> list[list[tuple[float, float]]]:
    """Each depth row's card extents [x, right].

    A stacked leaf's extent starts at its column's spine (the line down the
    left of the column, with a tick into each card): a cut between two columns
    then falls left of the spine, so the spine and its ticks print on the page
    of the cards they join instead of on the neighbouring sheet.
    """
    rows: list[list[tuple[float, float]]] = [[] for _ in layout.row_tops]
    depth = layout.depth
    for key, box in layout.boxes.items():
        rows[depth[key]].append((box.x, box.x + box.w))
    if layout.stacked:
        reach = layout.stack_indent / 2 + SPINE_PAD
        for columns in layout.stack_columns.values():
            if not columns or not columns[0]:
                continue
            row = rows[depth[columns[0][0]]]
            row.extend((layout.boxes[col[0]].x - reach, layout.boxes[col[0]].x)
                       for col in columns if col)
    return rows


def tile_layout(layout: Layout, page_w: float, page_h: float) -> list[Tile]:
    """Bands of rows, each cut into page windows; band-major, left to right.

    The rows are grouped into bands so that the total page count is smallest
    (a few rows only, so every grouping is tried): a tall band saves pages when
    its rows leave common gaps, a thin one when they do not.
    """
    if not layout.boxes:
        return []
    win_w = page_w - 2 * SIDE_ROOM
    win_h = page_h - 2 * MARK_ROOM
    unions = [union_intervals(r) for r in row_intervals(layout)]
    tops, heights = layout.row_tops, layout.row_heights
    n_rows = len(tops)

    # cuts[a, b]: the page windows of a band of rows a..b (None: cannot be cut or too tall).
    cuts: dict[tuple[int, int], list[tuple[float, float]] | None] = {}
    for a in range(n_rows):
        merged: list[tuple[float, float]] = []
        for b in range(a, n_rows):
            if tops[b] + heights[b] - tops[a] > win_h and b > a:
                break
            merged = union_intervals(merged + unions[b])
            cuts[a, b] = cut_columns(merged, win_w) if tops[b] + heights[b] - tops[a] <= win_h \
                else None
            if cuts[a, b] is None and b > a:
                break
    # best[a]: (pages, bands, next band start) for rows a..end.
    inf = float("inf")
    best: list[tuple[float, int, int]] = [(inf, 0, 0)] * (n_rows + 1)
    best[n_rows] = (0, 0, n_rows)
    for a in range(n_rows - 1, -1, -1):
        for b in range(a, n_rows):
            if (a, b) not in cuts:
                break
            c = cuts[a, b]
            if c is None:
                if b == a:  # a row that cannot be cut at 100 %: printed scaled, one try only
                    best[a] = (best[a + 1][0] + 1e6, best[a + 1][1] + 1, a + 1)
                continue
            cand = (len(c) + best[b + 1][0], best[b + 1][1] + 1, b + 1)
            if cand[:2] < best[a][:2]:
                best[a] = cand
        if best[a][0] == inf:
            best[a] = (best[a + 1][0] + 1e6, best[a + 1][1] + 1, a + 1)

    tiles: list[Tile] = []
    band = 0
    a = 0
    while a < n_rows:
        b = best[a][2] - 1
        y0 = tops[a] - MARK_ROOM
        y1 = tops[b] + heights[b] + MARK_ROOM
        band_cuts = cuts.get((a, b))
        scale = 1.0
        if band_cuts is None:
            # A row taller than a page, or a card wider than one: print this row smaller.
            widest = max(bb - aa for aa, bb in unions[a])
            scale = min(1.0, win_w / widest if widest > win_w else 1.0,
                        page_h / (y1 - y0) if (y1 - y0) > page_h else 1.0)
            band_cuts = cut_columns(unions[a], win_w / scale)
            assert band_cuts is not None  # every single card fits once scaled
        for col, (wx0, wx1) in enumerate(band_cuts):
            tiles.append(Tile(band, col, a, b, wx0, wx1, y0, y1, scale))
        band += 1
        a = b + 1
    return tiles
