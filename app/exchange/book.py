"""Any spreadsheet a planner may hand over, as sheets of rows: .xlsx, .ods, BIFF .xls, or HTML.

The file's first bytes decide, not its name: the WordPress SAKIP plug-in and
several web tools save an HTML table with an `.xls` name, and people rename
files. `read_book` is the one entry: it returns a `Book` or raises `XlsxError`
with a message in Indonesian (the caller names the file).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .errors import Problem, WorkbookError
from .oserrors import why
from .xlsx import (
    Book,
    Row,
    Sheet,
    XlsxError,
    check_cells,
    read_calamine_bytes,
    read_zip_book,
    with_errors,
)

__all__ = ["Book", "Row", "Sheet", "XlsxError", "read_book", "read_or_refuse", "read_sheets",
           "sniff"]
T = TypeVar("T")

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_HTML_BYTES = 64 * 1024 * 1024
MAX_XLS_BYTES = 128 * 1024 * 1024


def sniff(path: str | os.PathLike[str]) -> str:
    """"zip", "xls", "html" or "unknown", from the file's first bytes."""
    with open(path, "rb") as f:
        head = f.read(2048)
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(_OLE2):
        return "xls"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<", b"\xff\xfe<", b"\xfe\xff\x00<")) and (
        b"<table" in head.lower() or b"<html" in text or b"<!doctype html" in text or b"<meta" in text
    ):
        return "html"
    return "unknown"


def read_book(path: str | os.PathLike[str]) -> Book:
    """Every sheet of the spreadsheet at `path`, whatever its format."""
    kind = sniff(path)
    if kind == "zip":
        return read_zip_book(path)
    if kind == "xls":
        if os.path.getsize(path) > MAX_XLS_BYTES:
            raise XlsxError(f"berkas .xls lebih besar dari {MAX_XLS_BYTES // 2**20} MB")
        from .biff import scan_xls

        data = Path(path).read_bytes()
        scans = scan_xls(data)  # extents and error cells, before calamine builds anything
        cells = sum(s.cells for s in scans)
        check_cells(cells)
        book = read_calamine_bytes(data)
        errors = {s.name: s.errors for s in scans if s.errors}
        for sheet in book.sheets:
            if sheet.name in errors:
                sheet.rows = with_errors(sheet.rows, errors[sheet.name])
        return book
    if kind == "html":
        from .html_table import read_html_book

        if os.path.getsize(path) > MAX_HTML_BYTES:
            raise XlsxError(f"tabel HTML lebih besar dari {MAX_HTML_BYTES // 2**20} MB")
        return read_html_book(path)
    raise XlsxError(
        "bukan buku kerja yang dikenal (bukan .xlsx, .xls, .ods, atau tabel HTML); "
        "simpan ulang dari Excel sebagai .xlsx"
    )


def read_sheets(path: str | os.PathLike[str]) -> dict[str, list[Row]]:
    """Every sheet's non-empty rows, by sheet name in workbook order (the exchange reader's view)."""
    return {sheet.name: sheet.rows for sheet in read_book(path).sheets}


def read_or_refuse(path: Path, read: Callable[[Path], T]) -> T:
    """`read(path)`, with a missing file, a folder or an unreadable file as a `WorkbookError`."""
    if not path.exists():
        raise WorkbookError(path, [Problem(None, None, None, "berkas tidak ditemukan")])
    if path.is_dir():
        raise WorkbookError(path, [Problem(None, None, None, "ini sebuah folder, bukan berkas")])
    try:
        return read(path)
    except XlsxError as exc:
        raise WorkbookError(path, [Problem(None, None, None, str(exc))]) from exc
    except OSError as exc:
        raise WorkbookError(path, [Problem(None, None, None,
                                           f"tidak dapat dibaca ({why(exc)})")]) from exc
