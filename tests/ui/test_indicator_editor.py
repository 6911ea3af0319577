"""The wide indicator editor (Ctrl+I): every field, a row typed with Tab into the manual IKU,
undo that names what it undid, following the selection, and never editing a plan it left."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from app.model.commands import change_indicator
from app.store import PlanFile
from app.ui.dialogs.indicator_editor import IndicatorEditor
from app.ui.document import Document
from tests.ui.typing_helpers import focus_window, focused, press, qt_warnings, type_text
from tests.ui.window_helpers import make_plan_file, open_window

NOISE = ("propagateSizeHints", "raise()", "grabbing the keyboard")  # offscreen has no such things


def _open(qtbot, tmp_path, key: str = "S2", size: tuple[int, int] = (1024, 768)):
    window = open_window(qtbot, tmp_path)
    window.resize(*size)
    focus_window(qtbot, window)
    window.editor.select(key)
    window.actions_by_name["indicator_editor"].trigger()
    dialog = window.indicator_editor
    assert isinstance(dialog, IndicatorEditor) and dialog.isVisible()
    dialog.place_on(QRect(0, 0, size[0], size[1] - 40))
    focus_window(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.view.viewport().width() > 600, timeout=3000)
    return window, dialog


def _start(qtbot, dialog, column: int) -> None:
    view = dialog.table.view
    index = view.model().index(0, column)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert view.currentIndex() == index


def test_ctrl_i_opens_every_field_of_the_selected_nodes_indicators(qtbot, tmp_path):
    window, dialog = _open(qtbot, tmp_path)
    model = dialog.table.model
    headers = [model.header_text(c) for c in model.columns]
    assert headers == ["Indikator", "Jenis", "Satuan", "Polaritas", "Baseline", "Tahun Baseline",
                       "Target 2024", "Target 2025", "Target 2026"]
    assert dialog.statement.text() == "Menurunnya angka kemiskinan"
    assert dialog.iku.title() == "Manual IKU · Persentase penduduk miskin"
    for name in ("ikuDefinition", "ikuFormula", "ikuDataSource", "ikuReportingPeriod",
                 "ikuDataOwner"):
        assert dialog.findChild(object, name).isEnabled()  # type: ignore[union-attr]
    assert dialog.table.view.horizontalScrollBar().maximum() == 0
    assert model.index(0, model.column_of("target", 2025)).data() == "7,5"


def test_a_row_typed_with_tab_runs_on_into_the_manual_iku(qtbot, tmp_path):
    window, dialog = _open(qtbot, tmp_path)
    model = dialog.table.model
    plan = window.document.plan
    with qt_warnings() as warnings:
        _start(qtbot, dialog, model.column_of("baseline"))
        for text in ("8,3", "2023", "7,9", "7,5", "7,1"):
            type_text(qtbot, text)
            press(qtbot, Qt.Key.Key_Tab)
        # the last cell's Tab leaves the table for the manual IKU, in reading order
        assert focused() is dialog.iku.definition
        type_text(qtbot, "Persentase penduduk di bawah garis kemiskinan")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.iku.formula
        type_text(qtbot, "penduduk miskin / jumlah penduduk × 100%")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.iku.data_source
        type_text(qtbot, "BPS, Susenas Maret")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.iku.reporting_period.lineEdit() or (
            focused() is dialog.iku.reporting_period)
        type_text(qtbot, "Tahunan")
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.iku.data_owner
        type_text(qtbot, "Bidang Statistik, Diskominfo")
        press(qtbot, Qt.Key.Key_Tab)
    ind = plan["S2"].indicators[0]
    assert (ind.baseline, ind.baseline_year) == (8.3, 2023)
    assert ind.targets == {2024: 7.9, 2025: 7.5, 2026: 7.1}
    assert (ind.satuan, ind.jenis, ind.polaritas) == ("%", "outcome", "turun")
    assert ind.definition == "Persentase penduduk di bawah garis kemiskinan"
    assert ind.formula == "penduduk miskin / jumlah penduduk × 100%"
    assert (ind.data_source, ind.reporting_period, ind.data_owner) == (
        "BPS, Susenas Maret", "Tahunan", "Bidang Statistik, Diskominfo")
    assert PlanFile.read(tmp_path / "uji.pokin")["S2"].indicators[0] == ind
    assert [w for w in warnings if not any(n in w for n in NOISE)] == []
    name = "Persentase penduduk miskin"
    assert window.document.session.labels()[-6:] == [
        f"Ubah target 2026 · {name}", f"Ubah definisi · {name}", f"Ubah formula · {name}",
        f"Ubah sumber data · {name}", f"Ubah periode pelaporan · {name}",
        f"Ubah penanggung jawab data · {name}"]


def test_undo_in_the_editor_names_what_it_undoes_and_every_view_follows(qtbot, tmp_path):
    window, dialog = _open(qtbot, tmp_path)
    model = dialog.table.model
    _start(qtbot, dialog, model.column_of("target", 2025))
    type_text(qtbot, "6,9")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.undo_button.text() == "Urungkan: Ubah target 2025 · Persentase penduduk miskin"
    # the Sunting menu says it too, the indicator's name as it is written
    assert window.actions_by_name["undo"].text() == (
        "Urungkan: Ubah target 2025 · Persentase penduduk miskin")
    inspector = window.inspector.indicators.model
    assert inspector.index(0, inspector.column_of("target", 2025)).data() == "6,9"
    press(qtbot, Qt.Key.Key_Escape)  # leaves the open editor of 2026 unchanged
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.plan["S2"].indicators[0].targets[2025] == 7.5
    assert model.index(0, model.column_of("target", 2025)).data() == "7,5"
    assert inspector.index(0, inspector.column_of("target", 2025)).data() == "7,5"
    assert dialog.redo_button.text() == "Ulangi: Ubah target 2025 · Persentase penduduk miskin"
    assert dialog.isVisible() and dialog.key == "S2"


def test_it_follows_the_selection_and_walks_the_tree(qtbot, tmp_path):
    window, dialog = _open(qtbot, tmp_path, key="T1")
    assert not dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.key == window.editor.selected == "S1"  # the tree's reading order
    assert window.inspector.key == "S1"
    window.editor.select("SK1")
    assert dialog.key == "SK1" and dialog.table.model.key == "SK1"
    assert dialog.statement.text() == window.document.plan["SK1"].statement
    current = dialog.table.view.currentIndex()  # ready for a target, never on the name
    assert dialog.table.model.columns[current.column()].field == "target"
    window.editor.select(None)
    assert dialog.key is None and dialog.table.model.rowCount() == 0
    assert not dialog.table.add_button.isEnabled()


def test_a_cell_being_typed_is_kept_when_the_node_changes(qtbot, tmp_path):
    window, dialog = _open(qtbot, tmp_path)
    _start(qtbot, dialog, dialog.table.model.column_of("target", 2026))
    type_text(qtbot, "6,8")
    window.editor.select("S1")  # a click on another card while the cell is open
    assert window.document.plan["S2"].indicators[0].targets[2026] == 6.8
    assert dialog.key == "S1"


def test_a_read_only_plan_is_shown_and_not_edited(qtbot, tmp_path):
    plan_file = make_plan_file(tmp_path)
    plan_file.close()
    window = open_window(qtbot, tmp_path, plan=False)
    window.set_document(Document(PlanFile.open(tmp_path / "uji.pokin", read_only=True).plan,
                                 PlanFile.open(tmp_path / "uji.pokin", read_only=True)))
    window.editor.select("S2")
    window.open_indicator_editor()
    dialog = window.indicator_editor
    model = dialog.table.model
    assert model.rowCount() == 1 and model.read_only
    assert not model.setData(model.index(0, model.column_of("target", 2024)), "1")
    assert not dialog.table.add_button.isEnabled()
    assert dialog.iku.definition.isReadOnly()


def test_an_edit_from_a_plan_the_window_left_never_reaches_the_new_one(qtbot, tmp_path):
    window, dialog = _open(qtbot, tmp_path)
    old_plan = window.document.plan
    stale = change_indicator(old_plan, "S2", 0, old_plan["S2"].indicators[0].with_target(2024, 1))
    other = make_plan_file(tmp_path, name="lain.pokin")
    window.set_document(Document(other.plan, other))
    assert not dialog.isVisible()  # the plan it showed closed
    dialog._push(stale)  # a command made on the old plan, arriving late
    assert window.document.session.position == 0
    assert other.plan["S2"].indicators[0].targets[2024] == 7.8


def test_esc_closes_the_editor_and_gives_the_tree_back(qtbot, tmp_path):
    window, dialog = _open(qtbot, tmp_path)
    dialog.iku.definition.setFocus()
    qtbot.waitUntil(dialog.iku.definition.hasFocus, timeout=2000)
    type_text(qtbot, "Definisi yang diketik lalu Esc")
    assert isinstance(focused(), QPlainTextEdit)
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.document.plan["S2"].indicators[0].definition == "Definisi yang diketik lalu Esc"
    assert QApplication.activeWindow() is not dialog


def test_in_english_the_editor_and_its_undo_labels_speak_english(qtbot, tmp_path):
    from app.ui.i18n import install_translation, remove_translation
    from tests.ui.english import english as load_english

    english = load_english()
    app = QApplication.instance()
    assert install_translation(app, "en")
    try:
        window, dialog = _open(qtbot, tmp_path)
        model = dialog.table.model
        assert model.header_text(model.columns[5]) == english["Tahun Baseline"] == "Baseline Year"
        _start(qtbot, dialog, model.column_of("target", 2025))
        type_text(qtbot, "A")
        assert "is not a number" in dialog.table.message.text()
        press(qtbot, Qt.Key.Key_Escape)
        type_text(qtbot, "6,9")
        press(qtbot, Qt.Key.Key_Tab)
        # the history keeps the model's Indonesian; what people read is English
        assert window.document.session.labels() == [
            "Ubah target 2025 · Persentase penduduk miskin"]
        assert dialog.undo_button.text() == "Undo: Change target 2025 · Persentase penduduk miskin"
        assert window.actions_by_name["undo"].text() == (
            f"{english['Urungkan']}: Change target 2025 · Persentase penduduk miskin")
        dialog.close()
        window.close()
    finally:
        remove_translation(app)


def test_it_opens_on_the_first_empty_target_so_a_first_key_never_replaces_a_name(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    plan = window.document.plan
    ind = plan["S2"].indicators[0]
    window.editor.push(change_indicator(plan, "S2", 0, ind.with_target(2025, None)))
    window.editor.select("S2")
    window.open_indicator_editor()
    dialog = window.indicator_editor
    current = dialog.table.view.currentIndex()
    assert (current.row(), current.column()) == (0, dialog.table.model.column_of("target", 2025))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # every target filled there
    current = dialog.table.view.currentIndex()
    assert current.column() == dialog.table.model.column_of("target", 2024)
