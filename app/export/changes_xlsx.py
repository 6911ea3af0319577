"""The matriks perubahan as a workbook, for planners who sort, filter and annotate in Excel.

Sheet `Ringkasan` says which two versions were compared and how much changed;
sheet `Perubahan` has one row per change with a filter on every column.
Numbers (targets, budgets) stay numbers so that Excel can sum and compare them.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.model.diff import PlanDiff
from app.model.diff_rows import ADDED, CHANGED, MOVED, REMOVED, change_rows
from app.model.plan import Plan

HEADERS = ("No", "Jenis Perubahan", "ID", "Level", "OPD", "Pernyataan Lama", "Pernyataan Baru",
           "Bidang", "Nilai Lama", "Nilai Baru")
WIDTHS = (6, 16, 16, 18, 30, 50, 50, 30, 30, 30)
KIND_FILL = {
    ADDED: "C8E6C9",
    REMOVED: "FFCDD2",
    MOVED: "FFE0B2",
    CHANGED: "BBDEFB",
}
HEAD_FILL = PatternFill("solid", fgColor="E8F5E9")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def export_changes_xlsx(
    diff: PlanDiff,
    old: Plan,
    new: Plan,
    path: str | Path,
    *,
    old_label: str | None = None,
    new_label: str | None = None,
) -> None:
    """Write the comparison `diff` (from `old` to `new`) to a workbook at `path`."""
    wb = Workbook()
    summary = wb.active
    summary.title = "Ringkasan"
    _summary(summary, diff, old, new, old_label, new_label)
    _changes(wb.create_sheet("Perubahan"), diff, old, new)
    _save(wb, Path(path))


def _summary(ws, diff: PlanDiff, old: Plan, new: Plan, old_label: str | None,
             new_label: str | None) -> None:
    ws.append(["Matriks Perubahan Pohon Kinerja"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    for role, plan, label in (("Lama", old, old_label), ("Baru", new, new_label)):
        ws.append([f"Rencana {role.lower()}", plan.name])
        ws.append([f"Versi {role.lower()}", label or ""])
        ws.append(["Periode", f"{plan.start_year}-{plan.end_year}"])
        ws.append(["Jumlah simpul", len(plan)])
        ws.append([])
    ws.append(["Dibuat", dt.datetime.now().strftime("%Y-%m-%d %H:%M")])
    ws.append([])
    ws.append(["Perubahan", "Jumlah"])
    head = ws.max_row
    c = diff.counts()
    for label, n in (
        ("Simpul ditambah", c["added"]),
        ("Simpul dihapus", c["removed"]),
        ("Simpul dipindah", c["moved"]),
        ("Simpul diubah", c["changed"]),
        ("Perubahan indikator", c["indicators"]),
        ("Perubahan target", c["targets"]),
        ("Perubahan data rencana", c["plan"]),
    ):
        ws.append([label, n])
    for cell in ws[head]:
        cell.font = BOLD
        cell.fill = HEAD_FILL
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60


def _changes(ws, diff: PlanDiff, old: Plan, new: Plan) -> None:
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
    fills = {k: PatternFill("solid", fgColor=v) for k, v in KIND_FILL.items()}
    for i, r in enumerate(change_rows(diff, old, new), start=1):
        ws.append([i, r.kind, r.key, r.level, r.opd, r.old_statement, r.new_statement, r.field,
                   r.old_value, r.new_value])
        row = ws.max_row
        for cell in ws[row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # a statement, not a formula
        ws.cell(row, 2).fill = fills[r.kind]
        for col in (6, 7, 8, 9, 10):
            ws.cell(row, col).alignment = WRAP
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(ws.max_row, 1)}"


def _save(wb: Workbook, path: Path) -> None:
    """Write next to the target and rename, so a failed export never leaves half a file."""
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
