"""The editor's garbage collection happens between events, not during paints."""

import gc
import weakref

from PySide6.QtCore import QObject

from app.ui import idle_gc


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_cycles_are_freed_by_the_idle_collector_not_automatically(qapp):
    owner = QObject()
    collector = idle_gc.install(owner)
    assert idle_gc.install(owner) is collector  # once per application
    assert not gc.isenabled()
    ref = weakref.ref(_Cycle())
    assert ref() is not None  # waits for the collector
    for _ in range(10):
        collector.collect()
    assert ref() is None
    owner.deleteLater()
