"""A workbook from e-mail is untrusted: bombs, lies and XML tricks are refused, named, bounded."""

from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.exchange import WorkbookError, read_workbook
from app.exchange.book import XlsxError, read_book, read_sheets

from .test_xlsx_cells import _package


def _rewrite(src: Path, dst: Path, change) -> Path:
    """A copy of `src` with `change(name, data) -> data` applied to each part."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, change(item.filename, zin.read(item.filename)))
    return dst


def test_inflation_bomb_is_refused_with_the_file_named(contoh_xlsx: Path, tmp_path: Path) -> None:
    padding = b"<!-- -->" + b" " * (40 * 1024 * 1024)

    def pad(name: str, data: bytes) -> bytes:
        return data.replace(b"<sheetData>", padding + b"<sheetData>", 1) if name.endswith("sheet1.xml") else data

    bomb = _rewrite(contoh_xlsx, tmp_path / "bom.xlsx", pad)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(WorkbookError) as info:
        read_workbook(bomb)
    assert "bom.xlsx" in str(info.value) and "batas aman" in str(info.value)


@pytest.mark.parametrize("deflated", [True, False])
def test_a_part_larger_than_its_header_says_is_refused(tmp_path: Path, deflated: bool) -> None:
    path = _package(tmp_path, '<row r="1"><c r="A1" t="inlineStr"><is><t>' + "a" * 100_000
                    + "</t></is></c></row>", name="polos.xlsx")
    if deflated:
        path = _rewrite(path, tmp_path / "bohong.xlsx", lambda name, data: data)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    # the uncompressed size in the local header (offset 22) and the central directory (24)
    struct.pack_into("<I", data, info.header_offset + 22, 1000)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(XlsxError, match="lebih besar daripada yang tertulis"):
        read_sheets(path)


def test_far_apart_cells_are_refused_before_calamine_builds_them(tmp_path: Path) -> None:
    """Calamine would ask for half a terabyte here and abort the interpreter."""
    wb = openpyxl.Workbook()
    wb.active["A1"] = "a"
    wb.active["XFD1048576"] = "z"
    path = tmp_path / "pojok.xlsx"
    wb.save(path)
    code = (
        "import sys, resource\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))\n"
        "from app.exchange import read_workbook, WorkbookError\n"
        "try:\n    read_workbook(sys.argv[1])\n"
        "except WorkbookError as e:\n    print(e)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          cwd=root, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert "pojok.xlsx" in done.stdout and "sel terjauh" in done.stdout


def test_entity_declarations_are_refused_naming_the_part(contoh_xlsx: Path, tmp_path: Path) -> None:
    def entity(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet2.xml":
            head, rest = data.split(b"<worksheet", 1)
            return head + b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;">]><worksheet' + rest
        return data

    path = _rewrite(contoh_xlsx, tmp_path / "entitas.xlsx", entity)
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    text = str(info.value)
    assert "entitas.xlsx" in text and "xl/worksheets/sheet2.xml" in text and "DOCTYPE" in text
    assert "ParseError" not in text


def test_external_links_are_not_followed_but_said(contoh_xlsx: Path, tmp_path: Path) -> None:
    def link(name: str, data: bytes) -> bytes:
        return data

    path = _rewrite(contoh_xlsx, tmp_path / "tautan.xlsx", link)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr("xl/externalLinks/externalLink1.xml",
                    '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                    '<externalBook/></externalLink>')
    book = read_book(path)
    assert any("tidak diikuti" in note for note in book.notes)
    assert read_workbook(path).name  # the cached values are read as usual


def test_error_values_reach_the_reader_as_text(tmp_path: Path) -> None:
    cells = ('<row r="3"><c r="B3" t="e"><f>#REF!+C3</f><v>#REF!</v></c><c r="C3"><f>SUM(D3:E3)</f>'
             '<v>1500000</v></c></row><row><c t="e"><v>#N/A</v></c></row>')
    path = _package(tmp_path, cells, name="galat.xlsx")
    rows = dict(read_sheets(path)["Lembar"])
    assert rows[3] == [None, "#REF!", 1500000]
    assert rows[4] == ["#N/A"]


def test_a_password_protected_or_foreign_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "catatan.xls"
    path.write_bytes(b"just some text, not a workbook")
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    assert "catatan.xls" in str(info.value) and "bukan buku kerja" in str(info.value)


def test_a_far_apart_xls_is_refused_before_calamine_builds_it(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("Pojok")
    ws.write(0, 0, "a")
    ws.write(65535, 255, "z")  # IV65536: the last cell BIFF can hold
    path = tmp_path / "pojok.xls"
    book.save(str(path))
    with pytest.raises(WorkbookError) as info:
        read_workbook(path)
    assert "pojok.xls" in str(info.value) and "16.777.216 sel" in str(info.value)


def test_xls_error_cells_and_a_password(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook()
    ws = book.add_sheet("Galat")
    ws.write(0, 0, "judul")
    ws.row(2).set_cell_error(3, "#DIV/0!")
    ws.row(3).set_cell_error(1, "#REF!")
    path = tmp_path / "galat.xls"
    book.save(str(path))
    rows = dict(read_sheets(path)["Galat"])
    assert rows == {1: ["judul"], 3: [None, None, None, "#DIV/0!"], 4: [None, "#REF!"]}
    # a FILEPASS record right after the first BOF: the book is encrypted
    data = bytearray(path.read_bytes())
    bof = data.find(b"\x09\x08\x10\x00\x00\x06\x05\x00")
    assert bof > 0
    end = bof + 4 + 16
    data[end : end + 4] = b"\x2f\x00\x00\x00"  # overwrite the next record's header with FILEPASS
    locked = tmp_path / "sandi.xls"
    locked.write_bytes(bytes(data))
    with pytest.raises(XlsxError, match="sandi"):
        read_book(locked)
