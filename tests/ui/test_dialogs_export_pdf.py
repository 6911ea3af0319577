"""The Ekspor PDF dialog: options from the widgets, a page count, and a real PDF read back."""

from __future__ import annotations

from pypdf import PdfReader

from app.ui.dialogs.export_pdf import ExportPdfDialog
from tests.ui.window_helpers import KES, build_plan


def test_options_page_count_and_export(qtbot, tmp_path):
    plan = build_plan()
    dialog = ExportPdfDialog(plan, None, selected="P1", opd=KES)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert (options.paper, options.landscape, options.mode) == ("A3", True, "tile")
    assert options.opd == KES and options.root is None
    dialog.scope.setCurrentIndex(1)  # the selected branch
    dialog.opd.setCurrentIndex(0)
    dialog.mode.setCurrentIndex(1)  # one page
    dialog.paper.setCurrentText("A4")
    options = dialog.options()
    assert (options.root, options.opd, options.mode, options.paper) == ("P1", None, "fit", "A4")
    assert dialog.update_page_count() == 1
    assert dialog.pages_label.text() == "1 halaman"
    dialog.crosscut.setChecked(True)  # an appendix page more
    expected = dialog.update_page_count()
    assert expected == 2
    result = dialog.export_to(tmp_path / "cabang")
    assert result is not None and result.path == tmp_path / "cabang.pdf"
    reader = PdfReader(tmp_path / "cabang.pdf")
    assert len(reader.pages) == result.pages == expected
    text = reader.pages[0].extract_text()
    assert plan["P1"].statement.split()[0] in text
    assert "Cabang" in text


def test_sections_per_opd_count_pages(qtbot, tmp_path):
    plan = build_plan()
    dialog = ExportPdfDialog(plan)
    qtbot.addWidget(dialog)
    dialog.mode.setCurrentIndex(3)  # a section per OPD
    assert dialog.options().section_by == "opd"
    assert dialog.update_page_count() >= len(plan.opds())
