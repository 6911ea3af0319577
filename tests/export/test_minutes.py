"""The minutes (notulen) of a session: review notes grouped by OPD, read back from the PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.export.minutes import CITY_GROUP, export_minutes, group_notes
from app.model.commands import PutReview
from app.model.plan import ReviewNote
from tests.conftest import render_pages
from tests.export.revisions import pdf_pages
from tests.revision_plans import DINKES, DISDIK, DPUPR, sample_plan


def _plan_with_more_notes():
    plan = sample_plan()
    plan.execute(PutReview(ReviewNote("R-4", "K-2", "Bagi peran Dinkes & DPUPR", "Bapperida",
                                      "2024-05-20T08:00", "open", "Dibahas rapat lanjutan")))
    plan.execute(PutReview(ReviewNote("R-5", "S-1", "Indikator sasaran < standar nasional",
                                      "Asdep KemenPAN-RB", "2024-05-19T11:00", "resolved",
                                      "Indikator diganti UHH")))
    return plan


def test_groups_city_first_then_opds_shared_node_under_each() -> None:
    plan = _plan_with_more_notes()
    groups = [(name, [n.id for n in notes]) for name, notes in group_notes(plan)]
    assert groups == [
        (CITY_GROUP, ["R-5"]),
        (DINKES, ["R-1", "R-3", "R-4"]),  # tree order: SS-1, P-1, then K-2 under P-1
        (DISDIK, ["R-2"]),
        (DPUPR, ["R-4"]),
    ]
    assert [n for n, _ in group_notes(plan, opd=DPUPR)] == [DPUPR]
    only_open = group_notes(plan, status="open")
    assert all(n.status == "open" for _, notes in only_open for n in notes)
    assert DISDIK not in [n for n, _ in only_open]


def test_minutes_pdf_has_every_note_with_its_node(tmp_path: Path, screenshots: Path) -> None:
    plan = _plan_with_more_notes()
    out = tmp_path / "notulen.pdf"
    export_minutes(plan, out, title="Notulen Desk Reviu Pohon Kinerja", date="2024-05-19")
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.height > reader.pages[0].mediabox.width  # portrait
    text = " ".join(pdf_pages(out))
    assert "Notulen Desk Reviu Pohon Kinerja" in text and "Tanggal: 19 Mei 2024" in text
    assert "hal. 1 dari 1" in text and "5 catatan reviu: 3 terbuka, 2 selesai" in text
    for note in plan.reviews.values():
        node = plan[note.node]
        for part in (note.text, note.author, node.statement, note.decision):
            assert part in text  # "< 14%" and "&" as written
        if node.code:
            assert node.code in text
    headings = [f"{CITY_GROUP} (1 catatan)", f"{DINKES} (3 catatan)", f"{DISDIK} (1 catatan)",
                f"{DPUPR} (1 catatan)"]
    assert [text.index(h) for h in headings] == sorted(text.index(h) for h in headings)
    assert "Terbuka" in text and "Selesai" in text and "19 Mei 2024 09.30" in text
    assert text.index("Notulis,") > text.index(f"{DPUPR} (1 catatan)")  # signatures last
    assert "Pimpinan Rapat" in text
    (shot,) = render_pages(out, screenshots / "notulen")
    assert shot.stat().st_size > 10_000


def test_filters_and_many_pages(tmp_path: Path) -> None:
    plan = sample_plan()
    for i in range(60):
        plan.execute(PutReview(ReviewNote(f"X-{i}", "SK-3", f"Catatan nomor {i} " * 6, "Tim",
                                          "2024-05-21", "open" if i % 2 else "resolved", "")))
    out = tmp_path / "disdik.pdf"
    export_minutes(plan, out, opd=DISDIK, status="open")
    pages = pdf_pages(out)
    assert len(pages) >= 2
    for i, text in enumerate(pages, start=1):
        assert f"hal. {i} dari {len(pages)}" in text
    text = " ".join(pages)
    assert "Perangkat Daerah: Dinas Pendidikan dan Kebudayaan" in text and "Status: Terbuka" in text
    assert "Catatan nomor 1 " in text and "Catatan nomor 2 " not in text
    assert DINKES not in text  # the other OPD's notes are left out


def test_no_notes(tmp_path: Path) -> None:
    plan = sample_plan()
    plan.reviews = {}
    out = tmp_path / "kosong.pdf"
    export_minutes(plan, out)
    assert "Tidak ada catatan reviu." in pdf_pages(out)[0]
