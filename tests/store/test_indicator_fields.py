"""The indicator fields added for the manual IKU (baseline year, reporting period, data owner).

Files and snapshots written before these fields existed must open with the
defaults, and the new fields must reach the file and come back exactly, by
every path: a new file, an edit, undo, a snapshot.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from dataclasses import replace

from app.model.commands import change_indicator
from app.model.plan import Indicator, Node, Plan
from app.model.session import EditSession
from app.store import PlanFile
from app.store.rows import indicator_json

# An indicator exactly as the nodes table held it before the new fields existed.
OLD_INDICATORS_JSON = (
    '[{"name":"Angka kemiskinan","jenis":"dampak","satuan":"%","polaritas":"turun",'
    '"baseline":5.87,"targets":[[2024,5.45],[2025,5.05],[2026,4.75]],'
    '"definition":"Persentase penduduk di bawah garis kemiskinan",'
    '"formula":"miskin / penduduk x 100%","data_source":"BPS Kota Mojokerto"}]'
)


def _plan() -> Plan:
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji", "kota", "RPD", 2024, 2026)
    plan.load_nodes([Node("T1", "Tujuan", "Menurunnya kemiskinan",
                          indicators=(Indicator("Angka kemiskinan", "dampak", "%", "turun"),))])
    return plan


def test_a_file_written_before_the_new_fields_opens_with_their_defaults(tmp_path):
    path = tmp_path / "lama.pokin"
    PlanFile.create(path, _plan()).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE nodes SET indicators = ? WHERE key = 'T1'", (OLD_INDICATORS_JSON,))
    con.commit()
    con.close()
    ind = PlanFile.read(path)["T1"].indicators[0]
    assert (ind.baseline_year, ind.reporting_period, ind.data_owner) == (None, "", "")
    assert ind.targets == {2024: 5.45, 2025: 5.05, 2026: 4.75}
    assert ind.data_source == "BPS Kota Mojokerto"


def test_an_old_snapshot_opens_with_the_defaults(tmp_path):
    path = tmp_path / "lama.pokin"
    with PlanFile.create(path, _plan()) as pf:
        pf.save_snapshot("Sebelum asistensi")
    con = sqlite3.connect(path)
    (blob,) = con.execute("SELECT data FROM snapshots").fetchone()
    doc = json.loads(zlib.decompress(blob))
    column = doc["node_columns"].index("indicators")
    doc["nodes"][0][column] = OLD_INDICATORS_JSON
    con.execute("UPDATE snapshots SET data = ?",
                (zlib.compress(json.dumps(doc).encode("utf-8")),))
    con.commit()
    con.close()
    with PlanFile.open(path, read_only=True) as pf:
        ind = pf.load_snapshot("Sebelum asistensi")["T1"].indicators[0]
    assert (ind.baseline_year, ind.reporting_period, ind.data_owner) == (None, "", "")
    assert ind.baseline == 5.87


def test_an_indicator_at_the_defaults_is_stored_as_before():
    """Same JSON as before the fields existed: kept card heights (keyed on it) stay valid."""
    ind = Indicator("Angka kemiskinan", "dampak", "%", "turun", 5.87, {2024: 5.45})
    assert set(indicator_json(ind)) == {"name", "jenis", "satuan", "polaritas", "baseline",
                                        "targets"}


def test_the_new_fields_round_trip_through_file_edit_undo_and_snapshot(tmp_path):
    path = tmp_path / "baru.pokin"
    with PlanFile.create(path, _plan()) as pf:
        session = EditSession(pf.plan, pf)
        old = pf.plan["T1"].indicators[0]
        new = replace(old, baseline=5.87, baseline_year=2023, reporting_period="Triwulanan",
                      data_owner="Bidang Statistik, Dinas Kominfo")
        session.push(change_indicator(pf.plan, "T1", 0, new, "Ubah tahun baseline · x"))
        assert PlanFile.read(path)["T1"].indicators[0] == new
        pf.save_snapshot("Dengan manual IKU")
        session.undo()
        assert PlanFile.read(path)["T1"].indicators[0] == old
        session.redo()
        live = pf.plan.copy()
        assert pf.load_snapshot("Dengan manual IKU")["T1"].indicators[0] == new
    with PlanFile.open(path, read_only=True) as pf:
        assert pf.plan == live
        got = pf.plan["T1"].indicators[0]
    assert (got.baseline_year, got.reporting_period, got.data_owner) == (
        2023, "Triwulanan", "Bidang Statistik, Dinas Kominfo")
    assert type(got.baseline_year) is int
