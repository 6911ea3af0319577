"""SQLite's own messages reach the planner in Indonesian."""

from __future__ import annotations

import sqlite3

import pytest

from app.store.sqlite_words import indonesian


def test_the_messages_sqlite_really_gives_are_translated(tmp_path):
    garbage = tmp_path / "bukan.pokin"
    garbage.write_bytes(b"SQLite format 3\x00" + b"garbage" * 200)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(garbage).execute("SELECT name FROM sqlite_master").fetchall()
    assert indonesian(str(caught.value)).startswith("isinya bukan basis data SQLite")
    assert indonesian("database is locked").startswith("sedang dikunci oleh program lain")
    assert indonesian("something new") == "something new"  # kept for a technician
