"""The national nomenclature: lookups on real codes, the rule code-unknown, a newer list for one plan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.model import Indicator, Node, Plan
from app.model.checks import check_plan
from app.model.nomenclature import (
    Nomenclature,
    NomenclatureError,
    bundled,
    for_plan,
    sidecar,
    use_for_plan,
)

OPD = "Dinas Kesehatan"


def test_bundled_list_is_the_whole_decree() -> None:
    nom = bundled()
    kinds = {}
    for e in nom.entries:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    # 11 urusan rows in the file, one of them empty (a leftover of the compilation): skipped
    assert kinds == {"urusan": 10, "bidang": 45, "program": 188, "kegiatan": 729, "sub kegiatan": 3395}
    assert "2023" in nom.version and "050-5889/2021" in nom.version


def test_lookup_real_codes() -> None:
    nom = bundled()
    assert nom.lookup("1.02.02").name.startswith("PROGRAM PEMENUHAN UPAYA KESEHATAN")
    sub = nom.lookup("1.02.02.2.01.0009")
    assert (sub.kind, sub.name) == ("sub kegiatan", "Rehabilitasi dan Pemeliharaan Puskesmas")
    assert sub.satuan and sub.indikator and sub.kinerja
    # the support program, written with the plan's own bidang, is found as X.XX.01...
    assert nom.lookup("1.02.01.2.01.0001").name == "Penyusunan Dokumen Perencanaan Perangkat Daerah"
    assert nom.lookup("x.xx.01.2.02").code == "X.XX.01.2.02"
    assert nom.lookup("1.02.02.2.01.0999") is None
    assert nom.lookup("1.02.01.2.99") is None


def test_names_compare_without_case_or_spacing() -> None:
    nom = bundled()
    found = nom.by_name("  program pemenuhan upaya  kesehatan perorangan dan upaya kesehatan masyarakat ", "program")
    assert [e.code for e in found] == ["1.02.02"]
    assert [e.code for e in nom.by_name("REHABILITASI DAN PEMELIHARAAN PUSKESMAS", "sub kegiatan")] == [
        "1.02.02.2.01.0009"]


def test_search_by_words_and_by_code() -> None:
    nom = bundled()
    hits = nom.search("rehabilitasi puskesmas")
    assert hits and hits[0].code == "1.02.02.2.01.0009"
    assert all("puskesmas" in (h.name + h.kinerja + h.indikator).lower() for h in hits)
    assert [e.code for e in nom.search("1.02.02.2.01.000")][:2] == ["1.02.02.2.01.0001", "1.02.02.2.01.0002"]
    assert nom.search("1.02.01.2.01", kind="kegiatan")[0].code == "X.XX.01.2.01"
    assert nom.search("") == []


def _plan(*codes: tuple[str, str]) -> Plan:
    plan = Plan("Uji", "Kota Mojokerto", start_year=2025, end_year=2026)
    nodes = [Node("SS", "Sasaran Strategis PD", "Meningkatnya layanan kesehatan", opds=(OPD,))]
    parent = {"Program": "SS"}
    for level, code in codes:
        key = f"{level[0]}-{code}"
        nodes.append(Node(key, level, f"Simpul {code}", opds=(OPD,), code=code,
                          parent=parent.get(level, nodes[-1].key),
                          indicators=(Indicator("Jumlah", "output", "unit", baseline=1,
                                                targets={2025: 1, 2026: 2}),)))
    plan.load_nodes(nodes)
    return plan


def unknown(plan: Plan) -> dict[str, str]:
    return {f.node: f.message for f in check_plan(plan) if f.rule == "code-unknown"}


def test_code_unknown_on_real_codes() -> None:
    plan = _plan(("Program", "1.02.02"), ("Kegiatan", "1.02.02.2.01"), ("Sub Kegiatan", "1.02.02.2.01.0009"))
    assert unknown(plan) == {}
    # support programs written with the OPD's own bidang are valid
    assert unknown(_plan(("Program", "1.02.01"), ("Kegiatan", "1.02.01.2.01"),
                         ("Sub Kegiatan", "1.02.01.2.01.0001"))) == {}
    plan = _plan(("Program", "1.02.02"), ("Kegiatan", "1.02.02.2.01"), ("Sub Kegiatan", "1.02.02.2.01.0999"))
    found = unknown(plan)
    assert list(found) == ["S-1.02.02.2.01.0999"]
    assert "1.02.02.2.01.0999" in found["S-1.02.02.2.01.0999"]
    assert bundled().version in found["S-1.02.02.2.01.0999"]
    finding = next(f for f in check_plan(plan) if f.rule == "code-unknown")
    assert finding.severity == "warning"


def test_badly_formed_codes_are_code_formats_business_only() -> None:
    plan = _plan(("Program", "1.02.2"))
    rules = {f.rule for f in check_plan(plan) if f.node == "P-1.02.2"}
    assert "code-format" in rules and "code-unknown" not in rules
    # a program code found as a bidang or a kegiatan is still unknown as a program
    assert "P-1.02" not in unknown(_plan(("Program", "1.02")))  # wrong shape: code-format


def _newer_list(tmp_path: Path, name: str = "nomenklatur-2025.csv") -> Path:
    path = tmp_path / name
    rows = [line for line in bundled().source and open(bundled().source, encoding="utf-8")]
    text = "# versi: Kepmendagri 900.1.15-5117/2023 (contoh)\n" + "".join(rows)
    text += "1.02.02.2.01.0999,sub kegiatan,Sub Kegiatan Baru,Tersedianya contoh,Jumlah contoh,Unit\n"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_newer_list_for_one_plan(tmp_path: Path) -> None:
    newer = Nomenclature.load(_newer_list(tmp_path))
    assert newer.version == "Kepmendagri 900.1.15-5117/2023 (contoh)"
    plan = _plan(("Program", "1.02.02"), ("Kegiatan", "1.02.02.2.01"), ("Sub Kegiatan", "1.02.02.2.01.0999"))
    other = _plan(("Program", "1.02.02"), ("Kegiatan", "1.02.02.2.01"), ("Sub Kegiatan", "1.02.02.2.01.0999"))
    use_for_plan(plan, newer)
    assert for_plan(plan) is newer and for_plan(other) is bundled()
    assert unknown(plan) == {} and list(unknown(other)) == ["S-1.02.02.2.01.0999"]
    use_for_plan(plan, None)
    assert for_plan(plan) is bundled()


def test_code_unknown_follows_each_edit_and_list_from_one_run_to_the_next(tmp_path: Path) -> None:
    """The rule keeps its answers between runs (the checks rerun after every edit): a changed
    code, level or list must still be judged afresh."""
    plan = _plan(("Program", "1.02.02"), ("Kegiatan", "1.02.02.2.01"),
                 ("Sub Kegiatan", "1.02.02.2.01.0999"))
    key = "S-1.02.02.2.01.0999"
    assert list(unknown(plan)) == [key]
    assert list(unknown(plan)) == [key]  # the kept answer
    plan.nodes[key].code = "1.02.02.2.01.0009"
    assert unknown(plan) == {}
    plan.nodes[key].code = "1.02.02.2.01.0998"
    assert "1.02.02.2.01.0998" in unknown(plan)[key]
    plan.nodes[key].code = "1.02.02.2.01.0999"
    newer = Nomenclature.load(_newer_list(tmp_path))
    use_for_plan(plan, newer)
    assert unknown(plan) == {}
    use_for_plan(plan, None)
    assert bundled().version in unknown(plan)[key]
    plan.nodes[key].level = "Kegiatan"  # another kind of code: code-format's, not this rule's
    assert unknown(plan) == {}


def test_a_list_that_is_not_one_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "salah.csv"
    path.write_text("code,name\n1.02,Kesehatan\n", encoding="utf-8")
    with pytest.raises(NomenclatureError, match="salah.csv"):
        Nomenclature.load(path)


def test_the_plan_file_keeps_its_list_beside_it(tmp_path: Path) -> None:
    """`pokin validate PLAN.pokin` uses PLAN.nomenklatur.csv when it is there."""
    from app.store import PlanFile

    from ..cli.test_cli import pokin

    plan = _plan(("Program", "1.02.02"), ("Kegiatan", "1.02.02.2.01"), ("Sub Kegiatan", "1.02.02.2.01.0999"))
    path = tmp_path / "renstra.pokin"
    PlanFile.create(path, plan).close()
    before = json.loads(pokin("validate", path, "--json").stdout)
    assert [f["node"] for f in before["findings"] if f["rule"] == "code-unknown"] == ["S-1.02.02.2.01.0999"]
    _newer_list(tmp_path, sidecar(path).name)
    after = json.loads(pokin("validate", path, "--json").stdout)
    assert [f for f in after["findings"] if f["rule"] == "code-unknown"] == []
