"""Mouse gestures on the canvas as small objects, one alive at a time.

A press starts an interaction (panning the view, pressing a card that may
become a drag); the view forwards move and release to it until it ends, so
no state of a half-finished gesture lives on the view itself. Picking a
further parent ("Tambah induk lain…", the next click) is a mode of its own,
`LinkPick`. Every gesture that edits ends in one call on the editor object.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QToolTip

from .ghost import DragGhost
from .surface import Surface


class Interaction:
    """A gesture in progress; `release` ends it (the view then forgets it)."""

    def move(self, view: Surface, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        """The pointer moved with the button held."""

    def release(self, view: Surface, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        """The button went up: finish."""


class Panning(Interaction):
    """Dragging the empty canvas (or with the middle button) scrolls it."""

    def __init__(self, view: Surface, start: QPoint) -> None:
        self.last = start
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, view: Surface, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        d = pos - self.last
        self.last = pos
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() - d.x())
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() - d.y())

    def release(self, view: Surface, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        view.viewport().unsetCursor()


class CardDrag(Interaction):
    """A card pressed: a click selects it; moved past the drag distance, it is dragged.

    While dragging, a faint copy follows the pointer and the card under it shows
    whether it would take the drop (green) or not (red, with the reason as a
    tooltip). Released on a card: a move there, or with Alt a contribution link.
    """

    def __init__(self, view: Surface, key: str, start: QPoint, mods: Qt.KeyboardModifier) -> None:
        self.key = key
        self.start = start
        self.mods = mods
        self.dragging = False
        self.ghost: DragGhost | None = None
        self._said: str | None = None

    def _link(self, mods: Qt.KeyboardModifier) -> bool:
        return bool((self.mods | mods) & Qt.KeyboardModifier.AltModifier)

    def _target(self, view: Surface, pos: QPoint) -> str | None:
        card = view.card_at(pos)
        return card.key if card is not None and card.key != self.key else None

    def move(self, view: Surface, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        if not self.dragging:
            if (pos - self.start).manhattanLength() < QApplication.startDragDistance():
                return
            self.dragging = True
            view.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
            self._show_ghost(view)
        if self.ghost is not None:
            self.ghost.follow(view.mapToScene(pos))
        target = self._target(view, pos)
        why = view.editor.drop_problem(self.key, target, self._link(mods)) if target else None
        view.show_drop_target(target, why is None)
        if why and why != self._said:
            QToolTip.showText(view.viewport().mapToGlobal(pos), why, view.viewport())
        elif not why and self._said:
            QToolTip.hideText()
        self._said = why

    def release(self, view: Surface, pos: QPoint, mods: Qt.KeyboardModifier) -> None:
        dragging = self.dragging
        self._end(view)
        if not dragging:
            return
        target = self._target(view, pos)
        if target is None:
            return
        if self._link(mods):
            view.editor.link(self.key, target)
        else:
            view.reveal_children_of(target)
            view.editor.move_node(self.key, target)

    def _end(self, view: Surface) -> None:
        view.show_drop_target(None, True)
        if self.ghost is not None:
            view.tree_scene.removeItem(self.ghost)
            self.ghost = None
        if self._said:
            QToolTip.hideText()
        view.viewport().unsetCursor()
        # Qt repaints only what changed; edges passed under the ghost are drawn again.
        view.viewport().update()

    def _show_ghost(self, view: Surface) -> None:
        box = view.tree_scene.boxes.get(self.key)
        if box is None:
            return
        taken = view.mapToScene(self.start)
        grab = QPointF(taken.x() - box[0], taken.y() - box[1])
        geo = view.state.geometry
        self.ghost = DragGhost(self.key, box[2], geo.colour(self.key),
                               view.plan[self.key].statement, grab)
        view.tree_scene.addItem(self.ghost)
        self.ghost.follow(taken)


class LinkPick:
    """"Tambah induk lain…": the next card clicked becomes a further parent of `key`."""

    def __init__(self, key: str) -> None:
        self.key = key
