"""The validator: every contract rule fires on its case and stays quiet on the near miss."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.checks import RULES, SEVERITY_ORDER, Finding, check_plan
from app.model.plan import Indicator, Node, Plan

YEARS = (2024, 2025, 2026)
DINKES = ("Dinas Kesehatan",)


def ind(
    name: str = "Persentase balita stunting",
    jenis: str = "outcome",
    satuan: str = "%",
    polaritas: str = "naik",
    baseline: object = 10,
    targets: object = (11, 12, 13),
) -> Indicator:
    if isinstance(targets, dict):
        values = dict(targets)
    else:
        values = dict(zip(YEARS, targets, strict=True))
    return Indicator(name, jenis, satuan, polaritas, baseline, values)


def sound_nodes() -> dict[str, Node]:
    """One branch through the six default levels with nothing to find."""
    return {
        "T1": Node(
            "T1", "Tujuan", "Meningkatnya kualitas hidup", indicators=(ind(jenis="dampak"),)
        ),
        "S1": Node(
            "S1",
            "Sasaran",
            "Menurunnya angka stunting",
            parent="T1",
            indicators=(ind(polaritas="turun", targets=(9, 8, 7)),),
        ),
        "SS1": Node(
            "SS1",
            "Sasaran Strategis PD",
            "Meningkatnya mutu layanan gizi",
            DINKES,
            parent="S1",
            indicators=(ind(),),
        ),
        "P1": Node(
            "P1",
            "Program",
            "Meningkatnya cakupan layanan kesehatan",
            DINKES,
            code="1.02.02",
            parent="SS1",
            indicators=(ind(),),
        ),
        "K1": Node(
            "K1",
            "Kegiatan",
            "Tersedianya layanan gizi balita",
            DINKES,
            code="1.02.02.2.01",
            parent="P1",
            indicators=(ind("Jumlah posyandu aktif", "output", "unit"),),
        ),
        "SK1": Node(
            "SK1",
            "Sub Kegiatan",
            "Penyediaan makanan tambahan balita",
            DINKES,
            code="1.02.02.2.01.0001",
            parent="K1",
            indicators=(ind("Jumlah paket PMT", "output", "paket"),),
        ),
    }


def plan_of(nodes: dict[str, Node] | list[Node], **facts: object) -> Plan:
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji", **facts)  # type: ignore[arg-type]
    plan.load_nodes(nodes.values() if isinstance(nodes, dict) else nodes)
    return plan


def found(plan: Plan) -> set[tuple[str, str]]:
    return {(f.rule, f.node) for f in check_plan(plan)}


def only(plan: Plan, rule: str) -> list[Finding]:
    return [f for f in check_plan(plan) if f.rule == rule]


def with_(nodes: dict[str, Node], key: str, **changes: object) -> dict[str, Node]:
    nodes[key] = replace(nodes[key], **changes)
    return nodes


def test_sound_plan_has_no_finding() -> None:
    assert check_plan(plan_of(sound_nodes())) == []


def test_rule_table_matches_the_contract() -> None:
    errors = {
        "orphan",
        "cycle",
        "level-order",
        "missing-indicator",
        "missing-unit",
        "missing-target",
        "missing-opd",
        "code-format",
    }
    warnings = {
        "level-skip",
        "dead-end",
        "missing-baseline",
        "target-direction",
        "flat-target",
        "activity-statement",
        "indicator-type",
        "opd-mismatch",
        "code-mismatch",
        "code-unknown",
    }
    assert set(RULES) == errors | warnings
    assert all(RULES[r] == "error" for r in errors)
    assert all(RULES[r] == "warning" for r in warnings)
    assert list(SEVERITY_ORDER) == ["error", "warning"]


def test_finding_json_shape() -> None:
    f = only(plan_of(with_(sound_nodes(), "SK1", indicators=())), "missing-indicator")[0]
    data = f.to_json()
    assert data == {
        "rule": "missing-indicator",
        "severity": "error",
        "node": "SK1",
        "message": f.message,
    }
    assert json.loads(json.dumps(data)) == data


# --- orphan ------------------------------------------------------------------


def test_orphan_without_parent_below_top() -> None:
    nodes = sound_nodes()
    nodes["S2"] = Node("S2", "Sasaran", "Meningkatnya daya beli", indicators=(ind(),))
    findings = only(plan_of(nodes), "orphan")
    assert [f.node for f in findings] == ["S2"]
    assert "Tujuan" in findings[0].message  # says which level to hang it under


def test_top_level_without_parent_is_no_orphan() -> None:
    nodes = sound_nodes()
    nodes["T2"] = Node("T2", "Tujuan", "Meningkatnya daya saing", indicators=(ind("x", "dampak"),))
    assert ("orphan", "T2") not in found(plan_of(nodes))


def test_orphan_when_parent_key_names_no_node() -> None:
    plan = plan_of(with_(sound_nodes(), "SK1", parent="K-HILANG"))
    findings = only(plan, "orphan")
    assert [f.node for f in findings] == ["SK1"]
    assert "K-HILANG" in findings[0].message


def test_orphan_when_further_parent_names_no_node() -> None:
    nodes = with_(sound_nodes(), "K1", further_parents=("P1", "P-HILANG"))
    findings = only(plan_of(nodes), "orphan")
    assert [f.node for f in findings] == ["K1"]
    assert "P-HILANG" in findings[0].message


def test_existing_further_parent_is_no_orphan() -> None:
    nodes = sound_nodes()
    nodes["S2"] = Node("S2", "Sasaran", "Meningkatnya gizi", parent="T1", indicators=(ind(),))
    with_(nodes, "SS1", further_parents=("S2",))
    assert only(plan_of(nodes), "orphan") == []


# --- cycle -------------------------------------------------------------------


def test_cycle_through_further_parent_marks_each_node_on_it() -> None:
    nodes = with_(sound_nodes(), "P1", further_parents=("K1",))
    findings = only(plan_of(nodes), "cycle")
    assert sorted(f.node for f in findings) == ["K1", "P1"]
    assert all(f.severity == "error" for f in findings)
    assert '"K1"' in next(f.message for f in findings if f.node == "P1")


def test_cycle_of_main_parents_and_self_parent() -> None:
    nodes = sound_nodes()
    nodes["PA"] = Node("PA", "Program", "Meningkatnya a", DINKES, parent="KB", indicators=(ind(),))
    nodes["KB"] = Node(
        "KB", "Kegiatan", "Tersedianya b", DINKES, parent="PA", indicators=(ind("y", "output"),)
    )
    nodes["KS"] = Node(
        "KS", "Kegiatan", "Tersedianya c", DINKES, parent="KS", indicators=(ind("z", "output"),)
    )
    nodes["SKX"] = Node(
        "SKX", "Sub Kegiatan", "Penyediaan d", DINKES, parent="KB", indicators=(ind("w", "output"),)
    )
    cyc = {f.node for f in only(plan_of(nodes), "cycle")}
    assert cyc == {"PA", "KB", "KS"}  # SKX hangs below the cycle but is not on it


def test_links_against_level_order_without_cycle_are_no_cycle() -> None:
    nodes = sound_nodes()
    nodes["P2"] = Node(
        "P2", "Program", "Meningkatnya b", DINKES, code="1.02.03", parent="SS1", indicators=(ind(),)
    )
    nodes["K2"] = Node(
        "K2",
        "Kegiatan",
        "Tersedianya c",
        DINKES,
        code="1.02.03.2.01",
        parent="P2",
        indicators=(ind("y", "output"),),
    )
    # A program contributing to a sibling program: odd, but no loop.
    with_(nodes, "P1", further_parents=("P2",))
    assert only(plan_of(nodes), "cycle") == []


# --- level-order, level-skip ---------------------------------------------------


def test_level_order_same_level_as_parent() -> None:
    nodes = sound_nodes()
    nodes["K2"] = Node(
        "K2", "Kegiatan", "Tersedianya x", DINKES, parent="K1", indicators=(ind("y", "output"),)
    )
    plan = plan_of(nodes)
    assert [f.node for f in only(plan, "level-order")] == ["K2"]
    assert ("level-order", "SK1") not in found(plan)


def test_level_order_above_parent() -> None:
    plan = plan_of(with_(sound_nodes(), "SK1", level="Program", code=""))
    assert [f.node for f in only(plan, "level-order")] == ["SK1"]


def test_level_skip_names_the_missing_level() -> None:
    plan = plan_of(with_(sound_nodes(), "K1", parent="SS1", code=""))
    findings = only(plan, "level-skip")
    assert [f.node for f in findings] == ["K1"]
    assert findings[0].severity == "warning"
    assert "Program" in findings[0].message
    assert only(plan, "level-order") == []


# --- dead-end ------------------------------------------------------------------


def test_dead_end_above_lowest_level() -> None:
    nodes = sound_nodes()
    nodes["S2"] = Node("S2", "Sasaran", "Meningkatnya gizi", parent="T1", indicators=(ind(),))
    findings = only(plan_of(nodes), "dead-end")
    assert [f.node for f in findings] == ["S2"]
    assert "Sasaran Strategis PD" in findings[0].message


def test_node_with_only_further_children_is_no_dead_end() -> None:
    nodes = sound_nodes()
    nodes["S2"] = Node("S2", "Sasaran", "Meningkatnya gizi", parent="T1", indicators=(ind(),))
    with_(nodes, "SS1", further_parents=("S2",))
    assert only(plan_of(nodes), "dead-end") == []


def test_lowest_level_without_children_is_no_dead_end() -> None:
    assert only(plan_of(sound_nodes()), "dead-end") == []


# --- indicators ------------------------------------------------------------------


def test_missing_indicator() -> None:
    plan = plan_of(with_(sound_nodes(), "P1", indicators=()))
    assert [f.node for f in only(plan, "missing-indicator")] == ["P1"]


@pytest.mark.parametrize("satuan", ["", "   "])
def test_missing_unit(satuan: str) -> None:
    plan = plan_of(with_(sound_nodes(), "P1", indicators=(ind(satuan=satuan), ind("Kedua"))))
    findings = only(plan, "missing-unit")
    assert [f.node for f in findings] == ["P1"]
    assert '"Persentase balita stunting"' in findings[0].message


def test_missing_target_lists_every_missing_year_once() -> None:
    indicator = ind(targets={2024: 11, 2025: None, 2026: " ", 2027: 99})
    plan = plan_of(with_(sound_nodes(), "SS1", indicators=(indicator,)))
    findings = only(plan, "missing-target")
    assert len(findings) == 1
    message = findings[0].message
    assert '"Persentase balita stunting"' in message
    assert "2025" in message and "2026" in message and "2024" not in message


def test_zero_target_is_not_missing() -> None:
    plan = plan_of(with_(sound_nodes(), "SS1", indicators=(ind(targets=(0, 0, 0)),)))
    assert only(plan, "missing-target") == []


@pytest.mark.parametrize("baseline", [None, "", "  "])
def test_missing_baseline(baseline: object) -> None:
    plan = plan_of(
        with_(sound_nodes(), "K1", indicators=(ind("Jumlah x", "output", baseline=baseline),))
    )
    findings = only(plan, "missing-baseline")
    assert [(f.node, f.severity) for f in findings] == [("K1", "warning")]


def test_zero_baseline_is_given() -> None:
    plan = plan_of(with_(sound_nodes(), "K1", indicators=(ind("Jumlah x", "output", baseline=0),)))
    assert only(plan, "missing-baseline") == []


@pytest.mark.parametrize(
    ("polaritas", "targets"),
    [
        ("naik", (80, 70, 75)),
        ("turun", (7, 8, 9)),
        ("naik", ("75,5", "75,4", "76")),
        ("naik", (80, "Tersedia", 79)),
        ("turun", ("1.200", "1.100", "1.300")),
    ],
)
def test_target_direction_wrong_way(polaritas: str, targets: tuple) -> None:
    plan = plan_of(
        with_(sound_nodes(), "SS1", indicators=(ind(polaritas=polaritas, targets=targets),))
    )
    findings = only(plan, "target-direction")
    assert [f.node for f in findings] == ["SS1"]
    assert polaritas in findings[0].message


@pytest.mark.parametrize(
    ("polaritas", "targets"),
    [
        ("turun", (9, 8, 7)),
        ("naik", (70, 70, 75)),
        ("naik", ("75,5", "75,6", "80%")),
        ("naik", (80, "Tersedia", 81)),
        ("naik", ("Ada", "Ada", "Ada")),
        ("turun", (9, 9, 9)),
    ],
)
def test_target_direction_right_way(polaritas: str, targets: tuple) -> None:
    plan = plan_of(
        with_(sound_nodes(), "SS1", indicators=(ind(polaritas=polaritas, targets=targets),))
    )
    assert only(plan, "target-direction") == []


@pytest.mark.parametrize(
    ("satuan", "targets"), [("%", (100, 100, 100)), ("Persen", ("100", "100,0", "100%"))]
)
def test_flat_target(satuan: str, targets: tuple) -> None:
    indicator = ind(satuan=satuan, targets=targets)
    plan = plan_of(with_(sound_nodes(), "P1", indicators=(indicator,)))
    findings = only(plan, "flat-target")
    assert [(f.node, f.severity) for f in findings] == [("P1", "warning")]


@pytest.mark.parametrize(
    ("satuan", "targets"),
    [("dokumen", (100, 100, 100)), ("%", (98, 99, 100)), ("%", (100, 100, None))],
)
def test_no_flat_target(satuan: str, targets: tuple) -> None:
    plan = plan_of(with_(sound_nodes(), "P1", indicators=(ind(satuan=satuan, targets=targets),)))
    assert only(plan, "flat-target") == []


def test_indicator_type_output_above_kegiatan_and_dampak_at_opd_level() -> None:
    nodes = with_(sound_nodes(), "P1", indicators=(ind(jenis="output"),))
    with_(nodes, "SS1", indicators=(ind(jenis="Dampak"),))
    findings = only(plan_of(nodes), "indicator-type")
    assert sorted(f.node for f in findings) == ["P1", "SS1"]
    assert "outcome" in next(f.message for f in findings if f.node == "P1")


@pytest.mark.parametrize(
    ("key", "jenis"), [("K1", "output"), ("S1", "dampak"), ("P1", ""), ("T1", "outcome")]
)
def test_indicator_type_fits(key: str, jenis: str) -> None:
    plan = plan_of(with_(sound_nodes(), key, indicators=(ind(jenis=jenis),)))
    assert only(plan, "indicator-type") == []


# --- statement -------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Penyusunan dokumen perencanaan",
        '"Koordinasi penanganan stunting"',
        "KOORDINASI lintas OPD",
        "1. Fasilitasi bantuan sosial",
        "Pengelolaan keuangan daerah",
    ],
)
def test_activity_statement(statement: str) -> None:
    plan = plan_of(with_(sound_nodes(), "SS1", statement=statement))
    findings = only(plan, "activity-statement")
    assert [(f.node, f.severity) for f in findings] == [("SS1", "warning")]


@pytest.mark.parametrize(
    ("key", "statement"),
    [
        ("SS1", "Peningkatan kualitas layanan"),
        ("SS1", "Meningkatnya koordinasi layanan"),
        ("SS1", "Terselenggaranya pelayanan"),
        ("SK1", "Penyediaan makanan tambahan"),
    ],
)
def test_not_an_activity_statement(key: str, statement: str) -> None:
    plan = plan_of(with_(sound_nodes(), key, statement=statement))
    assert only(plan, "activity-statement") == []


# --- OPD ---------------------------------------------------------------------------


@pytest.mark.parametrize("opds", [(), ("  ",)])
def test_missing_opd(opds: tuple) -> None:
    plan = plan_of(with_(sound_nodes(), "P1", opds=opds))
    assert [f.node for f in only(plan, "missing-opd")] == ["P1"]
    assert only(plan, "opd-mismatch") == []


def test_city_levels_need_no_opd() -> None:
    assert only(plan_of(sound_nodes()), "missing-opd") == []


def test_opd_mismatch() -> None:
    plan = plan_of(with_(sound_nodes(), "K1", opds=("Dinas Sosial",)))
    findings = only(plan, "opd-mismatch")
    assert [f.node for f in findings] == ["K1", "SK1"]  # SK1 (Dinas Kesehatan) under K1 too
    assert "Dinas Sosial" in findings[0].message and "Dinas Kesehatan" in findings[0].message


@pytest.mark.parametrize("opds", [(" dinas  KESEHATAN ",), ("Dinas Sosial", "Dinas Kesehatan")])
def test_opd_shared_with_parent_is_no_mismatch(opds: tuple) -> None:
    plan = plan_of(with_(sound_nodes(), "P1", opds=opds))
    assert only(plan, "opd-mismatch") == []


def test_first_opd_level_under_city_level_is_no_mismatch() -> None:
    plan = plan_of(with_(sound_nodes(), "S1", opds=("Bapperida",)))
    assert only(plan, "opd-mismatch") == []


# --- codes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("P1", "1.02"),
        ("P1", "1.2.02"),
        ("K1", "1.02.02.2.1"),
        ("SK1", "1.02.02.2.01.01"),
        ("P1", "9.02.02"),
        ("K1", "1.02.02.01"),
    ],
)
def test_code_format(key: str, code: str) -> None:
    plan = plan_of(with_(sound_nodes(), key, code=code))
    findings = only(plan, "code-format")
    assert [f.node for f in findings] == [key]
    assert code in findings[0].message
    assert only(plan, "code-mismatch") == []  # a malformed code is not compared too


def test_code_format_government_digit() -> None:
    nodes = with_(sound_nodes(), "K1", code="1.02.02.1.01")
    with_(nodes, "SK1", code="1.02.02.1.01.0001")
    findings = only(plan_of(nodes, tingkat=" Kota "), "code-format")
    assert sorted(f.node for f in findings) == ["K1", "SK1"]
    assert "kota" in findings[0].message
    assert only(plan_of(nodes, tingkat="provinsi"), "code-format") == []
    assert {f.node for f in only(plan_of(sound_nodes(), tingkat="provinsi"), "code-format")} == {
        "K1",
        "SK1",
    }


@pytest.mark.parametrize(
    ("key", "code"), [("P1", "X.XX.02"), ("P1", ""), ("SS1", "SS-01"), ("S1", "anything")]
)
def test_code_accepted(key: str, code: str) -> None:
    nodes = with_(sound_nodes(), key, code=code)
    if key == "P1" and code.startswith("X"):
        with_(nodes, "K1", code="X.XX.02.2.01")
        with_(nodes, "SK1", code="X.XX.02.2.01.0001")
    plan = plan_of(nodes)
    assert only(plan, "code-format") == []
    assert only(plan, "code-mismatch") == []


def test_code_mismatch() -> None:
    plan = plan_of(with_(sound_nodes(), "K1", code="1.03.02.2.01"))
    findings = only(plan, "code-mismatch")
    # K1 does not extend P1; SK1 (1.02.02.2.01.0001) does not extend K1 either.
    assert sorted(f.node for f in findings) == ["K1", "SK1"]
    assert "1.02.02" in next(f.message for f in findings if f.node == "K1")


def test_code_mismatch_skips_uncoded_ancestors() -> None:
    nodes = with_(sound_nodes(), "K1", code="")
    assert only(plan_of(nodes), "code-mismatch") == []
    with_(nodes, "SK1", code="1.03.02.2.01.0001")
    assert [f.node for f in only(plan_of(nodes), "code-mismatch")] == ["SK1"]


def test_penunjang_any_bidang_is_extended_by_a_concrete_bidang() -> None:
    nodes = with_(sound_nodes(), "P1", code="X.XX.01")
    with_(nodes, "K1", code="1.02.01.2.01")
    with_(nodes, "SK1", code="1.02.01.2.01.0001")
    assert only(plan_of(nodes), "code-mismatch") == []
    with_(nodes, "K1", code="1.02.02.2.01")
    assert [f.node for f in only(plan_of(nodes), "code-mismatch")] == ["K1", "SK1"]


# --- order, unknown levels, robustness ------------------------------------------------


def test_errors_first_then_warnings_in_walk_order() -> None:
    nodes = sound_nodes()
    with_(nodes, "T1", indicators=(ind(jenis="dampak", baseline=None),))  # warning, first node
    with_(nodes, "SK1", indicators=())  # error, last node
    with_(nodes, "S1", indicators=(ind(satuan=""),))  # error, second node
    findings = check_plan(plan_of(list(reversed(nodes.values()))))
    assert [(f.severity, f.node) for f in findings] == [
        ("error", "S1"),
        ("error", "SK1"),
        ("warning", "T1"),
    ]


def test_unknown_level_is_skipped_by_level_rules() -> None:
    nodes = sound_nodes()
    nodes["X1"] = Node(
        "X1",
        "Tujuan PD",
        "Penyusunan rencana",
        DINKES,
        parent="SS1",
        indicators=(ind(jenis="output"),),
    )
    nodes["X2"] = Node("X2", "Tujuan PD", "Meningkatnya x", DINKES, parent="X1", indicators=())
    nodes["P2"] = Node(
        "P2", "Program", "Meningkatnya y", ("Dinas Sosial",), parent="X1", indicators=(ind(),)
    )
    # Nothing on X1/X2's level, statement, indicator type or P2's OPD under X1; P2 is
    # a program without kegiatan, which holds whatever its parent is.
    assert found(plan_of(nodes)) == {("missing-indicator", "X2"), ("dead-end", "P2")}


def test_plan_without_years_asks_for_no_target() -> None:
    plan = plan_of(sound_nodes(), start_year=2027, end_year=2026)
    assert check_plan(plan) == []


LEVELS = (
    "Tujuan",
    "Sasaran",
    "Sasaran Strategis PD",
    "Program",
    "Kegiatan",
    "Sub Kegiatan",
    "Tujuan PD",
    "",
)
VALUES = st.one_of(
    st.none(),
    st.integers(-5, 200),
    st.floats(allow_nan=True),
    st.sampled_from(["", " ", "75,5", "1.234,5", "Ada", "100%", "-", ","]),
)


@st.composite
def messy_plans(draw: st.DrawFn) -> Plan:
    """Random, broken plans: dangling and cyclic links, unknown levels, odd values."""
    n = draw(st.integers(1, 25))
    keys = [f"N{i}" for i in range(n)]
    refs = st.sampled_from([*keys, "HILANG", None])
    nodes = []
    for key in keys:
        indicators = tuple(
            Indicator(
                draw(st.sampled_from(["", "Indikator a", None])),
                draw(st.sampled_from(["", "dampak", "outcome", "output", "lain", None])),
                draw(st.sampled_from(["", "%", "persen", "orang", None])),
                draw(st.sampled_from(["naik", "turun", "", "tetap"])),
                draw(VALUES),
                {y: draw(VALUES) for y in YEARS},
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        nodes.append(
            Node(
                key,
                draw(st.sampled_from(LEVELS)),
                draw(st.sampled_from(["", "Penyusunan x", "Meningkatnya y", "...", "12", None])),
                tuple(draw(st.lists(st.sampled_from(["A", "B", " a ", "", None]), max_size=2))),
                code=draw(
                    st.sampled_from(["", "1.02.02", "X.XX.01.2.01", "1.02.02.1.01.0001", "a.b"])
                ),
                parent=draw(refs),
                further_parents=tuple(k for k in draw(st.lists(refs, max_size=2)) if k),
                indicators=indicators,
            )
        )
    return plan_of(nodes, tingkat=draw(st.sampled_from(["kota", "provinsi", "lain"])))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_plans())
def test_any_plan_is_checked_without_crash(plan: Plan) -> None:
    findings = check_plan(plan)
    walk = {k: i for i, k in enumerate(plan.walk())}
    keys = [(SEVERITY_ORDER[f.severity], walk[f.node]) for f in findings]
    assert keys == sorted(keys)
    assert all(f.severity == RULES[f.rule] and f.message.endswith(".") for f in findings)
    assert check_plan(plan) == findings  # deterministic


# --- the shared sample workbook ---------------------------------------------------


def read_sample(path: Path) -> Plan:
    """The plan in an exchange workbook, through the real importer."""
    from app.exchange import read_workbook

    return read_workbook(path)


def test_sample_workbook_findings(contoh_xlsx: Path) -> None:
    plan = read_sample(contoh_xlsx)
    assert len(plan) == 36
    findings = check_plan(plan)
    assert [(f.rule, f.severity, f.node) for f in findings] == [
        ("missing-indicator", "error", "K-SOS-1-2"),
        ("activity-statement", "warning", "SS-SOS"),  # S2's branch is walked before S3
        ("dead-end", "warning", "S3"),
    ]
    assert '"Fasilitasi"' in findings[1].message


def test_rules_follow_the_plans_own_scheme() -> None:
    """A Tematik-scheme plan: levels, OPD levels and code kinds come from the scheme."""
    from app.model.levels import LevelScheme

    plan = Plan("Uji", "Kota Uji", scheme=LevelScheme.tematik())
    plan.load_nodes([
        Node("A", "Tematik", "Menurunnya kemiskinan", indicators=(ind(jenis="dampak"),)),
        Node("B", "Sub Tematik", "Meningkatnya daya beli", parent="A", indicators=(ind(),)),
        Node("C", "Strategic", "Meningkatnya pendapatan", DINKES, parent="B", indicators=(ind(),)),
        Node("D", "Tactical", "Meningkatnya usaha mikro", DINKES, code="2.17.02", parent="C",
             indicators=(ind(),)),
        Node("E", "Operational", "Tersedianya modal usaha", DINKES, code="2.17.02.2", parent="D",
             indicators=(ind("Jumlah x", "output"),)),
        Node("F", "Operational-N", "Pelatihan usaha", (), code="2.17.02.2.01.0001", parent="E",
             indicators=(ind("Jumlah y", "output"),)),
    ])  # fmt: skip
    assert found(plan) == {("code-format", "E"), ("missing-opd", "F")}
