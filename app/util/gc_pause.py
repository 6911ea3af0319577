"""Pausing Python's cyclic garbage collector around bulk work.

Loading, laying out or drawing 20,000 nodes allocates hundreds of thousands of
small objects and makes no cyclic garbage; each batch of allocations would
still trigger a collection that walks every live object (it doubled load and
restore times). Inside a Qt paint a collection can also destroy a closed
window's widgets mid-frame. One context manager serves all these places; it
restores the collector only if it was running, so the editor's idle-time
collection (app/ui/idle_gc.py) stays in charge.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic collection inside the block; the previous state after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
