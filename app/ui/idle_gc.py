"""Python's cyclic garbage collector, run only when the event loop is idle.

A collection that happens in the middle of a paint can destroy a closed
dialog's or window's C++ widgets while Qt is still using them, which crashes
the process. The editor therefore turns automatic collection off and collects
from a timer, between events, where no paint is in progress. Reference
counting still frees almost everything at once; only cycles wait for the timer.

An open 20,000-node plan is a few hundred thousand long-lived objects, and a
full collection walks them all (about 0.15 s, a visible hitch). So once a
plan has opened and the window has settled, one full sweep runs and its
survivors are frozen (`gc.freeze`): later collections look at newer objects
only. The sweep is repeated, unfrozen, every few minutes, so that cycles
among objects frozen earlier do not stay forever.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_INTERVAL_MS = 1500
_SETTLE_DELAY_MS = 2000  # after a plan opens: past its first frames and first check
_RESETTLE_TICKS = 200  # a full, unfrozen sweep every 5 minutes


class IdleCollector(QObject):
    """Collects young generations every tick, the unfrozen rest every tenth, all now and then."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_DELAY_MS)
        self._settle.timeout.connect(self.settle_now)
        gc.disable()
        self._timer.start()

    def collect(self) -> None:
        if self._settle.isActive():
            return  # a plan has just opened: everything in it is young, the sweep will come
        self._ticks += 1
        if self._ticks % _RESETTLE_TICKS == 0:
            self.settle_now()
        else:
            gc.collect(2 if self._ticks % 10 == 0 else 1)

    def settle_soon(self) -> None:
        """A plan was just opened: sweep everything once the window has settled, then freeze."""
        self._settle.start()

    def settle_now(self) -> None:
        self._settle.stop()
        gc.unfreeze()
        gc.collect()
        gc.freeze()


def install(app: QObject) -> IdleCollector:
    """Move collection to idle time for `app` (once per application)."""
    existing = app.findChild(IdleCollector)
    return existing if existing is not None else IdleCollector(app)


def settle_soon(app: QObject | None) -> None:
    """Tell `app`'s collector (if it has one: tests collect on their own) that a plan opened."""
    collector = app.findChild(IdleCollector) if app is not None else None
    if collector is not None:
        collector.settle_soon()
