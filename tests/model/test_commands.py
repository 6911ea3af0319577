"""Commands: each edit can be undone exactly, and redone to the same state."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.changes import ChangeSet
from app.model.commands import (
    AddNode,
    Batch,
    DeleteSubtree,
    MoveNode,
    SetField,
    add_further_parent,
    check_move,
    copy_subtree,
)
from app.model.plan import ModelError, Node
from app.model.session import EditSession

from .strategies import edit, small_plan


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undone_give_the_start_and_redone_give_the_end(data):
    plan = small_plan()
    start = plan.copy()
    history = EditSession(plan)
    for _ in range(data.draw(st.integers(1, 25))):
        command = data.draw(edit(plan))
        if command is None:
            continue
        before = plan.copy()
        try:
            history.push(command)
        except ModelError:
            assert plan == before  # a refused edit leaves the plan as it was
    end = plan.copy()
    while history.can_undo():
        history.undo()
    assert plan == start
    while history.can_redo():
        history.redo()
    assert plan == end


def test_each_command_emits_exactly_one_change_set():
    plan = small_plan()
    seen: list[ChangeSet] = []
    history = EditSession(plan)
    history.subscribe(seen.append)
    history.push(Batch([SetField("L0-0", "statement", "Menurunnya kemiskinan"),
                        AddNode(Node("X", "Sasaran", "Baru", parent="L0-0"))]))
    assert len(seen) == 1
    assert seen[0].added == {"X"}
    assert seen[0].changed["L0-0"] == {"statement"}
    history.undo()
    assert len(seen) == 2 and seen[1].removed == {"X"}


def test_delete_subtree_removes_links_into_it_and_undo_restores_them():
    plan = small_plan()
    history = EditSession(plan)
    history.push(add_further_parent(plan, "L3-1", "L2-1"))
    before = plan.copy()
    history.push(DeleteSubtree("L2-1"))
    assert "L2-1" not in plan and plan["L3-1"].further_parents == ()
    history.undo()
    assert plan == before


def test_a_move_below_a_descendant_is_refused_and_changes_nothing():
    plan = small_plan()
    before = plan.copy()
    assert check_move(plan, "L1-0", "L3-0") is not None
    with pytest.raises(ModelError):
        plan.execute(MoveNode("L1-0", "L3-0"))
    assert plan == before


def test_a_move_that_breaks_level_order_is_refused():
    plan = small_plan()
    message = check_move(plan, "L1-1", "L2-0")  # a Sasaran under a Sasaran Strategis PD
    assert message and "Level" in message


def test_a_refused_batch_undoes_its_done_parts():
    plan = small_plan()
    before = plan.copy()
    with pytest.raises(ModelError):
        plan.execute(Batch([SetField("L0-0", "statement", "x"), MoveNode("L0-0", "L5-0")]))
    assert plan == before


def test_paste_copies_a_subtree_with_fresh_keys():
    plan = small_plan()
    n = len(plan)
    size = len(plan.subtree("L4-0"))
    EditSession(plan).push(copy_subtree(plan, "L4-0", "L3-1"))
    assert len(plan) == n + size
    pasted = plan.children("L3-1")[-1]
    assert plan[pasted].statement == plan["L4-0"].statement and pasted != "L4-0"


def test_cycle_in_further_links_is_refused():
    plan = small_plan()
    with pytest.raises(ModelError):
        add_further_parent(plan, "L1-0", "L4-0")
