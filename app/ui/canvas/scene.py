"""The scene: card, edge and link items kept in step with the layout.

A relayout never rebuilds the scene: items of nodes that stay are moved or
resized, only new nodes get new items and only removed nodes lose theirs, and a
parent's edges are rebuilt only when its children moved relative to it. So an
edit in a 20,000-node plan is one layout and a few hundred item calls.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from app.model.changes import ChangeSet
from app.util.gc_pause import paused_gc

from .ghost import RemovedLayer
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
STACK_MAX_DEPTH = 1  # depth limits down to this stack leaf families (0 = the top row)
# Items placed per idle slice after a relayout: about 4 ms of work, so that a key
# press or a paint waiting behind the catch-up is never held up noticeably.
IDLE_CHUNK = 400


def _meets(view: QRectF, b: tuple) -> bool:
    """True when box `b` (x, y, w, h, with room for outlines) is in the visible rectangle."""
    return not (
        b[0] + b[2] + 20 < view.left()
        or b[0] - 20 > view.right()
        or b[1] + b[3] + 30 < view.top()
        or b[1] - 20 > view.bottom()
    )


class TreeScene(QGraphicsScene):
    """Items for the nodes currently shown (collapsed, depth and focus-root respected)."""

    def __init__(self, state: CanvasState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.max_depth: int | None = None
        self.root: str | None = None
        self.keep: frozenset[str] | None = None  # an OPD's tree: only these nodes are drawn
        self.removed: RemovedLayer | None = None  # a comparison's removed nodes, drawn faintly
        self.boxes: dict[str, tuple[float, float, float, float]] = {}
        self.cards: dict[str, CardItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self.links: dict[str, LinkItem] = {}
        self.overview = OverviewItem(state)
        self.overview.setVisible(False)
        self.addItem(self.overview)
        self._far = False
        self._pending_cards: set[str] = set()
        self._pending_edges: set[str] = set()
        self._last_removed: set[str] = set()
        # While far out: the boxes the items still show, and the keys removed since.
        self._items_show: dict[str, tuple[float, float, float, float]] | None = None
        self._removed_since: set[str] = set()
        self._bounds = QRectF(0, 0, 400, 300)
        self._pending_index: tuple | None = None  # queued cards sorted by x, edge spans
        self._owner: dict[str, str] = {}  # child -> parent whose edge item draws its edge
        self._linked: set[str] | None = None  # keys with further parents (None: find again)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._flush_some)
        self.setBackgroundBrush(state.theme.background)
        # The first relayout waits for the view (it decides what is made at once).

    @property
    def plan(self):
        return self.state.geometry.plan

    # --- level of detail -----------------------------------------------------

    def set_scale(self, scale: float) -> None:
        """Swap cards for the overview item (and back) when the zoom crosses LOD_BLOCK."""
        far = scale < LOD_BLOCK
        if far != self._far:
            self._far = far
            # Cards are top-level items (a parent item would defeat the BSP index:
            # Qt then walks every child on every paint), so they hide one by one.
            for group in (self.cards, self.edges, self.links):
                for item in group.values():
                    item.setVisible(not far)
            if self.removed is not None:
                self.removed.set_visible(not far)
            self.overview.setVisible(far)
            if not far:
                self._catch_up()

    @property
    def detailed(self) -> bool:
        """True when cards are shown (not the far overview)."""
        return not self._far

    def _add(self, item: QGraphicsItem) -> None:
        if self._far:
            item.setVisible(False)
        self.addItem(item)

    def set_theme(self, theme) -> None:
        self.state.theme = theme
        self.setBackgroundBrush(theme.background)
        self._restyle_edges()
        self.overview.invalidate()
        self.update()

    # --- layout --------------------------------------------------------------

    def relayout(self, changes: ChangeSet | None = None) -> None:
        """Lay out the shown nodes and bring the items in line with the new boxes.

        `changes` is the edit that called for it (None: folding, depth, focus or a
        reset), so that the overview regroups only the keys it names.
        """
        st = self.state
        root = self.root if self.root in self.plan else None
        # Two levels or fewer (the first view of a large plan): each Tujuan's Sasaran in a
        # column under it, so the city's goals read as a table, not a line too wide to read.
        stacked = self.max_depth is not None and self.max_depth <= STACK_MAX_DEPTH
        if self.removed is None:
            lay = st.geometry.layout(st.collapsed, self.max_depth, root, self.keep, stacked)
        else:  # with the removed nodes' ghosts (their boxes stay with the layer)
            lay = self.removed.layout(st.collapsed, self.max_depth, root, self.keep, stacked)
        boxes = lay.boxes
        # The layout starts at (0, 0); its size gives the tree's bounds without a pass.
        self._bounds = QRectF(0, 0, lay.width, lay.height) if boxes else QRectF(0, 0, 400, 300)
        # Creating 20,000 items would run the cyclic collector dozens of times over
        # every live object; nothing made here is garbage, so it waits.
        with paused_gc():
            self._apply(boxes, changes)
        if self.removed is not None:
            self.removed.place(boxes)

    def set_removed(self, ghosts) -> None:
        """Draw a comparison's removed nodes (`app.geometry.ghosts.Ghosts`); None: none."""
        now = self.removed.ghosts if self.removed is not None else None
        if (now is not None and ghosts and now.old is ghosts.old
                and [(g.key, g.parent) for g in now.items]
                == [(g.key, g.parent) for g in ghosts.items]):
            return  # a live comparison refreshed after an edit: the same ghosts, laid out already
        if self.removed is not None:
            self.removed.clear()
        self.removed = RemovedLayer(self, self.state, ghosts) if ghosts else None
        if self.removed is not None:
            self.removed.set_visible(not self._far)
        self.relayout()

    def _apply(self, boxes: dict[str, tuple[float, float, float, float]],
               changes: ChangeSet | None = None) -> None:
        """Bring items in line with `boxes`: what is on screen now, the rest when idle.

        Comparing 20,000 boxes is a few milliseconds; moving 10,000 items and
        rebuilding 3,000 edge paths is not. Items whose old and new places are
        both off screen are queued and placed in chunks after the frame.
        """
        if self._far and self.views():
            self._defer(boxes, changes)
            return
        cards = self.cards
        old = self.boxes
        nodes = self.plan.nodes
        st = self.state
        self.boxes = boxes
        st.shown = boxes
        st.forget_hidden()
        dirty_parents: set[str] = set()
        for k in [k for k in cards if k not in boxes]:
            self.removeItem(cards.pop(k))
            self._pending_cards.discard(k)
            edge = self.edges.pop(k, None)
            if edge is not None:
                self.removeItem(edge)
                self._pending_edges.discard(k)
            p = self._owner.pop(k, None)
            if p is not None:
                dirty_parents.add(p)
        for k in self._last_removed:
            edge = self.edges.pop(k, None)
            if edge is not None:
                self.removeItem(edge)
                self._pending_edges.discard(k)
        self._last_removed = set()
        view = self._visible()
        if view is not None:
            vl, vt, vr, vb = view.left() - 20, view.top() - 30, view.right() + 20, view.bottom() + 20
        urgent_parents: set[str] = set()
        pending = self._pending_cards
        owner = self._owner
        add_item = self.addItem
        far = self._far
        for k, b in boxes.items():
            ob = old.get(k)
            if ob == b:
                continue
            item = cards.get(k)
            p = nodes[k].parent
            if p is not None:
                dirty_parents.add(p)
            was = owner.get(k)
            if was is not None and was != p:
                dirty_parents.add(was)
            dirty_parents.add(k)
            in_view = view is None or not (
                b[0] + b[2] < vl or b[0] > vr or b[1] + b[3] < vt or b[1] > vb
            )
            if item is None:
                if not in_view:
                    pending.add(k)  # made after the frame (20,000 items take ~0.4 s)
                    continue
                item = CardItem(k, b[2], b[3], st)
                item.setPos(b[0], b[1])
                if far:
                    item.setVisible(False)
                add_item(item)
                cards[k] = item
                if p is not None:
                    urgent_parents.add(p)
            elif in_view or (ob is not None and _meets(view, ob)):
                self._place(item, b)
                urgent_parents.add(k)
                if p is not None:
                    urgent_parents.add(p)
            else:
                pending.add(k)
        kids_of = self.plan.children
        edges = self.edges
        for p in dirty_parents:
            edge = edges.get(p)
            if edge is None and not kids_of(p):
                continue  # a leaf: no edges to draw or remove
            if (
                view is None
                or p in urgent_parents
                or (edge is not None and view.intersects(edge.sceneBoundingRect()))
            ):
                self._update_edge(p)
            else:
                self._pending_edges.add(p)
        self._update_links()
        self._follow_bounds(boxes, changes)
        self._pending_index = None
        if self._pending_cards or self._pending_edges:
            self._idle.start()

    def _follow_bounds(self, boxes: dict[str, tuple[float, float, float, float]],
                       changes: ChangeSet | None) -> None:
        """The overview and the scene rectangle after a relayout."""
        bounds = self._bounds
        self.overview.set_boxes(boxes, bounds, changes)
        # A new scene rectangle makes Qt rebuild its BSP index over every item (~50 ms on
        # 20,000): keep slack around the tree and only grow or shrink it when far off.
        need = bounds.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        have = self.sceneRect()
        if not have.contains(need) or have.width() > need.width() * 1.5 + 4000:
            slack_x, slack_y = need.width() * 0.15 + 2000, need.height() * 0.15 + 1000
            self.setSceneRect(need.adjusted(-slack_x, -slack_y, slack_x, slack_y))

    def _defer(self, boxes: dict[str, tuple[float, float, float, float]],
               changes: ChangeSet | None) -> None:
        """Far out, where the overview stands in for the hidden cards: items follow later.

        Comparing and queueing 20,000 boxes after each edit would cost more than the
        edit; the cards catch up in one pass when the zoom brings them back.
        """
        if self._items_show is None:
            self._items_show = self.boxes
        self._removed_since |= self._last_removed
        self._last_removed = set()
        self.boxes = boxes
        self.state.shown = boxes
        self.state.forget_hidden()
        self._follow_bounds(boxes, changes)

    def _catch_up(self) -> None:
        """Bring the items in line with the boxes of the relayouts made while far out."""
        shown = self._items_show
        if shown is None:
            return
        boxes = self.boxes
        self._items_show = None
        self.boxes = shown
        self._last_removed |= self._removed_since
        self._removed_since = set()
        with paused_gc():
            self._apply(boxes)

    def _visible(self) -> QRectF | None:
        """The scene area on screen (with a margin); None places every item at once.

        A view not shown yet sees nothing: its first frame makes what it shows.
        (Far out, relayouts do not come here at all: see `_defer`.)
        """
        views = self.views()
        if len(views) != 1:
            return None
        v = views[0]
        if not v.isVisible():
            return QRectF(-1e12, -1e12, 1, 1)
        r = v.mapToScene(v.viewport().rect()).boundingRect()
        m = 0.25 * max(r.width(), r.height())
        return r.adjusted(-m, -m, m, m)

    def _place(self, item: CardItem, b: tuple) -> None:
        if item.w != b[2] or item.h != b[3]:
            item.resize(b[2], b[3])
        pos = item.pos()
        if pos.x() != b[0] or pos.y() != b[1]:
            item.setPos(b[0], b[1])
        item.update()

    def flush(self, budget: int | None = None) -> bool:
        """Place queued items (at most `budget` of them); True when nothing is left."""
        n = 0
        cards, boxes = self.cards, self.boxes
        far = self._far
        while self._pending_cards and (budget is None or n < budget):
            k = self._pending_cards.pop()
            item, b = cards.get(k), boxes.get(k)
            if b is None:
                continue
            if item is None:
                item = CardItem(k, b[2], b[3], self.state)
                item.setPos(b[0], b[1])
                if far:
                    item.setVisible(False)
                self.addItem(item)
                cards[k] = item
            else:
                self._place(item, b)
            n += 1
        while self._pending_edges and (budget is None or n < budget):
            self._update_edge(self._pending_edges.pop())
            n += 1
        return not (self._pending_cards or self._pending_edges)

    def flush_visible(self) -> None:
        """Make and place the queued items that are (about to be) on screen, now.

        Called on every scroll and zoom, so it looks queued cards up by x in a
        sorted index (built once per relayout) rather than scanning 20,000.
        """
        if self._far or not (self._pending_cards or self._pending_edges):
            return  # far out the overview item stands in; the idle timer catches up
        view = self._visible()
        if view is None:
            self.flush()
            return
        if self._pending_index is None:
            self._build_pending_index()
        xs, keys, spans = self._pending_index  # type: ignore[misc]
        boxes = self.boxes
        lo = bisect.bisect_left(xs, view.left() - 2000)
        hi = bisect.bisect_right(xs, view.right() + 20)
        pending = self._pending_cards
        hits = {
            k for k in keys[lo:hi] if k in pending and k in boxes and _meets(view, boxes[k])
        }
        vl, vr, vt, vb = view.left(), view.right(), view.top(), view.bottom()
        pending_edges = self._pending_edges
        edge_hits = {
            p
            for left, right, top, bottom, p in spans
            if p in pending_edges and not (right < vl or left > vr or bottom < vt or top > vb)
        }
        if not hits and not edge_hits:
            return
        with paused_gc():
            keep_cards, keep_edges = self._pending_cards, self._pending_edges
            self._pending_cards, self._pending_edges = hits, edge_hits
            self.flush()
            self._pending_cards = keep_cards - hits
            self._pending_edges = keep_edges - edge_hits

    def _build_pending_index(self) -> None:
        boxes = self.boxes
        pending = self._pending_cards
        # In the layout's order each row runs left to right: sorting a few long runs
        # is a merge (after opening a plan every card is queued).
        order = sorted([(b[0], k) for k, b in boxes.items() if k in pending])
        xs = [x for x, _ in order]
        keys = [k for _, k in order]
        kids_of = self.plan.children
        spans = []
        get = boxes.get
        for p in self._pending_edges:
            pb = get(p)
            if pb is None:
                continue
            kids = kids_of(p)
            first = get(kids[0]) if kids else None
            last = get(kids[-1]) if kids else None
            if first is not None and last is not None:
                ks = (first, last)  # children share a row, left to right: the ends suffice
            else:
                ks = tuple(filter(None, map(get, kids)))
            edge = self.edges.get(p)
            left, right, bottom = pb[0], pb[0] + pb[2], pb[1] + pb[3]
            for k in ks:
                left, right, bottom = min(left, k[0]), max(right, k[0] + k[2]), max(bottom, k[1])
            if edge is not None:  # where the old edges still are drawn
                er = edge.sceneBoundingRect()
                left, right = min(left, er.left()), max(right, er.right())
                bottom = max(bottom, er.bottom())
            spans.append((left, right, pb[1], bottom, p))
        self._pending_index = (xs, keys, spans)

    def _flush_some(self) -> None:
        with paused_gc():
            done = self.flush(IDLE_CHUNK)
        if not done:
            self._idle.start()

    def _update_edge(self, p: str) -> None:
        """Rebuild or move the edges under one parent (removed when it shows no children)."""
        boxes = self.boxes
        pb = boxes.get(p)
        ks = [k for k in self.plan.children(p) if k in boxes] if pb is not None else []
        item = self.edges.get(p)
        if not ks:
            if item is not None:
                self.removeItem(self.edges.pop(p))
            return
        owner = self._owner
        for k in ks:
            owner[k] = p
        px, py, pw, ph = pb
        rel = [(boxes[k][0] - px, boxes[k][1] - py, boxes[k][2], boxes[k][3]) for k in ks]
        sig = (pw, ph, tuple(rel))
        if item is None:
            item = EdgeItem()
            item.setPen(self._edge_pen())
            self._add(item)
            self.edges[p] = item
        if item.signature != sig:
            item.setPath(edge_path((0.0, 0.0, pw, ph), rel))
            item.signature = sig
        pos = item.pos()
        if pos.x() != px or pos.y() != py:
            item.setPos(px, py)

    def _edge_pen(self) -> QPen:
        pen = QPen(self.state.theme.edge, self.state.theme.edge_width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _restyle_edges(self) -> None:
        pen = self._edge_pen()
        for item in self.edges.values():
            item.setPen(pen)
        self._update_links(force=True)

    def _update_links(self, force: bool = False) -> None:
        plan = self.plan
        nodes = plan.nodes
        boxes = self.boxes
        if self._linked is None:  # found again only when an edit may have changed them
            self._linked = {k for k, node in nodes.items() if node.further_parents}
        wanted: dict[str, list[tuple]] = {}
        for k in self._linked:
            node = nodes.get(k)
            fps = node.further_parents if node is not None else ()
            if fps and k in boxes:
                targets = [boxes[p] for p in fps if p in boxes]
                if targets:
                    wanted[k] = targets
        for k in [k for k in self.links if k not in wanted]:
            self.removeItem(self.links.pop(k))
        if not wanted:
            return
        pen = QPen(self.state.theme.further_edge, self.state.theme.edge_width * 1.2)
        pen.setStyle(Qt.PenStyle.DashLine)
        for k, targets in wanted.items():
            path = link_path(boxes[k], targets)
            item = self.links.get(k)
            if item is None:
                item = LinkItem()
                item.setPen(pen)
                item.setPath(path)
                self._add(item)
                self.links[k] = item
            else:
                if force:
                    item.setPen(pen)
                if item.path() != path:
                    item.setPath(path)

    # --- following the model -------------------------------------------------

    def on_changed(self, changes: ChangeSet, reshaped: bool = False) -> None:
        """Redraw after one edit: relayout only when the shape or a card's size changed.

        `reshaped`: the view changed what is drawn (an OPD's tree took or lost nodes).
        """
        geo = self.state.geometry  # the document brought it up to date before this call
        if "scheme" in changes.plan:
            self.relayout()
            return
        if any("further_parents" in f or "*" in f for f in changes.changed.values()):
            self._linked = None
        elif self._linked is not None and changes.added:
            # Removed keys are skipped where the list is read; added ones may bring links.
            nodes = self.plan.nodes
            self._linked.update(k for k in changes.added if k in nodes and nodes[k].further_parents)
        self._last_removed = set(changes.removed)
        if changes.removed & set(self.state.collapsed):
            self.state.collapsed -= changes.removed
        need = reshaped or changes.structural or bool(changes.plan & {"start_year", "end_year"})
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
            self.relayout(changes)
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
