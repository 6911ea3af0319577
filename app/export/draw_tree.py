"""Cards and edges of a tree page, drawn from the card texts and the layout.

Cards are drawn exactly as `card_text` laid them out (the same card as on
screen); main edges are orthogonal (down from the parent, across on the
family's line, down into each child); contributions to a further parent are
dashed curves so the tree still reads as a tree.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from app.geometry.card import TEXT_COLOURS, CardText, TextLine
from app.geometry.fontmetrics import text_width
from app.model.plan import Plan

from .drawing import STACK_BUS_RISE, Drawing
from .page_types import FitBand, TilePage
from .painter import Painter
from .print_card import PAPER_COLOURS, PLACEHOLDER, PaperCard, Ref, real_key

EDGE = "#607D8B"
FURTHER = "#8E24AA"
CARD_BORDER_W = 0.9
RULE = "#CFD8DC"
RADIUS = 4.0
CROSS_MARK = "⇄"
BADGE_SIZE = 7.5
BADGE_PAD = 2.5
# Text is drawn at every scale: even an overview too small to read stays searchable (a PDF
# viewer's find jumps to the card, and zooming in on vector text shows it).
TEXT_MIN_SCALE = 0.0
EPS = 0.01  # a card starting exactly on a cut line belongs to the next page


class Pages:
    """What a card needs at drawing time: the page of every printed node, and where links go.

    `link(x0, y0, x1, y1, page)` records a clickable "hal. N" in the coordinates the card is
    being drawn in; the page's drawer turns them into page points.
    """

    def __init__(self, page_of: dict[str, int], link: Callable[..., None] | None = None) -> None:
        self.page_of = page_of
        self.link = link


def badge_boxes(card: CardText, paper: PaperCard | None, shared: bool
                ) -> list[tuple[float, float, str, str]]:
    """(x, width, text, colour) of the strip's badges, right to left from the strip's end;
    the crosscutting mark (colour "") is the leftmost."""
    strip = card.lines[0]
    right = card.width - strip.x
    out = []
    size = BADGE_SIZE
    for text, colour in reversed(paper.badges if paper is not None else ()):
        w = text_width(text, size, True) + 2 * BADGE_PAD
        right -= w
        out.append((right, w, text, colour))
        right -= 3
    if shared:
        w = text_width(CROSS_MARK, strip.size + 2, True)
        out.append((right - w, w, CROSS_MARK, ""))
    return out


def draw_card_shape(p: Painter, card: CardText, x: float, y: float, text: bool = True,
                    paper: PaperCard | None = None, shared: bool = False) -> None:
    """The card's body, strip, rules and badge pills (its text comes in `card_texts`)."""
    if not text:
        p.rect(x, y, card.width, card.height, fill=card.colour)
        return
    reference = paper is not None and paper.reference
    p.rect(x, y, card.width, card.height, fill="#FFFFFF",
           stroke=FURTHER if reference else card.colour,
           width=CARD_BORDER_W * (1.4 if reference else 1.0), radius=RADIUS, dash=reference)
    p.top_rounded(x, y, card.width, card.strip_height, RADIUS, card.colour)
    if card.rules:
        pad = card.lines[0].x
        p.stroke(RULE, 0.6)
        p.lines([(x + pad, y + r, x + card.width - pad, y + r) for r in card.rules])
    if paper is not None and paper.badges:
        h = BADGE_SIZE + 4
        top = y + (card.strip_height - h) / 2
        for bx, bw, _t, _c in badge_boxes(card, paper, False):
            p.rect(x + bx, top, bw, h, fill="#FFFFFF", radius=h / 2)


def card_texts(p: Painter, card: CardText, x: float, y: float, shared: bool = False,
               paper: PaperCard | None = None, pages: Pages | None = None) -> None:
    """The card's lines, into the page's open text object (`Painter.begin_text`).

    A line naming other cards' pages gets the numbers in place of its placeholders,
    each number a link when `pages.link` is given.
    """
    if paper is None or not paper.refs:
        p.add_lines(x, y, card.lines, PAPER_COLOURS)
    else:
        refs = {r.line: r for r in paper.refs}
        for i, ln in enumerate(card.lines):
            if i in refs:
                _numbered(p, ln, refs[i], x, y, pages)
            else:
                p.add_text(x + ln.x, y + ln.y, ln.text, ln.size, ln.bold, PAPER_COLOURS[ln.role])
    if not shared and (paper is None or not paper.badges):
        return
    strip = card.lines[0]
    for bx, _bw, text, colour in badge_boxes(card, paper, shared):
        if colour:
            p.add_text(x + bx + BADGE_PAD, y + strip.y, text, BADGE_SIZE, True, colour)
        else:
            p.add_text(x + bx, y + strip.y, text, strip.size + 2, True, TEXT_COLOURS["strip"])


def _numbered(p: Painter, ln: TextLine, ref: Ref, x: float, y: float,
              pages: Pages | None) -> None:
    """Draw a reference line with its page numbers; record a link over each number."""
    parts = ln.text.split(PLACEHOLDER)
    colour = PAPER_COLOURS[ln.role]
    cx = x + ln.x
    p.add_text(cx, y + ln.y, parts[0], ln.size, ln.bold, colour)
    cx += text_width(parts[0], ln.size, ln.bold)
    for key, rest in zip(ref.keys, parts[1:], strict=False):
        n = pages.page_of.get(key) if pages is not None else None
        num = str(n) if n else "?"
        p.add_text(cx, y + ln.y, num, ln.size, True, colour)
        w = text_width(num, ln.size, True)
        if n and pages is not None and pages.link is not None:
            pages.link(cx - 1, y + ln.y - ln.size, cx + w + 1, y + ln.y + ln.size * 0.3, n)
        cx += w
        p.add_text(cx, y + ln.y, rest, ln.size, ln.bold, colour)
        cx += text_width(rest, ln.size, ln.bold)


def draw_card(p: Painter, card: CardText, x: float, y: float, shared: bool = False,
              text: bool = True, paper: PaperCard | None = None, pages: Pages | None = None
              ) -> None:
    """One card with its top-left corner at (x, y)."""
    draw_card_shape(p, card, x, y, text, paper)
    if text:
        p.begin_text()
        card_texts(p, card, x, y, shared, paper, pages)
        p.end_text()


def shared_nodes(plan: Plan, keys) -> set[str]:
    """Nodes that get the crosscutting mark: several OPDs, or a crosscutting case names them."""
    from app.model.crosscut import find_crosscutting

    out = {k for k in keys if len(plan.nodes[real_key(k)].opds) >= 2}
    for c in find_crosscutting(plan):
        if c.node:
            out.add(c.node)
        if c.kind == "shared-node":
            out.update(c.nodes)
    return out


def visible_keys(d: Drawing, rows: range, x0: float, x1: float) -> list[str]:
    """Cards of `rows` that meet [x0, x1]."""
    out: list[str] = []
    for r in rows:
        xs, keys, rights = d.rows_x[r], d.rows_keys[r], d.rows_right[r]
        # Cards in a row never overlap, so sorting by x sorts by right edge too.
        lo = bisect_right(rights, x0 + EPS)
        hi = bisect_left(xs, x1 - EPS)
        out.extend(keys[lo:hi])
    return out


def draw_tree_page(p: Painter, spec: TilePage | FitBand, plan: Plan, shared: set[str],
                   pages: Pages | None = None) -> None:
    """The drawing part of a tile page or of an overview's band, clipped to what it shows."""
    d = spec.drawing
    lay = d.layout
    s = spec.scale
    x0, y0 = spec.window[0], spec.window[1]
    vx0, vy0, vx1, vy1 = spec.view
    ox, oy = spec.to_page(vx0, vy0)
    page_h = p.h
    p.clip(ox, oy, (vx1 - vx0) * s, (vy1 - vy0) * s)
    p.transform(spec.origin[0] - x0 * s, page_h - spec.origin[1], s)
    p.h = y0  # drawing coordinates from here on: canvas y = y0 - y
    try:
        if isinstance(spec, FitBand):
            rows = range(len(lay.row_tops))
            keys = list(lay.boxes)
        else:
            first, last = spec.band_rows
            rows = range(first, last + 1)
            keys = visible_keys(d, rows, vx0, vx1)
        _edges(p, d, spec, rows, keys, vx0, vx1)
        _further(p, d, plan, keys, set(keys))
        text = s >= TEXT_MIN_SCALE
        boxes = lay.boxes
        papers = [(d.cards.paper(key), boxes[key], key) for key in keys]
        for paper, b, _ in papers:
            draw_card_shape(p, paper.card, b.x, b.y, text, paper)
        if text:
            p.begin_text()
            for paper, b, key in papers:
                card_texts(p, paper.card, b.x, b.y, real_key(key) in shared, paper, pages)
            p.end_text()
    finally:
        p.restore()
        p.h = page_h


def _edges(p: Painter, d: Drawing, spec: TilePage | FitBand, rows: range, keys: list[str],
           vx0: float, vx1: float) -> None:
    lay = d.layout
    boxes = lay.boxes
    segs: list[tuple[float, float, float, float]] = []
    last_row = rows[-1]
    # Families within the page's rows: parent down to the bus, the bus, down into each child.
    for row in rows:
        if row == last_row:
            break
        for lo, hi, parent in d.buses_in(row, vx0, vx1):
            pb = boxes[parent]
            y = d.bus_y(parent)
            segs.append((pb.cx, pb.y + pb.h, pb.cx, y))
            segs.append((lo, y, hi, y))
            for c in d.kids[parent]:
                cb = boxes[c]
                if cb.x < vx1 - EPS and cb.x + cb.w > vx0 + EPS:
                    segs.append((cb.cx, y, cb.cx, cb.y))
    # Stacked families: a spine down the left of the column, a tick into each card.
    spined = {key for key in keys if key in lay.stacked and lay.depth[key] != last_row}
    for key in spined:
        _spine(segs, d, key, boxes[key].y + boxes[key].h)
    # A stacked family cut between its columns, its parent on the page to the left: the
    # columns here still hang from the family's line.
    for key in keys:
        parent = lay.parent.get(key)
        if parent in lay.stack_columns and parent not in spined and lay.depth[key] != rows[0]:
            spined.add(parent)
            _spine(segs, d, parent, boxes[parent].y + boxes[parent].h)
    if isinstance(spec, TilePage):
        first_row = rows[0]
        seen_parents: set[str] = set()
        for key in keys:
            b = boxes[key]
            depth = lay.depth[key]
            if depth == last_row and d.kids.get(key):
                # Children continue on a later page: a short stub under the card.
                segs.append((b.cx, b.y + b.h, b.cx, b.y + b.h + 4))
            parent = lay.parent.get(key)
            if depth == first_row and parent is not None and parent not in seen_parents:
                # The family came from a page above: its bus (or spine) just over the children.
                seen_parents.add(parent)
                if parent in lay.stacked:
                    _spine(segs, d, parent, lay.row_tops[depth] - 7)
                    continue
                kids = [c for c in d.kids[parent] if c in boxes]
                y = lay.row_tops[depth] - 7
                lo = max(boxes[kids[0]].cx, vx0)
                hi = min(boxes[kids[-1]].cx, vx1)
                segs.append((lo, y, hi, y))
                for c in kids:
                    cb = boxes[c]
                    if cb.x < vx1 - EPS and cb.x + cb.w > vx0 + EPS:
                        segs.append((cb.cx, y, cb.cx, cb.y))
    if segs:
        p.stroke(EDGE, 1.1)
        p.lines(segs)


def _spine(segs: list, d: Drawing, parent: str, top: float) -> None:
    """A stacked family: down the left of each column, a tick into each card's strip.

    Columns after the first hang from a short bus just above the cards.
    """
    lay = d.layout
    cols = lay.stack_columns[parent]
    half = lay.stack_indent / 2
    bus_y = lay.boxes[cols[0][0]].y - STACK_BUS_RISE
    xs = []
    for i, col in enumerate(cols):
        x = lay.boxes[col[0]].x - half
        xs.append(x)
        last_y = top
        for leaf in col:
            b = lay.boxes[leaf]
            last_y = b.y + d.cards.get(leaf).strip_height / 2
            segs.append((x, last_y, b.x, last_y))
        segs.append((x, top if i == 0 else bus_y, x, last_y))
    if len(xs) > 1:
        segs.append((xs[0], bus_y, xs[-1], bus_y))


def further_curves(d: Drawing, plan: Plan, keys: list[str], shown: set[str]
                   ) -> list[tuple[str, str, tuple[float, ...]]]:
    """(node, further parent, Bézier points) for each further parent drawn on the same page.

    Only cards of `shown` are joined: a link whose other end is on another page
    (or in another band of a packed overview) is not drawn at all.
    """
    boxes = d.layout.boxes
    out = []
    for key in keys:
        node = plan.nodes.get(key)
        fps = node.further_parents if node is not None else ()
        if not fps:
            continue
        b = boxes[key]
        for fp in fps:
            if fp not in shown or fp == d.layout.parent.get(key):
                continue
            fb = boxes[fp]
            x1, y1 = b.cx + min(20.0, b.w / 4), b.y
            x2, y2 = fb.cx + min(20.0, fb.w / 4), fb.y + fb.h
            bend = max(40.0, abs(y1 - y2) / 3)
            if y2 > y1:  # the further parent is below or on the same row: leave from the side
                bend = -bend
            out.append((key, fp, (x1, y1, x1, y1 - bend, x2, y2 + bend, x2, y2)))
    return out


def _further(p: Painter, d: Drawing, plan: Plan, keys: list[str], shown: set[str]) -> None:
    """Dashed curves from a node up to each further parent drawn on the same page."""
    curves = further_curves(d, plan, keys, shown)
    if curves:
        p.stroke(FURTHER, 1.2, dash=True)
        for _, _, cv in curves:
            p.curve(*cv)
        p.stroke(FURTHER, 1.2, dash=False)
