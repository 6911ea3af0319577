"""Removed nodes drawn as ghosts in a comparison, through the real window and real mouse events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app.exchange import read_workbook
from app.model.commands import DeleteSubtree
from app.ui.canvas.ghost import RemovedCard
from app.ui.canvas.items import CardItem

from .window_helpers import open_window

ROOT = Path(__file__).resolve().parents[2]


def _ghost_items(canvas) -> list[RemovedCard]:
    return [i for i in canvas.tree_scene.items() if isinstance(i, RemovedCard)]


def _compare_after_deleting(qtbot, tmp_path, keys, plan=None, size=(1366, 768)):
    window = open_window(qtbot, tmp_path, plan)
    window.resize(*size)
    window.revisions.save_snapshot("awal")
    for k in keys:
        window.editor.push(DeleteSubtree(k))
    assert window.revisions.compare_with_snapshot("awal")
    window.canvas.set_max_depth(None)
    return window


def test_removed_nodes_are_ghosts_only_in_a_comparison(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    c = window.canvas
    c.set_max_depth(None)
    assert c.tree_scene.removed is None and not _ghost_items(c)
    window.revisions.save_snapshot("awal")
    window.editor.push(DeleteSubtree("K1"))  # K1 and its child SK1
    assert "K1" not in c.tree_scene.boxes and not _ghost_items(c)  # not compared yet
    plan = window.document.plan
    count = len(plan)
    assert window.revisions.compare_with_snapshot("awal")
    ghosts = {i.ghost.key: i for i in _ghost_items(c)}
    assert set(ghosts) == {"K1", "SK1"}
    assert len(plan) == count and "K1" not in plan  # the plan is not touched
    # K1 where it was: under P1, after P1's own child K2; SK1 under it.
    b = c.tree_scene.boxes
    k1 = ghosts["K1"].pos()
    assert k1.y() == b["K2"][1] and k1.x() > b["K2"][0] + b["K2"][2]
    assert ghosts["SK1"].pos().y() > k1.y()
    assert c.tree_scene.removed.edges  # dashed edges lead to them
    window.revisions.close_comparison()
    assert c.tree_scene.removed is None and not _ghost_items(c)
    assert set(c.tree_scene.boxes) == set(plan.nodes)


def test_a_ghost_is_never_selected_edited_or_dropped_onto(qtbot, tmp_path):
    window = _compare_after_deleting(qtbot, tmp_path, ["K1"])
    c = window.canvas
    c.set_zoom(0.8)
    ghost = next(i for i in _ghost_items(c) if i.ghost.key == "K1")
    c.centerOn(ghost)
    qtbot.wait(10)
    centre = c.mapFromScene(ghost.mapToScene(ghost.boundingRect().center()))
    at = QPoint(centre.x(), c.mapFromScene(ghost.mapToScene(ghost.w / 2, ghost.h / 2)).y())
    assert not isinstance(c.card_at(at), CardItem)
    c.select("K2")
    qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert c.selected_key() is None or c.selected_key() == "K2"
    qtbot.mouseDClick(c.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert not c.is_editing()
    # The arrows walk the plan's cards only: Right from K2 (the row's last real card) stays.
    c.select("K2")
    qtbot.keyClick(c, Qt.Key.Key_Right)
    assert c.selected_key() in window.document.plan
    # A real card dragged onto the ghost is not moved under it.
    src = c.card_rect_in_view("K2").center().toPoint()
    before = window.document.plan["K2"].parent
    qtbot.mousePress(c.viewport(), Qt.MouseButton.LeftButton, pos=src)
    for t in (0.3, 0.6, 1.0):
        qtbot.mouseMove(c.viewport(), src + (at - src) * t)
    qtbot.mouseRelease(c.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert window.document.plan["K2"].parent == before
    assert "K1" not in window.document.plan


def test_a_live_comparison_follows_an_undo(qtbot, tmp_path):
    window = _compare_after_deleting(qtbot, tmp_path, ["K1"])
    c = window.canvas
    assert {i.ghost.key for i in _ghost_items(c)} == {"K1", "SK1"}
    window.document.undo()  # K1 is back: drawn as itself at once, its ghost gone
    assert "K1" in c.tree_scene.boxes and "K1" not in c.tree_scene.removed.boxes
    qtbot.waitUntil(lambda: c.tree_scene.removed is None, timeout=3000)
    assert not _ghost_items(c)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_comparison_with_ghosts_screenshots(qtbot, tmp_path, screenshots, size):
    plan = read_workbook(ROOT / "resources" / "rpd-kota-mojokerto.xlsx")
    program = next(k for k in plan.nodes if plan[k].level == "Program"
                   and len(plan.children(k)) >= 2 and plan.children(plan.children(k)[1]))
    kegiatan, other = plan.children(program)[:2]
    window = _compare_after_deleting(qtbot, tmp_path, [kegiatan, plan.children(other)[0]],
                                     plan, size)
    c = window.canvas
    assert len(_ghost_items(c)) >= 2
    for zoom in (0.55, 0.25):
        c.set_zoom(zoom)
        c.center_on(other)
        out = screenshots / f"comparison-ghosts-{int(zoom * 100)}-{size[0]}x{size[1]}.png"
        window.grab().save(str(out))
        assert out.exists()
