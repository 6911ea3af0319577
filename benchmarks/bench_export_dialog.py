"""The Ekspor PDF dialog on a generated 5,000-node plan, offscreen: does it stay responsive?

The dialog plans the pages (`build_pages`) again after every option change, on a
worker thread, so that the window keeps answering. For a few option changes
this prints how long until the new page count shows, and the longest stall of
the UI thread meanwhile (a 5 ms heartbeat timer measures the gaps between its
ticks), next to what the same count would freeze the UI for if it ran on the UI
thread. Goal (ours): no stall over 100 ms, the count within 2 s.

Run alone: `QT_QPA_PLATFORM=offscreen python benchmarks/bench_export_dialog.py [--nodes 5000]`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STALL_GOAL_S = 0.100
COUNT_GOAL_S = 2.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=5000)
    args = ap.parse_args(argv)

    from generate import generate_plan
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.export.pages import build_pages
    from app.ui.dialogs.export_pdf import ExportPdfDialog

    app = QApplication.instance() or QApplication([])
    plan = generate_plan(args.nodes)
    print(f"Ekspor PDF dialog, {len(plan.nodes)} nodes")

    gaps: list[float] = []
    clock = QElapsedTimer()
    beat = QTimer()
    beat.setInterval(5)

    def tick() -> None:
        gaps.append(clock.restart() / 1000.0)

    beat.timeout.connect(tick)

    def run_until_counted(dialog: ExportPdfDialog) -> tuple[float, float]:
        gaps.clear()
        t0 = time.perf_counter()
        clock.start()
        beat.start()
        while dialog.page_count is None and time.perf_counter() - t0 < 60:
            app.processEvents()
            time.sleep(0.001)
        beat.stop()
        return time.perf_counter() - t0, max(gaps, default=0.0)

    t0 = time.perf_counter()
    dialog = ExportPdfDialog(plan)
    dialog.resize(1000, 620)
    dialog.show()
    built = time.perf_counter() - t0
    took, stall = run_until_counted(dialog)
    print(f"  open the dialog (widgets)              {built * 1000:8.1f} ms")
    print(f"  first count ({dialog.page_count:5d} pages)             {took * 1000:8.1f} ms   "
          f"longest UI stall {stall * 1000:6.1f} ms   ratio {stall / STALL_GOAL_S:5.2f}")

    changes = [
        ("paper A4", lambda: dialog.paper.setCurrentText("A4")),
        ("portrait", lambda: dialog.orientation.setCurrentIndex(1)),
        ("booklet per OPD", lambda: dialog.sections.setCurrentIndex(2)),
        ("booklet per Sasaran", lambda: dialog.sections.setCurrentIndex(1)),
        ("booklet to Program", lambda: (dialog.sections.setCurrentIndex(0),
                                        dialog.depth.setCurrentIndex(4))),
        ("one page per OPD", lambda: (dialog.mode.setCurrentIndex(1),
                                      dialog.depth.setCurrentIndex(0),
                                      dialog.sections.setCurrentIndex(2))),
        ("tile, A3 landscape", lambda: (dialog.mode.setCurrentIndex(2),
                                        dialog.sections.setCurrentIndex(0),
                                        dialog.paper.setCurrentText("A3"),
                                        dialog.orientation.setCurrentIndex(0))),
    ]
    worst_stall = stall  # the first count is counted too (it measures every card once)
    worst_count = took
    for name, change in changes:
        change()
        took, stall = run_until_counted(dialog)
        options = dialog.options()
        cards = build_pages(plan, options).cards  # measured warm, like the dialog's own cache
        t1 = time.perf_counter()
        build_pages(plan, options, cards)
        sync = time.perf_counter() - t1
        worst_stall = max(worst_stall, stall)
        worst_count = max(worst_count, took)
        print(f"  {name:<22} {dialog.page_count:5d} pages  count shown {took * 1000:7.1f} ms "
              f"(incl. {200} ms debounce)  longest UI stall {stall * 1000:6.1f} ms  "
              f"(on the UI thread it would be {sync * 1000:6.1f} ms)")
    t2 = time.perf_counter()
    dialog.preview.grab()
    paint = time.perf_counter() - t2
    print(f"  preview paint (grab)                   {paint * 1000:8.1f} ms")
    print(f"  worst UI stall {worst_stall * 1000:.1f} ms, goal {STALL_GOAL_S * 1000:.0f} ms, "
          f"ratio {worst_stall / STALL_GOAL_S:.2f}; worst count {worst_count:.2f} s, goal "
          f"{COUNT_GOAL_S:.0f} s, ratio {worst_count / COUNT_GOAL_S:.2f}")
    dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
