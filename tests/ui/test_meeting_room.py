"""The editor in the meeting room: small screens, the first view, Fit, an OPD's tree, search.

Real windows on the bundled sample plan (486 nodes), driven by real key events,
with the canvas's share of the window measured from the widgets' geometry.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from app.export.forest import select as pdf_selection
from app.model.commands import SetField
from app.model.views import opd_view
from app.ui.canvas.view import READABLE_ZOOM
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import BUNDLED_XLSX


def _sample_window(qtbot, tmp_path, width: int, height: int, settings: str = "s.ini") -> MainWindow:
    xlsx = tmp_path / "rpd.xlsx"
    if not xlsx.exists():
        shutil.copy(BUNDLED_XLSX, xlsx)
    window = MainWindow(Settings.at(tmp_path / settings), notify=lambda *_: None,
                        confirm=lambda *_: True)
    window.ask_import = lambda path: None  # type: ignore[method-assign]
    qtbot.addWidget(window, before_close_func=lambda w: w.deleteLater())
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    target = tmp_path / "rpd.pokin"
    assert window.files.open_path(target if target.exists() else xlsx)
    QApplication.processEvents()
    return window


@pytest.mark.parametrize(("width", "share"), [(1024, 0.55), (1366, 0.65)])
def test_the_canvas_keeps_most_of_a_small_screen(qtbot, tmp_path, width, share, screenshots):
    window = _sample_window(qtbot, tmp_path, width, 768)
    canvas = window.canvas
    assert canvas.width() >= share * window.width()
    assert window.right_dock.isVisible() and window.left_dock.isVisible()  # tabs, not gone
    assert window.tabifiedDockWidgets(window.right_dock) == [window.left_dock]
    window.grab().save(str(screenshots / f"meeting-window-{width}x768.png"))


def test_a_closed_panel_comes_back_from_the_view_menu_and_the_layout_is_remembered(
        qtbot, tmp_path):
    window = _sample_window(qtbot, tmp_path, 1366, 768)
    window.right_dock.close()
    assert not window.right_dock.isVisible()
    toggle = window.right_dock.toggleViewAction()
    menu_texts = [a.text() for m in window.findChildren(type(window.recent_menu))
                  for a in m.actions()]
    assert toggle.text() in menu_texts  # in Tampilan > Panel, not only behind a right click
    window.legend_action.setChecked(False)
    window.close()
    again = _sample_window(qtbot, tmp_path, 1366, 768)
    assert not again.right_dock.isVisible()  # as it was left on this screen size
    assert not again.legend_action.isChecked() and not again.canvas.legend.isVisible()
    toggle = again.right_dock.toggleViewAction()
    toggle.trigger()
    assert again.right_dock.isVisible()


def test_a_large_plan_opens_on_its_tujuan_and_sasaran_readable(qtbot, tmp_path):
    window = _sample_window(qtbot, tmp_path, 1366, 768)
    canvas = window.canvas
    plan = window.document.plan
    top = [k for k in plan.nodes if plan.scheme.index(plan[k].level) <= 1]
    assert canvas.zoom_factor() >= READABLE_ZOOM
    assert set(canvas.tree_scene.boxes) == set(top)  # the rest folded until asked for
    viewport = canvas.viewport().rect()
    for key in top:
        assert viewport.contains(canvas.card_rect_in_view(key).toAlignedRect()), key


def test_fit_stops_at_a_readable_size_and_says_so_then_f_again_shows_all(qtbot, tmp_path):
    window = _sample_window(qtbot, tmp_path, 1366, 768)
    canvas = window.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_0)  # every level: far too wide to fit readably
    assert canvas.max_depth() is None
    assert canvas.zoom_factor() == pytest.approx(READABLE_ZOOM)  # the depth key re-fitted
    message = window.statusBar().currentMessage()
    assert "486 kartu" in message and "F lagi" in message
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert canvas.zoom_factor() < READABLE_ZOOM / 4  # the overview, because it was asked for
    qtbot.keyClick(canvas, Qt.Key.Key_3)
    assert canvas.max_depth() == 3 and canvas.zoom_factor() >= READABLE_ZOOM


def test_an_opd_s_tree_alone_in_canvas_outline_and_pdf(qtbot, tmp_path, screenshots):
    window = _sample_window(qtbot, tmp_path, 1366, 768)
    plan = window.document.plan
    opd = max(plan.opds(), key=lambda o: sum(o in n.opds for n in plan.nodes.values()))
    window.set_opd_filter(opd, only=True)
    view = opd_view(plan, opd)
    canvas = window.canvas
    assert set(canvas.tree_scene.boxes) == view.keys
    assert len(view.own) < len(view.keys) < len(plan)
    outline = window.outline.model
    shown: set[str] = set()
    stack = [outline.index(r, 0) for r in range(outline.rowCount())]
    while stack:
        index = stack.pop()
        shown.add(outline.key(index))
        stack += [outline.index(r, 0, index) for r in range(outline.rowCount(index))]
    assert shown == view.keys
    assert f"{len(view.own)} simpul OPD ini" in window.opd_count.text()
    assert set(pdf_selection(plan, None, opd).kids) == view.keys  # the PDF prints the same tree
    window.grab().save(str(screenshots / "meeting-opd-view-1366x768.png"))
    # A node of the OPD edited to name another OPD leaves the tree at once.
    leaf = next(k for k in view.own if not plan.children(k))
    window.editor.push(SetField(leaf, "opds", ("Dinas Lain",)))
    assert leaf not in canvas.tree_scene.boxes and leaf not in canvas.opd_view.keys
    window.set_opd_filter(opd, only=False)
    assert canvas.opd_view is None and len(canvas.tree_scene.boxes) == len(plan)  # all again


def test_search_shows_a_readable_hit_and_esc_gives_the_keyboard_back_to_the_canvas(
        qtbot, tmp_path):
    window = _sample_window(qtbot, tmp_path, 1366, 768)
    canvas = window.canvas
    canvas.set_max_depth(None)
    canvas.fit_all()
    assert canvas.zoom_factor() < READABLE_ZOOM
    window.open_search()
    qtbot.keyClicks(window.search_bar.edit, "stunting")
    hit = window.editor.selected
    assert hit is not None and "stunting" in window.document.plan[hit].statement.lower()
    assert canvas.zoom_factor() >= READABLE_ZOOM
    assert canvas.viewport().rect().intersects(canvas.card_rect_in_view(hit).toAlignedRect())
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Escape)
    assert window.focusWidget() is canvas  # Delete now deletes, as the planner expects


def test_the_legend_and_the_minimap_step_aside_from_the_selected_card(qtbot, tmp_path):
    window = _sample_window(qtbot, tmp_path, 1024, 768)
    canvas = window.canvas
    plan = window.document.plan
    key = plan.roots()[0]
    window.editor.select(key)
    rect = canvas.card_rect_in_view(key)
    # Scroll so that the card sits in the bottom-left corner, where the legend stands.
    vp = canvas.viewport().rect()
    canvas.horizontalScrollBar().setValue(
        canvas.horizontalScrollBar().value() + int(rect.left()) - 10)
    canvas.verticalScrollBar().setValue(
        canvas.verticalScrollBar().value() - (vp.height() - int(rect.bottom()) - 10))
    card = canvas.card_rect_in_view(key).toAlignedRect()
    for overlay in (canvas.legend, canvas.minimap):
        if overlay.isVisible():
            assert not QRect(overlay.pos(), overlay.size()).intersects(card)
