"""The minutes (notulen) of an assistance session: the review notes, grouped by OPD, as a PDF.

After the session each head of OPD takes home what was said about their part
of the tree and what was decided, so the notes are grouped by the OPDs of
their nodes (a shared node's note appears under each of its OPDs), each with
the node's level, code and statement so the page reads without the tree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.model.plan import Plan, ReviewNote

from .report_doc import BAND, HEAD_FILL, RULE, build, indonesian_date, para, style

STATUS_LABELS = {"open": "Terbuka", "resolved": "Selesai"}
STATUS_FILL = {"open": colors.HexColor("#FFE0B2"), "resolved": colors.HexColor("#C8E6C9")}
CITY_GROUP = "Pemerintah Daerah (lintas perangkat daerah)"
LOST_GROUP = "Simpul tidak ditemukan"
HEADERS = ("No", "Simpul", "Catatan", "Status", "Keputusan")
SHARES = (0.05, 0.32, 0.31, 0.09, 0.23)


def group_notes(plan: Plan, opd: str | None = None,
                status: str | None = None) -> list[tuple[str, list[ReviewNote]]]:
    """Notes by group (city-level nodes first, then OPDs A-Z, then lost nodes), in tree order.

    `opd` keeps the notes on nodes naming that OPD; `status` ("open" or
    "resolved") keeps notes with that status.
    """
    order = {k: i for i, k in enumerate(plan.walk())}
    groups: dict[str, list[ReviewNote]] = {}
    for note in plan.reviews.values():
        if status is not None and note.status != status:
            continue
        node = plan.get(note.node)
        if node is None:
            names = [LOST_GROUP]
        elif node.opds:
            names = list(dict.fromkeys(node.opds))
        else:
            names = [CITY_GROUP]
        if opd is not None:
            names = [n for n in names if n == opd]
        for name in names:
            groups.setdefault(name, []).append(note)
    for notes in groups.values():
        notes.sort(key=lambda n: (order.get(n.node, len(order)), n.date, n.id))

    def rank(name: str) -> tuple[int, str]:
        return (0 if name == CITY_GROUP else 2 if name == LOST_GROUP else 1, name.casefold())

    return [(name, groups[name]) for name in sorted(groups, key=rank)]


def export_minutes(
    plan: Plan,
    path: str | Path,
    title: str = "Notulen Asistensi",
    date: dt.date | str | None = None,
    opd: str | None = None,
    status: str | None = None,
    *,
    printed: dt.date | None = None,
) -> None:
    """Write the minutes of the review notes in `plan` to an A4 portrait PDF at `path`.

    `date` is the session's date (default: the span of the notes' dates);
    `opd` and `status` narrow the minutes to one OPD or to open/resolved notes.
    """
    groups = group_notes(plan, opd, status)
    notes = [n for _, ns in groups for n in ns]
    header = [f"{plan.name or '(tanpa nama)'} · {plan.government} · "
              f"{plan.start_year}-{plan.end_year}".replace(" ·  · ", " · ")]
    when = indonesian_date(date) if date else _span(n.date for n in notes)
    filters = []
    if opd:
        filters.append(f"Perangkat Daerah: {opd}")
    if status:
        filters.append(f"Status: {STATUS_LABELS.get(status, status)}")
    header.append(" · ".join(x for x in [f"Tanggal: {when}" if when else "", *filters] if x))

    unique = {n.id: n for n in notes}.values()
    n_open = sum(1 for n in unique if n.status != "resolved")
    story: list[Flowable] = [
        Paragraph(
            f"{len(unique)} catatan reviu: {n_open} terbuka, {len(unique) - n_open} selesai; "
            f"{len(groups)} kelompok.", style(9)),
        Spacer(0, 4 * mm),
    ]
    if not groups:
        story.append(Paragraph("Tidak ada catatan reviu.", style(10)))
    for name, group in groups:
        story.extend(_group(plan, name, group))
    story.append(_signatures())
    build(path, story, title, header, pagesize=A4, landscape_page=False, printed=printed)


def _group(plan: Plan, name: str, notes: list[ReviewNote]) -> list[Flowable]:
    body, small, bold = style(8), style(7, color=colors.HexColor("#424242")), style(8, True)
    data: list[list[object]] = [[para(h, bold) for h in HEADERS]]
    fills = []
    for i, note in enumerate(notes, start=1):
        node = plan.get(note.node)
        if node is None:
            where = [para(f"{note.node} (sudah tidak ada)", small)]
        else:
            strip = " · ".join(x for x in (node.level, node.code) if x)
            where = [para(strip, small), para(node.statement, body)]
            if len(node.opds) > 1:
                where.append(para("Bersama: " + "; ".join(node.opds), small))
        said = [para(note.text, body)]
        by = " · ".join(x for x in (note.author, indonesian_date(note.date)) if x)
        if by:
            said.append(para(by, small))
        data.append([para(i, small), where, said,
                     para(STATUS_LABELS.get(note.status, note.status), bold),
                     para(note.decision or "—", body)])
        fills.append(STATUS_FILL.get(note.status))
    width = A4[0] - 24 * mm
    table = LongTable(data, colWidths=[s * width for s in SHARES], repeatRows=1)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row, fill in enumerate(fills, start=1):
        if fill is not None:
            commands.append(("BACKGROUND", (3, row), (3, row), fill))
    table.setStyle(TableStyle(commands))
    head_style = style(11, True, color=BAND)
    head_style.keepWithNext = 1  # a heading never stays alone at the foot of a page
    head_style.spaceAfter = 2 * mm
    return [para(f"{name} ({len(notes)} catatan)", head_style), table, Spacer(0, 6 * mm)]


def _signatures() -> Flowable:
    """Room for the signatures an official notulen carries (the note-taker and the chair)."""
    st = style(9)
    st.alignment = 1  # centred
    blank = "\n\n\n\n(" + "." * 40 + ")"
    cells = [[para("\nNotulis," + blank, st), para("Mengetahui,\nPimpinan Rapat" + blank, st)]]
    width = A4[0] - 24 * mm
    table = Table(cells, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(0, 8 * mm), table])


def _span(dates: Iterable[str]) -> str:
    days = sorted({d[:10] for d in dates if d})
    if not days:
        return ""
    first, last = indonesian_date(days[0]), indonesian_date(days[-1])
    return first if first == last else f"{first} - {last}"
