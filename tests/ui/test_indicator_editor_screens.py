"""The indicator editor on the bundled sample at projector and laptop sizes, 3 and 5 years.

Checks what a planner typing targets in the meeting needs to see (every target
column whole, no sideways scrolling, the indicator's name readable) and saves
the screens under tests/output/ for people to look at.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPixmap

from app.exchange import read_workbook
from app.model.commands import set_period
from app.model.plan import Plan
from app.ui.panels.indicators import NAME_MIN_WIDE
from tests.conftest import BUNDLED_XLSX
from tests.ui.window_helpers import open_window

SIZES = ((1024, 768), (1366, 768), (1920, 1080))
NODE = "P-DIKBUD-1.01.02"  # a program with two indicators, one with a long name


def _five_years(plan: Plan) -> Plan:
    """The sample as an RPJMD 2025-2029: the 2026 step carried on for three more years."""
    plan.name = "RPJMD Kota Mojokerto 2025-2029"
    plan.execute(set_period(2025, 2029))
    for node in plan.nodes.values():
        inds = []
        for ind in node.indicators:
            targets = {y: v for y, v in ind.targets.items() if y != 2024}
            a, b = targets.get(2025), targets.get(2026)
            if isinstance(a, float) and isinstance(b, float):
                for i, year in enumerate((2027, 2028, 2029), start=1):
                    targets[year] = round(b + (b - a) * i, 3)
            inds.append(replace(ind, targets=targets, baseline_year=2024))
        node.indicators = tuple(inds)
    return plan


@pytest.mark.parametrize("years", [3, 5])
def test_every_year_shows_at_once_at_every_screen_size(qtbot, tmp_path, screenshots, years):
    plan = read_workbook(BUNDLED_XLSX)
    if years == 5:
        plan = _five_years(plan)
    window = open_window(qtbot, tmp_path, plan)
    window.editor.select(NODE)
    window.open_indicator_editor()
    dialog = window.indicator_editor
    table, view = dialog.table, dialog.table.view
    model = table.model
    assert len(model.years()) == years
    for width, height in SIZES:
        window.resize(width, height)
        dialog.place_on(QRect(0, 0, width, height - 40))
        qtbot.waitUntil(lambda w=width: dialog.width() == min(w - 16, 1440), timeout=3000)
        qtbot.wait(50)
        assert view.horizontalScrollBar().maximum() == 0, (width, years)
        port = view.viewport().rect()
        for column in range(model.columnCount()):
            rect = view.visualRect(model.index(0, column))
            assert port.left() <= rect.left() and rect.right() <= port.right(), (width, column)
        assert view.columnWidth(0) >= NAME_MIN_WIDE
        if width >= 1366:  # room enough: the text grows for the back of the room
            assert view.font().pointSizeF() > table._base_font.pointSizeF()
        col = model.column_of("target", model.years()[1])
        table.select_row(0, col)
        shot = QPixmap(width, height)
        painter = QPainter(shot)
        painter.drawPixmap(0, 0, window.grab())
        painter.drawPixmap(dialog.pos(), dialog.grab())
        painter.end()
        assert shot.save(str(screenshots / f"indicator-editor-{years}y-{width}x{height}.png"))
    window.indicator_editor.close()
