"""Keys of the canvas and moving the selection with the arrows.

A mixin of `TreeView`. Arrows: Up to the parent, Down to the first child, Left
and Right along the row (siblings first, then cousins at the same depth).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from .items import CardItem


class KeyMixin:
    """Keyboard handling (mixed into TreeView)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        K = Qt.Key
        sel = self.state.selected
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected()
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_under_selected()
            return True
        if ctrl and key in (K.Key_Plus, K.Key_Equal):
            self.zoom_in()
            return True
        if ctrl and key == K.Key_Minus:
            self.zoom_out()
            return True
        if ctrl and key == K.Key_0:
            self.fit_all()
            return True
        if ctrl:
            return False
        if key in (K.Key_Up, K.Key_Down, K.Key_Left, K.Key_Right):
            self._navigate(key)
            return True
        if key == K.Key_Tab:
            self.add_child()
            return True
        if key in (K.Key_Return, K.Key_Enter):
            self.add_sibling()
            return True
        if key == K.Key_F2:
            if sel is not None:
                self.edit_statement(sel)
            return True
        if key == K.Key_Delete:
            self.delete_selected()
            return True
        if key == K.Key_F:
            self.fit_all()
            return True
        if key == K.Key_Space:
            if sel is not None:
                self.toggle_collapsed(sel)
            return True
        if key == K.Key_Escape and self._link_from is not None:
            self._link_from = None
            self.status_message.emit(self.tr("Penautan induk lain dibatalkan."))
            return True
        if K.Key_0 <= key <= K.Key_9 and not mods & Qt.KeyboardModifier.AltModifier:
            self.set_max_depth(int(key - K.Key_0) or None)
            return True
        return False

    def _card_at(self, pos: QPoint) -> CardItem | None:
        if not self.tree_scene.detailed:
            return None
        return self.tree_scene.card_at(self.mapToScene(pos))

    def _navigate(self, key: int) -> None:
        boxes = self.tree_scene.boxes
        sel = self.state.selected
        plan = self.plan
        if sel is None or sel not in boxes:
            roots = [k for k in plan.roots() if k in boxes]
            if self.tree_scene.root in boxes:
                roots = [self.tree_scene.root]
            if roots:
                self.select(roots[0])
            return
        K = Qt.Key
        target = None
        if key == K.Key_Up:
            p = plan[sel].parent
            if p in boxes and sel != self.tree_scene.root:
                target = p
        elif key == K.Key_Down:
            kids = [k for k in plan.children(sel) if k in boxes]
            if kids:
                target = kids[0]
            elif plan.children(sel):
                self.set_collapsed(sel, False)
                kids = [k for k in plan.children(sel) if k in boxes]
                target = kids[0] if kids else None
        else:
            # Siblings first, then cousins: every shown card of the same row, left to right.
            y = boxes[sel][1]
            row = sorted((b[0], k) for k, b in boxes.items() if b[1] == y)
            i = row.index((boxes[sel][0], sel))
            j = i - 1 if key == K.Key_Left else i + 1
            if 0 <= j < len(row):
                target = row[j][1]
        if target is not None:
            self.select(target)
