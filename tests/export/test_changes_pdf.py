"""The matriks perubahan as a PDF, read back with pypdf and looked at as a picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export.changes_pdf import export_changes_pdf
from app.model.commands import SetField
from app.model.diff import diff_plans
from tests.conftest import render_pages
from tests.export.revisions import pdf_pages, revised_pair


def test_statements_values_header_and_page_numbers(tmp_path: Path, screenshots: Path) -> None:
    old, new = revised_pair()
    out = tmp_path / "matriks.pdf"
    export_changes_pdf(diff_plans(old, new), old, new, out, old_label="Sebelum asistensi",
                       new_label="Sesudah asistensi")
    reader = PdfReader(out)
    assert reader.metadata.title == "Matriks Perubahan Pohon Kinerja"
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape
    (text,) = pdf_pages(out)
    assert "Matriks Perubahan Pohon Kinerja" in text
    assert f"Lama: {old.name}" in text and "Sebelum asistensi" in text
    assert f"Baru: {new.name}" in text and "Sesudah asistensi" in text
    for statement in (old["SS-1"].statement, new["SS-1"].statement, new["K-9"].statement,
                      old["SK-4"].statement, new["K-2"].statement):
        assert statement in text  # "< 14% & gizi buruk" printed as written
    for words in ("Ditambah", "Dihapus", "Dipindah", "Diubah", "Target 2025 indikator: Posyandu",
                  "175.000.000", "150.000.000", "hal. 1 dari 1"):
        assert words in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = {str(fonts[f].get_object()["/BaseFont"]) for f in fonts}
    assert any("DejaVuSans" in n for n in names)  # embedded, not a substitute
    (shot,) = render_pages(out, screenshots / "matriks-perubahan")
    assert shot.stat().st_size > 10_000


def test_long_comparisons_repeat_the_header_and_count_pages(tmp_path: Path) -> None:
    old, _ = revised_pair()
    new = old.copy()
    for key in list(new.nodes):
        node = new[key]
        new.execute(SetField(key, "statement", node.statement + " yang berkelanjutan " * 8))
        for field in ("position", "notes", "code"):
            new.execute(SetField(key, field, f"{field} baru untuk {key} " * 4))
    out = tmp_path / "panjang.pdf"
    export_changes_pdf(diff_plans(old, new), old, new, out)
    pages = pdf_pages(out)
    assert len(pages) >= 3
    for i, text in enumerate(pages, start=1):
        assert f"hal. {i} dari {len(pages)}" in text
        assert "Pernyataan Kinerja Bidang Nilai Lama Nilai Baru" in text
        assert "Matriks Perubahan Pohon Kinerja" in text
    everything = " ".join(pages)
    for key in old.nodes:
        assert f"code baru untuk {key}" in everything


def test_no_changes_says_so(tmp_path: Path) -> None:
    old, _ = revised_pair()
    out = tmp_path / "sama.pdf"
    export_changes_pdf(diff_plans(old, old.copy()), old, old, out)
    (text,) = pdf_pages(out)
    assert "Tidak ada perubahan." in text and "0 simpul ditambah" in text


@pytest.mark.parametrize("bad", ["<b>tebal</b> & <i>", "a & b < c > d", "100%"])
def test_markup_characters_print_as_written(tmp_path: Path, bad: str) -> None:
    old, _ = revised_pair()
    new = old.copy()
    new.execute(SetField("T-1", "statement", bad))
    out = tmp_path / "markup.pdf"
    export_changes_pdf(diff_plans(old, new), old, new, out)
    assert bad in pdf_pages(out)[0]


def test_unwritable_place_raises_and_leaves_nothing(tmp_path: Path) -> None:
    old, new = revised_pair()
    with pytest.raises(OSError):
        export_changes_pdf(diff_plans(old, new), old, new, tmp_path / "tidak-ada" / "m.pdf")
    assert list(tmp_path.iterdir()) == []
