"""The plan's networkx graph and its cycles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.graph import build_graph, cycle_members, plan_cycles
from app.model.plan import Node, Plan


def plan_of(*nodes: Node) -> Plan:
    plan = Plan("Uji")
    plan.load_nodes(nodes)
    return plan


def test_graph_has_main_and_further_links_but_no_dangling_ones() -> None:
    plan = plan_of(
        Node("T", "Tujuan"),
        Node("S1", "Sasaran", parent="T"),
        Node("S2", "Sasaran", parent="T"),
        Node("SS", "Sasaran Strategis PD", parent="S1", further_parents=("S2", "HILANG")),
        Node("P", "Program", parent="HILANG"),
    )
    graph = build_graph(plan)
    assert set(graph.nodes) == {"T", "S1", "S2", "SS", "P"}
    assert set(graph.edges) == {("T", "S1"), ("T", "S2"), ("S1", "SS"), ("S2", "SS")}
    assert cycle_members(graph) == {}
    assert plan_cycles(plan, {k: plan.level_index(k) for k in plan.nodes}) == {}


def test_cycle_members_group_each_cycle() -> None:
    plan = plan_of(
        Node("A", "Program", parent="B"),
        Node("B", "Kegiatan", parent="A"),
        Node("C", "Kegiatan", parent="C"),
        Node("D", "Sub Kegiatan", parent="B"),
    )
    levels = {k: plan.level_index(k) for k in plan.nodes}
    expected = {"A": ("A", "B"), "B": ("A", "B"), "C": ("C",)}
    assert cycle_members(build_graph(plan)) == expected
    assert plan_cycles(plan, levels) == expected


def test_unknown_level_links_are_still_searched() -> None:
    plan = plan_of(Node("A", "Lain", parent="B"), Node("B", "Lain", further_parents=("A",)))
    levels = {k: plan.level_index(k) for k in plan.nodes}
    assert plan_cycles(plan, levels) == {"A": ("A", "B"), "B": ("A", "B")}


LEVELS = ("Tujuan", "Sasaran", "Sasaran Strategis PD", "Program", "Kegiatan", "Lain")


@st.composite
def linked_plans(draw: st.DrawFn) -> Plan:
    n = draw(st.integers(1, 30))
    keys = [f"N{i}" for i in range(n)]
    refs = st.sampled_from([*keys, None, "HILANG"])
    return plan_of(
        *(
            Node(
                k,
                draw(st.sampled_from(LEVELS)),
                parent=draw(refs),
                further_parents=tuple(p for p in draw(st.lists(refs, max_size=3)) if p),
            )
            for k in keys
        )
    )


@settings(max_examples=80, deadline=None)
@given(linked_plans())
def test_pruned_cycle_search_agrees_with_the_whole_graph(plan: Plan) -> None:
    levels = {k: plan.level_index(k) for k in plan.nodes}
    assert plan_cycles(plan, levels) == cycle_members(build_graph(plan))
