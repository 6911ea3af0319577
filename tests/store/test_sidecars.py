"""What lies beside a plan file: a copy taken while it is open, a stale or foreign -wal, a crash.

A file copied while the editor has it open (to attach to an e-mail) holds
every edit. A -wal that belongs to another file never becomes part of this
one: opened to write, it is set aside and said; read only, it is ignored and
said; a WAL-mode file's own WAL (left by a crash of an older Pokin) is
applied, and the file comes back to the rollback journal.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from app.model.commands import AddNode, MoveNode, SetField
from app.model.plan import Node
from app.model.session import EditSession
from app.store import PlanFile

from .conftest import rich_plan


def _header_mode(path: Path) -> int:
    return path.read_bytes()[18]


def test_a_file_copied_while_open_holds_every_edit(tmp_path):
    path = tmp_path / "terbuka.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        edits = EditSession(pf.plan, pf)
        edits.push(SetField("L0-0", "statement", "diubah sebelum disalin"))
        edits.push(AddNode(Node(pf.plan.new_key(), "Sasaran", "baru", parent="L0-1"), 0))
        edits.push(MoveNode("L1-1", "L0-1"))
        expected = pf.plan.copy()
        attached = tmp_path / "lampiran" / "terbuka.pokin"
        attached.parent.mkdir()
        shutil.copyfile(path, attached)  # the file alone, as a mail program takes it
        assert sorted(os.listdir(tmp_path)) == ["lampiran", "terbuka.pokin"]  # no -wal beside it
    assert PlanFile.read(attached) == expected


def _foreign_wal(tmp_path: Path) -> bytes:
    """The -wal of another database, taken while that one is open (its edits not yet folded in)."""
    other = tmp_path / "lain" / "lain.db"
    other.parent.mkdir()
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [("isi lain " * 50,)] * 200)
    con.commit()
    data = other.with_name("lain.db-wal").read_bytes()
    con.close()
    assert data
    return data


def test_a_foreign_wal_beside_a_file_is_set_aside_and_said(tmp_path):
    path = tmp_path / "rpd.pokin"
    PlanFile.create(path, rich_plan()).close()
    wal = tmp_path / "rpd.pokin-wal"
    wal.write_bytes(_foreign_wal(tmp_path))
    before = path.read_bytes()
    with PlanFile.open(path, read_only=True) as pf:  # reading: ignored, nothing renamed
        assert pf.plan == rich_plan()
        assert "rpd.pokin-wal" in pf.notice and "diabaikan" in pf.notice
    assert wal.exists() and path.read_bytes() == before
    with PlanFile.open(path) as pf:  # writing: set aside, named
        assert pf.plan == rich_plan()
        assert "disisihkan" in pf.notice or "menyisihkannya" in pf.notice
        EditSession(pf.plan, pf).push(SetField("L0-0", "statement", "sesudah"))
    assert not wal.exists()
    aside = [n for n in os.listdir(tmp_path) if n.startswith("rpd.pokin-wal.tidak-cocok")]
    assert len(aside) == 1 and (tmp_path / aside[0]).read_bytes() == _foreign_wal_bytes(tmp_path)
    assert PlanFile.read(path)["L0-0"].statement == "sesudah"


def _foreign_wal_bytes(tmp_path: Path) -> bytes:
    aside = [n for n in os.listdir(tmp_path) if n.startswith("rpd.pokin-wal.tidak-cocok")]
    return (tmp_path / aside[0]).read_bytes()


def _old_wal_file(path: Path) -> None:
    """A file as Pokin wrote it before schema 3: in WAL mode."""
    PlanFile.create(path, rich_plan()).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    assert _header_mode(path) == 2


def test_an_old_files_own_wal_left_by_a_crash_is_applied(tmp_path):
    live = tmp_path / "hidup" / "rpd.pokin"
    live.parent.mkdir()
    _old_wal_file(live)
    con = sqlite3.connect(live)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE nodes SET statement = 'dari WAL' WHERE key = 'L0-0'")
    con.commit()
    path = tmp_path / "rpd.pokin"  # the pair as a crash leaves them: the edit in the WAL only
    shutil.copyfile(live, path)
    shutil.copyfile(live.with_name("rpd.pokin-wal"), tmp_path / "rpd.pokin-wal")
    con.close()
    before = path.read_bytes()
    assert PlanFile.read(path)["L0-0"].statement == "dari WAL"  # reading: from a scratch copy
    assert path.read_bytes() == before
    with PlanFile.open(path) as pf:
        assert pf.plan["L0-0"].statement == "dari WAL" and pf.notice == ""
    assert _header_mode(path) == 1  # back to the rollback journal
    assert sorted(os.listdir(tmp_path)) == ["hidup", "rpd.pokin"]


def test_a_foreign_wal_beside_an_old_wal_mode_file_is_set_aside(tmp_path):
    path = tmp_path / "rpd.pokin"
    _old_wal_file(path)
    (tmp_path / "rpd.pokin-wal").write_bytes(_foreign_wal(tmp_path))
    with PlanFile.open(path) as pf:
        assert pf.plan == rich_plan() and "menyisihkannya" in pf.notice


def test_save_as_over_a_file_with_old_sidecars_leaves_none_of_them(tmp_path):
    target = tmp_path / "salinan.pokin"
    target.write_bytes(b"lama")
    (tmp_path / "salinan.pokin-wal").write_bytes(_foreign_wal(tmp_path))
    (tmp_path / "salinan.pokin-journal").write_bytes(b"jurnal lama")
    with PlanFile.create(tmp_path / "asli.pokin", rich_plan()) as pf:
        EditSession(pf.plan, pf).push(SetField("L0-0", "statement", "disalin"))
        pf.save_copy(target)
    assert sorted(n for n in os.listdir(tmp_path) if n.startswith("salinan")) == ["salinan.pokin"]
    copy = PlanFile.read(target)
    assert copy["L0-0"].statement == "disalin"
    assert _header_mode(target) == 1
