"""Mouse on the canvas: wheel zoom at the cursor, pan, select, drag a card, context menu.

A mixin of `TreeView`. Dragging uses plain press/move/release on the viewport
(no QDrag), so tests can drive it with real mouse events; a faint copy of the
card follows the pointer meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QMenu

from .ghost import DragGhost


class MouseMixin:
    """Mouse handling (mixed into TreeView)."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        dy = event.angleDelta().y()
        if dy == 0:
            return
        self._zoom_by(1.0015**dy, event.position().toPoint())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            card = self._card_at(pos)
            if card is not None:
                if self._link_from is not None:
                    self._finish_link(card.key)
                    return
                local = card.mapFromScene(self.mapToScene(pos))
                if card.has_toggle() and card.toggle_rect().adjusted(-4, -4, 4, 4).contains(local):
                    self.toggle_collapsed(card.key)
                    return
                self.select(card.key)
                self._press = (card.key, pos, event.modifiers())
                self._dragging = False
            else:
                self._link_from = None
                self._pan_from = pos
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = pos
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            d = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - d.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - d.y())
            return
        if self._press is not None:
            key, start, mods = self._press
            if not self._dragging:
                if (pos - start).manhattanLength() < QApplication.startDragDistance():
                    return
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
                self._show_ghost(key, start)
            if self._ghost is not None:
                self._ghost.follow(self.mapToScene(pos))
            alt = bool((mods | event.modifiers()) & Qt.KeyboardModifier.AltModifier)
            target = self._card_at(pos)
            tkey = target.key if target is not None and target.key != key else None
            ok = tkey is not None and self._drop_problem(key, tkey, alt) is None
            self._set_drop_target(tkey, ok)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        if self._press is not None:
            key, _, mods = self._press
            dragging = self._dragging
            self._press = None
            self._dragging = False
            self._set_drop_target(None, True)
            self._hide_ghost()
            self.viewport().unsetCursor()
            if dragging:
                target = self._card_at(pos)
                if target is not None and target.key != key:
                    alt = bool((mods | event.modifiers()) & Qt.KeyboardModifier.AltModifier)
                    self._drop(key, target.key, alt)
            return
        super().mouseReleaseEvent(event)

    def _show_ghost(self, key: str, start: QPoint) -> None:
        """A faint copy of the dragged card, held where it was taken (see ghost.py)."""
        self._hide_ghost()
        box = self.tree_scene.boxes.get(key)
        if box is None:
            return
        taken = self.mapToScene(start)
        grab = QPointF(taken.x() - box[0], taken.y() - box[1])
        geo = self.state.geometry
        self._ghost = DragGhost(key, box[2], geo.colour(key), self.plan[key].statement, grab)
        self.tree_scene.addItem(self._ghost)
        self._ghost.follow(taken)

    def _hide_ghost(self) -> None:
        if self._ghost is not None:
            self.tree_scene.removeItem(self._ghost)
            self._ghost = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        card = self._card_at(event.position().toPoint())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self.edit_statement(card.key)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        card = self._card_at(event.pos())
        if card is None:
            return
        key = card.key
        self.select(key)
        menu = QMenu(self)
        menu.addAction(self.tr("Sunting pernyataan (F2)"), lambda: self.edit_statement(key))
        menu.addAction(self.tr("Tambah anak (Tab)"), self.add_child)
        menu.addAction(self.tr("Tambah saudara (Enter)"), self.add_sibling)
        menu.addSeparator()
        menu.addAction(self.tr("Tambah induk lain…"), lambda: self.start_link(key))
        node = self.plan[key]
        if node.further_parents:
            sub = menu.addMenu(self.tr("Hapus induk lain"))
            for p in node.further_parents:
                label = self.plan[p].statement[:60] if p in self.plan else p
                sub.addAction(label or p, lambda p=p: self.unlink(key, p))
        menu.addSeparator()
        menu.addAction(self.tr("Salin cabang (Ctrl+C)"), self.copy_selected)
        paste = menu.addAction(
            self.tr("Tempel cabang di bawahnya (Ctrl+V)"), self.paste_under_selected
        )
        paste.setEnabled(self._clipboard is not None)
        menu.addAction(self.tr("Lipat/buka cabang (Spasi)"), lambda: self.toggle_collapsed(key))
        menu.addSeparator()
        menu.addAction(self.tr("Hapus simpul (Delete)"), self.delete_selected)
        menu.exec(event.globalPos())
