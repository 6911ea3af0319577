"""Live notices on a real server: heard at once, never one's own, a dropped connection comes
back, and a look guided by the notices still finds a change nobody announced."""

from __future__ import annotations

import threading
import time

import psycopg
from sqlalchemy import make_url

from app.model.commands import AddNode, DeleteSubtree, SetField
from app.model.plan import Node
from app.model.session import EditSession
from app.store import PlanFile, incoming

from .team_helpers import branches_plan, fresh_team_db


def _wait(condition, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


def test_notices_are_heard_at_once_and_one_s_own_are_not(monkeypatch):
    db = fresh_team_db()
    try:
        PlanFile.create(db.url, branches_plan(), overwrite=True).close()
        with PlanFile.open(db.url) as writer, PlanFile.open(db.url) as reader:
            heard_by_reader: list[dict] = []
            heard_by_writer: list[dict] = []
            got = threading.Event()
            reader.listen(lambda n: (heard_by_reader.append(n), got.set()))
            own = writer.listen(heard_by_writer.append)
            assert _wait(lambda: all(x.listening.is_set() for x in reader._listeners + [own]))
            EditSession(writer.plan, writer).push(SetField("S1", "statement", "baru"))
            assert got.wait(2.0)
            assert heard_by_reader[0]["nodes"] == ["S1"] and heard_by_reader[0]["by"] == "postgres"
            time.sleep(0.3)
            assert heard_by_writer == []  # its own write: already shown

            named: list[object] = []
            real = incoming._named
            monkeypatch.setattr(incoming, "_named",
                                lambda *a: named.append(real(*a)) or named[-1])
            session = EditSession(reader.plan, reader)
            assert session.pull().changed == {"S1": {"statement"}}
            assert named and named[-1] is not None  # only S1's row was read
            # A change nobody announced (raw SQL, no NOTIFY) is still found: the counts and
            # versions disagree with what the notices named, so everything is looked at.
            EditSession(writer.plan, writer).push(AddNode(Node("N-900", "Sasaran", "x",
                                                               parent="T1")))
            assert _wait(lambda: len(heard_by_reader) >= 2)
            u = make_url(db.url)
            with psycopg.connect(host=u.host, port=u.port, dbname=db.name, user="postgres",
                                 autocommit=True) as raw:
                raw.execute("UPDATE nodes SET code = '9.99', version = version + 1 "
                            "WHERE key = 'P-PU'")
            changes = session.pull()
            assert named[-1] is None and "N-900" in changes.added
            assert reader.plan["P-PU"].code == "9.99"
            EditSession(writer.plan, writer).push(DeleteSubtree("N-900"))
            assert _wait(lambda: len(heard_by_reader) >= 3)
            assert session.pull().removed == {"N-900"} and named[-1] is not None
    finally:
        db.drop()


def test_a_dropped_listener_connects_again_and_says_so():
    db = fresh_team_db()
    try:
        PlanFile.create(db.url, branches_plan(), overwrite=True).close()
        with PlanFile.open(db.url) as pf:
            heard: list[dict] = []
            listener = pf.listen(heard.append)
            assert _wait(listener.listening.is_set)
            u = make_url(db.url)
            with psycopg.connect(host=u.host, port=u.port, dbname=db.name, user="postgres",
                                 autocommit=True) as raw:
                raw.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                            "datname = %s AND query LIKE 'LISTEN%%'", (db.name,))
            assert _wait(lambda: {"reconnected": True} in heard, timeout=10)
            assert _wait(listener.listening.is_set)
        assert not listener.alive  # closing the plan stops it
    finally:
        db.drop()
