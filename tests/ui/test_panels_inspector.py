"""The inspector ("Rincian") and its indicator table, edited through the widgets, with undo/redo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.store import PlanFile
from app.util.indonesian import format_value, parse_typed
from tests.ui.window_helpers import SOS, open_window


def _leave(qtbot, widget) -> None:
    """Type-and-leave: move the focus away as a planner would by clicking elsewhere."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    widget.window().findChild(QComboBox, "opdFilter").setFocus()


def test_statement_edit_is_one_undoable_command_written_to_the_file(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.activateWindow()
    window.editor.select("P1")
    old = window.document.plan["P1"].statement
    editor = window.inspector.statement
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    editor.selectAll()
    qtbot.keyClicks(editor, "Meningkatnya akses layanan kesehatan dasar")
    window.opd_combo.setFocus()  # leaving the field commits it
    qtbot.waitUntil(lambda: window.document.plan["P1"].statement != old, timeout=2000)
    assert window.document.plan["P1"].statement == "Meningkatnya akses layanan kesehatan dasar"
    assert PlanFile.read(tmp_path / "uji.pokin")["P1"].statement == (
        "Meningkatnya akses layanan kesehatan dasar"
    )
    assert window.document.session.position == 1
    window.actions_by_name["undo"].trigger()
    assert window.document.plan["P1"].statement == old
    assert editor.toPlainText() == old
    assert PlanFile.read(tmp_path / "uji.pokin")["P1"].statement == old
    window.actions_by_name["redo"].trigger()
    assert editor.toPlainText() == "Meningkatnya akses layanan kesehatan dasar"


def test_line_fields_level_and_opds(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.editor.select("K1")
    ins = window.inspector
    ins.code.setText("1.02.02.2.03")
    ins.code.editingFinished.emit()
    ins.opds.setText(f"Dinas Kesehatan, Pengendalian Penduduk dan KB ;  {SOS};")
    ins.opds.editingFinished.emit()
    ins.position.setText("Kepala Seksi Kesehatan Keluarga")
    ins.position.editingFinished.emit()
    node = window.document.plan["K1"]
    assert node.code == "1.02.02.2.03"
    assert node.opds == ("Dinas Kesehatan, Pengendalian Penduduk dan KB", SOS)
    assert node.position == "Kepala Seksi Kesehatan Keluarga"
    assert window.document.session.position == 3
    # the level combo offers the scheme and commits a choice
    names = [ins.level.itemText(i) for i in range(ins.level.count())]
    assert names == list(window.document.plan.scheme.names)
    ins.level.setCurrentText("Sub Kegiatan")
    ins.level.activated.emit(ins.level.currentIndex())
    assert window.document.plan["K1"].level == "Sub Kegiatan"
    for _ in range(4):
        window.undo()
    node = window.document.plan["K1"]
    assert (node.code, node.level, node.position) == ("1.02.02.2.02", "Kegiatan", "")
    assert ins.code.text() == "1.02.02.2.02"
    assert ins.level.currentText() == "Kegiatan"


def test_leaving_a_field_unchanged_pushes_nothing(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.editor.select("S1")
    window.inspector.code.editingFinished.emit()
    window.inspector.commit_pending()
    assert window.document.session.position == 0


def test_budget_per_year(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.editor.select("SK1")
    edits = window.inspector.budget_edits
    assert sorted(edits) == list(window.document.plan.years)
    assert edits[2024].text() == format_value(150_000_000.0) == "150.000.000"
    edits[2025].setText("175.500.000")
    edits[2025].editingFinished.emit()
    assert window.document.plan["SK1"].budget == {2024: 150_000_000.0, 2025: 175_500_000.0}
    edits[2026].setText("banyak")
    edits[2026].editingFinished.emit()
    assert 2026 not in window.document.plan["SK1"].budget
    assert "angka" in window.statusBar().currentMessage()


def test_further_parents_add_refuse_remove(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.editor.select("P2")
    ins = window.inspector
    ins.further_key.setText("SS1")
    qtbot.mouseClick(ins.further_add, Qt.MouseButton.LeftButton)
    assert window.document.plan["P2"].further_parents == ("SS1",)
    assert ins.further.count() == 1 and ins.further.item(0).text().startswith("SS1")
    # a link that would make a cycle is refused with a message, nothing changes
    window.editor.select("S1")
    ins.further_key.setText("SK1")
    qtbot.mouseClick(ins.further_add, Qt.MouseButton.LeftButton)
    assert window.document.plan["S1"].further_parents == ()
    assert "siklus" in window.statusBar().currentMessage()
    window.editor.select("P2")
    ins.further.setCurrentRow(0)
    qtbot.mouseClick(ins.further_remove, Qt.MouseButton.LeftButton)
    assert window.document.plan["P2"].further_parents == ()
    window.undo()
    assert window.document.plan["P2"].further_parents == ("SS1",)


def test_indicator_table_add_edit_move_remove_with_undo(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.editor.select("P1")
    table = window.inspector.indicators
    model, view = table.model, table.view
    years = list(window.document.plan.years)
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
               for c in range(model.columnCount())]
    assert headers == ["Indikator", "Jenis", "Satuan", "Polaritas", "Baseline", "Tahun Baseline",
                       *[f"Target {y}" for y in years]]
    first = window.document.plan["P1"].indicators[0]
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    assert len(window.document.plan["P1"].indicators) == 2
    assert table.current_row() == 1
    # edit the new row's name through the view's editor
    index = model.index(1, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Cakupan imunisasi dasar lengkap")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event turn
    qtbot.waitUntil(
        lambda: window.document.plan["P1"].indicators[1].name == "Cakupan imunisasi dasar lengkap",
        timeout=2000,
    )
    # the Polaritas column edits through a combo
    pol = model.index(1, 3)
    view.edit(pol)
    combo = view.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["naik", "turun"]
    combo.setCurrentText("turun")
    view.commitData(combo)
    assert window.document.plan["P1"].indicators[1].polaritas == "turun"
    # a target typed the Indonesian way
    assert model.setData(model.index(1, model.column_of("target", years[0])), "92,5")
    assert window.document.plan["P1"].indicators[1].targets[years[0]] == parse_typed("92,5") == 92.5
    # reorder: the new indicator goes up
    table.select_row(1)
    qtbot.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    names = [i.name for i in window.document.plan["P1"].indicators]
    assert names == ["Cakupan imunisasi dasar lengkap", first.name]
    assert table.current_row() == 0
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    assert [i.name for i in window.document.plan["P1"].indicators] == [first.name]
    on_disk = PlanFile.read(tmp_path / "uji.pokin")["P1"].indicators
    assert [i.name for i in on_disk] == [first.name]
    # every step was one undo entry: undo them all back to the start
    steps = window.document.session.position
    assert steps == 6
    for _ in range(steps):
        window.undo()
    assert window.document.plan["P1"].indicators == (first,)
    assert model.rowCount() == 1


def test_inspector_clears_when_its_node_is_deleted(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    from app.model.commands import DeleteSubtree

    window.editor.select("SK1")
    window.editor.push(DeleteSubtree("SK1"))  # removed by another route than the selection gestures
    assert window.editor.selected is None
    assert window.inspector.key is None
    assert window.inspector.title.text() == "Tidak ada simpul terpilih"
    assert not window.inspector.statement.isEnabled()


def test_the_opd_field_offers_the_plan_s_opds_for_the_name_being_typed(qtbot, tmp_path):
    """A typo makes a second OPD (and false crosscutting): the plan's own names are offered."""
    from tests.ui.window_helpers import KES

    window = open_window(qtbot, tmp_path)
    window.editor.select("SK1")
    edit = window.inspector.opds
    completer = edit.completer()
    edit.setFocus()
    edit.setText("Bapperida; kese")
    completer.setCompletionPrefix(completer.splitPath(edit.text())[0])
    assert completer.completionCount() == 1  # "kese" is in one OPD's name only
    assert completer.currentCompletion() == f"Bapperida; {KES}"  # the OPDs before it kept
