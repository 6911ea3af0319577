"""Files that are not ours, or from a newer Pokin, are refused with a clear message, untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.store import PlanFile, StoreError, read_plan_ref
from app.store.schema import SCHEMA_VERSION


def _refused(path: Path, *words: str) -> None:
    """Open (both modes) must raise StoreError naming the file, and change no byte."""
    before = path.read_bytes()
    listing = sorted(os.listdir(path.parent))
    for read_only in (False, True):
        with pytest.raises(StoreError) as info:
            PlanFile.open(path, read_only=read_only)
        message = str(info.value)
        assert path.name in message
        for w in words:
            assert w in message
    with pytest.raises(StoreError):
        read_plan_ref(str(path))
    assert path.read_bytes() == before
    assert sorted(os.listdir(path.parent)) == listing  # no -wal, -shm or journal left


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "lain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)")
    con.execute("INSERT INTO pelanggan VALUES (1, 'Budi')")
    con.commit()
    con.close()
    _refused(path, "bukan berkas rencana Pokin")


def test_a_foreign_sqlite_in_wal_mode_gets_no_sidecars(tmp_path):
    path = tmp_path / "wal.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('app', 'lain')")
    con.commit()
    con.close()
    _refused(path, "bukan berkas rencana Pokin")


def test_a_text_file_is_refused(tmp_path):
    path = tmp_path / "catatan.pokin"
    path.write_text("ini hanya teks biasa\n", encoding="utf-8")
    _refused(path, "bukan berkas rencana Pokin")


def test_an_empty_file_is_refused(tmp_path):
    path = tmp_path / "kosong.pokin"
    path.write_bytes(b"")
    _refused(path)


def test_a_workbook_is_refused_with_a_hint_to_import(tmp_path, contoh_xlsx):
    path = tmp_path / "rencana.xlsx"
    shutil.copy(contoh_xlsx, path)
    _refused(path, "Excel", "Impor")


def test_a_file_from_a_newer_pokin_is_refused(tmp_path, plan):
    path = tmp_path / "baru.pokin"
    PlanFile.create(path, plan).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    con.commit()
    con.close()
    assert sorted(os.listdir(tmp_path)) == ["baru.pokin"]
    _refused(path, "lebih baru", "Perbarui Pokin")


def test_a_truncated_pokin_file_is_a_store_error(tmp_path, plan):
    path = tmp_path / "rusak.pokin"
    PlanFile.create(path, plan).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError, match="rusak.pokin"):
        PlanFile.read(path)
