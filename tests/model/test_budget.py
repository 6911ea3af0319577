"""Pagu summed up the tree: main children only, each node once, cycles harmless."""

from __future__ import annotations

from app.model.budget import branch_budgets, has_budget
from app.model.plan import Node, Plan


def _plan() -> Plan:
    plan = Plan("Uji", "Kota Uji", start_year=2024, end_year=2026)
    plan.load_nodes([
        Node("P", "Program", "Meningkatnya p"),
        Node("K1", "Kegiatan", "Meningkatnya k1", parent="P"),
        Node("K2", "Kegiatan", "Meningkatnya k2", parent="P"),
        Node("S1", "Sub Kegiatan", "Tersedianya s1", parent="K1", budget={2024: 100.0, 2025: 50.0}),
        Node("S2", "Sub Kegiatan", "Tersedianya s2", parent="K1", budget={2024: 20.0}),
        Node("S3", "Sub Kegiatan", "Tersedianya s3", parent="K2", budget={2026: 7.0},
             further_parents=("K1",)),
        Node("X", "Program", "Meningkatnya x"),
    ])
    return plan


def test_sums_follow_main_children():
    totals = branch_budgets(_plan())
    assert totals["K1"] == {2024: 120.0, 2025: 50.0}  # S3 contributes to K1 but is paid under K2
    assert totals["K2"] == {2026: 7.0}
    assert totals["P"] == {2024: 120.0, 2025: 50.0, 2026: 7.0}
    assert totals["S1"] == {2024: 100.0, 2025: 50.0}
    assert "X" not in totals


def test_a_cycle_counts_each_node_once():
    plan = Plan("Rusak", "Kota Uji")
    plan.load_nodes([Node("A", "Program", "a", parent="B", budget={2024: 1.0}),
                     Node("B", "Kegiatan", "b", parent="A", budget={2024: 2.0})])
    totals = branch_budgets(plan)
    assert max(v[2024] for v in totals.values()) == 3.0
    assert has_budget(plan) and not has_budget(Plan("Kosong", "Kota Uji"))
