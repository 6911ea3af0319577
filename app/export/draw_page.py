"""The frame of every page (header band, legend, "hal. x dari y"), marks and the page map."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from app.geometry.fontmetrics import ellipsize, text_width, wrap
from app.geometry.palette import level_colour
from app.model.plan import Plan

from .draw_tree import EDGE, FURTHER
from .fit import LANJUTAN, separators
from .links import lines_boxes
from .page_types import TREE_PAGES, BookletPage, FitPage, MapPage, Page, TilePage
from .painter import Painter
from .paper import HEADER_H, MARGIN, MM, PdfOptions, tanggal
from .print_card import wrap_words
from .tiling import Tile

INK = "#212121"
MUTED = "#5F6368"
BAND = "#1B5E20"
MARK = "#B71C1C"


@dataclass(frozen=True)
class HeaderText:
    """One text of the header band, placed: what tests check for overlaps."""

    text: str
    x: float  # left end
    baseline: float
    size: float
    bold: bool
    colour: str

    @property
    def box(self) -> tuple[float, float, float, float]:
        w = text_width(self.text, self.size, self.bold)
        return (self.x, self.baseline - self.size * 0.93, self.x + w, self.baseline + self.size * 0.24)


def _fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` on one line of `width`, shortened with "…" when longer."""
    if not text or width <= 0:
        return ""
    if text_width(text, size, bold) <= width:
        return text
    lines = ellipsize(wrap(text, width, size, bold), 1, width, size, bold)
    return lines[0] if lines else ""


def header_texts(spec: Page, plan: Plan, options: PdfOptions) -> list[HeaderText]:
    """The header band's texts, each shortened so that none runs into another or off the page.

    Line 1: the plan's name (left) and what the page shows (right); line 2: the
    facts (government, period, print date) and the section, sharing the width;
    line 3 (pages with one): the breadcrumb of ancestors.
    """
    f = spec.frame
    x = MARGIN
    w = f.width - 2 * MARGIN
    top = f.header_top
    gap = 16.0
    out: list[HeaderText] = []
    scale = ""
    if isinstance(spec, TREE_PAGES) and spec.scale < 0.999:
        scale = f" · skala {round(spec.scale * 100)} %"  # kept whole: the title gives way
    room = w * 0.45 - text_width(scale, 10, True)
    right = _fit(spec.title, room, 10, True) + scale if spec.title else scale.lstrip(" ·")
    right_w = text_width(right, 10, True) if right else 0.0
    name = _fit(plan.name.strip() or "Pohon Kinerja", w - right_w - gap, 13, True)
    out.append(HeaderText(name, x, top + 13, 13, True, INK))
    if right:
        out.append(HeaderText(right, x + w - right_w, top + 13, 10, True, BAND))
    facts = [plan.government.strip(), f"{plan.doc_type} {plan.start_year}–{plan.end_year}".strip(),
             "Pohon Kinerja", f"dicetak {tanggal(options.print_date)}"]
    line2 = " · ".join(t for t in facts if t)
    side, side_size, side_colour = "", 9.0, MUTED
    if spec.section and spec.section != spec.title:
        side = spec.section
    elif isinstance(spec, FitPage) and spec.scale < 0.5:
        side, side_size, side_colour = ("Kartu diperkecil agar muat satu halaman; untuk ukuran "
                                        "baca gunakan mode booklet.", 8.0, MARK)
    facts_w = text_width(line2, 9)
    if side and side_colour == MARK:  # the advice gives way to the facts (the print date)
        side = side if w - facts_w - gap >= 80 else ""
    if side:
        side_room = max(w - facts_w - gap, w * 0.4 if side_colour != MARK else 0.0)
        side = _fit(side, side_room, side_size)
        side_w = text_width(side, side_size)
        line2 = _fit(line2, w - side_w - gap, 9)
    out.append(HeaderText(line2, x, top + 28, 9, False, MUTED))
    if side:
        out.append(HeaderText(side, x + w - text_width(side, side_size), top + 28, side_size,
                              False, side_colour))
    if spec.breadcrumb:
        crumb = _fit("  ›  ".join(spec.breadcrumb), w, 8.5)
        out.append(HeaderText(crumb, x, top + HEADER_H + 8, 8.5, False, INK))
    return out


def draw_header(p: Painter, spec: Page, plan: Plan, options: PdfOptions) -> None:
    for t in header_texts(spec, plan, options):
        p.text(t.x, t.baseline, t.text, t.size, t.bold, t.colour)
    f = spec.frame
    y = f.header_top + f.header_height
    p.stroke(BAND, 1.6)
    p.line(MARGIN, y - 3, f.width - MARGIN, y - 3)


def legend_notes(findings: bool, budgets: bool) -> list[str]:
    """What the footer explains besides the levels and lines, for this printout."""
    out = []
    if findings:
        out.append("✗ galat · ! peringatan")
    if budgets:
        out.append("jumlah pagu = pagu sub kegiatan di bawahnya")
    return out


def draw_footer(p: Painter, spec: Page, plan: Plan, total: int, notes: list[str] | None = None
                ) -> None:
    f = spec.frame
    x = MARGIN
    w = f.width - 2 * MARGIN
    y = f.footer_top + 12
    p.stroke("#BDBDBD", 0.5)
    p.line(x, f.footer_top + 2, x + w, f.footer_top + 2)
    page = f"hal. {spec.number} dari {total}"
    p.text(x + w, y, page, 8.5, True, INK, anchor="right")
    limit = x + w - text_width(page, 8.5, True) - 20
    cx = x
    if isinstance(spec, (*TREE_PAGES, MapPage)):
        for level in plan.scheme.names:
            lw = 9 + 3 + text_width(level, 7.5) + 12
            if cx + lw > limit:
                break
            p.rect(cx, y - 7.5, 9, 9, fill=level_colour(plan.scheme, level))
            p.text(cx + 12, y, level, 7.5, False, INK)
            cx += lw
        if isinstance(spec, BookletPage):
            extras = [(EDGE, False, "induk utama"), (None, False, "→ ← kontribusi (crosscutting)"),
                      (None, False, "⇄ crosscutting")]
        else:
            extras = [(EDGE, False, "induk utama"), (FURTHER, True, "kontribusi ke induk lain"),
                      (None, False, "⇄ crosscutting")]
        extras += [(None, False, n) for n in notes or ()]
        for col, dash, label in extras:
            lw = (24 if col else 0) + text_width(label, 7.5) + 12
            if cx + lw > limit:
                break
            if col:
                p.stroke(col, 1.2, dash=dash)
                p.line(cx, y - 3, cx + 20, y - 3)
                p.stroke(col, 1.2, dash=False)
                cx += 24
            p.text(cx, y, label, 7.5, False, INK)
            cx += text_width(label, 7.5) + 12


MARK_SIZE = 7.5
MARK_WIDTH = 260.0  # a continuation mark longer than this wraps (20,000 nodes: 20 pages)


def mark_lines(spec: TilePage, m) -> list[tuple[float, float, str]]:
    """(left x, baseline, text) of a mark's lines: wrapped, and kept inside the page."""
    cx, _cy, cw, _ch = spec.frame.content
    lines = wrap_words(m.text, min(MARK_WIDTH, cw), MARK_SIZE, True) or [""]
    out = []
    for i, ln in enumerate(lines):
        w = text_width(ln, MARK_SIZE, True)
        x = m.x - (w if m.anchor == "right" else w / 2 if m.anchor == "centre" else 0.0)
        x = max(cx - 12, min(x, cx + cw + 12 - w))
        out.append((x, m.y + i * (MARK_SIZE + 1.5), ln))
    return out


def draw_marks(p: Painter, spec: TilePage, link=None) -> None:
    for m in spec.marks:
        lines = mark_lines(spec, m)
        for x, y, ln in lines:
            p.text(x, y, ln, MARK_SIZE, True, MARK)
        if link is not None:
            for x0, y0, x1, y1, n in lines_boxes(lines, MARK_SIZE, True):
                link(x0, y0, x1, y1, n)


def draw_bands(p: Painter, spec: FitPage) -> None:
    """A packed overview's thin lines between bands, and "(lanjutan)" over repeated cards.

    A card drawn again at the head of a later band (its family continues
    there) is the same card as before, so the note says so; it sits in the
    gap above the card, at the cards' scale.
    """
    lines = separators(spec)
    if lines:
        p.stroke("#90A4AE", 0.6)
        p.lines(lines)
    size = 11 * spec.scale
    for band in spec.bands:
        for key in sorted(band.repeats, key=lambda k: (band.placements[k].y, band.placements[k].x)):
            b = band.placements[key]
            p.text(b.x, b.y - 3.5 * spec.scale, LANJUTAN, size, True, MUTED)


def draw_cut_marks(p: Painter, spec: TilePage, overlap_mm: float) -> None:
    """Corner marks where a poster sheet is trimmed (only with overlap)."""
    if overlap_mm <= 0:
        return
    x0, y0, x1, y1 = spec.window
    ax, ay = spec.to_page(x0, y0)
    bx, by = spec.to_page(x1, y1)
    ln = min(overlap_mm * MM, 8 * MM)
    p.stroke("#000000", 0.4)
    segs = []
    for cx, dx in ((ax, -1), (bx, 1)):
        for cy, dy in ((ay, -1), (by, 1)):
            segs.append((cx + dx * 2, cy, cx + dx * (2 + ln), cy))
            segs.append((cx, cy + dy * 2, cx, cy + dy * (2 + ln)))
    p.lines(segs)


MAP_ROW_GAP = 14.0  # points between the rows of a folded page map


@dataclass
class MapRow:
    """One row of a folded page map: the drawing's stretch [seg0, seg1) whose tiles and
    cards it shows (by their centres), and the x range those tiles cover."""

    seg0: float
    seg1: float
    x0: float
    x1: float
    tiles: list[tuple[int, Tile]]


def map_rows(spec: MapPage) -> tuple[list[MapRow], float]:
    """The page map folded into rows like lines of text, and its scale. A tree far wider
    than the page would be a thin strip of unreadable numbers; as many rows as give the
    largest scale, each tile (and each card) in exactly one row."""
    tiles = spec.map_tiles
    x_lo = min(t.x0 for _, t in tiles)
    x_hi = max(t.x1 for _, t in tiles)
    y_lo = min(t.y0 for _, t in tiles)
    y_hi = max(t.y1 for _, t in tiles)
    _, _, cw, ch = spec.frame.content
    ch -= MAP_NOTE_H
    width, height = max(x_hi - x_lo, 1.0), max(y_hi - y_lo, 1.0)
    # Tiles in the order of their centres, so that each row is one slice (found by
    # bisection) rather than a pass over every tile: a 20,000-node poster has thousands.
    order = sorted(range(len(tiles)), key=lambda j: (tiles[j][1].x0 + tiles[j][1].x1) / 2)
    centres = [(tiles[j][1].x0 + tiles[j][1].x1) / 2 for j in order]
    best: tuple[float, list[MapRow]] = (-1.0, [])
    for k in range(1, min(len(tiles), 60) + 1):
        step = width / k
        rows = []
        for i in range(k):
            a = x_lo + i * step if i else -float("inf")
            b = x_lo + (i + 1) * step if i < k - 1 else float("inf")
            mine = [tiles[j] for j in sorted(order[bisect_left(centres, a):
                                                   bisect_left(centres, b)])]
            if mine:
                rows.append(MapRow(a, b, min(t.x0 for _, t in mine),
                                   max(t.x1 for _, t in mine), mine))
        widest = max(r.x1 - r.x0 for r in rows)
        scale = min(cw / widest, (ch - MAP_ROW_GAP * (len(rows) - 1)) / (height * len(rows)))
        if scale > best[0]:
            best = (scale, rows)
    return best[1], best[0]


MAP_NOTE_H = 30.0


def draw_page_map(p: Painter, spec: MapPage, plan: Plan) -> None:
    """The whole drawing in miniature, folded into rows, every tile outlined and numbered."""
    d = spec.drawing
    lay = d.layout
    cx, cy, cw, _ch = spec.frame.content
    if not spec.map_tiles:
        return
    bands = max(t.band for _, t in spec.map_tiles) + 1
    n = len(spec.map_tiles)
    note = (f"{n} halaman dalam {bands} baris. Tempel lembar tiap baris berdampingan; tanda "
            "merah di tepi halaman menunjukkan halaman lanjutan.")
    for i, ln in enumerate(wrap(note, cw, 9)[:2]):
        p.text(cx, cy + 10 + 11 * i, ln, 9, False, INK)
    rows, s = map_rows(spec)
    y_lo = min(t.y0 for _, t in spec.map_tiles)
    y_hi = max(t.y1 for _, t in spec.map_tiles)
    row_h = (y_hi - y_lo) * s
    for r, row in enumerate(rows):
        ox = cx + (cw - (row.x1 - row.x0) * s) / 2 - row.x0 * s
        oy = cy + MAP_NOTE_H + r * (row_h + MAP_ROW_GAP) - y_lo * s
        # Cards as blocks in their level colour, those of this row's stretch of the drawing.
        for key, bx in lay.boxes.items():
            if row.seg0 <= bx.cx < row.seg1:
                p.rect(ox + bx.x * s, oy + bx.y * s, max(bx.w * s, 0.3), max(bx.h * s, 0.3),
                       fill=d.cards.get(key).colour)
        p.stroke("#263238", 0.5)
        for number, t in row.tiles:
            tx, ty = ox + t.x0 * s, oy + t.y0 * s
            tw, th = (t.x1 - t.x0) * s, (t.y1 - t.y0) * s
            p.rect(tx, ty, tw, th, stroke="#263238", width=0.5)
            size = min(16.0, tw / (0.62 * len(str(number)) + 0.4), th / 1.6)
            if size >= 3.5:
                p.text(tx + tw / 2, ty + th / 2 + size / 3, str(number), size, True, MARK,
                       anchor="centre")
