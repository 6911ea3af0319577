"""`pokin validate` on a 20,000-node workbook against a bare openpyxl read of the same file.

Goal: validate (read the workbook, build the plan, run every check) costs at
most 1.3 x openpyxl merely reading every cell (read_only=True, values_only=True).
Both are measured twice: as whole processes (what a planner waits for, start-up
included) and in-process (the work alone). Each figure is the best of `--runs`.

Run alone: `python benchmarks/bench_validate.py [--nodes 20000] [--runs 2]`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUTPUT = ROOT / "benchmarks" / "output"
GOAL = 1.3
YEARS = 3

BARE_READ = """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        n += len(row)
wb.close()
"""


def workbook(n_nodes: int) -> Path:
    """A generated plan cut to a 3-year period (~1.5 indicators per node), cached on disk."""
    from benchmarks.generate import generate_plan

    path = OUTPUT / f"validate-{n_nodes}.xlsx"
    gen = ROOT / "benchmarks" / "generate.py"
    if path.exists() and path.stat().st_mtime >= gen.stat().st_mtime:
        return path
    from dataclasses import replace

    from app.exchange import write_workbook

    plan = generate_plan(n_nodes, 1)
    plan.end_year = plan.start_year + YEARS - 1
    years = set(plan.years)
    for node in plan.nodes.values():
        node.indicators = tuple(
            replace(ind, targets={y: v for y, v in ind.targets.items() if y in years})
            for ind in node.indicators
        )
        node.budget = {y: v for y, v in node.budget.items() if y in years}
    OUTPUT.mkdir(parents=True, exist_ok=True)
    write_workbook(plan, path)
    return path


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def bare_read(path: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    wb.close()


def validate_in_process(path: Path) -> None:
    from app.model.checks import check_plan
    from app.plan_io import load_plan

    check_plan(load_plan(str(path)))


def run_process(args: list[str]) -> None:
    done = subprocess.run(args, cwd=ROOT, capture_output=True)
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr.decode("utf-8", "replace"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)

    path = workbook(args.nodes)
    from app.exchange.book import read_sheets

    sheets = read_sheets(path)
    cells = sum(len(v) for rows in sheets.values() for _, v in rows)
    n_ind = len(sheets["Indikator"]) - 1
    print(f"bench_validate: {path.name}, {len(sheets['Pohon']) - 1} nodes, {n_ind} indicators, {cells} cells")

    py = sys.executable
    t_bare_p = best(lambda: run_process([py, "-c", BARE_READ, str(path)]), args.runs)
    t_val_p = best(lambda: run_process([py, "-m", "app.cli", "validate", "--json", str(path)]), args.runs)
    print(f"  process   bare openpyxl read {t_bare_p:7.2f} s   pokin validate {t_val_p:7.2f} s   "
          f"ratio {t_val_p / t_bare_p:.2f} (goal <= {GOAL})")

    t_bare = best(lambda: bare_read(path), args.runs)
    t_read = best(lambda: read_sheets(path), args.runs)
    from app.plan_io import load_plan

    t_load = best(lambda: load_plan(str(path)), args.runs)
    t_val = best(lambda: validate_in_process(path), args.runs)
    print(f"  in-process bare openpyxl read {t_bare:6.2f} s   cells only {t_read:.2f} s   "
          f"plan {t_load:.2f} s   validate {t_val:.2f} s   ratio {t_val / t_bare:.2f} (goal <= {GOAL})")
    plan = load_plan(str(path))
    out = OUTPUT / f"validate-{args.nodes}-rewritten.xlsx"
    from app.exchange import write_workbook

    t_write = best(lambda: write_workbook(plan, out), 1)
    out.unlink()
    print(f"  export    write_workbook {t_write:.2f} s (openpyxl write-only)")
    ok = t_val_p / t_bare_p <= GOAL
    print(f"  goal {'met' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
