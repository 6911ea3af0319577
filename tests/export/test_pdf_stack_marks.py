"""Tile mode: a stacked leaf family in several columns, cut across pages, says where it goes on.

The sub kegiatan of a kegiatan stand in columns joined by a short line over
them; when page edges cut that line, each edge names the pages of the
family's other columns, and every column prints with its own spine.
"""

from __future__ import annotations

from pypdf import PdfReader

from app.export.drawing import STACK_BUS_RISE
from app.export.page_types import Page
from app.export.pdf import PdfOptions, export_pdf, plan_pages
from app.geometry.fontmetrics import text_width
from app.model.plan import Indicator, Node, Plan

OPTIONS = PdfOptions(paper="A4", landscape=True, page_map=False, mode="tile")


def _ind(i: int) -> tuple[Indicator, ...]:
    return (Indicator(f"Jumlah layanan {i}", "output", "unit", "naik", 10,
                      {2024: 11, 2025: 12, 2026: 13}),)


def family_plan(leaves: int = 20) -> Plan:
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji", "kota", "RPD", 2024, 2026)
    opd = ("Dinas Kesehatan",)
    nodes = [
        Node("T", "Tujuan", "Meningkatnya kualitas hidup masyarakat", indicators=_ind(0)),
        Node("S", "Sasaran", "Meningkatnya derajat kesehatan", parent="T", indicators=_ind(1)),
        Node("SS", "Sasaran Strategis PD", "Meningkatnya mutu layanan kesehatan", parent="S",
             opds=opd, indicators=_ind(2)),
        Node("P", "Program", "Meningkatnya cakupan upaya kesehatan", parent="SS", opds=opd,
             indicators=_ind(3)),
        Node("K", "Kegiatan", "Tersedianya layanan kesehatan ibu dan anak", parent="P", opds=opd,
             indicators=_ind(4)),
    ]
    nodes += [Node(f"SK{i}", "Sub Kegiatan", f"Tersedianya pemeriksaan nomor {i + 1} di puskesmas",
                   parent="K", opds=opd, indicators=_ind(5)) for i in range(leaves)]
    plan.load_nodes(nodes)
    return plan


def _family_pages(pages: list[Page]) -> list[Page]:
    return [p for p in pages if p.kind == "tile" and any(k.startswith("SK") for k in p.placements)]


def _pages_in(text: str) -> set[int]:
    """Page numbers a mark names: "hal. 5–7", "hal. 4, 5" (before any " · ")."""
    out: set[int] = set()
    for part in text.split(" · ")[0].split("hal.")[1].split(","):
        a, _, b = part.strip().partition("–")
        out.update(range(int(a), int(b or a) + 1))
    return out


def _box(mark) -> tuple[float, float, float, float]:
    w = text_width(mark.text, 7.5, True)
    left = {"left": mark.x, "right": mark.x - w, "centre": mark.x - w / 2}[mark.anchor]
    return left, mark.y - 7.5, left + w, mark.y


def test_every_cut_of_the_columns_line_names_the_other_pages():
    plan = family_plan()
    pages = plan_pages(plan, OPTIONS)
    lay = pages[0].drawing.layout
    columns = lay.stack_columns["K"]
    assert len(columns) >= 3
    fam = _family_pages(pages)
    assert len(fam) >= 3  # the family is cut twice or more
    spines = [lay.boxes[c[0]].x - lay.stack_indent / 2 for c in columns]
    page_of = pages[0].drawing.page_of
    parent_page = page_of["K"]
    for p in fam:
        x0, _, x1, _ = p.window
        here = {page_of[k] for k in p.placements}
        assert here == {p.number}
        # Each column's spine prints on the page of its cards (the cut falls left of it).
        for spine, col in zip(spines, columns, strict=True):
            if col[0] in p.placements:
                assert x0 < spine < lay.boxes[col[0]].x
        left = sorted({page_of[f"SK{i}"] for i in range(20)} - {p.number}
                      & set(range(1, p.number)))
        right = sorted({page_of[f"SK{i}"] for i in range(20)} - {p.number}
                       & set(range(p.number + 1, len(pages) + 1)))
        texts = [m.text for m in p.marks]
        bus_y = p.to_page(0, lay.boxes[columns[0][0]].y - STACK_BUS_RISE)[1]
        side = [m for m in p.marks if abs(m.y - (bus_y - 3)) < 0.01]
        if right:
            rights = [m for m in side if m.text.startswith("→")]
            assert len(rights) == 1 and _pages_in(rights[0].text) == set(right), texts
        if left:
            lefts = [m for m in side if m.text.startswith("←")]
            assert len(lefts) == 1 and _pages_in(lefts[0].text) == set(left), texts
            # The "from the parent" note joins the edge mark rather than overprinting it.
            assert lefts[0].text.endswith(f"↑ dari hal. {parent_page}")
        assert len(side) == bool(left) + bool(right), texts
        boxes = [_box(m) for m in p.marks]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], texts


def test_a_single_column_family_gets_no_side_marks():
    pages = plan_pages(family_plan(leaves=3), OPTIONS)
    assert len(pages[0].drawing.layout.stack_columns["K"]) == 1
    for p in _family_pages(pages):
        assert not [m for m in p.marks if m.text[0] in "←→"]


def test_marks_are_printed(tmp_path):
    plan = family_plan()
    result = export_pdf(plan, tmp_path / "ubin.pdf", OPTIONS)
    fam = _family_pages(result.specs)
    middle = fam[1]
    text = PdfReader(tmp_path / "ubin.pdf").pages[middle.number - 1].extract_text()
    assert "← hal." in text and "→ hal." in text


def test_columns_beside_their_parent_name_the_parent_page():
    """Tall sub kegiatan under a short kegiatan: parent and columns share a band of pages."""
    plan = family_plan(leaves=9)
    for k in range(9):
        plan[f"SK{k}"].indicators = _ind(5) * 6
    pages = plan_pages(plan, PdfOptions(paper="A4", landscape=True, page_map=False, root="K",
                                        mode="tile"))
    page_of = pages[0].drawing.page_of
    fam = _family_pages(pages)
    assert len(fam) >= 3 and page_of["K"] == fam[0].number  # the kegiatan prints beside them
    for p in fam[1:]:
        lefts = [m for m in p.marks if m.text.startswith("←")]
        assert len(lefts) == 1 and page_of["K"] in _pages_in(lefts[0].text)
        assert "dari hal." not in lefts[0].text  # the parent is beside, not above
