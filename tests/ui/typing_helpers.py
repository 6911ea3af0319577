"""Typing as a planner does: every key goes to the widget that has the keyboard focus.

`qtbot.keyClicks(widget, ...)` sends keys to the widget it is given, even after
the first key opened an editor somewhere else; a planner's keys go wherever
the focus went. These helpers send one key at a time to the focus widget, so
that a test follows the focus through editors that open and close as Tab
moves on, and also catch Qt's own warnings (a test that types through a table
must not make Qt complain about editors it lost track of).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def type_text(qtbot, text: str) -> None:
    """Type `text` key by key into whatever has the focus at each key."""
    for ch in text:
        qtbot.keyClicks(focused(), ch)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def focus_window(qtbot, window: QWidget) -> None:
    """Make `window` the active window, so that clicks and keys reach its widgets."""
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


@contextmanager
def qt_warnings() -> Iterator[list[str]]:
    """Collect Qt's warnings (and worse) while the block runs; the previous handler is kept."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            seen.append(message)
        if previous is not None:
            previous(kind, _context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)
