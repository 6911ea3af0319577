"""The booklet, the default printout: branches packed onto as few pages as stay readable.

`app.geometry.booklet` decides what goes on which page in drawing units; here
the print scale is chosen (one for the whole document, so that a card looks
the same on every page: the largest of 100, 90, 80 and 70 % that costs at
most 5 % more pages than the smallest), and each page is turned into a
`BookletPage` in page points, with the breadcrumb of the branch it starts in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.geometry.booklet import Booklet, BookletParams, PlacedPage
from app.geometry.fontmetrics import ellipsize, line_height
from app.geometry.layout import Box
from app.model.plan import Plan

from .forest import Forest, Section, label
from .page_types import BookletPage
from .paper import Frame, PdfOptions
from .print_card import PLACEHOLDER, PaperCards, real_key, short_name, wrap_words

SCALES = (1.0, 0.9, 0.8, 0.7)
MIN_SCALE = SCALES[-1]
SCALE_SLACK = 1.05  # a larger scale is worth up to 5 % more pages
ESTIMATE_FROM = 12  # pages at the smallest scale from which larger scales are estimated first
ESTIMATE_MARGIN = 1.2  # how far off that estimate may be
LABEL_SIZE = 9.5
LABEL_PAD = 3.0
LABEL_LINES = 2


def label_text(plan: Plan, parent: str) -> str:
    """The label over a family whose parent is on another page."""
    node = plan.nodes[real_key(parent)]
    statement = " ".join(node.statement.split())
    return (f"↑ lanjutan dari hal.\u00a0{PLACEHOLDER}: {short_name(plan, parent)}"
            + (f" · {statement}" if node.code else ""))


def label_lines(plan: Plan, parent: str, width: float) -> list[str]:
    """The label's lines for a fragment `width` wide (at most two; the statement shortened)."""
    lines = wrap_words(label_text(plan, parent), width - 2 * LABEL_PAD, LABEL_SIZE, True)
    return ellipsize(lines, LABEL_LINES, width - 2 * LABEL_PAD, LABEL_SIZE, True)


def label_height_for(plan: Plan) -> Callable[[str, float], float]:
    pitch = line_height(LABEL_SIZE)

    def height(parent: str, width: float) -> float:
        n = LABEL_LINES if not parent else len(label_lines(plan, parent, width))
        return n * pitch + 2 * LABEL_PAD

    return height


@dataclass
class Chapter:
    """A part of the booklet that starts on a new page: the whole tree, or one section.

    `cut_below` stops the tree at a level (--depth): those cards' families follow.
    `families` instead sets only the families under these cards (their cards are on
    an overview page printed before).
    """

    section: Section
    forest: Forest
    cut_below: frozenset[str] = frozenset()
    families: list[str] | None = None
    placed: list[PlacedPage] = field(default_factory=list)


def params_for(options: PdfOptions, frame: Frame, scale: float) -> BookletParams:
    _, _, cw, ch = frame.content
    return BookletParams(cw / scale, ch / scale, stack_leaves=options.stack_leaves)


def typeset(chapter: Chapter, plan: Plan, cards: PaperCards, params: BookletParams
            ) -> list[PlacedPage]:
    forest = chapter.forest
    booklet = Booklet(forest.roots, forest.kids, cards.size, params, label_height_for(plan),
                      chapter.cut_below)
    if chapter.families is not None:
        return booklet.typeset_families(chapter.families)
    return booklet.typeset()


def choose_scale(chapters: list[Chapter], plan: Plan, cards: PaperCards, options: PdfOptions,
                 frame: Frame) -> float:
    """The largest scale whose page count is within `SCALE_SLACK` of the smallest count.

    The smallest scale is set first. A larger one needs about (s / 0.7)² as many
    pages, so on a long printout a scale that cannot come within the slack is not set
    at all; a short one (where a page's emptiness decides) tries every scale.
    """
    counts: dict[float, int] = {}
    placed: dict[float, list[list[PlacedPage]]] = {}
    for s in reversed(SCALES):
        if counts:
            fewest = min(counts.values())
            guess = fewest * (s / MIN_SCALE) ** 2
            if fewest >= ESTIMATE_FROM and guess > fewest * SCALE_SLACK * ESTIMATE_MARGIN:
                continue
        params = params_for(options, frame, s)
        placed[s] = [typeset(c, plan, cards, params) for c in chapters]
        counts[s] = sum(len(p) for p in placed[s])
    fewest = min(counts.values())
    best = max(s for s in counts if counts[s] <= fewest * SCALE_SLACK + 1e-9)
    for c, pages in zip(chapters, placed[best], strict=True):
        c.placed = pages
    return best


def booklet_pages(chapters: list[Chapter], plan: Plan, cards: PaperCards, options: PdfOptions,
                  frame: Frame, chapter_base: int = 0) -> list[BookletPage]:
    """Every chapter typeset at the chosen scale, as pages in page points."""
    if not chapters:
        return []
    scale = choose_scale(chapters, plan, cards, options, frame)
    out: list[BookletPage] = []
    for i, chapter in enumerate(chapters):
        for placed in chapter.placed:
            out.append(to_page(placed, chapter, plan, frame, scale, chapter_base + i))
    return out


def to_page(placed: PlacedPage, chapter: Chapter, plan: Plan, frame: Frame, scale: float,
            number: int) -> BookletPage:
    """Drawing units to page points: the packed drawing centred across the page, at the top."""
    cx, cy, cw, ch = frame.content
    s = scale
    if placed.oversize:
        s = min(scale, cw / max(placed.width, 1.0), ch / max(placed.height, 1.0))
    ox = cx + max(0.0, (cw - placed.width * s) / 2)
    oy = cy

    section = chapter.section
    first = placed.fragments[0]
    crumbs = section.breadcrumb
    if first.parent is not None:
        chain = [real_key(first.parent), *plan.ancestors(real_key(first.parent))]
        crumbs = tuple(label(plan, a) for a in reversed(chain))
    return BookletPage(
        title=section.title, frame=frame, section=section.title, breadcrumb=crumbs, scale=s,
        window=(0.0, 0.0, placed.width, placed.height), origin=(ox, oy), units=placed,
        placements={k: Box(ox + b.x * s, oy + b.y * s, b.w * s, b.h * s)
                    for k, b in placed.boxes.items()},
        oversize=placed.oversize, chapter=number)


def depth_cut(plan: Plan, forest: Forest, depth: int | None) -> frozenset[str]:
    """Cards at level `depth` (1 = the scheme's top level) or lower that are reached first:
    the overview stops there and their families follow."""
    if not depth:
        return frozenset()
    names = plan.scheme
    out: set[str] = set()
    stack = list(forest.roots)
    while stack:
        k = stack.pop()
        node = plan.nodes.get(real_key(k))
        level = names.index(node.level) if node is not None else -1
        if level >= depth - 1:
            out.add(k)
            continue
        stack.extend(forest.kids.get(k, []))
    return frozenset(out)


__all__ = ["LABEL_PAD", "LABEL_SIZE", "MIN_SCALE", "SCALES", "Chapter", "booklet_pages",
           "choose_scale", "depth_cut", "label_lines", "label_text", "to_page"]
