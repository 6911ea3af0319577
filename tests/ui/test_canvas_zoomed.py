"""Zoomed-out cards on a real canvas: the texts the cards paint, read back from Qt's paint engine.

At 25 % every text a card paints lies inside the card (no word runs past its
edge or is clipped there), the statement's words are whole and in order, all
statements share one font size and all strips another, and the strip says the
code (or the level) of its node.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from app.exchange import read_workbook
from app.geometry.strip import level_abbreviations
from app.geometry.zoomed import ELLIPSIS
from app.ui.canvas import TreeView
from app.ui.document import Document

from .painted import PaintedText, record_texts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample_plan():
    return read_workbook(ROOT / "resources" / "rpd-kota-mojokerto.xlsx")


def _view(qtbot, plan, size=(1024, 768)) -> TreeView:
    view = TreeView(Document(plan))
    qtbot.addWidget(view, before_close_func=lambda w: w.deleteLater())
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.set_max_depth(None)  # every level, not the first view's top two
    return view


def _cards_painted(view: TreeView, zoom: float) -> tuple[dict[str, list[PaintedText]], int]:
    """Texts painted at `zoom` over the top of the tree, by card; and how many were inside none."""
    scene = view.tree_scene
    scene.flush()  # every card made, not only those on screen
    top = min(b[1] for b in scene.boxes.values())
    left = min(b[0] for b in scene.boxes.values())
    source = QRectF(left - 20, top - 20, 1024 / zoom, 768 / zoom)
    texts = record_texts(scene, source, zoom)
    by_card: dict[str, list[PaintedText]] = {}
    stray = 0
    for t in texts:
        sx, sy = source.left() + t.x / zoom, source.top() + t.y / zoom
        hit = [k for k, b in scene.boxes.items()
               if b[0] - 0.5 <= sx <= b[0] + b[2] and b[1] <= sy <= b[1] + b[3]]
        if not hit:
            stray += 1
            continue
        key = hit[0]
        b = scene.boxes[key]
        # The whole text inside its card: its right end never past the card's right edge.
        assert t.x + t.width <= (b[0] + b[2] - source.left()) * zoom + 0.5, (key, t)
        by_card.setdefault(key, []).append(t)
    return by_card, stray


def test_cards_at_25_percent_paint_whole_words_in_one_size(qtbot, sample_plan):
    view = _view(qtbot, sample_plan)
    view.set_zoom(0.25)
    by_card, stray = _cards_painted(view, 0.25)
    assert len(by_card) > 30 and stray == 0
    nodes = sample_plan.nodes
    statement_px: set[float] = set()
    strip_px: set[float] = set()
    with_words = 0
    for key, texts in by_card.items():
        node = nodes[key]
        strips = [t for t in texts if t.bold]
        words = [t for t in texts if not t.bold]
        assert len(strips) == 1, (key, texts)
        label = strips[0].text
        forms = level_abbreviations(node.level)
        assert node.code and node.code.endswith(label.lstrip("…")) or label in forms, label
        strip_px.add(round(strips[0].pixel_size, 1))
        shown: list[str] = []
        for t in sorted(words, key=lambda t: t.y):
            statement_px.add(round(t.pixel_size, 1))
            shown += t.text.removesuffix(ELLIPSIS).split()
        assert shown == node.statement.split()[: len(shown)], (key, words)
        with_words += bool(shown)
    assert len(statement_px) == 1 and len(strip_px) == 1, (statement_px, strip_px)
    assert min(statement_px) >= 8.0 and min(strip_px) >= 9.0
    assert with_words > len(by_card) * 0.7


def test_further_out_strips_keep_a_label_and_words_give_way_to_bars(qtbot, sample_plan):
    view = _view(qtbot, sample_plan)
    view.set_zoom(0.2)
    by_card, stray = _cards_painted(view, 0.2)
    assert stray == 0 and len(by_card) > 30
    # 8 px words would not read: only the strips' labels are painted, one size for all.
    assert all(t.bold for texts in by_card.values() for t in texts)
    assert len({round(t.pixel_size, 1) for texts in by_card.values() for t in texts}) == 1


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_zoomed_out_screenshots(qtbot, sample_plan, screenshots, size):
    view = _view(qtbot, sample_plan, size)
    first = sample_plan.roots()[0]
    for zoom in (0.3, 0.25, 0.18):
        view.set_zoom(zoom)
        view.center_on(sample_plan.children(sample_plan.children(first)[0])[0])
        out = screenshots / f"canvas-zoomed-{int(zoom * 100)}-{size[0]}x{size[1]}.png"
        view.render_image(out)
        assert out.exists()
