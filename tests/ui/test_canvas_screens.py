"""Screenshots of the canvas, to be looked at: the bundled sample plan and a zoomed-out 20,000-node plan."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.exchange import read_workbook
from app.ui.canvas import TreeView
from app.ui.document import Document

ROOT = Path(__file__).resolve().parents[2]


def _distinct_colours(img: QImage, step: int = 7) -> int:
    seen = set()
    for x in range(0, img.width(), step):
        for y in range(0, img.height(), step):
            seen.add(img.pixel(x, y) & 0xF0F0F0)
    return len(seen)


def test_sample_plan_screenshot(qtbot, screenshots):
    path = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"
    if not path.exists():
        path = ROOT / "tests" / "data" / "rpd-kota-contoh.xlsx"
    doc = Document(read_workbook(path))
    doc.recheck()
    view = TreeView(doc)
    qtbot.addWidget(view, before_close_func=lambda w: w.deleteLater())
    view.resize(1600, 1000)
    view.show()
    qtbot.waitExposed(view)
    first = doc.plan.roots()[0]
    view.set_zoom(0.8)
    view.select(first)
    view.center_on(first)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 320)
    out = screenshots / "canvas-sample.png"
    view.render_image(out)
    img = QImage(str(out))
    assert img.width() == 1600 and _distinct_colours(img) > 12
    # Cards are painted where the layout put them: the strip of the root in its colour.
    r = view.card_rect_in_view(first)
    strip = img.pixelColor(round(r.left() + r.width() * 0.6), round(r.top() + 5))
    assert strip.green() > strip.red() and strip.green() > strip.blue()  # Tujuan green


@pytest.mark.slow
def test_large_plan_zoomed_out_screenshot(qtbot, screenshots):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate_plan

    doc = Document(generate_plan(20000))
    view = TreeView(doc)
    qtbot.addWidget(view, before_close_func=lambda w: w.deleteLater())
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_max_depth(None)  # it opened on its top levels: every level, then the overview
    view.fit_all()
    assert not view.tree_scene.detailed  # the overview item stands in for 20,000 cards
    out = screenshots / "canvas-20000-zoomed-out.png"
    view.render_image(out)
    img = QImage(str(out))
    # The tree's shape fills the window: level colours in several rows, not one grey line.
    rows = {
        y
        for y in range(0, img.height(), 4)
        if any((img.pixel(x, y) & 0xFFFFFF) == 0x1565C0 for x in range(300, 1300, 3))
    }
    assert len(rows) >= 3
