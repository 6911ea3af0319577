"""A plan file from e-mail is untrusted: a schema with anything of someone else's is refused, unrun.

Each hostile file is a real Pokin file with one thing added by plain SQLite,
as an attacker would: a trigger that rewrites every budget on the first
edit, a recursive view standing in for a table, an extra table, a default or
generated column that calls a function, an index on an expression. Each is
refused with a message naming it, in both modes and through the command
line, and the file is left byte for byte as it was. A snapshot built to
unpack to a gigabyte is refused in bounded time and memory.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tracemalloc
import zlib
from pathlib import Path

import pytest

from app.store import PlanFile, StoreError
from app.store.rows import plan_from_blob

from .conftest import rich_plan

ROOT = Path(__file__).resolve().parents[2]


def _pokin_file(path: Path, *sql: str) -> Path:
    PlanFile.create(path, rich_plan()).close()
    con = sqlite3.connect(path)
    for statement in sql:
        con.executescript(statement)
    con.commit()
    con.close()
    return path


def _refused(path: Path, *words: str) -> str:
    before = path.read_bytes()
    message = ""
    for read_only in (False, True):
        with pytest.raises(StoreError) as info:
            PlanFile.open(path, read_only=read_only)
        message = str(info.value)
        assert path.name in message
        for word in words:
            assert word in message
    assert path.read_bytes() == before
    return message


TRIGGER = """CREATE TRIGGER diam_diam AFTER UPDATE ON nodes BEGIN
  UPDATE nodes SET budget = '[[2025, 999999999]]';
  DELETE FROM snapshots;
END"""


def test_a_trigger_is_refused_before_it_can_run(tmp_path):
    path = _pokin_file(tmp_path / "pemicu.pokin", TRIGGER)
    message = _refused(path, "pemicu", "diam_diam")
    assert "tidak membukanya" in message
    con = sqlite3.connect(path)  # nothing ran: the budgets are as they were
    assert con.execute("SELECT count(*) FROM nodes WHERE budget LIKE '%999999999%'").fetchone() == (0,)
    con.close()


def test_a_recursive_view_is_refused_at_once_and_validate_ends(tmp_path):
    view = ("CREATE VIEW semua AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT i FROM n")
    path = _pokin_file(tmp_path / "view.pokin", view)
    _refused(path, "tampilan", "semua")
    done = subprocess.run([sys.executable, "-m", "app.cli", "validate", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)  # ends: never runs the view
    assert done.returncode == 2 and "semua" in done.stderr and "Traceback" not in done.stderr


def test_a_view_in_place_of_a_table_is_refused(tmp_path):
    path = _pokin_file(tmp_path / "ganti.pokin", "DROP TABLE review_notes",
                       "CREATE VIEW review_notes AS SELECT 'R' AS id, 'L0-0' AS node, "
                       "'x' AS text, '' AS author, '' AS date, 'open' AS status, '' AS decision, "
                       "1 AS version")
    _refused(path, "tampilan", "review_notes")


@pytest.mark.parametrize("sql, named", [
    ("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)", "pelanggan"),
    ("ALTER TABLE nodes ADD COLUMN rahasia TEXT DEFAULT ''", "rahasia"),
    ("DROP TABLE review_notes; CREATE TABLE review_notes (id TEXT PRIMARY KEY, node TEXT,"
     " text TEXT DEFAULT (randomblob(1000000)), author TEXT, date TEXT, status TEXT,"
     " decision TEXT, version INTEGER)", "randomblob"),
    ("ALTER TABLE nodes ADD COLUMN besar TEXT GENERATED ALWAYS AS (printf('%.*c', 900000000, 'x'))"
     " VIRTUAL", "besar"),
    ("CREATE INDEX lambat ON nodes (length(statement))", "lambat"),
    ("CREATE INDEX sebagian ON nodes (parent) WHERE statement <> ''", "sebagian"),
    ("ANALYZE", "sqlite_stat1"),
])
def test_tables_columns_and_indexes_not_pokins_own_are_refused(tmp_path, sql, named):
    path = _pokin_file(tmp_path / "lain.pokin", sql)
    _refused(path, named)


def test_the_own_schema_of_every_version_is_accepted(tmp_path):
    from .test_migration import make_v1

    make_v1(tmp_path / "lama.pokin")
    assert len(PlanFile.read(tmp_path / "lama.pokin")) == 4
    path = _pokin_file(tmp_path / "kini.pokin")
    assert PlanFile.read(path) == rich_plan()


def test_a_snapshot_that_would_unpack_to_a_gigabyte_is_refused_in_bounded_memory(tmp_path):
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    bomb = b"".join(packer.compress(chunk) for _ in range(1024)) + packer.flush()  # 1 GB of spaces
    assert len(bomb) < 2_000_000
    tracemalloc.start()
    try:
        with pytest.raises(StoreError, match="mengembang"):
            plan_from_blob(bomb, "bom.pokin")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024  # the bound (64 MB here), not the gigabyte


def test_a_file_with_a_snapshot_bomb_opens_and_refuses_only_the_snapshot(tmp_path):
    path = tmp_path / "bom.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        pf.save_snapshot("biasa")
    packer = zlib.compressobj(9)
    bomb = b"".join(packer.compress(b"[" * (1 << 20)) for _ in range(300)) + packer.flush()
    con = sqlite3.connect(path)
    con.execute("UPDATE snapshots SET data = ? WHERE name = 'biasa'", (bomb,))
    con.commit()
    con.close()
    with PlanFile.open(path, read_only=True) as pf:
        assert pf.plan == rich_plan()
        with pytest.raises(StoreError, match="bom.pokin"):
            pf.load_snapshot("biasa")
    done = subprocess.run([sys.executable, "-m", "app.cli", "diff", f"{path}@biasa", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "mengembang" in done.stderr
