"""The indicator table through its keys: paste from Excel, values checked as typed, Delete,
add/remove/reorder with labels that name the indicator, and a model that stays consistent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.model.commands import SetField
from app.model.plan import Indicator
from app.store import PlanFile
from tests.ui.test_indicator_typing import _click_cell
from tests.ui.typing_helpers import focus_window, focused, press, type_text
from tests.ui.window_helpers import open_window


def _table(qtbot, tmp_path, key: str = "P1"):
    window = open_window(qtbot, tmp_path)
    focus_window(qtbot, window)
    window.editor.select(key)
    return window, window.inspector.indicators


def test_a_row_of_targets_pasted_from_excel_is_one_edit(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    model, view = table.model, table.view
    _click_cell(qtbot, view, 0, model.column_of("target", 2024))
    QApplication.clipboard().setText("72.5\t74\t1,250\r\n")  # an English Excel's copy
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ind = window.document.plan["P1"].indicators[0]
    assert ind.targets == {2024: 72.5, 2025: 74.0, 2026: 1250.0}
    assert window.document.session.labels() == ["Tempel 3 nilai · Persentase penduduk terlayani"]
    assert PlanFile.read(tmp_path / "uji.pokin")["P1"].indicators[0] == ind
    assert table.message.text() == "3 nilai ditempel."
    # the Indonesian way, and a paste that runs past the last column
    _click_cell(qtbot, view, 0, model.column_of("target", 2025))
    QApplication.clipboard().setText("75,5\t1.250\t99")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    ind = window.document.plan["P1"].indicators[0]
    assert ind.targets == {2024: 72.5, 2025: 75.5, 2026: 1250.0}
    assert "1 nilai di luar tabel" in table.message.text()
    window.undo()
    assert window.document.plan["P1"].indicators[0].targets == {2024: 72.5, 2025: 74.0,
                                                                 2026: 1250.0}


def test_a_block_of_two_rows_fills_two_indicators_in_one_edit(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    plan = window.document.plan
    second = Indicator("Cakupan imunisasi", "outcome", "%")
    window.editor.push(SetField("P1", "indicators", plan["P1"].indicators + (second,)))
    _click_cell(qtbot, table.view, 0, table.model.column_of("baseline"))
    QApplication.clipboard().setText("60\t2023\t61\t62\t63\n80,5\t2023\t81\t82\t83\n")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    a, b = plan["P1"].indicators
    assert (a.baseline, a.baseline_year, a.targets) == (60.0, 2023, {2024: 61, 2025: 62, 2026: 63})
    assert (b.baseline, b.baseline_year, b.targets) == (80.5, 2023, {2024: 81, 2025: 82, 2026: 83})
    assert window.document.session.labels()[-1] == "Tempel 10 nilai · 2 indikator"


def test_a_target_that_is_no_number_says_so_in_place_and_keeps_what_was_typed(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    model, view = table.model, table.view
    column = model.column_of("target", 2025)
    _click_cell(qtbot, view, 0, column)
    type_text(qtbot, "7o")
    editor = focused()
    assert isinstance(editor, QLineEdit)
    assert "#C62828" in editor.styleSheet()  # marked while it is typed
    assert table.message.isVisible() and "bukan angka" in table.message.text()
    press(qtbot, Qt.Key.Key_Return)  # Qt commits on the next turn of the event loop
    qtbot.waitUntil(lambda: window.document.plan["P1"].indicators[0].targets[2025] != 72)
    ind = window.document.plan["P1"].indicators[0]
    assert ind.targets[2025] == "7o"  # kept as typed, not lost and not guessed
    index = model.index(0, column)
    assert index.data() == "7o"
    assert "bukan angka" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    # corrected: the mark goes
    _click_cell(qtbot, view, 0, column)
    type_text(qtbot, "72,5")
    assert "#C62828" not in focused().styleSheet()
    assert table.message.text() == "Terbaca: 72,5"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.plan["P1"].indicators[0].targets[2025] == 72.5)
    assert model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, column).data() == "72,5"


def test_a_grade_in_a_graded_indicator_is_taken_without_a_mark(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    plan = window.document.plan
    graded = Indicator("Opini BPK atas laporan keuangan", "outcome", "opini", "naik", "WDP")
    window.editor.push(SetField("P1", "indicators", (graded,)))
    column = table.model.column_of("target", 2024)
    _click_cell(qtbot, table.view, 0, column)
    type_text(qtbot, "WTP")
    assert "#C62828" not in focused().styleSheet()
    assert "predikat" in table.message.text()
    press(qtbot, Qt.Key.Key_Tab)
    assert plan["P1"].indicators[0].targets == {2024: "WTP"}
    assert table.model.index(0, column).data(Qt.ItemDataRole.BackgroundRole) is None


def test_a_bad_baseline_year_is_refused_with_a_message(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    _click_cell(qtbot, table.view, 0, table.model.column_of("baseline_year"))
    type_text(qtbot, "23")
    assert "bukan tahun" in table.message.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != table.view.State.EditingState)
    assert window.document.plan["P1"].indicators[0].baseline_year is None
    assert window.document.session.position == 0
    assert "bukan tahun" in table.message.text()


def test_delete_empties_a_cell_as_one_named_edit(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    _click_cell(qtbot, table.view, 0, table.model.column_of("target", 2026))
    press(qtbot, Qt.Key.Key_Delete)
    assert 2026 not in window.document.plan["P1"].indicators[0].targets
    assert window.document.session.labels() == [
        "Hapus target 2026 · Persentase penduduk terlayani"]
    _click_cell(qtbot, table.view, 0, 0)
    press(qtbot, Qt.Key.Key_Delete)  # the name is never emptied
    assert window.document.plan["P1"].indicators[0].name == "Persentase penduduk terlayani"


def test_tab_in_the_last_cell_leaves_the_table(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    last = table.model.columnCount() - 1
    _click_cell(qtbot, table.view, 0, last)
    type_text(qtbot, "80")
    press(qtbot, Qt.Key.Key_Tab)
    assert window.document.plan["P1"].indicators[0].targets[2026] == 80.0
    assert not table.view.hasFocus() and table.view.currentIndex().column() == last
    assert focused() is not table.view


def test_add_rename_reorder_remove_name_the_indicator(qtbot, tmp_path, qtmodeltester):
    window, table = _table(qtbot, tmp_path)
    qtmodeltester.check(table.model)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)
    focused().selectAll()
    type_text(qtbot, "Cakupan imunisasi dasar lengkap")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.plan["P1"].indicators[1].name.startswith("Cakupan"))
    table.select_row(1)
    qtbot.mouseClick(table.up_button, Qt.MouseButton.LeftButton)
    table.select_row(1)
    qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(table.model)
    assert [i.name for i in window.document.plan["P1"].indicators] == [
        "Cakupan imunisasi dasar lengkap"]
    assert window.document.session.labels() == [
        "Tambah indikator · Indikator baru",
        "Ubah nama indikator · Cakupan imunisasi dasar lengkap",
        "Naikkan indikator · Cakupan imunisasi dasar lengkap",
        "Hapus indikator · Persentase penduduk terlayani",
    ]
    for _ in range(4):
        window.undo()
    assert table.model.rowCount() == 1
    qtmodeltester.check(table.model)


def test_an_edit_elsewhere_updates_the_row_in_place_and_keeps_the_current_cell(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    resets: list[int] = []
    table.model.modelReset.connect(lambda: resets.append(1))
    _click_cell(qtbot, table.view, 0, table.model.column_of("target", 2025))
    plan = window.document.plan
    other = plan["P1"].indicators[0].with_target(2024, 50.0)
    window.editor.push(SetField("P1", "indicators", (other,)))  # e.g. undo in the main window
    assert table.model.index(0, table.model.column_of("target", 2024)).data() == "50"
    assert table.view.currentIndex().column() == table.model.column_of("target", 2025)
    assert resets == []
    window.editor.select("K1")  # another node: a reset is right
    assert resets == [1]


def test_enter_commits_and_moves_down_a_column_of_targets(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    plan = window.document.plan
    window.editor.push(SetField("P1", "indicators", plan["P1"].indicators + (
        Indicator("Cakupan imunisasi", "outcome", "%", targets={2025: 90.0}),)))
    column = table.model.column_of("target", 2025)
    _click_cell(qtbot, table.view, 0, column)
    type_text(qtbot, "80,5")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.currentIndex().row() == 1, timeout=2000)
    assert table.view.currentIndex().column() == column
    type_text(qtbot, "91")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan["P1"].indicators[1].targets[2025] == 91.0, timeout=2000)
    assert plan["P1"].indicators[0].targets[2025] == 80.5


def test_a_cell_being_typed_is_committed_before_the_window_saves_or_closes(qtbot, tmp_path):
    window, table = _table(qtbot, tmp_path)
    _click_cell(qtbot, table.view, 0, table.model.column_of("baseline"))
    type_text(qtbot, "66")
    assert isinstance(focused(), QLineEdit)
    window.inspector.commit_pending()  # what the window calls before Simpan Sebagai, closing, ...
    assert window.document.plan["P1"].indicators[0].baseline == 66.0
