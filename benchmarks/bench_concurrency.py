"""Twenty writers at once on one 5,000-node plan: a file and a server. Nothing lost, no deadlock.

Each client is its own process with its own copy of the plan (as twenty
editors are), started together, making 50 edits each: field edits on 20
shared program nodes (statement, code, position, notes), new kegiatan under
them, and reorders of their kegiatan. A client looks at the others' work as
the editor does, only more often: once a second, when the store says there is
something new (`pull`, where the store has it), and after each conflict
(keeping theirs, a planner's default). Every edit ends stored or refused as a
conflict, and both are counted; at the end the stored plan is checked:

- lost: a stored edit whose value is not in the plan and that no later stored
  edit replaced knowingly (a later write's "before" value is this edit's value);
  a stored new node that is missing or was replaced by another's;
- duplicate positions: two siblings with the same stored position;
- deadlocks: refused by the server as a deadlock (or retried by the store).

Prints edits per second (all edits over the wall time from the start signal to
the last client's end) and latency percentiles per edit. Goal on the server:
at least 500 edits/s, p95 under 50 ms, on two cores. The server is the one in
POKIN_TEST_PG_URL, or a throwaway one started with .ci/postgres.sh.

Run alone: `python benchmarks/bench_concurrency.py [--clients 20] [--edits 50] [--nodes 5000]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SHARED = 20  # program nodes every client edits
FIELDS = ("statement", "code", "position", "notes")
LOOK_EVERY_S = 1.0  # the editor looks every 3 s; a client here, more often


# --- one client -------------------------------------------------------------------------


def choose_edit(rnd: random.Random, plan, parent: str, tag: str,
                opds: tuple[str, ...] = ()) -> tuple[dict, object] | None:
    """The mix every client makes under `parent`: 40 % a field, 30 % a new kegiatan (naming
    `opds`), 30 % a reorder of one of its children; the record says what to look for later.
    None when a reorder is drawn and `parent` has no children."""
    from app.model.commands import AddNode, MoveNode, SetField
    from app.model.plan import Node

    roll = rnd.random()
    if roll < 0.4:
        field = rnd.choice(FIELDS)
        value = f"{tag} {field}"
        return ({"kind": "field", "key": parent, "field": field, "value": value,
                 "base": getattr(plan[parent], field)}, SetField(parent, field, value))
    kids = plan.children(parent)
    if roll < 0.7:
        key = plan.new_key()
        record = {"kind": "add", "key": key, "value": f"baru {tag}"}
        return record, AddNode(Node(key, "Kegiatan", record["value"], opds=opds, parent=parent),
                               rnd.randint(0, len(kids)))
    if not kids:
        return None
    record = {"kind": "reorder", "key": rnd.choice(kids)}
    return record, MoveNode(record["key"], parent, rnd.randint(0, len(kids) - 1))


def push_edit(session, command, record: dict) -> None:
    """Push one edit as the editor does and note its outcome in `record`."""
    from app.model.plan import ModelError
    from app.model.session import Conflict, WriteFailure

    try:
        session.push(command)
        record["outcome"] = "stored"
        record["at"] = time.time()
    except Conflict:
        record["outcome"] = "conflict"
    except ModelError as exc:
        record["outcome"], record["error"] = "refused", str(exc)
    except WriteFailure as exc:
        record["outcome"], record["error"] = "failed", str(exc)


def client(target: str, seed: int, edits: int) -> None:
    """One editor: open, say ready, wait for the start, edit, print what happened as JSON."""
    from app.model.session import EditSession, WriteFailure
    from app.store import PlanFile

    rnd = random.Random(seed)
    pf = PlanFile.open(target)
    session = EditSession(pf.plan, pf)
    plan = pf.plan
    shared = [k for k in plan.nodes if plan[k].level == "Program"][:SHARED]
    pull = getattr(session, "pull", None)
    has_news = getattr(pf, "has_news", lambda: True)
    print("ready", flush=True)
    sys.stdin.readline()
    out: list[dict] = []
    pulls: list[float] = []
    t0, c0 = time.monotonic(), time.process_time()
    looked = t0
    for i in range(edits):
        if pull is not None and time.monotonic() - looked >= LOOK_EVERY_S:
            looked = time.monotonic()
            try:
                if has_news():
                    pull()
            except WriteFailure:  # as the editor: a look that failed is tried at the next one
                pass
            pulls.append(time.monotonic() - looked)
        chosen = choose_edit(rnd, plan, rnd.choice(shared), f"c{seed}-{i}")
        if chosen is None:
            continue
        record, command = chosen
        start = time.monotonic()
        push_edit(session, command, record)
        record["ms"] = (time.monotonic() - start) * 1000
        out.append(record)
        if record["outcome"] == "conflict" and pull is not None:
            try:
                pull()
            except WriteFailure:
                pass
    t1, cpu = time.monotonic(), time.process_time() - c0
    retries = getattr(pf, "retries", 0)
    pf.close()
    print(json.dumps({"edits": out, "t0": t0, "t1": t1, "cpu": cpu, "retries": retries,
                      "pulls_ms": [p * 1000 for p in pulls]}), flush=True)


# --- the run ---------------------------------------------------------------------------


def _run_clients(target: str, clients: int, edits: int) -> tuple[list[dict], float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, __file__, "--client", target, str(seed), str(edits)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
             for seed in range(clients)]
    opened = time.monotonic()
    for p in procs:
        assert p.stdout.readline().strip() == "ready", "a client did not open the plan"
    open_s = time.monotonic() - opened
    for p in procs:
        p.stdin.write("go\n")
        p.stdin.flush()
    results = []
    for p in procs:
        line = p.stdout.readline()
        p.wait(timeout=600)
        results.append(json.loads(line))
    return results, open_s


def _check(target: str, results: list[dict]) -> dict[str, int]:
    """What the stored plan says about the edits the clients reported stored."""
    from app.store import PlanFile

    plan = PlanFile.read(target)
    stored = [e for r in results for e in r["edits"] if e["outcome"] == "stored"]
    bases: dict[tuple[str, str], set[str]] = {}
    for e in stored:
        if e["kind"] == "field":
            bases.setdefault((e["key"], e["field"]), set()).add(e["base"])
    lost = 0
    for e in stored:
        if e["kind"] == "field":
            final = getattr(plan[e["key"]], e["field"])
            if final != e["value"] and e["value"] not in bases[(e["key"], e["field"])]:
                lost += 1
        elif e["kind"] == "add":
            if e["key"] not in plan or plan[e["key"]].statement != e["value"]:
                lost += 1
    return {"lost": lost, "duplicate positions": _duplicate_positions(target)}


def _duplicate_positions(target: str) -> int:
    from sqlalchemy import create_engine, text

    url = target if "://" in target else f"sqlite:///{target}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM (SELECT parent, ord FROM nodes GROUP BY parent, ord "
                "HAVING count(*) > 1) AS d")).scalar_one())
    finally:
        engine.dispose()


def _report(label: str, results: list[dict], open_s: float, check: dict[str, int],
            goal: bool) -> None:
    edits = [e for r in results for e in r["edits"]]
    by = {k: sum(1 for e in edits if e["outcome"] == k)
          for k in ("stored", "conflict", "failed", "refused")}
    deadlocks = sum(1 for e in edits if "deadlock" in e.get("error", "").lower())
    retried = sum(r["retries"] for r in results)
    wall = max(r["t1"] for r in results) - min(r["t0"] for r in results)
    times = sorted(e["ms"] for e in edits)
    p95 = times[int(len(times) * 0.95) - 1]
    rate = len(edits) / wall
    pulls = [p for r in results for p in r["pulls_ms"]]
    print(f"{label}: {len(results)} clients x {len(edits) // len(results)} edits "
          f"(opened in {open_s:.1f} s together)")
    print(f"  edits: {len(edits)}  stored {by['stored']}  conflicts {by['conflict']}  "
          f"failed {by['failed']}  refused by the model {by['refused']}")
    print(f"  lost: {check['lost']}  duplicate sibling positions: {check['duplicate positions']}"
          f"  deadlocks: {deadlocks} (retried by the store: {retried})")
    failures = sorted({e["error"][:90] for e in edits if e["outcome"] == "failed"})
    for f in failures[:3]:
        print(f"    failed: {f}")
    line = (f"  {rate:7.0f} edits/s   latency p50 {statistics.median(times):.1f} ms, "
            f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms")
    if goal:
        line += f"   goal >= 500 edits/s, p95 < 50 ms: ratio {rate / 500:.2f}, {50 / p95:.2f}"
    print(line)
    cpu = sum(r["cpu"] for r in results)
    print(f"  clients' own CPU: {cpu:.2f} s over {wall:.2f} s of wall time "
          f"({cpu * 1000 / len(edits):.2f} ms per edit, looks included)")
    if pulls:
        print(f"  looks at the others' edits: {len(pulls)}, mean {statistics.mean(pulls):.1f} ms")


def _server() -> tuple[str | None, str | None]:
    """(admin URL, folder of a throwaway server to stop) — from the environment, or started."""
    url = os.environ.get("POKIN_TEST_PG_URL")
    if url:
        return url, None
    script = ROOT / ".ci" / "postgres.sh"
    env = dict(os.environ, POKIN_PG_PORT=os.environ.get("POKIN_BENCH_PG_PORT", "54339"))
    done = subprocess.run(["bash", str(script), "start"], capture_output=True, text=True, env=env)
    found = dict(line.removeprefix("export ").split("=", 1) for line in done.stdout.splitlines()
                 if line.startswith("export "))
    return found.get("POKIN_TEST_PG_URL"), found.get("POKIN_PG_DIR")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--client"]:
        client(argv[1], int(argv[2]), int(argv[3]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--edits", type=int, default=50)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--only", choices=["file", "server"])
    args = ap.parse_args(argv)

    from app.store import PlanFile
    from benchmarks.generate import generate_plan

    plan = generate_plan(args.nodes)
    if hasattr(os, "getloadavg"):
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"plan: {len(plan)} nodes; {SHARED} shared program nodes")
    if args.only != "server":
        with tempfile.TemporaryDirectory() as tmp:
            path = str(Path(tmp) / "bersama.pokin")
            PlanFile.create(path, plan.copy()).close()
            results, open_s = _run_clients(path, args.clients, args.edits)
            _report("file (.pokin)", results, open_s, _check(path, results), goal=False)
    if args.only != "file":
        admin_url, started = _server()
        if admin_url is None:
            print("server: skipped (no PostgreSQL: set POKIN_TEST_PG_URL)")
            return 0
        try:
            _server_run(admin_url, plan, args)
        finally:
            if started:
                subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", started],
                               capture_output=True)
    return 0


def _server_run(admin_url: str, plan, args: argparse.Namespace) -> None:
    from sqlalchemy import create_engine, make_url, text

    from app.store import PlanFile

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"pokin_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        PlanFile.create(url, plan.copy()).close()
        results, open_s = _run_clients(url, args.clients, args.edits)
        _report("server (PostgreSQL)", results, open_s, _check(url, results), goal=True)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
