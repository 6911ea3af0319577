"""The window and the canvas agree: selection both ways, marks, OPD filter, depth, zoom in the status."""

from __future__ import annotations

import pytest

from tests.ui.window_helpers import KES, open_window


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    if not hasattr(w.canvas, "state"):
        pytest.skip("the canvas is not installed")
    return w


def test_selection_follows_both_ways(window):
    canvas = window.canvas
    canvas.select("K1")  # as a click on the card does
    assert window.editor.selected == "K1"
    assert window.outline.selected_key() == "K1"
    assert window.inspector.key == "K1"
    window.outline.node_activated.emit("SS2")  # as a click in the outline does
    assert canvas.selected_key() == "SS2"
    window.findings_panel.node_activated.emit("K2")
    assert canvas.selected_key() == "K2"


def test_marks_filter_and_depth_reach_the_canvas(window, qtbot):
    window.open_search()
    qtbot.keyClicks(window.search_bar.edit, "kesehatan")
    assert window.canvas.state.marks == window.marks()
    assert "current-hit" in window.canvas.state.marks.values()
    window.set_opd_filter(KES)
    assert window.canvas.state.opd_filter == KES
    window.set_opd_filter(None)
    assert window.canvas.state.opd_filter is None
    window.actions_by_name["depth_2"].trigger()
    assert window.canvas.max_depth() == 2
    window.actions_by_name["depth_all"].trigger()
    assert window.canvas.max_depth() is None


def test_zoom_shows_in_the_status_bar(window):
    window.actions_by_name["zoom_in"].trigger()
    zoom = window.canvas.zoom_factor()
    assert f"{round(zoom * 100)}%" in window.status_label.text()


def test_menu_edits_go_through_the_canvas_gestures(window):
    plan = window.document.plan
    window.editor.select("K1")
    window.actions_by_name["add_child"].trigger()
    child = window.editor.selected
    assert plan[child].parent == "K1" and plan[child].level == "Sub Kegiatan"
    window.editor.select("K1")
    window.actions_by_name["copy"].trigger()
    window.editor.select("P2")
    window.actions_by_name["paste"].trigger()
    pasted = window.editor.selected
    assert plan[pasted].parent == "P2" and pasted != "K1"
    assert plan[pasted].statement == plan["K1"].statement
    assert plan.children(pasted)  # the copy has children: delete asks first, via the window
    window.answers.append(False)
    window.actions_by_name["delete"].trigger()
    assert pasted in plan
    window.actions_by_name["delete"].trigger()  # and now the planner says yes
    assert pasted not in plan
