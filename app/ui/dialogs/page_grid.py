"""The page-grid preview of the Ekspor PDF dialog: which sheet shows which part of the tree.

Before a planner sends 40 sheets of A3 to the office printer she wants to see
how the tree will be cut: the tree's outline (every card a tiny rectangle in
its level colour) with the pages drawn over it and numbered, as the page map
of the PDF does. Per-section printouts show a list of the sections and their
pages instead, and the grid of the section picked in that list.

`preview_data` turns the engine's page plan into plain numbers and colours; it
runs on the dialog's counting thread, so the widgets only paint.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.export.page_types import BookletPage, FitPage, MapPage, Page, TilePage

APPENDIX_TITLES = {
    "findings": "Lampiran: daftar temuan",
    "crosscut": "Lampiran: matriks crosscutting",
    "signature": "Lembar pengesahan",
    "map": "Peta halaman",
}


@dataclass
class Outline:
    """One drawing (the whole tree, or one section) and the pages cut from it."""

    title: str
    width: float
    height: float
    rects: list[tuple[float, float, float, float, str]]  # card x, y, w, h, strip colour
    pages: list[tuple[int, float, float, float, float]]  # page number, drawing x0, y0, x1, y1
    first_page: int = 0
    page_count: int = 0  # pages of this section, its page map included
    scale: float = 1.0  # smallest print scale among its pages (1.0 = readable, 100 %)
    crumbs: tuple[str, ...] = ()  # the section's ancestors, not drawn in it
    reduced: set[int] = field(default_factory=set)  # pages printed smaller than 100 %
    xs: list[float] = field(default_factory=list)  # rects' x, sorted (rects are sorted by x)
    widest: float = 0.0


@dataclass
class PreviewData:
    """What the preview shows: the page count, one outline per drawing, the other pages."""

    mode: str  # "booklet", "fit", "tile", or "section" when split into sections
    total: int
    outlines: list[Outline] = field(default_factory=list)
    layout: str = ""  # "booklet", "fit" or "tile"
    extras: list[tuple[str, int, int]] = field(default_factory=list)  # title, first page, count


THUMBS_PER_ROW = 6
THUMB_GAP = 0.08  # between page thumbnails, as a share of a page's width


def preview_data(pages: list[Page], mode: str, sectioned: bool = False,
                 colour: Callable[[str], str] | None = None) -> PreviewData:
    """Plain geometry and colours from `plan_pages`' result (cheap; no Qt, any thread).

    Tiles show the tree's outline with the sheets cut from it; a booklet or
    one-page printout shows its pages side by side as thumbnails, each with
    its cards. `mode` is the layout ("booklet", "fit", "tile"); with sections,
    the preview lists them ("section"). `colour(key)` is a card's strip colour.
    """
    data = PreviewData("section" if sectioned else mode, len(pages), layout=mode)
    if mode == "tile":
        _tile_outlines(pages, data)
    else:
        _thumbnails(pages, data, colour or (lambda _key: BOOKLET_COLOUR))
    for spec in pages:
        if isinstance(spec, (TilePage, FitPage, MapPage, BookletPage)):
            continue
        title = APPENDIX_TITLES.get(spec.kind, spec.title)
        if data.extras and data.extras[-1][0] == title:
            t, first, n = data.extras[-1]
            data.extras[-1] = (t, first, n + 1)
        else:
            data.extras.append((title, spec.number, 1))
    return data


def _tile_outlines(pages: list[Page], data: PreviewData) -> None:
    outlines: dict[int, Outline] = {}
    for spec in pages:
        if not isinstance(spec, (TilePage, MapPage)):
            continue
        d = spec.drawing
        out = outlines.get(id(d))
        if out is None:
            lay = d.layout
            rects = sorted((b.x, b.y, b.w, b.h, d.cards.get(k).colour)
                           for k, b in lay.boxes.items())
            out = Outline(spec.section or spec.title, lay.width, lay.height, rects, [],
                          first_page=spec.number, crumbs=spec.breadcrumb,
                          xs=[r[0] for r in rects],
                          widest=max((r[2] for r in rects), default=0.0))
            outlines[id(d)] = out
            data.outlines.append(out)
        out.page_count += 1
        if isinstance(spec, TilePage):
            x0, y0, x1, y1 = spec.window
            out.pages.append((spec.number, x0, y0, x1, y1))
            out.scale = min(out.scale, spec.scale)
            if spec.scale < 0.999:
                out.reduced.add(spec.number)


def _thumbnails(pages: list[Page], data: PreviewData, colour: Callable[[str], str]) -> None:
    """Each chapter's pages in rows of thumbnails: the page frame and its cards as blocks."""
    chapters: dict[int, list[Page]] = {}
    for spec in pages:
        if isinstance(spec, (FitPage, BookletPage)):
            chapters.setdefault(spec.chapter, []).append(spec)
    for group in chapters.values():
        first = group[0]
        cx, cy, cw, ch = first.frame.content
        gap = cw * THUMB_GAP
        rects = []
        frames = []
        for i, spec in enumerate(group):
            col, row = i % THUMBS_PER_ROW, i // THUMBS_PER_ROW
            x0, y0 = col * (cw + gap), row * (ch + gap)
            frames.append((spec.number, x0, y0, x0 + cw, y0 + ch))
            for key, b in spec.placements.items():
                rects.append((x0 + b.x - cx, y0 + b.y - cy, b.w, b.h, colour(key)))
        rects.sort()
        cols = min(len(group), THUMBS_PER_ROW)
        rows = (len(group) + THUMBS_PER_ROW - 1) // THUMBS_PER_ROW
        out = Outline(first.section or first.title, cols * (cw + gap) - gap,
                      rows * (ch + gap) - gap, rects, frames, first_page=first.number,
                      page_count=len(group), crumbs=first.breadcrumb,
                      scale=min(p.scale for p in group), xs=[r[0] for r in rects],
                      widest=max((r[2] for r in rects), default=0.0))
        out.reduced = {p.number for p in group
                       if isinstance(p, BookletPage) and p.oversize}
        data.outlines.append(out)


BOOKLET_COLOUR = "#546E7A"


def pages_text(first: int, count: int) -> str:
    """"hal. 3" or "hal. 3–7"."""
    if count <= 1:
        return f"hal. {first}"
    return f"hal. {first}–{first + count - 1}"


class PageGridView(QWidget):
    """One outline, scaled to the widget: cards as coloured blocks, pages as numbered frames.

    A wide tree makes a wide widget in a scroll area; only the exposed part is painted.
    """

    PAGE_PEN = QColor("#263238")
    NUMBER = QColor("#B71C1C")
    BACKGROUND = QColor("#ECEFF1")
    REDUCED = QColor("#E65100")  # a page printed smaller than 100 % (a row too tall or wide)
    MARGIN = 6.0
    READABLE_PX = 26.0  # a page frame this wide shows its number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline: Outline | None = None
        self.setMinimumSize(60, 60)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_outline(self, outline: Outline | None) -> None:
        self.outline = outline
        self.update()

    def extent(self) -> tuple[float, float, float, float]:
        """Drawing x0, y0, x1, y1 covering every card and every page."""
        o = self.outline
        assert o is not None
        return (min([0.0] + [p[1] for p in o.pages]), min([0.0] + [p[2] for p in o.pages]),
                max([o.width] + [p[3] for p in o.pages]), max([o.height] + [p[4] for p in o.pages]))

    def fit_to(self, width: int, height: int) -> None:
        """Size for a viewport: the whole outline when its page numbers can be read so; else
        larger (up to the viewport's height) and scrolled, since a wide tree makes a thin strip."""
        if self.outline is None or not self.outline.pages:
            self.resize(width, height)
            return
        x_lo, y_lo, x_hi, y_hi = self.extent()
        w, h = max(x_hi - x_lo, 1.0), max(y_hi - y_lo, 1.0)
        m = 2 * self.MARGIN
        fit = min((width - m) / w, (height - m) / h)
        narrowest = min(p[3] - p[1] for p in self.outline.pages)
        readable = self.READABLE_PX / max(narrowest, 1.0)
        s = max(fit, min(readable, (height - m) / h))
        self.resize(max(width, int(w * s + m)), height)

    def _transform(self) -> tuple[float, float, float]:
        """(scale, x offset, y offset) that fits the outline in the widget with a margin."""
        x_lo, y_lo, x_hi, y_hi = self.extent()
        m = self.MARGIN
        s = min((self.width() - 2 * m) / max(x_hi - x_lo, 1.0),
                (self.height() - 2 * m) / max(y_hi - y_lo, 1.0))
        ox = m + (self.width() - 2 * m - (x_hi - x_lo) * s) / 2 - x_lo * s
        oy = m + (self.height() - 2 * m - (y_hi - y_lo) * s) / 2 - y_lo * s
        return s, ox, oy

    def paintEvent(self, event: QPaintEvent) -> None:
        """Only the exposed strip: a scrolled 5,000-card grid repaints a few hundred cards."""
        p = QPainter(self)
        exposed = event.rect()
        p.fillRect(exposed, self.BACKGROUND)
        o = self.outline
        if o is None or not o.rects:
            p.end()
            return
        s, ox, oy = self._transform()
        lo = (exposed.left() - 1 - ox) / s
        hi = (exposed.right() + 1 - ox) / s
        # rects are sorted by x; no card is wider than the widest, so this finds the exposed ones.
        first = bisect_left(o.xs, lo - o.widest)
        last = bisect_right(o.xs, hi)
        brushes: dict[str, QColor] = {}
        for x, y, w, h, colour in o.rects[first:last]:
            if x + w < lo:
                continue
            c = brushes.get(colour)
            if c is None:
                c = brushes[colour] = QColor(colour)
            p.fillRect(QRectF(ox + x * s, oy + y * s, max(w * s, 0.8), max(h * s, 0.8)), c)
        if o.pages:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            plain = QPen(self.PAGE_PEN, 1.0)
            p.setBrush(Qt.BrushStyle.NoBrush)
            frames = [(n, QRectF(ox + x0 * s, oy + y0 * s, (x1 - x0) * s, (y1 - y0) * s))
                      for n, x0, y0, x1, y1 in o.pages if x1 >= lo and x0 <= hi]
            reduced = QPen(self.REDUCED, 1.6, Qt.PenStyle.DashLine)
            for n, r in frames:
                p.setPen(reduced if n in o.reduced else plain)
                p.drawRect(r)
            # Numbers only where they can be read; a dense grid still shows its frames.
            font = QFont(self.font())
            font.setBold(True)
            p.setPen(self.NUMBER)
            for n, r in frames:
                size = min(r.width() / 2.6, r.height() / 1.8, 16.0)
                if size < 6.5 or len(o.pages) == 1:
                    continue
                font.setPointSizeF(size)
                p.setFont(font)
                p.drawText(r, Qt.AlignmentFlag.AlignCenter, str(n))
        p.end()


class PagePreview(QWidget):
    """The dialog's preview pane: a summary line, the sections (section mode), the page grid."""

    section_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: PreviewData | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("preview_summary")
        self.summary.setWordWrap(True)
        self.sections = QTreeWidget(self)
        self.sections.setObjectName("sections")
        self.sections.setColumnCount(2)
        self.sections.setHeaderLabels([self.tr("Bagian"), self.tr("Halaman")])
        self.sections.setRootIsDecorated(False)
        self.sections.setUniformRowHeights(True)
        self.sections.currentItemChanged.connect(self._picked)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(False)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = PageGridView()
        self.grid.setObjectName("page_grid")
        self.grid.setToolTip(self.tr(
            "Kotak bernomor: halaman PDF. Garis putus-putus jingga: halaman yang dicetak "
            "diperkecil karena satu baris kartu lebih tinggi atau lebar dari kertas."))
        self.scroll.setWidget(self.grid)
        self.scroll.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.sections, 2)
        layout.addWidget(self.scroll, 3)
        self.sections.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_grid()
        return super().eventFilter(watched, event)

    def _fit_grid(self) -> None:
        bar = self.scroll.horizontalScrollBar().sizeHint().height()
        vp = self.scroll.viewport().size()
        # Leave room for the scroll bar that a wide grid brings, so the height never jumps.
        self.grid.fit_to(vp.width(), max(vp.height() - (0 if self.scroll.horizontalScrollBar()
                                                        .isVisible() else bar), 60))

    def _show_outline(self, outline: Outline | None) -> None:
        self.grid.set_outline(outline)
        self._fit_grid()

    def set_busy(self, text: str) -> None:
        self.summary.setText(text)

    def set_data(self, data: PreviewData | None, message: str = "") -> None:
        """Show a new page plan (None with a message: the options cannot be printed)."""
        self.data = data
        self.sections.blockSignals(True)
        self.sections.clear()
        self.sections.blockSignals(False)
        if data is None:
            self.summary.setText(message)
            self.sections.hide()
            self._show_outline(None)
            return
        self.summary.setText(self._summary(data))
        if data.mode == "section":
            self.sections.show()
            items = []
            titles = [o.title for o in data.outlines]
            for i, o in enumerate(data.outlines):
                title = o.title.removeprefix("Perangkat Daerah: ")
                if o.crumbs and titles.count(o.title) > 1:  # an OPD in several branches
                    title += self.tr(" — di bawah {c}").format(c=o.crumbs[-1])
                item = QTreeWidgetItem([title, pages_text(o.first_page, o.page_count)])
                item.setData(0, Qt.ItemDataRole.UserRole, i)
                item.setToolTip(0, "  ›  ".join((*o.crumbs, o.title)))
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                items.append(item)
            for title, first, n in data.extras:
                item = QTreeWidgetItem([title, pages_text(first, n)])
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                items.append(item)
            self.sections.addTopLevelItems(items)
            self.sections.resizeColumnToContents(1)
            self.sections.header().setStretchLastSection(False)
            self.sections.header().setSectionResizeMode(0, self.sections.header().ResizeMode.Stretch)
            if items:
                self.sections.setCurrentItem(items[0])
        else:
            self.sections.hide()
            self._show_outline(data.outlines[0] if data.outlines else None)

    def _picked(self, item: QTreeWidgetItem | None, _old: QTreeWidgetItem | None) -> None:
        if item is None or self.data is None:
            return
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is None:
            return
        self._show_outline(self.data.outlines[int(index)])
        self.section_picked.emit(int(index))

    def _summary(self, data: PreviewData) -> str:
        tree = sum(o.page_count for o in data.outlines)
        parts = [self.tr("{n} halaman").format(n=data.total)]
        if data.mode == "section":
            parts.append(self.tr("{n} bagian").format(n=len(data.outlines)))
        elif data.mode == "tile" and data.outlines:
            o = data.outlines[0]
            bands = len({round(y0, 1) for _n, _x0, y0, _x1, _y1 in o.pages})
            parts.append(self.tr("pohon {n} lembar dalam {b} baris").format(n=len(o.pages), b=bands))
        if tree < data.total:
            parts.append(self.tr("{n} halaman daftar isi, indeks dan lampiran").format(
                n=data.total - tree))
        scale = min((o.scale for o in data.outlines), default=1.0)
        if data.layout == "booklet" and not any(o.reduced for o in data.outlines):
            parts.append(self.tr("kartu dicetak {p} %").format(p=round(scale * 100)))
        elif scale < 0.999:
            note = self.tr("sebagian dicetak diperkecil ({p} %)") if data.layout != "fit" \
                else self.tr("diperkecil ke {p} %")
            parts.append(note.format(p=round(scale * 100)))
        return " · ".join(parts)
