"""Cards drawn faintly that are not nodes of the plan: the one being dragged, the removed ones.

Without the drag ghost a planner moving a card sees only the drop target's
outline and must trust that the right card is on its way; with a room watching
the projector, the card travelling with the pointer says what is being moved.

In a comparison with an older plan, the nodes removed since are drawn where
they were (app/geometry/ghosts.py decides where), faint, dashed and tagged
HAPUS, so that what was deleted is seen in the tree and not only in a table.
They are never part of the plan and never answer a click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem

from app.geometry.card import first_words
from app.geometry.ghosts import Ghost, Ghosts, layout_with_ghosts
from app.geometry.layout import Layout

from . import fonts, items
from .items import EdgeItem, edge_path, paint_face
from .state import CanvasState
from .theme import MARK_COLOURS, MARK_TAGS

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


# --- removed nodes in a comparison ------------------------------------------------------

REMOVED_OPACITY = 0.55


class RemovedCard(QGraphicsItem):
    """A node removed since the older plan, drawn faintly with a dashed outline and HAPUS.

    Not a CardItem: the canvas's gestures look for CardItems only, so a removed
    card is never selected, edited, dragged or dropped onto; clicks on it pan.
    """

    def __init__(self, ghost: Ghost, layer: RemovedLayer, w: float, h: float) -> None:
        super().__init__()
        self.ghost = ghost
        self.layer = layer
        self.w, self.h = w, h
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setToolTip(QCoreApplication.translate(
            "RemovedCard", "Dihapus sejak rencana pembanding: {statement}").format(
                statement=ghost.node.statement[:160]))

    def resize(self, w: float, h: float) -> None:
        if (w, h) != (self.w, self.h):
            self.prepareGeometryChange()
            self.w, self.h = w, h

    def boundingRect(self) -> QRectF:
        return QRectF(-8, -8, self.w + 16, self.h + 100)  # the tag under the card, zoomed out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        layer = self.layer
        theme = layer.state.theme
        rect = QRectF(0, 0, self.w, self.h)
        painter.setOpacity(REMOVED_OPACITY)
        style = layer.state.geometry.style
        paint_face(painter, lod, self.w, self.h, items.colour(self.ghost.colour), theme,
                   self.ghost.node, lambda: layer.ghosts.card(self.ghost.key, style))
        painter.setOpacity(1.0)
        red = items.colour(MARK_COLOURS["removed"])
        pen = QPen(red, max(3.0, 2.0 / max(lod, 1e-6)))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(-3, -3, 3, 3))
        tag = QCoreApplication.translate("CardItem", MARK_TAGS["removed"])
        # 9 px on screen, zoomed out too, as long as the tag stays within the card's width.
        size = min(max(10.0, 9.0 / max(lod, 0.1)), self.w / (0.8 * len(tag) + 1))
        painter.setFont(fonts.font(size, True))
        tw = size * 0.8 * len(tag) + size
        r = QRectF(0, self.h + 3, tw, size * 1.5)  # under the card, never over its text
        painter.fillRect(r, red)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), tag)


class RemovedLayer:
    """The removed cards of one comparison and their dashed edges, kept in step with the layout.

    The scene asks it for the layout (the plan's drawn forest with the ghosts
    added, `layout_with_ghosts`), takes the real nodes' boxes as usual, and
    hands the rest back to `place`. Ghosts are few: all of them are made at once.
    """

    def __init__(self, scene: QGraphicsScene, state: CanvasState, ghosts: Ghosts) -> None:
        self.scene = scene
        self.state = state
        self.ghosts = ghosts
        self.boxes: dict[str, tuple[float, float, float, float]] = {}
        self.cards: dict[str, RemovedCard] = {}
        self.edges: dict[str | None, EdgeItem] = {}
        self.visible = True

    def layout(self, collapsed: set[str], max_depth: int | None, root: str | None,
               keep: frozenset[str] | None, stacked: bool = False) -> Layout:
        """The layout with ghosts; their boxes are taken out of it and kept here.

        `stacked`: leaf families in columns, as PlanGeometry.layout stacks them.
        """
        geo = self.state.geometry
        gaps = {"stack_leaves": True, "subtree_gap": 24} if stacked else {}
        lay = layout_with_ghosts(geo.plan, geo.cards, self.ghosts, collapsed, max_depth, root,
                                 keep, **gaps)
        by_key = self.ghosts.by_key
        nodes = geo.plan.nodes  # a key back in the plan (an undo) is drawn as itself
        self.boxes = {k: lay.boxes.pop(k)
                      for k in [k for k in lay.boxes if k in by_key and k not in nodes]}
        return lay

    def place(self, real: dict[str, tuple[float, float, float, float]]) -> None:
        """Make, move or drop the removed cards and their edges for the boxes of the last layout."""
        scene = self.scene
        for k in [k for k in self.cards if k not in self.boxes]:
            scene.removeItem(self.cards.pop(k))
        for k, (x, y, w, h) in self.boxes.items():
            card = self.cards.get(k)
            if card is None:
                card = self.cards[k] = RemovedCard(self.ghosts.by_key[k], self, w, h)
                card.setVisible(self.visible)
                scene.addItem(card)
            card.resize(w, h)
            card.setPos(x, y)
            card.update()
        # One dashed edge item per parent: from its bus down to its removed children.
        families: dict[str, list[tuple]] = {}
        for k, b in self.boxes.items():
            p = self.ghosts.by_key[k].parent
            if p is not None:
                families.setdefault(p, []).append(b)
        for p in [p for p in self.edges if p not in families]:
            scene.removeItem(self.edges.pop(p))
        pen = QPen(self.state.theme.edge, self.state.theme.edge_width)
        pen.setStyle(Qt.PenStyle.DashLine)
        for p, kids in families.items():
            pb = real.get(p) or self.boxes.get(p)
            if pb is None:
                continue
            edge = self.edges.get(p)
            if edge is None:
                edge = self.edges[p] = EdgeItem()
                edge.setVisible(self.visible)
                scene.addItem(edge)
            edge.setPen(pen)
            edge.setPath(edge_path(pb, kids))

    def set_visible(self, visible: bool) -> None:
        """Far out the overview stands in for every card: removed ones hide with the rest."""
        self.visible = visible
        for item in (*self.cards.values(), *self.edges.values()):
            item.setVisible(visible)

    def clear(self) -> None:
        for item in (*self.cards.values(), *self.edges.values()):
            self.scene.removeItem(item)
        self.cards.clear()
        self.edges.clear()
        self.boxes = {}
