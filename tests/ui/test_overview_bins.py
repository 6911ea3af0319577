"""The far overview's pixel merging, against a plain pixel-by-pixel drawing of the same boxes."""

from __future__ import annotations

from math import floor

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ui.canvas.overview_bins import column_runs, edge_lines

ROW_TOPS = (0.0, 100.0, 250.0)


def _painted(rects, px: float, lo: float, hi: float) -> dict[tuple[float, int], float]:
    """(top, column) -> bottom of what filling `rects` covers, column by column."""
    out: dict[tuple[float, int], float] = {}
    for x, y, w, h in rects:
        inv = 1.0 / px
        for c in range(round(x * inv), round((x + w) * inv)):  # runs start and end on columns
            if floor(lo * inv) <= c <= floor(hi * inv):
                out[(y, c)] = max(out.get((y, c), 0.0), y + h)
    return out


def _expected(boxes, px: float, lo: float, hi: float, min_cols: int) -> dict[tuple[float, int], float]:
    out: dict[tuple[float, int], float] = {}
    inv = 1.0 / px  # columns are found by multiplying, as the code does (floats round alike)
    first, last = floor(lo * inv), floor(hi * inv)
    for x, y, w, h in boxes:
        if x + w < lo or x > hi:
            continue
        c0, c1 = floor(x * inv), floor((x + w) * inv)
        c1 = max(c1, c0 + min_cols - 1)
        for c in range(max(c0, first), min(c1, last) + 1):
            out[(y, c)] = max(out.get((y, c), 0.0), y + h)
    return out


boxes_st = st.lists(
    st.tuples(st.floats(0, 2000), st.sampled_from(ROW_TOPS), st.floats(0.5, 300), st.floats(1, 90)),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(boxes_st, st.sampled_from([0.5, 1.0, 7.0, 40.0, 333.0]), st.floats(-100, 1500),
       st.floats(10, 2500), st.integers(1, 4))
def test_column_runs_cover_exactly_the_columns_the_boxes_cover(boxes, px, lo, span, min_cols):
    hi = lo + span
    runs = column_runs(boxes, px, lo, hi, min_cols)
    assert _painted(runs, px, lo, hi) == _expected(boxes, px, lo, hi, min_cols)
    # Runs never overlap within a row.
    by_row: dict[float, list[tuple[float, float]]] = {}
    for x, y, w, _ in runs:
        by_row.setdefault(y, []).append((x, x + w))
    for spans in by_row.values():
        spans.sort()
        assert all(a[1] <= b[0] + 1e-6 for a, b in zip(spans, spans[1:], strict=False))


def test_far_out_thousands_of_cards_become_a_few_runs():
    # 5,000 cards 200 wide in one row, seen 1,000 scene units per pixel: about 1,000 columns.
    boxes = [(i * 224.0, 0.0, 200.0, 80.0 + (i % 3)) for i in range(5000)]
    runs = column_runs(boxes, 1000.0, 0.0, 5000 * 224.0, 4)
    assert 0 < len(runs) <= 1200
    assert min(r[0] for r in runs) == 0.0 and max(r[0] + r[2] for r in runs) >= 4999 * 224.0


def test_edge_lines_one_per_child_column_and_none_off_screen():
    parent = (100.0, 0.0, 200.0, 50.0)
    kids = [(x, 100.0, 10.0, 20.0) for x in (0.0, 2.0, 4.0, 300.0, 302.0)]
    lines = edge_lines([(parent, k) for k in kids], 100.0, -1000.0, 1000.0)
    assert len(lines) == 2  # columns 0 and 3
    assert {round(x2) for _, _, x2, _ in lines} == {50, 350}
    assert all(y1 == 50.0 and y2 == 100.0 for _, y1, _, y2 in lines)
    assert edge_lines([(parent, k) for k in kids], 100.0, 2000.0, 3000.0) == []
    assert edge_lines([(None, kids[0]), (parent, None)], 100.0, -1000.0, 1000.0) == []
