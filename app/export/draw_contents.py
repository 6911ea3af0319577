"""Drawing the contents and the OPD index planned in `contents`, every page number a link."""

from __future__ import annotations

from collections.abc import Callable

from app.geometry.fontmetrics import line_height, text_width

from .contents import (
    COLUMN_GAP,
    ENTRY_SIZE,
    GROUP_SIZE,
    INDENT,
    INDEX_NAME_SHARE,
    INDEX_SIZE,
    ROW_GAP,
    Contents,
)
from .links import number_boxes
from .page_types import ContentsPage, IndexPage
from .painter import Painter

INK = "#212121"
MUTED = "#78909C"
GROUP = "#1B5E20"
Link = Callable[[float, float, float, float, int], None]


def draw_contents(p: Painter, page: ContentsPage, contents: Contents, link: Link) -> None:
    cx, cy, cw, _ = page.frame.content
    p.text(cx, cy + 16, "DAFTAR ISI" + (" (lanjutan)" if page is not contents.front[0] else ""),
           14, True, INK)
    for c, (start, end) in enumerate(page.columns or (page.rows,)):
        left = cx + c * (contents.column_w + COLUMN_GAP)
        _column(p, contents, start, end, left, left + contents.column_w, cy + 30, link)


def _column(p: Painter, contents: Contents, start: int, end: int, left: float, right: float,
            y: float, link: Link) -> None:
    for e in contents.entries[start:end]:
        size = GROUP_SIZE if e.group else ENTRY_SIZE
        pitch = line_height(size)
        x = left + INDENT * e.depth
        if e.group:
            y += 5
        colour = GROUP if e.group else INK
        for ln in e.lines:
            y += pitch
            p.text(x, y - pitch * 0.25, ln, size, e.group, colour)
        if e.page:
            number = str(e.page)
            base = y - pitch * 0.25
            p.text(right, base, number, size, True, colour, anchor="right")
            end_x = x + text_width(e.lines[-1], size, e.group) + 4
            dots_to = right - text_width(number, size, True) - 4
            if dots_to > end_x + 6:
                p.stroke(MUTED, 0.6, dash=True)
                p.line(end_x, base - 1, dots_to, base - 1)
                p.stroke(MUTED, 0.6, dash=False)
            w = text_width(number, size, True)
            link(right - w - 1, base - size, right + 1, base + size * 0.3, e.page)
            link(x, base - size, dots_to, base + size * 0.3, e.page)
        y += 3.0 if e.group else ROW_GAP


def draw_index(p: Painter, page: IndexPage, contents: Contents, link: Link) -> None:
    cx, cy, cw, _ = page.frame.content
    first = page is contents.index[0]
    p.text(cx, cy + 16, "INDEKS PERANGKAT DAERAH" + ("" if first else " (lanjutan)"), 14, True,
           INK)
    if first:
        p.text(cx + cw, cy + 16, "halaman yang memuat kartu perangkat daerah", 8.5, False, MUTED,
               anchor="right")
    y = cy + 30
    pitch = line_height(INDEX_SIZE)
    name_w = cw * INDEX_NAME_SHARE
    start, end = page.rows
    p.stroke("#CFD8DC", 0.5)
    for row in contents.rows[start:end]:
        top = y
        for i, ln in enumerate(row.name_lines):
            p.text(cx, top + pitch * (i + 0.8), ln, INDEX_SIZE, True, INK)
        for i, ln in enumerate(row.page_lines):
            base = top + pitch * (i + 0.8)
            p.text(cx + name_w, base, ln, INDEX_SIZE, False, INK)
            for x0, y0, x1, y1, n in number_boxes("hal. " + ln, cx + name_w
                                                  - text_width("hal. ", INDEX_SIZE), base,
                                                  INDEX_SIZE, False):
                link(x0, y0, x1, y1, n)
        y += row.height()
        p.line(cx, y - ROW_GAP / 2, cx + cw, y - ROW_GAP / 2)
