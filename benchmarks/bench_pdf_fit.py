"""The one-page overview ("fit"): the scale it reaches, and how long deciding it takes.

A packed overview (bands of Tujuan/Sasaran subtrees down the sheet) is
compared with the tree laid out in one strip, the overview before packing:
scale on the sample plan for A3 and A0 in both orientations, then the time of
`plan_pages` in fit mode (the export dialog recounts after each option change)
next to tile mode, on generated plans, card sizes already measured.

Run alone: `python benchmarks/bench_pdf_fit.py [--sizes 5000 20000] [--repeat 3]`.
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

from app.export.forest import select  # noqa: E402
from app.export.pages import plan_pages  # noqa: E402
from app.export.paper import PdfOptions  # noqa: E402
from app.geometry.card import CardCache  # noqa: E402
from app.geometry.layout import layout_forest  # noqa: E402
from app.plan_io import load_plan  # noqa: E402

SAMPLE = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"


def strip_scale(plan, options: PdfOptions, frame, cards: CardCache) -> float:
    """The whole tree in one layout, scaled to the page: the overview without packing."""
    forest = select(plan, options.root, options.opd)
    lay = layout_forest(forest.roots, forest.kids.__getitem__, cards.size, h_gap=options.h_gap,
                        v_gap=options.v_gap, subtree_gap=options.subtree_gap,
                        stack_leaves=options.stack_leaves)
    _, _, cw, ch = frame.content
    return min(1.0, cw / lay.width, ch / lay.height)


def scales(plan, label: str) -> None:
    cards = CardCache(plan, PdfOptions().style)
    for paper in ("A3", "A0"):
        for landscape in (True, False):
            options = PdfOptions(paper=paper, landscape=landscape, mode="fit")
            (page,) = plan_pages(plan, options, cards)
            before = strip_scale(plan, options, page.frame, cards)
            side = "landscape" if landscape else "portrait "
            print(f"{label} {paper} {side}: one strip {before * 100:6.2f} %  packed "
                  f"{page.scale * 100:6.2f} % in {len(page.bands):2d} bands  "
                  f"ratio {page.scale / before:5.2f}")


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[5000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if SAMPLE.exists():
        scales(load_plan(SAMPLE), "sample")
    for n in args.sizes:
        plan = generate_plan(n)
        scales(plan, f"{n:6d} nodes")
        cards = CardCache(plan, PdfOptions().style)
        plan_pages(plan, PdfOptions(mode="tile"), cards)  # sizes measured once
        for paper in ("A3", "A0"):
            fit = best_of(args.repeat, lambda p=paper, pl=plan, c=cards: plan_pages(
                pl, PdfOptions(paper=p, mode="fit"), c))
            tile = best_of(args.repeat, lambda p=paper, pl=plan, c=cards: plan_pages(
                pl, PdfOptions(paper=p, mode="tile"), c))
            print(f"{n:6d} nodes {paper}: plan_pages fit {fit * 1000:7.0f} ms  tile "
                  f"{tile * 1000:7.0f} ms  ratio fit/tile {fit / tile:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
