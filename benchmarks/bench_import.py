"""Import speed: the same 20,000-node plan from a Renstra table T-C.27 and from the exchange workbook.

Goal (issue 14): `pokin import` of the T-C.27 is no slower than 1.5 times the
import of the same plan from the exchange workbook. Both are timed as a
planner meets them: a fresh process each, wall clock, best of three. The cell
reader alone is timed in-process too (python-calamine behind Pokin's safety
check), since every workbook command pays it.

Run alone: `python benchmarks/bench_import.py [--nodes 20000] [--repeat 3]`.
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

from bench_core import best_of, run_cli  # noqa: E402
from generate import OUTPUT, _fresh, cached_workbook, generate_plan  # noqa: E402

GOAL_RATIO = 1.5


def cached_tc27(n_nodes: int, seed: int = 1) -> Path:
    """`benchmarks/output/tc27-N-sSEED.xlsx`: the generated plan as T-C.27, one sheet per OPD."""
    path = OUTPUT / f"tc27-{n_nodes}-s{seed}.xlsx"
    if not _fresh(path):
        from app.exchange.tc27_writer import write_tc27

        OUTPUT.mkdir(parents=True, exist_ok=True)
        write_tc27(generate_plan(n_nodes, seed), path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    exchange = cached_workbook(args.nodes)
    tc27 = cached_tc27(args.nodes)
    from app.exchange.book import read_book

    rows = sum(len(s.rows) for s in read_book(tc27).sheets)
    print(f"bench_import: {exchange.name} ({exchange.stat().st_size / 1e6:.1f} MB), "
          f"{tc27.name} ({tc27.stat().st_size / 1e6:.1f} MB, {rows} rows)")
    out = OUTPUT / "import-bench.pokin"

    def remove() -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(out) + suffix).unlink(missing_ok=True)

    t_ex, c_ex = best_of(args.repeat, lambda: run_cli(["import", str(exchange), "-o", str(out)]), remove)
    t_tc, c_tc = best_of(args.repeat, lambda: run_cli(["import", str(tc27), "-o", str(out)]), remove)
    remove()
    from app.exchange.book import read_sheets
    from app.exchange.importer import import_workbook

    t_cells, _ = best_of(args.repeat, lambda: read_sheets(exchange))
    t0 = time.perf_counter()
    plan, _ = import_workbook(tc27)
    t_plan = time.perf_counter() - t0
    ratio = t_tc / t_ex
    print(f"  pokin import exchange workbook  {t_ex:7.2f} s wall  {c_ex:6.2f} s cpu")
    print(f"  pokin import T-C.27 workbook    {t_tc:7.2f} s wall  {c_tc:6.2f} s cpu  ({len(plan)} nodes)")
    print(f"  ratio T-C.27 / exchange         {ratio:7.2f}   (goal <= {GOAL_RATIO})")
    print(f"  in-process: cells of the exchange workbook {t_cells:.2f} s, T-C.27 to a plan {t_plan:.2f} s")
    ok = ratio <= GOAL_RATIO
    print(f"  goal {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
