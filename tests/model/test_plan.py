"""The plan's reading side: roots and walks cover every node, broken or not."""

from app.model.commands import AddNode, DeleteSubtree
from app.model.history import History
from app.model.plan import Node, Plan


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
    History(plan).push(AddNode(Node("X", "Sasaran", "c", parent="A")))
    assert sorted(plan.walk()) == ["A", "T", "X"]


def test_orphans_of_a_deleted_parent_become_roots():
    plan = _plan(
        Node("T", "Tujuan", "a"),
        Node("S", "Sasaran", "b", parent="T"),
        Node("O", "Sasaran", "c", parent="gone"),
    )
    History(plan).push(DeleteSubtree("S"))
    assert plan.roots() == ["T", "O"]
    assert list(plan.walk()) == ["T", "O"]
