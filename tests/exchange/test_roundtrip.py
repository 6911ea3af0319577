"""Round trips: a plan written as a workbook and read back is the same plan."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.exchange import read_workbook, write_workbook
from app.model.levels import LevelScheme
from app.model.plan import Indicator, Node, Plan, ReviewNote


def rich_plan() -> Plan:
    """Everything the format must keep, including the broken parts planners must be able to open."""
    plan = Plan("Renstra Dinas Uji 2025-2027", "Kabupaten Uji", "kabupaten", "Renstra", 2025, 2027,
                LevelScheme.tematik())
    ind = Indicator(
        "Persentase layanan", "outcome", "%", "turun", 12.5, {2025: 11.0, 2026: "Tersedia",
        2027: 9.25, 2031: 4.0}, "Definisi uji", "a / b x 100", "BPS",
        baseline_year=2024, reporting_period="Triwulanan", data_owner="Bidang Statistik",
    )
    plan.load_nodes([
        Node("12", "Tematik", "Meningkatnya kesejahteraan", indicators=(ind,), notes="catatan\nbaris dua"),
        Node("B", "Sub Tematik", "=Menurunnya kemiskinan", parent="12",
             opds=("Dinas Sosial", "Bappeda"), further_parents=("C", "hilang"),
             extra={"Prioritas": "tinggi", "Sumber": "Musrenbang"}),
        Node("A", "Sub Tematik", "Tersedianya air bersih", parent="12", code="1.03.03",
             budget={2025: 1_000_000.0, 2026: 1_250_000.5, 2030: 7.0}, position="Kepala Dinas",
             indicators=(Indicator("Jumlah sambungan", "output", "SR"), Indicator("Cakupan"))),
        Node("C", "Strategic", "Meningkatnya akses", parent="A", opds=("Dinas PUPR",)),
        Node("orphan-1", "Tactical", "Terlayaninya warga", parent="tidak-ada", extra={"Prioritas": "x"}),
        Node("orphan-2", "Tactical", "Terlayaninya desa", parent="tidak-ada"),
        Node("cyc-1", "Operational", "Siklus satu", parent="cyc-2"),
        Node("cyc-2", "Operational", "Siklus dua", parent="cyc-1"),
        Node("below-cycle", "Operational-N", "Di bawah siklus", parent="cyc-2"),
    ])
    plan.reviews = {
        "r1": ReviewNote("r1", "B", "Rumuskan ulang", "Asisten Deputi", "2025-03-01T10:00", "open", ""),
        "r2": ReviewNote("r2", "A", "Target naik", "", "", "resolved", "Disetujui"),
    }
    return plan


def test_sample_round_trip(contoh_xlsx: Path, tmp_path: Path) -> None:
    plan = read_workbook(contoh_xlsx)
    out = tmp_path / "rt.xlsx"
    write_workbook(plan, out)
    again = read_workbook(out)
    assert again == plan
    assert list(again.walk()) == list(plan.walk())


def test_rich_plan_round_trip(tmp_path: Path) -> None:
    plan = rich_plan()
    out = tmp_path / "rich.xlsx"
    write_workbook(plan, out)
    again = read_workbook(out)
    assert again == plan
    assert again.nodes["B"].statement == "=Menurunnya kemiskinan"  # text, not a formula
    assert again.nodes["12"].indicators[0].targets[2031] == 4.0  # outside the period, kept
    assert again.nodes["A"].budget == {2025: 1_000_000.0, 2026: 1_250_000.5, 2030: 7.0}
    assert again.nodes["orphan-1"].parent == "tidak-ada"


def test_written_workbook_layout(tmp_path: Path) -> None:
    out = tmp_path / "rich.xlsx"
    write_workbook(rich_plan(), out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Rencana", "Pohon", "Indikator", "Catatan Reviu"]
    pohon = wb["Pohon"]
    headers = [c.value for c in pohon[1]]
    assert headers[:9] == ["ID", "Induk", "Induk Lain", "Level", "Kode", "Pernyataan Kinerja",
                           "Perangkat Daerah", "Penanggung Jawab", "Keterangan"]
    assert headers[9:] == ["Pagu 2025", "Pagu 2026", "Pagu 2027", "Pagu 2030", "Prioritas", "Sumber"]
    assert all(c.font.b for c in pohon[1])
    assert pohon.freeze_panes == "A2"
    assert pohon.auto_filter.ref == f"A1:O{len(rich_plan()) + 1}"
    assert pohon.column_dimensions["F"].width >= 40
    ind = [c.value for c in wb["Indikator"][1]]
    assert ind == ["ID Node", "Indikator", "Jenis", "Satuan", "Polaritas", "Baseline",
                   "Tahun Baseline", "Target 2025", "Target 2026", "Target 2027", "Target 2031",
                   "Definisi", "Formula", "Sumber Data", "Periode Pelaporan",
                   "Penanggung Jawab Data"]
    first = [c.value for c in wb["Indikator"][2]]
    assert first[6] == 2024 and first[-2:] == ["Triwulanan", "Bidang Statistik"]
    rencana = {r[0]: r[1] for r in wb["Rencana"].iter_rows(min_row=2, values_only=True)}
    assert rencana["Skema Level"] == LevelScheme.tematik().to_text()
    assert rencana["Tahun Awal"] == 2025
    # the display order: a parent before its children, siblings in order
    ids = [r[0] for r in pohon.iter_rows(min_row=2, values_only=True)]
    assert ids.index("12") < ids.index("B") < ids.index("A") < ids.index("C")
    wb.close()


def test_sibling_order_kept(tmp_path: Path) -> None:
    plan = Plan("P", "Kota P")
    plan.load_nodes([Node("T", "Tujuan", "Meningkatnya x")])
    plan.load_nodes(Node(k, "Sasaran", f"Meningkatnya {k}", parent="T") for k in "zbyaxc")
    write_workbook(plan, tmp_path / "o.xlsx")
    again = read_workbook(tmp_path / "o.xlsx")
    assert again.children("T") == list("zbyaxc")
    assert again == plan


def test_atomic_write_leaves_no_temp_and_replaces(tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    out.write_bytes(b"old")
    write_workbook(rich_plan(), out)
    assert read_workbook(out) == rich_plan()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.xlsx"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    write_workbook(rich_plan(), out)
    before = out.read_bytes()
    plan = rich_plan()
    plan.nodes["C"].extra = {"Rusak": _Unprintable()}  # fails halfway through the rows
    with pytest.raises(RuntimeError):
        write_workbook(plan, out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.xlsx"]


class _Unprintable:
    def __str__(self) -> str:
        raise RuntimeError("cannot be written")


_TEXT = st.text(alphabet="abcXYZ 019.,-;/()éà", min_size=1, max_size=12).map(str.strip).filter(
    lambda s: s and ";" not in s
)
_NUM = st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False)


@st.composite
def plans(draw) -> Plan:
    plan = Plan(draw(_TEXT), draw(_TEXT), draw(st.sampled_from(["kota", "kabupaten", "provinsi"])),
                draw(st.sampled_from(["RPD", "RPJMD", "Renstra"])), 2024, 2024 + draw(st.integers(0, 4)))
    n = draw(st.integers(1, 12))
    keys: list[str] = []
    nodes = []
    for i in range(n):
        key = f"K{i}" if draw(st.booleans()) else str(100 + i)
        parent = draw(st.sampled_from(keys + [None, "hilang"])) if keys else None
        inds = tuple(
            Indicator(
                draw(_TEXT), draw(st.sampled_from(["", "dampak", "outcome", "output"])),
                draw(st.sampled_from(["", "%", "orang"])), draw(st.sampled_from(["naik", "turun"])),
                draw(st.one_of(st.none(), _NUM, st.just("Tersedia"))),
                draw(st.dictionaries(st.integers(2020, 2032), st.one_of(_NUM, st.just("Ada")), max_size=4)),
                baseline_year=draw(st.one_of(st.none(), st.integers(1990, 2030))),
                reporting_period=draw(st.sampled_from(["", "Tahunan", "Semesteran"])),
                data_owner=draw(st.one_of(st.just(""), _TEXT)),
            )
            for _ in range(draw(st.integers(0, 2)))
        )
        nodes.append(Node(
            key, draw(st.sampled_from(plan.scheme.names)), draw(_TEXT),
            opds=tuple(draw(st.lists(_TEXT, max_size=3))), parent=parent,
            further_parents=tuple(draw(st.lists(st.sampled_from(keys + ["x"]), max_size=2)))
            if keys else (),
            code=draw(st.sampled_from(["", "1.02.02", "1.02.02.2.01"])),
            indicators=inds,
            budget=draw(st.dictionaries(st.integers(2020, 2032), _NUM, max_size=3)),
            extra=draw(st.dictionaries(st.sampled_from(["Catatan A", "Sumber B"]), _TEXT, max_size=2)),
        ))
        keys.append(key)
    plan.load_nodes(nodes)
    return plan


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_random_plans_round_trip(plan: Plan, tmp_path: Path) -> None:
    out = tmp_path / "h.xlsx"
    write_workbook(plan, out)
    assert read_workbook(out) == plan
