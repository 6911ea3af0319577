"""Typing a whole indicator row with Tab, through real key events, in the inspector's table.

The defect this guards against: every committed cell rebuilt the table, so the
next editor opened on the wrong column and the following value replaced the
unit ("%" became "60") while the targets stayed empty, and Qt warned
`commitData called with an editor that does not belong to this view`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.store import PlanFile
from tests.ui.typing_helpers import focus_window, focused, press, qt_warnings, type_text
from tests.ui.window_helpers import open_window

OFFSCREEN_NOISE = ("propagateSizeHints",)


def _real(warnings: list[str]) -> list[str]:
    return [w for w in warnings if not any(n in w for n in OFFSCREEN_NOISE)]


def _click_cell(qtbot, view, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    assert view.currentIndex() == index


def test_tab_through_baseline_and_targets_puts_every_value_in_its_column(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    focus_window(qtbot, window)
    window.editor.select("P1")
    table = window.inspector.indicators
    model, view = table.model, table.view
    before = window.document.plan["P1"].indicators[0]
    baseline = model.column_of("baseline")
    with qt_warnings() as warnings:
        _click_cell(qtbot, view, 0, baseline)
        type_text(qtbot, "65")
        press(qtbot, Qt.Key.Key_Tab)
        # the baseline year comes next in reading order; then the targets
        assert view.currentIndex().column() == baseline + 1
        type_text(qtbot, "2023")
        press(qtbot, Qt.Key.Key_Tab)
        for text in ("66", "67,5", "69"):
            assert isinstance(focused(), QLineEdit)  # an editor opened on the next cell
            type_text(qtbot, text)
            press(qtbot, Qt.Key.Key_Tab)
    after = window.document.plan["P1"].indicators[0]
    assert (after.name, after.jenis, after.satuan, after.polaritas) == (
        before.name, before.jenis, before.satuan, before.polaritas)
    assert after.baseline == 65.0
    assert after.baseline_year == 2023
    assert after.targets == {2024: 66.0, 2025: 67.5, 2026: 69.0}
    assert _real(warnings) == []
    # shown the Indonesian way, and on disk as typed
    assert model.index(0, baseline + 3).data() == "67,5"
    assert PlanFile.read(tmp_path / "uji.pokin")["P1"].indicators[0] == after
    # one undo step per committed cell, each naming what it changed
    labels = window.document.session.labels()
    assert labels == [
        "Ubah baseline · Persentase penduduk terlayani",
        "Ubah tahun baseline · Persentase penduduk terlayani",
        "Ubah target 2024 · Persentase penduduk terlayani",
        "Ubah target 2025 · Persentase penduduk terlayani",
        "Ubah target 2026 · Persentase penduduk terlayani",
    ]


def test_tab_from_the_name_walks_every_column_in_reading_order(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    focus_window(qtbot, window)
    window.editor.select("K1")
    table = window.inspector.indicators
    view = table.view
    columns: list[int] = []
    with qt_warnings() as warnings:
        _click_cell(qtbot, view, 0, 0)
        press(qtbot, Qt.Key.Key_F2)  # edit the name in place
        for _ in range(table.model.columnCount() - 1):
            columns.append(view.currentIndex().column())
            press(qtbot, Qt.Key.Key_Tab)
        columns.append(view.currentIndex().column())
    assert columns == list(range(table.model.columnCount()))
    assert window.document.session.position == 0  # nothing typed, nothing changed
    assert _real(warnings) == []
