"""Tile, fit and section geometry from `plan_pages`: whole cards, inside pages, no overlaps."""

from __future__ import annotations

import re

import pytest

from app.export.forest import norm_opd
from app.export.pages import plan_pages
from app.export.paper import PAPERS, OptionError, PdfOptions, page_size
from app.export.print_card import is_ref
from app.export.tiling import cut_columns, union_intervals
from tests.export.pdf_plans import tree_plan


def assert_pages_sound(pages, eps: float = 1e-6) -> None:
    for p in pages:
        cx, cy, cw, ch = p.frame.content
        boxes = sorted(p.placements.values())
        for b in boxes:  # inside the drawing area of the page
            assert b.x >= cx - eps and b.y >= cy - eps, (p.number, b)
            assert b.x + b.w <= cx + cw + eps and b.y + b.h <= cy + ch + eps, (p.number, b)
        # Sweep by x: a box may only overlap those still open, and must not.
        open_boxes: list = []
        for b in boxes:
            open_boxes = [o for o in open_boxes if o.x + o.w > b.x + eps]
            for o in open_boxes:
                assert o.y + o.h <= b.y + eps or b.y + b.h <= o.y + eps, (p.number, o, b)
            open_boxes.append(b)


@pytest.mark.parametrize("paper", list(PAPERS))
@pytest.mark.parametrize("landscape", [True, False])
def test_tiles_hold_every_card_once_inside_the_page(paper, landscape):
    plan = tree_plan(seed=3, sasaran=4, fan=(1, 4))
    pages = plan_pages(plan, PdfOptions(paper=paper, landscape=landscape, mode="tile"))
    tiles = [p for p in pages if p.kind == "tile"]
    placed = [k for p in tiles for k in p.placements]
    assert sorted(placed) == sorted(plan.nodes)  # every card exactly once
    assert_pages_sound(tiles)
    assert all(p.scale == 1.0 for p in tiles)  # at 100 %
    w, h = page_size(paper, landscape)
    assert all((p.frame.width, p.frame.height) == (w, h) for p in pages)
    if len(tiles) > 1:
        assert pages[0].kind == "map" and len(pages[0].map_tiles) == len(tiles)
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    grids = [p.grid for p in tiles]
    assert len(set(grids)) == len(grids)


def test_tile_cut_lines_never_cross_a_card():
    plan = tree_plan(seed=5, sasaran=5, fan=(2, 3))
    pages = [p for p in plan_pages(plan, PdfOptions(paper="A4", mode="tile")) if p.kind == "tile"]
    drawing = pages[0].drawing
    for p in pages:
        x0, y0, x1, y1 = p.window
        for key, b in drawing.layout.boxes.items():
            if y0 <= b.y <= y1:  # a card of this band: wholly left, inside or right of the cut
                assert b.x + b.w <= x0 + 1e-6 or b.x >= x1 - 1e-6 or (
                    b.x >= x0 - 1e-6 and b.x + b.w <= x1 + 1e-6), (p.grid, key)


def test_overlap_keeps_cards_in_the_core_and_marks_continuations():
    plan = tree_plan(seed=2, sasaran=4, fan=(2, 3))
    pages = plan_pages(plan, PdfOptions(paper="A4", mode="tile", overlap_mm=10))
    tiles = [p for p in pages if p.kind == "tile"]
    assert_pages_sound(tiles)
    assert sorted(k for p in tiles for k in p.placements) == sorted(plan.nodes)
    page_of = {k: p.number for p in tiles for k in p.placements}
    for p in tiles:
        texts = " ".join(m.text for m in p.marks)
        for key in p.placements:
            kids = plan.children(key)
            if kids and page_of[kids[0]] != p.number and plan[kids[0]].parent == key:
                if p.drawing.layout.depth[key] == p.band_rows[1]:
                    assert f"hal. {page_of[kids[0]]}" in texts or "–" in texts


def test_fit_is_one_page_scaled_inside():
    plan = tree_plan(seed=4)
    (page,) = plan_pages(plan, PdfOptions(mode="fit", paper="A4"))
    assert page.kind == "fit" and 0 < page.scale <= 1
    assert set(page.placements) == set(plan.nodes)
    assert_pages_sound([page])


def nodes_placed(pages) -> list[str]:
    """Node cards on the pages, reference cards (contributors from another branch) left out."""
    return [k for p in pages for k in p.placements if not is_ref(k)]


def test_root_filter_holds_exactly_the_subtree():
    plan = tree_plan(seed=6)
    root = plan.children(plan.roots()[0])[1]
    for mode in ("tile", "fit", "booklet"):
        pages = plan_pages(plan, PdfOptions(mode=mode, root=root))
        assert sorted(nodes_placed(pages)) == sorted(plan.subtree(root))
    with pytest.raises(OptionError, match="tidak ada"):
        plan_pages(plan, PdfOptions(root="TIDAK-ADA"))


def test_opd_filter_holds_that_opd_and_the_way_up():
    plan = tree_plan(seed=7)
    opd = "Dinas Sosial"
    mine = {k for k, n in plan.nodes.items() if any(norm_opd(o) == norm_opd(opd) for o in n.opds)}
    assert mine
    want = set(mine)
    for k in mine:
        want.update(plan.ancestors(k))
    pages = plan_pages(plan, PdfOptions(opd="dinas  SOSIAL"))
    assert sorted(nodes_placed(pages)) == sorted(want)
    with pytest.raises(OptionError, match="Perangkat daerah"):
        plan_pages(plan, PdfOptions(opd="Dinas Antah Berantah"))


def test_sections_per_sasaran_and_per_opd():
    plan = tree_plan(seed=8, sasaran=3)
    sasaran = [k for k, n in plan.nodes.items() if n.level == "Sasaran"]
    pages = plan_pages(plan, PdfOptions(mode="section", section_by="sasaran"))
    assert_pages_sound(pages)
    by_section: dict[str, set[str]] = {}
    for p in pages:
        by_section.setdefault(p.section, set()).update(nodes_placed([p]))
        assert p.breadcrumb and p.breadcrumb[0].startswith("Tujuan: ")
    assert len(by_section) == len(sasaran)
    assert sorted(map(frozenset, by_section.values()), key=sorted) == sorted(
        (frozenset(plan.subtree(s)) for s in sasaran), key=sorted)

    pages = plan_pages(plan, PdfOptions(mode="section", section_by="opd"))
    assert_pages_sound(pages)
    for p in pages:
        opd = p.section.removeprefix("Perangkat Daerah: ")
        for key in nodes_placed([p]):
            assert opd in plan[key].opds
    every_opd_node = {k for k, n in plan.nodes.items() if n.opds}
    assert set(nodes_placed(pages)) == every_opd_node


def test_appendix_pages_are_counted_before_drawing():
    plan = tree_plan(seed=9)
    base = len(plan_pages(plan, PdfOptions(mode="fit")))
    more = plan_pages(plan, PdfOptions(mode="fit", findings=True, crosscut=True))
    kinds = [p.kind for p in more]
    assert len(more) > base and "findings" in kinds and "crosscut" in kinds


def test_union_and_cuts():
    assert union_intervals([(5, 6), (0, 2), (1, 3), (3, 4)]) == [(0, 4), (5, 6)]
    union = [(0, 10), (12, 20), (25, 30), (31, 60), (200, 210)]
    windows = cut_columns(union, 30)
    assert windows[0][0] == 0 and windows[-1][1] == 210
    for a, b in windows:
        assert b - a <= 30
        for lo, hi in union:  # every interval wholly in a window or wholly outside it
            assert hi <= a or lo >= b or (lo >= a and hi <= b)
    for lo, hi in union:  # and in exactly one window
        assert sum(a <= lo and hi <= b for a, b in windows) == 1
    assert (60, 200) not in windows and not any(a < 150 < b for a, b in windows)  # gap skipped
    assert cut_columns([(0, 10), (11, 50)], 20) is None
    assert cut_columns([], 10) == []


def test_bad_options_are_refused_in_indonesian():
    plan = tree_plan(seed=1, sasaran=1, fan=(1, 1))
    with pytest.raises(OptionError, match="kertas"):
        plan_pages(plan, PdfOptions(paper="B5"))
    with pytest.raises(OptionError, match="Mode"):
        plan_pages(plan, PdfOptions(mode="poster"))


def test_broken_plans_print_every_node_once():
    """A cycle of main parents and a parent key that names no node: nothing hangs, nothing lost."""
    from app.model.plan import Node, Plan

    plan = Plan("Rusak", "Kota Uji")
    plan.load_nodes([
        Node("A", "Tujuan", "Meningkatnya a", parent="B"),
        Node("B", "Sasaran", "Meningkatnya b", parent="A"),
        Node("C", "Program", "Meningkatnya c", ("Dinas X",), parent="HILANG"),
        Node("D", "Kegiatan", "Meningkatnya d", ("Dinas X",), parent="C"),
    ])
    for mode in ("tile", "fit", "booklet"):
        placed = [k for p in plan_pages(plan, PdfOptions(mode=mode)) for k in p.placements]
        assert sorted(placed) == ["A", "B", "C", "D"]
    for by in ("sasaran", "opd"):
        placed = nodes_placed(plan_pages(plan, PdfOptions(mode="section", section_by=by)))
        assert len(placed) == len(set(placed)) and {"C", "D"} <= set(placed)
    assert nodes_placed(plan_pages(plan, PdfOptions(root="B"))) in (["B", "A"], ["A", "B"])


@pytest.mark.parametrize("stack", [True, False])
def test_compact_and_flat_layouts_stay_sound(stack):
    from app.geometry.card import CardStyle

    plan = tree_plan(seed=12, sasaran=3, fan=(2, 4))
    full = plan_pages(plan, PdfOptions(paper="A3", mode="tile", stack_leaves=stack))
    small = plan_pages(plan, PdfOptions(paper="A3", mode="tile", stack_leaves=stack,
                                        style=CardStyle(compact=True)))
    for pages in (full, small):
        tiles = [p for p in pages if p.kind == "tile"]
        assert sorted(k for p in tiles for k in p.placements) == sorted(plan.nodes)
        assert_pages_sound(tiles)
    assert len(small) <= len(full)
    drawing = full[-1].drawing
    assert bool(drawing.layout.stacked) is stack


def _named_pages(text: str) -> set[int]:
    """Pages a mark names: "→ hal. 5–7, 9" -> {5, 6, 7, 9}."""
    out: set[int] = set()
    for a, b in re.findall(r"(\d+)(?:–(\d+))?", text.split("hal.", 1)[-1]):
        out.update(range(int(a), int(b or a) + 1))
    return out


def test_a_line_from_above_never_stops_in_mid_air():
    """A family whose parent is on a page above, cut by this page's edge: the edge names the
    pages where its other cards are (left and right)."""
    plan = tree_plan(seed=3, sasaran=4, fan=(3, 5), further=0)
    pages = [p for p in plan_pages(plan, PdfOptions(paper="A4", landscape=False, mode="tile"))
             if p.kind == "tile"]
    checked = 0
    for p in pages:
        d = p.drawing
        lay = d.layout
        x0, _, x1, _ = p.window
        first = p.band_rows[0]
        parents = {lay.parent[k] for k in p.placements
                   if lay.depth[k] == first and lay.parent.get(k) is not None
                   and lay.parent[k] not in lay.stacked}
        for parent in parents:
            kids = d.kids[parent]
            right = {d.page_of[c] for c in kids if lay.boxes[c].cx > x1}
            left = {d.page_of[c] for c in kids if lay.boxes[c].cx < x0}
            texts = [m.text for m in p.marks]
            if right:
                checked += 1
                assert any(t.startswith("→") and right <= _named_pages(t) for t in texts), texts
            if left:
                checked += 1
                assert any(t.startswith("←") and left <= _named_pages(t.split(" · ")[0])
                           and "dari hal." in t for t in texts), texts
    assert checked >= 3


def test_long_continuation_marks_wrap_inside_the_page():
    from app.export.draw_page import MARK_SIZE, mark_lines
    from app.export.page_types import Mark
    from app.geometry.fontmetrics import text_width

    plan = tree_plan(seed=3, sasaran=3, fan=(2, 3))
    page = next(p for p in plan_pages(plan, PdfOptions(paper="A4", mode="tile"))
                if p.kind == "tile")
    cx, _, cw, _ = page.frame.content
    text = "↓ lanjut ke hal. " + ", ".join(str(n) for n in range(1523, 1600, 2))
    for anchor, x in (("centre", cx + cw - 20), ("right", cx + cw + 12), ("left", cx - 12)):
        lines = mark_lines(page, Mark(x, 300.0, text, anchor))
        assert len(lines) >= 3
        for lx, _y, ln in lines:
            assert cx - 12 - 1e-6 <= lx and lx + text_width(ln, MARK_SIZE, True) <= cx + cw + 12 + 1e-6
        assert " ".join(ln for *_, ln in lines) == text
        assert [y for _, y, _ in lines] == sorted(y for _, y, _ in lines)
