"""Dialogs: new plan, plan properties (one undoable edit), the crosscutting matrix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.model.crosscut import find_crosscutting
from app.model.levels import LevelScheme
from app.store import PlanFile
from app.ui.dialogs.crosscut_matrix import CrosscutMatrixDialog
from app.ui.dialogs.new_plan import NewPlanDialog
from app.ui.dialogs.plan_properties import PlanPropertiesDialog
from tests.ui.window_helpers import KES, SOS, build_plan, open_window


def test_new_plan_dialog_checks_answers_and_builds_the_plan(qtbot, tmp_path):
    dialog = NewPlanDialog(None, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0
    assert "Nama rencana wajib diisi." in dialog.problem.text()
    dialog.name.setText("RPJMD Kota Uji 2025-2029")
    dialog.government.setText("Kota Uji")
    dialog.tingkat.setCurrentText("kota")
    dialog.doc_type.setCurrentText("RPJMD")
    dialog.start_year.setValue(2025)
    dialog.end_year.setValue(2029)
    dialog.scheme_choice.setCurrentIndex(1)  # Tematik
    assert dialog.scheme() == LevelScheme.tematik()
    assert dialog.scheme_text.isReadOnly()
    dialog.scheme_choice.setCurrentIndex(2)  # the planner's own
    dialog.scheme_text.setText("Tujuan;Sasaran;*Tujuan PD;Sasaran PD;Program;Kegiatan;Sub Kegiatan")
    (tmp_path / "taken.pokin").touch()
    dialog.path_edit.setText(str(tmp_path / "taken"))
    dialog.accept()
    assert "sudah ada" in dialog.problem.text()
    dialog.path_edit.setText(str(tmp_path / "rpjmd"))
    dialog.accept()
    assert dialog.result() == 1
    plan = dialog.plan()
    assert (plan.name, plan.government, plan.doc_type) == ("RPJMD Kota Uji 2025-2029", "Kota Uji",
                                                           "RPJMD")
    assert list(plan.years) == [2025, 2026, 2027, 2028, 2029]
    assert plan.scheme.names[2] == "Tujuan PD" and plan.scheme.first_opd == 2
    assert len(plan.scheme) == 7
    assert dialog.path() == str(tmp_path / "rpjmd.pokin")


def test_new_plan_dialog_refuses_a_bad_scheme(qtbot, tmp_path):
    dialog = NewPlanDialog(None, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.name.setText("X")
    dialog.government.setText("Y")
    dialog.path_edit.setText(str(tmp_path / "x"))
    dialog.scheme_choice.setCurrentIndex(2)
    dialog.scheme_text.setText("Program;program")
    dialog.accept()
    assert dialog.result() == 0
    assert "dua kali" in dialog.problem.text()


def test_plan_properties_is_one_undoable_edit(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    plan = window.document.plan
    dialog = PlanPropertiesDialog(plan, window)
    qtbot.addWidget(dialog)
    assert dialog.command() is None  # nothing changed yet
    dialog.name.setText("RPD Kota Uji 2024-2027")
    dialog.end_year.setValue(2027)
    dialog.doc_type.setCurrentText("RPJMD")
    command = dialog.command()
    assert window.editor.push(command)
    assert (plan.name, plan.end_year, plan.doc_type) == ("RPD Kota Uji 2024-2027", 2027, "RPJMD")
    assert window.windowTitle() == "Pokin - RPD Kota Uji 2024-2027"
    # the inspector grows a column for the new year
    window.editor.select("P1")
    headers = [window.inspector.indicators.model.headerData(c, Qt.Orientation.Horizontal, 0)
               for c in range(window.inspector.indicators.model.columnCount())]
    assert headers[-1] == "Target 2027"
    on_disk = PlanFile.read(tmp_path / "uji.pokin")
    assert (on_disk.name, on_disk.end_year) == ("RPD Kota Uji 2024-2027", 2027)
    assert window.document.session.position == 1
    window.undo()
    assert (plan.name, plan.end_year, plan.doc_type) == ("RPD Kota Uji 2024-2026", 2026, "RPD")
    assert window.windowTitle() == "Pokin - RPD Kota Uji 2024-2026"


def test_plan_properties_refuses_a_scheme_that_drops_used_levels(qtbot, tmp_path):
    plan = build_plan()
    dialog = PlanPropertiesDialog(plan)
    qtbot.addWidget(dialog)
    dialog.scheme_text.setText(LevelScheme.tematik().to_text())
    dialog.accept()
    assert dialog.result() == 0
    assert "Sub Kegiatan" in dialog.problem.text()


def test_crosscut_matrix_rows_cells_click_and_highlight(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    plan = window.document.plan
    crosscuts = find_crosscutting(plan)
    dialog = CrosscutMatrixDialog(plan, crosscuts, window)
    qtbot.addWidget(dialog)
    dialog.node_activated.connect(lambda k: window.editor.select(k, True))
    dialog.highlight_requested.connect(window.set_extra_marks)
    table = dialog.table
    assert table.rowCount() == len(crosscuts)
    headers = [table.horizontalHeaderItem(c).toolTip() or table.horizontalHeaderItem(c).text()
               for c in range(table.columnCount())]
    assert headers[0] == "Butir bersama"
    assert KES in headers and SOS in headers
    shared = next(i for i, c in enumerate(crosscuts) if c.kind == "shared-program")
    assert table.item(shared, 0).text().startswith(crosscuts[shared].code)
    # the Dinas Sosial cell of the shared program is its program P2
    column = headers.index(SOS)
    assert table.item(shared, column).text() == "✓"
    rect = table.visualItemRect(table.item(shared, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.selected == "P2"
    qtbot.mouseClick(dialog.highlight, Qt.MouseButton.LeftButton)
    expected = {k for c in crosscuts for k in (c.node, *c.nodes) if k}
    assert {k for k, v in window.marks().items() if v == "crosscut"} == expected
    qtbot.mouseClick(dialog.clear, Qt.MouseButton.LeftButton)
    assert window.marks() == {}


def test_crosscut_matrix_from_the_menu(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.actions_by_name["crosscut_matrix"].trigger()
    dialog = window.crosscut_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.table.rowCount() == len(find_crosscutting(window.document.plan))
    dialog.close()


def test_new_plan_dialog_suggests_a_file_beside_the_last_one(qtbot, tmp_path):
    dialog = NewPlanDialog(None, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.name.setText("RPD Kota Uji 2024/2026")
    dialog.government.setText("Kota Uji")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.path() == str(tmp_path / "RPD Kota Uji 2024-2026.pokin")


def test_the_crosscut_matrix_shows_every_opd_s_whole_name(qtbot, tmp_path, screenshots):
    """Column headers wrap an OPD's name instead of cutting it to a fragment."""
    from app.model.crosscut import find_crosscutting
    from app.ui.dialogs.crosscut_matrix import CrosscutMatrixDialog
    from tests.ui.window_helpers import KES, PU, SOS, build_plan

    plan = build_plan()
    dialog = CrosscutMatrixDialog(plan, find_crosscutting(plan))
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for c in range(1, table.columnCount()):
        item = table.horizontalHeaderItem(c)
        assert item.toolTip() in (KES, SOS, PU)
        assert " ".join(item.text().split("\n")) == item.toolTip()  # nothing left out
        for line in item.text().split("\n"):
            assert metrics.horizontalAdvance(line) <= table.columnWidth(c)
    dialog.grab().save(str(screenshots / "crosscut-matrix.png"))
