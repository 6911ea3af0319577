"""Crosscutting detection: shared programs (never program 01) and shared nodes."""

from __future__ import annotations

import json
from pathlib import Path

from app.model.crosscut import Crosscut, find_crosscutting
from app.model.plan import Indicator, Node, Plan

from .test_checks import read_sample

IND = (Indicator("Persentase x", "outcome", "%", "naik", 1, {2024: 2, 2025: 3, 2026: 4}),)


def branch(opd: str, tag: str, program: str, parent: str = "S1") -> list[Node]:
    """A Sasaran Strategis PD of `opd` with one program coded `program` beneath it."""
    return [
        Node(f"SS-{tag}", "Sasaran Strategis PD", f"Meningkatnya mutu {tag}", (opd,),
             parent=parent, indicators=IND),
        Node(f"P-{tag}", "Program", f"Meningkatnya layanan {tag}", (opd,), code=program,
             parent=f"SS-{tag}", indicators=IND),
    ]  # fmt: skip


def plan_with(*branches: list[Node]) -> Plan:
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji")
    plan.load_nodes(
        [
            Node("T1", "Tujuan", "Meningkatnya kesejahteraan", indicators=IND),
            Node("S1", "Sasaran", "Meningkatnya derajat kesehatan", parent="T1", indicators=IND),
        ]
    )
    for nodes in branches:
        plan.load_nodes(nodes)
    return plan


def kinds(found: list[Crosscut]) -> list[tuple[str, str]]:
    return [(c.kind, c.code or c.node) for c in found]


def test_same_program_code_under_two_opds_is_shared() -> None:
    plan = plan_with(
        branch("Dinas Kesehatan", "KES", "1.02.02"),
        branch("RSUD Kota Uji", "RS", "1.02.02"),
        branch("Dinas Kesehatan", "KES2", "1.02.02"),
    )
    found = find_crosscutting(plan)
    assert kinds(found) == [("shared-program", "1.02.02")]
    c = found[0]
    assert c.opds == ("Dinas Kesehatan", "RSUD Kota Uji")  # first appearance order
    assert c.nodes == ("P-KES", "P-RS", "P-KES2")
    assert c.name == "Meningkatnya layanan KES"
    assert c.to_json() == {
        "kind": "shared-program",
        "code": "1.02.02",
        "name": "Meningkatnya layanan KES",
        "opds": ["Dinas Kesehatan", "RSUD Kota Uji"],
        "nodes": ["P-KES", "P-RS", "P-KES2"],
    }
    assert json.loads(json.dumps(c.to_json())) == c.to_json()


def test_program_01_is_never_shared() -> None:
    plan = plan_with(
        branch("Dinas Kesehatan", "KES", "1.02.01"),
        branch("RSUD Kota Uji", "RS", "1.02.01"),
        branch("Dinas Sosial", "SOS", "X.XX.01"),
        branch("Bapperida", "BAP", "X.XX.01"),
    )
    assert find_crosscutting(plan) == []


def test_same_code_in_one_opd_or_differing_codes_is_not_shared() -> None:
    plan = plan_with(
        branch("Dinas Kesehatan", "A", "1.02.02"),
        branch(" dinas  kesehatan", "B", "1.02.02"),  # the same OPD, spelled loosely
        branch("Dinas Sosial", "C", "1.06.02"),
        branch("Dinas PUPR", "D", "1.03.02"),
    )
    assert find_crosscutting(plan) == []


def test_malformed_program_code_is_not_grouped() -> None:
    plan = plan_with(branch("Dinas Kesehatan", "A", "1.02"), branch("Dinas Sosial", "B", "1.02"))
    assert find_crosscutting(plan) == []


def test_node_with_two_opds_is_shared() -> None:
    nodes = branch("Dinas Kesehatan", "KES", "1.02.02")
    nodes[0].opds = ("Dinas Kesehatan", "Dinas Sosial")
    found = find_crosscutting(plan_with(nodes))
    assert kinds(found) == [("shared-node", "SS-KES")]
    assert found[0].opds == ("Dinas Kesehatan", "Dinas Sosial")
    assert found[0].to_json() == {
        "kind": "shared-node",
        "node": "SS-KES",
        "opds": ["Dinas Kesehatan", "Dinas Sosial"],
    }


def test_city_level_node_naming_opds_is_not_a_shared_node() -> None:
    plan = plan_with(branch("Dinas Kesehatan", "KES", "1.02.02"))
    plan.nodes["S1"].opds = ("Dinas Kesehatan", "Dinas Sosial")
    assert find_crosscutting(plan) == []


def test_further_link_to_another_opd_marks_both_ends() -> None:
    kes = branch("Dinas Kesehatan", "KES", "1.02.02")
    sos = branch("Dinas Sosial", "SOS", "1.06.02")
    sos[1].further_parents = ("SS-KES",)  # the social program also serves health
    found = find_crosscutting(plan_with(kes, sos))
    assert kinds(found) == [("shared-node", "SS-KES"), ("shared-node", "P-SOS")]
    assert found[0].opds == ("Dinas Kesehatan", "Dinas Sosial")
    assert found[0].nodes == ("SS-KES", "P-SOS")
    assert found[1].opds == ("Dinas Sosial", "Dinas Kesehatan")


def test_further_link_within_one_opd_is_not_shared() -> None:
    kes = branch("Dinas Kesehatan", "KES", "1.02.02")
    kes2 = branch("Dinas Kesehatan", "KES2", "1.02.03")
    kes2[1].further_parents = ("SS-KES",)
    assert find_crosscutting(plan_with(kes, kes2)) == []


def test_main_child_of_another_opd_marks_the_parent() -> None:
    nodes = branch("Dinas Kesehatan", "KES", "1.02.02")
    nodes.append(Node("K-X", "Kegiatan", "Tersedianya x", ("Dinas Sosial",),
                      code="1.02.02.2.01", parent="P-KES", indicators=IND))  # fmt: skip
    found = find_crosscutting(plan_with(nodes))
    assert kinds(found) == [("shared-node", "P-KES")]
    assert found[0].opds == ("Dinas Kesehatan", "Dinas Sosial")


def test_link_to_a_node_without_opd_is_not_shared() -> None:
    nodes = branch("Dinas Kesehatan", "KES", "1.02.02")
    nodes.append(Node("K-X", "Kegiatan", "Tersedianya x", (), parent="P-KES", indicators=IND))
    assert find_crosscutting(plan_with(nodes)) == []


def test_shared_programs_come_before_shared_nodes() -> None:
    kes = branch("Dinas Kesehatan", "KES", "1.02.02")
    kes[0].opds = ("Dinas Kesehatan", "Bapperida")
    found = find_crosscutting(plan_with(kes, branch("RSUD", "RS", "1.02.02")))
    assert kinds(found) == [("shared-program", "1.02.02"), ("shared-node", "SS-KES")]


def test_sample_workbook_crosscutting(contoh_xlsx: Path) -> None:
    found = find_crosscutting(read_sample(contoh_xlsx))
    assert [c.to_json() for c in found] == [
        {
            "kind": "shared-program",
            "code": "1.02.02",
            "name": "Meningkatnya cakupan layanan kesehatan sesuai standar",
            "opds": ["Dinas Kesehatan", "RSUD Kota Contoh"],
            "nodes": ["P-KES-1", "P-RS-1"],
        }
    ]
