"""The pages of a tree printout, decided before anything is drawn.

`plan_pages` is cheap enough for the export dialog (page count, grid preview)
and is exactly what `export_pdf` then draws: every card's place on every page
is in `PageSpec.placements`, so tests and the dialog check the geometry
without reading the PDF back.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from app.geometry.card import CardCache
from app.geometry.layout import Box, Layout, layout_forest
from app.model.plan import Plan

from . import appendix
from .forest import Forest, Section, opd_sections, sasaran_sections, select
from .paper import MM, Frame, PdfOptions, frame_for
from .tiling import MARK_ROOM, SIDE_ROOM, Tile, tile_layout


@dataclass
class Drawing:
    """One laid-out forest: the whole filtered tree, or one section of it."""

    section: Section
    layout: Layout
    cards: CardCache
    kids: dict[str, list[str]]
    v_gap: float
    page_of: dict[str, int] = field(default_factory=dict)  # card key -> page number
    _buses: list[list[tuple[float, float, str]]] = field(default_factory=list, repr=False)
    _bus_his: list[list[float]] = field(default_factory=list, repr=False)
    rows_keys: list[list[str]] = field(default_factory=list, repr=False)
    rows_x: list[list[float]] = field(default_factory=list, repr=False)
    rows_right: list[list[float]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        """Index cards by row and x, and each family's bus (the line joining it) by row."""
        lay = self.layout
        rows: list[list[tuple[float, str]]] = [[] for _ in lay.row_tops]
        for key, b in lay.boxes.items():
            rows[lay.depth[key]].append((b.x, key))
        for r in rows:
            r.sort()
        self.rows_keys = [[k for _, k in r] for r in rows]
        self.rows_x = [[x for x, _ in r] for r in rows]
        self.rows_right = [[x + lay.boxes[k].w for x, k in r] for r in rows]
        self._buses = [[] for _ in lay.row_tops]
        for key, kids in self.kids.items():
            if kids and key in lay.boxes and key not in lay.stacked:
                cxs = (lay.boxes[key].cx, lay.boxes[kids[0]].cx, lay.boxes[kids[-1]].cx)
                self._buses[lay.depth[key]].append((min(cxs), max(cxs), key))
        for row in self._buses:
            row.sort()
        self._bus_his = [[hi for _, hi, _ in row] for row in self._buses]

    def bus_y(self, parent: str) -> float:
        """Height of the line joining a family: halfway down the gap under the parent's row."""
        d = self.layout.depth[parent]
        return self.layout.row_tops[d] + self.layout.row_heights[d] + self.v_gap / 2

    def buses_in(self, row: int, x0: float, x1: float) -> list[tuple[float, float, str]]:
        """Families of parents in `row` whose bus meets [x0, x1] (buses of a row never overlap)."""
        if row >= len(self._buses):
            return []
        buses = self._buses[row]
        i = bisect_left(self._bus_his[row], x0)
        out = []
        while i < len(buses) and buses[i][0] <= x1:
            out.append(buses[i])
            i += 1
        return out


STACK_BUS_RISE = 9.0  # the line joining a stacked family's columns: this far over its cards


@dataclass(frozen=True)
class Mark:
    """A continuation note at a page edge: "lanjut ke hal. 7" where an edge leaves the page."""

    x: float
    y: float
    text: str
    anchor: str  # "left" | "right" | "centre": which end of the text sits at x


@dataclass
class PageSpec:
    """One printed page. Coordinates are page points, top-left origin."""

    number: int
    kind: str  # "map" | "fit" | "tile" | "findings" | "crosscut" | "signature"
    title: str
    frame: Frame
    section: str = ""
    breadcrumb: tuple[str, ...] = ()
    grid: tuple[int, int] | None = None  # (band, column), 1-based, tile pages
    scale: float = 1.0
    window: tuple[float, float, float, float] | None = None  # drawing x0, y0, x1, y1 (the cut)
    view: tuple[float, float, float, float] | None = None  # drawing area shown (cut + overlap)
    origin: tuple[float, float] = (0.0, 0.0)  # page point of the drawing point (x0, y0)
    placements: dict[str, Box] = field(default_factory=dict)
    marks: list[Mark] = field(default_factory=list)
    rows: tuple[int, int] = (0, 0)  # appendix: table rows [start, end) on this page
    columns: tuple[int, int] = (0, 0)  # crosscut matrix: OPD columns [start, end) on this page
    map_tiles: list[tuple[int, Tile]] = field(default_factory=list)  # page map: (page, tile)
    band_rows: tuple[int, int] = (0, 0)  # tile: first and last depth row on the page
    drawing: Drawing | None = field(default=None, repr=False)
    # fit: the tree packed in bands, one spec per band (its own drawing, origin, placements)
    bands: list[PageSpec] = field(default_factory=list, repr=False)
    repeats: frozenset[str] = frozenset()  # fit band: cards drawn again, marked "(lanjutan)"

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A drawing point on this page."""
        assert self.window is not None
        return (self.origin[0] + (x - self.window[0]) * self.scale,
                self.origin[1] + (y - self.window[1]) * self.scale)


@dataclass
class PagePlan:
    """All pages and what they draw from (shared with the renderer)."""

    pages: list[PageSpec]
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


def _tile_pages(drawing: Drawing, frame: Frame, overlap: float) -> tuple[list[PageSpec], list[Tile]]:
    cx, cy, cw, ch = frame.content
    tiles = tile_layout(drawing.layout, cw - 2 * overlap, ch - 2 * overlap)
    lay = drawing.layout
    xs = drawing.rows_x
    specs = []
    for t in tiles:
        s = t.scale
        spec = PageSpec(
            0, "tile", f"Baris {t.band + 1} · kolom {t.column + 1}", frame,
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
    return specs, tiles


def _number(pages: list[PageSpec]) -> None:
    for i, p in enumerate(pages, 1):
        p.number = i
        if p.drawing is not None and p.kind in ("tile", "fit"):
            for key in p.placements:
                p.drawing.page_of[key] = i


def _marks(pages: list[PageSpec]) -> None:
    """Continuation marks where a main edge leaves a tile page (needs page numbers).

    Down: under a card whose children are in the next band. Up: over the first
    child of a family whose parent is in the band above. Sideways: at the page
    edge on the line joining a family (the bus) when the family goes on left
    or right, naming the pages where its other cards are.
    """
    for p in pages:
        if p.kind != "tile" or p.drawing is None or p.window is None:
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


def _stack_marks(p: PageSpec, parent: str, up_mark: int | None) -> None:
    """Side marks where the line joining a stacked family's columns leaves the page.

    Columns after the first hang from a short line just over the cards
    (`STACK_BUS_RISE`); where a page edge cuts it, the edge names the pages of
    the family's other columns (and of the parent when it is in this band).
    On the left this meets the family's "dari hal." mark over its first card
    on the page: both become one mark at the edge.
    """
    assert p.drawing is not None and p.window is not None
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


def plan_pages(plan: Plan, options: PdfOptions, cards: CardCache | None = None) -> list[PageSpec]:
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
    pages: list[PageSpec] = []
    drawings: list[Drawing] = []

    if options.mode == "section":
        sections = (sasaran_sections(plan, forest) if options.section_by == "sasaran"
                    else opd_sections(plan, forest))
    else:
        crumbs: tuple[str, ...] = ()
        title = "Seluruh pohon kinerja"
        if options.root is not None:
            from .forest import label

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
            from .fit import fit_page  # fit builds on this module's Drawing and PageSpec

            spec = fit_page(section.forest, cards, options, section, frame, section.title)
            assert spec.drawing is not None
            drawings.append(spec.drawing)
            pages.append(spec)
            continue
        layout = _layout(section.forest, cards, options, frame)
        drawing = Drawing(section, layout, cards, section.forest.kids, options.v_gap)
        drawings.append(drawing)
        specs, tiles = _tile_pages(drawing, frame, overlap)
        if options.mode == "tile" and options.page_map and len(specs) > 1:
            pages.append(PageSpec(0, "map", "Peta halaman", frame, section=section.title,
                                  breadcrumb=section.breadcrumb, drawing=drawing))
        pages.extend(specs)

    tables = (appendix.Tables(plan, options, set(forest.kids))
              if (options.findings or options.crosscut) else None)
    if tables is not None:
        pages.extend(tables.pages(frame_for(options)))
    if options.signature is not None:
        pages.append(PageSpec(0, "signature", "Lembar Pengesahan", frame_for(options)))
    if not pages:
        pages.append(PageSpec(0, "fit", "Tidak ada simpul untuk dicetak", frame_for(options)))

    _number(pages)
    for p in pages:  # the page map lists its tiles with their numbers
        if p.kind == "map" and p.drawing is not None:
            p.map_tiles = [(q.number, _tile_of(q)) for q in pages
                           if q.kind == "tile" and q.drawing is p.drawing]
    _marks(pages)
    return PagePlan(pages, drawings, forest, tables)


def _tile_of(spec: PageSpec) -> Tile:
    assert spec.window is not None and spec.grid is not None
    x0, y0, x1, y1 = spec.window
    return Tile(spec.grid[0] - 1, spec.grid[1] - 1, 0, 0, x0, x1, y0, y1, spec.scale)


__all__ = ["MARK_ROOM", "STACK_BUS_RISE", "Drawing", "Mark", "PagePlan", "PageSpec", "build_pages", "plan_pages"]
