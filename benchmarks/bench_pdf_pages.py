"""How many sheets a printout takes, per mode: the bundled sample and 5,000 generated nodes.

Booklet mode (the default) packs branches at one readable scale (70-100 %);
fit is one overview page (one per section with --section); tile cuts the tree
at 100 % into poster sheets; "tile per Sasaran" is the old section mode. Goals
from issue 13: the sample in at most 40 A3 landscape pages, 5,000 nodes in at
most 400. Also printed: cards per tree page, pages holding three cards or
fewer, the booklet's scale, and how long planning the pages takes (the export
dialog does it after every option change).

Run alone: `python benchmarks/bench_pdf_pages.py [--sizes 5000]`.
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

from app.export.page_types import TREE_PAGES, BookletPage  # noqa: E402
from app.export.pages import plan_pages  # noqa: E402
from app.export.paper import PdfOptions  # noqa: E402
from app.plan_io import load_plan  # noqa: E402

SAMPLE = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"
GOALS = {"sample": 40, "5000": 400}  # booklet pages on A3 landscape
MODES = [
    ("booklet", {}),
    ("booklet --depth 4", {"depth": 4}),
    ("booklet --section opd", {"section_by": "opd"}),
    ("fit", {"mode": "fit"}),
    ("fit --section opd", {"mode": "fit", "section_by": "opd"}),
    ("tile", {"mode": "tile"}),
    ("tile per Sasaran", {"mode": "section"}),
]


def count(plan, label: str) -> None:
    for paper, landscape in (("A3", True), ("A4", False)):
        side = "landscape" if landscape else "portrait"
        for name, extra in MODES:
            t0 = time.perf_counter()
            pages = plan_pages(plan, PdfOptions(paper=paper, landscape=landscape, **extra))
            ms = (time.perf_counter() - t0) * 1000
            tree = [p for p in pages if isinstance(p, TREE_PAGES)]
            cards = [len(p.placements) for p in tree]
            per = sum(cards) / max(len(tree), 1)
            sparse = sum(1 for n in cards if n <= 3)
            book = [p for p in tree if isinstance(p, BookletPage)]
            scale = f"  scale {round(book[0].scale * 100)} %" if book else ""
            goal = ""
            if name == "booklet" and paper == "A3":
                want = GOALS.get(label.strip().split()[0])
                if want:
                    goal = f"  (goal <= {want}: {'ok' if len(pages) <= want else 'MISSED'})"
            print(f"{label} {paper} {side:<9} {name:<22}: {len(pages):5d} pages  "
                  f"{per:5.1f} cards/page  {sparse:4d} with <= 3{scale}  {ms:6.0f} ms{goal}",
                  flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[5000])
    args = parser.parse_args(argv)
    if SAMPLE.exists():
        count(load_plan(SAMPLE), "sample")
    for n in args.sizes:
        count(generate_plan(n), f"{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
