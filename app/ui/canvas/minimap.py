"""The overview (Ikhtisar): the whole tree small, the visible area as a rectangle.

The picture of the tree is cached and redrawn only after a relayout (late, on a
timer, so it never slows an edit); the rectangle follows every scroll and zoom.
Clicking or dragging in it moves the view there.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QWidget


class Minimap(QWidget):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._image: QImage | None = None
        self._to_map = QTransform()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._render)
        self.resize(240, 130)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Ikhtisar: klik atau seret untuk berpindah"))

    def invalidate(self) -> None:
        """The tree changed shape: redraw the picture soon."""
        self._timer.start()

    def render_now(self) -> None:
        """Draw the picture now if it is due (screenshots)."""
        if self._image is None or self._timer.isActive():
            self._timer.stop()
            self._render()

    def _render(self) -> None:
        scene = self.view.tree_scene
        bounds = scene.overview.boundingRect()
        img = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor(255, 255, 255, 235))
        self._to_map = QTransform()
        if bounds.width() > 0 and bounds.height() > 0:
            pad = 6
            # Width and height scaled apart: a wide tree still fills the box and shows its shape.
            sx = (self.width() - 2 * pad) / bounds.width()
            sy = (self.height() - 2 * pad) / bounds.height()
            ox = pad
            oy = (self.height() - bounds.height() * sy) / 2
            self._to_map = QTransform(sx, 0, 0, sy, ox - bounds.left() * sx, oy - bounds.top() * sy)
            p = QPainter(img)
            p.setTransform(self._to_map)
            scene.overview.paint_all(p, min_px=1.0)
            p.end()
        self._image = img
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._image is None or self._image.size() != self.size():
            # Drawn a moment later, so that the canvas's first frame does not wait for it;
            # until then nothing shows (a blank box over the cards would look broken).
            if not self._timer.isActive():
                self._timer.start()
            return
        p = QPainter(self)
        p.drawImage(0, 0, self._image)
        p.setPen(QPen(QColor("#90A4AE"), 1))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        r = self._to_map.mapRect(visible)
        r = r.intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        if r.width() < 4:
            r.adjust(-2, 0, 2, 0)
        if r.height() < 4:
            r.adjust(0, -2, 0, 2)
        p.setPen(QPen(QColor("#E65100"), 2))
        p.setBrush(QColor(230, 81, 0, 40))
        p.drawRect(r)
        p.end()

    def _go(self, pos: QPointF) -> None:
        if self._image is None or self._timer.isActive():
            self._render()  # the picture (and its transform) must match the tree now
        inv, ok = self._to_map.inverted()
        if ok:
            self.view.centerOn(inv.map(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._go(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event.position())
