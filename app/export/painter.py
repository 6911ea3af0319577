"""A thin, fast layer over the reportlab canvas in the layout's coordinates (top-left origin).

Everything Pokin draws on paper goes through here: text is placed exactly as
`app.geometry.card` and `fontmetrics` measured it (DejaVu, no kerning), so what the
layout reserved is what prints. Text is written as plain text operators (never
Paragraph markup), so `<` and `&` in a statement print as written.

Why not reportlab's drawing calls: a tiled 20,000-node tree is about 300,000
text lines and as many shapes, and reportlab formats every number and escapes
every string in pure Python (without its optional C accelerator), spending
most of the export there. So the content-stream operators for text, colours,
rectangles and lines are written here directly with Python's own number
formatting; fonts (subsetting, embedding) remain reportlab's, through the
documented dynamic-font API (`splitString`, `getSubsetInternalName`).
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.geometry.fontmetrics import text_width

from .report_fonts import FONT, FONT_BOLD, FONTS_DIR

KAPPA = 0.5523  # Bezier control distance for a quarter circle


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) once per process; the PDF embeds a subset."""
    names = pdfmetrics.getRegisteredFontNames()
    if FONT not in names:
        pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "DejaVuSans.ttf")))
    if FONT_BOLD not in names:
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))


def _escape_table() -> list[str]:
    out = []
    for b in range(256):
        if b in (0x28, 0x29, 0x5C):  # ( ) \
            out.append("\\" + chr(b))
        elif 32 <= b < 127:
            out.append(chr(b))
        else:
            out.append(f"\\{b:03o}")
    return out


ESCAPE = _escape_table()


def rgb(hex_text: str) -> str:
    """"#1B5E20" -> "0.106 0.369 0.125" (PDF colour operands)."""
    h = hex_text.lstrip("#")
    return " ".join(f"{int(h[i:i + 2], 16) / 255:.3f}" for i in (0, 2, 4))


class _Codes:
    """Character -> (subset, code) of one embedded TrueType font in one document.

    reportlab assigns each new character a code in a 256-character subset of
    the font; once assigned, it never changes, so the mapping is cached here
    and a string is encoded with one dictionary look-up per character.
    """

    def __init__(self, font, doc) -> None:
        self.font = font
        self.doc = doc
        self.map: dict[str, int] = {}  # char -> subset * 256 + code
        self.names: dict[int, str] = {}
        # Escaped codes of the first subset's characters, for `str.translate`: most strings
        # are made of them only and are encoded without a loop in Python. All of ASCII is
        # given its codes first, so that a translated string is pure ASCII exactly when
        # every character was known (an unknown one is left as it is, and is not ASCII).
        self.escapes: dict[int, str] = {}
        self._learn("".join(chr(c) for c in range(128)))

    def _learn(self, text: str) -> None:
        self.split(text)
        for ch in text:
            code = self.map[ch]
            if code < 256:
                self.escapes[ord(ch)] = ESCAPE[code]

    def escaped(self, text: str) -> list[tuple[str, str]]:
        """(font resource name, escaped codes) runs of `text`, ready for a `Tj`."""
        done = text.translate(self.escapes)
        if done.isascii():
            return [(self.name(0), done)]
        runs = [(name, "".join([ESCAPE[b] for b in data])) for name, data in self.split(text)]
        self._learn(text)
        return runs

    def split(self, text: str) -> list[tuple[str, bytes]]:
        """(font resource name, codes) runs of `text`; one run unless it mixes subsets."""
        m = self.map
        try:
            codes = [m[ch] for ch in text]
        except KeyError:
            for ch in text:
                if ch not in m:
                    ((subset, b),) = self.font.splitString(ch, self.doc)
                    m[ch] = subset * 256 + b[0]
            codes = [m[ch] for ch in text]
        if max(codes) < 256:
            return [(self.name(0), bytes(codes))]
        out: list[tuple[str, bytes]] = []
        run: list[int] = []
        cur = codes[0] >> 8
        for c in codes:
            s = c >> 8
            if s != cur:
                out.append((self.name(cur), bytes(run)))
                run, cur = [], s
            run.append(c & 255)
        out.append((self.name(cur), bytes(run)))
        return out

    def name(self, subset: int) -> str:
        n = self.names.get(subset)
        if n is None:
            n = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return n


class Painter:
    """Draws on one canvas; `h` flips y (canvas y = h - y). Keeps colours and widths
    in force to skip repeated operators."""

    def __init__(self, canvas: Canvas, page_h: float) -> None:
        self.c = canvas
        self.h = page_h
        self.code = canvas._code  # the page's content stream (reportlab's own list)
        doc = canvas._doc
        self._codes = {
            False: _Codes(pdfmetrics.getFont(FONT), doc),
            True: _Codes(pdfmetrics.getFont(FONT_BOLD), doc),
        }
        self._rgb: dict[str, str] = {}
        self._enc: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        self.reset_state()

    def new_page(self, page_h: float) -> None:
        self.c.showPage()
        self.code = self.c._code
        self.h = page_h
        self.reset_state()

    def reset_state(self) -> None:
        """Forget what is in force (a new page, or a restore of older graphics state)."""
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._dash = False
        self._in_text = False
        self._tf: tuple[str, float] | None = None

    # --- state -----------------------------------------------------------------

    def _colour(self, hex_text: str) -> str:
        s = self._rgb.get(hex_text)
        if s is None:
            s = self._rgb[hex_text] = rgb(hex_text)
        return s

    def fill(self, hex_text: str) -> None:
        if hex_text != self._fill:
            self.code.append(self._colour(hex_text) + " rg")
            self._fill = hex_text

    def stroke(self, hex_text: str, width: float = 1.0, dash: bool = False) -> None:
        if hex_text != self._stroke:
            self.code.append(self._colour(hex_text) + " RG")
            self._stroke = hex_text
        if width != self._width:
            self.code.append(f"{width:.2f} w")
            self._width = width
        if dash != self._dash:
            self.code.append("[4 3] 0 d" if dash else "[] 0 d")
            self._dash = dash

    # --- text ---------------------------------------------------------------------

    def _encoded(self, s: str, bold: bool) -> list[tuple[str, str]]:
        """(font resource, escaped string) runs, cached: page frames and OPD names repeat."""
        key = (s, bold)
        runs = self._enc.get(key)
        if runs is None:
            runs = self._codes[bold].escaped(s)
            if len(self._enc) < 200_000:
                self._enc[key] = runs
        return runs

    def _text_ops(self, x: float, y: float, s: str, size: float, bold: bool,
                  matrix: str = "1 0 0 1") -> None:
        runs = self._encoded(s, bold)
        if len(runs) == 1:
            name, esc = runs[0]
            if (name, size) != self._tf:  # the font only when it changes within the text block
                self._tf = (name, size)
                self.code.append(f"{name} {size:.2f} Tf {matrix} {x:.1f} {self.h - y:.1f} Tm ({esc}) Tj")
            else:
                self.code.append(f"{matrix} {x:.1f} {self.h - y:.1f} Tm ({esc}) Tj")
            return
        # More than 256 distinct characters in the document: a string may span subsets.
        # Each run is a font change; Tj moves the pen, so the runs simply follow on.
        self.code.append(f"{matrix} {x:.1f} {self.h - y:.1f} Tm")
        for name, esc in runs:
            self.code.append(f"{name} {size:.2f} Tf ({esc}) Tj")
        self._tf = (runs[-1][0], size)

    def text(self, x: float, y: float, s: str, size: float, bold: bool = False,
             colour_hex: str = "#212121", anchor: str = "left") -> None:
        """Text with its baseline at y; anchor "left", "right" or "centre" at x."""
        if not s:
            return
        if anchor != "left":
            w = text_width(s, size, bold)
            x -= w if anchor == "right" else w / 2
        self.fill(colour_hex)
        self.code.append("BT")
        self._tf = None
        self._text_ops(x, y, s, size, bold)
        self.code.append("ET")

    def vtext(self, x: float, y: float, s: str, size: float, bold: bool = False,
              colour_hex: str = "#212121") -> None:
        """Text turned a quarter left (reading upward), its baseline start at (x, y)."""
        if s:
            self.fill(colour_hex)
            self.code.append("BT")
            self._tf = None
            self._text_ops(x, y, s, size, bold, matrix="0 1 -1 0")
            self.code.append("ET")

    def begin_text(self) -> None:
        """Open one text block for many lines (a page of cards)."""
        self.code.append("BT")
        self._tf = None
        self._in_text = True

    def add_text(self, x: float, y: float, s: str, size: float, bold: bool, colour_hex: str) -> None:
        if s:
            self.fill(colour_hex)
            self._text_ops(x, y, s, size, bold)

    def add_lines(self, x: float, y: float, lines, colours: dict[str, str]) -> None:
        """A card's text lines (`TextLine`s at offsets from (x, y)), in one loop: a page of
        cards is tens of thousands of lines, and a call per line is a third of the time."""
        append = self.code.append
        encoded = self._enc.get
        h = self.h
        for text, lx, ly, size, bold, role in lines:
            if not text:
                continue
            colour = colours[role]
            if colour != self._fill:
                append(self._colour(colour) + " rg")
                self._fill = colour
            runs = encoded((text, bold)) or self._encoded(text, bold)
            if len(runs) != 1:
                self._text_ops(x + lx, y + ly, text, size, bold)
                continue
            name, esc = runs[0]
            if (name, size) != self._tf:
                self._tf = (name, size)
                append(f"{name} {size:.2f} Tf 1 0 0 1 {x + lx:.1f} {h - y - ly:.1f} Tm ({esc}) Tj")
            else:
                append(f"1 0 0 1 {x + lx:.1f} {h - y - ly:.1f} Tm ({esc}) Tj")

    def end_text(self) -> None:
        self.code.append("ET")
        self._in_text = False

    # --- shapes ------------------------------------------------------------------------

    def _rect_path(self, x: float, y: float, w: float, h: float, r: float) -> str:
        y0 = self.h - y - h  # bottom
        if not r:
            return f"{x:.1f} {y0:.1f} {w:.1f} {h:.1f} re"
        k = r * (1 - KAPPA)
        x1, y1 = x + w, y0 + h
        return (f"{x + r:.1f} {y0:.1f} m {x1 - r:.1f} {y0:.1f} l "
                f"{x1 - k:.1f} {y0:.1f} {x1:.1f} {y0 + k:.1f} {x1:.1f} {y0 + r:.1f} c "
                f"{x1:.1f} {y1 - r:.1f} l "
                f"{x1:.1f} {y1 - k:.1f} {x1 - k:.1f} {y1:.1f} {x1 - r:.1f} {y1:.1f} c "
                f"{x + r:.1f} {y1:.1f} l "
                f"{x + k:.1f} {y1:.1f} {x:.1f} {y1 - k:.1f} {x:.1f} {y1 - r:.1f} c "
                f"{x:.1f} {y0 + r:.1f} l "
                f"{x:.1f} {y0 + k:.1f} {x + k:.1f} {y0:.1f} {x + r:.1f} {y0:.1f} c h")

    def rect(self, x: float, y: float, w: float, h: float, fill: str | None = None,
             stroke: str | None = None, width: float = 1.0, radius: float = 0.0,
             dash: bool = False) -> None:
        if fill:
            self.fill(fill)
        if stroke:
            self.stroke(stroke, width, dash)
        op = "B" if fill and stroke else "f" if fill else "S"
        self.code.append(f"{self._rect_path(x, y, w, h, radius)} {op}")

    def top_rounded(self, x: float, y: float, w: float, h: float, r: float, fill: str) -> None:
        """A filled rectangle with its two top corners rounded (a card's strip)."""
        self.fill(fill)
        top = self.h - y
        bottom = top - h
        k = r * (1 - KAPPA)
        self.code.append(
            f"{x:.1f} {bottom:.1f} m {x:.1f} {top - r:.1f} l "
            f"{x:.1f} {top - k:.1f} {x + k:.1f} {top:.1f} {x + r:.1f} {top:.1f} c "
            f"{x + w - r:.1f} {top:.1f} l "
            f"{x + w - k:.1f} {top:.1f} {x + w:.1f} {top - k:.1f} {x + w:.1f} {top - r:.1f} c "
            f"{x + w:.1f} {bottom:.1f} l h f")

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        h = self.h
        self.code.append(f"{x1:.1f} {h - y1:.1f} m {x2:.1f} {h - y2:.1f} l S")

    def lines(self, segments: list[tuple[float, float, float, float]]) -> None:
        if not segments:
            return
        h = self.h
        self.code.append(" ".join([f"{a:.1f} {h - b:.1f} m {c:.1f} {h - d:.1f} l"
                                   for a, b, c, d in segments]) + " S")

    def curve(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float,
              x4: float, y4: float) -> None:
        h = self.h
        self.code.append(f"{x1:.1f} {h - y1:.1f} m {x2:.1f} {h - y2:.1f} {x3:.1f} {h - y3:.1f} "
                         f"{x4:.1f} {h - y4:.1f} c S")

    def clip(self, x: float, y: float, w: float, h: float) -> None:
        """Clip everything after this to a rectangle (undo with restore())."""
        self.save()
        self.code.append(f"{self._rect_path(x, y, w, h, 0)} W n")

    def transform(self, dx: float, dy: float, scale: float) -> None:
        """Move the origin by (dx, dy) canvas points and scale (inside save/restore)."""
        self.code.append(f"{scale:.6f} 0 0 {scale:.6f} {dx:.3f} {dy:.3f} cm")

    def save(self) -> None:
        self.code.append("q")

    def restore(self) -> None:
        self.code.append("Q")
        self.reset_state()
