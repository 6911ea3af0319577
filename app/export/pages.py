"""The pages of a tree printout, decided before anything is drawn.

`plan_pages` is cheap enough for the export dialog (page count, grid preview)
and is exactly what `export_pdf` then draws: every card's place on every page
is in `Page.placements`, so tests and the dialog check the geometry without
reading the PDF back. The kinds of page are in `page_types`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from app.geometry.card import CardCache
from app.geometry.layout import Box, Layout, layout_forest
from app.model.plan import Plan

from . import appendix
from .drawing import STACK_BUS_RISE, Drawing
from .fit import fit_page
from .forest import Forest, Section, label, opd_sections, sasaran_sections, select
from .page_types import EmptyPage, MapPage, Mark, Page, SignaturePage, TilePage
from .paper import MM, Frame, PdfOptions, frame_for
from .tiling import MARK_ROOM, SIDE_ROOM, tile_layout


@dataclass
class PagePlan:
    """All pages and what they draw from (shared with the renderer)."""

    pages: list[Page]
    drawings: list[Drawing]
    forest: Forest
    tables: appendix.Tables | None = None


def _layout(forest: Forest, cards: CardCache, options: PdfOptions, frame: Frame) -> Layout:
    # A column of stacked cards must fit one page (with the marks above and below it).
    tall = frame.content[3] - 2 * MARK_ROOM - 2 * options.overlap_mm * MM
    return layout_forest(forest.roots, forest.kids.__getitem__, cards.size, h_gap=options.h_gap,
                         v_gap=options.v_gap, subtree_gap=options.subtree_gap,
                         stack_leaves=options.stack_leaves,
                         stack_max_height=tall if options.mode != "fit" else float("inf"))


def _tile_pages(drawing: Drawing, frame: Frame, overlap: float) -> list[TilePage]:
    cx, cy, cw, ch = frame.content
    tiles = tile_layout(drawing.layout, cw - 2 * overlap, ch - 2 * overlap)
    lay = drawing.layout
    xs = drawing.rows_x
    specs = []
    for t in tiles:
        s = t.scale
        spec = TilePage(
            title=f"Baris {t.band + 1} · kolom {t.column + 1}", frame=frame,
            section=drawing.section.title, breadcrumb=drawing.section.breadcrumb,
            grid=(t.band + 1, t.column + 1), scale=s, window=(t.x0, t.y0, t.x1, t.y1),
            view=(t.x0 - overlap / s, t.y0 - overlap / s, t.x1 + overlap / s, t.y1 + overlap / s),
            origin=(cx + overlap + SIDE_ROOM, cy + overlap), drawing=drawing,
            band_rows=(t.first_row, t.last_row),
        )
        for row in range(t.first_row, t.last_row + 1):
            lo = bisect_left(xs[row], t.x0 - 1e-6)
            hi = bisect_right(xs[row], t.x1 + 1e-6)
            for key in drawing.rows_keys[row][lo:hi]:
                b = lay.boxes[key]
                if b.x + b.w <= t.x1 + 1e-6:
                    x, y = spec.to_page(b.x, b.y)
                    spec.placements[key] = Box(x, y, b.w * s, b.h * s)
        specs.append(spec)
    return specs


def _number(pages: list[Page]) -> None:
    for i, p in enumerate(pages, 1):
        p.number = i
        if isinstance(p, TilePage):
            for key in p.placements:
                p.drawing.page_of[key] = i


def _marks(pages: list[Page]) -> None:
    """Continuation marks where a main edge leaves a tile page (needs page numbers).

    Down: under a card whose children are in the next band. Up: over the first
    child of a family whose parent is in the band above. Sideways: at the page
    edge on the line joining a family (the bus) when the family goes on left
    or right, naming the pages where its other cards are.
    """
    for p in pages:
        if not isinstance(p, TilePage):
            continue
        d = p.drawing
        lay = d.layout
        page_of = d.page_of
        x0, y0, x1, y1 = p.window
        first_row, last_row = p.band_rows
        up_marks: dict[str, int] = {}  # parent -> index of its "dari hal." mark on this page
        stacks: set[str] = set()  # stacked families in several columns, with cards on this page
        for key in p.placements:
            b = lay.boxes[key]
            kids = d.kids.get(key, ())
            depth = lay.depth[key]
            if kids and depth == last_row:
                targets = sorted({page_of[c] for c in kids if c in page_of})
                px, py = p.to_page(b.cx, b.y + b.h)
                p.marks.append(Mark(px, py + 12 * p.scale, "↓ lanjut ke " + _pages_text(targets),
                                    "centre"))
            parent = lay.parent.get(key)
            if parent is not None and depth == first_row:
                siblings = [c for c in d.kids[parent] if c in p.placements]
                if siblings[0] == key:
                    bx, by = p.to_page(b.x, b.y)
                    up_marks[parent] = len(p.marks)
                    p.marks.append(Mark(bx, by - 11 * p.scale,
                                        f"↑ dari hal. {page_of.get(parent, '?')}", "left"))
            if parent is not None and parent in lay.stack_columns \
                    and len(lay.stack_columns[parent]) > 1:
                stacks.add(parent)
        for row in range(first_row, last_row):
            for lo, hi, parent in d.buses_in(row, x0, x1):
                members = [parent, *d.kids[parent]]
                bus_y = d.bus_y(parent)
                _, y = p.to_page(x0, bus_y)
                if hi > x1:
                    right = sorted({page_of[m] for m in members
                                    if lay.boxes[m].cx > x1 and m in page_of})
                    ex = p.origin[0] + (x1 - x0) * p.scale
                    p.marks.append(Mark(ex + SIDE_ROOM - 2, y - 3, "→ " + _pages_text(right),
                                        "right"))
                if lo < x0:
                    left = sorted({page_of[m] for m in members
                                   if lay.boxes[m].cx < x0 and m in page_of})
                    p.marks.append(Mark(p.origin[0] - SIDE_ROOM + 2, y - 3,
                                        "← " + _pages_text(left), "left"))
        for parent in sorted(stacks, key=lambda k: lay.boxes[k].x):
            _stack_marks(p, parent, up_marks.get(parent))


def _stack_marks(p: TilePage, parent: str, up_mark: int | None) -> None:
    """Side marks where the line joining a stacked family's columns leaves the page.

    Columns after the first hang from a short line just over the cards
    (`STACK_BUS_RISE`); where a page edge cuts it, the edge names the pages of
    the family's other columns (and of the parent when it is in this band).
    On the left this meets the family's "dari hal." mark over its first card
    on the page: both become one mark at the edge.
    """
    d = p.drawing
    lay = d.layout
    boxes = lay.boxes
    page_of = d.page_of
    x0, _y0, x1, _y1 = p.window
    cols = lay.stack_columns[parent]
    half = lay.stack_indent / 2
    lo = boxes[cols[0][0]].x - half
    hi = boxes[cols[-1][0]].x - half
    bus_y = boxes[cols[0][0]].y - STACK_BUS_RISE
    _, y = p.to_page(x0, bus_y)
    leaves = lay.stacked[parent]
    if hi > x1 + 1e-6:
        right = sorted({page_of[c] for c in leaves if boxes[c].x >= x1 - 1e-6 and c in page_of})
        ex = p.origin[0] + (x1 - x0) * p.scale
        p.marks.append(Mark(ex + SIDE_ROOM - 2, y - 3, "→ " + _pages_text(right), "right"))
    if lo < x0 - 1e-6:
        left = {page_of[c] for c in leaves if boxes[c].right <= x0 + 1e-6 and c in page_of}
        pb = boxes[parent]
        if p.band_rows[0] <= lay.depth[parent] and pb.x < x0 and parent in page_of:
            left.add(page_of[parent])
        text = "← " + _pages_text(sorted(left))
        if up_mark is not None:
            text += " · " + p.marks[up_mark].text
            del p.marks[up_mark]
        p.marks.append(Mark(p.origin[0] - SIDE_ROOM + 2, y - 3, text, "left"))


def _pages_text(pages: list[int]) -> str:
    if not pages:
        return "hal. ?"
    if len(pages) == 1:
        return f"hal. {pages[0]}"
    if pages == list(range(pages[0], pages[-1] + 1)) and len(pages) > 2:
        return f"hal. {pages[0]}–{pages[-1]}"
    return "hal. " + ", ".join(str(n) for n in pages)


def plan_pages(plan: Plan, options: PdfOptions, cards: CardCache | None = None) -> list[Page]:
    """Every page the export would write, with card placements and marks.

    Pass the editor's long-lived `cards` cache (same plan and `options.style`) so
    that a dialog recounting pages after each option change measures no card twice.
    """
    return build_pages(plan, options, cards).pages


def build_pages(plan: Plan, options: PdfOptions, cards: CardCache | None = None) -> PagePlan:
    options.check()
    forest = select(plan, options.root, options.opd)
    cards = cards or CardCache(plan, options.style)
    overlap = options.overlap_mm * MM if options.mode != "fit" else 0.0
    pages: list[Page] = []
    drawings: list[Drawing] = []

    if options.mode == "section":
        sections = (sasaran_sections(plan, forest) if options.section_by == "sasaran"
                    else opd_sections(plan, forest))
    else:
        crumbs: tuple[str, ...] = ()
        title = "Seluruh pohon kinerja"
        if options.root is not None:
            crumbs = tuple(label(plan, a) for a in reversed(plan.ancestors(options.root)))
            title = "Cabang: " + label(plan, options.root)
        if options.opd:
            title = f"Perangkat Daerah: {options.opd}" + (" · " + title if options.root else "")
        sections = [Section(title, crumbs, forest, [])]

    for section in sections:
        if not section.forest.roots:
            continue
        frame = frame_for(options, breadcrumb=bool(section.breadcrumb))
        if options.mode == "fit":
            spec = fit_page(section.forest, cards, options, section, frame, section.title)
            drawings.append(spec.drawing)
            pages.append(spec)
            continue
        layout = _layout(section.forest, cards, options, frame)
        drawing = Drawing(section, layout, cards, section.forest.kids, options.v_gap)
        drawings.append(drawing)
        specs = _tile_pages(drawing, frame, overlap)
        if options.mode == "tile" and options.page_map and len(specs) > 1:
            pages.append(MapPage(title="Peta halaman", frame=frame, section=section.title,
                                 breadcrumb=section.breadcrumb, drawing=drawing))
        pages.extend(specs)

    tables = (appendix.Tables(plan, options, set(forest.kids))
              if (options.findings or options.crosscut) else None)
    if tables is not None:
        pages.extend(tables.pages(frame_for(options)))
    if options.signature is not None:
        pages.append(SignaturePage(title="Lembar Pengesahan", frame=frame_for(options)))
    if not pages:
        pages.append(EmptyPage(title="Tidak ada simpul untuk dicetak", frame=frame_for(options)))

    _number(pages)
    for p in pages:  # the page map lists its tiles with their numbers
        if isinstance(p, MapPage):
            p.map_tiles = [(q.number, q.tile()) for q in pages
                           if isinstance(q, TilePage) and q.drawing is p.drawing]
    _marks(pages)
    return PagePlan(pages, drawings, forest, tables)


__all__ = ["MARK_ROOM", "STACK_BUS_RISE", "Drawing", "Mark", "PagePlan", "build_pages",
           "plan_pages"]
