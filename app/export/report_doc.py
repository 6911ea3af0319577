"""Table documents on paper: the matriks perubahan and the minutes (notulen) of a session.

Both are filed with the SAKIP evidence, so both carry the same frame: a header
band with the document's title and the plans it speaks of, a footer with the
print date and "hal. x dari y", Indonesian text embedded with DejaVu (accents,
`<` and `&` print as written).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from app.util.indonesian import format_date

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
INK = colors.HexColor("#212121")
MUTED = colors.HexColor("#616161")
BAND = colors.HexColor("#1B5E20")  # the Tujuan green: the colour the tree starts with
RULE = colors.HexColor("#BDBDBD")
HEAD_FILL = colors.HexColor("#E8F5E9")


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) once, so text is embedded, not substituted."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def style(size: float = 8, bold: bool = False, color: colors.Color = INK,
          leading: float | None = None) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(
        f"s{size}{bold}", fontName=FONT_BOLD if bold else FONT, fontSize=size,
        leading=leading or size * 1.25, textColor=color, splitLongWords=True,
    )


def para(text: object, st: ParagraphStyle) -> Paragraph:
    """A wrapped paragraph of plain text: markup characters are printed, not interpreted."""
    body = escape("" if text is None else str(text)).replace("\n", "<br/>")
    return Paragraph(body, st)


def indonesian_date(value: dt.date | dt.datetime | str | None) -> str:
    """19 Mei 2024 (and 19 Mei 2024 09.30 for a time); texts that are not ISO dates kept as given."""
    return format_date(value)


class _NumberedCanvas(Canvas):
    """Draws "hal. x dari y" once the number of pages is known (pages are kept until save)."""

    def __init__(self, *args, footer_left: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer_left = footer_left

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawString(12 * mm, 7 * mm, self._footer_left)
        self.drawRightString(width - 12 * mm, 7 * mm, f"hal. {self._pageNumber} dari {total}")


def build(
    path: str | Path,
    story: Sequence[Flowable],
    title: str,
    header_lines: Sequence[str],
    *,
    pagesize: tuple[float, float] = A4,
    landscape_page: bool = True,
    printed: dt.date | None = None,
) -> None:
    """Write `story` to `path` with the header band on every page and the numbered footer."""
    register_fonts()
    size = landscape(pagesize) if landscape_page else portrait(pagesize)
    band_h = (11 + 4.2 * len(header_lines)) * mm
    footer_left = f"Pokin · dicetak {indonesian_date(printed or dt.date.today())}"

    def on_page(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        width, height = size
        canvas.saveState()
        canvas.setFillColor(BAND)
        canvas.rect(0, height - band_h, width, band_h, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 13)
        y = height - 8.5 * mm
        canvas.drawString(12 * mm, y, title)
        canvas.setFont(FONT, 8.5)
        for line in header_lines:
            y -= 4.2 * mm
            canvas.drawString(12 * mm, y, _fit(canvas, line, width - 24 * mm, 8.5))
        canvas.restoreState()

    path = Path(path)
    fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=path.parent)
    os.close(fd)
    doc = SimpleDocTemplate(
        tmp, pagesize=size, leftMargin=12 * mm, rightMargin=12 * mm,
        topMargin=band_h + 5 * mm, bottomMargin=14 * mm, title=title, author="Pokin",
    )
    try:
        doc.build(
            list(story), onFirstPage=on_page, onLaterPages=on_page,
            canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer_left=footer_left, **k),
        )
        os.replace(tmp, path)  # a failed export never leaves half a PDF where the old one was
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fit(canvas: Canvas, text: str, width: float, size: float) -> str:
    """Cut a header line with an ellipsis rather than let it run off the page."""
    if canvas.stringWidth(text, FONT, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"
