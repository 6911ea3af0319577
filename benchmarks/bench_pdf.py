"""PDF export speed: a generated plan to PDF as a planner runs it, against Graphviz on the same tree.

- 5,000 nodes: `pokin export-pdf PLAN.xlsx -o OUT.pdf` (whole process: start, read the
  workbook, lay out, draw, write) in booklet mode (the default: contents, every card
  readable, every "hal. N" a link), in fit mode (one page, like dot's) and in tile mode
  (hundreds of sheets at 100 %), against `dot -Tpdf` on the same tree made as a DOT file
  (boxes with the statement only). Goal: the booklet at most 0.3 x dot's time.
- 20,000 nodes in booklet mode (and tile mode, for comparison). Goal: under 15 s.

Wall time and CPU time (user + system of the child process) are both printed: on a
busy machine the wall clock waits for other work, the CPU time does not.

Run alone: `python benchmarks/bench_pdf.py [--repeat 2] [--skip-dot] [--sizes 5000 20000]`.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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

from generate import cached_dot, cached_workbook  # noqa: E402

RATIO_GOAL = 0.3
BOOKLET_GOAL_S = 15.0


def timed(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of one child process."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.strip()


def best(cmd: list[str], repeat: int) -> tuple[float, float, str]:
    runs = [timed(cmd) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs), runs[-1][2]


def pokin(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", "export-pdf", *args]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--skip-dot", action="store_true", help="do not run Graphviz (slow)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    args = parser.parse_args(argv)
    out = Path(tempfile.mkdtemp(prefix="pokin-bench-pdf-"))
    try:
        if 5000 in args.sizes:
            wb = cached_workbook(5000)
            runs = {}
            for mode in ("booklet", "fit", "tile"):
                runs[mode] = best(pokin(str(wb), "-o", str(out / f"{mode}.pdf"), f"--{mode}"),
                                  args.repeat)
                w, c, msg = runs[mode]
                print(f"pokin 5,000 {mode:<7}: wall {w:6.2f} s  cpu {c:6.2f} s  ({msg})")
            dot = shutil.which("dot")
            if dot and not args.skip_dot:
                dot_file = cached_dot(5000)
                d_w, d_c, _ = timed([dot, "-Tpdf", str(dot_file), "-o", str(out / "dot.pdf")])
                print(f"dot   5,000        : wall {d_w:6.2f} s  cpu {d_c:6.2f} s")
                for mode, (w, c, _msg) in runs.items():
                    goal = f"  (goal <= {RATIO_GOAL})" if mode == "booklet" else ""
                    print(f"ratio {mode}/dot{' ' * (8 - len(mode))}: wall {w / d_w:.2f}  "
                          f"cpu {c / d_c:.2f}{goal}")
            else:
                print("dot not run (not installed or --skip-dot)")
        if 20000 in args.sizes:
            wb = cached_workbook(20000)
            for mode in ("booklet", "tile"):
                w, c, msg = best(pokin(str(wb), "-o", str(out / f"{mode}20k.pdf"), f"--{mode}"),
                                 max(1, args.repeat - 1))
                goal = (f"  (goal < {BOOKLET_GOAL_S:.0f} s; ratio {w / BOOKLET_GOAL_S:.2f})"
                        if mode == "booklet" else "")
                print(f"pokin 20,000 {mode:<7}: wall {w:6.2f} s  cpu {c:6.2f} s{goal}  ({msg})")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
