"""Plan files: whatever the editor does is on disk the moment it is done, and reads back equal."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest

from app.model.commands import (
    AddNode,
    AddSubtree,
    Batch,
    Command,
    DeleteSubtree,
    DropReview,
    MoveNode,
    PutReview,
    SetField,
    SetPlanField,
    add_further_parent,
    add_indicator,
    change_indicator,
    copy_subtree,
    move_indicator,
    remove_further_parent,
    remove_indicator,
    set_period,
)
from app.model.levels import LevelScheme
from app.model.plan import Indicator, Node, Plan, ReviewNote
from app.model.session import EditSession
from app.store import PlanFile, StoreError

from .conftest import rich_plan


def test_a_new_file_reads_back_equal(tmp_path, plan):
    path = tmp_path / "rencana.pokin"
    PlanFile.create(path, plan).close()
    again = PlanFile.read(path)
    assert again == plan
    assert again is not plan
    assert again.children("tidak-ada") == ["yatim-1", "yatim-2"]
    assert again["K-1.02.02.2.01"].indicators[0].targets == {2024: 95.5, 2025: "naik bertahap",
                                                              2026: 3}
    assert again.reviews["R-2"].decision == "Diperbaiki"


def test_an_empty_plan_round_trips(tmp_path):
    plan = Plan("Kosong", "Kab. Uji", "kabupaten", "RPJMD", 2025, 2029, LevelScheme.tematik())
    PlanFile.create(tmp_path / "k.pokin", plan).close()
    again = PlanFile.read(tmp_path / "k.pokin")
    assert again == plan and again.scheme == LevelScheme.tematik() and len(again) == 0


def test_create_refuses_an_existing_path_unless_told(tmp_path, plan):
    path = tmp_path / "ada.pokin"
    path.write_bytes(b"isi lama")
    with pytest.raises(StoreError, match="ada.pokin"):
        PlanFile.create(path, plan)
    assert path.read_bytes() == b"isi lama"
    PlanFile.create(path, plan, overwrite=True).close()
    assert PlanFile.read(path) == plan


def test_a_failed_create_leaves_nothing_behind(tmp_path, plan):
    bad = Plan("x")
    bad.load_nodes([Node("A", "Tujuan", "x", budget={2024: object()})])  # not JSON-able
    with pytest.raises(StoreError, match="gagal.pokin"):
        PlanFile.create(tmp_path / "gagal.pokin", bad)
    assert os.listdir(tmp_path) == []
    with pytest.raises(StoreError):
        PlanFile.create(tmp_path / "tidak-ada" / "r.pokin", plan)
    assert os.listdir(tmp_path) == []


def test_the_given_plan_stays_live_and_the_store_writes_before_views_hear(tmp_path, plan):
    heard: list[bool] = []
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, plan) as pf:
        assert pf.plan is plan and pf.path == path and not pf.read_only
        edits = EditSession(plan, pf)
        edits.subscribe(lambda ch: heard.append(PlanFile.read(path)["L0-0"].statement == "baru"))
        edits.push(SetField("L0-0", "statement", "baru"))
    assert heard == [True]  # the change was on disk when the view heard of it


def test_new_keys_after_reopen_do_not_clash(tmp_path, plan):
    PlanFile.create(tmp_path / "r.pokin", plan).close()
    with PlanFile.open(tmp_path / "r.pokin") as pf:
        key = pf.plan.new_key()
        assert key not in pf.plan and key == "N-42"
        EditSession(pf.plan, pf).push(AddNode(Node(key, "Tujuan", "baru")))
    assert key in PlanFile.read(tmp_path / "r.pokin")


def _first(plan: Plan) -> str:
    return plan.children(None)[0]


# Each builds one command against the plan as it is (the rich plan above).
COMMANDS: dict[str, Callable[[Plan], Command]] = {
    "add-last": lambda p: AddNode(Node("BARU", "Sasaran", "Baru", parent="L0-0")),
    "add-first": lambda p: AddNode(Node("BARU", "Sasaran", "Baru", parent="L0-0"), 0),
    "add-root": lambda p: AddNode(Node("BARU", "Tujuan", "Akar baru"), 1),
    "add-under-dangling": lambda p: AddNode(Node("BARU", "Program", "x", parent="tidak-ada"), 1),
    "add-subtree": lambda p: AddSubtree(
        [Node("S1", "Sasaran", "a", parent="L0-1"), Node("S2", "Sasaran Strategis PD", "b",
                                                          parent="S1")], 0),
    "paste": lambda p: copy_subtree(p, "L2-0", "L1-1"),
    "delete-leaf": lambda p: DeleteSubtree("L5-1"),
    "delete-subtree": lambda p: DeleteSubtree("L1-0"),
    "delete-with-links-and-reviews": lambda p: DeleteSubtree(_first(p)),
    "delete-dangling-child": lambda p: DeleteSubtree("yatim-1"),
    "move-reorder": lambda p: MoveNode("L1-1", "L0-0", 0),
    "move-reparent": lambda p: MoveNode("L3-1", "L2-1", 0),
    "move-to-top": lambda p: MoveNode("L1-1", None, 0),
    "move-out-of-dangling": lambda p: MoveNode("yatim-1", "L2-0"),
    "statement": lambda p: SetField("L4-0", "statement", "Menurunnya 'angka' \"x\""),
    "opds": lambda p: SetField("L3-0", "opds", ["Dinas Sosial", "Dinas PUPR"]),
    "level": lambda p: SetField("L3-0", "level", "Kegiatan"),
    "code": lambda p: SetField("L3-0", "code", "1.02.02"),
    "position": lambda p: SetField("L3-0", "position", "Sekretaris"),
    "notes": lambda p: SetField("L3-0", "notes", "catatan\nbaru"),
    "budget": lambda p: SetField("L3-0", "budget", {2025: 12.5, 2026: 7}),
    "extra": lambda p: SetField("L3-0", "extra", {"Kolom": "nilai"}),
    "further-add": lambda p: add_further_parent(p, "L3-1", "L2-1"),
    "further-remove": lambda p: remove_further_parent(p, "K-1.02.02.2.01", "L1-1"),
    "indicator-add": lambda p: add_indicator(p, "L2-0", Indicator("Baru", "outcome", "%"), 0),
    "indicator-remove": lambda p: remove_indicator(p, "K-1.02.02.2.01", 0),
    "indicator-change": lambda p: change_indicator(
        p, "K-1.02.02.2.01", 1, Indicator("Ubah", "output", "unit", "naik", 4, {2027: 1.0})),
    "indicator-move": lambda p: move_indicator(p, "K-1.02.02.2.01", 1, 0),
    "plan-name": lambda p: SetPlanField("name", "Nama baru"),
    "plan-scheme": lambda p: SetPlanField("scheme", LevelScheme.tematik()),
    "plan-period": lambda p: set_period(2025, 2030),
    "review-put-new": lambda p: PutReview(ReviewNote("R-9", "L1-0", "baru", "a", "2025-01-01")),
    "review-change": lambda p: PutReview(ReviewNote("R-1", "L0-0", "ubah", status="resolved")),
    "review-drop": lambda p: DropReview("R-2"),
    "batch": lambda p: Batch([
        AddNode(Node("B1", "Sasaran", "b1", parent="L0-1")),
        MoveNode("L1-0", "L0-1", 0),
        SetField("B1", "statement", "ubah setelah tambah"),
        DeleteSubtree("L5-0"),
        SetPlanField("government", "Kota Lain"),
        PutReview(ReviewNote("R-5", "B1", "x")),
    ]),
    "batch-delete-and-re-add": lambda p: Batch([
        DeleteSubtree("L5-1"),
        AddNode(Node("L5-1", "Sub Kegiatan", "kembali", parent="L4-1"), 0),
    ]),
}


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_every_command_its_undo_and_redo_reach_the_file(tmp_path, kind):
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        history = EditSession(pf.plan, pf)
        start = pf.plan.copy()
        history.push(COMMANDS[kind](pf.plan))
        done = pf.plan.copy()
        assert done != start
        assert PlanFile.read(path) == done
        history.undo()
        assert PlanFile.read(path) == start
        history.redo()
        assert PlanFile.read(path) == done
    assert PlanFile.read(path) == done


def test_edits_after_reopen_keep_being_written(tmp_path, plan):
    path = tmp_path / "r.pokin"
    PlanFile.create(path, plan).close()
    with PlanFile.open(path) as pf:
        EditSession(pf.plan, pf).push(MoveNode("yatim-2", "tidak-ada", 0))
        EditSession(pf.plan, pf).push(SetField("yatim-2", "statement", "pindah"))
        expected = pf.plan.copy()
    assert PlanFile.read(path) == expected
    assert PlanFile.read(path).children("tidak-ada") == ["yatim-2", "yatim-1"]


def test_read_only_open_writes_nothing_and_refuses_edits_to_the_file(tmp_path, plan):
    path = tmp_path / "r.pokin"
    PlanFile.create(path, plan).close()
    before = path.read_bytes()
    with PlanFile.open(path, read_only=True) as pf:
        assert pf.read_only and pf.plan == plan
        with pytest.raises(StoreError, match="hanya-baca"):
            EditSession(pf.plan, pf).push(SetField("L0-0", "statement", "tidak tersimpan"))
        assert pf.plan == plan  # rolled back
        with pytest.raises(StoreError, match="hanya-baca"):
            pf.save_snapshot("x")
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["r.pokin"]
    assert PlanFile.read(path) == plan


def test_a_closed_file_refuses_writes_and_the_edit_is_rolled_back(tmp_path, plan):
    path = tmp_path / "r.pokin"
    pf = PlanFile.create(path, plan)
    pf.close()
    pf.close()  # twice is fine
    assert pf.closed
    before = plan.copy()
    with pytest.raises(StoreError, match="ditutup"):
        EditSession(plan, pf).push(SetField("L0-0", "statement", "sesudah tutup"))
    assert plan == before
    assert PlanFile.read(path)["L0-0"].statement != "sesudah tutup"
    with pytest.raises(StoreError, match="ditutup"):
        pf.snapshots()
    assert sorted(os.listdir(tmp_path)) == ["r.pokin"]  # WAL folded back on close


def test_a_missing_file_is_a_store_error_naming_it(tmp_path):
    with pytest.raises(StoreError, match="tidak-ada.pokin"):
        PlanFile.open(tmp_path / "tidak-ada.pokin")


def test_a_change_that_cannot_be_written_is_rolled_back_in_the_model_too(tmp_path, plan):
    path = tmp_path / "r.pokin"
    with PlanFile.create(path, plan) as pf:
        before = pf.plan.copy()
        edits = EditSession(pf.plan, pf)
        heard: list[object] = []
        edits.subscribe(heard.append)
        bad = Batch([
            SetField("L0-0", "statement", "tertulis?"),
            SetField("L1-0", "extra", {"Kolom": object()}),  # has no JSON form
        ])
        with pytest.raises(StoreError, match="r.pokin"):
            edits.push(bad)
        assert pf.plan == before  # the model is as the file: nothing shown that is not stored
        assert not edits.can_undo() and heard == []  # not on the history, no view told
        assert PlanFile.read(path) == before  # neither half of the batch reached the file
        edits.push(SetField("L1-0", "extra", {"Kolom": "teks"}))
        assert PlanFile.read(path) == pf.plan
        pf.save_snapshot("sesudah pulih")
