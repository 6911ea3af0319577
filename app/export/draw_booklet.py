"""A booklet page: its fragments' lines, labels, cards and continuation notes.

Drawn in drawing units under one transform (the page's scale), so card text
is exactly as the card was laid out. Every page number printed here is a link
to its page: "↓ lanjut ke hal. 12" under a cut card, "↑ lanjutan dari hal. 7"
in the label over a continued family, and the page numbers inside the cards.
"""

from __future__ import annotations

from app.geometry.fontmetrics import ellipsize, line_height, text_width
from app.model.plan import Plan

from .book import LABEL_PAD, LABEL_SIZE, label_lines
from .contents import ranges
from .draw_tree import EDGE, Pages, card_texts, draw_card_shape
from .links import lines_boxes, number_boxes
from .page_types import BookletPage, FitPage
from .painter import Painter
from .print_card import PLACEHOLDER, PaperCards, real_key, wrap_words

TAIL_SIZE = 8.5
NOTE_MIN = 5.5  # points: an overview's notes stay readable however small its cards
LABEL_FILL = "#E3E8EB"
LABEL_INK = "#263238"
MARK = "#B71C1C"


def continues_text(pages: list[int], here: int = 0) -> str:
    """"↓ lanjut ke hal. 12" or "↓ lanjut ke hal. 12–14, 20" ("di halaman ini" for `here`)."""
    if not pages:
        return "↓ lanjut di halaman lain"
    if pages == [here]:
        return "↓ lanjut di halaman ini"
    return "↓ lanjut ke hal. " + ", ".join(ranges(pages))


def draw_booklet(p: Painter, page: BookletPage, plan: Plan, cards: PaperCards,
                 shared: set[str], pages: Pages) -> None:
    u = page.units
    s = page.scale
    page_h = p.h
    outer = pages.link

    def link(x0: float, y0: float, x1: float, y1: float, n: int) -> None:
        if outer is not None:
            ax, ay = page.to_page(x0, y0)
            bx, by = page.to_page(x1, y1)
            outer(ax, ay, bx, by, n)

    inner = Pages(pages.page_of, link)
    p.save()
    p.transform(page.origin[0], page_h - page.origin[1], s)
    p.h = 0.0  # drawing units from here on: canvas y = -y
    try:
        if u.lines:
            p.stroke(EDGE, 1.1)
            p.lines(u.lines)
        for _parent, box in u.labels:
            p.rect(box.x, box.y, box.w, box.h, fill=LABEL_FILL, radius=3)
        papers = [(cards.paper(key), box, key) for key, box in u.boxes.items()]
        for paper, box, _ in papers:
            draw_card_shape(p, paper.card, box.x, box.y, True, paper)
        p.begin_text()
        for paper, box, key in papers:
            card_texts(p, paper.card, box.x, box.y, real_key(key) in shared, paper, inner)
        pitch = line_height(LABEL_SIZE)
        for parent, box in u.labels:
            number = page.parent_page.get(parent)
            y = box.y + LABEL_PAD + LABEL_SIZE * 0.93
            for ln in label_lines(plan, parent, box.w):
                if number == page.number:
                    text = ln.replace(f"hal. {PLACEHOLDER}", "hal. ini")
                else:
                    text = ln.replace(PLACEHOLDER, str(number) if number else "?")
                p.add_text(box.x + LABEL_PAD, y, text, LABEL_SIZE, True, LABEL_INK)
                for x0, y0, x1, y1, n in number_boxes(text, box.x + LABEL_PAD, y, LABEL_SIZE, True):
                    link(x0, y0, x1, y1, n)
                y += pitch
        for key, box in u.tails.items():
            pages_on = page.continues.get(key, [])
            text = continues_text(pages_on, page.number)
            if text_width(text, TAIL_SIZE, True) > box.w - 4:  # many pages: their span
                text = continues_text([pages_on[0], pages_on[-1]], page.number).replace(
                    ", ", "–")
            y = box.y + TAIL_SIZE + 2
            p.add_text(box.x + 2, y, text, TAIL_SIZE, True, MARK)
            for x0, y0, x1, y1, n in number_boxes(text, box.x + 2, y, TAIL_SIZE, True):
                link(x0, y0, x1, y1, n)
        p.end_text()
    finally:
        p.restore()
        p.h = page_h


def draw_fit_notes(p: Painter, page: FitPage, cards: PaperCards, link) -> None:
    """An overview stopped at a level: under each cut card, the page its branch goes on;
    shortened to "↓ hal. N" and wrapped when the card is narrow, never wider than it."""
    if not page.cut:
        return
    s = page.scale
    size = max(TAIL_SIZE * s, NOTE_MIN)
    seen: set[str] = set()
    for band in page.bands:
        for key, box in band.placements.items():
            if key not in page.cut or key in seen or key in band.repeats:
                continue
            seen.add(key)
            card_h = cards.size(key)[1] * s
            pages_on = page.continues.get(key, [])
            text = continues_text(pages_on, page.number)
            if text_width(text, size, True) > box.w and pages_on:
                text = "↓ hal. " + ", ".join(ranges(pages_on))
            lines = wrap_words(text, box.w, size, True)
            lines = ellipsize(lines, page.note_lines, box.w, size, True)
            x = box.x + 2 * s
            y = box.y + card_h + size + 1.5 * s
            placed = [(x, y + i * (size + 1.5), ln) for i, ln in enumerate(lines)]
            for lx, ly, ln in placed:
                p.text(lx, ly, ln, size, True, MARK)
            for x0, y0, x1, y1, n in lines_boxes(placed, size, True):
                link(x0, y0, x1, y1, n)
