"""Canvas speed on a generated 20,000-node plan, offscreen, frames painted into a QImage.

Goals (issue 3): view creation to the first painted frame < 2 s; an edit (add a
node, change a statement) to the repainted frame < 100 ms; a repaint at normal
zoom < 10 ms; fully zoomed out < 200 ms. Each figure is the median of several
runs and printed with its ratio to the goal (< 1.0 meets it).

Run alone: `QT_QPA_PLATFORM=offscreen python benchmarks/bench_canvas.py [--nodes 20000]`.
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


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def report(name: str, seconds: float, goal: float) -> None:
    print(f"  {name:<44} {_ms(seconds)}   goal {_ms(goal)}   ratio {seconds / goal:5.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from generate import generate_plan

    from app.model.commands import AddNode, SetField
    from app.model.plan import Node
    from app.ui.canvas import TreeView
    from app.ui.canvas.items import CardItem
    from app.ui.document import Document

    plan = generate_plan(args.nodes)
    doc = Document(plan)
    print(f"canvas, {len(plan)} nodes, viewport 1280x800, offscreen")

    t0 = time.perf_counter()
    view = TreeView(doc)
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    view.render_frame()
    first = time.perf_counter() - t0
    report("view created -> first painted frame", first, 2.0)
    # A large plan opens on its top levels; the figures below are over every level.
    view.set_max_depth(None)
    view.render_frame()
    from app.geometry.card import CardStyle
    from app.geometry.layout import layout_plan

    t0 = time.perf_counter()
    layout_plan(plan, CardStyle())
    print(f"    of which the model's cards + layout (wraps cached) {_ms(time.perf_counter() - t0)}")

    def frame_time(action=None) -> float:
        t = time.perf_counter()
        if action is not None:
            action()
        view.render_frame()
        return time.perf_counter() - t

    def median(fn, n: int = args.repeat) -> float:
        return statistics.median(fn() for _ in range(n))

    view.set_zoom(1.0)
    view.center_on(plan.roots()[0])
    view.render_frame()
    report("repaint at 100 %", median(frame_time), 0.010)

    # A subtree in the middle, so that a relayout moves about half of the cards.
    target = list(plan.nodes)[len(plan) // 2]
    while plan.scheme.index(plan[target].level) >= len(plan.scheme) - 1:
        target = plan[target].parent
    view.select(target, center=True)
    view.render_frame()
    level = plan.scheme.names[plan.scheme.index(plan[target].level) + 1]
    added = []

    def add() -> None:
        key = plan.new_key("B")
        added.append(key)
        doc.push(AddNode(Node(key, level, "Meningkatnya hal baru", parent=target)))

    report("AddNode -> repainted frame", median(lambda: frame_time(add), 5), 0.100)
    geo = view.state.geometry

    def layout_only() -> float:
        t = time.perf_counter()
        layout_plan(plan, geo.style, view.state.collapsed, cards=geo.cards)
        return time.perf_counter() - t

    from app.geometry.layout_cache import IncrementalLayout

    kept = IncrementalLayout(plan, geo.cards)
    kept.layout(view.state.collapsed)
    doc.changed.connect(kept.note)

    def layout_after_add() -> float:
        add()  # the scene relays out its own; `kept` is told of the edit too, and timed alone
        t = time.perf_counter()
        kept.layout(view.state.collapsed)
        return time.perf_counter() - t

    print(f"    a full layout_plan, for comparison         {_ms(median(layout_only, 5))}")
    print(f"    of which the kept layout after one AddNode {_ms(median(layout_after_add, 5))}")
    words = iter(range(10**6))

    def retype() -> None:
        doc.push(SetField(target, "statement", f"Meningkatnya mutu layanan {next(words)}"))

    report("SetField statement -> repainted frame", median(lambda: frame_time(retype)), 0.100)

    view.set_zoom(0.25)
    view.render_frame()
    report("repaint at 25 % (strips and first words)", median(frame_time), 0.100)
    from app.geometry.zoomed import zoomed_card

    def fresh_texts() -> float:
        zoomed_card.cache_clear()  # the first frame at a new zoom step decides every text
        return frame_time()

    def cards_in_view() -> int:
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        return sum(isinstance(i, CardItem) for i in view.tree_scene.items(shown))

    print(f"    cards in view: {cards_in_view()}")
    report("the same, zoomed-out texts decided afresh", median(fresh_texts), 0.100)
    # Where the rows are full: a Sub Kegiatan's family at the bottom of the tree.
    deep = max(plan.nodes, key=lambda k: (len(plan.ancestors(k)), k))
    view.center_on(deep)
    view.render_frame()
    report("repaint at 25 % over the full bottom rows", median(frame_time), 0.100)
    print(f"    cards in view: {cards_in_view()}")
    report("the same, zoomed-out texts decided afresh", median(fresh_texts), 0.100)

    view.fit_all()
    view.render_frame()
    print(f"  fully zoomed out: scale {view.zoom_factor():.5f}")
    report("repaint fully zoomed out", median(frame_time), 0.200)
    report("AddNode fully zoomed out -> frame", median(lambda: frame_time(add), 3), 0.100)

    out = ROOT / "benchmarks" / "output"
    out.mkdir(parents=True, exist_ok=True)
    path = Path(out / "canvas-zoomed-out.png")
    view.render_image(str(path))
    print(f"  screenshot: {path.relative_to(ROOT)}")
    view.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
