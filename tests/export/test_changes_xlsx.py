"""The matriks perubahan as a workbook, read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from app.export.changes_xlsx import HEADERS, export_changes_xlsx
from app.model.commands import SetField
from app.model.diff import diff_plans
from tests.export.revisions import revised_pair


def _rows(path: Path) -> list[dict[str, object]]:
    ws = load_workbook(path)["Perubahan"]
    values = list(ws.iter_rows(values_only=True))
    assert list(values[0]) == list(HEADERS)
    return [dict(zip(HEADERS, row, strict=True)) for row in values[1:]]


def test_one_row_per_change_with_raw_numbers(tmp_path: Path) -> None:
    old, new = revised_pair()
    diff = diff_plans(old, new)
    out = tmp_path / "perubahan.xlsx"
    export_changes_xlsx(diff, old, new, out, old_label="Sebelum asistensi")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Ringkasan", "Perubahan"]
    rows = _rows(out)
    by = {(r["Jenis Perubahan"], r["ID"], r["Bidang"]): r for r in rows}

    added = by[("Ditambah", "K-9", "Induk")]
    assert added["Pernyataan Baru"] == new["K-9"].statement and not added["Pernyataan Lama"]
    assert str(added["Nilai Baru"]).startswith("P-1")
    new_indicators = [r for r in rows if r["ID"] == "K-9" and r["Bidang"] == "Indikator"]
    assert [r["Nilai Baru"] for r in new_indicators] == ["Cakupan imunisasi (%); target 2024: 80,5"]
    removed = by[("Dihapus", "SK-4", "Induk")]
    assert removed["Pernyataan Lama"] == old["SK-4"].statement and removed["Level"] == "Sub Kegiatan"
    moved = by[("Dipindah", "K-2", "Induk")]
    assert str(moved["Nilai Lama"]).startswith("P-1 ") and str(moved["Nilai Baru"]).startswith("P-2 ")
    statement = by[("Diubah", "SS-1", "Pernyataan Kinerja")]
    assert statement["Nilai Lama"] == old["SS-1"].statement  # "< 14% & gizi buruk", as written
    assert statement["Nilai Baru"] == new["SS-1"].statement
    target = by[("Diubah", "K-1", "Target 2025 indikator: Posyandu aktif")]
    assert (target["Nilai Lama"], target["Nilai Baru"]) == (
        old["K-1"].indicators[1].targets[2025], 120)
    budget = by[("Diubah", "SK-1", "Pagu 2024")]
    assert isinstance(budget["Nilai Baru"], int | float) and budget["Nilai Baru"] == 175e6
    plan_row = by[("Diubah", None, "Nama Rencana")]
    assert plan_row["Nilai Baru"] == new.name
    assert len(rows) == len({(r["Jenis Perubahan"], r["ID"], r["Bidang"]) for r in rows})
    assert not [r for r in rows if r["ID"] == "K-9" and r["Jenis Perubahan"] != "Ditambah"]

    summary = {row[0]: row[1] for row in wb["Ringkasan"].iter_rows(values_only=True) if row[0]}
    counts = diff.counts()
    assert summary["Simpul ditambah"] == counts["added"] == 1
    assert summary["Simpul dihapus"] == counts["removed"] == 1
    assert summary["Simpul dipindah"] == counts["moved"] == 1
    assert summary["Perubahan target"] == counts["targets"] == 2
    assert summary["Rencana lama"] == old.name and summary["Versi lama"] == "Sebelum asistensi"


def test_statement_starting_with_equals_stays_text(tmp_path: Path) -> None:
    old, _ = revised_pair()
    new = old.copy()
    new.execute(SetField("T-1", "statement", "=SUM(A1:A9) bukan rumus"))
    out = tmp_path / "p.xlsx"
    export_changes_xlsx(diff_plans(old, new), old, new, out)
    (row,) = _rows(out)
    assert row["Nilai Baru"] == "=SUM(A1:A9) bukan rumus"


def test_no_changes_gives_only_the_header(tmp_path: Path) -> None:
    old, _ = revised_pair()
    out = tmp_path / "kosong.xlsx"
    export_changes_xlsx(diff_plans(old, old.copy()), old, old, out)
    assert _rows(out) == []
