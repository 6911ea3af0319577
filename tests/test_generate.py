"""The large-plan generator the benchmarks stand on (benchmarks/generate.py).

Benchmark figures only mean something when the generated plans have the size
asked for, the shape of a real city tree, and the same content on every run.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from app.exchange import read_workbook, write_workbook
from app.model.checks import check_plan
from app.model.crosscut import find_crosscutting

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def gen():
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module("generate")


@pytest.fixture(scope="module")
def plan3000(gen):
    return gen.generate_plan(3000)


@pytest.mark.parametrize("n", [1, 7, 20, 57, 101, 640, 2001, 3000])
def test_exact_size(gen, n):
    assert len(gen.generate_plan(n)) == n


def test_same_seed_same_plan_other_seed_other_plan(gen):
    first = gen.generate_plan(1000)
    assert gen.generate_plan(1000) == first
    assert gen.generate_plan(1000, seed=2) != first


def test_shape_of_a_city_tree(plan3000):
    levels = Counter(n.level for n in plan3000.nodes.values())
    assert 3 <= levels["Tujuan"] <= 6
    assert 10 <= levels["Sasaran"] <= 30
    assert 26 <= len(plan3000.opds()) <= 60
    # Fan-out grows downwards: most nodes are sub kegiatan, as in real trees.
    assert levels["Program"] < levels["Kegiatan"] < levels["Sub Kegiatan"]
    assert levels["Sub Kegiatan"] > len(plan3000) / 2
    # Every OPD-level node names exactly one OPD, and SSPD are one per OPD per Sasaran.
    sspd = [n for n in plan3000.nodes.values() if n.level == "Sasaran Strategis PD"]
    pairs = {(n.opds, n.parent) for n in sspd}
    assert len(pairs) == len(sspd)


def test_codes_and_penunjang(plan3000):
    program = re.compile(r"(X\.XX|[1-8]\.\d\d)\.\d\d")
    opds_with_penunjang = set()
    for node in plan3000.nodes.values():
        if node.level == "Program":
            assert program.fullmatch(node.code), node.code
            if node.code == "X.XX.01":
                opds_with_penunjang.add(node.opds[0])
        elif node.level == "Kegiatan":
            assert re.fullmatch(r".+\.2\.\d\d", node.code), node.code
        elif node.level == "Sub Kegiatan":
            assert node.code.startswith(plan3000[node.parent].code + ".")
            assert re.fullmatch(r".+\.2\.\d\d\.\d{4}", node.code), node.code
            assert set(node.budget) == set(plan3000.years)
    assert opds_with_penunjang == set(plan3000.opds())


def test_statements_and_indicators_look_real(plan3000):
    lengths = [len(n.statement) for n in plan3000.nodes.values()]
    assert min(lengths) >= 40 and max(lengths) <= 160
    assert len(set(lengths)) > 50  # varied, not one template
    with_inds = [n for n in plan3000.nodes.values() if n.indicators]
    assert len(with_inds) > 0.99 * len(plan3000)
    assert all(1 <= len(n.indicators) <= 2 for n in with_inds)


def test_faults_are_a_sprinkling_and_crosscutting_exists(plan3000):
    # The generator numbers kegiatan and sub kegiatan itself (real bidang and program codes,
    # synthetic numbers below them), so the nomenclature does not know most of them.
    findings = [f for f in check_plan(plan3000) if f.rule != "code-unknown"]
    rules = Counter(f.rule for f in findings)
    assert 0.02 * len(plan3000) < len(findings) < 0.12 * len(plan3000)
    for rule in ("missing-unit", "missing-target", "target-direction", "flat-target",
                 "activity-statement", "missing-baseline"):
        assert rules[rule] > 0, rule
    # No structural damage: the tree itself is sound.
    for rule in ("orphan", "cycle", "level-order", "level-skip", "missing-opd", "code-format"):
        assert rules[rule] == 0, rule
    kinds = Counter(c.kind for c in find_crosscutting(plan3000))
    assert kinds["shared-node"] > 0 and kinds["shared-program"] > 0


def test_workbook_and_dot_files(gen, tmp_path):
    plan = gen.generate_plan(400)
    xlsx = tmp_path / "p.xlsx"
    write_workbook(plan, xlsx)
    assert read_workbook(xlsx) == plan
    dot = tmp_path / "p.dot"
    gen.write_dot(plan, dot)
    text = dot.read_text(encoding="utf-8")
    assert text.startswith("digraph")
    assert text.count("[label=") == len(plan)
    main_edges = sum(1 for n in plan.nodes.values() if n.parent is not None)
    assert text.count(" -> ") == main_edges + sum(len(n.further_parents) for n in plan.nodes.values())
