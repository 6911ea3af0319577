"""Codes from names and names from codes: one batch, one undo, a preview that says why."""

from __future__ import annotations

from app.model import Indicator, Node, Plan
from app.model.fill_codes import fill_plan
from app.model.session import EditSession

OPD = "Dinas Pendidikan"


def plan_to_fill() -> Plan:
    plan = Plan("Uji", "Kota Mojokerto", start_year=2025, end_year=2026)
    ind = (Indicator("Jumlah", "output", "unit", 1, {2025: 1, 2026: 2}),)
    plan.load_nodes([
        Node("SS", "Sasaran Strategis PD", "Meningkatnya mutu pendidikan", opds=(OPD,)),
        # a program by its name as T-C.27 writes it (upper case, no code)
        Node("P", "Program", "PROGRAM PENGELOLAAN PENDIDIKAN", opds=(OPD,), parent="SS", indicators=ind),
        # a kegiatan whose name has codes for L = 2, 3 and 4: the kota's 2 wins
        Node("K", "Kegiatan", "Meningkatnya layanan SD", opds=(OPD,), parent="P", indicators=ind,
             notes="Nomenklatur: Pengelolaan Pendidikan Sekolah Dasar"),
        # a sub kegiatan that continues the kegiatan just filled
        Node("S1", "Sub Kegiatan", "pembangunan  unit sekolah baru (USB)", opds=(OPD,), parent="K",
             indicators=ind),
        # a code without a name
        Node("S2", "Sub Kegiatan", "", code="1.01.02.2.01.0003", opds=(OPD,), parent="K", indicators=ind),
        # a name found under several kegiatan, with no coded parent to choose: left alone
        Node("SS2", "Sasaran Strategis PD", "Meningkatnya sarana sekolah", opds=(OPD,)),
        Node("S3", "Sub Kegiatan", "Pembangunan Unit Sekolah Baru (USB)", opds=(OPD,), parent="SS2",
             indicators=ind),
        # a result statement is never replaced by a name
        Node("S4", "Sub Kegiatan", "Tersedianya ruang kelas baru", code="1.01.02.2.01.0002",
             opds=(OPD,), parent="K", indicators=ind),
    ])
    return plan


def test_one_batch_fills_codes_then_names_and_one_undo_takes_it_back() -> None:
    plan = plan_to_fill()
    before = plan.copy()
    batch, rows = fill_plan(plan)
    assert batch is not None
    changes = {(r.key, r.field): r.new for r in rows if r.new}
    assert changes == {
        ("P", "code"): "1.01.02",
        ("K", "code"): "1.01.02.2.01",
        ("S1", "code"): "1.01.02.2.01.0001",
        ("S2", "statement"): "Pembangunan Ruang Guru/Kepala Sekolah/TU",
    }
    left = {r.key: r.why for r in rows if not r.new}
    assert list(left) == ["S3"] and "kode cocok" in left["S3"]
    assert plan == before  # building the batch changes nothing
    session = EditSession(plan)
    session.push(batch)
    assert [plan["P"].code, plan["K"].code, plan["S1"].code] == ["1.01.02", "1.01.02.2.01", "1.01.02.2.01.0001"]
    assert plan["S4"].statement == "Tersedianya ruang kelas baru"
    assert session.undo_label() == batch.label
    session.undo()
    assert plan == before and not session.can_undo()
    session.redo()
    assert plan["S2"].statement == "Pembangunan Ruang Guru/Kepala Sekolah/TU"


def test_nothing_to_fill_is_no_batch() -> None:
    plan = Plan("Kosong", "Kota Mojokerto")
    plan.load_nodes([Node("P", "Program", "Meningkatnya sesuatu", code="1.01.02")])
    batch, rows = fill_plan(plan)
    assert batch is None and rows == []
