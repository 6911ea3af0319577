"""A write that fails is rolled back and said, in the planner's words; the next one works again.

Real failures, not mocks: a full disk (a tiny tmpfs when the tests run as
root, and SQLite's own page limit everywhere), a read-only file (the
immutable attribute, as root; SQLite's query_only everywhere), a lock held
by another process, a server connection killed with pg_terminate_backend.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.model.commands import SetField
from app.model.session import EditSession
from app.store import Locked, NotAllowed, PlanFile, StoreError
from app.store.schema import LOCK_WAIT_AGAIN_S, LOCK_WAIT_S

from .conftest import ADMIN_URL, fresh_database, rich_plan

BIG = "x" * 300_000  # a statement that needs new pages


def _rolled_back(pf: PlanFile, edits: EditSession, value: str = BIG) -> StoreError:
    before, steps = pf.plan.copy(), edits.position
    heard: list[object] = []
    edits.subscribe(heard.append)
    with pytest.raises(StoreError) as info:
        edits.push(SetField("L0-0", "statement", value))
    assert pf.plan == before and edits.position == steps and heard == []
    edits.unsubscribe(heard.append)
    return info.value


@pytest.fixture
def tiny_disk(tmp_path):
    """A 512 KB filesystem (root only); skipped where it cannot be mounted."""
    mount = tmp_path / "kecil"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(folder: Path) -> Path:
    filler = folder / "isi"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    return filler


def test_a_full_disk_is_said_and_the_edit_rolled_back(tiny_disk):
    path = tiny_disk / "r.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        edits = EditSession(pf.plan, pf)
        filler = _fill(tiny_disk)
        failure = _rolled_back(pf, edits)
        assert "penuh" in str(failure) and "r.pokin" in str(failure) and failure.retry
        filler.unlink()
        edits.push(SetField("L0-0", "statement", BIG))  # room again: the same edit goes through
    assert PlanFile.read(path)["L0-0"].statement == BIG


def test_a_file_that_cannot_grow_is_a_full_disk_too(tmp_path):
    """SQLite's own limit on pages: the same SQLITE_FULL a full disk gives, without root."""
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        edits = EditSession(pf.plan, pf)
        raw = pf._conn.connection.dbapi_connection
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        raw.execute(f"PRAGMA max_page_count = {pages}")
        failure = _rolled_back(pf, edits)
        assert "penuh" in str(failure)
        raw.execute("PRAGMA max_page_count = 1073741823")
        edits.push(SetField("L0-0", "statement", BIG))
    assert PlanFile.read(path)["L0-0"].statement == BIG


def test_a_file_made_read_only_while_open_is_said(tmp_path):
    if os.geteuid() != 0 or shutil.which("chattr") is None:
        pytest.skip("the immutable attribute needs root and chattr")
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        edits = EditSession(pf.plan, pf)
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("this filesystem has no immutable attribute")
        try:
            failure = _rolled_back(pf, edits)
            assert "r.pokin" in str(failure) and "tidak dapat ditulis" in str(failure)
        finally:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True)
        edits.push(SetField("L0-0", "statement", "sesudah"))
    assert PlanFile.read(path)["L0-0"].statement == "sesudah"


def test_a_store_that_refuses_writes_is_not_allowed_and_not_retried(tmp_path):
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        edits = EditSession(pf.plan, pf)
        pf._conn.connection.dbapi_connection.execute("PRAGMA query_only = ON")
        failure = _rolled_back(pf, edits, "tidak")
        assert isinstance(failure, NotAllowed) and not failure.retry
        assert "hanya-baca" in str(failure)


HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("dikunci", flush=True)
sys.stdin.readline()
"""


def test_a_lock_held_by_another_program_is_named_and_does_not_freeze_every_edit(tmp_path):
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        edits = EditSession(pf.plan, pf)
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        try:
            assert holder.stdout.readline().strip() == "dikunci"
            first = _rolled_back(pf, edits, "dikunci?")
            assert isinstance(first, Locked) and first.retry
            message = str(first)
            assert "dikunci" in message and "tidak rusak" in message
            if sys.platform.startswith("linux"):
                assert f"PID {holder.pid}" in message  # the program that holds it, by name
            # While it stays locked, each further edit waits briefly, not the full time.
            assert pf.next_lock_wait == LOCK_WAIT_AGAIN_S < LOCK_WAIT_S
            second = _rolled_back(pf, edits, "masih dikunci?")
            assert isinstance(second, Locked)
        finally:
            holder.stdin.write("\n")
            holder.stdin.close()
            holder.wait(timeout=30)
        edits.push(SetField("L0-0", "statement", "sesudah kunci dilepas"))
        assert pf.next_lock_wait == LOCK_WAIT_S
    assert PlanFile.read(path)["L0-0"].statement == "sesudah kunci dilepas"


def test_a_killed_server_connection_is_rolled_back_said_and_reconnected():
    url, drop = fresh_database()
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with PlanFile.create(url, rich_plan()) as pf:
            edits = EditSession(pf.plan, pf)
            edits.push(SetField("L0-0", "statement", "sebelum"))
            database = url.rsplit("/", 1)[1]
            with admin.connect() as conn:
                killed = conn.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :d AND pid <> pg_backend_pid()"), {"d": database}).all()
            assert killed and all(k[0] for k in killed)
            failure = _rolled_back(pf, edits, "saat terputus")
            assert "terputus" in str(failure) and failure.retry
            edits.push(SetField("L0-0", "statement", "sesudah sambung ulang"))
        assert PlanFile.read(url)["L0-0"].statement == "sesudah sambung ulang"
    finally:
        admin.dispose()
        drop()
