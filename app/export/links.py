"""Where the page numbers are in a printed text, so that each "hal. N" can be clicked.

A PDF link is a rectangle on the page; the text is drawn as one string, so
the rectangle of each number is found from the widths of the text before it.
Only numbers right after "hal." count ("hal. 12", "hal. 12–14", "hal. 3, 5"):
the digits of a code elsewhere in the same line are not pages.
"""

from __future__ import annotations

import re

from app.geometry.fontmetrics import text_width

_PAGES = re.compile(r"hal\.\s?((?:\d+(?:–\d+)?)(?:,\s?\d+(?:–\d+)?)*)")
_NUMBER = re.compile(r"\d+")


def number_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, page) of every page number in `text`."""
    out = []
    for m in _PAGES.finditer(text):
        base = m.start(1)
        for n in _NUMBER.finditer(m.group(1)):
            out.append((base + n.start(), base + n.end(), int(n.group())))
    return out


def number_boxes(text: str, x: float, baseline: float, size: float, bold: bool,
                 anchor: str = "left") -> list[tuple[float, float, float, float, int]]:
    """(x0, y0, x1, y1, page) around each page number of `text` drawn at (x, baseline)."""
    spans = number_spans(text)
    if not spans:
        return []
    if anchor != "left":
        w = text_width(text, size, bold)
        x -= w if anchor == "right" else w / 2
    out = []
    for a, b, page in spans:
        x0 = x + text_width(text[:a], size, bold)
        x1 = x + text_width(text[:b], size, bold)
        out.append((x0 - 1, baseline - size, x1 + 1, baseline + size * 0.3, page))
    return out


def lines_boxes(lines: list[tuple[float, float, str]], size: float, bold: bool
                ) -> list[tuple[float, float, float, float, int]]:
    """`number_boxes` of a wrapped text's lines, each (left x, baseline, text).

    A line that carries on the list of pages the line before ended with ("← hal. 3, 5," then
    "7, 9") is read as if "hal." led it, so its numbers are links too; a wrapped line of
    words (a parent's name with its code) is not.
    """
    out: list[tuple[float, float, float, float, int]] = []
    carrying = False
    for x, y, line in lines:
        lead = "hal. " if carrying and line[:1].isdigit() else ""
        text = lead + line
        out += number_boxes(text, x - text_width(lead, size, bold), y, size, bold)
        found = list(_PAGES.finditer(text))
        carrying = bool(found) and found[-1].end() >= len(text.rstrip(" ,…"))
    return out

