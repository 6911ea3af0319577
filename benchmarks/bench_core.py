"""Core speed: import, open, validate and crosscut on generated plans of 5,000 and 20,000 nodes.

The contract commands (`pokin import`, `pokin validate`, `pokin crosscut`) are timed
as a planner meets them: a fresh process each time, wall clock, best of three.
Opening a plan file and the checks alone are timed in-process, because that is what
the editor pays when it opens a plan or re-checks after an edit.

The goals are Pokin's own: a 20,000-node plan (a province) must stay usable from the
command line and in the editor; a 5,000-node plan (a large kota) proportionally less.

Run alone: `python benchmarks/bench_core.py [--sizes 5000 20000] [--repeat 3]`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from generate import OUTPUT, cached_workbook  # noqa: E402

# Seconds allowed, per size: (5,000 nodes, 20,000 nodes).
GOALS: dict[str, tuple[float, float]] = {
    "pokin import X.xlsx -o X.pokin": (5.0, 15.0),
    "PlanFile.open(X.pokin)": (1.0, 3.0),
    "pokin validate X.xlsx --json": (5.0, 12.0),
    "pokin validate X.pokin": (3.0, 6.0),
    "pokin crosscut X.xlsx": (5.0, 12.0),
    "check_plan + find_crosscutting": (0.3, 1.0),
}


def pokin_command() -> list[str]:
    """The installed `pokin` beside this interpreter, or the same entry point run by module."""
    exe = Path(sys.executable).with_name("pokin")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pokin")
    if found and Path(found).resolve().parent == Path(sys.executable).resolve().parent:
        return [found]
    return [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]


def run_cli(args: list[str], ok_codes: tuple[int, ...] = (0,)) -> None:
    """Run `pokin ARGS`; a crash or an unexpected exit code is an error, with its stderr."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run(
        pokin_command() + args, cwd=ROOT, env=env, capture_output=True, text=True
    )
    if proc.returncode not in ok_codes or "Traceback (most recent call last)" in proc.stderr:
        raise RuntimeError(
            f"pokin {' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()[-400:]}"
        )
    if "--json" in args:
        json.loads(proc.stdout)  # a run that printed no JSON did not do the work


def cpu_seconds() -> float:
    """CPU time of this process and of every finished child: on a busy machine wall
    time stretches with the load, CPU time much less, so the table shows both."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(
    repeat: int, action: Callable[[], object], before: Callable[[], None] | None = None
) -> tuple[float, float]:
    """Best wall-clock seconds and best CPU seconds over `repeat` runs."""
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeat):
        if before is not None:
            before()
        c0 = cpu_seconds()
        t0 = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, cpu_seconds() - c0)
    return best, best_cpu


Row = tuple[str, int, tuple[float, float] | None, str]


def measure(n: int, repeat: int) -> list[Row]:
    """Every timing for one plan size: (what, nodes, (wall, cpu) seconds or None, error text)."""
    t0 = time.perf_counter()
    xlsx = cached_workbook(n)
    print(f"workbook for {n} nodes: {xlsx.relative_to(ROOT)} ({time.perf_counter() - t0:.1f} s)")
    pokin = OUTPUT / f"plan-{n}-s1.pokin"
    rows: list[Row] = []

    def remove_pokin() -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(pokin) + suffix).unlink(missing_ok=True)

    def timed(what: str, action: Callable[[], object], before=None) -> None:
        try:
            rows.append((what, n, best_of(repeat, action, before), ""))
        except Exception as exc:  # report and go on: one missing part must not hide the rest
            rows.append((what, n, None, f"{type(exc).__name__}: {exc}"))

    timed(
        "pokin import X.xlsx -o X.pokin",
        lambda: run_cli(["import", str(xlsx), "-o", str(pokin)]),
        remove_pokin,
    )

    def open_plan() -> object:
        from app.store import PlanFile

        pf = PlanFile.open(pokin)
        close = getattr(pf, "close", None)
        if close is not None:
            close()
        return pf

    timed("PlanFile.open(X.pokin)", open_plan)
    timed("pokin validate X.xlsx --json", lambda: run_cli(["validate", str(xlsx), "--json"], (0, 1)))
    timed("pokin validate X.pokin", lambda: run_cli(["validate", str(pokin)], (0, 1)))
    timed("pokin crosscut X.xlsx", lambda: run_cli(["crosscut", str(xlsx)]))

    def checks() -> None:
        from app.model.checks import check_plan
        from app.model.crosscut import find_crosscutting

        check_plan(plan)
        find_crosscutting(plan)

    try:
        from generate import generate_plan

        plan = generate_plan(n)
        timed("check_plan + find_crosscutting", checks)
    except Exception as exc:
        rows.append(("check_plan + find_crosscutting", n, None, f"{type(exc).__name__}: {exc}"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    load = os.getloadavg()[0]
    print(f"load average {load:.2f} on {os.cpu_count()} cores (wall times stretch on a busy machine)")
    rows: list[Row] = []
    for n in args.sizes:
        rows.extend(measure(n, args.repeat))

    print()
    print(f"{'what':<34} {'nodes':>6} {'wall s':>8} {'cpu s':>7} {'goal':>6}  result")
    print("-" * 76)
    failed = 0
    for what, n, times, error in rows:
        goals = GOALS[what]
        goal = goals[0] if n <= 5000 else goals[1] if n >= 20000 else goals[0] + (
            goals[1] - goals[0]) * (n - 5000) / 15000
        if times is None:
            failed += 1
            print(f"{what:<34} {n:>6} {'-':>8} {'-':>7} {goal:>6.1f}  FAILED")
            print(f"    {error}")
            continue
        wall, cpu = times
        verdict = "OK" if wall <= goal else "MISSED"
        failed += verdict != "OK"
        print(
            f"{what:<34} {n:>6} {wall:>8.3f} {cpu:>7.3f} {goal:>6.1f}  {verdict}"
            f"  ({wall / goal:.0%} of goal)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
