"""Drawing any planned page: one table from page type to the function that paints it.

`export_pdf` walks the pages and calls `draw_page`; each kind of page has
exactly one drawing function here, and every page gets the same frame
(header band, footer with "hal. x dari y") after its body. Page numbers that
are drawn become links through `Context.link`, collected per page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.model.plan import Plan

from .appendix import Tables
from .contents import Contents
from .draw_appendix import draw_findings, draw_matrix, draw_signature
from .draw_booklet import draw_booklet, draw_fit_notes
from .draw_contents import draw_contents, draw_index
from .draw_page import (
    draw_bands,
    draw_cut_marks,
    draw_footer,
    draw_header,
    draw_marks,
    draw_page_map,
)
from .draw_tree import Pages, draw_tree_page
from .page_types import (
    BookletPage,
    ContentsPage,
    EmptyPage,
    FindingsPage,
    FitPage,
    IndexPage,
    MapPage,
    MatrixPage,
    OnDrawing,
    Page,
    SignaturePage,
    TilePage,
)
from .painter import Painter
from .paper import PdfOptions
from .print_card import PaperCards


@dataclass
class Context:
    """What every page's drawing may need besides the page itself."""

    plan: Plan
    options: PdfOptions
    cards: PaperCards
    shared: set[str]  # nodes with the crosscutting mark
    counts: dict[str, int]  # printed nodes per level (pengesahan)
    tables: Tables | None
    contents: Contents | None
    page_of: dict[str, int]  # node -> page of its card
    total: int  # pages in the document
    links: list[tuple[float, float, float, float, int]] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)  # footer notes (badges, pagu sums)

    def link(self, x0: float, y0: float, x1: float, y1: float, page: int) -> None:
        """A clickable rectangle (page points, top-left origin) to `page` on the current page."""
        if 1 <= page <= self.total:
            self.links.append((x0, y0, x1, y1, page))

    def drawing_links(self, view: OnDrawing) -> Pages:
        """Page numbers for cards drawn in `view`'s drawing units, links turned to page points."""

        def link(x0: float, y0: float, x1: float, y1: float, n: int) -> None:
            ax, ay = view.to_page(x0, y0)
            bx, by = view.to_page(x1, y1)
            self.link(ax, ay, bx, by, n)

        return Pages(self.page_of, link)


def _tile(p: Painter, page: TilePage, ctx: Context) -> None:
    draw_tree_page(p, page, ctx.plan, ctx.shared, ctx.drawing_links(page))
    draw_marks(p, page, ctx.link)
    draw_cut_marks(p, page, ctx.options.overlap_mm)


def _fit(p: Painter, page: FitPage, ctx: Context) -> None:
    for band in page.bands:
        draw_tree_page(p, band, ctx.plan, ctx.shared, ctx.drawing_links(band))
    draw_bands(p, page)
    draw_fit_notes(p, page, ctx.cards, ctx.link)


def _booklet(p: Painter, page: BookletPage, ctx: Context) -> None:
    draw_booklet(p, page, ctx.plan, ctx.cards, ctx.shared, Pages(ctx.page_of, ctx.link))


def _map(p: Painter, page: MapPage, ctx: Context) -> None:
    draw_page_map(p, page, ctx.plan)


def _findings(p: Painter, page: FindingsPage, ctx: Context) -> None:
    assert ctx.tables is not None
    draw_findings(p, page, ctx.tables, ctx.page_of, ctx.link)


def _matrix(p: Painter, page: MatrixPage, ctx: Context) -> None:
    assert ctx.tables is not None
    draw_matrix(p, page, ctx.tables)


def _signature(p: Painter, page: SignaturePage, ctx: Context) -> None:
    draw_signature(p, page, ctx.plan, ctx.options, ctx.counts)


def _contents(p: Painter, page: ContentsPage, ctx: Context) -> None:
    assert ctx.contents is not None
    draw_contents(p, page, ctx.contents, ctx.link)


def _index(p: Painter, page: IndexPage, ctx: Context) -> None:
    assert ctx.contents is not None
    draw_index(p, page, ctx.contents, ctx.link)


def _empty(p: Painter, page: EmptyPage, ctx: Context) -> None:
    """Nothing but the frame: its title says there was nothing to print."""


DRAW: dict[type[Page], Callable[[Painter, Page, Context], None]] = {
    TilePage: _tile,  # type: ignore[dict-item]
    FitPage: _fit,  # type: ignore[dict-item]
    BookletPage: _booklet,  # type: ignore[dict-item]
    MapPage: _map,  # type: ignore[dict-item]
    FindingsPage: _findings,  # type: ignore[dict-item]
    MatrixPage: _matrix,  # type: ignore[dict-item]
    SignaturePage: _signature,  # type: ignore[dict-item]
    ContentsPage: _contents,  # type: ignore[dict-item]
    IndexPage: _index,  # type: ignore[dict-item]
    EmptyPage: _empty,  # type: ignore[dict-item]
}


def draw_page(p: Painter, page: Page, ctx: Context) -> None:
    """The page's body by its type, then its frame."""
    DRAW[type(page)](p, page, ctx)
    draw_header(p, page, ctx.plan, ctx.options)
    draw_footer(p, page, ctx.plan, ctx.total, ctx.legend)
