"""Layout speed: the tidy tree layout of a generated 20,000-node plan, cards measured apart.

The canvas relays out after every structural edit, so the layout itself must stay
well under a frame budget at province size (goal: < 50 ms for 20,000 nodes). Card
measuring (wrapping every statement and indicator) is timed separately: the editor
caches card sizes by node and re-measures only what an edit touched.

Run alone: `python benchmarks/bench_layout.py [--sizes 5000 20000] [--repeat 7]`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from generate import generate_plan  # noqa: E402

from app.model.card import CardCache, CardStyle  # noqa: E402
from app.model.layout import layout_forest, plan_children  # noqa: E402

GOAL_MS = 50.0


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def bench(n: int, repeat: int) -> None:
    plan = generate_plan(n, 1)
    style = CardStyle()
    t0 = time.perf_counter()
    cache = CardCache(plan, style)
    for key in plan.nodes:
        cache.get(key)
    t_cards = time.perf_counter() - t0
    roots, shown = plan_children(plan)
    sizes = {k: cache.size(k) for k in plan.nodes}
    t_layout = best_of(repeat, lambda: layout_forest(roots, shown.__getitem__, sizes.__getitem__))
    t_children = best_of(repeat, lambda: plan_children(plan))
    lay = layout_forest(roots, shown.__getitem__, sizes.__getitem__)
    compact = CardStyle(compact=True)
    t0 = time.perf_counter()
    ccache = CardCache(plan, compact)
    for key in plan.nodes:
        ccache.get(key)
    t_compact = time.perf_counter() - t0
    print(f"{n:>6} nodes  layout {t_layout * 1000:7.1f} ms (best of {repeat}; goal < {GOAL_MS:.0f} ms"
          f" at 20,000: ratio {t_layout * 1000 / GOAL_MS:.2f})")
    print(f"{'':>6}        plan_children {t_children * 1000:7.1f} ms   card_text all {t_cards * 1000:7.1f} ms"
          f"   compact cards {t_compact * 1000:7.1f} ms")
    metre = 0.0254 / 72  # one point
    print(f"{'':>6}        drawing {lay.width * metre:.1f} m x {lay.height * metre:.2f} m at 100 %,"
          f" {len(lay.row_tops)} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    for n in args.sizes:
        bench(n, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
