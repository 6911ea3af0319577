"""Import any planner's workbook: recognise its layout, read it all or nothing, report what happened.

`pokin import` and the import dialog both go through `open_source` (read the
file once, recognise the layout, find the columns) and `Source.build`
(read it into a plan with the planner's options and column choices). A file
that cannot be read raises `WorkbookError` naming every problem; nothing is
created before the whole file has been read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.model.plan import Plan

from .book import Book, read_book, read_or_refuse
from .errors import Problem, WorkbookError
from .report import ImportOptions, ImportReport
from .schema import SHEET_INDICATORS, SHEET_NODES, SHEET_PLAN, fold
from .staircase import StaircaseReader, StairColumns
from .staircase import analyse as analyse_staircase
from .tc27 import SCHEME_WITH_TUJUAN_PD, TUJUAN_PD, Tc27Reader
from .tc27_columns import Tc27Columns
from .tc27_columns import analyse as analyse_tc27

LAYOUTS = ("auto", "exchange", "tc27", "staircase")


@dataclass
class Source:
    """A workbook read once, with the layout it was recognised as and its columns."""

    path: Path
    book: Book
    layout: str
    columns: Tc27Columns | StairColumns | None = None
    more: list[Tc27Columns] | None = None  # further T-C.27 sheets (one per OPD), read the same way

    def needs(self) -> list[str]:
        """What the planner must supply: "years" and/or "opd" (the dialog asks for these)."""
        out = []
        if isinstance(self.columns, Tc27Columns):
            if self.columns.ordinal_years or not (self.columns.targets or self.columns.budgets):
                out.append("years")
            if "opd" not in self.columns.fields:
                out.append("opd")
        return out

    def build(self, options: ImportOptions | None = None, limit: int | None = None) -> tuple[Plan, ImportReport]:
        """The plan and the report; `limit` reads only the first rows (for a preview)."""
        options = options or ImportOptions()
        if self.layout == "exchange":
            from .reader import read_workbook_sheets

            plan = read_workbook_sheets(self.path, {s.name: s.rows for s in self.book.sheets})
            report = ImportReport("exchange")
        elif self.layout == "tc27":
            assert isinstance(self.columns, Tc27Columns)
            plan, report = self._tc27(options, limit)
        else:
            assert isinstance(self.columns, StairColumns)
            sheet = next(s for s in self.book.sheets if s.name == self.columns.sheet)
            plan, report = StaircaseReader(self.path, sheet, self.columns, options).read(limit)
        for note in self.book.notes:
            report.notes.append(Problem(None, None, None, note))
        return plan, report


    def _tc27(self, options: ImportOptions, limit: int | None) -> tuple[Plan, ImportReport]:
        """Every T-C.27 sheet of the book into one plan (keys unique across sheets)."""
        keys: set[str] = set()
        sheets = {s.name: s for s in self.book.sheets}
        plans, reports = [], []
        for cols in [self.columns, *(self.more or [])]:
            assert isinstance(cols, Tc27Columns)
            plan, report = Tc27Reader(self.path, sheets[cols.sheet], cols, options, keys).read(limit)
            plans.append(plan)
            reports.append(report)
            if limit is not None:
                break
        plan, report = plans[0], reports[0]
        if len(plans) > 1:
            first = plans[0]
            scheme = SCHEME_WITH_TUJUAN_PD if any(TUJUAN_PD in p.scheme.names for p in plans) else first.scheme
            plan = Plan(f"Renstra {first.start_year}-{first.end_year}", first.government, first.tingkat,
                        first.doc_type, first.start_year, first.end_year, scheme)
            plan.load_nodes(_shared_once(plans))
            report.sheet = ", ".join(r.sheet or "" for r in reports)
            for other in reports[1:]:
                report.rows_read += other.rows_read
                report.skipped += other.skipped
                report.notes += other.notes
        return plan, report


def open_source(path: str | os.PathLike[str], layout: str = "auto") -> Source:
    """Read the file and recognise its layout; `WorkbookError` when either fails."""
    p = Path(path)
    book = read_or_refuse(p, read_book)
    if layout not in LAYOUTS:
        raise WorkbookError(p, [Problem(None, None, None, f"tata letak '{layout}' tidak dikenal "
                                        f"(pilih: {', '.join(LAYOUTS)})")])
    names = {fold(s.name) for s in book.sheets}
    is_exchange = {fold(SHEET_PLAN), fold(SHEET_NODES), fold(SHEET_INDICATORS)} <= names
    if layout == "exchange" or (layout == "auto" and is_exchange):
        return Source(p, book, "exchange")
    if layout in ("auto", "tc27"):
        found = [c for c in (analyse_tc27(sheet) for sheet in book.sheets) if c is not None]
        if found:
            return Source(p, book, "tc27", found[0], found[1:])
    if layout in ("auto", "staircase"):
        for sheet in book.sheets:
            stairs = analyse_staircase(sheet)
            if stairs is not None:
                return Source(p, book, "staircase", stairs)
    if layout == "auto" and names & {fold(SHEET_PLAN), fold(SHEET_NODES), fold(SHEET_INDICATORS)}:
        # Part of an exchange workbook (a sheet lost on the way): its reader says what is missing.
        return Source(p, book, "exchange")
    wanted = {
        "auto": "buku kerja pertukaran (lembar Rencana, Pohon, Indikator), tabel T-C.27 (judul kolom "
                "Kode dan Indikator), atau tabel cascading (kolom level berpasangan dengan Indikator)",
        "tc27": "tabel T-C.27: baris judul yang memuat kolom Kode dan Indikator",
        "staircase": "tabel cascading: dua kolom level atau lebih, masing-masing diikuti kolom Indikator",
    }[layout]
    sheets = ", ".join(f"'{s.name}'" for s in book.sheets) or "tidak ada"
    raise WorkbookError(p, [Problem(None, None, None,
                                    f"tata letak tidak dikenali (lembar: {sheets}); dicari {wanted}")])


def import_workbook(path: str | os.PathLike[str], layout: str = "auto",
                    options: ImportOptions | None = None) -> tuple[Plan, ImportReport]:
    """The whole import in one call (the command line's)."""
    return open_source(path, layout).build(options)


def _shared_once(plans: list[Plan]) -> list:
    """The nodes of every sheet, a node shared by several OPDs (on each of their sheets) once."""
    kept: dict[tuple, str] = {}
    alias: dict[str, str] = {}
    out = []
    for p in plans:
        for key in p.walk():
            node = p.nodes[key]
            parent = alias.get(node.parent, node.parent) if node.parent else None
            same = (node.level, node.code, node.statement, frozenset(node.opds), parent)
            if len(node.opds) > 1 and same in kept:
                alias[key] = kept[same]
                continue
            kept.setdefault(same, key)
            node.parent = parent
            out.append(node)
    return out
