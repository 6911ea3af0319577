"""Booklet mode, the default printout: readable cards packed on few pages, every card once and
whole, every "hal. N" pointing at a page that holds what it names."""

from __future__ import annotations

import pytest

from app.export.page_types import BookletPage, FitPage
from app.export.pages import build_pages, plan_pages
from app.export.paper import PdfOptions
from app.export.pdf import export_pdf
from app.export.print_card import is_ref, real_key
from app.model.plan import Indicator, Node, Plan
from app.plan_io import load_plan
from tests.conftest import ROOT, render_pages
from tests.export.pdf_plans import tree_plan

MOJOKERTO = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"  # the bundled sample, 486 nodes
EPS = 1e-6
MIN_SCALE = 0.7


@pytest.fixture(scope="module")
def sample():
    return load_plan(MOJOKERTO)


def booklet(pages):
    return [p for p in pages if isinstance(p, BookletPage)]


def assert_sound(pages, cards) -> None:
    """Cards inside their page's drawing area, none over another, each at 70 % or more of its
    size at 100 % (at exactly the page's scale), tails and labels clear of every card."""
    for p in pages:
        cx, cy, cw, ch = p.frame.content
        boxes = sorted(p.placements.items(), key=lambda kb: kb[1].x)
        for key, b in boxes:
            assert cx - EPS <= b.x and b.x + b.w <= cx + cw + EPS, (p.number, key)
            assert cy - EPS <= b.y and b.y + b.h <= cy + ch + EPS, (p.number, key)
            w, h = cards.size(key)
            assert b.w == pytest.approx(w * p.scale) and b.h == pytest.approx(h * p.scale)
        if p.oversize:  # printed smaller only for a card that does not fit the page at 70 %
            assert any(w * MIN_SCALE > cw or h * MIN_SCALE > ch
                       for w, h in map(cards.size, p.placements)), p.number
        else:
            assert p.scale >= MIN_SCALE - EPS, p.number
        others = [b for _, b in p.units.labels] + list(p.units.tails.values())
        unit_boxes = list(p.units.boxes.values())
        every = sorted(unit_boxes + others, key=lambda b: b.x)
        open_boxes: list = []
        for b in every:
            open_boxes = [o for o in open_boxes if o.x + o.w > b.x + EPS]
            for o in open_boxes:
                assert o.y + o.h <= b.y + EPS or b.y + b.h <= o.y + EPS, (p.number, o, b)
            open_boxes.append(b)


def assert_every_node_once(plan: Plan, pages, want: set[str] | None = None) -> None:
    placed = [k for p in pages for k in p.placements if not is_ref(k)]
    assert len(placed) == len(set(placed))
    assert set(placed) == (want if want is not None else set(plan.nodes))


def assert_references_resolve(layout) -> None:
    """Each cut card names the pages of its children, each label the page of its parent,
    each card line "hal. N" the page of the node it names."""
    kids: dict[str, list[str]] = {}
    for s in layout.sections:
        kids.update(s.forest.kids)
    where: dict[str, int] = {}
    for p in layout.pages:
        for k in p.placements:
            where.setdefault(k, p.number)
    for p in booklet(layout.pages):
        for key in p.units.tails:
            on = sorted({where[c] for c in kids[key]})
            assert on and p.continues[key] == on, (p.number, key)
        for parent, _box in p.units.labels:
            assert p.parent_page[parent] == where[parent], (p.number, parent)
        for fragment in p.units.fragments:
            if fragment.parent is not None:
                assert all(m in kids[fragment.parent] for m in fragment.members)
        for key in p.placements:
            for ref in layout.cards.paper(key).refs:
                for other in ref.keys:
                    assert real_key(other) in {real_key(k) for k in layout.pages[
                        layout.page_of[other] - 1].placements}, (key, other)


@pytest.mark.parametrize("paper,landscape", [("A3", True), ("A4", False), ("F4", False)])
def test_sample_booklet_is_sound_and_complete(sample, paper, landscape):
    layout = build_pages(sample, PdfOptions(paper=paper, landscape=landscape))
    pages = booklet(layout.pages)
    assert pages and all(p.scale == pages[0].scale for p in pages if not p.oversize)
    assert_sound(pages, layout.cards)
    assert_every_node_once(sample, pages)
    assert_references_resolve(layout)


def test_sample_fits_forty_a3_pages(sample):
    pages = plan_pages(sample, PdfOptions(paper="A3"))
    assert len(pages) <= 40
    book = booklet(pages)
    assert sum(len(p.placements) for p in book) / len(book) >= 12  # tile mode: 4 a sheet
    assert sum(len(p.placements) <= 3 for p in book) <= 2


@pytest.mark.parametrize("seed", [1, 4, 9])
@pytest.mark.parametrize("paper,landscape", [("A4", True), ("A4", False), ("A2", True)])
def test_random_plans(seed, paper, landscape):
    plan = tree_plan(seed=seed, sasaran=5, fan=(1, 5), further=6)
    layout = build_pages(plan, PdfOptions(paper=paper, landscape=landscape))
    pages = booklet(layout.pages)
    assert_sound(pages, layout.cards)
    assert_every_node_once(plan, pages)
    assert_references_resolve(layout)


def _wide_plan(children: int = 40, leaves: int = 24) -> Plan:
    """A Program with 40 Kegiatan (a family wider than any page) and a Kegiatan with 24
    sub kegiatan (a column taller than any page)."""
    ind = (Indicator("Persentase capaian", "output", "%", "naik", 10, {2024: 11, 2025: 12,
                                                                        2026: 13}),)
    nodes = [Node("T", "Tujuan", "Meningkatnya kesejahteraan", indicators=ind),
             Node("P", "Program", "Meningkatnya layanan", ("Dinas X",), parent="T",
                  indicators=ind)]
    nodes += [Node(f"K{i}", "Kegiatan", f"Tersedianya layanan nomor {i}", ("Dinas X",),
                   parent="P", indicators=ind) for i in range(children)]
    nodes += [Node(f"S{i}", "Sub Kegiatan", f"Terlaksananya kegiatan nomor {i}", ("Dinas X",),
                   parent="K0", indicators=ind, budget={2024: 1.5e9}) for i in range(leaves)]
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji", start_year=2024, end_year=2026)
    plan.load_nodes(nodes)
    return plan


@pytest.mark.parametrize("paper,landscape", [("A3", True), ("A4", False)])
def test_wide_families_and_long_stacks_wrap(paper, landscape):
    plan = _wide_plan()
    layout = build_pages(plan, PdfOptions(paper=paper, landscape=landscape))
    pages = booklet(layout.pages)
    assert_sound(pages, layout.cards)
    assert_every_node_once(plan, pages)
    assert_references_resolve(layout)
    # The long column of sub kegiatan wraps into columns side by side on one page.
    (home,) = [p for p in pages if "S0" in p.placements]
    xs = {round(home.placements[f"S{i}"].x) for i in range(24) if f"S{i}" in home.placements}
    assert len(xs) >= 2
    # The 40 kegiatan wrap into several shelves (rows) on a page.
    ks = [p for p in pages if any(k.startswith("K") for k in p.placements)]
    assert any(len({round(p.placements[k].y) for k in p.placements if k.startswith("K")}) >= 2
               for p in ks)


def test_a_card_taller_than_the_page_gets_a_page_of_its_own():
    plan = tree_plan(seed=2, sasaran=2, fan=(1, 2), further=0)
    key = next(k for k, n in plan.nodes.items() if n.level == "Kegiatan")
    plan[key].indicators = plan[key].indicators * 60
    layout = build_pages(plan, PdfOptions(paper="A4", landscape=True))
    pages = booklet(layout.pages)
    (big,) = [p for p in pages if key in p.placements]
    assert big.oversize and big.scale < MIN_SCALE and len(big.placements) == 1
    assert_sound(pages, layout.cards)
    assert_every_node_once(plan, pages)


def test_small_branches_share_a_page():
    plan = tree_plan(seed=5, sasaran=4, fan=(1, 2), further=0)
    pages = booklet(plan_pages(plan, PdfOptions(paper="A3")))
    assert any(len(p.units.fragments) >= 2 for p in pages)


@pytest.mark.parametrize("mode", ["booklet", "fit"])
def test_depth_stops_the_drawing_and_names_the_pages_below(sample, mode):
    options = PdfOptions(paper="A3", mode=mode, depth=4)  # Tujuan to Program
    layout = build_pages(sample, options)
    assert_every_node_once(sample, booklet(layout.pages) + [
        p for p in layout.pages if isinstance(p, FitPage)])
    first = next(p for p in layout.pages if isinstance(p, (BookletPage, FitPage)))
    programs = {k for k, n in sample.nodes.items() if n.level == "Program"}
    levels = ("Tujuan", "Sasaran", "Sasaran Strategis PD", "Program")
    # The overview comes first and holds only levels 1-4; every Program with kegiatan
    # names where they are.
    overview = [p for p in layout.pages
                if isinstance(p, (BookletPage, FitPage)) and p.chapter == first.chapter
                and all(sample[k].level in levels for k in p.placements)]
    shown = {k for p in overview for k in p.placements}
    assert programs <= shown
    page_of = layout.page_of
    for p in overview:
        for key in p.placements:
            kids = sample.children(key)
            if key in programs and kids:
                assert sorted({page_of[c] for c in kids}) == p.continues[key]
                assert all(page_of[c] > p.number for c in kids)
    if mode == "fit":
        assert isinstance(overview[0], FitPage) and len(overview) == 1


def test_fit_with_sections_is_one_page_per_section(sample):
    pages = plan_pages(sample, PdfOptions(paper="A3", mode="fit", section_by="opd"))
    fits = [p for p in pages if isinstance(p, FitPage)]
    titles = [p.section for p in fits]
    assert len(fits) > 20 and len(set(titles)) > 20  # one run, one page per OPD section
    assert_every_node_once(sample, fits, {k for k, n in sample.nodes.items() if n.opds})


def test_booklet_sections_start_new_pages(sample):
    layout = build_pages(sample, PdfOptions(paper="A3", section_by="sasaran"))
    pages = booklet(layout.pages)
    for p in pages:
        assert len({p.chapter}) == 1
    chapters = [p.chapter for p in pages]
    assert chapters == sorted(chapters) and len(set(chapters)) == len(layout.sections)
    assert_sound(pages, layout.cards)
    assert_references_resolve(layout)


@pytest.mark.parametrize("mode", ["booklet", "fit", "tile"])
@pytest.mark.parametrize("paper,landscape", [("A3", True), ("A4", False)])
def test_pages_of_each_mode_render(tmp_path, sample, screenshots, mode, paper, landscape):
    """Pages of every mode rendered by poppler (kept in tests/output for a look)."""
    out = tmp_path / f"{mode}.pdf"
    result = export_pdf(sample, out, PdfOptions(paper=paper, landscape=landscape, mode=mode,
                                                depth=4 if mode == "fit" else None))
    first = next(p.number for p in result.specs if p.placements)
    side = "lanskap" if landscape else "potret"
    shots = render_pages(out, screenshots / f"pdf-{mode}-{paper}-{side}", first, first + 1)
    assert len(shots) == 2 and all(s.stat().st_size > 8000 for s in shots)
