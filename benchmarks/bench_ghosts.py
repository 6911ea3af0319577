"""Removed nodes as ghosts on the canvas of a 20,000-node comparison, offscreen.

A comparison lays out the plan's drawn forest with the ghosts through the full
tidy layout (the kept layout serves the plan alone). Goals: showing the
ghosts of a comparison < 300 ms; an edit in a live comparison to its repainted
frame < 150 ms; and the same edit without a comparison as fast as before
(the canvas's ordinary path, for the ratio).

Run alone: `QT_QPA_PLATFORM=offscreen python benchmarks/bench_ghosts.py [--nodes 20000]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def report(name: str, seconds: float, goal: float) -> None:
    print(f"  {name:<44} {seconds * 1000:8.1f} ms   goal {goal * 1000:8.1f} ms   "
          f"ratio {seconds / goal:5.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from generate import generate_plan

    from app.geometry.ghosts import removed_ghosts
    from app.model.commands import DeleteSubtree, SetField
    from app.model.diff import diff_plans
    from app.ui.canvas import TreeView
    from app.ui.document import Document

    plan = generate_plan(args.nodes)
    old = plan.copy()
    doc = Document(plan)
    # Every 50th Kegiatan goes with its Sub Kegiatan: a few hundred removed nodes.
    kegiatan = [k for k, n in plan.nodes.items() if n.level == "Kegiatan"][::50]
    where = plan[kegiatan[0]].parent  # the camera looks at the first one's program
    for k in kegiatan:
        doc.push(DeleteSubtree(k))
    ghosts = removed_ghosts(diff_plans(old, plan).removed, old, plan)
    print(f"ghosts, {len(plan)} nodes, {len(ghosts)} removed, viewport 1280x800, offscreen")
    view = TreeView(doc)
    view.resize(1280, 800)
    view.show()
    view.set_max_depth(None)
    app.processEvents()
    view.set_zoom(0.6)
    view.center_on(where)
    view.render_frame()

    def timed(action) -> float:
        t = time.perf_counter()
        action()
        view.render_frame()
        return time.perf_counter() - t

    def median(fn) -> float:
        return statistics.median(fn() for _ in range(args.repeat))

    target = next(k for k, n in plan.nodes.items() if n.level == "Program")
    words = iter(range(10**6))

    def retype() -> None:  # longer and shorter in turn: the card's size changes, so a relayout
        n = next(words)
        doc.push(SetField(target, "statement",
                          f"Meningkatnya mutu layanan {n} " * (1 + 3 * (n % 2))))

    plain = median(lambda: timed(retype))
    shown = median(lambda: timed(lambda: (view.set_removed(None), view.set_removed(ghosts))))
    report("showing the ghosts (layout with them)", shown, 0.300)
    with_ghosts = median(lambda: timed(retype))
    report("edit -> frame, plan alone", plain, 0.150)
    report("edit -> frame, with the ghosts", with_ghosts, 0.150)
    print(f"    with ghosts / plan alone: {with_ghosts / plain:5.2f}")
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
