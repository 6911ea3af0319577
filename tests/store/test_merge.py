"""Two writers on one plan (a file, and a database on a real server): merged, or a conflict.

Each writer is its own `PlanFile` (its own connection) with its own plan and
edit session, as two editors on one plan are; `pull` is the other's next
look. Every case of the issue: different fields of one node merge; the same
field is a conflict that names both values; new keys never collide; a
reorder writes one row; deleted-and-edited, added-under-deleted,
deleted-with-a-new-child, moved-twice, a loop of two moves, undo across
another's edit.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from app.model.changes import ALL_FIELDS
from app.model.commands import (
    AddNode,
    DeleteSubtree,
    MoveNode,
    PutReview,
    SetField,
    SetPlanField,
    add_further_parent,
)
from app.model.plan import Node, ReviewNote
from app.model.session import Conflict, EditSession
from app.store import PlanFile

from .conftest import rich_plan


class Writer:
    """One person's editor on the shared plan: a store, a plan, a session."""

    def __init__(self, place: str) -> None:
        self.store = PlanFile.open(place)
        self.plan = self.store.plan
        self.edits = EditSession(self.plan, self.store)

    def push(self, command):
        return self.edits.push(command)

    def conflict(self, command) -> Conflict:
        before = self.plan.copy()
        with pytest.raises(Conflict) as info:
            self.edits.push(command)
        assert self.plan == before  # rolled back: nothing shown that is not stored
        return info.value


@pytest.fixture
def pair(place):
    PlanFile.create(place, rich_plan()).close()
    a, b = Writer(place), Writer(place)
    yield a, b
    a.store.close()
    b.store.close()


def stored(place: str):
    return PlanFile.read(place)


def _versions(place: str, keys: list[str]) -> dict[str, int]:
    url = place if "://" in place else f"sqlite:///{place}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT key, version FROM nodes")).all()
    finally:
        engine.dispose()
    return {k: v for k, v in rows if k in keys}


def test_different_fields_of_one_node_both_survive(pair, place):
    a, b = pair
    a.push(SetField("L2-0", "statement", "Meningkatnya mutu layanan dasar"))
    b.push(SetField("L2-0", "code", "1.02.02"))  # B has not seen A's statement: merged
    node = stored(place)["L2-0"]
    assert (node.statement, node.code) == ("Meningkatnya mutu layanan dasar", "1.02.02")
    assert b.plan["L2-0"].statement != node.statement  # B sees it at the next look
    changes = b.edits.pull()
    assert changes.changed == {"L2-0": {"statement"}}
    assert b.plan["L2-0"].statement == node.statement
    a.edits.pull()
    assert a.plan == b.plan == stored(place)


def test_the_same_field_is_a_conflict_naming_both_values_and_who(pair, place):
    a, b = pair
    a.push(SetField("L2-0", "statement", "milik A"))
    clash = b.conflict(SetField("L2-0", "statement", "milik B"))
    assert [(i.node, i.field, i.mine, i.theirs) for i in clash.items] == [
        ("L2-0", "statement", "milik B", "milik A")]
    assert clash.items[0].by == a.store.author and clash.items[0].at
    assert "pernyataan kinerja" in str(clash) and "L2-0" in str(clash)
    assert stored(place)["L2-0"].statement == "milik A"  # nothing of B's written
    assert not b.edits.can_undo()
    # Keep mine: look (theirs comes in), then the same edit again, now over theirs.
    b.edits.pull()
    b.push(SetField("L2-0", "statement", "milik B"))
    assert stored(place)["L2-0"].statement == "milik B"
    a.edits.pull()
    assert a.plan["L2-0"].statement == "milik B"


def test_storing_the_value_already_stored_is_no_conflict(pair, place):
    a, b = pair
    a.push(SetField("L3-0", "notes", "sama"))
    b.push(SetField("L3-0", "notes", "sama"))
    assert stored(place)["L3-0"].notes == "sama"


def test_new_nodes_of_two_writers_never_share_a_key(pair, place):
    a, b = pair
    keys_a = [a.plan.new_key() for _ in range(3)]
    keys_b = [b.plan.new_key() for _ in range(3)]
    assert not set(keys_a) & set(keys_b)
    for k in keys_a:
        a.push(AddNode(Node(k, "Sasaran", f"dari A {k}", parent="L0-0"), 0))
    for k in keys_b:
        b.push(AddNode(Node(k, "Sasaran", f"dari B {k}", parent="L0-0"), 0))
    plan = stored(place)
    assert all(plan[k].statement == f"dari A {k}" for k in keys_a)
    assert all(plan[k].statement == f"dari B {k}" for k in keys_b)
    a.edits.pull()
    b.edits.pull()
    assert a.plan.children("L0-0") == b.plan.children("L0-0") == plan.children("L0-0")


def test_a_reorder_writes_the_moved_node_only(pair, place):
    a, b = pair
    family = list(a.plan.children("L0-0"))
    before = _versions(place, family)
    a.push(MoveNode(family[-1], "L0-0", 0))
    after = _versions(place, family)
    assert [k for k in family if after[k] != before[k]] == [family[-1]]
    b.push(MoveNode(family[1], "L0-0", len(family) - 1))  # B reorders the same family, unaware
    b.edits.pull()
    a.edits.pull()
    assert a.plan.children("L0-0") == b.plan.children("L0-0") == stored(place).children("L0-0")
    assert a.plan.children("L0-0")[0] == family[-1] and a.plan.children("L0-0")[-1] == family[1]


def test_many_placements_into_one_gap_keep_the_order(pair, place):
    a, b = pair
    for i in range(70):  # more than a double's halvings of one gap: the family is renumbered
        a.push(AddNode(Node(f"G-{i}", "Sasaran", f"g{i}", parent="L0-0"), 1))
    b.edits.pull()
    assert a.plan.children("L0-0") == b.plan.children("L0-0") == stored(place).children("L0-0")


def test_editing_a_node_someone_deleted_is_a_conflict_not_an_orphan(pair, place):
    a, b = pair
    a.push(DeleteSubtree("L3-0"))
    clash = b.conflict(SetField("L4-0", "statement", "masih ada?"))
    assert [(i.node, i.field, i.theirs) for i in clash.items] == [("L4-0", ALL_FIELDS, None)]
    assert "dihapus" in str(clash)
    assert "L4-0" not in stored(place)
    clash = b.conflict(AddNode(Node(b.plan.new_key(), "Sub Kegiatan", "anak", parent="L4-0")))
    assert clash.items[0].field == "parent" and clash.items[0].theirs is None
    assert stored(place).children("L4-0") == []  # no orphan


def test_deleting_a_node_someone_changed_or_extended_is_a_conflict(pair, place):
    a, b = pair
    a.push(SetField("L4-1", "statement", "diubah A"))
    clash = b.conflict(DeleteSubtree("L4-1"))
    assert (clash.items[0].node, clash.items[0].mine) == ("L4-1", None)
    assert clash.items[0].theirs.statement == "diubah A"
    assert stored(place)["L4-1"].statement == "diubah A"
    # A puts a child under L4-0; B, not having looked, deletes L3-0 with everything below it.
    key = a.plan.new_key()
    a.push(AddNode(Node(key, "Sub Kegiatan", "anak baru A", parent="L4-0")))
    clash = b.conflict(DeleteSubtree("L3-0"))
    assert {i.node for i in clash.items} == {key, "L4-1"}  # A's new child, A's changed node
    assert all(i.mine is None for i in clash.items)
    assert key in stored(place) and "L3-0" in stored(place)
    b.edits.pull()  # having seen it, B may delete the branch, A's child with it
    b.push(DeleteSubtree("L3-0"))
    assert key not in stored(place)


def test_a_contribution_link_to_a_deleted_node_is_a_conflict(pair, place):
    a, b = pair
    a.push(DeleteSubtree("L2-1"))
    clash = b.conflict(add_further_parent(b.plan, "L3-1", "L2-1"))
    assert clash.items[0].node == "L3-1" and clash.items[0].field == "further_parents"
    assert stored(place)["L3-1"].further_parents == ()


def test_moving_a_node_someone_moved_elsewhere_is_a_conflict(pair, place):
    a, b = pair
    a.push(MoveNode("L2-0", "L1-1"))
    clash = b.conflict(MoveNode("L2-0", "L0-1"))  # B, unaware, moves it somewhere else
    assert clash.items[0].field == "parent"
    assert (clash.items[0].mine, clash.items[0].theirs) == ("L0-1", "L1-1")
    assert stored(place)["L2-0"].parent == "L1-1"


def test_two_moves_that_together_close_a_loop_are_refused(pair, place):
    a, b = pair
    # Levels outside the scheme, so that the model's own level rule does not stop either move.
    a.push(AddNode(Node("P", "Lain", "p")))
    a.push(AddNode(Node("Q", "Lain", "q")))
    b.edits.pull()
    a.push(MoveNode("Q", "P"))
    clash = b.conflict(MoveNode("P", "Q"))  # with A's move: P under Q under P
    assert (clash.items[0].node, clash.items[0].field) == ("P", "parent")
    plan = stored(place)
    assert plan["Q"].parent == "P" and plan["P"].parent is None


def test_undo_of_an_edit_someone_changed_since_is_a_conflict(pair, place):
    a, b = pair
    b.push(SetField("L1-0", "statement", "B menulis"))
    a.edits.pull()
    a.push(SetField("L1-0", "statement", "A menimpa, sesudah melihat"))
    # B has not looked: the store refuses B's undo (it would revert A's statement).
    with pytest.raises(Conflict) as info:
        b.edits.undo()
    assert info.value.items[0].theirs == "A menimpa, sesudah melihat"
    assert b.edits.can_undo() and stored(place)["L1-0"].statement == "A menimpa, sesudah melihat"
    # B looks: A's statement comes in; undoing is still refused (the session knows).
    b.edits.pull()
    with pytest.raises(Conflict) as info:
        b.edits.undo()
    assert info.value.items[0].field == "statement"
    assert stored(place)["L1-0"].statement == "A menimpa, sesudah melihat"
    # Chosen on purpose (keep mine): the undo goes through.
    b.edits.undo(force=True)
    assert stored(place)["L1-0"].statement == rich_plan()["L1-0"].statement


def test_undo_of_an_edit_whose_other_fields_changed_goes_through(pair, place):
    a, b = pair
    b.push(SetField("L1-1", "statement", "B menulis"))
    a.push(SetField("L1-1", "code", "1.02"))  # another field
    b.edits.pull()
    b.edits.undo()
    node = stored(place)["L1-1"]
    assert node.statement == rich_plan()["L1-1"].statement and node.code == "1.02"


def test_undo_of_an_add_whose_node_someone_deleted_is_a_conflict(pair, place):
    a, b = pair
    key = b.plan.new_key()
    b.push(AddNode(Node(key, "Sasaran", "baru B", parent="L0-1")))
    a.edits.pull()
    a.push(SetField(key, "statement", "A mengubah simpul baru B"))
    b.edits.pull()
    with pytest.raises(Conflict):
        b.edits.undo()  # it would delete A's statement with the node
    assert stored(place)[key].statement == "A mengubah simpul baru B"


def test_plan_facts_merge_and_clash_like_fields(pair, place):
    a, b = pair
    a.push(SetPlanField("name", "Nama dari A"))
    b.push(SetPlanField("government", "Kota B"))
    plan = stored(place)
    assert (plan.name, plan.government) == ("Nama dari A", "Kota B")
    clash = b.conflict(SetPlanField("name", "Nama dari B"))
    assert (clash.items[0].node, clash.items[0].field) == ("", "name")


def test_review_notes_merge_and_clash(pair, place):
    a, b = pair
    a.push(PutReview(ReviewNote("R-1", "L0-0", "A menjawab", status="resolved")))
    b.push(PutReview(ReviewNote("R-9", "L1-0", "catatan baru B")))
    plan = stored(place)
    assert plan.reviews["R-1"].text == "A menjawab" and "R-9" in plan.reviews
    clash = b.conflict(PutReview(ReviewNote("R-1", "L0-0", "B menjawab lain")))
    assert clash.items[0].field == "review" and clash.items[0].theirs.text == "A menjawab"
    b.edits.pull()
    assert b.plan.reviews["R-1"].text == "A menjawab"


def test_after_a_look_both_copies_hold_the_stored_plan(pair, place):
    a, b = pair
    key = a.plan.new_key()
    a.push(AddNode(Node(key, "Sasaran", "baru", parent="L0-1"), 0))
    a.push(MoveNode("L1-1", "L0-1", 1))
    a.push(DeleteSubtree("L4-0"))
    a.push(SetField("L2-0", "opds", ["Dinas Sosial"]))
    b.push(SetField("yatim-1", "notes", "B"))
    b.edits.pull()
    a.edits.pull()
    assert a.plan == b.plan == stored(place)
    assert b.edits.pull().is_empty()  # nothing more to see


def test_a_copy_opened_read_only_sees_the_writers_edits_at_its_next_look(pair, place):
    a, _b = pair
    with PlanFile.open(place, read_only=True) as viewer:
        watching = EditSession(viewer.plan, viewer)
        a.push(SetField("L1-1", "statement", "dilihat pembaca"))
        a.push(DeleteSubtree("L4-1"))
        assert watching.pull().changed == {"L1-1": {"statement"}}
        assert viewer.plan == stored(place)
