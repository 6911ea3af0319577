"""The matriks perubahan as a PDF: what changed between two versions of a pohon kinerja.

Filed after an assistance session next to the revised tree, so an evaluator
can check each change without opening the editor. A landscape table, one row
per change, the node's identity printed once per group of rows, the header row
repeated on every page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

from app.model.diff import PlanDiff
from app.model.diff_rows import ADDED, CHANGED, MOVED, REMOVED, change_rows
from app.model.plan import Plan
from app.util.indonesian import format_value

from .report_doc import FONT_BOLD, HEAD_FILL, RULE, build, para, style

TITLE = "Matriks Perubahan Pohon Kinerja"
# Kind of change: a light fill plus the word itself (colour never carries meaning alone).
KIND_FILL = {
    ADDED: colors.HexColor("#C8E6C9"),
    REMOVED: colors.HexColor("#FFCDD2"),
    MOVED: colors.HexColor("#FFE0B2"),
    CHANGED: colors.HexColor("#BBDEFB"),
}
HEADERS = ("No", "Perubahan", "ID", "Level", "Perangkat Daerah", "Pernyataan Kinerja", "Bidang",
           "Nilai Lama", "Nilai Baru")
# Column shares of the usable width; the statement and the values get the room.
SHARES = (0.035, 0.075, 0.07, 0.08, 0.11, 0.22, 0.13, 0.14, 0.14)


def plan_line(role: str, plan: Plan, label: str | None) -> str:
    """"Lama: RPD Kota X 2024-2026 (Sebelum asistensi, 19 Mei 2024)" for the header band."""
    text = f"{role}: {plan.name or '(tanpa nama)'}"
    if plan.government:
        text += f" · {plan.government}"
    text += f" · {plan.start_year}-{plan.end_year}"
    if label:
        text += f" · {label}"
    return text


def summary_text(diff: PlanDiff) -> str:
    c = diff.counts()
    return (
        f"{c['added']} simpul ditambah, {c['removed']} dihapus, {c['moved']} dipindah, "
        f"{c['changed']} diubah ({c['indicators']} perubahan indikator, {c['targets']} perubahan "
        f"target); {c['plan']} perubahan data rencana."
    )


def export_changes_pdf(
    diff: PlanDiff,
    old: Plan,
    new: Plan,
    path: str | Path,
    *,
    old_label: str | None = None,
    new_label: str | None = None,
    printed: dt.date | None = None,
) -> None:
    """Write the matriks perubahan of `diff` (from `old` to `new`) as an A4 landscape PDF.

    `old_label`/`new_label` say which version each plan is (a snapshot's name
    and date, "rencana saat ini", a file name); they go in the header band.
    """
    body, small, bold = style(7.5), style(7, color=colors.HexColor("#424242")), style(7.5, True)
    rows = change_rows(diff, old, new)
    data: list[list[object]] = [[para(h, bold) for h in HEADERS]]
    kinds: list[str] = []
    last_key: str | None = None
    for i, r in enumerate(rows, start=1):
        first = r.key != last_key or not r.key
        last_key = r.key
        # The current statement; a changed statement shows in the value columns.
        statement = r.new_statement or r.old_statement
        data.append([
            para(i, small),
            para(r.kind, bold),
            para(r.key or "—", body) if first else "",
            para(r.level, small) if first else "",
            para(r.opd, small) if first else "",
            para(statement, body) if first else "",
            para(r.field, body),
            para(format_value(r.old_value), body),
            para(format_value(r.new_value), body),
        ])
        kinds.append(r.kind)
    if not rows:
        data.append(["", para("Tidak ada perubahan.", body), *[""] * 7])

    width = A4[1] - 24 * mm
    table = LongTable(data, colWidths=[s * width for s in SHARES], repeatRows=1)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for row, kind in enumerate(kinds, start=1):
        commands.append(("BACKGROUND", (1, row), (1, row), KIND_FILL[kind]))
    table.setStyle(TableStyle(commands))

    story = [
        Paragraph(summary_text(diff), style(9)),
        Spacer(0, 3 * mm),
        table,
    ]
    build(
        path, story, TITLE,
        [plan_line("Lama", old, old_label), plan_line("Baru", new, new_label)],
        pagesize=A4, landscape_page=True, printed=printed,
    )
