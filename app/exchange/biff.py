"""A look inside a BIFF .xls (Excel 97-2003) before calamine reads it: extents and error cells.

Why: calamine builds each sheet as a dense rectangle from its first to its
last cell, so a small hostile .xls with cells at A1 and IV65536 costs it half
a gigabyte; and it reads error cells (`#REF!`) as empty, which the importers
must report. This walks the compound file's directory to the Workbook stream
and its records (BOF, BOUNDSHEET, the cell records, FORMULA results, BOOLERR)
without keeping any cell value but the errors. Encrypted books are refused.

Reference: [MS-CFB] (compound file) and [MS-XLS] (BIFF8 records).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from .xlsx import XlsxError

_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
           0x24: "#NUM!", 0x2A: "#N/A"}
# record type -> it starts with (row, column) of one cell; MULRK/MULBLANK hold a run of columns
_CELL = {0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6}
_MULTI = {0x00BD, 0x00BE}
_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE
_DAMAGED = "berkas .xls rusak atau bukan buku kerja Excel 97-2003"


@dataclass
class SheetScan:
    name: str
    first_row: int = 1 << 30
    last_row: int = -1
    first_col: int = 1 << 30
    last_col: int = -1
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # (1-based row, 0-based col)

    def note(self, row: int, col: int, last_col: int | None = None) -> None:
        self.first_row = min(self.first_row, row)
        self.last_row = max(self.last_row, row)
        self.first_col = min(self.first_col, col)
        self.last_col = max(self.last_col, col if last_col is None else last_col)

    @property
    def cells(self) -> int:
        if self.last_row < 0:
            return 0
        return (self.last_row - self.first_row + 1) * (self.last_col - self.first_col + 1)


def _workbook_stream(data: bytes) -> bytes:
    if len(data) < 512 or data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise XlsxError(_DAMAGED)
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if not (7 <= sector_shift <= 16) or mini_shift > sector_shift:
        raise XlsxError(_DAMAGED)
    size = 1 << sector_shift
    mini_size = 1 << mini_shift
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    cutoff, first_minifat, n_minifat, first_difat, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    n_sectors = (len(data) - 512) // size + 1

    def sector(i: int) -> bytes:
        if i >= n_sectors:
            raise XlsxError(_DAMAGED)
        start = 512 + i * size
        return data[start : start + size]

    difat = list(struct.unpack_from("<109I", data, 0x4C))
    nxt, seen = first_difat, 0
    while nxt not in (_FREE, _END) and seen <= n_difat:
        block = struct.unpack(f"<{size // 4}I", sector(nxt))
        difat.extend(block[:-1])
        nxt, seen = block[-1], seen + 1
    fat: list[int] = []
    for s in difat[:n_fat]:
        if s not in (_FREE, _END):
            fat.extend(struct.unpack(f"<{size // 4}I", sector(s)))

    def chain(start: int, table: list[int], limit: int) -> list[int]:
        out = []
        while start not in (_FREE, _END):
            if start >= len(table) or len(out) > limit:
                raise XlsxError(_DAMAGED)  # a loop or a chain off the end
            out.append(start)
            start = table[start]
        return out

    directory = b"".join(sector(s) for s in chain(first_dir, fat, n_sectors))
    entries = []
    for off in range(0, len(directory) - 127, 128):
        name_len = struct.unpack_from("<H", directory, off + 0x40)[0]
        name = directory[off : off + max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
        kind = directory[off + 0x42]
        start, length = struct.unpack_from("<II", directory, off + 0x74)
        entries.append((name, kind, start, length))
    if not entries:
        raise XlsxError(_DAMAGED)
    book = next((e for e in entries if e[0] in ("Workbook", "Book") and e[1] == 2), None)
    if book is None:
        raise XlsxError("berkas .xls ini tidak memuat buku kerja (aliran 'Workbook' tidak ada)")
    _, _, start, length = book
    if length > len(data):
        raise XlsxError(_DAMAGED)
    if length >= cutoff:
        stream = b"".join(sector(s) for s in chain(start, fat, n_sectors))
    else:  # small streams live in the mini stream, held by the root entry
        minifat: list[int] = []
        for s in chain(first_minifat, fat, n_sectors)[:n_minifat]:
            minifat.extend(struct.unpack(f"<{size // 4}I", sector(s)))
        root = b"".join(sector(s) for s in chain(entries[0][2], fat, n_sectors))
        stream = b"".join(root[m * mini_size : (m + 1) * mini_size]
                          for m in chain(start, minifat, len(minifat)))
    return stream[:length]


def scan_xls(data: bytes) -> list[SheetScan]:
    """Every worksheet's extent and error cells, in workbook order, from the file's bytes.

    Bytes, not a path: the caller hands calamine these very bytes, so what is
    checked is what is read even if the file changes meanwhile.
    """
    stream = _workbook_stream(data)
    pos, n = 0, len(stream)
    names: dict[int, str] = {}  # stream offset of a sheet's BOF -> its name
    sheets: list[SheetScan] = []
    current: SheetScan | None = None
    while pos + 4 <= n:
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + length]
        if kind == 0x002F and current is None:
            raise XlsxError("berkas .xls ini dikunci dengan sandi; buka di Excel, hapus sandinya, "
                            "lalu simpan ulang")
        if kind == 0x0085 and len(body) >= 8:  # BOUNDSHEET: where a sheet starts, its type, name
            offset, _visibility, sheet_type = struct.unpack_from("<IBB", body, 0)
            if sheet_type == 0:
                names[offset] = _sheet_name(body[6:])
        elif kind == 0x0809:
            current = SheetScan(names[pos]) if pos in names else None
            if current is not None:
                sheets.append(current)
        elif kind == 0x000A:
            current = None
        elif current is not None and len(body) >= 4:
            if kind in _CELL:
                row, col = struct.unpack_from("<HH", body, 0)
                current.note(row + 1, col)
                if kind == 0x0205 and len(body) >= 8 and body[7] == 1:
                    current.errors[(row + 1, col)] = _ERRORS.get(body[6], "#N/A")
                elif kind == 0x0006 and len(body) >= 14 and body[6] == 2 and body[12:14] == b"\xff\xff":
                    current.errors[(row + 1, col)] = _ERRORS.get(body[8], "#N/A")
            elif kind in _MULTI and len(body) >= 6:
                row, first = struct.unpack_from("<HH", body, 0)
                last = struct.unpack_from("<H", body, len(body) - 2)[0]
                current.note(row + 1, first, max(first, last))
        pos += 4 + length
    return sheets


def _sheet_name(raw: bytes) -> str:
    """A BIFF8 short unicode string: length, flags, then 8- or 16-bit characters."""
    if len(raw) < 2:
        return ""
    count, flags = raw[0], raw[1]
    if flags & 1:
        return raw[2 : 2 + 2 * count].decode("utf-16-le", "replace")
    return raw[2 : 2 + count].decode("latin-1")
