"""The plan's reading side: roots and walks cover every node, broken or not."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.commands import AddNode, DeleteSubtree
from app.model.plan import ModelError, Node, Plan
from app.model.session import EditSession

from .strategies import edit, small_plan


def _plan(*nodes: Node) -> Plan:
    plan = Plan("Uji")
    plan.load_nodes(nodes)
    return plan


def test_nodes_on_a_main_parent_cycle_are_still_walked():
    plan = _plan(
        Node("T", "Tujuan", "a"),
        Node("A", "Sasaran", "b", parent="B"),
        Node("B", "Sasaran", "c", parent="A"),
        Node("C", "Program", "d", parent="B"),
    )
    assert sorted(plan.walk()) == ["A", "B", "C", "T"]
    assert plan.roots()[0] == "T" and len(plan.roots()) == 2


def test_an_added_node_that_adopts_orphans_and_closes_a_loop_is_walked():
    plan = _plan(Node("T", "Tujuan", "a"), Node("A", "Sasaran", "b", parent="X"))
    assert plan.roots() == ["T", "A"]
    EditSession(plan).push(AddNode(Node("X", "Sasaran", "c", parent="A")))
    assert sorted(plan.walk()) == ["A", "T", "X"]


def test_orphans_of_a_deleted_parent_become_roots():
    plan = _plan(
        Node("T", "Tujuan", "a"),
        Node("S", "Sasaran", "b", parent="T"),
        Node("O", "Sasaran", "c", parent="gone"),
    )
    EditSession(plan).push(DeleteSubtree("S"))
    assert plan.roots() == ["T", "O"]
    assert list(plan.walk()) == ["T", "O"]


def _fresh_roots(plan: Plan) -> list[str]:
    """The roots found again from scratch on the same plan (the cache forgotten)."""
    kept = plan._roots_cache, plan._maybe_cyclic
    plan._roots_cache, plan._maybe_cyclic = None, True
    try:
        return list(plan.roots())
    finally:
        plan._roots_cache, plan._maybe_cyclic = kept


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_kept_roots_equal_roots_found_again_after_random_edits(data):
    plan = small_plan()
    if data.draw(st.booleans()):  # a broken import: orphans and a main-parent cycle
        level = plan.scheme.names[1]
        plan.load_nodes([Node("O1", level, "x", parent="gone"), Node("O2", level, "y", parent="gone"),
                         Node("C1", level, "c", parent="C2"), Node("C2", level, "d", parent="C1")])
    history = EditSession(plan)
    for _ in range(data.draw(st.integers(1, 30))):
        step = data.draw(st.sampled_from(["edit", "edit", "adopt", "undo", "redo"]))
        try:
            if step == "adopt" and "gone" not in plan:  # a new node takes the orphans in
                parent = data.draw(st.sampled_from([None, "O1", "C1", *list(plan.nodes)[:3]]))
                history.push(AddNode(Node("gone", plan.scheme.names[0], "g", parent=parent)))
            elif step == "undo" and history.can_undo():
                history.undo()
            elif step == "redo" and history.can_redo():
                history.redo()
            else:
                command = data.draw(edit(plan))
                if command is not None:
                    history.push(command)
        except ModelError:
            pass
        assert plan.roots() == _fresh_roots(plan)
