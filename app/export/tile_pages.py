"""Tile mode: a drawing at 100 % cut into sheets that can be glued into a poster.

The cutting itself is `tiling`; here the sheets become pages (with the page
map first), and once pages are numbered each sheet gets its continuation
marks where a line leaves it ("↓ lanjut ke hal. 7", "← hal. 3").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from app.geometry.layout import Box, Layout, layout_forest

from .contents import ranges
from .drawing import STACK_BUS_RISE, Drawing
from .forest import Forest, Section
from .page_types import MapPage, Mark, Page, TilePage
from .paper import MM, Frame, PdfOptions
from .print_card import PaperCards
from .tiling import MARK_ROOM, SIDE_ROOM, tile_layout


def tile_section(section: Section, cards: PaperCards, options: PdfOptions, frame: Frame
                 ) -> tuple[Drawing, list[Page]]:
    """A section's drawing and its pages: the page map (when asked and useful), then the tiles."""
    overlap = options.overlap_mm * MM
    layout = _layout(section.forest, cards, options, frame)
    drawing = Drawing(section, layout, cards, section.forest.kids, options.v_gap)
    tiles = _tile_pages(drawing, frame, overlap)
    pages: list[Page] = []
    if options.mode == "tile" and options.page_map and not options.sections and len(tiles) > 1:
        pages.append(MapPage(title="Peta halaman", frame=frame, section=section.title,
                             breadcrumb=section.breadcrumb, drawing=drawing))
    pages.extend(tiles)
    return drawing, pages


def map_tiles(pages: list[Page]) -> None:
    """The page map lists its tiles with their numbers (after numbering)."""
    for p in pages:
        if isinstance(p, MapPage):
            p.map_tiles = [(q.number, q.tile()) for q in pages
                           if isinstance(q, TilePage) and q.drawing is p.drawing]


def _layout(forest: Forest, cards: PaperCards, options: PdfOptions, frame: Frame) -> Layout:
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


def tile_marks(pages: list[Page]) -> None:
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
                p.marks.append(Mark(px, py + 12 * p.scale, "↓ lanjut ke " + pages_text(targets),
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
                    p.marks.append(Mark(ex + SIDE_ROOM - 2, y - 3, "→ " + pages_text(right),
                                        "right"))
                if lo < x0:
                    left = sorted({page_of[m] for m in members
                                   if lay.boxes[m].cx < x0 and m in page_of})
                    p.marks.append(Mark(p.origin[0] - SIDE_ROOM + 2, y - 3,
                                        "← " + pages_text(left), "left"))
        for parent in up_marks:
            if parent not in lay.stacked:
                _up_side_marks(p, parent, up_marks[parent])
        for parent in sorted(stacks, key=lambda k: lay.boxes[k].x):
            _stack_marks(p, parent, up_marks.get(parent))
        p.marks = [m for m in p.marks if m is not None]


def _up_side_marks(p: TilePage, parent: str, up_mark: int) -> None:
    """A family whose parent is on a page above, its line cut by this page's edge: the edge
    names the pages of the siblings beyond it (the line never just stops in mid-air)."""
    d = p.drawing
    lay = d.layout
    x0, _y0, x1, _y1 = p.window
    kids = d.kids[parent]
    _, y = p.to_page(x0, lay.row_tops[p.band_rows[0]] - 7)
    right = sorted({d.page_of[c] for c in kids if lay.boxes[c].cx > x1 and c in d.page_of})
    left = sorted({d.page_of[c] for c in kids if lay.boxes[c].cx < x0 and c in d.page_of})
    if right:
        ex = p.origin[0] + (x1 - x0) * p.scale
        p.marks.append(Mark(ex + SIDE_ROOM - 2, y - 3, "→ " + pages_text(right), "right"))
    if left:  # one mark at the edge with the family's "dari hal." (they would overprint)
        text = "← " + pages_text(left) + " · " + p.marks[up_mark].text
        p.marks[up_mark] = None  # type: ignore[call-overload]  # dropped once all are placed
        p.marks.append(Mark(p.origin[0] - SIDE_ROOM + 2, y - 3, text, "left"))


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
        p.marks.append(Mark(ex + SIDE_ROOM - 2, y - 3, "→ " + pages_text(right), "right"))
    if lo < x0 - 1e-6:
        left = {page_of[c] for c in leaves if boxes[c].right <= x0 + 1e-6 and c in page_of}
        pb = boxes[parent]
        if p.band_rows[0] <= lay.depth[parent] and pb.x < x0 and parent in page_of:
            left.add(page_of[parent])
        text = "← " + pages_text(sorted(left))
        if up_mark is not None and p.marks[up_mark] is not None:
            text += " · " + p.marks[up_mark].text
            p.marks[up_mark] = None  # type: ignore[call-overload]  # dropped once all are placed
        p.marks.append(Mark(p.origin[0] - SIDE_ROOM + 2, y - 3, text, "left"))


def pages_text(pages: list[int]) -> str:
    """"hal. 7", "hal. 7–9, 12": consecutive pages as one range."""
    if not pages:
        return "hal. ?"
    return "hal. " + ", ".join(ranges(pages))
