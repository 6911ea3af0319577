"""The main window through its real widgets: title, status bar, outline, findings, search, filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.model.checks import check_plan
from app.model.crosscut import find_crosscutting
from app.store import PlanFile
from app.ui.formatting import fold
from app.util.indonesian import format_int
from tests.ui.window_helpers import KES, build_plan, open_window


def _findings_ready(window) -> None:
    window.document.recheck()


def test_title_and_status_counts_follow_the_plan(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    plan = window.document.plan
    assert window.windowTitle() == f"Pokin - {plan.name}"
    assert "*" not in window.windowTitle()
    findings = check_plan(build_plan())
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    crosscuts = len(find_crosscutting(build_plan()))
    text = window.status_label.text()
    assert text.startswith(f"{len(plan)} simpul · {errors} galat · {warnings} peringatan")
    assert f"{crosscuts} crosscutting" in text
    assert text.endswith("Tersimpan")
    # the counts follow an edit that removes the faulty node
    window.editor.select("K2")
    window.editor.delete_selected()
    window.document.recheck()
    after = check_plan(window.document.plan)
    assert window.status_label.text().startswith(
        f"{len(plan)} simpul · {sum(f.severity == 'error' for f in after)} galat"
    )


def test_indonesian_thousands():
    assert format_int(1234) == "1.234"
    assert format_int(20000) == "20.000"
    assert format_int(12) == "12"


def test_outline_follows_add_and_delete_and_undo(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    model = window.outline.model
    window.editor.select("P1")
    before = model.rowCount(model.index_of("P1"))
    window.actions_by_name["add_child"].trigger()
    new_key = window.editor.selected
    assert new_key not in (None, "P1")
    assert window.document.plan[new_key].parent == "P1"
    assert window.document.plan[new_key].level == "Kegiatan"
    assert model.rowCount(model.index_of("P1")) == before + 1
    # the outline shows the new node selected
    assert model.key(window.outline.view.currentIndex()) == new_key
    window.actions_by_name["delete"].trigger()
    assert new_key not in window.document.plan
    assert model.rowCount(model.index_of("P1")) == before
    window.actions_by_name["undo"].trigger()  # the delete
    assert model.rowCount(model.index_of("P1")) == before + 1
    assert model.index_of(new_key).isValid()
    # the file holds what the window shows
    on_disk = PlanFile.read(tmp_path / "uji.pokin")
    assert new_key in on_disk


def test_outline_click_selects_in_window_and_inspector(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    view, model = window.outline.view, window.outline.model
    window.outline.select("SK1")  # opens its ancestors
    index = model.index_of("K1")  # visible: an ancestor of SK1
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.selected == "K1"
    assert window.inspector.key == "K1"
    assert window.inspector.statement.toPlainText() == window.document.plan["K1"].statement


def test_clicking_a_finding_selects_its_node(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    _findings_ready(window)
    panel = window.findings_panel
    errors = panel.group_item("error")
    assert errors is not None and errors.childCount() == sum(
        f.severity == "error" for f in window.document.findings
    )
    item = errors.child(0)
    target = item.data(0, Qt.ItemDataRole.UserRole + 1)
    window.left_tabs.setCurrentWidget(panel)
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.selected == target
    assert window.outline.selected_key() == target


def test_findings_update_live_after_an_edit(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    _findings_ready(window)
    count = window.findings_panel.group_item("error").childCount()
    window.editor.select("SS1")
    window.inspector.opds.setText("")
    window.inspector.opds.editingFinished.emit()  # SS1 now lacks its OPD: a new error
    qtbot.waitUntil(
        lambda: window.findings_panel.group_item("error").childCount() == count + 1, timeout=3000
    )


def test_search_steps_through_hits(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    plan = window.document.plan
    window.actions_by_name["find"].trigger()
    assert window.search_bar.isVisible()
    qtbot.keyClicks(window.search_bar.edit, "KESEHATAN")
    expected = [
        k for k in plan.walk()
        if "kesehatan" in fold(plan[k].statement)
        or any("kesehatan" in fold(o) for o in plan[k].opds)
        or any("kesehatan" in fold(i.name) for i in plan[k].indicators)
    ]
    assert len(expected) > 2
    assert window.search_bar.count.text() == f"1 dari {len(expected)}"
    assert window.editor.selected == expected[0]
    assert window.marks()[expected[0]] == "current-hit"
    assert all(window.marks()[k] in ("hit", "current-hit") for k in expected)
    window.actions_by_name["find_next"].trigger()
    assert window.search_bar.count.text() == f"2 dari {len(expected)}"
    assert window.editor.selected == expected[1]
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)
    assert window.editor.selected == expected[2]
    window.actions_by_name["find_previous"].trigger()
    assert window.editor.selected == expected[1]


def test_search_ignores_accents_and_finds_codes(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.open_search()
    qtbot.keyClicks(window.search_bar.edit, "perangkat daerah")  # K2 says "Pèrangkat"
    assert "K2" in window.search_bar.hits
    window.search_bar.edit.setText("1.02.02.2.02.0001")
    assert window.search_bar.hits == ["SK1"]
    window.search_bar.edit.setText("tidak ada di rencana")
    assert window.search_bar.count.text() == "tidak ada"
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Escape)
    assert not window.search_bar.isVisible()
    assert window.marks() == {}


def test_opd_filter_from_toolbar_and_menu(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    combo = window.opd_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[0] == "Semua Perangkat Daerah"
    assert sorted(names[1:]) == sorted(window.document.plan.opds())
    combo.setCurrentIndex(combo.findData(KES))
    combo.activated.emit(combo.currentIndex())
    assert window.opd_filter() == KES
    # the Tampilan > Filter OPD menu shows the same choice, checked
    window.opd_menu.aboutToShow.emit()
    checked = [a.text() for a in window.opd_menu.actions() if a.isChecked()]
    assert checked == [KES]
    everything = window.opd_menu.actions()[0]
    everything.trigger()
    assert window.opd_filter() is None
    if hasattr(window.canvas, "set_opd_filter"):
        assert combo.currentIndex() == 0


def test_welcome_screen_without_a_plan(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, plan=False)
    assert window.document is None
    assert window.windowTitle() == "Pokin"
    assert window.welcome.isVisible()
    assert not window.actions_by_name["save_as"].isEnabled()
    texts = [b.text() for b in window.welcome.findChildren(QPushButton)]
    assert texts == ["Rencana Baru…", "Buka…"]


def test_a_write_the_store_refuses_is_rolled_back_and_said(qtbot, tmp_path):
    """The edit disappears from the plan, the views and the undo history; a dialog says why."""
    from app.store import StoreError

    window = open_window(qtbot, tmp_path)
    doc = window.document
    real = doc.session.store

    class Refusing:  # the store's boundary: the real file underneath, one write refused
        read_only = False

        def write(self, plan, changes):
            raise StoreError("Berkas 'uji.pokin' terkunci oleh program lain.")

    asked: list[str] = []
    window.confirm = lambda title, text: asked.append(text) or False
    window.notify = lambda title, text: asked.append(text)
    before = doc.plan["S1"].statement
    window.editor.select("S1")
    doc.session.store = Refusing()
    window.inspector.statement.setPlainText("Teks yang tidak tersimpan")
    window.inspector.commit_pending()  # as when the field loses focus
    doc.session.store = real
    assert doc.plan["S1"].statement == before
    assert not doc.session.can_undo()
    assert window.inspector.statement.toPlainText() == before
    assert asked and "terkunci oleh program lain" in asked[0]
    assert "dibatalkan" in asked[0]
    assert window.status_text().endswith("Tersimpan")  # true: nothing unsaved is on screen


def test_outline_inserts_an_added_node_in_place_keeping_open_branches(qtbot, tmp_path):
    from PySide6.QtTest import QAbstractItemModelTester

    from app.model.commands import AddNode
    from app.model.plan import Node

    window = open_window(qtbot, tmp_path)
    model, view = window.outline.model, window.outline.view
    tester = QAbstractItemModelTester(  # noqa: F841 - checks every signal the model sends
        model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.outline.select("SK1")  # opens the branches down to it
    plan = window.document.plan
    opened = [k for k in plan.ancestors("SK1")]
    parent = plan["SK1"].parent
    first = plan.children(parent)[0]
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    node = Node("BARU-1", plan[first].level, "Tersedianya layanan baru", parent=parent)
    window.editor.push(AddNode(node, index=0))  # before its siblings: they shift down a row
    assert resets == []  # inserted, not reset
    assert model.index_of("BARU-1").row() == 0
    assert model.key(model.index(1, 0, model.index_of(parent))) == first
    assert all(view.isExpanded(model.index_of(k)) for k in opened)
    window.actions_by_name["undo"].trigger()  # a removal: the model resets, branches reopen
    assert not model.index_of("BARU-1").isValid()
    assert all(view.isExpanded(model.index_of(k)) for k in opened)


def test_the_outline_edits_with_the_canvas_keys_and_keeps_the_focus(qtbot, tmp_path):
    """Tab, Delete and Alt+arrows in the Struktur tab do what they do on the canvas."""
    from PySide6.QtCore import Qt

    window = open_window(qtbot, tmp_path)
    plan = window.document.plan
    view = window.outline.view
    window.outline.select("P1")
    window.editor.select("P1")
    view.setFocus()
    kids = list(plan.children("P1"))
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # a child of P1, as on the canvas
    added = window.editor.selected
    assert added not in kids and plan[added].parent == "P1" and plan[added].level == "Kegiatan"
    window.canvas._close_editor(commit=False)  # the statement typed in place: left empty
    window.editor.select(kids[0])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert plan.children("P1").index(kids[0]) == 1
    assert window.focusWidget() is view  # the keyboard stayed in the outline
    window.editor.select(added)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # a leaf: no question
    assert added not in plan


def test_a_closed_group_of_findings_gets_its_rows_when_opened(qtbot, tmp_path):
    """Warnings start closed; their rows are made when the planner opens the group (a large
    imported plan may carry thousands), then kept open and filled at every recheck."""
    window = open_window(qtbot, tmp_path)
    _findings_ready(window)
    panel = window.findings_panel
    warnings = panel.group_item("warning")
    expected = sum(f.severity == "warning" for f in window.document.findings)
    assert warnings is not None and expected > 0
    assert not warnings.isExpanded() and warnings.childCount() == 0
    assert warnings.childIndicatorPolicy() == warnings.ChildIndicatorPolicy.ShowIndicator
    window.left_tabs.setCurrentWidget(panel)
    panel.tree.setCurrentItem(warnings)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Right)  # the keyboard opens it as a click would
    assert warnings.isExpanded() and warnings.childCount() == expected
    window.document.recheck()
    again = panel.group_item("warning")
    assert again.isExpanded() and again.childCount() == expected
