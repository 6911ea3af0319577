"""Presentation mode on the bundled sample at 1024x768: the breadcrumb, wide and deep branches,
and the camera after Esc, through the real window and real key presses."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt

from app.exchange import read_workbook
from app.ui.presentation import MIN_ZOOM, PresentationMode
from app.ui.presentation_frame import OffScreen, off_screen

from .window_helpers import open_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample():
    return read_workbook(ROOT / "resources" / "rpd-kota-mojokerto.xlsx")


def _present(qtbot, tmp_path, plan, size=(1024, 768)):
    window = open_window(qtbot, tmp_path, plan)
    window.resize(*size)
    mode = PresentationMode(window, settings=QSettings(str(tmp_path / "p.ini"),
                                                       QSettings.Format.IniFormat))
    mode.enter(full_screen=False)
    # Panels hidden: the canvas takes the window once the layout has run.
    qtbot.waitUntil(lambda: mode.canvas.width() >= size[0] - 4)
    return window, mode


def _rect(c, key) -> QRectF:
    return c.card_rect_in_view(key)


def _free(c) -> QRectF:
    """The part of the canvas the breadcrumb leaves to the cards."""
    vp = QRectF(c.viewport().rect())
    if c.breadcrumb.isVisible():
        vp.setTop(c.breadcrumb.geometry().bottom())
    return vp


def _focus(qtbot, mode, key) -> None:
    c = mode.canvas
    c.select(key)
    qtbot.keyClick(c, Qt.Key.Key_Return)
    assert c.focus_root() == key


def _deepest(plan) -> str:
    return max(plan.nodes, key=lambda k: (len(plan.ancestors(k)), len(plan[k].statement)))


def _widest(plan) -> str:
    return max(plan.nodes, key=lambda k: len(plan.children(k)))


def test_breadcrumb_of_a_deep_branch_keeps_to_two_lines(qtbot, tmp_path, sample):
    window, mode = _present(qtbot, tmp_path, sample)
    c = mode.canvas
    deep = _deepest(sample)
    assert len(sample.ancestors(deep)) >= 4
    _focus(qtbot, mode, deep)
    bc = c.breadcrumb
    assert bc.isVisible() and bc.height() <= 2 * bc.fontMetrics().lineSpacing() + 16
    assert bc.lines() <= 2
    # The current card's statement is whole; every ancestor still has its level named.
    statement = " ".join(sample[deep].statement.split())
    assert statement in bc.text()
    for a in sample.ancestors(deep):
        assert f"<b>{sample[a].level}</b>" in bc.text() or "…" in bc.text()
    # The cards start under it: the focused card is whole below the breadcrumb.
    assert _free(c).contains(_rect(c, deep))
    mode.leave()


def test_breadcrumb_follows_the_selection_and_edits_at_once(qtbot, tmp_path, sample):
    window, mode = _present(qtbot, tmp_path, sample)
    c = mode.canvas
    top = sample.roots()[0]
    sasaran = sample.children(top)[0]
    _focus(qtbot, mode, sasaran)
    child = sample.children(sasaran)[0]
    qtbot.keyClick(c, Qt.Key.Key_Down)
    assert c.selected_key() == child
    # The card being discussed ends the trail, its branch's card before it.
    text = c.breadcrumb.text()
    assert " ".join(sample[child].statement.split()) in text
    assert f"href='{sasaran}'" in text
    # An edit of an ancestor shows in the breadcrumb before any event is processed.
    c.editor.set_statement(top, "Makmurnya warga kota yang berdaya saing")
    assert "Makmurnya" in c.breadcrumb.text()
    window.document.undo()
    assert "Makmurnya" not in c.breadcrumb.text()
    mode.leave()


def test_a_wide_branch_counts_the_cards_off_screen_and_the_arrows_reach_them(
        qtbot, tmp_path, sample, screenshots):
    window, mode = _present(qtbot, tmp_path, sample)
    c = mode.canvas
    wide = _widest(sample)
    kids = sample.children(wide)
    assert len(kids) >= 5
    _focus(qtbot, mode, wide)
    assert c.zoom_factor() >= MIN_ZOOM  # readable from the back row, so not all fits
    assert _free(c).contains(_rect(c, wide))
    hints = mode.hints
    assert hints.isVisible() and hints.counts["left"] + hints.counts["right"] >= 3
    assert "kartu" in " ".join(hints.texts().values())
    mode._hide_hud()
    window.grab().save(str(screenshots / "presentation-wide-1024x768.png"))
    # Every card wholly out of sight is counted, and no card wholly in sight is.
    boxes = c.tree_scene.boxes
    inside = sum(1 for k in boxes if _free(c).contains(_rect(c, k)))
    outside = sum(1 for k in boxes if not _free(c).intersects(_rect(c, k)))
    counted = sum(hints.counts.values())
    assert outside <= counted <= len(boxes) - inside and outside > 0
    # Down to the first child, then Right along the row: every child comes into view whole.
    qtbot.keyClick(c, Qt.Key.Key_Down)
    reached = {c.selected_key()}
    for _ in range(len(kids) + 2):
        assert _free(c).contains(_rect(c, c.selected_key()))
        qtbot.keyClick(c, Qt.Key.Key_Right)
        reached.add(c.selected_key())
    assert set(kids) <= reached
    mode.leave()


def test_esc_centres_the_branch_come_from(qtbot, tmp_path, sample, screenshots):
    window, mode = _present(qtbot, tmp_path, sample)
    c = mode.canvas
    wide = _widest(sample)  # a Sasaran: back at the top, the Tujuan row is far wider
    _focus(qtbot, mode, wide)
    qtbot.keyClick(c, Qt.Key.Key_Escape)
    assert c.selected_key() == wide and c.focus_root() != wide
    card = _rect(c, wide)
    free = _free(c)
    assert free.contains(card)
    assert abs(card.center().x() - free.center().x()) <= 2
    # The card with the row of its children sits in the middle of the height, not low.
    kids = [_rect(c, k) for k in sample.children(wide) if k in c.tree_scene.boxes]
    bottom = max([card.bottom()] + [k.bottom() for k in kids])
    if bottom - card.top() <= free.height() - 60:
        assert abs((card.top() - free.top()) - (free.bottom() - bottom)) <= 24
    else:
        assert card.top() - free.top() <= 40
    mode._hide_hud()
    window.grab().save(str(screenshots / "presentation-after-esc-1024x768.png"))
    mode.leave()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_presentation_screenshots_of_a_deep_and_a_wide_branch(qtbot, tmp_path, sample,
                                                              screenshots, size):
    window, mode = _present(qtbot, tmp_path, sample, size)
    for name, key in (("deep", _deepest(sample)), ("wide", _widest(sample))):
        _focus(qtbot, mode, key)
        mode._hide_hud()
        img = window.grab()
        img.save(str(screenshots / f"presentation-{name}-{size[0]}x{size[1]}.png"))
        assert img.width() == size[0]
        assert mode.canvas.breadcrumb.lines() <= 2
        qtbot.keyClick(mode.canvas, Qt.Key.Key_Escape)
    mode.leave()


def test_off_screen_counts_by_side():
    seen = (0.0, 0.0, 1000.0, 600.0)
    boxes = [
        (100, 100, 300, 250),  # seen
        (-200, 100, 300, 250),  # cut at the left
        (900, 100, 300, 250),  # cut at the right
        (1500, 100, 300, 250),  # beyond the right
        (400, 500, 300, 300),  # strip seen, but not its first lines: below
        (400, 420, 300, 300),  # cut low at the bottom, yet its head reads: seen
        (400, 900, 300, 250),  # below
        (400, -400, 300, 250),  # above
    ]
    assert off_screen(boxes, seen, 1.0) == OffScreen(left=1, right=2, above=1, below=2)


def test_the_counts_speak_english_with_its_plurals(qtbot):
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui.canvas.overlays import OffScreenHints
    from app.ui.i18n import install_translation, remove_translation

    parent = QWidget()
    qtbot.addWidget(parent)
    hints = OffScreenHints(parent)
    hints.set_counts(1, 3, 0, 2)
    assert hints.texts() == {"left": "◀ 1 kartu", "right": "3 kartu ▶", "below": "▼ 2 kartu"}
    app = QApplication.instance()
    assert install_translation(app, "en")
    try:
        assert hints.texts() == {"left": "◀ 1 card", "right": "3 cards ▶", "below": "▼ 2 cards"}
    finally:
        remove_translation(app)
