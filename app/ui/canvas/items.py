"""Scene items: a card per node, the edges of each parent, contribution links, the overview.

Cards paint straight from the model's card text (no Qt wrapping) with three
levels of detail; edges are grouped per parent and never take part in hit
tests (an empty shape), because one big path made every hover cost ~6 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from app.geometry.card import TEXT_COLOURS, CardText, TextLine
from app.geometry.zoomed import LOD_BLOCK, LOD_STRIP, ZoomedCard, zoom_step, zoomed_card
from app.model.changes import ChangeSet
from app.model.plan import Node
from app.util.gc_pause import paused_gc

from . import fonts
from .overview_bins import column_runs, edge_lines
from .state import CanvasState
from .theme import MARK_COLOURS, MARK_TAGS

# LOD_STRIP (below: strip and first words) and LOD_BLOCK (below: a filled rectangle)
# come from app.geometry.zoomed, which decides the zoomed-out text.
MARGIN = 10.0  # room around a card for the selection outline, halos and the toggle
TOGGLE_R = 9.0
CHANGED_BY_COLOUR = "#FFFFFF"  # a white tab in the coloured strip, dark text
STACK_TICK = 14.0  # a stacked column's spine, this far left of its cards

_colour_cache: dict[str, QColor] = {}


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


def zoomed_text(node: Node, w: float, h: float, lod: float) -> ZoomedCard | None:
    """What a card of `node` (w x h) shows at `lod` when zoomed out; None at full detail or
    as a filled block. Decided in app.geometry.zoomed: whole words, one size per step."""
    step = zoom_step(lod)
    if step is None:
        return None
    return zoomed_card(node.level, node.code, node.statement, w, h, step)


def _draw_lines(painter: QPainter, lines: tuple[TextLine, ...], theme) -> None:
    """Text lines at their baselines, with fonts TEXT_SCALE times larger under a 1/TEXT_SCALE
    scale (QFont takes whole pixels; card sizes come in fractions)."""
    s = fonts.TEXT_SCALE
    painter.save()
    painter.scale(1 / s, 1 / s)
    last = None
    for line in lines:
        if line.role != last:
            painter.setPen(_text_colour(line.role, theme))
            last = line.role
        painter.setFont(fonts.scaled_font(line.size, line.bold))
        painter.drawText(QPointF(line.x * s, line.y * s), line.text)
    painter.restore()


def paint_face(painter: QPainter, lod: float, w: float, h: float, level_col: QColor, theme,
               node: Node, card: Callable[[], CardText]) -> float:
    """A card's face at a level of detail of at least LOD_BLOCK; returns the strip's height.

    At full detail the model's card text (`card()`, asked for only then); zoomed
    out, the strip and the first whole words of `zoomed_text`, or bars where no
    word would be readable.
    """
    rect = QRectF(0, 0, w, h)
    painter.setPen(QPen(theme.card_border, theme.border_width))
    painter.setBrush(theme.card)
    painter.drawRect(rect)
    zoomed = zoomed_text(node, w, h, lod)
    if zoomed is not None:
        painter.fillRect(QRectF(0, 0, w, zoomed.strip_height), level_col)
        _draw_lines(painter, zoomed.lines, theme)
        if zoomed.bars:
            fill = painter.fillRect
            for x, y, bw, bh in zoomed.bars:
                fill(QRectF(x, y, bw, bh), theme.greek)
        return zoomed.strip_height
    text = card()
    strip_h = text.strip_height
    painter.fillRect(QRectF(0, 0, w, strip_h), level_col)
    if text.rules:
        painter.setPen(QPen(theme.card_border, 0.8))
        x = text.lines[0].x
        for y in text.rules:
            painter.drawLine(QPointF(x, y), QPointF(w - x, y))
    _draw_lines(painter, text.lines, theme)
    return strip_h


class CardItem(QGraphicsItem):
    """One node's card. Position = the layout box's top-left corner."""

    def __init__(self, key: str, w: float, h: float, state: CanvasState) -> None:
        super().__init__()
        self.key = key
        self.w = w
        self.h = h
        self.state = state
        self._set_bounds()

    def _set_bounds(self) -> None:
        """The card with its outline margin and the collapse toggle below it: what is painted
        and, through Qt's default `shape()` (the bounding rectangle), what a click hits."""
        w, h = self.w, self.h
        self._bounds = QRectF(-MARGIN, -MARGIN, w + 2 * MARGIN, h + 2 * MARGIN + TOGGLE_R)

    def resize(self, w: float, h: float) -> None:
        if (w, h) != (self.w, self.h):
            self.prepareGeometryChange()
            self.w, self.h = w, h
            self._set_bounds()

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
        if st.dimmed(self.key):
            painter.setOpacity(st.theme.dim_opacity)
        if lod < LOD_BLOCK:
            painter.fillRect(QRectF(0, 0, self.w, self.h), level_col)
        else:
            node = st.geometry.plan.nodes[self.key]
            strip_h = paint_face(painter, lod, self.w, self.h, level_col, st.theme, node,
                                 self._card)
            badges_left = self.w - 4
            if lod >= LOD_STRIP:
                badges_left = self._paint_badges(painter, strip_h)
            login = st.changed_by.get(self.key)
            if login:
                self._paint_changed_by(painter, login, strip_h, badges_left)
        self._paint_outlines(painter, QRectF(0, 0, self.w, self.h), lod)

    def _paint_changed_by(self, painter: QPainter, login: str, strip_h: float,
                          right: float) -> None:
        """"diubah oleh dinsos" over the level name in the card's own strip, for a few seconds,
        left of the finding badges: inside the card, so that it never covers the collapse
        toggle of a card stacked just above, nor the edge coming down to it; a long login is
        shortened to the room there is."""
        text = QCoreApplication.translate("CardItem", "diubah oleh {login}").format(login=login)
        painter.setOpacity(1.0)
        painter.setFont(fonts.font(min(10.0, max(6.0, strip_h * 0.5)), True))
        metrics = painter.fontMetrics()
        tw = max(0.0, min(metrics.horizontalAdvance(text) + 10, right - 3 - 3))
        if tw < 24:
            return
        r = QRectF(3, 2, tw, max(4.0, strip_h - 4))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(CHANGED_BY_COLOUR))
        painter.drawRoundedRect(r, 4, 4)
        painter.setPen(colour("#263238"))
        painter.drawText(r.adjusted(5, 0, -5, 0), int(Qt.AlignmentFlag.AlignCenter),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(tw - 10)))

    def _card(self) -> CardText:
        return self.state.geometry.card(self.key)

    def _paint_badges(self, painter: QPainter, strip_h: float) -> float:
        """Counts at the right of the strip: errors (red), warnings (amber), open review
        notes (blue, ✎), then the crosscutting mark (⇄); numbers, not colour alone.
        Returns where the leftmost badge begins."""
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
            x = r.left()
        return x

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


class _UnhitPath(QGraphicsPathItem):
    """A path that never answers a hit test (an empty shape), with bounds of its own.

    QGraphicsPathItem takes its bounding rectangle from `shape()` when the pen
    has a width, so the empty shape gave an empty rectangle: the scene then knew
    the item only by its origin, and drew it only when that point was exposed
    (edges went missing in repaints of other areas, a drag's among them).
    """

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._bounds = QRectF()

    def setPath(self, path: QPainterPath) -> None:
        super().setPath(path)  # prepares the geometry change
        self._bounds = self._with_pen(path.controlPointRect())

    def setPen(self, pen: QPen) -> None:
        self.prepareGeometryChange()
        super().setPen(pen)
        self._bounds = self._with_pen(self.path().controlPointRect())

    def _with_pen(self, r: QRectF) -> QRectF:
        m = self.pen().widthF() / 2 + 1
        return r.adjusted(-m, -m, m, m)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()


class EdgeItem(_UnhitPath):
    """The orthogonal edges from one parent to its shown children. Never hit by the mouse."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-1)
        self.signature: tuple = ()


class LinkItem(_UnhitPath):
    """Dashed curves from a node up to the further parents it contributes to."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-0.5)


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
