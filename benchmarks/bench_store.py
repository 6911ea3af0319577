"""Plan file speed on a 20,000-node plan: create, open, one commit per edit, snapshots.

Goals: open well under 1 s; a commit per edit about 1 ms. "edit alone" runs the
same commands on a plan with no file, so the ratio shows what the file costs.

Run alone: `python benchmarks/bench_store.py [--nodes 20000] [--edits 200]`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.model.commands import AddNode, MoveNode, SetField  # noqa: E402
from app.model.plan import Node, Plan  # noqa: E402
from app.model.session import EditSession  # noqa: E402
from app.store import PlanFile  # noqa: E402
from benchmarks.generate import generate_plan  # noqa: E402


def _edits(plan: Plan, count: int, seed: int) -> list:
    """A mix like an editing session: statements, OPDs, indicators moved, nodes added and moved."""
    rnd = random.Random(seed)
    keys = list(plan.nodes)
    out = []
    for i in range(count):
        k = rnd.choice(keys)
        kind = i % 5
        if kind in (0, 1):
            out.append(SetField(k, "statement", f"Meningkatnya mutu layanan {i}"))
        elif kind == 2:
            out.append(SetField(k, "indicators", tuple(reversed(plan[k].indicators))))
        elif kind == 3:
            parent = plan[k].parent
            out.append(AddNode(Node(f"B-{i}", plan[k].level, f"baru {i}", parent=parent), 0))
        else:
            out.append(MoveNode(k, plan[k].parent, 0))
    return out


def _per_edit(edits: EditSession, commands: list) -> list[float]:
    """Each command through the edit session's phases (execute, write, notify), timed."""
    times = []
    for c in commands:
        t0 = time.perf_counter()
        edits.push(c)
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--edits", type=int, default=200)
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    plan = generate_plan(args.nodes)
    n_ind = sum(len(n.indicators) for n in plan.nodes.values())
    if hasattr(os, "getloadavg"):
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
              "(wall times stretch when the machine is busy; CPU times less so)")
    print(f"plan: {len(plan)} nodes, {n_ind} indicators (generated in "
          f"{time.perf_counter() - t0:.2f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "besar.pokin"
        t0 = time.perf_counter()
        pf = PlanFile.create(path, plan)
        create_s = time.perf_counter() - t0
        pf.close()
        print(f"create:               {create_s * 1000:8.1f} ms   "
              f"({path.stat().st_size / 1e6:.1f} MB)")

        opens, open_cpu = [], []
        for _ in range(5):
            t0, c0 = time.perf_counter(), time.process_time()
            with PlanFile.open(path) as pf:
                opens.append(time.perf_counter() - t0)
                open_cpu.append(time.process_time() - c0)
        reads = []
        for _ in range(3):
            t0 = time.perf_counter()
            again = PlanFile.read(path)
            reads.append(time.perf_counter() - t0)
        assert again == plan, "the reopened plan differs"
        print(f"open (read-write):    {statistics.median(opens) * 1000:8.1f} ms median, "
              f"{min(opens) * 1000:.1f} ms best of 5, {min(open_cpu) * 1000:.1f} ms CPU best   "
              "(goal < 1000 ms)")
        print(f"read (read-only):     {statistics.median(reads) * 1000:8.1f} ms median of 3")

        bare = plan.copy()
        alone = _per_edit(EditSession(bare), _edits(bare, args.edits, seed=7))
        with PlanFile.open(path) as pf:
            stored = _per_edit(EditSession(pf.plan, pf), _edits(pf.plan, args.edits, seed=7))
            edited = pf.plan.copy()
            t0 = time.perf_counter()
            pf.save_snapshot("patokan")
            snap_save = time.perf_counter() - t0
            t0 = time.perf_counter()
            pf.load_snapshot("patokan")
            snap_load = time.perf_counter() - t0
        assert PlanFile.read(path) == edited, "edits did not reach the file"
        mean_alone = statistics.mean(alone)
        mean_stored = statistics.mean(stored)
        print(f"edit alone:           {mean_alone * 1000:8.3f} ms mean of {len(alone)}")
        print(f"edit + commit:        {mean_stored * 1000:8.3f} ms mean, "
              f"{statistics.median(stored) * 1000:.3f} ms median, "
              f"{max(stored) * 1000:.2f} ms max   (goal ~1 ms)")
        print(f"commit cost:          {(mean_stored - mean_alone) * 1000:8.3f} ms per edit "
              f"(x{mean_stored / mean_alone:.1f} the edit alone)")
        print(f"snapshot save / load: {snap_save * 1000:8.1f} ms / {snap_load * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
