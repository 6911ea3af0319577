"""A plan as the Renstra table T-C.27 (Permendagri 86/2017), ready to paste into a Renstra document.

As the regulation prints it: three header rows with merged cells, a row of
column numbers, then per node one row per indicator with the code and the name
merged down over them; Target and Rp for each year of the plan (up to five),
the condition at the end of the period, the responsible unit and the location.
One column is added to the regulation's twenty: Satuan after the indicator
(a common variant), so that units survive the trip. One sheet per OPD.

The budget (Rp) of a node is its own *pagu*; the end-of-period Rp is the sum
of its years, the end-of-period target its last year's target.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from app.model.plan import Node, Plan
from app.model.rules.base import norm_opd

from .writer import save_atomically

MAX_YEARS = 5
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def opd_levels(plan: Plan) -> tuple[list[str], list[str], list[str]]:
    """(Tujuan-column levels, Sasaran-column levels, coded levels) among the plan's OPD levels."""
    scheme = plan.scheme
    names = list(scheme.names[scheme.first_opd :])
    coded = [n for n in names if scheme.code_kind(n)]
    above = [n for n in names if n not in coded]
    if len(above) >= 2:
        return above[:1], above[1:], coded
    return [], above, coded


def rows_by_opd(plan: Plan) -> dict[str, list[tuple[Node, str]]]:
    """Per normalised OPD name, its nodes in tree order with their kind ("tujuan", "sasaran", "coded").

    The workbook has a sheet per OPD; walking the plan once per sheet made the
    export quadratic (about 2 s of walking for 20,000 nodes and 60 OPDs).
    """
    tujuan, sasaran, coded = opd_levels(plan)
    kind = {n: "tujuan" for n in tujuan} | {n: "sasaran" for n in sasaran} | {n: "coded" for n in coded}
    out: dict[str, list[tuple[Node, str]]] = {}
    for key in plan.walk():
        node = plan.nodes[key]
        k = kind.get(node.level)
        if k:
            for want in dict.fromkeys(norm_opd(o) for o in node.opds):
                out.setdefault(want, []).append((node, k))
    return out


def _sheet_title(name: str, taken: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub(" ", name).strip()[:31] or "OPD"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def write_tc27(plan: Plan, path: str | os.PathLike[str], opds: list[str] | None = None) -> list[str]:
    """Write the T-C.27 of `opds` (default: every OPD) to `path`, atomically; returns the sheet names."""
    from openpyxl import Workbook

    opds = opds if opds is not None else plan.opds()
    years = list(plan.years)[:MAX_YEARS]
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    titles = []
    rows = rows_by_opd(plan)
    for opd in opds:
        ws = wb.create_sheet(_sheet_title(opd, taken))
        titles.append(ws.title)
        _write_sheet(ws, plan, opd, years, rows.get(norm_opd(opd), []))
    if not opds:
        ws = wb.create_sheet("T-C.27")
        titles.append(ws.title)
        _write_sheet(ws, plan, "", years, rows.get(norm_opd(""), []))
    save_atomically(Path(path), wb.save)
    return titles


def headers(years: list[int]) -> tuple[list[str], int]:
    """The column headings of the first header row (for tests and the dialog) and the column count."""
    fixed = ["Tujuan", "Sasaran", "Kode", "Program dan Kegiatan",
             "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)", "Satuan",
             "Data Capaian pada Tahun Awal Perencanaan"]
    width = len(fixed) + 2 * len(years) + 2 + 2
    return fixed, width


def _write_sheet(
    ws, plan: Plan, opd: str, years: list[int], rows: list[tuple[Node, str]]
) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side

    fixed, width = headers(years)
    bold = Font(bold=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top = Alignment(vertical="top", wrap_text=True)
    ws.cell(1, 1, "Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan"
            + (f" {opd}" if opd else "")).font = Font(bold=True, size=12)
    ws.cell(2, 1, f"{plan.government} · {plan.name} · {plan.start_year}-{plan.end_year}")
    h0 = 4  # header rows 4-6, column numbers in 7, data from 8
    for c, text in enumerate(fixed, start=1):
        ws.cell(h0, c, text)
        ws.merge_cells(start_row=h0, start_column=c, end_row=h0 + 2, end_column=c)
    c0 = len(fixed) + 1
    ws.cell(h0, c0, "Target Kinerja Program dan Kerangka Pendanaan")
    ws.merge_cells(start_row=h0, start_column=c0, end_row=h0, end_column=c0 + 2 * len(years) - 1)
    for i, year in enumerate(years):
        c = c0 + 2 * i
        ws.cell(h0 + 1, c, f"Tahun {year}")
        ws.merge_cells(start_row=h0 + 1, start_column=c, end_row=h0 + 1, end_column=c + 1)
        ws.cell(h0 + 2, c, "Target")
        ws.cell(h0 + 2, c + 1, "Rp")
    c_end = c0 + 2 * len(years)
    ws.cell(h0, c_end, "Kondisi Kinerja pada Akhir Periode Renstra Perangkat Daerah")
    ws.merge_cells(start_row=h0, start_column=c_end, end_row=h0 + 1, end_column=c_end + 1)
    ws.cell(h0 + 2, c_end, "Target")
    ws.cell(h0 + 2, c_end + 1, "Rp")
    for c, text in ((c_end + 2, "Unit Kerja Perangkat Daerah Penanggung-jawab"), (c_end + 3, "Lokasi")):
        ws.cell(h0, c, text)
        ws.merge_cells(start_row=h0, start_column=c, end_row=h0 + 2, end_column=c)
    for c in range(1, width + 1):
        ws.cell(h0 + 3, c, f"({c})").alignment = center
        for r in range(h0, h0 + 3):
            cell = ws.cell(r, c)
            cell.font, cell.alignment, cell.border = bold, center, box
    for c, w in zip("ABCDEFG", (30, 30, 20, 45, 45, 12, 14), strict=True):
        ws.column_dimensions[c].width = w
    row = h0 + 4
    for node, kind in rows:
        first = row
        indicators = node.indicators or (None,)
        col = {"tujuan": 1, "sasaran": 2, "coded": 4}[kind]
        ws.cell(row, col, node.statement).alignment = top
        if kind == "coded":
            ws.cell(row, 3, node.code).alignment = top
        for ind in indicators:
            if ind is not None:
                ws.cell(row, 5, ind.name).alignment = top
                ws.cell(row, 6, ind.satuan or None)
                ws.cell(row, 7, ind.baseline)
                for i, year in enumerate(years):
                    ws.cell(row, c0 + 2 * i, ind.targets.get(year))
                last = ind.targets.get(years[-1]) if years else None
                ws.cell(row, c_end, last)
            row += 1
        for i, year in enumerate(years):
            amount = node.budget.get(year)
            if amount is not None:
                ws.cell(first, c0 + 2 * i + 1, amount).number_format = "#,##0"
        total = sum(node.budget.get(y, 0) for y in years)
        if total:
            ws.cell(first, c_end + 1, total).number_format = "#,##0"
        ws.cell(first, c_end + 2, "; ".join(node.opds))
        ws.cell(first, c_end + 3, node.extra.get("Lokasi"))
        if row - first > 1:
            for c in (col, 3, c_end + 2, c_end + 3) if kind == "coded" else (col, c_end + 2, c_end + 3):
                ws.merge_cells(start_row=first, start_column=c, end_row=row - 1, end_column=c)
    ws.freeze_panes = ws.cell(h0 + 4, 5)
