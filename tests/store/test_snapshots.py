"""Snapshots (revisi) inside a file, "Simpan Sebagai" copies, and FILE@NAME references."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

from app.model.commands import DeleteSubtree, SetField
from app.model.session import EditSession
from app.store import PlanFile, SnapshotInfo, StoreError, read_plan_ref


def test_snapshots_save_list_load_and_delete(tmp_path, plan):
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, plan) as pf:
        first = pf.plan.copy()
        info = pf.save_snapshot("Rancangan Awal", author="Tim Bapperida", note="sebelum asistensi")
        assert info == SnapshotInfo("Rancangan Awal", info.created, "Tim Bapperida",
                                    "sebelum asistensi", len(first))
        assert datetime.fromisoformat(info.created).tzinfo is not None
        EditSession(pf.plan, pf).push(DeleteSubtree("L1-0"))
        second = pf.plan.copy()
        pf.save_snapshot("Sesudah Asistensi")
        EditSession(pf.plan, pf).push(SetField("L0-0", "statement", "sesudah dua revisi"))
        assert [s.name for s in pf.snapshots()] == ["Rancangan Awal", "Sesudah Asistensi"]
        assert pf.snapshots()[1].node_count == len(second) < len(first)

        loaded = pf.load_snapshot("Rancangan Awal")
        assert loaded == first and loaded is not pf.plan
        loaded.execute(SetField("L0-0", "statement", "di salinan"))  # detached: nothing written
        assert pf.load_snapshot("Sesudah Asistensi") == second

        with pytest.raises(StoreError, match="sudah ada"):
            pf.save_snapshot("Rancangan Awal")
        with pytest.raises(StoreError, match="tidak boleh kosong"):
            pf.save_snapshot("  ")
        with pytest.raises(StoreError, match="@"):
            pf.save_snapshot("a@b")
        with pytest.raises(StoreError, match="Tidak Ada"):
            pf.load_snapshot("Tidak Ada")

        pf.delete_snapshot("Rancangan Awal")
        assert [s.name for s in pf.snapshots()] == ["Sesudah Asistensi"]
        with pytest.raises(StoreError):
            pf.delete_snapshot("Rancangan Awal")
        live = pf.plan.copy()
    with PlanFile.open(path, read_only=True) as pf:
        assert pf.plan == live
        assert [s.name for s in pf.snapshots()] == ["Sesudah Asistensi"]
        assert pf.load_snapshot("Sesudah Asistensi") == second


def test_save_copy_is_a_consistent_separate_file(tmp_path, plan):
    path = tmp_path / "asli.pokin"
    copy = tmp_path / "salinan.pokin"
    with PlanFile.create(path, plan) as pf:
        pf.save_snapshot("v1")
        EditSession(pf.plan, pf).push(SetField("L0-0", "statement", "sebelum salin"))
        pf.save_copy(copy)
        at_copy = pf.plan.copy()
        EditSession(pf.plan, pf).push(SetField("L0-0", "statement", "sesudah salin"))
        with pytest.raises(StoreError):
            pf.save_copy(path)
    assert PlanFile.read(copy) == at_copy
    assert PlanFile.read(path)["L0-0"].statement == "sesudah salin"
    with PlanFile.open(copy) as other:
        assert [s.name for s in other.snapshots()] == ["v1"]
        EditSession(other.plan, other).push(SetField("L0-0", "statement", "di salinan"))
    assert PlanFile.read(path)["L0-0"].statement == "sesudah salin"
    assert sorted(os.listdir(tmp_path)) == ["asli.pokin", "salinan.pokin"]


def test_references_name_a_file_or_a_snapshot_in_it(tmp_path, plan, monkeypatch):
    path = tmp_path / "r.pokin"
    start = plan.copy()
    with PlanFile.create(path, plan) as pf:
        pf.save_snapshot("awal")
        EditSession(pf.plan, pf).push(DeleteSubtree("L1-0"))
        now = pf.plan.copy()
    assert read_plan_ref(str(path)) == now
    assert read_plan_ref(f"{path}@awal") == start != now
    with pytest.raises(StoreError, match="lain"):
        read_plan_ref(f"{path}@lain")
    # A file whose own name holds an '@' still opens as itself.
    odd = tmp_path / "rencana@2025.pokin"
    PlanFile.create(odd, start).close()
    monkeypatch.chdir(tmp_path)
    assert read_plan_ref("rencana@2025.pokin") == start
    assert read_plan_ref("r.pokin@awal") == start


def test_a_blob_made_from_the_plan_itself_reads_back_equal(plan):
    from app.store.rows import plan_from_blob, plan_to_blob

    assert plan_from_blob(plan_to_blob(plan), "x.pokin") == plan
    with pytest.raises(StoreError, match="x.pokin"):
        plan_from_blob(b"bukan zlib", "x.pokin")


def test_a_read_only_file_sees_snapshots_a_writer_saved_after_it_opened(tmp_path, plan):
    path = tmp_path / "r.pokin"
    PlanFile.create(path, plan).close()
    with PlanFile.open(path, read_only=True) as reader:
        assert reader.snapshots() == []
        with PlanFile.open(path) as writer:
            writer.save_snapshot("baru")
            EditSession(writer.plan, writer).push(DeleteSubtree("L1-0"))
            assert [s.name for s in reader.snapshots()] == ["baru"]  # read through the WAL
        assert reader.load_snapshot("baru") == plan  # and after the writer folded it back
        assert "L1-0" in reader.plan  # the reader's own plan is what it loaded
        reader.save_copy(tmp_path / "salinan.pokin")
    with PlanFile.open(tmp_path / "salinan.pokin", read_only=True) as copy:
        assert [s.name for s in copy.snapshots()] == ["baru"]
    assert sorted(os.listdir(tmp_path)) == ["r.pokin", "salinan.pokin"]


def test_a_snapshot_is_read_without_opening_the_live_plan(tmp_path, plan):
    path = tmp_path / "rencana.pokin"
    with PlanFile.create(path, plan) as pf:
        pf.save_snapshot("awal")
        expected = pf.plan.copy()
        EditSession(pf.plan, pf).push(SetField(next(iter(pf.plan.nodes)), "statement", "sesudah snapshot"))
        # read while the writer still has the file open
        assert PlanFile.read_snapshot(path, "awal") == expected
        with pytest.raises(StoreError, match="Revisi 'tidak-ada' tidak ada"):
            PlanFile.read_snapshot(path, "tidak-ada")
