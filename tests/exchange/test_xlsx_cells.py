"""The cell reader (python-calamine behind our own safety check) gives what openpyxl gives.

openpyxl is the reference here: the same workbooks read both ways must hold the
same values (empty text and no cell are the same; a date at midnight is a date).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from app.exchange import write_workbook
from app.exchange import xlsx as xlsx_module
from app.exchange.book import XlsxError, read_sheets

from .test_roundtrip import rich_plan


def _plain(value: object) -> object:
    if value == "":
        return None
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        return value.date()
    return value


def openpyxl_sheets(path: Path) -> dict:
    """The reference: every sheet's non-empty rows through openpyxl (normal mode)."""
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for ws in wb.worksheets:
        rows = []
        for cells in ws.iter_rows():
            values = [_plain(c.value) for c in cells]
            while values and values[-1] is None:
                values.pop()
            if values:
                rows.append((cells[0].row, values))
        out[ws.title] = rows
    return out


def normal(sheets: dict) -> dict:
    return {name: [(n, [_plain(v) for v in values]) for n, values in rows]
            for name, rows in sheets.items()}


def same_as_openpyxl(path: Path) -> dict:
    ours = read_sheets(path)
    assert normal(ours) == openpyxl_sheets(path)
    return ours


@pytest.fixture
def no_openpyxl_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    """The calamine path on its own: reading through openpyxl fails the test."""

    def refuse(path):
        raise AssertionError("read through openpyxl, not calamine")

    monkeypatch.setattr(xlsx_module, "_read_openpyxl", refuse)


def test_sample(contoh_xlsx: Path, no_openpyxl_fallback: None) -> None:
    sheets = same_as_openpyxl(contoh_xlsx)
    assert sheets["Pohon"][0] == (1, ["ID", "Induk", "Induk Lain", "Level", "Kode",
                                      "Pernyataan Kinerja", "Perangkat Daerah", "Penanggung Jawab"])


def test_our_own_writer(tmp_path: Path, no_openpyxl_fallback: None) -> None:
    path = tmp_path / "w.xlsx"
    write_workbook(rich_plan(), path)
    sheets = same_as_openpyxl(path)
    assert set(sheets) == {"Rencana", "Pohon", "Indikator", "Catatan Reviu"}


def test_openpyxl_normal_mode_with_gaps_and_types(tmp_path: Path, no_openpyxl_fallback: None) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Campur"
    ws["A1"] = "teks"
    ws["C1"] = 12
    ws["D1"] = 12.5
    ws["E1"] = -3e-7
    ws["F1"] = True
    ws["G1"] = False
    ws["B3"] = "  spasi di tepi  "
    ws["AA3"] = "a & b < c > d \"kutip\" 'satu'"
    ws["C5"] = "baris\nbaru dan é ü 漢字 😀"
    ws["D5"] = dt.datetime(2025, 3, 1, 10, 30)
    ws["E5"] = dt.date(2024, 12, 31)
    ws["F5"] = "_x000D_ literal"
    ws["A7"] = "=1+1"  # a formula without a cached value
    ws["B7"] = CellRichText(["polos ", TextBlock(InlineFont(b=True), "tebal")])
    ws["A9"] = ""
    ws["C9"] = 0
    ws2 = wb.create_sheet("Kosong")
    ws2.sheet_properties.tabColor = "FF0000"
    wb.create_sheet("Tiga")["XFD1048576"] = "pojok"
    path = tmp_path / "campur.xlsx"
    wb.save(path)
    sheets = read_sheets(path)
    rows = dict(sheets["Campur"])
    assert rows[1] == ["teks", None, 12, 12.5, -3e-7, True, False]
    assert rows[3][1] == "  spasi di tepi  " and rows[3][26].startswith("a & b < c")
    assert rows[5][2] == "baris\nbaru dan é ü 漢字 😀"
    assert rows[5][3] == dt.datetime(2025, 3, 1, 10, 30)
    assert _plain(rows[5][4]) == dt.date(2024, 12, 31)
    # openpyxl writes this text unescaped; Excel reads _x000D_ as a carriage return, and so do we
    assert rows[5][5] == "\r literal"
    assert rows[7] == [None, "polos tebal"]
    assert rows[9] == [None, None, 0]
    assert sheets["Kosong"] == []
    assert sheets["Tiga"] == [(1048576, [None] * 16383 + ["pojok"])]


def _package(tmp_path: Path, sheet_xml: str, strings_xml: str | None = None, name: str = "h.xlsx",
             styles_xml: str | None = None, whole_sheet: str | None = None) -> Path:
    """A minimal workbook written by hand, for XML forms other producers use."""
    path = tmp_path / name
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    ct = "http://schemas.openxmlformats.org/package/2006/content-types"
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    with zipfile.ZipFile(path, "w") as zf:
        overrides = [f'<Override PartName="/xl/workbook.xml" ContentType="{sml}.sheet.main+xml"/>',
                     f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{sml}.worksheet+xml"/>']
        book_rels = [f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>']
        if strings_xml is not None:
            overrides.append(f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}.sharedStrings+xml"/>')
            book_rels.append(f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>')
            zf.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<sst {ns}>{strings_xml}</sst>')
        if styles_xml is not None:
            overrides.append(f'<Override PartName="/xl/styles.xml" ContentType="{sml}.styles+xml"/>')
            book_rels.append(f'<Relationship Id="rId3" Type="{rel}/styles" Target="/xl/styles.xml"/>')
            zf.writestr("xl/styles.xml", f'<styleSheet {ns}>{styles_xml}</styleSheet>')
        zf.writestr("[Content_Types].xml",
                    f'<Types xmlns="{ct}"><Default Extension="rels" ContentType="application/'
                    f'vnd.openxmlformats-package.relationships+xml"/>'
                    f'<Default Extension="xml" ContentType="application/xml"/>{"".join(overrides)}</Types>')
        zf.writestr("_rels/.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
                    f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        zf.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pkg}">{"".join(book_rels)}</Relationships>')
        zf.writestr("xl/workbook.xml", f'<workbook {ns} {rns}><sheets><sheet name="Lembar" sheetId="1" '
                    f'r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/worksheets/sheet1.xml",
                    whole_sheet or f'<worksheet {ns}><sheetData>{sheet_xml}</sheetData></worksheet>')
    return path


def test_hand_written_xml_forms(tmp_path: Path) -> None:
    strings = (
        '<si><t>polos</t></si>'
        '<si><r><rPr><b/></rPr><t>ka</t></r><r><t xml:space="preserve"> ya</t></r></si>'
        '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>'
        '<si><t/></si>'
        '<si><t>a&amp;b &#233; &#x1F600;</t></si>'
    )
    cells = (
        '<row r="2" spans="1:9"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c>'
        '<c t="s" r="D2"><v>2</v></c><c r="E2" s="0" t="s"><v>4</v></c></row>'
        '<row><c><v>1</v></c><c><v>2.50</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>'
        '<row r="7"><c r="B7"><f>A2&amp;"x"</f><v>7</v></c><c r="C7" t="str"><f>A1</f><v>hasil</v></c>'
        '<c r="D7" t="inlineStr"><is><r><t>kaya</t></r><r><t xml:space="preserve"> teks</t></r></is></c>'
        '<c r="E7" t="inlineStr"><is><t xml:space="preserve">  tepi </t></is></c>'
        '<c r="F7" t="s"><v>3</v></c><c r="G7"/><c r="H7" t="n"><v></v></c><c r="I7"><v>1E3</v></c></row>'
        '<row r="9"/>'
        '<row r="10" ht="20" customHeight="1"><c r="B10" t="inlineStr"><is><t>a &lt;b&gt;&#10;c</t></is></c></row>'
    )
    path = _package(tmp_path, cells, strings)
    sheets = same_as_openpyxl(path)
    rows = dict(sheets["Lembar"])
    assert rows[2] == ["polos", None, "ka ya", "漢字", "a&b é 😀"]
    assert rows[3] == [1, 2.5, True, "#N/A"]
    assert rows[7] == [None, 7, "hasil", "kaya teks", "  tepi ", None, None, None, 1000.0]
    assert rows[10] == [None, "a <b>\nc"]
    assert 9 not in rows


@pytest.mark.filterwarnings("ignore:Workbook contains no default style")
def test_date_styles_converted_like_openpyxl(tmp_path: Path) -> None:
    styles = ('<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>'
              '<xf numFmtId="46"/></cellXfs>')
    cells = ('<row r="1"><c r="A1" s="1"><v>45658</v></c><c r="B1" s="2"><v>45658.5</v></c>'
             '<c r="C1" s="3"><v>1.25</v></c><c r="D1" s="0"><v>45658</v></c></row>')
    path = _package(tmp_path, cells, styles_xml=styles)
    rows = dict(same_as_openpyxl(path)["Lembar"])
    assert _plain(rows[1][0]) == dt.date(2025, 1, 1)
    assert rows[1][2] == dt.timedelta(days=1, hours=6)
    assert rows[1][3] == 45658


def test_unusual_xml_falls_back_to_openpyxl(tmp_path: Path) -> None:
    cells = '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x < y]]></t></is></c></row>'
    path = _package(tmp_path, cells)
    assert dict(same_as_openpyxl(path)["Lembar"])[1] == ["x < y"]


def test_prefixed_elements_fall_back_to_openpyxl(tmp_path: Path) -> None:
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (f'<x:worksheet xmlns:x="{ns}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr">'
             "<x:is><x:t>awalan</x:t></x:is></x:c><x:c r=\"C2\"><x:v>3</x:v></x:c></x:row>"
             "</x:sheetData></x:worksheet>")
    path = _package(tmp_path, "", whole_sheet=sheet)
    assert dict(same_as_openpyxl(path)["Lembar"])[2] == [None, "awalan", 3]


def test_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(XlsxError):
        read_sheets(path)


def test_prefixed_workbook_part_falls_back(contoh_xlsx: Path, tmp_path: Path) -> None:
    """Some producers write <x:workbook>: the sheets must still be found, not silently missed."""
    import re

    path = tmp_path / "awalan.xlsx"
    with zipfile.ZipFile(contoh_xlsx) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/workbook.xml":
                text = re.sub(r"<(/?)(?![?])([A-Za-z]+\b)", r"<\1x:\2", data.decode())
                data = text.replace('xmlns="', 'xmlns:x="').encode()
            zout.writestr(item, data)
    assert read_sheets(path) == read_sheets(contoh_xlsx)
