"""The scene: card, edge and link items kept in step with the layout.

A relayout never rebuilds the scene: items of nodes that stay are moved or
resized, only new nodes get new items and only removed nodes lose theirs, and a
parent's edges are rebuilt only when its children moved relative to it. So an
edit in a 20,000-node plan is one layout and a few hundred item calls.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.model.changes import ChangeSet

from .items import (
    LOD_BLOCK,
    CardItem,
    EdgeItem,
    LinkItem,
    OverviewItem,
    edge_path,
    link_path,
)
from .state import CanvasState

SCENE_MARGIN = 300.0


class _Layer(QGraphicsItem):
    """An invisible parent for all detailed items, so they hide and show in one call."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # pragma: no cover
        pass


class TreeScene(QGraphicsScene):
    """Items for the nodes currently shown (collapsed, depth and focus-root respected)."""

    def __init__(self, state: CanvasState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.max_depth: int | None = None
        self.root: str | None = None
        self.boxes: dict[str, tuple[float, float, float, float]] = {}
        self.cards: dict[str, CardItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.layer = _Layer()
        self.addItem(self.layer)
        self.overview = OverviewItem(state)
        self.overview.setVisible(False)
        self.addItem(self.overview)
        self._far = False
        self.setBackgroundBrush(state.theme.background)
        self.relayout()

    @property
    def plan(self):
        return self.state.geometry.plan

    # --- level of detail -----------------------------------------------------

    def set_scale(self, scale: float) -> None:
        """Swap cards for the overview item (and back) when the zoom crosses LOD_BLOCK."""
        far = scale < LOD_BLOCK
        if far != self._far:
            self._far = far
            self.layer.setVisible(not far)
            self.overview.setVisible(far)

    def set_theme(self, theme) -> None:
        self.state.theme = theme
        self.setBackgroundBrush(theme.background)
        self._restyle_edges()
        self.overview.invalidate()
        self.update()

    # --- layout --------------------------------------------------------------

    def relayout(self) -> None:
        """Lay out the shown nodes and bring the items in line with the new boxes."""
        st = self.state
        root = self.root if self.root in self.plan else None
        boxes = st.geometry.layout(st.collapsed, self.max_depth, root)
        self._apply(boxes)

    def _apply(self, boxes: dict[str, tuple[float, float, float, float]]) -> None:
        cards = self.cards
        old = self.boxes
        for k in [k for k in cards if k not in boxes]:
            self.removeItem(cards.pop(k))
        layer = self.layer
        st = self.state
        for k, b in boxes.items():
            item = cards.get(k)
            if item is None:
                item = CardItem(k, b[2], b[3], st)
                item.setPos(b[0], b[1])
                item.setParentItem(layer)
                cards[k] = item
            else:
                ob = old.get(k)
                if ob != b:
                    if ob is None or ob[2] != b[2] or ob[3] != b[3]:
                        item.resize(b[2], b[3])
                    if ob is None or ob[0] != b[0] or ob[1] != b[1]:
                        item.setPos(b[0], b[1])
        self.boxes = boxes
        self._update_hidden()
        self._update_edges()
        self._update_links()
        if boxes:
            xs = [b[0] for b in boxes.values()]
            ys = [b[1] for b in boxes.values()]
            x2 = max(b[0] + b[2] for b in boxes.values())
            y2 = max(b[1] + b[3] for b in boxes.values())
            bounds = QRectF(min(xs), min(ys), x2 - min(xs), y2 - min(ys))
        else:
            bounds = QRectF(0, 0, 400, 300)
        self.overview.set_boxes(boxes, bounds)
        self.setSceneRect(bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    def _update_hidden(self) -> None:
        plan = self.plan
        boxes = self.boxes
        hidden: dict[str, int] = {}
        for k in boxes:
            kids = plan.children(k)
            if kids and kids[0] not in boxes:
                hidden[k] = len(plan.subtree(k)) - 1
        self.state.hidden = hidden

    def _edge_pen(self) -> QPen:
        pen = QPen(self.state.theme.edge, self.state.theme.edge_width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _update_edges(self) -> None:
        plan = self.plan
        boxes = self.boxes
        kids: dict[str, list[str]] = {}
        for k in boxes:
            p = plan[k].parent
            if p is not None and p in boxes:
                kids.setdefault(p, []).append(k)
        for p in [p for p in self.edges if p not in kids]:
            self.removeItem(self.edges.pop(p))
        pen = None
        for p, ks in kids.items():
            px, py, pw, ph = boxes[p]
            rel = [(boxes[k][0] - px, boxes[k][1] - py, boxes[k][2], boxes[k][3]) for k in ks]
            sig = (pw, ph, tuple(rel))
            item = self.edges.get(p)
            if item is None:
                item = EdgeItem()
                if pen is None:
                    pen = self._edge_pen()
                item.setPen(pen)
                item.setParentItem(self.layer)
                self.edges[p] = item
            if item.signature != sig:
                item.setPath(edge_path((0.0, 0.0, pw, ph), rel))
                item.signature = sig
            if item.pos().x() != px or item.pos().y() != py:
                item.setPos(px, py)

    def _restyle_edges(self) -> None:
        pen = self._edge_pen()
        for item in self.edges.values():
            item.setPen(pen)
        self._update_links(force=True)

    def _update_links(self, force: bool = False) -> None:
        plan = self.plan
        boxes = self.boxes
        wanted: dict[str, list[tuple]] = {}
        for k in boxes:
            fps = plan[k].further_parents
            if fps:
                targets = [boxes[p] for p in fps if p in boxes]
                if targets:
                    wanted[k] = targets
        for k in list(self.links):
            self.removeItem(self.links.pop(k))
        if not wanted:
            return
        pen = QPen(self.state.theme.further_edge, self.state.theme.edge_width * 1.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        for k, targets in wanted.items():
            item = LinkItem()
            item.setPen(pen)
            item.setPath(link_path(boxes[k], targets))
            item.setParentItem(self.layer)
            self.links[k] = item

    # --- following the model -------------------------------------------------

    def on_changed(self, changes: ChangeSet) -> None:
        """Redraw after one edit: relayout only when the shape or a card's size changed."""
        geo = self.state.geometry
        if "scheme" in changes.plan:
            geo.clear()
            self.relayout()
            return
        geo.forget(changes.removed)
        geo.forget(changes.changed)
        if changes.removed & set(self.state.collapsed):
            self.state.collapsed -= changes.removed
        need = changes.structural or bool(changes.plan & {"start_year", "end_year"})
        if changes.plan & {"start_year", "end_year"}:
            geo.clear()
        if not need:
            for k, fields in changes.changed.items():
                if "level" in fields or "*" in fields:
                    need = True
                    break
                b = self.boxes.get(k)
                if b is not None and geo.size(k) != (b[2], b[3]):
                    need = True
                    break
        if need:
            self.relayout()
        else:
            if any("further_parents" in f for f in changes.changed.values()):
                self._update_links()
            for k in changes.changed:
                item = self.cards.get(k)
                if item is not None:
                    item.update()
            self.overview.invalidate()
        if self.state.selected is not None and self.state.selected not in self.plan:
            self.state.selected = None

    def card_at(self, pos) -> CardItem | None:
        """The card under a scene point (edges and links never answer)."""
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None
