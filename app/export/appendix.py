"""Appendices of the tree printout: the findings table, the crosscutting matrix, pengesahan.

Tables are laid out with the same text measure as the cards, so the page
count is known before drawing (the export dialog shows it) and the header row
repeats on every page. Only nodes that the printout draws are listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.geometry.fontmetrics import line_height, text_width, wrap
from app.model.plan import Plan

from .paper import Frame, PdfOptions, tanggal

SIZE = 8.0
PAD = 3.0
TITLE_H = 22.0
HEAD_FILL = "#E8F5E9"
GRID = "#B0BEC5"
INK = "#212121"
SEVERITY = {"error": "Galat", "warning": "Peringatan"}
SEVERITY_COLOUR = {"error": "#B71C1C", "warning": "#E65100"}
OPD_COL = 30.0
MATRIX_HEAD_MAX = 130.0


@dataclass
class Table:
    """Wrapped rows of one table: widths, header and each row's cell lines."""

    title: str
    widths: list[float]
    header: list[str]
    rows: list[list[list[str]]]  # row -> cell -> lines
    colours: list[str]  # per row, the colour of the first cell (severity)

    def row_height(self, i: int) -> float:
        return max(len(c) for c in self.rows[i]) * line_height(SIZE) + 2 * PAD

    @property
    def header_height(self) -> float:
        return max(len(wrap(h, w - 2 * PAD, SIZE, True)) for h, w in zip(self.header, self.widths,
                                                                           strict=True)) * line_height(SIZE) + 2 * PAD

    def paginate(self, avail: float) -> list[tuple[int, int]]:
        """Row ranges [start, end) per page; a row taller than a page gets a page of its own."""
        out: list[tuple[int, int]] = []
        room = avail - TITLE_H - self.header_height
        start = 0
        used = 0.0
        for i in range(len(self.rows)):
            h = self.row_height(i)
            if used + h > room and i > start:
                out.append((start, i))
                start, used = i, 0.0
            used += h
        out.append((start, len(self.rows)))
        return out


def _cells(texts: Iterable[str], widths: list[float]) -> list[list[str]]:
    return [wrap(t, w - 2 * PAD, SIZE) or [""] for t, w in zip(texts, widths, strict=True)]


class Tables:
    """The appendices asked for, built once for a plan and the printed nodes."""

    def __init__(self, plan: Plan, options: PdfOptions, keys: set[str] | None = None) -> None:
        self.plan = plan
        self.options = options
        self.keys = keys if keys is not None else set(plan.nodes)
        self.findings: Table | None = None
        self.matrix_items: list[tuple[str, dict[str, int]]] = []
        self.matrix_opds: list[str] = []
        self._width = 0.0
        self.head_h = MATRIX_HEAD_MAX

    # --- building ---------------------------------------------------------------

    def _findings_table(self, width: float) -> Table:
        from app.model.checks import RULES, check_plan  # noqa: F401 - RULES documents the names

        fixed = [26.0, 62.0, 100.0, 84.0, 96.0]
        rest = max(width - sum(fixed), 200.0)
        widths = fixed + [rest * 0.42, rest * 0.58]
        header = ["No", "Tingkat", "Aturan", "ID", "Level", "Pernyataan Kinerja", "Temuan"]
        rows = []
        colours = []
        found = [f for f in check_plan(self.plan) if f.node in self.keys or f.node not in self.plan]
        errors = sum(f.severity == "error" for f in found)
        for i, f in enumerate(found, 1):
            node = self.plan.nodes.get(f.node)
            rows.append(_cells([str(i), SEVERITY.get(f.severity, f.severity), f.rule, f.node,
                                node.level if node else "", node.statement if node else "",
                                f.message], widths))
            colours.append(SEVERITY_COLOUR.get(f.severity, INK))
        title = (f"Lampiran: Daftar Temuan Pemeriksaan — {errors} galat, "
                 f"{len(found) - errors} peringatan")
        if not found:
            rows.append(_cells(["", "", "", "", "", "Tidak ada temuan.", ""], widths))
            colours.append(INK)
        return Table(title, widths, header, rows, colours)

    def _matrix(self) -> None:
        from app.model.crosscut import find_crosscutting

        opds: dict[str, None] = {}
        items = []
        for c in find_crosscutting(self.plan):
            involved = [k for k in dict.fromkeys(([c.node] if c.node else []) + list(c.nodes))
                        if k in self.plan.nodes]
            if not any(k in self.keys for k in involved):
                continue
            counts = dict.fromkeys(c.opds, 0)
            for k in involved:
                for o in self.plan.nodes[k].opds:
                    for name in counts:
                        if " ".join(name.split()).casefold() == " ".join(o.split()).casefold():
                            counts[name] += 1
            for o in c.opds:
                opds.setdefault(o, None)
            if c.kind == "shared-program":
                title = f"Program bersama {c.code}: {c.name}".strip()
            else:
                node = self.plan.nodes.get(c.node)
                title = f"Simpul bersama ({c.node}): {node.statement if node else ''}".strip()
            items.append((title, counts))
        self.matrix_items = items
        self.matrix_opds = list(opds)
        longest = max((text_width(o, 7, True) for o in opds), default=0.0)
        self.head_h = min(MATRIX_HEAD_MAX, max(60.0, longest + 2 * PAD + 4))

    # --- pages --------------------------------------------------------------------

    def pages(self, frame: Frame) -> list:
        from .pages import PageSpec

        _, _, cw, ch = frame.content
        self._width = cw
        out = []
        if self.options.findings:
            self.findings = self._findings_table(cw)
            for rng in self.findings.paginate(ch):
                out.append(PageSpec(0, "findings", "Lampiran: Daftar Temuan", frame, rows=rng))
        if self.options.crosscut:
            self._matrix()
            per_page = max(1, int((cw - 26 - 300) // OPD_COL))
            n_opd = len(self.matrix_opds)
            item_w = cw - 26 - min(per_page, max(n_opd, 1)) * OPD_COL
            heights = [self._matrix_row_h(t, item_w) for t, _ in self.matrix_items]
            room = ch - TITLE_H - self.head_h - 16
            ranges = []
            start, used = 0, 0.0
            for i, h in enumerate(heights):
                if used + h > room and i > start:
                    ranges.append((start, i))
                    start, used = i, 0.0
                used += h
            ranges.append((start, len(heights)))
            for c0 in range(0, max(n_opd, 1), per_page):
                for rng in ranges:
                    out.append(PageSpec(0, "crosscut", "Lampiran: Matriks Crosscutting", frame,
                                        rows=rng, columns=(c0, min(c0 + per_page, n_opd))))
        return out

    @staticmethod
    def _matrix_row_h(title: str, width: float) -> float:
        return len(wrap(title, width - 2 * PAD, SIZE) or [""]) * line_height(SIZE) + 2 * PAD


# --- drawing -------------------------------------------------------------------------


def draw_findings(p, spec, tables: Tables) -> None:
    t = tables.findings
    assert t is not None
    cx, cy, cw, _ = spec.frame.content
    p.text(cx, cy + 13, t.title, 11, True, INK)
    y = cy + TITLE_H
    hh = t.header_height
    x = cx
    p.rect(cx, y, sum(t.widths), hh, fill=HEAD_FILL, stroke=GRID, width=0.5)
    for h, w in zip(t.header, t.widths, strict=True):
        for j, ln in enumerate(wrap(h, w - 2 * PAD, SIZE, True)):
            p.text(x + PAD, y + PAD + SIZE + j * line_height(SIZE), ln, SIZE, True, INK)
        x += w
    y += hh
    start, end = spec.rows
    p.stroke(GRID, 0.5)
    for i in range(start, end):
        rh = t.row_height(i)
        x = cx
        for k, (cell, w) in enumerate(zip(t.rows[i], t.widths, strict=True)):
            colour = t.colours[i] if k == 1 else INK
            for j, ln in enumerate(cell):
                p.text(x + PAD, y + PAD + SIZE + j * line_height(SIZE), ln, SIZE, k == 1, colour)
            x += w
        p.stroke(GRID, 0.5)
        p.line(cx, y + rh, cx + sum(t.widths), y + rh)
        y += rh
    x = cx
    top = cy + TITLE_H
    for w in [0.0, *t.widths]:
        x += w
        p.line(x, top, x, y)


def draw_matrix(p, spec, tables: Tables) -> None:
    cx, cy, cw, _ = spec.frame.content
    c0, c1 = spec.columns
    opds = tables.matrix_opds[c0:c1]
    per_page = max(1, int((cw - 26 - 300) // OPD_COL))
    item_w = cw - 26 - min(per_page, max(len(tables.matrix_opds), 1)) * OPD_COL
    head_h = tables.head_h
    title = "Lampiran: Matriks Crosscutting (LKE 1.b.9)"
    if len(tables.matrix_opds) > per_page:
        title += f" — perangkat daerah {c0 + 1}–{c1} dari {len(tables.matrix_opds)}"
    p.text(cx, cy + 13, title, 11, True, INK)
    y = cy + TITLE_H
    widths = [26.0, item_w] + [OPD_COL] * len(opds)
    total_w = sum(widths)
    p.rect(cx, y, total_w, head_h, fill=HEAD_FILL, stroke=GRID, width=0.5)
    p.text(cx + PAD, y + head_h - PAD - 2, "No", SIZE, True, INK)
    p.text(cx + 26 + PAD, y + head_h - PAD - 2, "Kondisi / program bersama", SIZE, True, INK)
    x = cx + 26 + item_w
    for o in opds:
        lines = wrap(o, head_h - 2 * PAD, 7, True)[:3]
        for j, ln in enumerate(lines):
            p.vtext(x + PAD + 7 + j * 8.4, y + head_h - PAD, ln, 7, True, INK)
        x += OPD_COL
    y += head_h
    start, end = spec.rows
    if not tables.matrix_items:
        p.text(cx + 26 + PAD, y + 14, "Tidak ada crosscutting pada simpul yang dicetak.", SIZE,
               False, INK)
        y += 20
    for i in range(start, end):
        title_text, counts = tables.matrix_items[i]
        lines = wrap(title_text, item_w - 2 * PAD, SIZE) or [""]
        rh = len(lines) * line_height(SIZE) + 2 * PAD
        p.text(cx + PAD, y + PAD + SIZE, str(i + 1), SIZE, False, INK)
        for j, ln in enumerate(lines):
            p.text(cx + 26 + PAD, y + PAD + SIZE + j * line_height(SIZE), ln, SIZE, False, INK)
        x = cx + 26 + item_w
        for o in opds:
            if o in counts:
                n = counts[o]
                mark = "✓" if n <= 1 else f"✓{n}"
                p.text(x + OPD_COL / 2, y + PAD + SIZE + 1, mark, 9, True, "#1B5E20", "centre")
            x += OPD_COL
        p.stroke(GRID, 0.5)
        p.line(cx, y + rh, cx + total_w, y + rh)
        y += rh
    p.stroke(GRID, 0.5)
    x = cx
    for w in [0.0, *widths]:
        x += w
        p.line(x, cy + TITLE_H, x, y)
    p.text(cx, y + 14, "✓ = perangkat daerah berkontribusi; angka = jumlah simpulnya yang terlibat.",
           7.5, False, "#5F6368")


def draw_signature(p, spec, plan: Plan, options: PdfOptions, counts: dict[str, int]) -> None:
    sig = options.signature
    assert sig is not None
    cx, cy, cw, ch = spec.frame.content
    p.text(cx + cw / 2, cy + 24, "LEMBAR PENGESAHAN", 14, True, INK, "centre")
    name = plan.name.strip() or "Pohon Kinerja"
    gov = plan.government.strip()
    intro = (f"Pohon kinerja {name}" + (f" ({gov})" if gov and gov not in name else "")
             + f", periode {plan.start_year}–{plan.end_year}, yang tercetak dalam dokumen ini "
             f"memuat {sum(counts.values())} simpul:")
    y = cy + 56
    for ln in wrap(intro, min(cw, 520.0), 10):
        p.text(cx + (cw - min(cw, 520.0)) / 2, y, ln, 10, False, INK)
        y += 14
    left = cx + (cw - min(cw, 520.0)) / 2
    for level, n in counts.items():
        y += 2
        p.text(left + 20, y + 10, level, 10, False, INK)
        p.text(left + 300, y + 10, f"{n:,}".replace(",", "."), 10, True, INK, "right")
        y += 14
    place = sig.place or _place(plan.government)
    when = tanggal(sig.date or options.print_date)
    bx = cx + cw - 250
    by = max(y + 50, cy + ch * 0.45)
    p.text(bx, by, f"{place}, {when}" if place else when, 10, False, INK)
    yy = by + 16
    for ln in wrap(sig.position or "", 240, 10, True):
        p.text(bx, yy, ln, 10, True, INK)
        yy += 14
    yy += 60
    p.text(bx, yy, sig.name, 10, True, INK)
    p.stroke(INK, 0.6)
    p.line(bx, yy + 2, bx + text_width(sig.name, 10, True), yy + 2)
    if sig.nip:
        p.text(bx, yy + 15, f"NIP. {sig.nip}", 10, False, INK)


def _place(government: str) -> str:
    """"Kota Mojokerto" -> "Mojokerto": the place written above a signature."""
    words = government.split()
    if words and words[0].casefold() in ("kota", "kabupaten", "provinsi", "kab.", "prov."):
        words = words[1:]
    return " ".join(words)
