"""The pohon kinerja as a PDF: fit on one page, tiled at 100 %, or one section per Sasaran/OPD.

Vector drawing with real, searchable text in embedded DejaVu Sans; the cards
are the editor's cards (`app.geometry.card`), placed by the editor's layout. The
pages are decided first (`plan_pages`, cheap, for the export dialog), then
drawn one by one into a temporary file that replaces the target only when
complete, so a failed export never leaves half a PDF under the real name.
"""

from __future__ import annotations

import os
import tempfile
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from app.geometry.card import CardCache
from app.model.plan import Plan

from .draw_page import legend_notes
from .draw_tree import shared_nodes
from .page_types import (
    TREE_PAGES,
    FindingsPage,
    IndexPage,
    MapPage,
    MatrixPage,
    Page,
    SignaturePage,
)
from .pages import PagePlan, build_pages, plan_pages
from .painter import Painter, register_fonts
from .paper import OptionError, PdfOptions, Signature
from .print_card import is_ref
from .render import Context, draw_page
from .report_fonts import FONT

__all__ = ["OptionError", "PdfOptions", "PdfResult", "Signature", "export_pdf", "plan_pages"]

Progress = Callable[[int, int], None]


class _QuickDeflate(pdfdoc.PDFStreamFilterZCompress):
    """Page streams deflated at level 3 instead of 6: a 400-page booklet's text takes a
    third of the time to compress, for a file about a quarter larger."""

    def encode(self, text):  # type: ignore[no-untyped-def]
        if isinstance(text, str):
            text = text.encode("utf8")
        return zlib.compress(text, 3)


_QUICK_DEFLATE = _QuickDeflate()


class _Link(pdfdoc.LinkAnnotation):
    """A link rectangle to a page, written straight as PDF: a booklet has thousands, and
    reportlab's general annotation dictionary takes half the time of saving the file."""

    def format(self, document):  # type: ignore[no-untyped-def]
        x0, y0, x1, y1 = self.Rect
        dest = self.Destination.format(document)
        return (b"<< /Border [ 0 0 0 ] /Contents () /Dest %s /Rect [ %.2f %.2f %.2f %.2f ] "
                b"/Subtype /Link /Type /Annot >>" % (dest, x0, y0, x1, y1))


def _link(canvas: Canvas, rect: tuple[float, float, float, float], dest: str) -> None:
    """`canvas.linkAbsolute` without a border, made as a `_Link`."""
    canvas._addAnnotation(_Link(Rect=rect, Contents="",
                                Destination=canvas._bookmarkReference(dest)))


@dataclass
class PdfResult:
    """What was written: the page count, the cards drawn, and how long it took."""

    path: Path
    pages: int
    cards: int
    seconds: float
    specs: list[Page] = field(default_factory=list, repr=False)


def export_pdf(plan: Plan, path: str | os.PathLike[str], options: PdfOptions | None = None,
               progress: Progress | None = None, cards: CardCache | None = None) -> PdfResult:
    """Write the plan's tree to `path` as a PDF; `progress(done, total)` after each page.

    Raises OptionError (Indonesian message) for options that cannot be met,
    e.g. an unknown root key or OPD, before anything is written.
    """
    t0 = time.perf_counter()
    options = options or PdfOptions()
    layout = build_pages(plan, options, cards)
    pages = layout.pages
    total = len(pages)
    register_fonts()
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".pokin-", suffix=".pdf.part", dir=target.parent or ".")
    os.close(fd)
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary (deflated) streams: ASCII85 only makes the file and the wait longer
    deflate = pdfdoc.PDFZCompress
    pdfdoc.PDFZCompress = _QUICK_DEFLATE
    try:
        first = pages[0].frame
        # A real creation date (not reportlab's reproducible 2000-01-01), and DejaVu as the
        # canvas's initial font, so that no page lists an unembedded Helvetica.
        canvas = Canvas(tmp, pagesize=(first.width, first.height), pageCompression=1,
                        invariant=0, initialFontName=FONT, initialFontSize=10)
        canvas.setTitle(f"Pohon Kinerja — {plan.name}".strip(" —"))
        canvas.setAuthor(plan.government or "Pokin")
        canvas.setSubject("Pohon kinerja")
        canvas.setCreator("Pokin")
        p = Painter(canvas, first.height)
        printed = {k for spec in pages for k in spec.placements if not is_ref(k)}
        shared = shared_nodes(plan, printed)
        counts = _level_counts(plan, printed)
        assert layout.cards is not None
        ctx = Context(plan, options, layout.cards, shared, counts, layout.tables,
                      layout.contents, layout.page_of, total)
        ctx.legend = legend_notes(options.findings, bool(layout.cards.notes.budgets))
        outline = _outline(layout)
        dests: dict[int, list[str]] = {}
        for i, (_depth, _title, page) in enumerate(outline):
            dests.setdefault(page, []).append(f"o{i}")
        n_cards = 0
        for i, spec in enumerate(pages):
            if i:
                p.new_page(spec.frame.height)
            canvas.setPageSize((spec.frame.width, spec.frame.height))
            canvas.bookmarkPage(f"p{spec.number}")
            for name in dests.get(spec.number, ()):
                canvas.bookmarkPage(name)
            ctx.links.clear()
            draw_page(p, spec, ctx)
            h = spec.frame.height
            for x0, y0, x1, y1, target_page in ctx.links:
                _link(canvas, (x0, h - y1, x1, h - y0), f"p{target_page}")
            if isinstance(spec, TREE_PAGES):
                n_cards += len(spec.placements)
            if progress is not None:
                progress(i + 1, total)
        depth = -1
        for i, (level, title, _page) in enumerate(outline):
            depth = min(level, depth + 1)
            canvas.addOutlineEntry(title, f"o{i}", depth, closed=depth >= 1)
        if outline:
            canvas.showOutline()
        canvas.showPage()
        canvas.save()
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    finally:
        rl_config.useA85 = a85
        pdfdoc.PDFZCompress = deflate
    return PdfResult(target, total, n_cards, time.perf_counter() - t0, pages)


def _file_mode(target: Path) -> int:
    """The mode a plainly created file would get (mkstemp's temporary file is private)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _outline(layout: PagePlan) -> list[tuple[int, str, int]]:
    """(depth, title, page) of the PDF bookmarks: the contents' shape, or, without contents,
    the sections and the appendices."""
    if layout.contents is not None:
        return layout.contents.outline()
    out: list[tuple[int, str, int]] = []
    seen: set[tuple[str, int]] = set()
    titles = {MapPage: "Peta halaman", FindingsPage: "Daftar Temuan Pemeriksaan",
              MatrixPage: "Matriks Crosscutting", SignaturePage: "Lembar Pengesahan",
              IndexPage: "Indeks Perangkat Daerah"}
    for p in layout.pages:
        if isinstance(p, TREE_PAGES):
            key = (p.section or p.title, p.chapter)
            if key not in seen:
                seen.add(key)
                out.append((0, p.section or p.title, p.number))
        elif type(p) in titles and (titles[type(p)], -1) not in seen:
            seen.add((titles[type(p)], -1))
            out.append((0, titles[type(p)], p.number))
    return out


def _level_counts(plan: Plan, keys: set[str]) -> dict[str, int]:
    counts = dict.fromkeys(plan.scheme.names, 0)
    for k in keys:
        level = plan.scheme.canonical(plan.nodes[k].level) or plan.nodes[k].level
        counts[level] = counts.get(level, 0) + 1
    return {k: v for k, v in counts.items() if v}
