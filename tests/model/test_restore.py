"""Restoring a snapshot: one edit, one change set, and undo gives back exactly the plan it replaced."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.changes import ChangeSet
from app.model.commands import DeleteSubtree, MoveNode, PutReview, SetField, SetPlanField
from app.model.diff import diff_plans
from app.model.plan import ModelError, Plan, ReviewNote
from app.model.restore import RestoreSnapshot
from app.model.session import EditSession
from tests.model.strategies import edit, small_plan
from tests.revision_plans import sample_plan


def _listen(session: EditSession) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    session.subscribe(seen.append)
    return seen


def test_restore_touches_only_what_differs() -> None:
    snapshot = sample_plan()
    live = snapshot.copy()
    history = EditSession(live)
    history.push(SetField("K-2", "statement", "Tersedianya puskesmas baru"))
    seen = _listen(history)
    history.push(RestoreSnapshot(snapshot))
    assert live == snapshot
    assert len(seen) == 1
    assert seen[0].changed == {"K-2": {"statement"}}
    assert not (seen[0].added or seen[0].removed or seen[0].moved or seen[0].plan)


def test_restore_brings_back_deleted_branch_order_facts_and_notes() -> None:
    snapshot = sample_plan()
    live = snapshot.copy()
    history = EditSession(live)
    history.push(DeleteSubtree("SS-2"))  # takes P-1's further parent and note R-2 with it
    history.push(MoveNode("K-2", "P-1", 0))
    history.push(SetPlanField("name", "RPD final"))
    history.push(PutReview(ReviewNote("R-9", "K-1", "Catatan baru")))
    before = live.copy()
    seen = _listen(history)
    history.push(RestoreSnapshot(snapshot))
    assert live == snapshot and diff_plans(snapshot, live).is_empty()
    assert live.children("P-1") == ["K-1", "K-2"]
    assert set(live.reviews) == {"R-1", "R-2", "R-3"}
    assert len(seen) == 1 and seen[0].added >= {"SS-2", "P-2", "K-3"}
    history.undo()
    assert live == before and len(seen) == 2
    history.redo()
    assert live == snapshot


def test_the_snapshot_is_kept_as_it_was_given() -> None:
    snapshot = sample_plan()
    live = snapshot.copy()
    live.execute(SetField("T-1", "statement", "Lain"))
    command = RestoreSnapshot(snapshot)
    snapshot.execute(SetField("T-1", "code", "diubah sesudahnya"))
    live.execute(command)
    assert live["T-1"].code == "" and live["T-1"].statement == sample_plan()["T-1"].statement
    live.execute(SetField("T-1", "notes", "sesudah dipulihkan"))
    assert command.snapshot["T-1"].notes == ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_restore_then_undo_after_random_edits(data: st.DataObject) -> None:
    snapshot = small_plan()
    live = snapshot.copy()
    history = EditSession(live)
    for _ in range(data.draw(st.integers(0, 12), label="edits")):
        command = data.draw(edit(live))
        if command is None:
            continue
        try:
            history.push(command)
        except ModelError:
            continue
    edited = live.copy()
    seen = _listen(history)
    history.push(RestoreSnapshot(snapshot))
    assert live == snapshot
    assert len(seen) == (0 if edited == snapshot else 1)
    history.undo()
    assert live == edited
    history.redo()
    assert live == snapshot
    # And the other way: from the snapshot back to the edited plan.
    history.push(RestoreSnapshot(edited))
    assert live == edited
    history.undo()
    assert live == snapshot


def test_a_copy_is_independent_and_equal() -> None:
    plan = sample_plan()
    twin = plan.copy()
    assert twin == plan and twin.children("P-1") == plan.children("P-1")
    twin["SK-1"].budget[2026] = 1.0
    twin.execute(SetField("SK-2", "statement", "Lain"))
    assert plan == sample_plan()


def test_restore_keeps_a_broken_plan_broken() -> None:
    """A plan imported with a dangling parent and a main-parent cycle comes back exactly."""
    nodes = [n.copy() for n in sample_plan().nodes.values()]
    wrong = {"K-3": "HILANG", "SK-1": "SK-2", "SK-2": "SK-1"}
    for n in nodes:
        n.parent = wrong.get(n.key, n.parent)
    snapshot = Plan("RPD rusak")
    snapshot.load_nodes(nodes)
    live = sample_plan()
    history = EditSession(live)
    history.push(RestoreSnapshot(snapshot))
    assert live == snapshot and live["K-3"].parent == "HILANG"
    assert {"K-3", "SK-1"} <= set(live.roots()) or {"K-3", "SK-2"} <= set(live.roots())
    history.undo()
    assert live == sample_plan()
