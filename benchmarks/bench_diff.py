"""Revision speed: comparing, restoring and exporting the comparison of large plans.

A session revises a province-sized plan (20,000 nodes); comparing it with the
snapshot taken before must feel instant in the editor (goal: well under one
second), restoring a snapshot is one edit, and the matriks perubahan exports
only the changes, so their cost follows the number of changes, not the plan.

Run alone: `python benchmarks/bench_diff.py [--sizes 5000 20000] [--repeat 5] [--no-export]`.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from generate import generate_plan  # noqa: E402

from app.model.commands import (  # noqa: E402
    AddNode,
    DeleteSubtree,
    MoveNode,
    SetField,
    change_indicator,
)
from app.model.diff import diff_plans  # noqa: E402
from app.model.plan import ModelError, Node, Plan  # noqa: E402
from app.model.restore import RestoreSnapshot  # noqa: E402

GOAL_DIFF_S = 1.0  # 20,000 nodes, "well under a second"


def best_of(repeat: int, fn) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def revise(plan: Plan, share: float, seed: int = 7) -> Plan:
    """A copy of `plan` with about `share` of its nodes touched the way a session does it."""
    rnd = random.Random(seed)
    new = plan.copy()
    keys = sorted(new.nodes)
    for i in range(int(len(keys) * share)):
        key = rnd.choice(keys)
        if key not in new:
            continue
        kind = i % 6
        try:
            if kind == 0:
                new.execute(SetField(key, "statement", new[key].statement + " (revisi)"))
            elif kind == 1 and new[key].indicators:
                first = new[key].indicators[0]
                year = rnd.choice(sorted(first.targets) or [new.start_year])
                new.execute(change_indicator(new, key, 0, first.with_target(year, 99)))
            elif kind == 2:
                sibling = rnd.choice(keys)
                if sibling in new and new[sibling].level == new[key].level:
                    new.execute(MoveNode(key, new[sibling].parent))
            elif kind == 3:
                new.execute(MoveNode(key, new[key].parent, 0))
            elif kind == 4 and not new.children(key):
                new.execute(DeleteSubtree(key))
            else:
                new.execute(AddNode(Node(new.new_key("B"), new[key].level, "Simpul baru",
                                         parent=new[key].parent)))
        except ModelError:
            continue
    return new


def bench_command(old: Plan, new: Plan, repeat: int) -> None:
    """`pokin diff FILE@SNAPSHOT FILE --json` as a planner runs it: a fresh process, wall clock."""
    from app.store import PlanFile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rencana.pokin"
        with PlanFile.create(path, old) as pf:
            pf.save_snapshot("Sebelum asistensi")
        edited = Path(tmp) / "sesudah.pokin"
        PlanFile.create(edited, new).close()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        cmd = [sys.executable, "-m", "app.cli", "diff", f"{path}@Sebelum asistensi", str(edited),
               "--json"]
        t = best_of(repeat, lambda: subprocess.run(cmd, env=env, check=True, capture_output=True))
    print(f"{'':>6}        pokin diff FILE@SNAPSHOT OTHER --json {t * 1000:7.0f} ms "
          f"(best of {repeat}, whole process)")


def bench(n: int, repeat: int, export: bool) -> None:
    old = generate_plan(n, 1)
    new = revise(old, 0.02)
    same = old.copy()
    t_same = best_of(repeat, lambda: diff_plans(old, same))
    t_diff = best_of(repeat, lambda: diff_plans(old, new))
    d = diff_plans(old, new)
    c = d.counts()
    print(f"{n:>6} nodes  diff identical {t_same * 1000:7.1f} ms   diff 2% revised "
          f"{t_diff * 1000:7.1f} ms (best of {repeat}; goal < {GOAL_DIFF_S:.1f} s: ratio "
          f"{t_diff / GOAL_DIFF_S:.2f})")
    print(f"{'':>6}        changes: +{c['added']} -{c['removed']} moved {c['moved']} "
          f"changed {c['changed']} (indicators {c['indicators']}, targets {c['targets']})")

    live = new.copy()
    command = RestoreSnapshot(old)
    t0 = time.perf_counter()
    live.execute(command)
    t_restore = time.perf_counter() - t0
    t0 = time.perf_counter()
    live.revert(command)
    t_undo = time.perf_counter() - t0
    assert live == new
    print(f"{'':>6}        restore snapshot {t_restore * 1000:7.1f} ms   undo {t_undo * 1000:7.1f} ms")
    bench_command(old, new, min(repeat, 3))
    if not export:
        return
    try:
        from app.export.changes_pdf import export_changes_pdf
        from app.export.changes_xlsx import export_changes_xlsx
    except ImportError:  # the exports are optional for the timing of the model
        return
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        export_changes_xlsx(d, old, new, Path(tmp) / "perubahan.xlsx")
        t_xlsx = time.perf_counter() - t0
        t0 = time.perf_counter()
        export_changes_pdf(d, old, new, Path(tmp) / "perubahan.pdf")
        t_pdf = time.perf_counter() - t0
        size = (Path(tmp) / "perubahan.pdf").stat().st_size
    print(f"{'':>6}        export xlsx {t_xlsx * 1000:7.1f} ms   export pdf {t_pdf * 1000:7.1f} ms"
          f" ({size / 1024:.0f} KiB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-export", action="store_true")
    args = parser.parse_args(argv)
    for n in args.sizes:
        bench(n, args.repeat, not args.no_export)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
