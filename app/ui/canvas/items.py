"""Scene items: a card per node, the edges of each parent, contribution links, the overview.

Cards paint straight from the model's card text (no Qt wrapping) with three
levels of detail; edges are grouped per parent and never take part in hit
tests (an empty shape), because one big path made every hover cost ~6 ms.
"""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from app.geometry.card import TEXT_COLOURS, first_words
from app.model.changes import ChangeSet
from app.util.gc_pause import paused_gc

from . import fonts
from .overview_bins import column_runs, edge_lines
from .state import CanvasState
from .theme import MARK_COLOURS, MARK_TAGS

LOD_STRIP = 0.35  # below: strip and first words
LOD_BLOCK = 0.12  # below: a filled rectangle
MARGIN = 10.0  # room around a card for the selection outline, halos and the toggle
TOGGLE_R = 9.0
STACK_TICK = 14.0  # a stacked column's spine, this far left of its cards

_colour_cache: dict[str, QColor] = {}
_WRAP_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _text_colour(role: str, theme) -> QColor:
    if role == "strip":
        return colour("#FFFFFF")
    if role == "opd":
        return theme.muted
    return colour(TEXT_COLOURS.get(role, "#1A1A1A"))


def colour(name: str) -> QColor:
    c = _colour_cache.get(name)
    if c is None:
        c = _colour_cache[name] = QColor(name)
    return c


class CardItem(QGraphicsItem):
    """One node's card. Position = the layout box's top-left corner."""

    def __init__(self, key: str, w: float, h: float, state: CanvasState) -> None:
        super().__init__()
        self.key = key
        self.w = w
        self.h = h
        self.state = state
        self._bounds = QRectF(-MARGIN, -MARGIN, w + 2 * MARGIN, h + 2 * MARGIN + TOGGLE_R)

    def resize(self, w: float, h: float) -> None:
        if (w, h) != (self.w, self.h):
            self.prepareGeometryChange()
            self.w, self.h = w, h
            self._bounds = QRectF(-MARGIN, -MARGIN, w + 2 * MARGIN, h + 2 * MARGIN + TOGGLE_R)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def toggle_rect(self) -> QRectF:
        """Where the collapse toggle sits (centre of the bottom edge), in item coordinates."""
        return QRectF(self.w / 2 - TOGGLE_R, self.h - TOGGLE_R, 2 * TOGGLE_R, 2 * TOGGLE_R)

    def has_toggle(self) -> bool:
        return bool(self.state.geometry.plan.children(self.key))

    # --- painting -----------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        st = self.state
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        level_col = colour(st.geometry.colour(self.key))
        rect = QRectF(0, 0, self.w, self.h)
        if st.dimmed(self.key):
            painter.setOpacity(st.theme.dim_opacity)
        if lod < LOD_BLOCK:
            painter.fillRect(rect, level_col)
            self._paint_outlines(painter, rect, lod)
            return
        theme = st.theme
        card = st.geometry.card(self.key)
        painter.setPen(QPen(theme.card_border, theme.border_width))
        painter.setBrush(theme.card)
        painter.drawRect(rect)
        strip_h = st.geometry.style.strip_height
        s = fonts.TEXT_SCALE
        if lod < LOD_STRIP:
            # The strip over the top third, then the first words large enough to read.
            strip_h = max(strip_h, self.h * 0.3)
            painter.fillRect(QRectF(0, 0, self.w, strip_h), level_col)
            # About 11 px on screen, whatever the zoom, as long as two lines fit.
            size = max(20.0, min(11.0 / lod, (self.h - strip_h) / 2.6))
            painter.save()
            painter.scale(1 / s, 1 / s)
            painter.setPen(theme.text)
            painter.setFont(fonts.scaled_font(size, True))
            painter.drawText(
                QRectF(6 * s, (strip_h + 3) * s, (self.w - 12) * s, (self.h - strip_h - 6) * s),
                _WRAP_FLAGS,
                first_words(st.geometry.plan.nodes[self.key].statement, 5),
            )
            painter.restore()
            self._paint_outlines(painter, rect, lod)
            return
        painter.fillRect(QRectF(0, 0, self.w, strip_h), level_col)
        if card.rules:
            painter.setPen(QPen(theme.card_border, 0.8))
            for y in card.rules:
                painter.drawLine(QPointF(card.lines[0].x, y), QPointF(self.w - card.lines[0].x, y))
        painter.save()
        painter.scale(1 / s, 1 / s)
        last = None
        for line in card.lines:
            if line.role != last:
                painter.setPen(_text_colour(line.role, theme))
                last = line.role
            painter.setFont(fonts.scaled_font(line.size, line.bold))
            painter.drawText(QPointF(line.x * s, line.y * s), line.text)
        painter.restore()
        self._paint_badges(painter, strip_h)
        self._paint_outlines(painter, rect, lod)

    def _paint_badges(self, painter: QPainter, strip_h: float) -> None:
        """Counts at the right of the strip: errors (red), warnings (amber), open review
        notes (blue, ✎), then the crosscutting mark (⇄); numbers, not colour alone."""
        st = self.state
        x = self.w - 4
        size = max(10.0, round(strip_h * 0.45))
        painter.setFont(fonts.font(size, True))
        for text, col, fg in (
            (str(st.errors.get(self.key, "")), "#D32F2F", Qt.GlobalColor.white),
            (str(st.warnings.get(self.key, "")), "#F9A825", Qt.GlobalColor.black),
            (f"✎{st.notes[self.key]}" if self.key in st.notes else "", "#1565C0",
             Qt.GlobalColor.white),
        ):
            if text:
                bw = size + 0.7 * size * len(text)
                r = QRectF(x - bw, 3, bw, strip_h - 6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour(col))
                painter.drawRoundedRect(r, 6, 6)
                painter.setPen(fg)
                painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), text)
                x -= bw + 3
        if self.key in st.crosscut:
            r = QRectF(x - size * 2, 2, size * 1.8, strip_h - 4)
            painter.setPen(Qt.GlobalColor.white)
            painter.setFont(fonts.font(size * 1.3, True))
            painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), "⇄")

    def _paint_outlines(self, painter: QPainter, rect: QRectF, lod: float) -> None:
        st = self.state
        painter.setOpacity(1.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Outlines keep at least ~2 px on screen whatever the zoom.
        px = 1.0 / max(lod, 1e-6)
        mark = st.marks.get(self.key)
        if mark:
            pen = QPen(colour(MARK_COLOURS.get(mark, "#F9A825")), max(4.0, 3 * px))
            if mark == "removed":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(-4, -4, 4, 4))
            tag = MARK_TAGS.get(mark, "")
            if tag and lod >= LOD_BLOCK:
                tag = QCoreApplication.translate("CardItem", tag)
                painter.setFont(fonts.font(10, True))
                tw = 8 + 7.5 * len(tag)
                r = QRectF(0, self.h + 3, tw, 15)  # under the card, never over its text
                painter.fillRect(r, colour(MARK_COLOURS[mark]))
                painter.setPen(Qt.GlobalColor.white)
                painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), tag)
        if st.drop_target == self.key:
            pen = QPen(colour("#2E7D32" if st.drop_ok else "#C62828"), max(5.0, 3 * px))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(-6, -6, 6, 6))
        if st.selected == self.key:
            painter.setPen(QPen(st.theme.selection, max(4.0, 3 * px)))
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        if lod >= LOD_STRIP and self.has_toggle():
            self._paint_toggle(painter)

    def _paint_toggle(self, painter: QPainter) -> None:
        st = self.state
        r = self.toggle_rect()
        hidden = st.hidden_count(self.key)
        collapsed = self.key in st.collapsed or hidden > 0
        painter.setPen(QPen(st.theme.card_border, 1.2))
        painter.setBrush(QBrush(colour("#37474F") if collapsed else st.theme.card))
        if collapsed and hidden:
            text = f"+{hidden}"
            r = QRectF(self.w / 2 - (8 + 3.5 * len(text)), r.top(), 16 + 7 * len(text), r.height())
            painter.drawRoundedRect(r, TOGGLE_R, TOGGLE_R)
            painter.setPen(Qt.GlobalColor.white)
        else:
            painter.drawEllipse(r)
            painter.setPen(st.theme.text)
            text = "−"
        painter.setFont(fonts.font(11, True))
        painter.drawText(r, int(Qt.AlignmentFlag.AlignCenter), text)


class EdgeItem(QGraphicsPathItem):
    """The orthogonal edges from one parent to its shown children. Never hit by the mouse."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-1)
        self.signature: tuple = ()

    def shape(self) -> QPainterPath:
        return QPainterPath()


class LinkItem(QGraphicsPathItem):
    """Dashed curves from a node up to the further parents it contributes to."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(-0.5)

    def shape(self) -> QPainterPath:
        return QPainterPath()


def edge_path(parent: tuple, kids: list[tuple]) -> QPainterPath:
    """Orthogonal edges parent bottom-centre -> mid-row -> each child's top-centre, in scene units.

    Children stacked in a column (one left edge, one above the other) hang from a
    spine down their left side instead, each with a short tick into its card.
    """
    px, py, pw, ph = parent
    path = QPainterPath()
    if len(kids) > 1 and len({k[0] for k in kids}) == 1:
        spine = kids[0][0] - STACK_TICK
        path.moveTo(spine, py + ph)
        last = max(k[1] + min(k[3], 24) for k in kids)
        path.lineTo(spine, last)
        for k in kids:
            y = k[1] + min(k[3], 24)
            path.moveTo(spine, y)
            path.lineTo(k[0], y)
        return path
    top = min(k[1] for k in kids)
    mid = (py + ph + top) / 2
    sx = px + pw / 2
    path.moveTo(sx, py + ph + TOGGLE_R)
    path.lineTo(sx, mid)
    xs = [k[0] + k[2] / 2 for k in kids]
    lo, hi = min(xs + [sx]), max(xs + [sx])
    if hi > lo:
        path.moveTo(lo, mid)
        path.lineTo(hi, mid)
    for k, x in zip(kids, xs, strict=True):
        path.moveTo(x, mid)
        path.lineTo(x, k[1])
    return path


def link_path(child: tuple, parents: list[tuple]) -> QPainterPath:
    cx, cy, cw, _ = child
    path = QPainterPath()
    for px, py, pw, ph in parents:
        start = QPointF(cx + cw / 2, cy)
        end = QPointF(px + pw / 2, py + ph)
        dy = max(60.0, abs(start.y() - end.y()) / 2)
        path.moveTo(start)
        path.cubicTo(start.x(), start.y() - dy, end.x(), end.y() + dy, end.x(), end.y())
    return path


class OverviewItem(QGraphicsItem):
    """The whole tree as filled rectangles and thin lines, drawn in a few calls when far out.

    Painting 20,000 cards one by one costs ~0.2 s even when each is a rectangle,
    and preparing 20,000 Qt rectangles after each edit another 0.1 s. This keeps
    the node keys grouped by colour (across edits: a change set moves only the
    keys it names), takes their boxes from the layout at paint time and merges
    them per device pixel (`overview_bins`), so that a fully zoomed-out frame
    and an edit made there stay fast. The scene shows it instead of the cards
    below `LOD_BLOCK`; the minimap paints it too.
    """

    def __init__(self, state: CanvasState) -> None:
        super().__init__()
        self.state = state
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self._bounds = QRectF()
        self._boxes: dict[str, tuple] = {}
        self._groups: dict[str, list[str]] = {}  # colour -> keys drawn in it
        self._dim: list[str] = []  # keys drawn dimmed (OPD filter, spotlight)
        self._up: dict[str, str] = {}  # drawn key -> its parent, families in runs
        self._dirty = True

    def set_boxes(self, boxes: dict[str, tuple], bounds: QRectF,
                  changes: ChangeSet | None = None) -> None:
        """Take a new layout; `changes`, when it came from an edit, says which keys to regroup."""
        if boxes is self._boxes and bounds == self._bounds:
            return  # the same layout (cards catching up after a zoom)
        self.prepareGeometryChange()
        self._boxes = boxes
        self._bounds = bounds
        if changes is None:
            self._dirty = True
        elif not self._dirty:
            self._follow(changes)
        self.update()

    def invalidate(self) -> None:
        """Colours, dimming or marks changed: group every key again at the next paint."""
        self._dirty = True
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def _colour_of(self, key: str) -> str | None:
        """The colour group of a drawn key (None: dimmed)."""
        st = self.state
        if (st.opd_filter is not None or st.spotlight is not None) and st.dimmed(key):
            return None
        return st.geometry.colour(key)

    def _regroup(self) -> None:
        """Group every drawn key by colour (dimmed apart) and note each one's parent."""
        st = self.state
        geo = st.geometry
        nodes = geo.plan.nodes
        boxes = self._boxes
        groups: dict[str, list[str]] = {}
        dim: list[str] = []
        by_level: dict[str, list[str]] = {}
        dimming = st.opd_filter is not None or st.spotlight is not None
        for key in boxes:
            if dimming and st.dimmed(key):
                dim.append(key)
                continue
            level = nodes[key].level
            group = by_level.get(level)
            if group is None:
                group = by_level[level] = groups.setdefault(geo.colour(key), [])
            group.append(key)
        self._groups, self._dim = groups, dim
        # The boxes come breadth first, each family in a run: so do the parents.
        self._up = {k: p for k, p in zip(boxes, map(attrgetter("parent"), map(nodes.__getitem__,
                                                                           boxes)), strict=True)
                    if p is not None}
        self._dirty = False

    def _follow(self, changes: ChangeSet) -> None:
        """Regroup only the keys an edit touched (the rest keep their colour)."""
        if changes.plan or len(changes.added) + len(changes.removed) > 200:
            self._dirty = True
            return
        nodes = self.state.geometry.plan.nodes
        boxes = self._boxes
        moved = set(changes.removed)
        for key, names in changes.changed.items():
            if "level" in names or "opds" in names:
                moved.add(key)
        if len(moved) > 50:  # finding each in the groups would cost more than regrouping
            self._dirty = True
            return
        for key in moved:
            for keys in (*self._groups.values(), self._dim):
                if key in keys:
                    keys.remove(key)
                    break
        for key in (moved - changes.removed) | changes.added:
            if key in boxes:
                colour_name = self._colour_of(key)
                if colour_name is None:
                    self._dim.append(key)
                else:
                    self._groups.setdefault(colour_name, []).append(key)
        up = self._up
        for key in changes.removed:
            up.pop(key, None)
        for key in changes.added | changes.moved:
            node = nodes.get(key)
            if node is not None and up.get(key) != node.parent:
                up.pop(key, None)  # back at the end: one more line at most, never a wrong one
                if node.parent is not None:
                    up[key] = node.parent

    def _grouped_boxes(self) -> tuple[list[tuple[str, list[tuple]]], list[tuple]]:
        """Each colour's boxes and the dimmed boxes, from the current layout.

        A key no longer drawn (folded away with its parent, say) is skipped; when
        the groups do not account for every drawn box, they are made again.
        """
        for _ in range(2):
            if self._dirty:
                self._regroup()
            get = self._boxes.get
            groups = [(name, list(filter(None, map(get, keys))))
                      for name, keys in self._groups.items()]
            dim = list(filter(None, map(get, self._dim)))
            if sum(len(bs) for _, bs in groups) + len(dim) == len(self._boxes):
                return groups, dim
            self._dirty = True
        return groups, dim

    def _pairs(self) -> Iterator[tuple[tuple | None, tuple | None]]:
        """(parent's box, child's box) of every noted pair; None where one is not drawn."""
        get = self._boxes.get
        up = self._up
        return zip(map(get, up.values()), map(get, up), strict=True)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        # Antialiasing thousands of rectangles and lines costs 4x and shows nothing at this size.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # No garbage collection in the middle of this frame: it allocates ~20,000
        # temporaries, and a collection here may destroy a closed window's widgets
        # inside this paint event (seen as a crash in the paint engine).
        with paused_gc():
            self.paint_all(painter, min_px=4.0, clip=option.exposedRect)

    def paint_all(self, painter: QPainter, min_px: float = 1.0, clip: QRectF | None = None) -> None:
        """Draw the tree at the painter's resolution; every card at least `min_px` pixels wide.

        Only what falls in `clip` (the exposed area) is drawn, so that the paint
        engine never meets coordinates far outside the device.
        """
        groups, dim = self._grouped_boxes()
        sx = abs(painter.worldTransform().m11()) or 1e-9
        px = 1.0 / sx  # one device pixel, in scene units across
        area = clip if clip is not None and not clip.isEmpty() else self._bounds
        lo, hi = area.left(), area.right()
        pen = QPen(self.state.theme.edge, 0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        line = painter.drawLine
        for x1, y1, x2, y2 in edge_lines(self._pairs(), px, lo, hi):
            line(QLineF(x1, y1, x2, y2))
        painter.setPen(Qt.PenStyle.NoPen)
        fill = painter.fillRect
        min_cols = max(1, round(min_px))
        if dim:
            c = colour("#B0B7BF") if self.state.theme.name == "editor" else colour("#3A4248")
            for r in column_runs(dim, px, lo, hi, min_cols):
                fill(QRectF(*r), c)
        for name, bs in groups:
            c = colour(name)
            for r in column_runs(bs, px, lo, hi, min_cols):
                fill(QRectF(*r), c)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        boxes = self._boxes
        marked: dict[str, list[tuple]] = {}
        for key, mark in self.state.marks.items():
            b = boxes.get(key)
            if b is not None and mark:
                marked.setdefault(mark, []).append(b)
        for mark, bs in marked.items():
            mpen = QPen(colour(MARK_COLOURS.get(mark, "#F9A825")), 3)
            mpen.setCosmetic(True)
            painter.setPen(mpen)
            for x, y, w, h in bs:
                painter.drawRect(QRectF(x - w, y - h, 3 * w, 3 * h))
