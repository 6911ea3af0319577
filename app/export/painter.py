"""A thin layer over the reportlab canvas in the layout's coordinates (top-left origin).

Everything Pokin draws on paper goes through here: text is placed exactly as
`app.model.card` and `fontmetrics` measured it (DejaVu, no kerning), so what the
layout reserved is what prints. Text is drawn with drawString, never as
Paragraph markup, so `<` and `&` in a statement print as written.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.model.fontmetrics import text_width

from .report_fonts import FONT, FONT_BOLD, FONTS_DIR


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) once per process; the PDF embeds a subset."""
    names = pdfmetrics.getRegisteredFontNames()
    if FONT not in names:
        pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "DejaVuSans.ttf")))
    if FONT_BOLD not in names:
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))


@lru_cache(maxsize=256)
def colour(hex_text: str) -> Color:
    return HexColor(hex_text)


class Painter:
    """Draws on one canvas; `page_h` flips y. Keeps the last font and colours to skip repeats."""

    def __init__(self, canvas: Canvas, page_h: float) -> None:
        self.c = canvas
        self.h = page_h
        self._font: tuple[str, float] | None = None
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._dash: bool = False

    def new_page(self, page_h: float) -> None:
        self.c.showPage()
        self.h = page_h
        self._font = self._fill = self._stroke = self._width = None
        self._dash = False

    # --- state -----------------------------------------------------------------

    def font(self, size: float, bold: bool = False) -> None:
        want = (FONT_BOLD if bold else FONT, size)
        if want != self._font:
            self.c.setFont(*want)
            self._font = want

    def fill(self, hex_text: str) -> None:
        if hex_text != self._fill:
            self.c.setFillColor(colour(hex_text))
            self._fill = hex_text

    def stroke(self, hex_text: str, width: float = 1.0, dash: bool = False) -> None:
        if hex_text != self._stroke:
            self.c.setStrokeColor(colour(hex_text))
            self._stroke = hex_text
        if width != self._width:
            self.c.setLineWidth(width)
            self._width = width
        if dash != self._dash:
            self.c.setDash(4, 3) if dash else self.c.setDash()
            self._dash = dash

    def reset_state(self) -> None:
        """Forget cached state (after restoreState the canvas is back to older settings)."""
        self._font = self._fill = self._stroke = self._width = None
        self._dash = False

    # --- drawing --------------------------------------------------------------------

    def text(self, x: float, y: float, s: str, size: float, bold: bool = False,
             colour_hex: str = "#212121", anchor: str = "left") -> None:
        """Text with its baseline at y; anchor "left", "right" or "centre" at x."""
        if not s:
            return
        self.font(size, bold)
        self.fill(colour_hex)
        if anchor != "left":
            w = text_width(s, size, bold)
            x -= w if anchor == "right" else w / 2
        # A text object straight away: canvas.drawString would also run bidi shaping
        # and measure the string, which Indonesian text does not need (a third of the
        # time of a tiled export).
        t = self.c.beginText(x, self.h - y)
        t._textOut(s)
        self.c.drawText(t)

    # --- many texts in one text object (a page of cards) ------------------------------

    def begin_text(self) -> None:
        self._t = self.c.beginText()
        self._t_font: tuple[str, float] | None = None
        self._t_fill: str | None = None

    def add_text(self, x: float, y: float, s: str, size: float, bold: bool, colour_hex: str) -> None:
        if not s:
            return
        t = self._t
        font = (FONT_BOLD if bold else FONT, size)
        if font != self._t_font:
            t.setFont(*font)
            self._t_font = font
        if colour_hex != self._t_fill:
            t.setFillColor(colour(colour_hex))
            self._t_fill = colour_hex
        t.setTextOrigin(x, self.h - y)
        t._textOut(s)

    def end_text(self) -> None:
        self.c.drawText(self._t)
        self._font = self._fill = None  # the text object changed both

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None,
             stroke: str | None = None, width: float = 1.0, radius: float = 0.0) -> None:
        if fill:
            self.fill(fill)
        if stroke:
            self.stroke(stroke, width)
        if radius:
            self.c.roundRect(x, self.h - y - h, w, h, radius, stroke=int(bool(stroke)),
                             fill=int(bool(fill)))
        else:
            self.c.rect(x, self.h - y - h, w, h, stroke=int(bool(stroke)), fill=int(bool(fill)))

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def lines(self, segments: list[tuple[float, float, float, float]]) -> None:
        h = self.h
        self.c.lines([(a, h - b, c, h - d) for a, b, c, d in segments])

    def curve(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float,
              x4: float, y4: float) -> None:
        h = self.h
        self.c.bezier(x1, h - y1, x2, h - y2, x3, h - y3, x4, h - y4)

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        """Clip everything after this to a rectangle (undo with restore())."""
        self.c.saveState()
        path = self.c.beginPath()
        path.rect(x, self.h - y - h, w, h)
        self.c.clipPath(path, stroke=0, fill=0)

    def save(self) -> None:
        self.c.saveState()

    def restore(self) -> None:
        self.c.restoreState()
        self.reset_state()
