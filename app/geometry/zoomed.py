"""The zoomed-out card: its strip label and first words, decided once per zoom step.

Below `LOD_STRIP` a card is too small on screen for its full text (12.5 pt at
30 % is under 4 px). It then shows a strip with the level and code and the
statement's first words in one large size, and below `LOD_BLOCK` it is a
filled rectangle. Letting the renderer wrap into whatever box was left cut
words in the middle ("Meningkatn") and gave every card its own font size; so
the text is decided here, in pure Python from the font's metrics, for a small
set of zoom steps:

- every step has ONE strip size and ONE statement size (in scene units, so a
  card looks the same at any zoom within the step and words never jump);
- only whole words are shown, as many as fit the lines the card has room
  for, with " …" when some are left out;
- where words would be smaller than `MIN_WORDS_PX` on screen, or not even the
  first word fits the card, grey bars stand for the lines (greeking): they say
  "text here" without pretending to be readable;
- the strip keeps "PROGRAM · 1.02.02" while it has room, then abbreviates the
  level name ("PROG. · 1.02.02"), then keeps the code alone, then its last
  parts ("…2.01.0001"), then the shortest abbreviation.

Sizes and offsets are in scene units (1 unit = 1 px at 100 %), relative to the
card's top-left corner; a line's `y` is its baseline, as in `card.TextLine`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .card import TextLine
from .fontmetrics import ASCENT, DESCENT, text_width
from .strip import strip_label

LOD_STRIP = 0.35  # below: the zoomed-out card (strip and first words)
LOD_BLOCK = 0.12  # below: a filled rectangle

# On-screen sizes at a step's lowest zoom (they grow by up to a fifth within the
# step). The strip label is bold 9 px, the least that still reads on a 1024x768
# projector. The statement must hold a whole "Meningkatnya" (with "Tersedianya"
# the usual first word) inside a 256-wide card: 33.5 units, which is 8.4 px at
# 25 % and 11.7 px at 35 %; further out, words would be smaller than 8 px and
# bars stand in for them.
STRIP_PX = 9.0
MIN_WORDS_PX = 8.0
WORDS_SIZE = 33.5  # scene units
STRIP_PAD_PX = 1.5  # room above and below the strip label, on screen
GAP_PX = 1.5  # between the strip and the words, and under the last line
PAD_PX = 2.0  # left and right padding of the card's text, on screen
LINE_FACTOR = 1.1  # tighter than a full card's: short cards hold a second line
BAR_PITCH_PX = 6.0  # one greeked line, on screen
BAR_PX = 3.0  # its thickness

ELLIPSIS = " …"
# The lowest level of detail of each step, from LOD_STRIP down to LOD_BLOCK.
FLOORS = (0.29, 0.25, 0.21, 0.17, 0.14, LOD_BLOCK)


@dataclass(frozen=True)
class ZoomStep:
    """One zoom step: a range of levels of detail drawn with the same sizes."""

    index: int
    floor: float  # the step holds floor <= lod < the previous step's floor
    strip_size: float  # strip label, scene units (bold)
    strip_height: float
    words_size: float | None  # statement, scene units; None: greeked bars only
    pad: float  # left and right padding, scene units
    gap: float  # under the strip and under the last line
    bar_pitch: float
    bar_height: float


def _make_steps() -> tuple[ZoomStep, ...]:
    steps = []
    for i, floor in enumerate(FLOORS):
        strip = STRIP_PX / floor
        words = WORDS_SIZE if WORDS_SIZE * floor >= MIN_WORDS_PX - 1e-9 else None
        steps.append(ZoomStep(
            index=i, floor=floor, strip_size=round(strip, 2),
            strip_height=round(strip * (ASCENT + DESCENT) / 1000 + 2 * STRIP_PAD_PX / floor, 2),
            words_size=words, pad=round(PAD_PX / floor, 2), gap=round(GAP_PX / floor, 2),
            bar_pitch=round(BAR_PITCH_PX / floor, 2), bar_height=round(BAR_PX / floor, 2)))
    return tuple(steps)


STEPS = _make_steps()


def zoom_step(lod: float) -> ZoomStep | None:
    """The step a level of detail falls in; None outside [LOD_BLOCK, LOD_STRIP)."""
    if lod >= LOD_STRIP or lod < LOD_BLOCK:
        return None
    for step in STEPS:
        if lod >= step.floor:
            return step
    return STEPS[-1]


# --- words ----------------------------------------------------------------------------


def fit_words(text: str, width: float, size: float, max_lines: int,
              bold: bool = False) -> tuple[str, ...]:
    """Whole words of `text`, wrapped greedily into at most `max_lines` lines of `width`.

    When words are left over, the last line ends with " …", dropping its last
    words until the ellipsis fits (a lone word too wide for it stays, bare: one
    whole word says more than none). A word wider than a line ends the text
    there: nothing is ever cut inside a word. Empty when not even the first
    word fits.
    """
    words = text.split()
    if not words or max_lines <= 0:
        return ()
    space = text_width(" ", size, bold)
    lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    placed = 0
    for word in words:
        w = text_width(word, size, bold)
        if w > width:
            break  # a word that fits no line: the text stops before it
        if current and used + space + w <= width:
            current.append(word)
            used += space + w
        elif current:
            lines.append(current)
            current = []
            if len(lines) == max_lines:
                break
            current, used = [word], w
        else:
            current, used = [word], w
        placed += 1
    if current:
        lines.append(current)
    if not lines:
        return ()
    if placed < len(words):
        last = lines[-1]
        while len(last) > 1 and text_width(" ".join(last) + ELLIPSIS, size, bold) > width:
            last.pop()
        if text_width(" ".join(last) + ELLIPSIS, size, bold) <= width:
            last[-1] += ELLIPSIS
    return tuple(" ".join(line) for line in lines)


# --- the card -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ZoomedCard:
    """What a card paints at one zoom step: strip height and label, words or bars."""

    strip_height: float
    lines: tuple[TextLine, ...]  # the strip label first (role "strip"), then statement lines
    bars: tuple[tuple[float, float, float, float], ...]  # greeked lines: x, y, w, h

    @property
    def statement_lines(self) -> list[str]:
        return [ln.text for ln in self.lines if ln.role == "statement"]

    @property
    def strip_text(self) -> str:
        return next((ln.text for ln in self.lines if ln.role == "strip"), "")


@lru_cache(maxsize=65536)
def zoomed_card(level: str, code: str, statement: str, width: float, height: float,
                step: ZoomStep) -> ZoomedCard:
    """The zoomed-out card of one node at one step (remembered: cards repaint often)."""
    pad = step.pad
    inner = width - 2 * pad
    strip_h = min(step.strip_height, height)
    lines: list[TextLine] = []
    # A card shorter than the strip is all strip; its label only when it fits in height too.
    fits = strip_h >= step.strip_size * (ASCENT + DESCENT) / 1000
    label = strip_label(level, code, inner, step.strip_size) if fits else ""
    if label:
        base = (strip_h + step.strip_size * (ASCENT - DESCENT) / 1000) / 2
        lines.append(TextLine(label, pad, base, step.strip_size, True, "strip"))
    statement = statement.strip() or "(pernyataan belum diisi)"
    gap = step.gap
    top = strip_h + gap
    room = height - top - gap
    bars: list[tuple[float, float, float, float]] = []
    words: tuple[str, ...] = ()
    size = step.words_size
    if size is not None:
        pitch = size * LINE_FACTOR
        box = size * (ASCENT + DESCENT) / 1000
        n = int((room - box) // pitch) + 1 if room >= box else 0
        words = fit_words(statement, inner, size, n)
        rise = size * ASCENT / 1000
        for j, t in enumerate(words):
            lines.append(TextLine(t, pad, top + rise + j * pitch, size, False, "statement"))
    if not words and room >= step.bar_height:
        # Greeking: the statement's line lengths at the words' size, as bars.
        ref = WORDS_SIZE
        n = int((room - step.bar_height) // step.bar_pitch) + 1
        widths = _line_widths(statement, inner, ref)[:n]
        for j, w in enumerate(widths):
            bars.append((pad, top + j * step.bar_pitch, w, step.bar_height))
    return ZoomedCard(strip_h, tuple(lines), tuple(bars))


def _line_widths(text: str, width: float, size: float) -> list[float]:
    """Widths of `text` wrapped at `size` into `width` (long words cut: bars only need shape)."""
    out: list[float] = []
    used = 0.0
    space = text_width(" ", size)
    for word in text.split():
        w = min(text_width(word, size), width)
        if used and used + space + w <= width:
            used += space + w
        else:
            if used:
                out.append(used)
            used = w
    if used:
        out.append(used)
    return out
