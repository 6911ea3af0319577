"""Drawing any planned page: one table from page type to the function that paints it.

`export_pdf` walks the pages and calls `draw_page`; each kind of page has
exactly one drawing function here, and every page gets the same frame
(header band, footer with "hal. x dari y") after its body.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.model.plan import Plan

from .appendix import Tables
from .draw_appendix import draw_findings, draw_matrix, draw_signature
from .draw_page import (
    draw_bands,
    draw_cut_marks,
    draw_footer,
    draw_header,
    draw_marks,
    draw_page_map,
)
from .draw_tree import draw_tree_page
from .page_types import (
    EmptyPage,
    FindingsPage,
    FitPage,
    MapPage,
    MatrixPage,
    Page,
    SignaturePage,
    TilePage,
)
from .painter import Painter
from .paper import PdfOptions


@dataclass
class Context:
    """What every page's drawing may need besides the page itself."""

    plan: Plan
    options: PdfOptions
    shared: set[str]  # nodes with the crosscutting mark
    counts: dict[str, int]  # printed nodes per level (pengesahan)
    tables: Tables | None
    total: int  # pages in the document


def _tile(p: Painter, page: TilePage, ctx: Context) -> None:
    draw_tree_page(p, page, ctx.plan, ctx.shared)
    draw_marks(p, page)
    draw_cut_marks(p, page, ctx.options.overlap_mm)


def _fit(p: Painter, page: FitPage, ctx: Context) -> None:
    for band in page.bands:
        draw_tree_page(p, band, ctx.plan, ctx.shared)
    draw_bands(p, page)


def _map(p: Painter, page: MapPage, ctx: Context) -> None:
    draw_page_map(p, page, ctx.plan)


def _findings(p: Painter, page: FindingsPage, ctx: Context) -> None:
    assert ctx.tables is not None
    draw_findings(p, page, ctx.tables)


def _matrix(p: Painter, page: MatrixPage, ctx: Context) -> None:
    assert ctx.tables is not None
    draw_matrix(p, page, ctx.tables)


def _signature(p: Painter, page: SignaturePage, ctx: Context) -> None:
    draw_signature(p, page, ctx.plan, ctx.options, ctx.counts)


def _empty(p: Painter, page: EmptyPage, ctx: Context) -> None:
    """Nothing but the frame: its title says there was nothing to print."""


DRAW: dict[type[Page], Callable[[Painter, Page, Context], None]] = {
    TilePage: _tile,  # type: ignore[dict-item]
    FitPage: _fit,  # type: ignore[dict-item]
    MapPage: _map,  # type: ignore[dict-item]
    FindingsPage: _findings,  # type: ignore[dict-item]
    MatrixPage: _matrix,  # type: ignore[dict-item]
    SignaturePage: _signature,  # type: ignore[dict-item]
    EmptyPage: _empty,  # type: ignore[dict-item]
}


def draw_page(p: Painter, page: Page, ctx: Context) -> None:
    """The page's body by its type, then its frame."""
    DRAW[type(page)](p, page, ctx)
    draw_header(p, page, ctx.plan, ctx.options)
    draw_footer(p, page, ctx.plan, ctx.total)
