"""The pages of a tree printout, decided before anything is drawn.

`plan_pages` is cheap enough for the export dialog (page count, grid preview)
and is exactly what `export_pdf` then draws: every card's place on every page
is in `Page.placements`, so tests and the dialog check the geometry without
reading the PDF back. The kinds of page are in `page_types`.

In order: what is printed (filters, sections, contributors from other
branches), the printed cards, the tree pages in the chosen mode, the
appendices, the table of contents and the OPD index; then the pages are
numbered and every "hal. N" is resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model.plan import Plan

from . import appendix
from .book import Chapter, booklet_pages, depth_cut
from .contents import Contents
from .drawing import Drawing
from .fit import fit_page
from .forest import Forest, Section, label, opd_sections, resolve_opd, sasaran_sections, select
from .page_types import (
    BookletPage,
    EmptyPage,
    FitPage,
    Page,
    SignaturePage,
    TilePage,
)
from .paper import OptionError, PdfOptions, frame_for
from .paper_notes import card_notes, contributions, repeats_marked, with_references
from .print_card import PaperCards, real_key, wrap_words
from .tile_pages import map_tiles, tile_marks, tile_section

TAIL = 15.0  # room under a card whose branch continues on another page (drawing units)
NOTE_MIN = 5.5  # the smallest "lanjut ke hal. N" printed under a card of an overview (points)
NOTE_ESTIMATE = "↓ hal.\u00a08888–8888"  # a typical short note, to size its room


@dataclass
class PagePlan:
    """All pages and what they draw from (shared with the renderer)."""

    pages: list[Page]
    drawings: list[Drawing]
    forest: Forest
    tables: appendix.Tables | None = None
    cards: PaperCards | None = None
    contents: Contents | None = None
    page_of: dict[str, int] = field(default_factory=dict)  # node -> page of its card
    sections: list[Section] = field(default_factory=list)


class _Tailed:
    """Cards of an overview that stops at a level: cut cards get room for their note."""

    def __init__(self, cards: PaperCards, cut: frozenset[str], tail: float = TAIL) -> None:
        self.cards = cards
        self.cut = cut
        self.tail = tail
        self.style = cards.style

    def size(self, key: str) -> tuple[float, float]:
        w, h = self.cards.size(key)
        return (w, h + self.tail) if key in self.cut else (w, h)

    def get(self, key: str):
        return self.cards.get(key)

    def paper(self, key: str):
        return self.cards.paper(key)

    def fill(self, keys) -> None:
        self.cards.fill(keys)


def plan_pages(plan: Plan, options: PdfOptions, cards: PaperCards | None = None) -> list[Page]:
    """Every page the export would write, with card placements and marks."""
    return build_pages(plan, options, cards).pages


def _sections(plan: Plan, forest: Forest, options: PdfOptions, opd: str | None) -> list[Section]:
    by = options.sections
    if by == "sasaran":
        return sasaran_sections(plan, forest)
    if by == "opd":
        return opd_sections(plan, forest)
    crumbs: tuple[str, ...] = ()
    title = "Seluruh pohon kinerja"
    if options.root is not None:
        crumbs = tuple(label(plan, a) for a in reversed(plan.ancestors(options.root)))
        title = "Cabang: " + label(plan, options.root)
    if opd:
        title = f"Perangkat Daerah: {opd}" + (" · " + title if options.root else "")
    return [Section(title, crumbs, forest, [])]


def _truncated(forest: Forest, cut: frozenset[str]) -> Forest:
    """The forest down to the cut cards (their children not drawn)."""
    keys = Forest(forest.roots, {k: ([] if k in cut else v) for k, v in forest.kids.items()})
    return Forest(forest.roots, {k: keys.kids[k] for k in keys.keys()})


def build_pages(plan: Plan, options: PdfOptions, cards: PaperCards | None = None) -> PagePlan:
    options.check()
    if options.depth is not None and options.depth > len(plan.scheme):
        raise OptionError(f"Batas level (--depth) paling banyak {len(plan.scheme)}: skema level "
                          f"rencana ini punya {len(plan.scheme)} level.")
    opd = resolve_opd(plan, options.opd) if options.opd else None
    forest = select(plan, options.root, opd)
    sections = [s for s in _sections(plan, forest, options, opd) if s.forest.roots]
    # A printout of part of the plan shows the contributors from other branches too.
    if options.root is not None or opd or options.sections:
        _, back = contributions(plan)
        for s in sections:
            s.forest = with_references(plan, s.forest, back)
    repeats_marked(sections)
    printed: set[str] = set()
    for s in sections:
        printed.update(s.forest.kids)
    findings = None
    if options.findings:
        from app.model.checks import check_plan

        findings = check_plan(plan)
    notes = card_notes(plan, printed, findings)
    if cards is None or not isinstance(cards, PaperCards) or cards.notes != notes \
            or cards.style != options.style:
        cards = PaperCards(plan, options.style, notes)

    pages: list[Page] = []
    drawings: list[Drawing] = []
    layout = options.layout
    if layout == "tile":
        for i, section in enumerate(sections):
            frame = frame_for(options, breadcrumb=bool(section.breadcrumb))
            drawing, tiles = tile_section(section, cards, options, frame)
            drawings.append(drawing)
            for t in tiles:
                t.chapter = i
            pages.extend(tiles)
    elif layout == "fit":
        frame = frame_for(options, breadcrumb=True)
        for i, section in enumerate(sections):
            cut = depth_cut(plan, section.forest, options.depth)
            shown = _truncated(section.forest, cut) if cut else section.forest
            frame = frame_for(options, breadcrumb=bool(section.breadcrumb))
            spec = fit_page(shown, _Tailed(cards, cut) if cut else cards, options, section,
                            frame, section.title)
            lines = 1
            if cut and TAIL * spec.scale < NOTE_MIN + 2:
                # A small overview: room under each cut card for a note still readable there,
                # on as many lines as a card that narrow needs ("↓ hal. 12–14" at NOTE_MIN).
                est = spec.scale * 0.9
                lines = min(3, len(wrap_words(NOTE_ESTIMATE, options.style.width * est,
                                              NOTE_MIN, True)))
                tail = (lines * (NOTE_MIN + 1.5) + 2) / est
                spec = fit_page(shown, _Tailed(cards, cut, tail), options, section, frame,
                                section.title)
            spec.cut = cut
            spec.note_lines = lines
            spec.chapter = i
            drawings.append(spec.drawing)
            pages.append(spec)
            below = [k for k in shown.keys() if k in cut and section.forest.kids.get(k)]
            if below:
                chapter = Chapter(section, section.forest, families=below)
                pages.extend(booklet_pages([chapter], plan, cards, options, frame, i))
    else:
        frame = frame_for(options, breadcrumb=True)
        chapters = [Chapter(s, s.forest, depth_cut(plan, s.forest, options.depth))
                    for s in sections]
        pages.extend(booklet_pages(chapters, plan, cards, options, frame))

    tables = (appendix.Tables(plan, options, {real_key(k) for k in printed}, findings)
              if (options.findings or options.crosscut) else None)
    appendix_pages: list[Page] = []
    if tables is not None:
        appendix_pages.extend(tables.pages(frame_for(options)))
    if options.signature is not None:
        appendix_pages.append(SignaturePage(title="Lembar Pengesahan", frame=frame_for(options)))

    contents = None
    wants = options.contents if options.contents is not None else (
        layout == "booklet" or (layout == "fit" and len(sections) > 1))
    if wants and len(pages) >= 3:
        contents = Contents(plan, sections, frame_for(options))
        front, index = contents.pages(pages, appendix_pages)
        pages = [*front, *pages, *index, *appendix_pages]
    else:
        pages.extend(appendix_pages)
    if not pages:
        pages.append(EmptyPage(title="Tidak ada simpul untuk dicetak", frame=frame_for(options)))

    page_of = _number(pages)
    map_tiles(pages)
    tile_marks(pages)
    _continuations(pages, page_of, sections)
    if contents is not None:
        contents.resolve(pages, page_of)
    return PagePlan(pages, drawings, forest, tables, cards, contents, page_of, sections)


def _number(pages: list[Page]) -> dict[str, int]:
    """Number the pages; the page of every printed card (a reference card's too, when its
    node is printed nowhere else)."""
    page_of: dict[str, int] = {}
    refs: dict[str, int] = {}
    for i, p in enumerate(pages, 1):
        p.number = i
        for key in p.placements:
            real = real_key(key)
            if real != key:
                refs.setdefault(real, i)
            else:
                page_of.setdefault(key, i)
        if isinstance(p, TilePage):
            for key in p.placements:
                p.drawing.page_of[key] = i
    for real, i in refs.items():
        page_of.setdefault(real, i)
    return page_of


def _continuations(pages: list[Page], page_of: dict[str, int], sections: list[Section]) -> None:
    """Where each cut card's children are, and where each continued family's parent is."""
    kids: dict[str, list[str]] = {}
    for s in sections:
        kids.update(s.forest.kids)
    placed_on: dict[str, int] = {}
    for p in pages:
        if isinstance(p, (BookletPage, FitPage)):
            for key in p.placements:
                placed_on.setdefault(key, p.number)
    for p in pages:
        if isinstance(p, BookletPage):
            for key in p.units.tails:
                p.continues[key] = sorted({placed_on[c] for c in kids.get(key, ())
                                           if c in placed_on})
            for parent, _box in p.units.labels:
                if parent in placed_on:
                    p.parent_page[parent] = placed_on[parent]
        elif isinstance(p, FitPage):
            for key in p.cut:
                if key in p.placements:
                    p.continues[key] = sorted({placed_on[c] for c in kids.get(key, ())
                                               if c in placed_on})

__all__ = ["PagePlan", "build_pages", "plan_pages"]
