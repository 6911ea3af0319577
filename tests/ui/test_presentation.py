"""Presentation mode in the real main window: enter, walk, focus, back, leave; notes and edits live."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage

from app.exchange import read_workbook
from app.ui.canvas.theme import EDITOR, PROJECTOR
from app.ui.presentation import PresentationMode

from .window_helpers import open_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    w.resize(1024, 768)
    return w


@pytest.fixture
def mode(window, tmp_path):
    m = PresentationMode(window, settings=QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    m.enter(full_screen=False)
    yield m
    m.leave()


def key(qtbot, canvas, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(canvas, k, mods)


def test_enter_hides_panels_and_makes_type_large(window, mode):
    c = mode.canvas
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.left_dock.isVisible() and not window.right_dock.isVisible()
    assert c.state.theme is PROJECTOR
    # The statement's pixel size on screen: pt size of the style times the zoom.
    assert c.state.geometry.style.statement_size * c.zoom_factor() >= 24
    assert c.legend.big and not c.minimap.isVisible()


def test_walk_focus_back_and_leave(window, mode, qtbot):
    c = mode.canvas
    c.select("T1")
    key(qtbot, c, Qt.Key.Key_Down)
    assert c.selected_key() == "S1"
    assert c.state.dimmed("S2") and not c.state.dimmed("SS1") and not c.state.dimmed("T1")
    key(qtbot, c, Qt.Key.Key_Return)
    assert c.focus_root() == "S1"
    assert c.breadcrumb.isVisible() and "Tujuan" in c.breadcrumb.text()
    assert "S2" not in c.tree_scene.cards
    key(qtbot, c, Qt.Key.Key_Down)
    assert c.selected_key() == "SS1"
    key(qtbot, c, Qt.Key.Key_Return)
    assert c.focus_root() == "SS1" and "Sasaran" in c.breadcrumb.text()
    key(qtbot, c, Qt.Key.Key_Escape)
    assert c.focus_root() == "S1" and c.selected_key() == "SS1"
    key(qtbot, c, Qt.Key.Key_Escape)
    assert c.focus_root() is None and c.selected_key() == "S1"
    assert mode.active
    key(qtbot, c, Qt.Key.Key_Escape)
    assert not mode.active
    assert window.menuBar().isVisible() and window.left_dock.isVisible()
    assert c.state.theme is EDITOR and c.state.spotlight is None
    assert c.state.geometry.style.statement_size < 20


def test_depth_keys_and_spotlight_toggle(window, mode, qtbot):
    c = mode.canvas
    c.select("T1")
    # The nodes drawn (cards off screen are made later, when idle).
    shown = len(c.tree_scene.boxes)
    key(qtbot, c, Qt.Key.Key_Minus)
    key(qtbot, c, Qt.Key.Key_Minus)
    assert set(c.tree_scene.boxes) == {"T1"}
    key(qtbot, c, Qt.Key.Key_Plus)
    key(qtbot, c, Qt.Key.Key_Plus)
    assert len(c.tree_scene.boxes) == shown
    key(qtbot, c, Qt.Key.Key_Plus)
    assert len(c.tree_scene.boxes) > shown
    c.select("S1")
    assert c.state.spotlight is not None
    key(qtbot, c, Qt.Key.Key_L)
    assert c.state.spotlight is None


def test_saved_views_are_stepped_and_kept_per_plan(window, mode, qtbot, tmp_path):
    c = mode.canvas
    c.select("S2")
    key(qtbot, c, Qt.Key.Key_Return)
    key(qtbot, c, Qt.Key.Key_V)
    key(qtbot, c, Qt.Key.Key_Escape)
    c.set_opd_filter("Dinas Kesehatan, Pengendalian Penduduk dan KB")
    c.select("S1")
    key(qtbot, c, Qt.Key.Key_Return)
    key(qtbot, c, Qt.Key.Key_Minus)
    key(qtbot, c, Qt.Key.Key_V)
    assert [(v.root, v.opd) for v in mode.views] == [
        ("S2", None),
        ("S1", "Dinas Kesehatan, Pengendalian Penduduk dan KB"),
    ]
    key(qtbot, c, Qt.Key.Key_PageUp)
    assert c.focus_root() == "S2" and c.state.opd_filter is None
    key(qtbot, c, Qt.Key.Key_PageDown)
    assert c.focus_root() == "S1" and c.max_depth() == mode.views[1].depth
    # A new session on the same plan file finds the order again.
    other = PresentationMode(window, settings=mode.settings)
    assert [(v.root, v.depth, v.opd) for v in other.load_views()] == [
        (v.root, v.depth, v.opd) for v in mode.views
    ]


def test_note_and_statement_edit_without_leaving(window, mode, qtbot):
    c = mode.canvas
    plan = c.plan
    c.select("SS2")
    asked: list[str] = []
    mode.ask_note = lambda _w, statement: asked.append(statement) or "Indikator belum SMART"
    key(qtbot, c, Qt.Key.Key_N)
    assert asked == [plan["SS2"].statement]
    notes = [n for n in plan.reviews.values() if n.node == "SS2"]
    assert len(notes) == 1 and notes[0].text == "Indikator belum SMART"
    assert c.state.notes == {"SS2": 1}  # the card shows a ✎1 badge
    key(qtbot, c, Qt.Key.Key_F2)
    assert c.is_editing()
    editor = c._editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Meningkatnya perlindungan sosial bagi keluarga rentan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert plan["SS2"].statement == "Meningkatnya perlindungan sosial bagi keluarga rentan"
    assert mode.active and c.state.theme is PROJECTOR
    window.document.undo()
    assert plan["SS2"].statement == "Meningkatnya perlindungan sosial keluarga rentan"


def test_f5_from_the_window_enters_and_leaves(window, qtbot):
    window.start_presentation()
    mode = window.presentation
    assert mode.active and window.isFullScreen()
    window.start_presentation()
    assert not mode.active and not window.isFullScreen()
    assert window.menuBar().isVisible()


def _bright_share(img: QImage) -> float:
    """Share of sampled pixels that are near-white (cards) on the dark background."""
    n = bright = 0
    for x in range(0, img.width(), 6):
        for y in range(0, img.height(), 6):
            c = img.pixelColor(x, y)
            n += 1
            bright += c.lightness() > 230
    return bright / n


def test_presentation_screenshots_1024x768(qtbot, tmp_path, screenshots):
    plan = read_workbook(ROOT / "resources" / "rpd-kota-mojokerto.xlsx")
    window = open_window(qtbot, tmp_path, plan)
    window.resize(1024, 768)
    m = PresentationMode(window, settings=QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    m.enter(full_screen=False)
    c = m.canvas
    qtbot.wait(10)
    top = plan.roots()[0]
    c.select(top)
    window.grab().save(str(screenshots / "presentation-top.png"))
    first_sasaran = plan.children(top)[0]
    c.select(first_sasaran)
    qtbot.keyClick(c, Qt.Key.Key_Return)
    kids = plan.children(first_sasaran)
    if kids:
        c.select(kids[0])
    m.hud.hide()  # the key hints fade after ten seconds
    img = window.grab()
    img.save(str(screenshots / "presentation-focus.png"))
    assert img.width() == 1024 and img.height() == 768
    assert 0.05 < _bright_share(img.toImage()) < 0.8
    assert c.state.geometry.style.statement_size * c.zoom_factor() >= 24
    m.leave()
