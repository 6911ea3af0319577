"""Layout speed: card measuring and the tidy tree layout of generated plans.

Opening a plan in the editor measures every card (sizes only: `CardCache.size`),
lays the tree out and paints the cards on screen; the goal is < 2 s from the
command to the first frame for 20,000 nodes, so card measuring must stay within a
few hundred ms and the layout itself under 50 ms (it also runs after every
structural edit). Building every card's lines (`CardCache.get`, what the PDF
export does for all cards) is timed apart. Caches of wrapped text and word
widths are cleared before each cold measurement.

Run alone: `python benchmarks/bench_layout.py [--sizes 5000 20000] [--repeat 25]`.
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

from app.geometry import card as card_module  # noqa: E402
from app.geometry.card import CardCache, CardStyle  # noqa: E402
from app.geometry.layout import layout_forest, layout_plan, plan_children  # noqa: E402

GOAL_LAYOUT_MS = 50.0
GOAL_SIZES_MS = 300.0


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def cold(fn) -> float:
    """Seconds of one run after the text caches are emptied (as when a plan is first opened)."""
    card_module.clear_text_caches()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure_all(plan, style: CardStyle, build: bool) -> None:
    cache = CardCache(plan, style)
    fetch = cache.get if build else cache.size
    for key in plan.nodes:
        fetch(key)


def fill_all(plan, style: CardStyle) -> None:
    cache = CardCache(plan, style)
    if hasattr(cache, "fill"):
        cache.fill(plan.nodes)
    else:
        for key in plan.nodes:
            cache.get(key)


def bench(n: int, repeat: int) -> None:
    plan = generate_plan(n, 1)
    style = CardStyle()
    compact = CardStyle(compact=True)
    # The layout first, right after measuring (as when a plan opens), then the cards.
    t_sizes = min(cold(lambda: measure_all(plan, style, False)) for _ in range(2))
    cache = CardCache(plan, style)
    roots, shown = plan_children(plan)
    sizes = {k: cache.size(k) for k in plan.nodes}
    t_layout = best_of(repeat, lambda: layout_forest(roots, shown.__getitem__, sizes.__getitem__))
    t_stacked = best_of(max(1, repeat // 2), lambda: layout_forest(
        roots, shown.__getitem__, sizes.__getitem__, stack_leaves=True))
    t_children = best_of(repeat, lambda: plan_children(plan))
    t_open = min(cold(lambda: layout_plan(plan, style)) for _ in range(2))
    t_compact = min(cold(lambda: measure_all(plan, compact, False)) for _ in range(2))
    t_cards = min(cold(lambda: measure_all(plan, style, True)) for _ in range(2))
    t_fill = min(cold(lambda: fill_all(plan, style)) for _ in range(2))
    lay = layout_forest(roots, shown.__getitem__, sizes.__getitem__)
    ms = 1000
    print(f"{n:>6} nodes  layout {t_layout * ms:7.1f} ms (best of {repeat}; goal < {GOAL_LAYOUT_MS:.0f}"
          f" ms at 20,000: ratio {t_layout * ms / GOAL_LAYOUT_MS:.2f})   stacked leaves"
          f" {t_stacked * ms:7.1f} ms   plan_children {t_children * ms:6.1f} ms")
    print(f"{'':>6}        card sizes all {t_sizes * ms:7.1f} ms (cold; goal < {GOAL_SIZES_MS:.0f} ms at"
          f" 20,000: ratio {t_sizes * ms / GOAL_SIZES_MS:.2f})   compact sizes {t_compact * ms:6.1f} ms"
          f"   card_text all {t_cards * ms:7.1f} ms (one by one), {t_fill * ms:7.1f} ms (fill)")
    print(f"{'':>6}        layout_plan from cold cards {t_open * ms:7.1f} ms"
          " (what opening the plan costs before painting)")
    metre = 0.0254 / 72  # one point
    print(f"{'':>6}        drawing {lay.width * metre:.1f} m x {lay.height * metre:.2f} m at 100 %,"
          f" {len(lay.row_tops)} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args(argv)
    for n in args.sizes:
        bench(n, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
