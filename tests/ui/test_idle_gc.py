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


def test_an_opened_plan_is_swept_once_then_frozen_and_later_cycles_still_freed(qapp):
    owner = QObject()
    collector = idle_gc.install(owner)
    try:
        long_lived = [_Cycle() for _ in range(100)]
        collector.settle_soon()
        young = weakref.ref(_Cycle())
        collector.collect()  # a sweep is due: the tick leaves the plan's young objects alone
        assert young() is not None
        collector.settle_now()
        assert young() is None  # the sweep freed the garbage ...
        assert gc.get_freeze_count() >= len(long_lived)  # ... and froze what lives on
        later = weakref.ref(_Cycle())
        for _ in range(10):
            collector.collect()
        assert later() is None  # cycles made after the freeze are still collected
    finally:
        gc.unfreeze()
        owner.deleteLater()
