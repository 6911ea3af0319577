"""Names of the exchange workbook's sheets, keys and columns (contract section 1).

One place for them so that the writer and the reader cannot drift apart.
Headers are compared folded (trimmed, case-insensitive) via `fold`.
"""

from __future__ import annotations

import re

SHEET_PLAN = "Rencana"
SHEET_NODES = "Pohon"
SHEET_INDICATORS = "Indikator"
# Optional: review notes taken during assistance sessions. Not in the contract's
# required set; written only when a plan has notes so that a round trip keeps them.
SHEET_REVIEWS = "Catatan Reviu"

KEY_HEADER = "Kunci"
VALUE_HEADER = "Nilai"

# Rencana keys -> Plan attribute names.
PLAN_KEYS = {
    "Nama": "name",
    "Pemerintah Daerah": "government",
    "Tingkat": "tingkat",
    "Jenis Dokumen": "doc_type",
    "Tahun Awal": "start_year",
    "Tahun Akhir": "end_year",
    "Skema Level": "scheme",
}
REQUIRED_PLAN_KEYS = ("Nama", "Pemerintah Daerah", "Tingkat", "Tahun Awal", "Tahun Akhir")

# Pohon columns -> Node attribute names (Pagu YYYY columns handled apart).
NODE_COLUMNS = {
    "ID": "key",
    "Induk": "parent",
    "Induk Lain": "further_parents",
    "Level": "level",
    "Kode": "code",
    "Pernyataan Kinerja": "statement",
    "Perangkat Daerah": "opds",
    "Penanggung Jawab": "position",
    "Keterangan": "notes",
}
REQUIRED_NODE_COLUMNS = ("ID", "Level", "Pernyataan Kinerja")

# Indikator columns -> Indicator attribute names (Target YYYY columns handled apart).
# Beyond the contract's columns: the manual IKU (Definisi ... Penanggung Jawab Data) and
# the baseline's year; older readers ignore them, as the contract says of unknown columns.
INDICATOR_COLUMNS = {
    "ID Node": "node",
    "Indikator": "name",
    "Jenis": "jenis",
    "Satuan": "satuan",
    "Polaritas": "polaritas",
    "Baseline": "baseline",
    "Tahun Baseline": "baseline_year",
    "Definisi": "definition",
    "Formula": "formula",
    "Sumber Data": "data_source",
    "Periode Pelaporan": "reporting_period",
    "Penanggung Jawab Data": "data_owner",
}
REQUIRED_INDICATOR_COLUMNS = ("ID Node", "Indikator")

REVIEW_COLUMNS = {
    "ID": "id",
    "ID Node": "node",
    "Catatan": "text",
    "Penulis": "author",
    "Tanggal": "date",
    "Status": "status",
    "Keputusan": "decision",
}
REQUIRED_REVIEW_COLUMNS = ("ID", "ID Node", "Catatan")

BUDGET_PREFIX = "Pagu"
TARGET_PREFIX = "Target"

# A list cell (Perangkat Daerah, Induk Lain) is split on this; written with a space after.
LIST_SEPARATOR = ";"


def fold(header: object) -> str:
    """The form under which headers and keys are compared: trimmed, inner spaces single, casefolded."""
    return " ".join(str(header).split()).casefold() if header is not None else ""


_YEAR_HEADER = re.compile(r"^(\S+)\s+(.*)$")


def year_header(header: str, prefix: str) -> tuple[bool, int | None]:
    """Is `header` a `<prefix> YYYY` column, and which year?

    Returns (False, None) for other headers, (True, year) for a good one and
    (True, None) when the prefix matches but the year is not a number, which the
    reader reports as a structural error (contract: a non-numeric year).
    """
    m = _YEAR_HEADER.match(" ".join(str(header).split()))
    if not m or m.group(1).casefold() != prefix.casefold():
        return False, None
    rest = m.group(2).strip()
    if re.fullmatch(r"\d{4}", rest):
        return True, int(rest)
    return True, None
