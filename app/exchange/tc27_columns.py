"""Where each field of a Renstra table T-C.27 sits: found from its headers, changeable by the planner.

T-C.27 (Permendagri 86/2017) is printed with up to three header rows of merged
cells and a row of column numbers `(1) ... (20)`; OPDs change it freely:
the code split over five columns, Satuan in a column of its own, targets and
budgets grouped instead of interleaved, `Tahun - 1` instead of the year,
`TARGET TAHUN 1 | DANA TAHUN 1` in one header row. Each column's label is the
text of every header row above it (a merged cell counts for each column it
covers), and the label decides the field. The import dialog shows the result
and lets the planner move a field to another column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .xlsx import Sheet

# Fields a column can feed, in the order the dialog lists them (Indonesian names for people).
FIELD_NAMES = {
    "tujuan": "Tujuan",
    "sasaran": "Sasaran",
    "code": "Kode",
    "statement": "Program dan Kegiatan",
    "indicator": "Indikator Kinerja",
    "satuan": "Satuan",
    "baseline": "Data Capaian Awal",
    "opd": "Perangkat Daerah",
    "lokasi": "Lokasi",
    "keterangan": "Keterangan",
}
MAX_HEADER_SCAN = 25
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_ORDINAL = re.compile(r"tahun\s*(?:ke)?\s*[-–]?\s*(\d)\b|\bth\.?\s*(\d)\b")
_BUDGET = re.compile(r"\brp\b|dana|pagu|anggaran|keuangan|\(rp")
_TARGET = re.compile(r"target|kinerja|\btk\b|capaian")
_NUMBERS = re.compile(r"^\(?\d{1,2}\)?$")


@dataclass
class Tc27Columns:
    """The sheet, its header rows, and the column (0-based) of each field."""

    sheet: str
    header_rows: tuple[int, int]  # first and last header row (1-based)
    first_data_row: int
    labels: dict[int, str]  # column -> its composite header text
    fields: dict[str, int] = field(default_factory=dict)
    code_parts: list[int] = field(default_factory=list)  # a code split over several columns
    targets: dict[int, int] = field(default_factory=dict)  # year (or 1..5) -> column
    budgets: dict[int, int] = field(default_factory=dict)
    ordinal_years: bool = False  # "Tahun 1" headers: the years come from the planner
    ignored: dict[int, str] = field(default_factory=dict)  # column -> why it is not read


def header_text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _grid(sheet: Sheet, first: int, last: int) -> dict[tuple[int, int], str]:
    """Header cells with merged values spread over every column (and row) they cover."""
    cells: dict[tuple[int, int], str] = {}
    for number, values in sheet.rows:
        if first <= number <= last:
            for c, v in enumerate(values):
                if v is not None and header_text(v):
                    cells[(number, c)] = header_text(v)
    for r0, c0, r1, c1 in sheet.merged:
        if r1 < first or r0 > last:
            continue
        text = cells.get((r0, c0))
        if text is None:
            continue
        for r in range(max(r0, first), min(r1, last) + 1):
            for c in range(c0, min(c1, c0 + 200) + 1):
                cells.setdefault((r, c), text)
    return cells


def _is_header_row(values: list[object]) -> bool:
    texts = [header_text(v).casefold() for v in values if header_text(v)]
    return any("kode" in t for t in texts) and any("indikator" in t for t in texts)


def find_header(sheet: Sheet) -> int | None:
    """The first header row of a T-C.27 (a row naming Kode and Indikator), if any."""
    for number, values in sheet.rows[:MAX_HEADER_SCAN]:
        if _is_header_row(values):
            return number
    return None


def _numbers_row(values: list[object]) -> bool:
    texts = [header_text(v) for v in values if header_text(v)]
    return len(texts) >= 4 and all(_NUMBERS.match(t) for t in texts)


def analyse(sheet: Sheet) -> Tc27Columns | None:
    """The columns of a T-C.27 on this sheet, or None when the sheet is not one."""
    first = find_header(sheet)
    if first is None:
        return None
    last = first
    for r0, _c0, r1, _c1 in sheet.merged:
        if r0 == first:
            last = max(last, min(r1, first + 3))
    rows = {n: v for n, v in sheet.rows}
    # further header rows: text only, no code in them (at most three in all)
    n = last + 1
    while n <= first + 3 and n in rows and not _numbers_row(rows[n]) and _looks_like_header(rows[n]):
        last = n
        n += 1
    data = last + 1
    while data in rows and _numbers_row(rows[data]) or (data not in rows and data < last + 3):
        data += 1
    grid = _grid(sheet, first, last)
    width = max((c for _, c in grid), default=-1) + 1
    labels = {}
    for c in range(width):
        parts: list[str] = []
        for r in range(first, last + 1):
            text = grid.get((r, c))
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        if parts:
            labels[c] = " | ".join(parts)
    cols = Tc27Columns(sheet.name, (first, last), data, labels)
    classify(cols)
    return cols


_HEADER_WORDS = re.compile(r"target|rp|tahun|dana|satuan|kondisi|capaian|urusan|bidang|program|"
                           r"kegiatan|kinerja|realisasi|akhir|awal|\b20\d\d\b", re.I)


def _looks_like_header(values: list[object]) -> bool:
    texts = [header_text(v) for v in values if header_text(v)]
    if not texts:
        return False
    if any(isinstance(v, (int, float)) and not isinstance(v, bool) and not 1900 <= v <= 2100
           for v in values if v is not None):
        return False
    return all(_HEADER_WORDS.search(t) or len(t) <= 3 for t in texts)


def classify(cols: Tc27Columns) -> None:
    """Give each column its field from its label (the dialog may change the result)."""
    cols.fields.clear()
    cols.code_parts.clear()
    cols.targets.clear()
    cols.budgets.clear()
    cols.ignored.clear()
    code_columns: list[int] = []
    ordinal = False
    for c, label in sorted(cols.labels.items()):
        low = label.casefold()
        parts = [p.strip() for p in low.split("|")]
        year, is_ordinal = _year_of(low)
        kind = _money_or_target(parts) if year is not None and "awal" not in low else None
        if "indikator" in low:
            cols.fields.setdefault("indicator", c)
        elif "kode" in low:
            code_columns.append(c)
        elif "akhir" in low:
            cols.ignored[c] = "kondisi pada akhir periode (dihitung dari target tahunan)"
        elif kind is not None:
            ordinal = ordinal or is_ordinal
            (cols.budgets if kind == "budget" else cols.targets).setdefault(year, c)
        elif "satuan" in low:
            cols.fields.setdefault("satuan", c)
        elif re.search(r"capaian|kondisi awal|kinerja awal|baseline|tahun awal", low):
            cols.fields.setdefault("baseline", c)
        elif re.search(r"unit kerja|perangkat daerah|\bopd\b|penanggung|\bskpd\b", low):
            cols.fields.setdefault("opd", c)
        elif "lokasi" in low:
            cols.fields.setdefault("lokasi", c)
        elif "keterangan" in low or "catatan" in low:
            cols.fields.setdefault("keterangan", c)
        elif ("program" in low and "kegiatan" in low) or "uraian" in low or low.startswith("program"):
            cols.fields.setdefault("statement", c)
        elif "sasaran" in low:
            cols.fields.setdefault("sasaran", c)
        elif "tujuan" in low:
            cols.fields.setdefault("tujuan", c)
        elif low in ("no", "no.", "nomor"):
            cols.ignored[c] = "nomor urut"
        else:
            cols.ignored[c] = "judul kolom tidak dikenal"
    if len(code_columns) == 1:
        cols.fields["code"] = code_columns[0]
    elif code_columns:
        cols.code_parts = code_columns
    cols.ordinal_years = ordinal


def _year_of(low: str) -> tuple[int | None, bool]:
    m = _YEAR.search(low)
    if m:
        return int(m.group(1)), False
    m = _ORDINAL.search(low)
    if m:
        return int(m.group(1) or m.group(2)), True
    return None, False


def _money_or_target(parts: list[str]) -> str | None:
    for part in reversed(parts):
        if _BUDGET.search(part):
            return "budget"
        if _TARGET.search(part):
            return "target"
    return None


def move_field(cols: Tc27Columns, name: str, column: int | None) -> None:
    """The planner's choice: `name` now comes from `column` (None: from nowhere)."""
    for other, c in list(cols.fields.items()):
        if c == column and other != name:
            del cols.fields[other]
    if column is None:
        cols.fields.pop(name, None)
    else:
        cols.fields[name] = column
        cols.ignored.pop(column, None)
