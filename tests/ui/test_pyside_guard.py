"""Guard against the PySide6 6.12.0 / Python 3.11 interpreter abort (architecture.md).

That combination dies with "Fatal Python error: none_dealloc" after a few
thousand calls to Qt methods returning None, such as `setPos`; the canvas makes
tens of thousands of them on a large plan. The calls run in a subprocess so that
an abort fails this test instead of killing the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene
app = QApplication([])
scene = QGraphicsScene()
items = [QGraphicsRectItem(0, 0, 10, 10) for _ in range(200)]
for it in items:
    scene.addItem(it)
for i in range(20000):
    items[i % 200].setPos(i, i % 97)
    items[i % 200].setZValue(i % 3)
print("ok", len(scene.items()))
"""


def test_20000_setpos_calls_do_not_abort_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok 200"
