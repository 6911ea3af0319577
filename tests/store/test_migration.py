"""An old file opens in the current Pokin: its schema is brought up step by step."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine

from app.model.commands import AddNode, PutReview, SetField
from app.model.plan import Node, ReviewNote
from app.model.session import EditSession
from app.store import PlanFile
from app.store.migrations import HERE
from app.store.schema import HEAD_REVISION, REVISIONS, SCHEMA_VERSION

from .conftest import fresh_database

# The tables as Pokin 0.1 wrote them (schema 1): review notes had no decision, no snapshots.
V1_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE plan (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL DEFAULT '',
  government TEXT NOT NULL DEFAULT '', tingkat TEXT NOT NULL DEFAULT 'kota',
  doc_type TEXT NOT NULL DEFAULT 'RPD', start_year INTEGER NOT NULL, end_year INTEGER NOT NULL,
  scheme TEXT NOT NULL DEFAULT '');
CREATE TABLE nodes (key TEXT PRIMARY KEY, parent TEXT, ord INTEGER NOT NULL,
  level TEXT NOT NULL DEFAULT '', statement TEXT NOT NULL DEFAULT '',
  opds TEXT NOT NULL DEFAULT '[]', position TEXT NOT NULL DEFAULT '',
  code TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',
  further_parents TEXT NOT NULL DEFAULT '[]', budget TEXT NOT NULL DEFAULT '{}',
  extra TEXT NOT NULL DEFAULT '{}');
CREATE INDEX nodes_by_parent ON nodes (parent, ord);
CREATE TABLE indicators (node TEXT NOT NULL REFERENCES nodes (key) ON DELETE CASCADE,
  ord INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '', jenis TEXT NOT NULL DEFAULT '',
  satuan TEXT NOT NULL DEFAULT '', polaritas TEXT NOT NULL DEFAULT 'naik',
  baseline TEXT NOT NULL DEFAULT 'null', targets TEXT NOT NULL DEFAULT '{}',
  definition TEXT NOT NULL DEFAULT '', formula TEXT NOT NULL DEFAULT '',
  data_source TEXT NOT NULL DEFAULT '', PRIMARY KEY (node, ord));
CREATE TABLE review_notes (id TEXT PRIMARY KEY, node TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open');
INSERT INTO meta VALUES ('app', 'pokin'), ('schema_version', '1');
INSERT INTO plan VALUES (1, 'RPD Lama 2024-2026', 'Kota Lama', 'kota', 'RPD', 2024, 2026,
  'Tujuan;Sasaran;*Sasaran Strategis PD;Program;Kegiatan;Sub Kegiatan');
INSERT INTO nodes (key, parent, ord, level, statement, opds, budget) VALUES
  ('T1', NULL, 0, 'Tujuan', 'Meningkatnya kesejahteraan', '[]', '{}'),
  ('S2', 'T1', 1, 'Sasaran', 'Menurunnya kemiskinan', '[]', '{"2024": 5.5}'),
  ('S1', 'T1', 0, 'Sasaran', 'Meningkatnya IPM', '[]', '{}'),
  ('P1', 'S1', 0, 'Program', 'Program lama', '["Dinas Sosial"]', '{}');
INSERT INTO indicators (node, ord, name, jenis, satuan, baseline, targets) VALUES
  ('S1', 0, 'IPM', 'outcome', 'indeks', '70.1', '{"2024": 71, "2025": 72.5}');
INSERT INTO review_notes (id, node, text, author, status) VALUES
  ('R1', 'S1', 'Target terlalu rendah', 'Asistensi', 'open');
"""


def make_v1(path: Path) -> None:
    con = sqlite3.connect(path)
    con.executescript(V1_DDL)
    con.commit()
    con.close()


def _check_v1_content(plan) -> None:
    assert plan.name == "RPD Lama 2024-2026"
    assert plan.children(None) == ["T1"]
    assert plan.children("T1") == ["S1", "S2"]  # sibling order from `ord`, not insertion
    assert plan["S2"].budget == {2024: 5.5}
    assert plan["S1"].indicators[0].targets == {2024: 71, 2025: 72.5}
    assert plan["S1"].indicators[0].baseline == 70.1
    assert plan.reviews["R1"].decision == ""  # the column added by the migration
    assert plan.scheme.first_opd == 2


def test_every_schema_number_has_its_revision_in_one_line_of_history():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(HERE))
    chain = [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]
    assert sorted(REVISIONS) == list(range(1, SCHEMA_VERSION + 1))
    assert chain == [REVISIONS[n] for n in sorted(REVISIONS)]
    assert script.get_heads() == [HEAD_REVISION]


def test_a_v1_file_opens_migrated_and_takes_new_fields(tmp_path):
    path = tmp_path / "lama.pokin"
    make_v1(path)
    with PlanFile.open(path) as pf:
        _check_v1_content(pf.plan)
        assert pf.snapshots() == []
        EditSession(pf.plan, pf).push(PutReview(ReviewNote("R1", "S1", "Target dinaikkan", decision="Setuju")))
        EditSession(pf.plan, pf).push(SetField("P1", "statement", "Program baru"))
        pf.save_snapshot("sesudah migrasi")
        expected = pf.plan.copy()
    con = sqlite3.connect(path)
    assert con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    con.close()
    again = PlanFile.read(path)
    assert again == expected and again.reviews["R1"].decision == "Setuju"


def test_a_v1_file_read_only_is_migrated_in_memory_and_left_untouched(tmp_path):
    path = tmp_path / "lama.pokin"
    make_v1(path)
    before = path.read_bytes()
    with PlanFile.open(path, read_only=True) as pf:
        _check_v1_content(pf.plan)
        assert pf.snapshots() == []
    _check_v1_content(PlanFile.read(path))
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["lama.pokin"]


# The tables as Pokin wrote them at schema 2 (SQLAlchemy's DDL, as SQLite keeps it), in WAL mode.
V2_DDL = """
CREATE TABLE meta ("key" TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY ("key"));
CREATE TABLE IF NOT EXISTS "plan" (id INTEGER NOT NULL, name TEXT DEFAULT '' NOT NULL,
  government TEXT DEFAULT '' NOT NULL, tingkat TEXT DEFAULT 'kota' NOT NULL,
  doc_type TEXT DEFAULT 'RPD' NOT NULL, start_year INTEGER NOT NULL, end_year INTEGER NOT NULL,
  scheme TEXT DEFAULT '' NOT NULL, PRIMARY KEY (id), CONSTRAINT one_plan CHECK (id = 1));
CREATE TABLE nodes ("key" TEXT NOT NULL, parent TEXT, ord INTEGER NOT NULL,
  level TEXT DEFAULT '' NOT NULL, statement TEXT DEFAULT '' NOT NULL,
  opds TEXT DEFAULT '[]' NOT NULL, position TEXT DEFAULT '' NOT NULL, code TEXT DEFAULT '' NOT NULL,
  notes TEXT DEFAULT '' NOT NULL, further_parents TEXT DEFAULT '[]' NOT NULL,
  budget TEXT DEFAULT '{}' NOT NULL, extra TEXT DEFAULT '{}' NOT NULL,
  indicators TEXT DEFAULT '[]' NOT NULL, PRIMARY KEY ("key"));
CREATE INDEX nodes_by_parent ON nodes (parent, ord);
CREATE TABLE review_notes (id TEXT NOT NULL, node TEXT NOT NULL, text TEXT DEFAULT '' NOT NULL,
  author TEXT DEFAULT '' NOT NULL, date TEXT DEFAULT '' NOT NULL,
  status TEXT DEFAULT 'open' NOT NULL, decision TEXT DEFAULT '' NOT NULL, PRIMARY KEY (id));
CREATE TABLE snapshots (name TEXT NOT NULL, created TEXT NOT NULL, author TEXT DEFAULT '' NOT NULL,
  note TEXT DEFAULT '' NOT NULL, node_count INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (name));
"""
V2_ROWS = [
    "INSERT INTO meta VALUES ('app', 'pokin'), ('schema_version', '2')",
    "INSERT INTO plan VALUES (1, 'RPD Dua', 'Kota Dua', 'kota', 'RPD', 2024, 2026, "
    "'Tujuan;Sasaran;*Sasaran Strategis PD;Program;Kegiatan;Sub Kegiatan')",
    "INSERT INTO nodes (key, parent, ord, level, statement) VALUES "
    "('T1', NULL, 0, 'Tujuan', 'Meningkatnya kesejahteraan'), "
    "('N-7', 'T1', 1, 'Sasaran', 'Kedua'), ('S1', 'T1', 0, 'Sasaran', 'Pertama')",
    "INSERT INTO review_notes (id, node, text) VALUES ('R1', 'S1', 'catatan')",
]


def make_v2(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.executescript(V2_DDL)
    for statement in V2_ROWS:
        con.execute(statement)
    con.commit()
    con.close()


def test_a_v2_file_gains_versions_fractional_orders_and_key_blocks(tmp_path):
    path = tmp_path / "dua.pokin"
    make_v2(path)
    with PlanFile.open(path) as pf:
        assert pf.plan.children("T1") == ["S1", "N-7"]
        key = pf.plan.new_key()
        assert key == "N-8"  # after the highest key, from the file's first block
        edits = EditSession(pf.plan, pf)
        edits.push(AddNode(Node(key, "Sasaran", "di antara", parent="T1"), 1))
        assert pf.version_of(key) is not None and pf.version_of("S1") == 1
    con = sqlite3.connect(path)
    ords = dict(con.execute("SELECT key, ord FROM nodes WHERE parent = 'T1'"))
    assert ords["S1"] == 0 and ords["N-7"] == 1 and 0 < ords[key] < 1  # only the new node written
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),)
    con.close()
    assert PlanFile.read(path).children("T1") == ["S1", key, "N-7"]
    assert path.read_bytes()[18] == 1  # the rollback journal from now on


def test_a_v2_team_database_is_migrated_by_the_same_step():
    url, drop = fresh_database()
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in V2_DDL.replace('"key"', "key").split(";"):
                if statement.strip():
                    conn.exec_driver_sql(statement.replace("BLOB", "BYTEA"))
            for statement in V2_ROWS:
                conn.exec_driver_sql(statement)
        with PlanFile.open(url) as pf:
            assert pf.plan.children("T1") == ["S1", "N-7"]
            key = pf.plan.new_key()
            assert int(key[2:]) >= 8
            EditSession(pf.plan, pf).push(AddNode(Node(key, "Sasaran", "x", parent="T1"), 1))
        assert PlanFile.read(url).children("T1") == ["S1", key, "N-7"]
    finally:
        engine.dispose()
        drop()
