"""`make bench`: run every `benchmarks/bench_*.py`, one after the other, each in its own process.

Each script prints its own figures; this one puts a header over each, keeps going
past a script that fails (so one broken part does not hide the others' numbers),
and exits non-zero at the end when any failed. Scripts run in separate processes
so that one's imports, caches and memory do not flatter or burden the next.
Generated plans are cached in `benchmarks/output/` (see `generate.cached_workbook`).

Usage: `python benchmarks/run_all.py [NAME ...]` (names filter the scripts, e.g. `core`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def scripts(filters: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if filters:
        found = [p for p in found if any(f in p.stem for f in filters)]
    return found


def run(script: Path) -> tuple[int, float]:
    """Run one benchmark script, its output going straight to ours; returns (exit code, seconds)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    t0 = time.perf_counter()
    try:
        code = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env).returncode
    except KeyboardInterrupt:
        raise
    except OSError as exc:
        print(f"cannot start {script.name}: {exc}")
        code = 127
    return code, time.perf_counter() - t0


def speed_probe() -> float:
    """Milliseconds for five million additions in a Python loop: how fast Python runs just now.

    On these shared 2-core machines it has been seen from about 430 to 900 ms
    within an hour; every Python-bound figure moves with it, so it is printed
    before and after the benchmarks to say in what weather they were taken.
    """
    t0 = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return (time.perf_counter() - t0) * 1000


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    found = scripts(argv)
    if not found:
        print("no benchmarks/bench_*.py script found")
        return 1
    load = os.getloadavg()[0]
    print(f"{len(found)} benchmark scripts; load average {load:.2f} on {os.cpu_count()} cores;"
          f" speed probe {speed_probe():.0f} ms (lower is faster)")
    results: list[tuple[str, int, float]] = []
    for script in found:
        print(f"\n===== {script.name} " + "=" * max(0, 60 - len(script.name)), flush=True)
        code, seconds = run(script)
        results.append((script.name, code, seconds))
        if code != 0:
            print(f"----- {script.name} FAILED (exit code {code})", flush=True)
    print("\n===== summary " + "=" * 53)
    print(f"speed probe after the benchmarks: {speed_probe():.0f} ms")
    for name, code, seconds in results:
        status = "ok" if code == 0 else f"FAILED ({code})"
        print(f"{name:<40} {seconds:8.1f} s  {status}")
    failed = [name for name, code, _ in results if code != 0]
    if failed:
        print(f"{len(failed)} of {len(results)} benchmark scripts failed: {', '.join(failed)}")
        return 1
    print(f"all {len(results)} benchmark scripts ran")
    return 0


if __name__ == "__main__":
    sys.exit(main())
