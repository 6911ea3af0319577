"""Reading workbooks: structural problems refused all together, content kept as it is."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest

from app.exchange import Problem, WorkbookError, read_workbook

from .helpers import Sheets, column, row_of, save, set_cell, sheets_of


@pytest.fixture
def good(contoh_xlsx: Path) -> Sheets:
    return sheets_of(contoh_xlsx)


def refused(sheets: Sheets, tmp_path: Path, name: str = "rusak.xlsx") -> WorkbookError:
    path = save(sheets, tmp_path / name)
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    err = info.value
    assert err.problems, "a refusal names at least one problem"
    assert name in str(err)
    return err


def only(err: WorkbookError) -> Problem:
    assert len(err.problems) == 1, err.problems
    return err.problems[0]


# --- structural problems: refused, with the place named -----------------------------


def test_unknown_level_names_row_and_column(good: Sheets, tmp_path: Path) -> None:
    row = set_cell(good, "Pohon", "K-KES-1-2", "Level", "Program Kerja")
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Pohon", row, "Level")
    assert "Program Kerja" in p.message and "Sub Kegiatan" in p.message
    text = str(refused(good, tmp_path))
    assert f"lembar 'Pohon', baris {row}, kolom 'Level'" in text


@pytest.mark.parametrize("sheet", ["Rencana", "Pohon", "Indikator"])
def test_missing_sheet(good: Sheets, tmp_path: Path, sheet: str) -> None:
    del good[sheet]
    p = refused(good, tmp_path).problems[0]
    assert p.sheet == sheet and "tidak ada" in p.message


@pytest.mark.parametrize(
    ("sheet", "header"),
    [("Pohon", "ID"), ("Pohon", "Level"), ("Pohon", "Pernyataan Kinerja"),
     ("Indikator", "ID Node"), ("Indikator", "Indikator")],
)
def test_missing_required_column(good: Sheets, tmp_path: Path, sheet: str, header: str) -> None:
    i = column(good, sheet, header)
    for row in good[sheet]:
        del row[i]
    problems = refused(good, tmp_path).problems
    assert Problem(sheet, 1, header, f"kolom wajib '{header}' tidak ada") in problems


@pytest.mark.parametrize("key", ["Nama", "Pemerintah Daerah", "Tingkat", "Tahun Awal", "Tahun Akhir"])
def test_missing_required_plan_key(good: Sheets, tmp_path: Path, key: str) -> None:
    del good["Rencana"][row_of(good, "Rencana", key)]
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.column) == ("Rencana", key)


def test_duplicate_id_names_both_rows(good: Sheets, tmp_path: Path) -> None:
    first = row_of(good, "Pohon", "S2") + 1
    good["Pohon"][row_of(good, "Pohon", "S3")][0] = "S2"
    del good["Indikator"][row_of(good, "Indikator", "S3")]  # else S3's indicator is orphaned too
    p = only(refused(good, tmp_path))
    assert p.sheet == "Pohon" and p.column == "ID" and p.row == first + 1
    assert f"baris {first}" in p.message


@pytest.mark.parametrize(("key", "value"), [("Tahun Awal", "dua ribu"), ("Tahun Akhir", 2026.5)])
def test_non_numeric_year(good: Sheets, tmp_path: Path, key: str, value: object) -> None:
    row = set_cell(good, "Rencana", key, "Nilai", value)
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Rencana", row, key)


def test_non_numeric_year_in_target_header(good: Sheets, tmp_path: Path) -> None:
    good["Indikator"][0][column(good, "Indikator", "Target 2025")] = "Target 2O25"
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Indikator", 1, "Target 2O25")


def test_start_after_end(good: Sheets, tmp_path: Path) -> None:
    set_cell(good, "Rencana", "Tahun Awal", "Nilai", 2027)
    p = only(refused(good, tmp_path))
    assert "2027" in p.message and "2026" in p.message


@pytest.mark.parametrize("header", ["ID", "Level", "Pernyataan Kinerja"])
def test_empty_required_cell(good: Sheets, tmp_path: Path, header: str) -> None:
    row = set_cell(good, "Pohon", "SK-SOS-1-2-1", header, None)
    p = refused(good, tmp_path).problems[0]  # (an empty ID also orphans the node's indicator)
    assert (p.sheet, p.row, p.column) == ("Pohon", row, header)


@pytest.mark.parametrize(("header", "value"), [("Polaritas", "menurun"), ("Jenis", "proses")])
def test_values_the_model_cannot_hold(good: Sheets, tmp_path: Path, header: str, value: str) -> None:
    row = set_cell(good, "Indikator", "S2", header, value)
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Indikator", row, header)
    assert value in p.message


def test_indicator_of_a_node_that_does_not_exist(good: Sheets, tmp_path: Path) -> None:
    row = set_cell(good, "Indikator", "S2", "ID Node", "S9")
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Indikator", row, "ID Node")


def test_unknown_tingkat(good: Sheets, tmp_path: Path) -> None:
    set_cell(good, "Rencana", "Tingkat", "Nilai", "desa")
    assert "desa" in only(refused(good, tmp_path)).message


def test_every_problem_reported_at_once(good: Sheets, tmp_path: Path) -> None:
    set_cell(good, "Rencana", "Tahun Awal", "Nilai", "x")
    set_cell(good, "Pohon", "K-KES-1-2", "Level", "Program Kerja")
    set_cell(good, "Pohon", "K-RS-1-2", "Level", "Aktivitas")
    good["Pohon"][row_of(good, "Pohon", "S3")][0] = "S2"
    del good["Indikator"][row_of(good, "Indikator", "S3")]
    set_cell(good, "Indikator", "S1", "Polaritas", "atas")
    good["Indikator"][0][column(good, "Indikator", "Target 2026")] = "Target akhir"
    err = refused(good, tmp_path)
    assert len(err.problems) == 6
    assert [p.sheet for p in err.problems] == ["Rencana"] + ["Pohon"] * 3 + ["Indikator"] * 2
    text = str(err)
    assert text.startswith("Berkas rusak.xlsx tidak dapat dibaca (6 masalah):")
    assert all(str(p) in text for p in err.problems)


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "teks.xlsx"
    path.write_text("ID;Level\nT1;Tujuan\n", encoding="utf-8")
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    assert "teks.xlsx" in str(info.value) and "xlsx" in info.value.problems[0].message


def test_truncated_workbook(contoh_xlsx: Path, tmp_path: Path) -> None:
    path = tmp_path / "putus.xlsx"
    path.write_bytes(contoh_xlsx.read_bytes()[:3000])
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    assert "putus.xlsx" in str(info.value)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("catatan.txt", "bukan buku kerja")
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    assert "arsip.xlsx" in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(WorkbookError, match="tidak ditemukan"):
        read_workbook(tmp_path / "tidak-ada.xlsx")
    with pytest.raises(WorkbookError, match="folder"):
        read_workbook(tmp_path)


# --- content: imported as it is ---------------------------------------------------------


def test_content_problems_are_imported(good: Sheets, tmp_path: Path) -> None:
    set_cell(good, "Pohon", "K-KES-1-2", "Induk", "P-TIDAK-ADA")
    set_cell(good, "Pohon", "P-KES-1", "Kode", "1.2.x")
    del good["Indikator"][row_of(good, "Indikator", "S1")]
    plan = read_workbook(save(good, tmp_path / "isi.xlsx"))
    assert plan["K-KES-1-2"].parent == "P-TIDAK-ADA"
    assert plan["P-KES-1"].code == "1.2.x"
    assert plan["S1"].indicators == ()
    assert "K-KES-1-2" in plan.roots()


def test_headers_in_any_case_order_and_spacing(good: Sheets, tmp_path: Path) -> None:
    expected = read_workbook(save(copy.deepcopy(good), tmp_path / "asli.xlsx"))
    for sheet in ("Pohon", "Indikator"):
        rows = good[sheet]
        order = list(reversed(range(len(rows[0]))))
        good[sheet] = [[row[i] for i in order] for row in rows]
        good[sheet][0] = [f"  {str(h).upper()}  " if i % 2 else str(h).lower().replace(" ", "  ")
                          for i, h in enumerate(good[sheet][0])]
    good["Rencana"] = [["  KUNCI", "nilai "]] + [[k.lower(), v] for k, v in good["Rencana"][1:]]
    assert read_workbook(save(good, tmp_path / "acak.xlsx")) == expected


def test_cell_values_are_read_leniently(good: Sheets, tmp_path: Path) -> None:
    pohon, ind = good["Pohon"], good["Indikator"]
    pohon[0] += ["Pagu 2024", "Prioritas"]
    for row in pohon[1:]:
        row += [None, None]
    set_cell(good, "Pohon", "SK-KES-1-1-1", "Pagu 2024", "1.234.567,5")
    set_cell(good, "Pohon", "SK-KES-1-1-1", "Prioritas", 3)
    set_cell(good, "Pohon", "SK-KES-1-1-1", "Perangkat Daerah", " Dinas Kesehatan ;; RSUD Kota Contoh;")
    set_cell(good, "Pohon", "SK-KES-1-1-1", "Induk Lain", "K-RS-1-1; ")
    set_cell(good, "Pohon", "SK-KES-1-1-1", "Level", "  sub KEGIATAN ")
    set_cell(good, "Pohon", "SK-KES-1-1-2", "ID", 12)
    set_cell(good, "Indikator", "SK-KES-1-1-2", "ID Node", 12.0)
    set_cell(good, "Rencana", "Tahun Awal", "Nilai", "2024")
    ind[0] += ["Target 2030", "Catatan lain"]
    for row in ind[1:]:
        row += [None, "abaikan"]
    row = set_cell(good, "Indikator", "S1", "Target 2024", "75,5")
    ind[row - 1][column(good, "Indikator", "Target 2025")] = "Tersedia"
    ind[row - 1][column(good, "Indikator", "Target 2030")] = 90
    ind[row - 1][column(good, "Indikator", "Baseline")] = " 1.234,5 "
    ind[row - 1][column(good, "Indikator", "Polaritas")] = None
    ind[row - 1][column(good, "Indikator", "Jenis")] = "OUTCOME"

    plan = read_workbook(save(good, tmp_path / "longgar.xlsx"))
    sk = plan["SK-KES-1-1-1"]
    assert sk.budget == {2024: 1234567.5}
    assert sk.extra == {"Prioritas": "3"}
    assert sk.opds == ("Dinas Kesehatan", "RSUD Kota Contoh")
    assert sk.further_parents == ("K-RS-1-1",)
    assert sk.level == "Sub Kegiatan"
    assert "12" in plan and plan["12"].indicators[0].name.startswith("Jumlah paket")
    assert plan.start_year == 2024
    s1 = plan["S1"].indicators[0]
    assert s1.targets == {2024: 75.5, 2025: "Tersedia", 2026: 73.8, 2030: 90.0}
    assert s1.baseline == 1234.5
    assert s1.polaritas == "naik" and s1.jenis == "outcome"


def test_rencana_without_header_row(good: Sheets, tmp_path: Path) -> None:
    expected = read_workbook(save(copy.deepcopy(good), tmp_path / "a.xlsx"))
    good["Rencana"] = good["Rencana"][1:]
    assert read_workbook(save(good, tmp_path / "b.xlsx")) == expected


def test_blank_rows_are_skipped(good: Sheets, tmp_path: Path) -> None:
    expected = read_workbook(save(copy.deepcopy(good), tmp_path / "a.xlsx"))
    good["Pohon"].insert(5, [None] * 8)
    good["Indikator"].insert(3, [None, "", None])
    assert read_workbook(save(good, tmp_path / "b.xlsx")) == expected


def test_bad_budget_is_refused(good: Sheets, tmp_path: Path) -> None:
    good["Pohon"][0].append("Pagu 2025")
    for row in good["Pohon"][1:]:
        row.append(None)
    row = set_cell(good, "Pohon", "SK-RS-1-1-1", "Pagu 2025", "sekitar satu miliar")
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Pohon", row, "Pagu 2025")


def test_baseline_under_another_common_header(good: Sheets, tmp_path: Path) -> None:
    expected = read_workbook(save(copy.deepcopy(good), tmp_path / "a.xlsx"))
    good["Indikator"][0][column(good, "Indikator", "Baseline")] = "Kondisi Awal"
    assert read_workbook(save(good, tmp_path / "b.xlsx")) == expected


def test_a_year_in_the_baseline_header_is_the_baseline_year(good: Sheets, tmp_path: Path) -> None:
    plain = read_workbook(save(copy.deepcopy(good), tmp_path / "a.xlsx"))
    good["Indikator"][0][column(good, "Indikator", "Baseline")] = "Kondisi Awal (2023)"
    plan = read_workbook(save(good, tmp_path / "b.xlsx"))
    for key, node in plan.nodes.items():
        for ind, before in zip(node.indicators, plain[key].indicators, strict=True):
            assert ind.baseline == before.baseline
            assert ind.baseline_year == (2023 if before.baseline is not None else None)
    assert any(i.baseline_year == 2023 for n in plan.nodes.values() for i in n.indicators)


def test_manual_iku_columns_and_baseline_year_are_read(good: Sheets, tmp_path: Path) -> None:
    sheet = good["Indikator"]
    sheet[0] += ["  tahun baseline ", "PERIODE PELAPORAN", "Penanggung Jawab Data"]
    for row in sheet[1:]:
        row += [None, None, None]
    key = sheet[1][0]
    sheet[1][-3:] = ["2023", "Triwulanan", "Bidang Statistik, Diskominfo"]
    sheet[2][-3:] = [2022.0, None, "  "]
    plan = read_workbook(save(good, tmp_path / "iku.xlsx"))
    first = plan[key].indicators[0]
    assert (first.baseline_year, first.reporting_period, first.data_owner) == (
        2023, "Triwulanan", "Bidang Statistik, Diskominfo")
    second_key = sheet[2][0]
    second = [i for i in plan[second_key].indicators if i.name == sheet[2][1]][0]
    assert (second.baseline_year, second.reporting_period, second.data_owner) == (2022, "", "")


@pytest.mark.parametrize("value", ["dua ribu", "23", "2023/2024", 2023.5])
def test_a_baseline_year_that_is_no_year_is_refused(good: Sheets, tmp_path: Path,
                                                    value: object) -> None:
    sheet = good["Indikator"]
    sheet[0].append("Tahun Baseline")
    for row in sheet[1:]:
        row.append(None)
    sheet[3][-1] = value
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Indikator", 4, "Tahun Baseline")
    assert "bukan tahun" in p.message


def test_a_workbook_from_an_older_pokin_reads_without_the_new_columns(
        good: Sheets, tmp_path: Path) -> None:
    assert "Tahun Baseline" not in good["Indikator"][0]  # the shared sample predates them
    plan = read_workbook(save(good, tmp_path / "lama.xlsx"))
    inds = [i for n in plan.nodes.values() for i in n.indicators]
    assert inds and all(
        (i.baseline_year, i.reporting_period, i.data_owner) == (None, "", "") for i in inds)


def test_unknown_column_twice_is_kept_twice(good: Sheets, tmp_path: Path) -> None:
    good["Pohon"][0] += ["Catatan", "catatan"]
    for row in good["Pohon"][1:]:
        row += ["satu", "dua"]
    plan = read_workbook(save(good, tmp_path / "dua.xlsx"))
    assert plan["T1"].extra == {"Catatan": "satu", "catatan (2)": "dua"}


def test_known_column_twice_is_refused(good: Sheets, tmp_path: Path) -> None:
    good["Pohon"][0].append("level")
    p = only(refused(good, tmp_path))
    assert (p.sheet, p.row, p.column) == ("Pohon", 1, "level")


def test_cells_under_no_header_are_ignored(good: Sheets, tmp_path: Path) -> None:
    """A stray value right of the last header must not leak into a column the sheet lacks."""
    expected = read_workbook(save(copy.deepcopy(good), tmp_path / "a.xlsx"))
    for sheet in ("Pohon", "Indikator"):
        width = len(good[sheet][0])
        for row in good[sheet][1:]:
            row += [None] * (width - len(row)) + ["nyasar", "juga"]
    assert read_workbook(save(good, tmp_path / "b.xlsx")) == expected


def test_damaged_sheet_inside_the_zip(contoh_xlsx: Path, tmp_path: Path) -> None:
    path = tmp_path / "rusak-dalam.xlsx"
    data = bytearray(contoh_xlsx.read_bytes())
    with zipfile.ZipFile(contoh_xlsx) as zf:
        info = next(i for i in zf.infolist() if i.filename.endswith("sheet2.xml"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 10
    data[start : start + 40] = bytes(range(40))
    path.write_bytes(bytes(data))
    with pytest.raises(WorkbookError) as info_err:
        read_workbook(path)
    assert "rusak-dalam.xlsx" in str(info_err.value)


def test_an_exchange_workbook_that_lost_a_sheet_is_told_which(tmp_path, contoh_xlsx):
    """Recognised by its other sheets, it is refused naming the missing one (not as unknown)."""
    import openpyxl

    from app.exchange import WorkbookError
    from app.exchange.importer import import_workbook

    wb = openpyxl.load_workbook(contoh_xlsx)
    del wb["Pohon"]
    broken = tmp_path / "tanpa-pohon.xlsx"
    wb.save(broken)
    with pytest.raises(WorkbookError) as caught:
        import_workbook(broken)
    text = str(caught.value)
    assert "Pohon" in text and "tata letak tidak dikenali" not in text
    assert text.count("Pohon") <= 2  # said once, not repeated line after line
