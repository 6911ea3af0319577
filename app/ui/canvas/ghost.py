"""The card being dragged, drawn faintly under the cursor until it is dropped.

Without it a planner moving a card sees only the drop target's outline and
must trust that the right card is on its way; with a room watching the
projector, the card travelling with the pointer says what is being moved.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.geometry.card import first_words

from . import fonts

GHOST_OPACITY = 0.65
GHOST_MAX_HEIGHT = 90.0  # the strip and the statement's first words are enough to recognise it


class DragGhost(QGraphicsItem):
    """A translucent copy of a card's strip and first words, following the pointer."""

    def __init__(self, key: str, width: float, colour: str, statement: str,
                 grab: QPointF) -> None:
        super().__init__()
        self.key = key
        self._w = width
        self._h = GHOST_MAX_HEIGHT
        self._colour = QColor(colour)
        self._words = first_words(statement, 8)
        self._grab = grab  # where the card was taken hold of, from its top-left corner
        self.setOpacity(GHOST_OPACITY)
        self.setZValue(1e6)  # above every card, edge and link
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)

    def follow(self, scene_pos: QPointF) -> None:
        """Keep the point the card was taken by under the pointer."""
        self.setPos(scene_pos - self._grab)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self._w + 4, self._h + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = QRectF(0, 0, self._w, self._h)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(self._colour, 2))
        painter.setBrush(QColor(255, 255, 255))
        painter.drawRoundedRect(rect, 6, 6)
        strip = QRectF(0, 0, self._w, 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawRoundedRect(strip, 6, 6)
        painter.setPen(QColor("#1A1A1A"))
        painter.setFont(fonts.font(12.5))
        text = rect.adjusted(8, 26, -8, -6)
        painter.drawText(text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), self._words)
