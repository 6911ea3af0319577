"""The import dialog: the layout it saw, the columns (changeable), the questions, a preview, the counts."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.dialogs.import_workbook import ImportWorkbookDialog, column_letter
from tests.exchange import renstra_fixtures as F


def _cells(dialog, column: int) -> list[str]:
    t = dialog.preview
    return [t.item(r, column).text() for r in range(t.rowCount())]


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 51, 701, 702)] == ["A", "Z", "AA", "AZ", "ZZ", "AAA"]


def test_asks_for_opd_and_years_then_previews(qtbot, tmp_path, screenshots) -> None:
    path = F.tc27_variant(tmp_path / "renstra-dinkes.xlsx")
    dialog = ImportWorkbookDialog(path)
    qtbot.addWidget(dialog)
    assert "T-C.27" in dialog.detected.text()
    # the table names no OPD: refused until the planner says it
    assert not dialog.import_button.isEnabled() and "perangkat daerah" in dialog.problem.text()
    assert dialog.opd.isEnabled() and dialog.start.isEnabled()
    dialog.opd.setText(F.DINKES)
    dialog.start.setValue(2024)
    dialog.end.setValue(2026)
    dialog.rebuild()
    assert dialog.import_button.isEnabled() and dialog.problem.text() == ""
    assert _cells(dialog, 0) == ["Sasaran Strategis PD", "Program", "Kegiatan", "Sub Kegiatan"]
    assert _cells(dialog, 1) == ["", "1.02.02", "1.02.02.2.01", "1.02.02.2.01.0009"]
    assert _cells(dialog, 3) == [F.DINKES] * 4
    assert _cells(dialog, 4)[3] == "Jumlah puskesmas yang direhabilitasi (unit) +1 lagi"
    assert "1 Program" in dialog.counts.text() and "5 indikator" in dialog.counts.text()
    # the columns it read from, and a change of one
    assert dialog.field_combos["satuan"].currentText().startswith("I · Satuan")
    assert not dialog.field_combos["code"].isEnabled()  # split over five columns
    assert "K (th. 1)" in dialog.years_info.text()
    dialog.resize(1024, 768)
    QApplication.processEvents()
    assert dialog.grab().save(str(screenshots / "import-dialog-1024x768.png"))
    dialog.resize(1366, 768)
    QApplication.processEvents()
    assert dialog.grab().save(str(screenshots / "import-dialog-1366x768.png"))
    combo = dialog.field_combos["satuan"]
    combo.setCurrentIndex(combo.findData(None))
    combo.activated.emit(combo.currentIndex())
    assert _cells(dialog, 4)[3] == "Jumlah puskesmas yang direhabilitasi +1 lagi"
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    plan = dialog.plan
    assert (plan.start_year, plan.end_year) == (2024, 2026) and plan.opds() == [F.DINKES]
    assert all(not i.satuan for n in plan.nodes.values() for i in n.indicators)


def test_a_staircase_and_a_forced_layout(qtbot, tmp_path) -> None:
    path = F.staircase_html(tmp_path / "sakip.xls")
    dialog = ImportWorkbookDialog(path)
    qtbot.addWidget(dialog)
    assert "cascading" in dialog.detected.text()
    assert not dialog.asked_box.isVisibleTo(dialog)
    assert _cells(dialog, 0)[:3] == ["Tujuan", "Sasaran", "Sasaran Strategis PD"]
    assert dialog.import_button.isEnabled()
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("tc27"))
    dialog.layout_combo.activated.emit(dialog.layout_combo.currentIndex())
    assert not dialog.import_button.isEnabled()
    assert "sakip.xls" in dialog.problem.text() and "Kode dan Indikator" in dialog.problem.text()
    assert dialog.plan is None


def test_an_unreadable_file_is_said_not_raised(qtbot, tmp_path) -> None:
    path = tmp_path / "bukan.xlsx"
    path.write_bytes(b"PK\x03\x04 rusak")
    dialog = ImportWorkbookDialog(path)
    qtbot.addWidget(dialog)
    assert "bukan.xlsx" in dialog.problem.text() and not dialog.import_button.isEnabled()
