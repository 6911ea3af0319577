"""A screenshot of the main window on the bundled sample plan, to look at."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication

from tests.conftest import BUNDLED_XLSX, SAMPLE_XLSX
from tests.ui.window_helpers import open_window


def test_main_window_screenshot(qtbot, tmp_path, screenshots):
    source = BUNDLED_XLSX if BUNDLED_XLSX.exists() else SAMPLE_XLSX
    xlsx = tmp_path / source.name
    shutil.copy(source, xlsx)
    window = open_window(qtbot, tmp_path, plan=False)
    window.resize(1400, 900)
    assert window.files.open_path(xlsx)
    window.document.recheck()
    QApplication.processEvents()  # the canvas takes its first view when shown
    plan = window.document.plan
    # a program with indicators selected, so that the inspector shows its table
    key = next(k for k in plan.walk() if plan.scheme.index(plan[k].level) == 3)
    window.editor.select(key, centre=True)
    QApplication.processEvents()
    window.canvas.minimap.render_now()  # as it is a quarter second later
    image = window.grab()
    assert (image.width(), image.height()) == (1400, 900)
    out = screenshots / "main-window.png"
    assert image.save(str(out))
    # What the picture shows, not only its size: the selected Program's card is on the
    # canvas in the Program blue, and every panel speaks of the same node.
    canvas = window.canvas
    rect = canvas.card_rect_in_view(key)
    assert rect is not None and canvas.viewport().rect().contains(rect.center().toPoint())
    at = canvas.viewport().mapTo(window, rect.topLeft().toPoint())
    strip = image.toImage().pixelColor(at.x() + round(rect.width() * 0.7), at.y() + 6)
    assert (strip.red(), strip.green(), strip.blue()) == (0x15, 0x65, 0xC0)
    assert window.inspector.title.text() == f"{plan[key].level} · {key}"
    assert window.outline.selected_key() == key
    assert window.status_label.text().startswith(f"{len(plan)} simpul")


def test_comparison_screenshot(qtbot, tmp_path, screenshots):
    """The comparison after a session on the bundled sample: marks, legend and table."""
    from app.model.commands import AddNode, DeleteSubtree, MoveNode, SetField
    from app.model.plan import Node

    source = BUNDLED_XLSX if BUNDLED_XLSX.exists() else SAMPLE_XLSX
    xlsx = tmp_path / source.name
    shutil.copy(source, xlsx)
    window = open_window(qtbot, tmp_path, plan=False)
    window.resize(1400, 900)
    assert window.files.open_path(xlsx)
    QApplication.processEvents()
    plan = window.document.plan
    assert window.revisions.save_snapshot("Sebelum asistensi", "Bapperida")
    programs = [k for k in plan.walk() if plan.scheme.index(plan[k].level) == 3]
    kegiatan = [k for k in plan.walk() if plan.scheme.index(plan[k].level) == 4]
    first = programs[0]
    window.editor.push(SetField(first, "statement", plan[first].statement + " dan terjangkau"))
    window.editor.push(AddNode(Node("BARU-1", plan[kegiatan[0]].level, "Tersedianya layanan baru",
                             opds=plan[first].opds, parent=first)))
    window.editor.push(DeleteSubtree(kegiatan[-1]))
    movable = next(k for k in kegiatan[1:-1] if plan[k].parent != programs[1])
    window.editor.push(MoveNode(movable, programs[1]))
    window.revisions.compare_with_snapshot("Sebelum asistensi")
    window.editor.select(first, centre=True)
    QApplication.processEvents()
    marks = window.marks()
    assert marks[first] == "changed" and marks["BARU-1"] == "added" and marks[movable] == "moved"
    image = window.grab()
    out = screenshots / "window-comparison.png"
    assert image.save(str(out))
