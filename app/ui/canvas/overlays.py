"""Widgets laid over the canvas: the legend of levels and the breadcrumb of a focused branch."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from . import fonts


class Legend(QWidget):
    """The level scheme with its colours: colour never explains itself (ux.md)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.levels: list[tuple[str, str]] = []
        self.title = self.tr("Level")
        self.big = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def set_levels(self, levels: list[tuple[str, str]], big: bool = False) -> None:
        self.levels = levels
        self.big = big
        self.resize(self.sizeHint())
        self.update()

    def _metrics(self) -> tuple[int, int]:
        return (26, 15) if self.big else (18, 11)

    def sizeHint(self) -> QSize:
        row, size = self._metrics()
        width = max((len(n) for n, _ in self.levels), default=5) * size * 0.62 + row + 24
        return QSize(int(width), int(row * (len(self.levels) + 1) + 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        row, size = self._metrics()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 230))
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        p.setFont(fonts.font(size, True))
        p.setPen(QColor("#263238"))
        p.drawText(QRectF(8, 4, self.width() - 16, row), int(Qt.AlignmentFlag.AlignVCenter), self.title)
        p.setFont(fonts.font(size))
        for i, (name, col) in enumerate(self.levels):
            y = 4 + row * (i + 1)
            p.fillRect(QRectF(8, y + 3, row - 6, row - 6), QColor(col))
            p.setPen(QColor("#263238"))
            p.drawText(
                QRectF(8 + row, y, self.width() - row - 12, row),
                int(Qt.AlignmentFlag.AlignVCenter),
                name,
            )
        p.end()


class Breadcrumb(QLabel):
    """The ancestors of the focused branch, top first; clicking one focuses it."""

    def __init__(self, parent: QWidget, on_pick: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._on_pick = on_pick
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(self._on_pick)
        self.set_big(False)
        self.hide()

    def set_big(self, big: bool) -> None:
        size = 22 if big else 13
        bg = "#263238" if big else "rgba(255,255,255,235)"
        fg = "#FFFFFF" if big else "#263238"
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; padding: 6px 10px;"
            f" font-family: '{fonts.family()}'; font-size: {size}px; }}"
        )

    def set_trail(self, trail: list[tuple[str, str, str]], link_colour: str) -> None:
        """`trail` = (key, level, statement) from the top down to the focused node."""
        if not trail:
            self.hide()
            return
        parts = []
        for i, (key, level, statement) in enumerate(trail):
            text = _esc(_short(statement or self.tr("(belum diisi)"), 60))
            if i < len(trail) - 1:
                parts.append(
                    f"<a href='{_esc(key)}' style='color:{link_colour};text-decoration:none'>"
                    f"<b>{_esc(level)}</b>: {text}</a>"
                )
            else:
                parts.append(f"<b>{_esc(level)}</b>: {text}")
        self.setText(" &nbsp;›&nbsp; ".join(parts))
        self.show()


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
