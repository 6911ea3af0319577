"""Every layout planners really use, imported and checked node by node."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange import WorkbookError
from app.exchange.importer import import_workbook, open_source
from app.exchange.report import ImportOptions
from app.model.checks import check_plan

from . import renstra_fixtures as F

Y5 = [2025, 2026, 2027, 2028, 2029]


def tree(plan) -> list[tuple]:
    """(level, parent's statement, code, statement, OPDs, budget) in display order."""
    out = []
    for key in plan.walk():
        n = plan.nodes[key]
        parent = plan.nodes[n.parent].statement if n.parent else None
        out.append((n.level, parent, n.code, n.statement, n.opds, dict(n.budget)))
    return out


def indicators(plan) -> dict[str, list[tuple]]:
    """statement -> [(name, satuan, baseline, targets)]."""
    return {n.statement: [(i.name, i.satuan, i.baseline, dict(i.targets)) for i in n.indicators]
            for n in plan.nodes.values()}


def per_year(years, values):
    return dict(zip(years, values, strict=True))


@pytest.mark.parametrize("years", [Y5, [2024, 2025, 2026]], ids=["lima-tahun", "tiga-tahun"])
def test_tc27_as_the_regulation_prints_it(tmp_path: Path, years: list[int]) -> None:
    path = F.tc27_regulation(tmp_path / "tc27.xlsx", years)
    source = open_source(path)
    assert source.layout == "tc27" and source.needs() == []
    plan, report = source.build()
    assert (plan.start_year, plan.end_year) == (years[0], years[-1])
    assert plan.government == "Kota Mojokerto" and plan.doc_type == "Renstra"
    n = len(years)
    d = (F.DINKES,)
    assert tree(plan) == [
        ("Tujuan PD", None, "", F.TUJUAN, d, {}),
        ("Sasaran Strategis PD", F.TUJUAN, "", F.SASARAN, d, {}),
        ("Program", F.SASARAN, "1.02.02", F.PROGRAM, d,
         per_year(years, [1.5e9, 1.6e9, 1.7e9, 1.8e9, 1.9e9][:n])),
        ("Kegiatan", F.PROGRAM, "1.02.02.2.01", F.KEGIATAN, d, per_year(years, [9e8] * n)),
        ("Sub Kegiatan", F.KEGIATAN, "1.02.02.2.01.0009", F.SUB, d,
         per_year(years, [4.5e8, 3e8, 3e8, 2.5e8, 2.5e8][:n])),
        ("Program", F.SASARAN, "1.02.01", F.PENUNJANG, d, per_year(years, [2e9] * n)),
        ("Kegiatan", F.PENUNJANG, "1.02.01.2.01", F.PERENCANAAN, d, per_year(years, [5e7] * n)),
    ]
    ind = indicators(plan)
    assert ind[F.TUJUAN] == [("Usia Harapan Hidup", "tahun", 73.9,
                              per_year(years, [74.0, 74.1, 74.2, 74.3, 74.4][:n]))]
    assert ind[F.SASARAN] == [("Indeks Kepuasan Masyarakat", "", 80.0,
                               per_year(years, [81.0, 82.0, 83.0, 84.0, 85.0][:n]))]
    assert ind[F.PROGRAM] == [
        ("Persentase fasilitas kesehatan sesuai standar", "%", 65.0,
         per_year(years, [70.0, 75.0, 80.0, 85.0, 90.0][:n])),
        ("Cakupan pelayanan kesehatan dasar", "%", 88.0, per_year(years, [90.0, 91.0, 92.0, 93.0, 94.0][:n])),
    ]
    assert ind[F.SUB] == [("Jumlah puskesmas yang direhabilitasi", "unit", 1.0,
                           per_year(years, [2.0, 1.0, 1.0, 1.0, 1.0][:n]))]
    assert ind[F.PENUNJANG] == [("Nilai SAKIP Dinas Kesehatan", "", "B",
                                 per_year(years, ["BB", "BB", "A", "A", "A"][:n]))]
    sub = next(x for x in plan.nodes.values() if x.code.endswith("0009"))
    assert sub.extra == {"Lokasi": "Kec. Magersari"}
    # the bidang heading row is named in the report, not silently dropped
    assert [(p.row, p.column) for p in report.skipped] == [(10, "Kode")]
    assert "bidang 1.02" in report.skipped[0].message


def test_tc27_variant_split_code_grouped_years_and_questions(tmp_path: Path) -> None:
    path = F.tc27_variant(tmp_path / "varian.xlsx")
    source = open_source(path)
    assert source.layout == "tc27"
    assert sorted(source.needs()) == ["opd", "years"]
    with pytest.raises(WorkbookError) as info:
        source.build()
    text = str(info.value)
    assert "varian.xlsx" in text and "--years" in text and "--opd" in text
    plan, _ = source.build(ImportOptions(opd=F.DINKES, years=(2024, 2026)))
    y = [2024, 2025, 2026]
    d = (F.DINKES,)
    assert tree(plan) == [
        ("Sasaran Strategis PD", None, "", F.SASARAN, d, {}),
        ("Program", F.SASARAN, "1.02.02", F.PROGRAM, d, per_year(y, [1.5e9, 1.6e9, 1.7e9])),
        ("Kegiatan", F.PROGRAM, "1.02.02.2.01", F.KEGIATAN, d, per_year(y, [9e8] * 3)),
        ("Sub Kegiatan", F.KEGIATAN, "1.02.02.2.01.0009", F.SUB, d, per_year(y, [4.5e8, 3e8, 3e8])),
    ]
    ind = indicators(plan)
    assert ind[F.SASARAN] == [("Indeks Kepuasan Masyarakat", "indeks", 80.0, per_year(y, [81.0, 82.0, 83.0]))]
    assert ind[F.SUB] == [
        ("Jumlah puskesmas yang direhabilitasi", "unit", 1.0, per_year(y, [2.0, 1.0, 1.0])),
        ("Persentase rehabilitasi tepat waktu", "%", 90.0, per_year(y, [95.0, 100.0, 100.0])),
    ]


@pytest.mark.parametrize("make", [F.opd_working_xlsx, F.opd_working_xls], ids=["xlsx", "xls-biff"])
def test_an_opd_working_file(tmp_path: Path, make) -> None:
    path = make(tmp_path / ("renja.xls" if make is F.opd_working_xls else "renja.xlsx"))
    source = open_source(path)
    assert source.layout == "tc27" and sorted(source.needs()) == ["opd", "years"]
    plan, report = source.build(ImportOptions(opd="Dinas PUPR", years=(2025, 2029)))
    d = ("Dinas PUPR",)
    sasaran = "Meningkatnya kemantapan jalan kota"
    money = per_year(Y5, [2.5e9, 2.6e9, 2.7e9, 2.8e9, 2.9e9])
    penunjang = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    planning_money = per_year(Y5, [1e8] * 5)
    del planning_money[2026]  # a #REF! where the 2026 budget was
    assert tree(plan) == [
        ("Sasaran Strategis PD", None, "", sasaran, d, {}),
        ("Program", sasaran, "1.03.10", F.PU, d, money),  # cached formula results in the .xlsx
        ("Kegiatan", F.PU, "1.03.10.2.01", F.PU_KEG, d, money),
        ("Sub Kegiatan", F.PU_KEG, "1.03.10.2.01.0004", F.PU_SUB, d, money),
        ("Program", sasaran, "X.XX.01", penunjang, d, per_year(Y5, [1e8] * 5)),
        ("Kegiatan", penunjang, "X.XX.01.2.01", F.PERENCANAAN, d, planning_money),
    ]
    ind = indicators(plan)
    assert ind[F.PU] == [] and ind[penunjang] == []  # "0" in Satuan and Indikator means empty
    targets = per_year(Y5, [5.0] * 5)
    del targets[2027]  # #REF! in TARGET TAHUN 3
    assert ind[F.PU_SUB] == [("Panjang jalan yang direhabilitasi", "km", 4.0, targets)]
    assert ind[F.PU_KEG] == [("Persentase jalan kota dalam kondisi mantap", "%", 78.0,
                              per_year(Y5, [80.0, 82.0, 84.0, 86.0, 88.0]))]
    sub = next(n for n in plan.nodes.values() if n.code == "1.03.10.2.01.0004")
    assert sub.extra == {"Lokasi": "Kec. Prajuritkulon"} and sub.notes.startswith("usulan musrenbang")
    assert [(p.row, p.column) for p in report.notes] == [(4, "TARGET TAHUN 3"), (6, "DANA TAHUN 2")]
    assert "#REF!" in sub.notes
    # the gap is a finding on that node, not a refusal
    assert any(f.rule == "missing-target" and f.node == sub.key for f in check_plan(plan))


def test_staircase_with_parents_merged_down(tmp_path: Path) -> None:
    path = F.staircase_merged(tmp_path / "cascading.xlsx")
    plan, report = import_workbook(path, options=ImportOptions(opd=F.DINKES))
    assert report.layout == "staircase"
    t = "Meningkatnya kesejahteraan masyarakat"
    s1, s2 = "Meningkatnya derajat kesehatan", "Meningkatnya daya beli masyarakat"
    ss1, ss2 = "Meningkatnya kualitas pelayanan kesehatan", "Meningkatnya pendapatan pelaku usaha mikro"
    d = (F.DINKES,)
    assert [row[:5] for row in tree(plan)] == [
        ("Tujuan", None, "", t, ()),
        ("Sasaran", t, "", s1, ()),
        ("Sasaran Strategis PD", s1, "", ss1, d),
        ("Program", ss1, "", F.PROGRAM, d),
        ("Program", ss1, "", "Program Pencegahan dan Pengendalian Penyakit", d),
        ("Sasaran", t, "", s2, ()),
        ("Sasaran Strategis PD", s2, "", ss2, d),
    ]
    names = {k: [i[0] for i in v] for k, v in indicators(plan).items()}
    assert names[t] == ["Angka kemiskinan", "Indeks Gini"]  # a line break
    assert names[s1] == ["Usia Harapan Hidup", "Angka kematian bayi"]  # numbering
    assert names[ss1] == ["Indeks Kepuasan Masyarakat", "Akreditasi puskesmas"]  # ";"


def test_an_opd_staircase_that_starts_at_its_programs(tmp_path: Path) -> None:
    """An OPD's own tabel cascading often begins at Program: its nodes keep the levels its
    headers name, and the OPD given for the file is theirs, not Tujuan and Sasaran unowned."""
    import openpyxl

    path = tmp_path / "cascading-opd.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Program", "Indikator Kinerja", "Kegiatan", "Indikator Kinerja"])
    ws.append([F.PROGRAM, "Persentase fasilitas kesehatan sesuai standar",
               "Penyediaan layanan kesehatan", "Jumlah puskesmas terakreditasi"])
    ws.append([None, None, "Peningkatan mutu layanan", "Indeks kepuasan pasien"])
    wb.save(path)
    plan, report = import_workbook(path, options=ImportOptions(opd=F.DINKES))
    assert report.layout == "staircase"
    d = (F.DINKES,)
    assert [row[:5] for row in tree(plan)] == [
        ("Program", None, "", F.PROGRAM, d),
        ("Kegiatan", F.PROGRAM, "", "Penyediaan layanan kesehatan", d),
        ("Kegiatan", F.PROGRAM, "", "Peningkatan mutu layanan", d),
    ]


def test_staircase_saved_as_html_with_an_xls_name(tmp_path: Path) -> None:
    path = F.staircase_html(tmp_path / "cascading-sakip.xls")
    plan, report = import_workbook(path)
    assert report.layout == "staircase"
    top = "Meningkatnya kualitas & daya saing SDM"
    assert [row[:4] for row in tree(plan)] == [
        ("Tujuan", None, "", top),
        ("Sasaran", top, "", "Meningkatnya derajat kesehatan"),
        ("Sasaran Strategis PD", "Meningkatnya derajat kesehatan", "", "Meningkatnya kualitas pelayanan kesehatan"),
        ("Sasaran Strategis PD", "Meningkatnya derajat kesehatan", "", "Menurunnya prevalensi stunting"),
        ("Sasaran", top, "", "Meningkatnya mutu pendidikan"),
        ("Sasaran Strategis PD", "Meningkatnya mutu pendidikan", "", "Meningkatnya kompetensi pendidik"),
    ]
    names = {k: [i[0] for i in v] for k, v in indicators(plan).items()}
    assert names[top] == ["Indeks Pembangunan Manusia", "Indeks Pendidikan"]  # <hr>
    assert names["Meningkatnya derajat kesehatan"] == ["Usia Harapan Hidup", "Angka Kematian Ibu"]  # <br>
    assert names["Meningkatnya mutu pendidikan"] == ["Rata-rata lama sekolah", "Harapan lama sekolah"]
    assert all("alert" not in n.statement for n in plan.nodes.values())


def test_layout_forced_and_not_found(tmp_path: Path) -> None:
    path = F.staircase_merged(tmp_path / "c.xlsx")
    with pytest.raises(WorkbookError) as info:
        open_source(path, "tc27")
    assert "c.xlsx" in str(info.value) and "Kode dan Indikator" in str(info.value)


def test_a_code_repeated_on_each_indicator_row_is_one_node(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kode", "Program dan Kegiatan", "Indikator", "Satuan", "Target 2025", "Rp 2025",
               "Target 2026", "Rp 2026"])
    ws.append(["1.02.02", F.PROGRAM, "Persentase fasilitas kesehatan sesuai standar", "%", 70, 1.5e9, 75, 1.6e9])
    ws.append(["1.02.02", F.PROGRAM, "Cakupan pelayanan kesehatan dasar", "%", 90, None, 91, None])
    ws.append(["1.02.02.2.01", None, "Jumlah puskesmas sesuai standar", "unit", 4, 9e8, 5, 9e8])
    path = tmp_path / "ulang.xlsx"
    wb.save(path)
    plan, report = import_workbook(path, options=ImportOptions(opd=F.DINKES))
    assert [row[:3] for row in tree(plan)] == [("Program", None, "1.02.02"),
                                               ("Kegiatan", F.PROGRAM, "1.02.02.2.01")]
    program = plan.nodes["P-1.02.02"]
    assert [i.name for i in program.indicators] == ["Persentase fasilitas kesehatan sesuai standar",
                                                     "Cakupan pelayanan kesehatan dasar"]
    assert program.budget == {2025: 1.5e9, 2026: 1.6e9}
    assert plan.nodes["K-1.02.02.2.01"].statement == "1.02.02.2.01"  # no name given: the code stands in
    assert report.skipped == []
