"""An old file opens in the current Pokin: its schema is brought up step by step."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.model.commands import PutReview, SetField
from app.model.plan import ReviewNote
from app.model.session import EditSession
from app.store import PlanFile
from app.store.migrations import STEPS
from app.store.schema import SCHEMA_VERSION

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


def test_every_version_below_the_current_one_has_a_step():
    assert sorted(STEPS) == list(range(1, SCHEMA_VERSION))


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
