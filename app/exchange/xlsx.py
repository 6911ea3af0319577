"""The cells of an .xlsx (or .ods) file, read by python-calamine after a safety check of our own.

Why calamine: on the 20,000-node exchange workbook it reads every cell in about
half the time of the regular-expression reader this module used to hold (see
`benchmarks/bench_import.py`), reads BIFF .xls and .ods as well, and reports
merged ranges, which the Renstra tables need.

Why a check first: a workbook from e-mail is untrusted, and calamine trusts it.
It builds each sheet as a dense rectangle from the first to the last cell, so a
few kilobytes holding cells at A1 and XFD1048576 make it ask for half a
terabyte and abort the interpreter; and it inflates whatever the zip holds. So
before calamine sees a byte, this module

- inflates every part itself, stopping at a bound (`MAX_INFLATED`, and
  `MAX_RATIO` times the file's size), and refuses a part that inflates past
  the size its header declares;
- refuses XML with a document type (entity tricks) and names the part;
- finds each sheet's extent from its cell references and refuses a sheet
  whose rectangle would exceed `MAX_CELLS`;
- notes the error values (`#REF!`, `#N/A`, ...), which calamine reads as
  empty cells, so that they reach the importers as text;
- hands calamine the checked parts, stored uncompressed in memory, so that
  what it reads is exactly what was checked.

External links are never followed (only cached values are read); the book
says that it had them.

openpyxl reads a workbook only in the one case calamine is known not to: XML
whose elements carry a namespace prefix (`<x:worksheet>`), which some
producers write.
"""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

Row = tuple[int, list[object]]  # (1-based row number, values by column, trailing Nones cut)
Merge = tuple[int, int, int, int]  # (first row, first column, last row, last column); rows 1-based, columns 0-based

MAX_INFLATED = 256 * 1024 * 1024  # bytes of XML for the whole book (a 20,000-node plan has ~30 MB)
MAX_RATIO = 100  # inflated size over file size (real workbooks: 5-20), ...
MIN_CHECKED_RATIO = 16 * 1024 * 1024  # ... for books inflating past this
MAX_CELLS = 6_000_000  # cells in the rectangles calamine builds, all sheets together
MAX_PARTS = 10_000

_DAMAGED = "berkas Excel rusak atau tidak lengkap (coba buka lalu simpan ulang di Excel)"


class XlsxError(Exception):
    """The file is not a readable workbook (message in Indonesian, without the file's name)."""


@dataclass
class Sheet:
    """One sheet: its non-empty rows and its merged ranges."""

    name: str
    rows: list[Row]
    merged: list[Merge] = field(default_factory=list)


@dataclass
class Book:
    """Every sheet in workbook order, and what the reader noticed on the way."""

    sheets: list[Sheet]
    notes: list[str] = field(default_factory=list)


# --- the safety check ------------------------------------------------------------------

_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_ROOT = re.compile(rb"<[A-Za-z_]")  # the root element: a document type can only come before it
_PREFIXED_ROOT = re.compile(rb"<[A-Za-z_][\w.-]*:(?:workbook|worksheet|sst)\b")
_ROW_R = re.compile(rb"<row\b[^>]*?\br=\"(\d+)\"")
_WIDE_CELL = re.compile(rb"<c r=\"([A-Z]{2,3})\d")
_CELL_REF = re.compile(rb"<c r=\"([A-Z]+)(\d+)\"")
_ROW_OR_CELL = re.compile(rb"<(row|c)\b([^>]*)>")
_R_ATTR = re.compile(rb"\br=\"([^\"]*)\"")
_CELL_PARTS = re.compile(rb"([A-Z]+)(\d+)$")
_T_ERROR = re.compile(rb"\bt=\"e\"")
_V = re.compile(rb"<v>([^<]*)</v>")
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


@dataclass
class _Checked:
    parts: dict[str, bytes]
    errors: dict[str, dict[tuple[int, int], str]]  # part -> (row, 0-based col) -> "#REF!"
    prefixed: bool
    external_links: int


def _inflate(zf: zipfile.ZipFile, raw: io.BufferedReader, info: zipfile.ZipInfo, budget: int) -> bytes:
    """One part's bytes, inflated by zlib with a cap; never more than the header declares."""
    if info.flag_bits & 0x1:
        raise XlsxError("berkas Excel ini dikunci dengan sandi; buka di Excel, hapus sandinya, lalu simpan ulang")
    if info.file_size > budget:
        raise _TooBig
    raw.seek(info.header_offset)
    header = raw.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise XlsxError(_DAMAGED)
    name_len, extra_len = _LOCAL_HEADER.unpack(header)[-2:]
    raw.seek(info.header_offset + _LOCAL_HEADER.size + name_len + extra_len)
    compressed = raw.read(info.compress_size)
    if len(compressed) < info.compress_size:
        raise XlsxError(_DAMAGED)
    if info.compress_type == zipfile.ZIP_STORED:
        data = compressed
        if len(data) > info.file_size:
            raise _Lying(info.filename)
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        try:
            data = inflater.decompress(compressed, info.file_size + 1)
        except zlib.error as exc:
            raise XlsxError(_DAMAGED) from exc
        if len(data) > info.file_size or (inflater.unconsumed_tail and not inflater.eof):
            raise _Lying(info.filename)
    else:
        raise XlsxError(
            f"bagian '{info.filename}' dimampatkan dengan cara yang tidak dipakai Excel "
            f"(metode {info.compress_type})"
        )
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        raise XlsxError(_DAMAGED)
    return data


class _TooBig(Exception):
    pass


class _Lying(Exception):
    pass


def _check(path: str | os.PathLike[str]) -> _Checked:
    size = os.path.getsize(path)
    bound = min(MAX_INFLATED, max(MIN_CHECKED_RATIO, size * MAX_RATIO))
    megabytes = bound // (1024 * 1024)
    too_big = XlsxError(
        f"isi berkas ini mengembang melewati batas aman ({megabytes} MB setelah dibuka); "
        "ini bukan buku kerja biasa, berkas ditolak"
    )
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise XlsxError("bukan berkas Excel .xlsx yang utuh (arsip zip rusak)") from exc
    with zf, open(path, "rb") as raw:
        infos = zf.infolist()
        if len(infos) > MAX_PARTS:
            raise XlsxError(f"berkas memuat {len(infos)} bagian; ini bukan buku kerja biasa")
        if sum(i.file_size for i in infos) > bound:
            raise too_big
        parts: dict[str, bytes] = {}
        used = 0
        for info in infos:
            if info.is_dir():
                continue
            try:
                data = _inflate(zf, raw, info, bound - used)
            except _TooBig:
                raise too_big from None
            except _Lying as exc:
                raise XlsxError(
                    f"bagian '{exc}' lebih besar daripada yang tertulis di kepala arsipnya; "
                    "berkas ditolak"
                ) from None
            used += len(data)
            parts[info.filename] = data
    errors: dict[str, dict[tuple[int, int], str]] = {}
    prefixed = False
    cells = 0
    for name, data in parts.items():
        if not name.endswith((".xml", ".rels", ".vml")):
            continue
        root = _ROOT.search(data)
        if _DOCTYPE.search(data, 0, root.start() if root else len(data)):
            raise XlsxError(
                f"bagian '{name}' memuat deklarasi DOCTYPE/ENTITY, yang tidak pernah ditulis "
                "Excel; berkas ditolak demi keamanan"
            )
        if _PREFIXED_ROOT.search(data, 0, 2048):
            prefixed = True
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            cells += _extent(name, data)
            if b't="e"' in data:
                errors[name] = _error_cells(data)
    check_cells(cells)
    links = sum(1 for n in parts if n.startswith("xl/externalLinks/") and n.endswith(".xml"))
    return _Checked(parts, errors, prefixed, links)


def check_cells(cells: int) -> None:
    """Refuse a book whose sheets' rectangles hold more than MAX_CELLS cells.

    One refusal for .xlsx/.ods and BIFF .xls, so that planners read the same
    advice whatever the format.
    """
    if cells > MAX_CELLS:
        raise XlsxError(
            f"lembar-lembarnya mencakup {thousands(cells)} sel (dari sel pertama sampai sel "
            f"terjauh); batasnya {thousands(MAX_CELLS)}. Hapus isi atau format di luar tabel, "
            "lalu simpan ulang"
        )


def _extent(name: str, data: bytes) -> int:
    """Cells of the rectangle calamine will build for this sheet (an upper bound).

    Cheap for ordinary sheets (rows from the row tags, columns from the few
    references past Z); only a sheet whose first guess is large has every cell
    reference read, to find where its rectangle really starts.
    """
    rows = [int(r) for r in _ROW_R.findall(data)]
    first_row, last_row = (min(rows), max(rows)) if rows else (1, 0)
    wide = _WIDE_CELL.findall(data)
    last_col = max((_column_number(w) for w in wide), default=26)
    start, end = data.find(b"<sheetData"), data.rfind(b"</sheetData>")
    if start < 0:
        return 0
    # inside sheetData the only elements starting with "<c" are cells
    with_r = data.count(b'<c r="', start, end)
    total = data.count(b"<c", start, end)
    if total > with_r:  # cells placed by order: each could be one further right
        return max(last_row, data.count(b"<row")) * max(last_col, total)
    guess = (last_row - first_row + 1) * last_col
    if guess <= MAX_CELLS // 4:
        return guess
    refs = _CELL_REF.findall(data)
    if not refs:
        return 0
    cols = [_column_number(letters) for letters, _ in refs]
    numbers = [int(n) for _, n in refs]
    return (max(numbers) - min(numbers) + 1) * (max(cols) - min(cols) + 1)


def _error_cells(data: bytes) -> dict[tuple[int, int], str]:
    """(row, 0-based column) -> error text of every error cell, placed as calamine places cells."""
    found: dict[tuple[int, int], str] = {}
    row = 0
    col = -1
    for m in _ROW_OR_CELL.finditer(data):
        tag, attrs = m.group(1), m.group(2)
        ref = _R_ATTR.search(attrs)
        if tag == b"row":
            row = int(ref.group(1)) if ref else row + 1
            col = -1
            continue
        cell = _CELL_PARTS.match(ref.group(1)) if ref else None
        if cell:
            col = _column_number(cell.group(1)) - 1
            row = int(cell.group(2))
        else:
            col += 1
        if _T_ERROR.search(attrs):
            end = data.find(b"</c>", m.end())
            v = _V.search(data, m.end(), end if end >= 0 else m.end())
            if v:
                found[(row, col)] = v.group(1).decode("utf-8", "replace")
    return found


def _stored(parts: dict[str, bytes]) -> io.BytesIO:
    """The checked parts as a zip without compression, for calamine to read from memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    buf.seek(0)
    return buf


# --- reading -------------------------------------------------------------------------


def read_zip_book(path: str | os.PathLike[str]) -> Book:
    """An .xlsx or .ods workbook; `XlsxError` when it is unreadable or unsafe."""
    checked = _check(path)
    is_ods = checked.parts.get("mimetype", b"").startswith(b"application/vnd.oasis")
    if checked.prefixed and not is_ods:
        book = _read_openpyxl(path)
    else:
        book = _read_calamine(_stored(checked.parts), checked)
    if checked.external_links:
        book.notes.append(
            f"buku kerja ini bertaut ke {checked.external_links} buku kerja lain; tautannya tidak "
            "diikuti, nilai yang tersimpan di berkas ini yang dipakai"
        )
    return book


def read_calamine_bytes(data: bytes) -> Book:
    """A BIFF .xls through calamine (no zip to check: BIFF is not compressed).

    From the bytes already scanned, not from the path: the file is read once,
    and calamine gets exactly what the scan let through.
    """
    return _read_calamine(io.BytesIO(data), None)


def _read_calamine(source: io.BytesIO, checked: _Checked | None) -> Book:
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_filelike(source)
    except Exception as exc:  # calamine raises its own types for every broken file
        raise XlsxError(_DAMAGED) from exc
    sheet_parts = _sheet_parts(checked) if checked is not None else {}
    sheets = []
    try:
        for meta in wb.sheets_metadata:
            if str(getattr(meta, "typ", "")).lower().endswith(("chartsheet", "dialogsheet", "macrosheet")):
                continue
            try:
                ws = wb.get_sheet_by_name(meta.name)
            except Exception as exc:
                raise XlsxError(f"lembar '{meta.name}': {_DAMAGED}") from exc
            rows = _rows(ws)
            errors = checked.errors.get(sheet_parts.get(meta.name, ""), {}) if checked else {}
            if errors:
                rows = with_errors(rows, errors)
            merged = [
                (r0 + 1, c0, r1 + 1, c1) for (r0, c0), (r1, c1) in (ws.merged_cell_ranges or [])
            ]
            sheets.append(Sheet(meta.name, rows, merged))
    finally:
        wb.close()
    return Book(sheets)


def _rows(ws) -> list[Row]:
    """calamine's dense rectangle as our sparse rows: '' is empty, trailing empties cut."""
    start_row, start_col = ws.start or (0, 0)
    pad = [None] * start_col
    out: list[Row] = []
    number = start_row
    for values in ws.to_python(skip_empty_area=True):
        number += 1
        while values and values[-1] == "":
            values.pop()
        if not values:
            continue
        if "" in values:
            values = [None if v == "" else v for v in values]
        out.append((number, pad + values if pad else values))
    return out


def with_errors(rows: list[Row], errors: dict[tuple[int, int], str]) -> list[Row]:
    by_number = {number: values for number, values in rows}
    for (number, col), text in errors.items():
        values = by_number.get(number)
        if values is None:
            values = by_number[number] = []
        if len(values) <= col:
            values.extend([None] * (col + 1 - len(values)))
        if values[col] is None:
            values[col] = text
    return sorted(by_number.items())


_SHEET_TAG = re.compile(rb"<sheet\b[^>]*>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')


def _sheet_parts(checked: _Checked) -> dict[str, str]:
    """Sheet name -> its part, from the workbook and its relationships (error cells only)."""
    book = checked.parts.get("xl/workbook.xml", b"")
    rels = checked.parts.get("xl/_rels/workbook.xml.rels", b"")
    targets = {}
    for m in re.finditer(rb"<Relationship\b[^>]*>", rels):
        a = dict(_ATTR.findall(m.group(0)))
        target = a.get(b"Target", b"").decode()
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        targets[a.get(b"Id", b"")] = os.path.normpath(target).replace(os.sep, "/")
    out = {}
    for m in _SHEET_TAG.finditer(book):
        a = dict(_ATTR.findall(m.group(0)))
        rid = next((v for k, v in a.items() if k.endswith(b":id")), b"")
        name = _unescape(a.get(b"name", b"").decode("utf-8", "replace"))
        if rid in targets:
            out[name] = targets[rid]
    return out


def _unescape(text: str) -> str:
    import html

    return html.unescape(text) if "&" in text else text


def _read_openpyxl(path: str | os.PathLike[str]) -> Book:
    """Namespace-prefixed SpreadsheetML, which calamine does not read (checked already)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # any failure here means unreadable
        raise XlsxError(_DAMAGED) from exc
    try:
        sheets = []
        for ws in wb.worksheets:
            ws.reset_dimensions()
            rows: list[Row] = []
            for cells in ws.iter_rows():
                values: list[object] = []
                number = None
                for cell in cells:
                    if getattr(cell, "row", None) is None:
                        values.append(None)
                        continue
                    number = cell.row
                    while len(values) < cell.column - 1:
                        values.append(None)
                    values.append(None if cell.value == "" else cell.value)
                while values and values[-1] is None:
                    values.pop()
                if values and number is not None:
                    rows.append((number, values))
            sheets.append(Sheet(ws.title, rows, []))
        return Book(sheets)
    finally:
        wb.close()
