"""Team mode under load: 20 OPD logins and 2 Bappeda logins on one 5,000-node plan at once,
and how soon each commit shows in another editor through the server's notices.

The load of bench_concurrency.py, with people and rights: each of twenty
clients is logged in as an OPD login of its own and edits its OPD's program
(fields, new kegiatan, reorders of its kegiatan); one edit in ten it tries
another OPD's program, which the editor's rights check refuses before
anything is sent (counted as refused by rights). Two Bappeda logins edit any
of the twenty programs, so OPDs and Bappeda meet on the same nodes. Every
client listens as the editor does (LISTEN, a thread of its own) and pulls,
between two of its edits, when a notice has come (at most every 0.15 s: the
editor gathers the notices of that moment into one pull).

A watcher (an evaluator login) only listens: on each notice it pulls and notes
when each stored value first shows; an edit's live latency runs from its
writer's commit to that moment (one machine, one clock). Goal: p95 under 1 s.

Prints edits/s, latency per edit, lost (must be 0), deadlocks (0), refused by
rights, and the live latency. The server is the one in POKIN_TEST_PG_URL, or a
throwaway one started with .ci/postgres.sh.

Run alone: `python benchmarks/bench_team.py [--opds 20] [--bappeda 2] [--edits 50] [--nodes 5000]
[--look-every S]` (with `--look-every 1` the writers look once a second, as in bench_concurrency,
which separates what the rights cost from what twenty-two live editors' looks cost).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_concurrency import (  # noqa: E402
    FIELDS,
    _check,
    _report,
    _server,
    choose_edit,
    push_edit,
)

LIVE_GOAL_S = 1.0
GATHER_S = 0.15  # as the editor (app/ui/document.py NEWS_GATHER_MS): notices gathered, one pull


# --- one writer ------------------------------------------------------------------------------


def client(url: str, spec_text: str, seed: int, edits: int, look_every: float = 0.0) -> None:
    """One editor logged in as its own login: open, listen, say ready, wait, edit, report."""
    from app.model.session import EditSession, WriteFailure
    from app.store import PlanFile

    spec = json.loads(spec_text)
    rnd = random.Random(seed)
    pf = PlanFile.open(url)  # the password: PGPASSWORD, as for any command
    session = EditSession(pf.plan, pf)
    plan, rights = pf.plan, pf.rights
    news = threading.Event()
    listener = pf.listen(lambda _notice: news.set())
    listener.listening.wait(10)
    print("ready", flush=True)
    sys.stdin.readline()
    out: list[dict] = []
    pulls: list[float] = []
    t0, c0 = time.monotonic(), time.process_time()
    looked = t0
    for i in range(edits):
        due = time.monotonic() - looked >= look_every
        if news.is_set() and due:  # the editor: a notice, then one pull on its own thread
            news.clear()
            looked = time.monotonic()
            looked = time.monotonic()
            try:
                session.pull()
            except WriteFailure:
                pass
            pulls.append(time.monotonic() - looked)
        own = spec["own"]
        parent = (rnd.choice(spec["others"]) if spec["others"] and rnd.random() < 0.1
                  else rnd.choice(own))
        chosen = choose_edit(rnd, plan, parent, f"c{seed}-{i}", tuple(spec["opds"]))
        if chosen is None:
            continue
        record, command = chosen
        start = time.monotonic()
        why = rights.check(command, plan) if rights is not None else None
        if why:
            record["outcome"], record["ms"] = "not allowed", (time.monotonic() - start) * 1000
            out.append(record)
            continue
        push_edit(session, command, record)
        record["ms"] = (time.monotonic() - start) * 1000
        out.append(record)
        if record["outcome"] == "conflict":
            try:
                session.pull()
            except WriteFailure:
                pass
    t1, cpu = time.monotonic(), time.process_time() - c0
    retries = pf.retries
    pf.close()
    print(json.dumps({"edits": out, "t0": t0, "t1": t1, "cpu": cpu, "retries": retries,
                      "pulls_ms": [p * 1000 for p in pulls]}), flush=True)


# --- the watcher -----------------------------------------------------------------------------


def watcher(url: str) -> None:
    """Listens only; after each notice pulls and notes when each value first showed."""
    from app.model.session import EditSession, WriteFailure
    from app.store import PlanFile

    pf = PlanFile.open(url)
    session = EditSession(pf.plan, pf)
    plan = pf.plan
    notices: queue.Queue[dict] = queue.Queue()
    listener = pf.listen(notices.put)
    listener.listening.wait(10)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    seen: dict[str, float] = {}
    print("ready", flush=True)
    while not stop.is_set():
        try:
            notices.get(timeout=0.2)
        except queue.Empty:
            continue
        time.sleep(GATHER_S)  # as the editor: the notices of the next moment in the same pull
        while not notices.empty():
            notices.get_nowait()
        try:
            changes = session.pull()
        except WriteFailure:
            continue
        now = time.time()
        for key in changes.added | set(changes.changed):
            node = plan.nodes.get(key)
            if node is None:
                continue
            seen.setdefault(f"node\x1f{key}", now)
            for field in FIELDS:
                seen.setdefault(f"{key}\x1f{field}\x1f{getattr(node, field)}", now)
    pf.close()
    print(json.dumps(seen), flush=True)


# --- the run ---------------------------------------------------------------------------------


def _start(args: list[str], password: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PGPASSWORD=password)
    return subprocess.Popen([sys.executable, __file__, *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)


def _live_latencies(results: list[dict], seen: dict[str, float]) -> tuple[list[float], int]:
    """Seconds from each stored edit's commit to the watcher seeing it; and how many it never
    saw (a value overwritten before its next look shows only as the later one)."""
    out: list[float] = []
    unseen = 0
    for r in results:
        for e in r["edits"]:
            if e["outcome"] != "stored" or e["kind"] == "reorder":
                continue
            mark = (f"node\x1f{e['key']}" if e["kind"] == "add"
                    else f"{e['key']}\x1f{e['field']}\x1f{e['value']}")
            if mark in seen:
                out.append(max(0.0, seen[mark] - e["at"]))
            else:
                unseen += 1
    return sorted(out), unseen


def _team_run(admin_url: str, plan, args: argparse.Namespace) -> None:
    from sqlalchemy import create_engine, make_url, text

    from app.store import PlanFile, team_admin

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"pokin_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    tag = uuid.uuid4().hex[:4]
    logins: dict[str, str] = {}
    procs: list[subprocess.Popen] = []
    try:
        PlanFile.create(url, plan.copy()).close()
        programs: dict[str, list[str]] = {}
        for k, n in plan.nodes.items():
            if n.level == "Program" and n.opds:
                programs.setdefault(n.opds[0], []).append(k)
        opds = sorted(programs, key=lambda o: -len(programs[o]))[:args.opds]
        shared = [programs[o][0] for o in opds]  # one program of each OPD: where all meet

        def login(base: str, role: str, names: tuple[str, ...] = ()) -> str:
            who, password = f"{base}_{tag}", uuid.uuid4().hex
            team_admin.add_user(url, who, role, names, password)
            logins[who] = password
            return who

        specs = [(login(f"opd{i + 1:02d}", "opd", (o,)),
                  {"own": [shared[i]], "others": [s for s in shared if s != shared[i]],
                   "opds": [o]}) for i, o in enumerate(opds)]
        specs += [(login(f"bappeda{i + 1}", "bappeda"), {"own": shared, "others": [], "opds": []})
                  for i in range(args.bappeda)]
        seer = login("penilai", "evaluator")
        watch = _start(["--watcher", make_url(url).set(username=seer).render_as_string(False)],
                       logins[seer])
        procs.append(watch)
        opened = time.monotonic()
        for seed, (who, spec) in enumerate(specs):
            procs.append(_start(["--client", make_url(url).set(username=who).render_as_string(
                False), json.dumps(spec), str(seed), str(args.edits), str(args.look_every)],
                logins[who]))
        for p in procs:
            assert p.stdout.readline().strip() == "ready", "a client did not open the plan"
        open_s = time.monotonic() - opened
        for p in procs[1:]:
            p.stdin.write("go\n")
            p.stdin.flush()
        results = []
        for p in procs[1:]:
            results.append(json.loads(p.stdout.readline()))
            p.wait(timeout=600)
        time.sleep(2.0)  # the last notices reach the watcher
        watch.stdin.write("stop\n")
        watch.stdin.flush()
        seen = json.loads(watch.stdout.readline())
        watch.wait(timeout=60)
        sent = [{**r, "edits": [e for e in r["edits"] if e["outcome"] != "not allowed"]}
                for r in results]
        _report(f"team plan ({len(opds)} OPD logins, {args.bappeda} Bappeda logins)", sent,
                open_s, _check(url, results), goal=True)
        edits = [e for r in results for e in r["edits"]]
        print(f"  refused by rights (the editor's check, never sent): "
              f"{sum(1 for e in edits if e['outcome'] == 'not allowed')}; refused by the server: "
              f"{sum(1 for e in edits if 'tidak berhak' in e.get('error', '') or 'milik' in e.get('error', ''))}")
        live, unseen = _live_latencies(results, seen)
        if live:
            p95 = live[max(0, int(len(live) * 0.95) - 1)]
            print(f"  live: commit to shown in another editor, {len(live)} edits: p50 "
                  f"{statistics.median(live) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max "
                  f"{live[-1] * 1000:.0f} ms (goal p95 < {LIVE_GOAL_S * 1000:.0f} ms: ratio "
                  f"{LIVE_GOAL_S / max(p95, 1e-6):.2f}); overwritten before a look: {unseen}")
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        with admin.connect() as conn:
            prefix = None
            engine = create_engine(url)
            try:
                with engine.connect() as own:
                    prefix = own.execute(text(
                        "SELECT value FROM meta WHERE key = 'team_roles'")).scalar()
            finally:
                engine.dispose()
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in [*logins, *([f"{prefix}_{r}" for r in ("bappeda", "opd", "evaluator")]
                                    if prefix else [])]:
                conn.execute(text('DROP ROLE IF EXISTS "{}"'.format(role.replace('"', '""'))))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--client"]:
        client(argv[1], argv[2], int(argv[3]), int(argv[4]), float(argv[5]))
        return 0
    if argv[:1] == ["--watcher"]:
        watcher(argv[1])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--opds", type=int, default=20)
    ap.add_argument("--bappeda", type=int, default=2)
    ap.add_argument("--edits", type=int, default=50)
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--look-every", type=float, default=GATHER_S,
                    help="a writer pulls at most this often after a notice (s); the editor "
                    f"gathers notices for {GATHER_S} s")
    args = ap.parse_args(argv)

    from benchmarks.generate import generate_plan

    plan = generate_plan(args.nodes)
    if hasattr(os, "getloadavg"):
        print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"plan: {len(plan)} nodes")
    admin_url, started = _server()
    if admin_url is None:
        print("team: skipped (no PostgreSQL: set POKIN_TEST_PG_URL)")
        return 0
    try:
        _team_run(admin_url, plan, args)
    finally:
        if started:
            subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", started],
                           capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
