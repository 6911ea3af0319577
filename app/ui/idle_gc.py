"""Python's cyclic garbage collector, run only when the event loop is idle.

A collection that happens in the middle of a paint can destroy a closed
dialog's or window's C++ widgets while Qt is still using them, which crashes
the process. The editor therefore turns automatic collection off and collects
from a timer, between events, where no paint is in progress. Reference
counting still frees almost everything at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 1500


class IdleCollector(QObject):
    """Collects young generations every tick and everything every tenth tick."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        gc.disable()
        self._timer.start()

    def collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % 10 == 0 else 1)


def install(app: QObject) -> IdleCollector:
    """Move collection to idle time for `app` (once per application)."""
    existing = app.findChild(IdleCollector)
    return existing if existing is not None else IdleCollector(app)
