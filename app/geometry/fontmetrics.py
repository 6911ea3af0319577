"""Text measuring and wrapping for the bundled DejaVu Sans, in pure Python.

The canvas (Qt) and the PDF (reportlab) both draw cards with DejaVu Sans; if
each renderer wrapped text by itself, a statement could break into three lines
on screen and four on paper, and the layout (which needs card heights before
anything is drawn) would disagree with both. So wrapping happens once, here,
from the font's own advance widths (generated into `fontmetrics_data`).
Renderers must draw each returned line as given, without kerning.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from functools import lru_cache

from .fontmetrics_data import AVERAGE_BOLD, AVERAGE_REGULAR, BOLD, REGULAR

FONT_REGULAR = "DejaVuSans.ttf"
FONT_BOLD = "DejaVuSans-Bold.ttf"
# Vertical metrics of DejaVu Sans (per 1000 em), for baselines and line boxes.
ASCENT = 928
DESCENT = 236
LINE_FACTOR = 1.2  # line pitch as a multiple of the font size


class _Widths(dict):
    """Width table that answers the average width for a character it does not know."""

    def __init__(self, table: dict[str, float], average: float) -> None:
        super().__init__(table)
        self.average = average

    def __missing__(self, key: str) -> float:
        return self.average


_REGULAR = _Widths(REGULAR, AVERAGE_REGULAR)
_BOLD = _Widths(BOLD, AVERAGE_BOLD)


@lru_cache(maxsize=1)
def metrics_print() -> str:
    """A fingerprint of the width tables: card sizes measured with other tables are not reused."""
    text = repr((sorted(REGULAR.items()), sorted(BOLD.items()), AVERAGE_REGULAR, AVERAGE_BOLD,
                 ASCENT, DESCENT, LINE_FACTOR))
    return f"{zlib.crc32(text.encode()):08x}"


def _table(bold: bool) -> tuple[dict[str, float], float]:
    return (_BOLD, AVERAGE_BOLD) if bold else (_REGULAR, AVERAGE_REGULAR)


def _raw_units(text: str, bold: bool) -> float:
    return sum(map((_BOLD if bold else _REGULAR).__getitem__, text))


@lru_cache(maxsize=65536)
def _units(text: str, bold: bool) -> float:
    return _raw_units(text, bold)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` in points (or pixels) at font `size`; unknown characters count as average."""
    if len(text) > 64:
        return _raw_units(text, bold) * size / 1000.0
    return _units(text, bold) * size / 1000.0


def line_height(size: float) -> float:
    """Pitch between two baselines of wrapped text at `size`."""
    return size * LINE_FACTOR


def _hard_break(word: str, limit: float, bold: bool) -> list[str]:
    """Cut a word wider than the line into pieces that fit (at least one character each)."""
    table, avg = _table(bold)
    pieces: list[str] = []
    start = 0
    used = 0.0
    for i, ch in enumerate(word):
        w = table.get(ch, avg)
        if used + w > limit and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy wrap of `text` into lines no wider than `width` at font `size`.

    Breaks at spaces (runs of whitespace count as one space) and at explicit
    newlines; a word longer than a whole line is cut where it overflows. Empty
    text gives no lines. Results are cached: OPD names, indicator names and
    value lines repeat across a plan.
    """
    if size <= 0:
        raise ValueError("size must be positive")
    return list(_wrap(text, width, size, bold))


class _WordUnits(dict):
    """Width in font units of each word met so far, for one weight.

    Statements are unique but their words repeat (a plan has a few thousand
    distinct words), so each word is summed once. The value is the very sum
    `_units` gives, so wrapping decisions do not move by a rounding.
    """

    def __init__(self, table: dict[str, float]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, word: str) -> float:
        units = sum(map(self.table.__getitem__, word))
        if len(self) >= 200_000:  # bound the memory a pathological text could take
            self.clear()
        self[word] = units
        return units


_WORD_REGULAR = _WordUnits(_REGULAR)
_WORD_BOLD = _WordUnits(_BOLD)


@lru_cache(maxsize=65536)
def _wrap(text: str, width: float, size: float, bold: bool) -> tuple[str, ...]:
    limit = width * 1000.0 / size  # the line width in font units
    units = (_WORD_BOLD if bold else _WORD_REGULAR).__getitem__
    space = (_BOLD if bold else _REGULAR)[" "]
    if "\n" not in text:
        words = text.split()
        if not words:
            return ()
        widths = list(map(units, words))
        if len(text) <= 64:
            # A short text is one line when the sum over its characters fits. The sum
            # over its words differs from that only by rounding (far below 1e-7 of
            # it), so it decides unless the text is within a hair of the limit.
            total = sum(widths) + space * (len(words) - 1)
            margin = 1e-7 * (abs(total) + 1.0)
            if total + margin <= limit or (total - margin <= limit
                                           and _units(" ".join(words), bold) <= limit):
                return (" ".join(words),)
        paras: tuple[tuple[list[str], list[float]], ...] = ((words, widths),)
    else:
        paras = tuple((w, list(map(units, w))) for w in map(str.split, text.split("\n")))
    lines: list[str] = []
    add = lines.append
    for words, widths in paras:
        if not words:
            continue
        if max(widths) > limit:
            _wrap_cutting(words, widths, limit, space, bold, lines)
            continue
        # Greedy, the same float operations as the plain loop in `_wrap_cutting`.
        start = 0
        used = widths[0]
        for i in range(1, len(words)):
            w = widths[i]
            if used + space + w <= limit:
                used += space + w
            else:
                add(" ".join(words[start:i]))
                start = i
                used = w
        add(" ".join(words[start:]))
    return tuple(lines)


def _wrap_cutting(words: list[str], widths: list[float], limit: float, space: float, bold: bool,
                  lines: list[str]) -> None:
    """Greedy wrap of one paragraph that has a word wider than a line (cut where it overflows)."""
    def cut(word: str) -> tuple[list[str], float]:
        pieces = _hard_break(word, limit, bold)
        return pieces, _raw_units(pieces[-1], bold)

    wrap_cutting(words, widths, limit, space, cut, lines)


def wrap_cutting(words: list[str], widths: list[float], limit: float, space: float,
                 cut: Callable[[str], tuple[list[str], float]], lines: list[str]) -> None:
    """Greedy wrap of words of known widths into `lines`; a word wider than `limit` is
    given to `cut`, which returns its pieces and the width of the last (which starts the
    next line). Screen and paper differ only in how they measure and cut, not in this."""
    current: list[str] = []
    used = 0.0
    for word, w in zip(words, widths, strict=True):
        if w > limit:
            if current:
                lines.append(" ".join(current))
            pieces, used = cut(word)
            lines.extend(pieces[:-1])
            current = [pieces[-1]]
            continue
        if current and used + space + w <= limit:
            current.append(word)
            used += space + w
        elif current:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            current, used = [word], w
    if current:
        lines.append(" ".join(current))


def wrapped(text: str, width: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """`wrap` as a shared tuple (remembered, not copied): read it, do not keep changing it."""
    if size <= 0:
        raise ValueError("size must be positive")
    return _wrap(text, width, size, bold)


def wrapped_count(text: str, width: float, size: float, bold: bool = False) -> int:
    """How many lines `wrap` gives, without copying them (card heights need only this)."""
    if size <= 0:
        raise ValueError("size must be positive")
    return len(_wrap(text, width, size, bold))


def clear_caches() -> None:
    """Forget remembered wraps and word widths (benchmarks time a cold start with it)."""
    _wrap.cache_clear()
    _units.cache_clear()
    _WORD_REGULAR.clear()
    _WORD_BOLD.clear()


def ellipsize(lines: list[str], max_lines: int, width: float, size: float, bold: bool = False) -> list[str]:
    """Keep at most `max_lines` lines; when text was dropped, end the last kept line with "…"."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and text_width(last + " …", size, bold) > width:
        last = last[:-1]
    kept[-1] = last.rstrip() + " …" if last else "…"
    return kept
