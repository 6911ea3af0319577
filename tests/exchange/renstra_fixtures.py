"""Planners' own tables, written here cell by cell: every layout the importer must read.

Each function writes one file and returns its path. The data is a small
Dinas Kesehatan Renstra with real Kepmendagri codes. Formulas with cached
values and error cells are written by patching the sheet XML, because openpyxl
writes formulas without results; BIFF `.xls` is written with xlwt.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl

DINKES = "Dinas Kesehatan"
TUJUAN = "Meningkatnya derajat kesehatan masyarakat"
SASARAN = "Meningkatnya kualitas pelayanan kesehatan"
PROGRAM = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat"
KEGIATAN = "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota"
SUB = "Rehabilitasi dan Pemeliharaan Puskesmas"
PENUNJANG = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
PERENCANAAN = "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"


def _merge(ws, r0: int, c0: int, r1: int, c1: int) -> None:
    if (r0, c0) != (r1, c1):
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r1, end_column=c1)


def tc27_regulation(path: Path, years: list[int]) -> Path:
    """T-C.27 as the regulation prints it: three merged header rows, (1)...(n), units in the cells."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "T-C.27"
    ws["A1"] = "Tabel T-C.27"
    ws["A2"] = "Rencana Program, Kegiatan, dan Pendanaan Dinas Kesehatan Kota Mojokerto"
    h = 4
    fixed = ["Tujuan", "Sasaran", "Kode", "Program dan Kegiatan",
             "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)",
             "Data Capaian pada Tahun Awal Perencanaan"]
    for c, text in enumerate(fixed, start=1):
        ws.cell(h, c, text)
        _merge(ws, h, c, h + 2, c)
    c0 = len(fixed) + 1
    ws.cell(h, c0, "Target Kinerja Program dan Kerangka Pendanaan")
    _merge(ws, h, c0, h, c0 + 2 * len(years) - 1)
    for i, y in enumerate(years):
        ws.cell(h + 1, c0 + 2 * i, f"Tahun {y}")
        _merge(ws, h + 1, c0 + 2 * i, h + 1, c0 + 2 * i + 1)
        ws.cell(h + 2, c0 + 2 * i, "Target")
        ws.cell(h + 2, c0 + 2 * i + 1, "Rp")
    ce = c0 + 2 * len(years)
    ws.cell(h, ce, "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah")
    _merge(ws, h, ce, h + 1, ce + 1)
    ws.cell(h + 2, ce, "Target")
    ws.cell(h + 2, ce + 1, "Rp")
    ws.cell(h, ce + 2, "Unit Kerja Perangkat Daerah Penanggung-jawab")
    _merge(ws, h, ce + 2, h + 2, ce + 2)
    ws.cell(h, ce + 3, "Lokasi")
    _merge(ws, h, ce + 3, h + 2, ce + 3)
    for c in range(1, ce + 4):
        ws.cell(h + 3, c, f"({c})")
    n = len(years)

    def row(r: int, code=None, name=None, indicator=None, baseline=None, targets=(), budgets=(),
            lokasi=None) -> None:
        if code is not None:
            ws.cell(r, 3, code)
        if name is not None:
            ws.cell(r, 4, name)
        ws.cell(r, 5, indicator)
        ws.cell(r, 6, baseline)
        for i, t in enumerate(targets[:n]):
            ws.cell(r, c0 + 2 * i, t)
        for i, b in enumerate(budgets[:n]):
            ws.cell(r, c0 + 2 * i + 1, b)
        if lokasi:
            ws.cell(r, ce + 3, lokasi)

    r = h + 4  # 8
    ws.cell(r, 1, TUJUAN)
    row(r, indicator="Usia Harapan Hidup", baseline="73,9 tahun",
        targets=[f"{74 + i / 10:.1f} tahun".replace(".", ",") for i in range(5)])
    ws.cell(r + 1, 2, SASARAN)
    row(r + 1, indicator="Indeks Kepuasan Masyarakat", baseline=80, targets=[81, 82, 83, 84, 85])
    row(r + 2, code="1.02", name="Urusan Pemerintahan Bidang Kesehatan")
    row(r + 3, code="1.02.02", name=PROGRAM, indicator="Persentase fasilitas kesehatan sesuai standar",
        baseline="65%", targets=["70%", "75%", "80%", "85%", "90%"],
        budgets=[1_500_000_000 + i * 100_000_000 for i in range(5)])
    row(r + 4, indicator="Cakupan pelayanan kesehatan dasar", baseline="88 %",
        targets=["90 %", "91 %", "92 %", "93 %", "94 %"])
    _merge(ws, r + 3, 3, r + 4, 3)
    _merge(ws, r + 3, 4, r + 4, 4)
    row(r + 5, code="1.02.02.2.01", name=KEGIATAN, indicator="Jumlah puskesmas sesuai standar",
        baseline="3 unit", targets=["4 unit", "5 unit", "5 unit", "6 unit", "6 unit"],
        budgets=[900_000_000] * 5)
    row(r + 6, code="1.02.02.2.01.0009", name=SUB,
        indicator="Jumlah puskesmas yang direhabilitasi", baseline="1 unit",
        targets=["2 unit", "1 unit", "1 unit", "1 unit", "1 unit"],
        budgets=[450_000_000, 300_000_000, 300_000_000, 250_000_000, 250_000_000],
        lokasi="Kec. Magersari")
    row(r + 7, code="1.02.01", name=PENUNJANG, indicator="Nilai SAKIP Dinas Kesehatan", baseline="B",
        targets=["BB", "BB", "A", "A", "A"], budgets=[2_000_000_000] * 5)
    row(r + 8, code="1.02.01.2.01", name=PERENCANAAN, indicator="Jumlah dokumen perencanaan",
        baseline="6 dokumen", targets=["6 dokumen"] * 5, budgets=[50_000_000] * 5)
    last = r + 8
    _merge(ws, r, 1, last, 1)
    _merge(ws, r + 1, 2, last, 2)
    ws.cell(r, ce + 2, DINKES)
    _merge(ws, r, ce + 2, last, ce + 2)
    wb.save(path)
    return path


def tc27_variant(path: Path) -> Path:
    """Split code over five columns, Satuan on its own, targets then budgets grouped,
    `Tahun - 1` headers, no Tujuan and no OPD column, kegiatan rows without their program's parts."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Renstra"
    head = ["Sasaran", "Kode", None, None, None, None, "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja",
            "Satuan", "Kondisi Awal"]
    for c, text in enumerate(head, start=1):
        if text:
            ws.cell(1, c, text)
    for c in (1, 7, 8, 9, 10):
        _merge(ws, 1, c, 2, c)
    _merge(ws, 1, 2, 1, 6)
    for c, text in enumerate(["U", "B", "P", "K", "SK"], start=2):
        ws.cell(2, c, text)
    ws.cell(1, 11, "Target Kinerja")
    _merge(ws, 1, 11, 1, 13)
    ws.cell(1, 14, "Pagu Indikatif (Rp)")
    _merge(ws, 1, 14, 1, 16)
    for i in range(3):
        ws.cell(2, 11 + i, f"Tahun - {i + 1}")
        ws.cell(2, 14 + i, f"Tahun - {i + 1}")
    rows = [
        [SASARAN, None, None, None, None, None, None, "Indeks Kepuasan Masyarakat", "indeks", 80, 81, 82, 83],
        [None, 1, 2, 2, None, None, PROGRAM, "Persentase fasilitas kesehatan sesuai standar", "%", 65,
         70, 75, 80, 1.5e9, 1.6e9, 1.7e9],
        [None, None, None, None, "2.01", None, KEGIATAN, "Jumlah puskesmas sesuai standar", "unit", 3,
         4, 5, 5, 9e8, 9e8, 9e8],
        [None, None, None, None, None, "0009", SUB, "Jumlah puskesmas yang direhabilitasi", "unit", 1,
         2, 1, 1, 4.5e8, 3e8, 3e8],
        [None, None, None, None, None, None, None, "Persentase rehabilitasi tepat waktu", "%", 90,
         95, 100, 100],
    ]
    for r, values in enumerate(rows, start=3):
        for c, v in enumerate(values, start=1):
            if v is not None:
                ws.cell(r, c, v)
    _merge(ws, 3, 1, 7, 1)
    wb.save(path)
    return path


OPD_HEADER = ["SASARAN", "KODE", "PROGRAM DAN KEGIATAN", "SATUAN", "INDIKATOR", "DATA CAPAIAN AWAL",
              "TARGET TAHUN 1", "DANA TAHUN 1", "TARGET TAHUN 2", "DANA TAHUN 2", "TARGET TAHUN 3",
              "DANA TAHUN 3", "TARGET TAHUN 4", "DANA TAHUN 4", "TARGET TAHUN 5", "DANA TAHUN 5",
              "LOKASI", "KETERANGAN"]
PU = "Program Penyelenggaraan Jalan"
PU_KEG = "Penyelenggaraan Jalan Kabupaten/Kota"
PU_SUB = "Rehabilitasi Jalan"


def opd_rows() -> list[list[object]]:
    """A PUPR working file: `1.3` for bidang 1.03, `x.xx.01`, `0` for empty on program rows."""
    sasaran = "Meningkatnya kemantapan jalan kota"
    return [
        OPD_HEADER,
        [sasaran, "1.3.10", PU, "0", "0", None, None, 2_500_000_000, None, 2_600_000_000, None,
         2_700_000_000, None, 2_800_000_000, None, 2_900_000_000, None, None],
        [None, "1.3.10.2.01", PU_KEG, "%", "Persentase jalan kota dalam kondisi mantap", 78,
         80, 2_500_000_000, 82, 2_600_000_000, 84, 2_700_000_000, 86, 2_800_000_000, 88,
         2_900_000_000, None, None],
        [None, "1.3.10.2.01.0004", PU_SUB, "km", "Panjang jalan yang direhabilitasi", 4, 5,
         2_500_000_000, 5, 2_600_000_000, 5, 2_700_000_000, 5, 2_800_000_000, 5, 2_900_000_000,
         "Kec. Prajuritkulon", "usulan musrenbang"],
        [None, "x.xx.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "0", "0", None,
         None, 100_000_000, None, 100_000_000, None, 100_000_000, None, 100_000_000, None,
         100_000_000, None, None],
        [None, "x.xx.01.2.01", PERENCANAAN, "dokumen", "Jumlah dokumen perencanaan", 6, 6,
         100_000_000, 6, 100_000_000, 6, 100_000_000, 6, 100_000_000, 6, 100_000_000, None, None],
    ]


def opd_working_xlsx(path: Path) -> Path:
    """The working file as .xlsx: program budgets are formulas with cached values, two #REF!s."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Renja"
    rows = opd_rows()
    for values in rows:
        ws.append(values)
    ws.merge_cells("A2:A6")
    # program rows: DANA = SUM of their kegiatan (cached values patched in below)
    for letter in "HJLNP":
        ws[f"{letter}2"] = f"=SUM({letter}3:{letter}3)"
        ws[f"{letter}5"] = f"=SUM({letter}6:{letter}6)"
    ws["J6"] = "=#REF!"  # a budget whose source was deleted
    ws["K4"] = "=#REF!*1"  # a target
    wb.save(path)
    cached = {f"{letter}2": rows[1][ord(letter) - 65] for letter in "HJLNP"}
    cached.update({f"{letter}5": rows[4][ord(letter) - 65] for letter in "HJLNP"})
    return with_cached_values(path, "xl/worksheets/sheet1.xml", cached, errors={"J6": "#REF!",
                                                                                  "K4": "#REF!"})


def with_cached_values(path: Path, part: str, values: dict[str, object],
                       errors: dict[str, str] | None = None) -> Path:
    """Give formula cells the results Excel would have saved with them."""
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    out = []
    for info, data in items:
        if info.filename == part:
            text = data.decode()
            for ref, value in values.items():
                text = re.sub(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>',
                              rf'<c r="{ref}"\1><f>\2</f><v>{value}</v></c>', text)
            for ref, err in (errors or {}).items():
                text = re.sub(rf'<c r="{ref}"([^>]*?)(?: t="\w+")?><f>(.*?)</f><v\s*/?>(?:</v>)?</c>',
                              rf'<c r="{ref}"\1 t="e"><f>\2</f><v>{err}</v></c>', text)
            data = text.encode()
        out.append((info, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in out:
            zf.writestr(info.filename, data)
    return path


def opd_working_xls(path: Path) -> Path:
    """The same working file as a real BIFF .xls (Excel 97-2003), written by xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Renja")
    rows = opd_rows()
    errors = {(5, 9), (3, 10)}  # DANA TAHUN 2 of the planning kegiatan, TARGET TAHUN 3 of the sub
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            if v is None or (r > 0 and c == 0) or (r, c) in errors:
                continue
            ws.write(r, c, v)
    ws.write_merge(1, 5, 0, 0, rows[1][0])
    for r, c in errors:  # as in the .xlsx
        ws.row(r).set_cell_error(c, "#REF!")
    book.save(str(path))
    return path


STAIR_LEVELS = ["Tujuan", "Sasaran", "Sasaran Strategis PD", "Program"]


def staircase_merged(path: Path) -> Path:
    """A hand-made tabel cascading: parents merged down over their children's rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cascading"
    ws.append(["Pohon Kinerja Kota Mojokerto"])
    ws.append([])
    header = []
    for name in STAIR_LEVELS:
        header += [name, "Indikator Kinerja"]
    ws.append(header)
    data = [
        ["Meningkatnya kesejahteraan masyarakat", "Angka kemiskinan\nIndeks Gini",
         "Meningkatnya derajat kesehatan", "1. Usia Harapan Hidup 2. Angka kematian bayi",
         "Meningkatnya kualitas pelayanan kesehatan", "Indeks Kepuasan Masyarakat; Akreditasi puskesmas",
         PROGRAM, "Persentase fasilitas kesehatan sesuai standar"],
        [None, None, None, None, None, None, "Program Pencegahan dan Pengendalian Penyakit",
         "Persentase kasus penyakit menular tertangani"],
        [None, None, "Meningkatnya daya beli masyarakat", "Pengeluaran per kapita",
         "Meningkatnya pendapatan pelaku usaha mikro", "Persentase usaha mikro naik kelas",
         None, None],
    ]
    for values in data:
        ws.append(values)
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:B6")
    ws.merge_cells("C4:C5")
    ws.merge_cells("D4:D5")
    ws.merge_cells("E4:E5")
    ws.merge_cells("F4:F5")
    wb.save(path)
    return path


def staircase_html(path: Path) -> Path:
    """The WordPress SAKIP plug-in's "Download Excel": an HTML table with an .xls name."""
    html = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{border:1px}</style>
<script>alert('never run')</script></head><body>
<table border="1">
<tr><th>No</th><th>Level 1</th><th>Indikator Kinerja</th><th>Level 2</th><th>Indikator Kinerja</th>
<th>Level 3</th><th>Indikator Kinerja</th></tr>
<tr><td rowspan="3">1</td><td rowspan="3">Meningkatnya kualitas &amp; daya saing SDM</td>
<td rowspan="3">Indeks Pembangunan Manusia<hr>Indeks Pendidikan</td>
<td rowspan="2">Meningkatnya derajat kesehatan</td><td rowspan="2">Usia Harapan Hidup<br>Angka Kematian Ibu</td>
<td>Meningkatnya kualitas pelayanan kesehatan</td><td>Indeks Kepuasan Masyarakat</td></tr>
<tr><td>Menurunnya prevalensi stunting</td><td>Prevalensi balita stunting (%)</td></tr>
<tr><td>Meningkatnya mutu pendidikan</td><td>Rata-rata lama sekolah<hr>Harapan lama sekolah</td>
<td>Meningkatnya kompetensi pendidik</td><td>Persentase guru bersertifikat</td></tr>
</table></body></html>"""
    path.write_text(html, encoding="utf-8")
    return path
