"""From the command to the first painted window: `pokin PLAN.pokin` on 20,000 nodes.

Runs the editor in a fresh process (offscreen), as a planner's double click
would, and reports the time from the process's start to the first full paint
of the main window: imports, reading the plan file, cards, layout and panels.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import OUTPUT, cached_workbook  # noqa: E402

CHILD = """
import sys, time, tempfile, pathlib
start = float(sys.argv[2])
from PySide6.QtWidgets import QApplication
from app.ui.app import start_editor
from app.ui.settings import Settings
window = start_editor(sys.argv[1], Settings.at(pathlib.Path(tempfile.mkdtemp()) / "s.ini"))
QApplication.instance().processEvents()
window.grab()
print(time.time() - start)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    plan = OUTPUT / f"plan-{args.nodes}-s1.pokin"
    if not plan.exists():
        subprocess.run([sys.executable, "-m", "app.cli", "import", str(cached_workbook(args.nodes)),
                        "-o", str(plan)], check=True, capture_output=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory():
            started = time.time()
            done = subprocess.run([sys.executable, "-c", CHILD, str(plan), repr(started)],
                                  capture_output=True, text=True, env=env, check=True)
        times.append(float(done.stdout.strip().splitlines()[-1]))
    best, median = min(times), statistics.median(times)
    print(f"pokin {plan.name} ({args.nodes:,} nodes): command -> first painted window "
          f"best {best:.2f} s, median {median:.2f} s   goal 2.00 s   ratio {best / 2.0:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
