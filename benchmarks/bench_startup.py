"""From the command to the first painted window: `pokin PLAN.pokin` on 20,000 nodes.

Runs the editor in a fresh process (offscreen), as a planner's double click
would, and reports the time from the process's start to the first full paint
of the main window: imports, reading the plan file, cards, layout and panels.
Twice: on a file never opened in the editor (every card is measured), and on
one opened and closed before, which keeps its card heights.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]

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
if sys.argv[3] == "close":  # as a planner closing the window: the card heights are kept
    window.close()
"""


def _timed(plan: Path, env: dict, then: str = "exit") -> float:
    started = time.time()
    done = subprocess.run([sys.executable, "-c", CHILD, str(plan), repr(started), then],
                          capture_output=True, text=True, env=env, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def _report(label: str, times: list[float]) -> None:
    best, median = min(times), statistics.median(times)
    print(f"  {label:<44} best {best:.2f} s, median {median:.2f} s   goal 2.00 s"
          f"   ratio {median / 2.0:.2f} (median)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    plan = OUTPUT / f"plan-{args.nodes}-s1.pokin"
    if not plan.exists():
        subprocess.run([sys.executable, "-m", "app.cli", "import", str(cached_workbook(args.nodes)),
                        "-o", str(plan)], check=True, capture_output=True)
    # As `make run` does: the sources byte-compiled once, not on every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"pokin PLAN.pokin ({args.nodes:,} nodes): command -> first painted window")
    with tempfile.TemporaryDirectory() as tmp:
        first = []
        for i in range(args.repeat):  # a file never opened in the editor: every card measured
            copy = Path(tmp) / f"first-{i}.pokin"
            shutil.copyfile(plan, copy)
            first.append(_timed(copy, env))
        _report("first opening (every card measured)", first)
        kept = Path(tmp) / "kept.pokin"
        shutil.copyfile(plan, kept)
        _timed(kept, env, "close")
        _report("later openings (card heights kept in the file)",
                [_timed(kept, env) for _ in range(args.repeat)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
