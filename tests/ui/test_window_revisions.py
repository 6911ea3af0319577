"""Menu Revisi through the window: snapshots, comparison on the canvas and in the table, restore."""

from __future__ import annotations

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.model.commands import AddNode, DeleteSubtree, MoveNode, SetField
from app.model.diff import diff_plans
from app.model.diff_rows import change_rows
from app.model.plan import Node
from app.store import PlanFile
from app.ui.dialogs.snapshots import SnapshotListDialog
from tests.ui.window_helpers import build_plan, make_plan_file, open_window


def _edit_after_snapshot(window) -> None:
    """One of each kind of change: add, remove, move, change."""
    window.editor.push(AddNode(Node("BARU", "Sub Kegiatan", "Tersedianya layanan baru", parent="K1")))
    window.editor.push(DeleteSubtree("K2"))
    window.editor.push(MoveNode("P2", "SS1"))
    window.editor.push(SetField("S1", "statement", "Meningkatnya derajat kesehatan warga"))


def test_save_snapshot_and_list_it(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    assert window.revisions.save_snapshot("Sebelum asistensi", "Bapperida", "draf awal")
    assert not window.revisions.save_snapshot("Sebelum asistensi")  # names are unique
    assert "sudah ada" in window.messages[-1][1]
    infos = PlanFile.open(tmp_path / "uji.pokin", read_only=True).snapshots()
    assert [(s.name, s.author, s.node_count) for s in infos] == [
        ("Sebelum asistensi", "Bapperida", len(build_plan()))
    ]
    window.actions_by_name["snapshots"].trigger()
    dialog = window.revisions.snapshot_dialog
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Sebelum asistensi"
    assert dialog.table.item(0, 2).text() == "Bapperida"
    assert dialog.table.item(0, 3).text() == str(len(build_plan()))
    dialog.close()


def test_compare_snapshot_with_current_plan_marks_canvas_and_lists_removed(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.revisions.save_snapshot("Sebelum asistensi")
    before = build_plan()
    _edit_after_snapshot(window)
    assert window.revisions.compare_with_snapshot("Sebelum asistensi")
    assert window.comparison_dock.isVisible()
    marks = window.marks()
    assert marks["BARU"] == "added"
    assert marks["P2"] == "moved"
    assert marks["S1"] == "changed"
    assert "K2" not in marks  # removed: not on the canvas ...
    panel = window.revisions.comparison_panel
    rows = change_rows(diff_plans(before, window.document.plan), before, window.document.plan)
    assert panel.row_count() == len(rows)
    listed = {(panel.table.item(r, 0).text(), panel.table.item(r, 1).text())
              for r in range(panel.row_count())}
    assert ("Dihapus", "K2") in listed  # ... but in the table
    assert panel.legend["Dihapus"].text() == "Dihapus: 1"
    assert panel.legend["Ditambah"].text() == "Ditambah: 1"
    # a click on a row selects its node
    row = next(r for r in range(panel.row_count()) if panel.table.item(r, 1).text() == "P2")
    rect = panel.table.visualItemRect(panel.table.item(row, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.selected == "P2"
    # the comparison follows a later edit of the live plan
    window.editor.push(SetField("T1", "code", "X"))
    qtbot.waitUntil(lambda: window.marks().get("T1") == "changed", timeout=3000)
    window.revisions.close_comparison()
    assert window.marks() == {}
    assert not window.comparison_dock.isVisible()


def test_comparison_exports_workbook_and_pdf(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.revisions.save_snapshot("awal")
    _edit_after_snapshot(window)
    window.revisions.compare_with_snapshot("awal")
    xlsx, pdf = tmp_path / "perubahan.xlsx", tmp_path / "perubahan.pdf"
    assert window.revisions.export_comparison(xlsx, "xlsx")
    assert window.revisions.export_comparison(pdf, "pdf")
    wb = openpyxl.load_workbook(xlsx)
    cells = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert "K2" in cells and "BARU" in cells
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Dihapus" in text and "awal" in text


def test_restore_snapshot_is_one_undoable_edit(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.revisions.save_snapshot("awal")
    _edit_after_snapshot(window)
    edited = window.document.plan.copy()
    steps = window.document.session.position
    window.answers.append(False)  # the planner says no first
    assert not window.revisions.restore_snapshot("awal")
    assert window.document.plan == edited
    assert window.revisions.restore_snapshot("awal")
    assert window.document.plan == build_plan()
    assert PlanFile.read(tmp_path / "uji.pokin") == build_plan()
    assert window.document.session.position == steps + 1
    assert window.outline.model.index_of("K2").isValid()
    window.undo()
    assert window.document.plan == edited
    assert not window.outline.model.index_of("K2").isValid()
    window.redo()
    assert window.document.plan == build_plan()


def test_open_snapshot_read_only_in_its_own_window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.revisions.save_snapshot("awal")
    _edit_after_snapshot(window)
    other = window.revisions.open_snapshot("awal")
    assert other.document.read_only
    assert other.document.plan == build_plan()
    assert "snapshot 'awal'" in other.windowTitle() and "hanya-baca" in other.windowTitle()
    assert other.status_label.text().endswith("Hanya-baca")
    other.editor.select("S1")
    assert not other.editor.push(SetField("S1", "statement", "x"))  # refused
    assert other.document.plan["S1"].statement == build_plan()["S1"].statement
    assert other.inspector.statement.isReadOnly()
    assert not other.inspector.level.isEnabled()
    assert not other.inspector.indicators.add_button.isEnabled()
    model = other.inspector.indicators.model
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    # the live window stays editable
    window.editor.select("S1")
    assert not window.inspector.statement.isReadOnly()
    assert window.inspector.indicators.add_button.isEnabled()
    other.close()


def test_snapshot_list_buttons_reach_the_window(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.revisions.save_snapshot("satu")
    window.revisions.save_snapshot("dua")
    window.revisions.snapshot_list_dialog()
    dialog: SnapshotListDialog = window.revisions.snapshot_dialog
    qtbot.addWidget(dialog)
    stored = [s.name for s in window.document.plan_file.snapshots()]  # oldest first
    assert [dialog.table.item(r, 0).text() for r in range(2)] == stored[::-1]  # newest first
    dialog.select_name("satu")
    window.editor.push(SetField("S2", "code", "Z"))
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    assert window.marks() == {"S2": "changed"}
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["dua"]
    dialog.close()


def test_compare_two_files_opens_the_newer_with_marks(qtbot, tmp_path):
    old_dir, new_dir = tmp_path / "lama", tmp_path / "baru"
    old_dir.mkdir()
    new_dir.mkdir()
    old_file = make_plan_file(old_dir).path
    newer = build_plan()
    newer.execute(SetField("P1", "code", "1.02.03"))
    newer.execute(AddNode(Node("X1", "Kegiatan", "Tersedianya data", parent="P2")))
    new_file = make_plan_file(new_dir, newer).path
    window = open_window(qtbot, tmp_path, plan=False)
    other = window.revisions.compare_files(old_file, new_file)
    assert other.document.read_only
    assert other.marks() == {"P1": "changed", "X1": "added"}
    assert other.revisions.comparison_panel.title.text() == "Perbandingan: uji.pokin → uji.pokin"
    # and a snapshot reference FILE@NAME works as the old side
    pf = PlanFile.open(old_file)
    pf.save_snapshot("awal")
    pf.close()
    third = window.revisions.compare_files(f"{old_file}@awal", new_file)
    assert third.marks() == other.marks()
    other.close()
    third.close()


def test_compare_two_snapshots_from_the_list(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.revisions.save_snapshot("pagi")
    window.editor.push(SetField("P1", "code", "1.02.03"))
    window.editor.push(DeleteSubtree("K2"))
    window.revisions.save_snapshot("siang")
    window.editor.push(SetField("S1", "code", "Z"))  # after both: not part of their comparison
    window.revisions.snapshot_list_dialog()
    dialog = window.revisions.snapshot_dialog
    qtbot.addWidget(dialog)
    dialog.select_name("pagi")
    dialog.select_name("siang", add=True)
    assert sorted(dialog.selected_names()) == ["pagi", "siang"]
    assert dialog.compare_button.text() == "Bandingkan kedua snapshot"
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    other = window.children_windows[-1]
    assert other.document.read_only
    assert other.marks() == {"P1": "changed"}
    rows = {(other.revisions.comparison_panel.table.item(r, 0).text(),
             other.revisions.comparison_panel.table.item(r, 1).text())
            for r in range(other.revisions.comparison_panel.row_count())}
    assert ("Dihapus", "K2") in rows
    assert "Snapshot 'pagi' → Snapshot 'siang'" in other.revisions.comparison_panel.title.text()
    dialog.close()
    other.close()
