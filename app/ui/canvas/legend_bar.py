"""The legend of levels as one low bar along the bottom of the canvas.

Colour never explains itself (ux.md), so the levels and their colours are
always at hand; as a single row of chips the legend takes a line of the
canvas instead of a block over the top cards. On a narrow canvas the chips
wrap onto a second row.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from . import fonts

PAD = 6
GAP = 12  # between two chips
SWATCH = 10


class LevelBar(QWidget):
    """Level names with their colour, in a row (or two) of chips."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.levels: list[tuple[str, str]] = []
        self.big = False
        self.max_width = 10_000
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_levels(self, levels: list[tuple[str, str]], big: bool = False) -> None:
        self.levels = levels
        self.big = big
        self._fit()

    def set_max_width(self, width: int) -> None:
        """The room the canvas has for it: chips wrap onto another row beyond it."""
        if width != self.max_width:
            self.max_width = max(120, width)
            self._fit()

    def _font_size(self) -> float:
        return 14.0 if self.big else 10.5

    def _chips(self) -> list[tuple[float, float, float, str, str]]:
        """(x, y, width, name, colour) of each chip, wrapped to `max_width`."""
        metrics = QFontMetricsF(fonts.font(self._font_size()))
        row_h = metrics.height() + 4
        x, y = PAD, PAD
        out = []
        for name, colour in self.levels:
            w = SWATCH + 5 + metrics.horizontalAdvance(name)
            if x > PAD and x + w + PAD > self.max_width:
                x, y = PAD, y + row_h
            out.append((x, y, w, name, colour))
            x += w + GAP
        return out

    def _fit(self) -> None:
        self.resize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        chips = self._chips()
        if not chips:
            return QSize(0, 0)
        metrics = QFontMetricsF(fonts.font(self._font_size()))
        width = max(x + w for x, _, w, _, _ in chips) + PAD
        height = chips[-1][1] + metrics.height() + 4 + PAD - 2
        return QSize(int(width + 1), int(height + 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 225))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        font = fonts.font(self._font_size())
        p.setFont(font)
        metrics = QFontMetricsF(font)
        row_h = metrics.height() + 4
        for x, y, w, name, colour in self._chips():
            p.fillRect(QRectF(x, y + (row_h - SWATCH) / 2, SWATCH, SWATCH), QColor(colour))
            p.setPen(QColor("#263238"))
            p.drawText(QRectF(x + SWATCH + 5, y, w - SWATCH - 5, row_h),
                       int(Qt.AlignmentFlag.AlignVCenter), name)
            p.setPen(Qt.PenStyle.NoPen)
        p.end()
