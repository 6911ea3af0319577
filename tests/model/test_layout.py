"""The tidy layout: no overlaps, parents centred, order kept, big and deep trees work."""

from __future__ import annotations

import random

import pytest

from app.geometry.card import CardStyle
from app.geometry.layout import Layout, layout_forest, layout_plan
from app.model.levels import DEFAULT_LEVELS
from app.model.plan import Indicator, Node, Plan


def random_forest(n: int, seed: int, roots: int = 1, span: int = 50):
    """A random forest of n nodes: node i hangs under one of the `span` nodes before it."""
    rng = random.Random(seed)
    kids: dict[str, list[str]] = {str(i): [] for i in range(n)}
    for i in range(roots, n):
        kids[str(rng.randrange(max(0, i - span), i))].append(str(i))
    sizes = {k: (rng.uniform(150, 320), rng.uniform(40, 220)) for k in kids}
    return [str(i) for i in range(roots)], kids, sizes


def assert_no_overlap(layout: Layout, eps: float = 1e-6) -> None:
    """Sweep each row left to right: every box must end before the next begins."""
    rows: dict[int, list] = {}
    for key, box in layout.boxes.items():
        rows.setdefault(layout.depth[key], []).append(box)
    for boxes in rows.values():
        boxes.sort(key=lambda b: b.x)
        for a, b in zip(boxes, boxes[1:], strict=False):
            assert a.right <= b.x + eps, (a, b)
    # Rows themselves never overlap vertically.
    tops = layout.row_tops
    for d in range(len(tops) - 1):
        assert tops[d] + layout.row_heights[d] <= tops[d + 1]


def assert_tidy(layout: Layout, roots, kids, sizes, h_gap=24.0, subtree_gap=48.0) -> None:
    assert_no_overlap(layout)
    for key, box in layout.boxes.items():
        assert (box.w, box.h) == pytest.approx(sizes[key])
        assert box.y == layout.row_tops[layout.depth[key]]
        assert box.x >= -1e-6 and box.right <= layout.width + 1e-6
        assert box.bottom <= layout.height + 1e-6
        ch = kids[key]
        if ch:
            first, last = layout.boxes[ch[0]], layout.boxes[ch[-1]]
            assert box.cx == pytest.approx((first.cx + last.cx) / 2, abs=1e-6)
            xs = [layout.boxes[c].x for c in ch]
            assert xs == sorted(xs)  # order preserved
            for a, b in zip(ch, ch[1:], strict=False):  # siblings at least h_gap apart
                assert layout.boxes[b].x - layout.boxes[a].right >= h_gap - 1e-6
    top = [layout.boxes[r].x for r in roots]
    assert top == sorted(top)


def test_small_tree_exact_positions():
    kids = {"a": ["b", "c"], "b": [], "c": []}
    lay = layout_forest(["a"], kids.__getitem__, lambda k: (100, 40), h_gap=20, v_gap=30)
    assert lay.boxes["b"].x == 0 and lay.boxes["c"].x == 120
    assert lay.boxes["a"].x == 60 and lay.boxes["a"].y == 0
    assert lay.boxes["b"].y == 70
    assert lay.width == 220 and lay.height == 110
    assert lay.depth == {"a": 0, "b": 1, "c": 1}
    assert list(lay.edges()) == [("a", "b"), ("a", "c")]


def test_rows_as_tall_as_tallest_card():
    kids = {"a": ["b", "c"], "b": ["d"], "c": [], "d": []}
    h = {"a": 50, "b": 80, "c": 200, "d": 10}
    lay = layout_forest(["a"], kids.__getitem__, lambda k: (100, h[k]), v_gap=10)
    assert lay.row_heights == [50, 200, 10]
    assert lay.boxes["d"].y == 50 + 10 + 200 + 10


@pytest.mark.parametrize("seed", range(12))
def test_random_small_forests_are_tidy(seed):
    roots, kids, sizes = random_forest(60 + seed * 7, seed, roots=1 + seed % 3, span=1 + seed * 3)
    lay = layout_forest(roots, kids.__getitem__, sizes.__getitem__)
    assert set(lay.boxes) == set(kids)
    assert_tidy(lay, roots, kids, sizes)


def test_wide_gaps_between_families():
    """Cousins keep subtree_gap; a narrow middle subtree does not let neighbours collide."""
    kids = {"r": ["a", "b", "c"], "a": ["a1", "a2"], "b": [], "c": ["c1", "c2"]}
    for k in ("a1", "a2", "c1", "c2"):
        kids[k] = []
    lay = layout_forest(["r"], kids.__getitem__, lambda k: (100, 30), h_gap=10, subtree_gap=40)
    assert lay.boxes["c1"].x - lay.boxes["a2"].right >= 40
    assert_tidy(lay, ["r"], kids, {k: (100, 30) for k in kids}, h_gap=10, subtree_gap=40)


def test_twenty_thousand_random_nodes():
    roots, kids, sizes = random_forest(20_000, 7, roots=3)
    lay = layout_forest(roots, kids.__getitem__, sizes.__getitem__)
    assert len(lay.boxes) == 20_000
    assert_tidy(lay, roots, kids, sizes)


@pytest.mark.parametrize("depth", [5_000, 20_000])
def test_deep_chain(depth):
    kids = {str(i): [str(i + 1)] for i in range(depth - 1)}
    kids[str(depth - 1)] = []
    lay = layout_forest(["0"], kids.__getitem__, lambda k: (120, 40), v_gap=10)
    assert len(lay.boxes) == depth
    assert lay.height == depth * 40 + (depth - 1) * 10
    assert {b.x for b in lay.boxes.values()} == {0.0}


def test_repeated_key_drawn_once():
    kids = {"a": ["b", "c"], "b": ["c"], "c": ["a"]}
    lay = layout_forest(["a"], kids.__getitem__, lambda k: (50, 20))
    assert sorted(lay.boxes) == ["a", "b", "c"]
    assert lay.parent == {"a": None, "b": "a", "c": "a"}
    assert lay.order == ["a", "b", "c"]


def test_empty_forest():
    lay = layout_forest([], lambda k: [], lambda k: (1, 1))
    assert lay.boxes == {} and lay.width == 0 and lay.height == 0


def _plan() -> Plan:
    plan = Plan("RPD Uji", "Kota Uji")
    nodes = [
        Node("T1", DEFAULT_LEVELS[0], "Meningkatnya kesejahteraan masyarakat"),
        Node("S1", DEFAULT_LEVELS[1], "Menurunnya angka kemiskinan", parent="T1"),
        Node("S2", DEFAULT_LEVELS[1], "Meningkatnya pertumbuhan ekonomi", parent="T1"),
        Node("P1", DEFAULT_LEVELS[2], "Meningkatnya layanan sosial", ("Dinas Sosial",), parent="S1",
             indicators=(Indicator("Persentase PPKS tertangani", "outcome", "%", "naik", 70,
                                   {2024: 72, 2025: 74, 2026: 75}),)),
        Node("P2", DEFAULT_LEVELS[2], "Meningkatnya investasi", ("DPMPTSP",), parent="S2"),
    ]
    plan.load_nodes(nodes)
    return plan


def test_layout_plan_collapse_depth_root():
    plan = _plan()
    style = CardStyle()
    full = layout_plan(plan, style)
    assert set(full.boxes) == set(plan.nodes)
    assert full.boxes["P1"].h > full.boxes["P2"].h  # the indicator makes the card taller
    assert set(layout_plan(plan, style, collapsed=frozenset({"S1"})).boxes) == {"T1", "S1", "S2", "P2"}
    assert set(layout_plan(plan, style, max_depth=1).boxes) == {"T1", "S1", "S2"}
    sub = layout_plan(plan, style, root="S2")
    assert set(sub.boxes) == {"S2", "P2"} and sub.boxes["S2"].y == 0
    with pytest.raises(KeyError):
        layout_plan(plan, style, root="nope")


def assert_no_overlap_2d(layout: Layout, eps: float = 1e-6) -> None:
    """Sweep by x; boxes whose x ranges meet must be apart in y."""
    boxes = sorted(layout.boxes.values())
    active: list = []
    for b in boxes:
        active = [a for a in active if a.right > b.x + eps]
        for a in active:
            assert a.bottom <= b.y + eps or b.bottom <= a.y + eps, (a, b)
        active.append(b)


@pytest.mark.parametrize("seed", range(8))
def test_stacked_leaves(seed):
    roots, kids, sizes = random_forest(300, seed, roots=2, span=6)
    lay = layout_forest(roots, kids.__getitem__, sizes.__getitem__, stack_leaves=True,
                        stack_indent=30, stack_gap=10)
    assert set(lay.boxes) == set(kids)
    assert sorted(lay.order) == sorted(kids) and len(lay.order) == len(kids)
    assert_no_overlap_2d(lay)
    assert lay.stacked
    for parent, leaves in lay.stacked.items():
        assert leaves == [c for c in kids[parent]] and len(leaves) >= 2
        assert all(not kids[c] for c in leaves)
        pb = lay.boxes[parent]
        col = [lay.boxes[c] for c in leaves]
        assert all(b.x == pytest.approx(pb.x + 30) for b in col)  # under the parent, indented
        assert col[0].y == lay.row_tops[lay.depth[parent] + 1]
        for a, b in zip(col, col[1:], strict=False):
            assert b.y == pytest.approx(a.bottom + 10)
        row = lay.depth[parent] + 1
        assert lay.row_tops[row] + lay.row_heights[row] >= col[-1].bottom - 1e-6
        assert {lay.parent[c] for c in leaves} == {parent}
    # Other families stay tidy: the parent centred over its first and last child, a
    # stacked parent counting as wide as its column.
    def centre(k):
        b = lay.boxes[k]
        if k in lay.stacked:
            return b.x + max(b.w, max(lay.boxes[c].right for c in lay.stacked[k]) - b.x) / 2
        return b.cx

    for key, ch in kids.items():
        if ch and key not in lay.stacked:
            assert centre(key) == pytest.approx((centre(ch[0]) + centre(ch[-1])) / 2, abs=1e-6)
    assert lay.width >= max(b.right for b in lay.boxes.values()) - 1e-6


def test_stacking_makes_a_wide_tree_narrow():
    kids = {"r": [f"k{i}" for i in range(5)]}
    for i in range(5):
        kids[f"k{i}"] = [f"s{i}-{j}" for j in range(6)]
        for j in range(6):
            kids[f"s{i}-{j}"] = []
    flat = layout_forest(["r"], kids.__getitem__, lambda k: (200, 60))
    stacked = layout_forest(["r"], kids.__getitem__, lambda k: (200, 60), stack_leaves=True)
    assert stacked.width * 4 < flat.width
    assert stacked.height > flat.height


def test_tall_stacks_continue_in_next_columns():
    kids = {"r": ["k"], "k": [f"s{j}" for j in range(7)]}
    for j in range(7):
        kids[f"s{j}"] = []
    lay = layout_forest(["r"], kids.__getitem__, lambda k: (200, 100), stack_leaves=True,
                        stack_indent=20, stack_gap=10, stack_max_height=330)
    cols = lay.stack_columns["k"]
    assert cols == [["s0", "s1", "s2"], ["s3", "s4", "s5"], ["s6"]]
    assert [c for col in cols for c in col] == lay.stacked["k"]
    assert [lay.boxes[col[0]].x for col in cols] == [lay.boxes["k"].x + 20, lay.boxes["k"].x + 240,
                                                     lay.boxes["k"].x + 460]
    assert max(lay.boxes[c].bottom for c in kids["k"]) - lay.row_tops[2] <= 330
    assert lay.row_heights[2] == 320
    assert_no_overlap_2d(lay)


def test_a_leaf_listed_twice_in_a_stacked_family_is_drawn_once():
    """A key met a second time is drawn once, in a column too (not in two slots of it)."""
    kids = {"r": ["a", "c"], "a": ["b", "b", "d"], "b": [], "c": [], "d": []}
    lay = layout_forest(["r"], kids.__getitem__, lambda k: (100, 50), stack_leaves=True,
                        stack_gap=10)
    assert lay.stacked == {"a": ["b", "d"]}
    assert lay.stack_columns == {"a": [["b", "d"]]}
    assert lay.order == ["r", "a", "b", "d", "c"]
    assert lay.boxes["d"].y == lay.boxes["b"].bottom + 10
    assert lay.row_heights == [50, 50, 110]
    # One leaf listed twice is one child: nothing to stack.
    kids = {"r": ["a"], "a": ["b", "b"], "b": []}
    lay = layout_forest(["r"], kids.__getitem__, lambda k: (100, 50), stack_leaves=True)
    assert lay.stacked == {} and lay.order == ["r", "a", "b"]
    assert lay.parent == {"r": None, "a": "r", "b": "a"}


def test_garbage_collector_left_as_found():
    import gc

    kids = {"a": ["b"], "b": []}
    assert gc.isenabled()
    layout_forest(["a"], kids.__getitem__, lambda k: (10, 10))
    assert gc.isenabled()
    gc.disable()
    try:
        layout_forest(["a"], kids.__getitem__, lambda k: (10, 10))
        assert not gc.isenabled()
        with pytest.raises(KeyError):
            layout_forest(["a"], {}.__getitem__, lambda k: (10, 10))
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(KeyError):
        layout_forest(["a"], {}.__getitem__, lambda k: (10, 10))
    assert gc.isenabled()
