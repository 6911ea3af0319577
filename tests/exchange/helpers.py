"""Building workbooks for reader tests: start from a good one, break one thing."""

from __future__ import annotations

from pathlib import Path

import openpyxl

Sheets = dict[str, list[list[object]]]


def sheets_of(path: Path) -> Sheets:
    """Every sheet's rows as lists of values (openpyxl, normal mode)."""
    wb = openpyxl.load_workbook(path)
    try:
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    finally:
        wb.close()


def save(sheets: Sheets, path: Path) -> Path:
    """A workbook with these sheets, written by openpyxl in normal mode (shared strings)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def column(sheets: Sheets, sheet: str, header: str) -> int:
    return sheets[sheet][0].index(header)


def row_of(sheets: Sheets, sheet: str, key: str) -> int:
    """0-based index of the row whose first cell is `key` (Excel row = index + 1)."""
    for i, row in enumerate(sheets[sheet]):
        if row and row[0] == key:
            return i
    raise KeyError(key)


def set_cell(sheets: Sheets, sheet: str, key: str, header: str, value: object) -> int:
    """Set one cell of the row keyed `key`; returns its Excel row number."""
    i = row_of(sheets, sheet, key)
    sheets[sheet][i][column(sheets, sheet, header)] = value
    return i + 1
