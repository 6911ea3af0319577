"""The canvas widget: the tree on screen, with the gestures a planner uses all day.

Every gesture becomes one `document.push(command)`; the view redraws from the
document's `changed` signal, never by hand. Navigation state (zoom, collapsed
branches, depth, focus root, filter, marks) lives here, not in the plan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QMenu, QMessageBox, QWidget

from app.model.card import level_colour
from app.model.changes import ChangeSet
from app.model.commands import (
    AddNode,
    DeleteSubtree,
    MoveNode,
    SetField,
    add_further_parent,
    check_move,
    copy_subtree,
    remove_further_parent,
)
from app.model.plan import ModelError, Node
from app.ui.document import Document

from .bridge import CardStyle, Geometry
from .editor import InPlaceEditor
from .items import LOD_BLOCK, CardItem
from .minimap import Minimap
from .overlays import Breadcrumb, Legend
from .scene import TreeScene
from .state import CanvasState
from .theme import EDITOR, Theme

MIN_SCALE = 1e-4
MAX_SCALE = 4.0
ZOOM_STEP = 1.25


def ask_delete(parent: QWidget, message: str) -> bool:
    """The default confirmation before deleting a node with children (a modal question)."""
    answer = QMessageBox.question(
        parent,
        "Hapus simpul",
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class TreeView(QGraphicsView):
    """The tree of one document. See the module docstring for the contract with the window."""

    selection_changed = Signal(object)  # key or None
    edit_requested = Signal(str)  # the in-place editor could not open: edit elsewhere
    status_message = Signal(str)
    zoom_changed = Signal(float)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.state = CanvasState(Geometry(document.plan))
        self.tree_scene = TreeScene(self.state, self)
        self.setScene(self.tree_scene)
        # Replaced by tests and by callers that ask differently: (view, message) -> bool.
        self.confirm: Callable[[QWidget, str], bool] = ask_delete
        self._clipboard: str | None = None
        self._editor: InPlaceEditor | None = None
        self._press: tuple[str, QPoint, Qt.KeyboardModifier] | None = None  # card drag start
        self._dragging = False
        self._pan_from: QPoint | None = None
        self._initialised = False
        self._link_from: str | None = None  # "Tambah induk lain…": next click picks the parent
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.legend = Legend(self)
        self.breadcrumb = Breadcrumb(self, self.set_focus_root)
        self.minimap = Minimap(self)
        self._refresh_legend()
        document.changed.connect(self._on_changed)
        document.findings_changed.connect(self._on_findings)
        self.horizontalScrollBar().valueChanged.connect(self.minimap.update)
        self.verticalScrollBar().valueChanged.connect(self.minimap.update)
        self._on_findings()
        # Laid out once the view is attached: it decides which cards are made at once.
        self.tree_scene.relayout()
        self._after_relayout()

    # --- public API -------------------------------------------------------------

    @property
    def plan(self):
        return self.document.plan

    def selected_key(self) -> str | None:
        return self.state.selected

    def select(self, key: str | None, center: bool = False) -> None:
        """Select `key` (revealing it when collapsed or cut off); None clears the selection."""
        if key is not None and key not in self.plan:
            key = None
        if key is not None and key not in self.tree_scene.boxes:
            self._reveal(key)
        old = self.state.selected
        self.state.selected = key
        for k in (old, key):
            item = self.tree_scene.cards.get(k) if k is not None else None
            if item is not None:
                item.update()
        if key is not None:
            if center:
                self.center_on(key)
            else:
                self._ensure_visible(key)
        if old != key:
            self.selection_changed.emit(key)

    def center_on(self, key: str) -> None:
        b = self.tree_scene.boxes.get(key)
        if b is None:
            self._reveal(key)
            b = self.tree_scene.boxes.get(key)
        if b is not None:
            self.centerOn(b[0] + b[2] / 2, b[1] + b[3] / 2)

    def fit_all(self) -> None:
        rect = self.tree_scene.overview.boundingRect()
        if rect.isEmpty():
            return
        self._set_scale_to_fit(rect.adjusted(-40, -40, 40, 40))

    def fit_rect(self, rect: QRectF) -> None:
        self._set_scale_to_fit(rect)

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def zoom_factor(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        self._zoom_by(factor / self.zoom_factor(), anchor)

    def set_max_depth(self, n: int | None) -> None:
        """Show levels down to `n` (1 = the top level only); None or 0 shows every level."""
        depth = None if not n else max(0, n - 1)
        if depth == self.tree_scene.max_depth:
            return
        self._keep_in_place(lambda: setattr(self.tree_scene, "max_depth", depth))
        self.status_message.emit(
            f"Menampilkan {n} level teratas." if n else "Menampilkan semua level."
        )

    def max_depth(self) -> int | None:
        d = self.tree_scene.max_depth
        return None if d is None else d + 1

    def toggle_collapsed(self, key: str) -> None:
        shown_hidden = self.state.hidden_count(key) > 0 if key in self.tree_scene.boxes else False
        self.set_collapsed(key, not (key in self.state.collapsed or shown_hidden))

    def set_collapsed(self, key: str, collapsed: bool) -> None:
        if key not in self.plan:
            return

        def change() -> None:
            if collapsed:
                self.state.collapsed.add(key)
            else:
                self.state.collapsed.discard(key)
                # Opening a branch cut by the depth limit shows its children too.
                d = self.tree_scene.max_depth
                if d is not None and self.plan.children(key) and key in self.tree_scene.boxes:
                    depth = len(self._shown_ancestors(key))
                    if depth >= d:
                        self.tree_scene.max_depth = depth + 1

        self._keep_in_place(change, key)

    def set_opd_filter(self, name: str | None) -> None:
        self.state.opd_filter = name or None
        self._restyle()

    def set_spotlight(self, keys: set[str] | None) -> None:
        self.state.spotlight = keys
        self._restyle()

    def set_marks(self, marks: dict[str, str]) -> None:
        self.state.marks = dict(marks)
        self._restyle()

    def focus_root(self) -> str | None:
        return self.tree_scene.root

    def set_focus_root(self, key: str | None) -> None:
        """Show only `key`'s subtree, with its ancestors as a breadcrumb (presentation mode)."""
        if key is not None and key not in self.plan:
            key = None
        self.tree_scene.root = key
        self.tree_scene.relayout()
        self._after_relayout()
        self._update_breadcrumb()
        if key is not None:
            self.select(key)
        self.fit_all()

    def set_theme(self, theme: Theme, style: CardStyle | None = None) -> None:
        """Switch colours (editor/projector) and, optionally, the card style (sizes)."""
        if style is not None and style != self.state.geometry.style:
            self.state.geometry.set_style(style)
            self.tree_scene.relayout()
            self._after_relayout()
        self.tree_scene.set_theme(theme)
        self.breadcrumb.set_big(theme is not EDITOR)
        self._refresh_legend()
        self.viewport().update()

    def edit_statement(self, key: str) -> None:
        """Open the in-place editor over the card; Enter commits one SetField, Esc cancels."""
        self._close_editor(commit=True)
        if key not in self.plan:
            return
        if self.document.read_only:
            self.edit_requested.emit(key)
            return
        if key not in self.tree_scene.boxes:
            self._reveal(key)
        b = self.tree_scene.boxes.get(key)
        if b is None:
            self.edit_requested.emit(key)
            return
        self.select(key)
        scale = self.zoom_factor()
        if scale < 0.6:
            # Too small to type into: bring the card to a readable size first.
            self.set_zoom(1.0)
            self.center_on(key)
            scale = self.zoom_factor()
        top_left = self.mapFromScene(QPointF(b[0], b[1] + self.state.geometry.style.strip_height))
        bottom_right = self.mapFromScene(QPointF(b[0] + b[2], b[1] + b[3]))
        rect = QRectF(QPointF(top_left), QPointF(bottom_right)).toRect()
        rect.setHeight(max(rect.height(), 70))
        rect.setWidth(max(rect.width(), 260))
        size = self.state.geometry.style.statement_size * scale
        self._editor = InPlaceEditor(
            self.viewport(), key, self.plan[key].statement, rect, size, self._editor_done
        )

    def is_editing(self) -> bool:
        return self._editor is not None

    def render_image(self, path: str) -> None:
        """Save what the view shows (overlays included) as an image file."""
        self.grab().save(str(path))

    def render_frame(self) -> QImage:
        """Paint the viewport into an image now, through its real paint event (benchmarks, tests)."""
        img = QImage(self.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(0)
        self.viewport().render(img)
        return img

    def card_rect_in_view(self, key: str) -> QRectF | None:
        """Where a card is on the viewport, in viewport pixels (tests send mouse events there)."""
        b = self.tree_scene.boxes.get(key)
        if b is None:
            return None
        return self.mapFromScene(QRectF(*b)).boundingRect().toRectF()

    # --- reacting to the document ---------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        before = self.state.selected
        self.tree_scene.on_changed(changes)
        if changes.structural:
            self._after_relayout()
        if self.tree_scene.root is not None and self.tree_scene.root not in self.plan:
            self.set_focus_root(None)
        elif self.tree_scene.root is not None:
            self._update_breadcrumb()
        if "scheme" in changes.plan:
            self._refresh_legend()
        if before is not None and self.state.selected is None:
            self.selection_changed.emit(None)

    def _on_findings(self) -> None:
        errors: dict[str, int] = {}
        warnings: dict[str, int] = {}
        for f in self.document.findings:
            node = getattr(f, "node", None)
            if not node:
                continue
            if getattr(f, "severity", "") == "error":
                errors[node] = errors.get(node, 0) + 1
            else:
                warnings[node] = warnings.get(node, 0) + 1
        cross: set[str] = set()
        for c in self.document.crosscuts:
            cross.update(getattr(c, "nodes", ()) or ())
            if getattr(c, "node", ""):
                cross.add(c.node)
        self.state.errors, self.state.warnings, self.state.crosscut = errors, warnings, cross
        self.viewport().update()

    def _after_relayout(self) -> None:
        self._update_scene_rect()
        self.minimap.invalidate()
        self.minimap.update()

    def _restyle(self) -> None:
        self.tree_scene.overview.invalidate()
        self.minimap.invalidate()
        self.viewport().update()

    def _refresh_legend(self) -> None:
        scheme = self.plan.scheme
        self.legend.set_levels(
            [(n, level_colour(scheme, n)) for n in scheme.names], big=self.state.theme is not EDITOR
        )
        self._place_overlays()

    def _update_breadcrumb(self) -> None:
        root = self.tree_scene.root
        if root is None or root not in self.plan:
            self.breadcrumb.set_trail([], "")
        else:
            keys = list(reversed(self.plan.ancestors(root))) + [root]
            nodes = self.plan.nodes
            trail = [(k, nodes[k].level, nodes[k].statement) for k in keys]
            link = "#FFE082" if self.state.theme is not EDITOR else "#1565C0"
            self.breadcrumb.set_trail(trail, link)
        self._place_overlays()

    # --- geometry helpers -----------------------------------------------------------

    def _reveal(self, key: str) -> None:
        """Make a hidden node shown: open collapsed ancestors, lift depth and focus limits."""
        plan = self.plan
        if key not in plan:
            return
        chain = plan.ancestors(key)
        root = self.tree_scene.root
        if root is not None and root != key and root not in chain:
            self.tree_scene.root = None
            self._update_breadcrumb()
        self.state.collapsed.difference_update(chain)
        d = self.tree_scene.max_depth
        if d is not None and len(chain) > d:
            self.tree_scene.max_depth = len(chain)
        self.tree_scene.relayout()
        self._after_relayout()

    def _shown_ancestors(self, key: str) -> list[str]:
        boxes = self.tree_scene.boxes
        root = self.tree_scene.root
        out = []
        for a in self.plan.ancestors(key):
            if a not in boxes:
                break
            out.append(a)
            if a == root:
                break
        return out

    def _keep_in_place(self, change: Callable[[], None], anchor: str | None = None) -> None:
        """Relayout after `change` while the anchor card (default: selection) stays where it was."""
        anchor = anchor or self.state.selected
        b = self.tree_scene.boxes.get(anchor) if anchor else None
        before = self.mapFromScene(QPointF(b[0], b[1])) if b else None
        change()
        self.tree_scene.relayout()
        self._after_relayout()
        sel = self.state.selected
        if sel is not None and sel not in self.tree_scene.boxes:
            shown = [a for a in self.plan.ancestors(sel) if a in self.tree_scene.boxes]
            self.select(shown[0] if shown else None)
        nb = self.tree_scene.boxes.get(anchor) if anchor else None
        if before is not None and nb is not None:
            after = self.mapFromScene(QPointF(nb[0], nb[1]))
            d = after - before
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + d.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() + d.y())
        self.viewport().update()

    def _ensure_visible(self, key: str) -> None:
        b = self.tree_scene.boxes.get(key)
        if b is None:
            return
        view_rect = self.mapToScene(self.viewport().rect()).boundingRect()
        card = QRectF(*b)
        if not view_rect.contains(card):
            self.ensureVisible(card, 40, 40)

    def _set_scale_to_fit(self, rect: QRectF) -> None:
        vp = self.viewport().rect()
        if vp.width() < 2 or vp.height() < 2:
            return
        s = min(vp.width() / rect.width(), vp.height() / rect.height())
        s = max(MIN_SCALE, min(MAX_SCALE, s))
        self._scale_to(s)
        self._zoomed()
        self.centerOn(rect.center())

    def _zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        old = self.zoom_factor()
        new = max(MIN_SCALE, min(MAX_SCALE, old * factor))
        if new == old:
            return
        if anchor is None:
            anchor = self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self._scale_to(new)
        self._update_scene_rect()
        moved = self.mapFromScene(fixed) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._zoomed()

    def _scale_to(self, sx: float) -> None:
        """Set the zoom; far out, stretch the height so that the tree's shape fills the window.

        A 20,000-node tree is thousands of times wider than tall: drawn to scale
        at full width it is a grey line. Below the card level of detail (where
        only the overview rectangles are drawn) the vertical scale stays at the
        value that fits the tree's height, so the zoomed-out view shows rows of
        level colours and the fan of edges, like the minimap.
        """
        sy = sx
        if sx < LOD_BLOCK:
            bounds = self.tree_scene.overview.boundingRect()
            if bounds.height() > 0:
                fit_h = (self.viewport().height() - 60) / bounds.height()
                # Grows smoothly from the uniform scale at LOD_BLOCK up to the fitting height.
                sy = max(sx, min(fit_h, LOD_BLOCK * (LOD_BLOCK / sx) ** 0.5))
        self.setTransform(QTransform.fromScale(sx, sy))

    def _update_scene_rect(self) -> None:
        """Let the tree scroll until its edge reaches the middle of the window at any zoom.

        Without room around a small tree, Qt centres it and zooming could not
        keep the point under the cursor still.
        """
        bounds = self.tree_scene.overview.boundingRect()
        s = max(self.zoom_factor(), MIN_SCALE)
        sy = max(self.transform().m22(), MIN_SCALE)
        mx = self.viewport().width() / s * 0.6 + 40
        my = self.viewport().height() / sy * 0.6 + 40
        self.setSceneRect(bounds.adjusted(-mx, -my, mx, my))

    def _zoomed(self) -> None:
        self._update_scene_rect()
        self.tree_scene.set_scale(self.zoom_factor())
        self.tree_scene.flush_visible()
        self.minimap.update()
        self.zoom_changed.emit(self.zoom_factor())

    def _place_overlays(self) -> None:
        vp = self.viewport().geometry()
        m = 8
        top = vp.top() + m
        if self.breadcrumb.isVisible():
            width = vp.width() - 2 * m
            self.breadcrumb.setFixedWidth(width)
            self.breadcrumb.setFixedHeight(self.breadcrumb.heightForWidth(width))
            self.breadcrumb.move(vp.left() + m, top)
            top += self.breadcrumb.height() + m
        self.legend.move(vp.left() + m, top)
        self.legend.raise_()
        big = self.state.theme is not EDITOR
        self.minimap.setVisible(not big)
        self.minimap.move(vp.right() - self.minimap.width() - m, vp.bottom() - self.minimap.height() - m)

    # --- Qt events --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._initialised:
            self._initialised = True
            self.initial_view()
        self._place_overlays()

    def initial_view(self) -> None:
        """Open on the top of the tree at a readable size, or the whole tree when it fits."""
        rect = self.tree_scene.overview.boundingRect()
        vp = self.viewport().rect()
        if rect.isEmpty() or vp.width() < 2:
            return
        fit = min(vp.width() / (rect.width() + 80), vp.height() / (rect.height() + 80))
        if fit >= 0.45:
            self.fit_all()
            return
        self._scale_to(0.75)
        self._zoomed()
        roots = [k for k in self.plan.roots() if k in self.tree_scene.boxes]
        if roots:
            # The first root's card at the top, as far left as the tree allows.
            b = self.tree_scene.boxes[roots[0]]
            half_w = vp.width() / 0.75 / 2
            half_h = vp.height() / 0.75 / 2
            cx = max(b[0] + b[2] / 2, rect.left() - 40 + half_w)
            self.centerOn(cx, rect.top() - 40 + half_h)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scene_rect()
        self._place_overlays()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.tree_scene.flush_visible()  # items queued off screen may have come into view
        if self._editor is not None:
            self._editor.move(self._editor.pos() + QPoint(dx, dy))

    def event(self, event: QEvent) -> bool:
        # Tab must add a child, not move the keyboard focus to the next widget.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().event(event)

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
            self.viewport().unsetCursor()
            if dragging:
                target = self._card_at(pos)
                if target is not None and target.key != key:
                    alt = bool((mods | event.modifiers()) & Qt.KeyboardModifier.AltModifier)
                    self._drop(key, target.key, alt)
            return
        super().mouseReleaseEvent(event)

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
        menu.addAction("Sunting pernyataan (F2)", lambda: self.edit_statement(key))
        menu.addAction("Tambah anak (Tab)", self.add_child)
        menu.addAction("Tambah saudara (Enter)", self.add_sibling)
        menu.addSeparator()
        menu.addAction("Tambah induk lain…", lambda: self.start_link(key))
        node = self.plan[key]
        if node.further_parents:
            sub = menu.addMenu("Hapus induk lain")
            for p in node.further_parents:
                label = self.plan[p].statement[:60] if p in self.plan else p
                sub.addAction(label or p, lambda p=p: self.unlink(key, p))
        menu.addSeparator()
        menu.addAction("Salin cabang (Ctrl+C)", self.copy_selected)
        paste = menu.addAction("Tempel cabang di bawahnya (Ctrl+V)", self.paste_under_selected)
        paste.setEnabled(self._clipboard is not None)
        menu.addAction("Lipat/buka cabang (Spasi)", lambda: self.toggle_collapsed(key))
        menu.addSeparator()
        menu.addAction("Hapus simpul (Delete)", self.delete_selected)
        menu.exec(event.globalPos())

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
            self.status_message.emit("Penautan induk lain dibatalkan.")
            return True
        if K.Key_0 <= key <= K.Key_9 and not mods & Qt.KeyboardModifier.AltModifier:
            self.set_max_depth(int(key - K.Key_0) or None)
            return True
        return False

    # --- gestures as commands --------------------------------------------------------

    def add_child(self) -> str | None:
        """Tab: a new node one level below the selection (same OPD at OPD levels), then edit it."""
        plan = self.plan
        sel = self.state.selected
        scheme = plan.scheme
        if sel is None:
            if plan.nodes:
                self.status_message.emit("Pilih simpul induk terlebih dahulu.")
                return None
            level, parent, opds = scheme.names[0], None, ()
        else:
            i = scheme.index(plan[sel].level)
            if i < 0 or i + 1 >= len(scheme):
                self.status_message.emit(
                    f"{plan[sel].level} adalah level terendah: tidak dapat menambah anak."
                )
                return None
            level, parent = scheme.names[i + 1], sel
            opds = plan[sel].opds if scheme.is_opd_level(level) else ()
        return self._add(Node(plan.new_key(), level, "", opds=tuple(opds), parent=parent), None)

    def add_sibling(self) -> str | None:
        """Enter: a new node beside the selection, at its level, under its parent."""
        plan = self.plan
        sel = self.state.selected
        if sel is None:
            return self.add_child()
        node = plan[sel]
        opds = node.opds if plan.scheme.is_opd_level(node.level) else ()
        index = plan.index_in_parent(sel) + 1
        return self._add(
            Node(plan.new_key(), node.level, "", opds=tuple(opds), parent=node.parent), index
        )

    def _add(self, node: Node, index: int | None) -> str | None:
        if node.parent is not None:
            self.state.collapsed.discard(node.parent)
        if not self.document.push(AddNode(node, index)):
            return None
        self.select(node.key)
        self.edit_statement(node.key)
        return node.key

    def delete_selected(self) -> bool:
        sel = self.state.selected
        if sel is None:
            return False
        plan = self.plan
        below = len(plan.subtree(sel)) - 1
        if below:
            msg = (
                f"Simpul ini memiliki {below} simpul turunan. Hapus simpul beserta seluruh "
                "turunannya?"
            )
            if not self.confirm(self, msg):
                return False
        node = plan[sel]
        siblings = plan.children(node.parent)
        i = siblings.index(sel)
        nxt = (
            siblings[i + 1] if i + 1 < len(siblings) else siblings[i - 1] if i > 0 else node.parent
        )
        if not self.document.push(DeleteSubtree(sel)):
            return False
        self.select(nxt if nxt in plan else None)
        self.status_message.emit(
            f"Simpul dihapus beserta {below} turunan." if below else "Simpul dihapus."
        )
        return True

    def copy_selected(self) -> None:
        sel = self.state.selected
        if sel is None:
            return
        self._clipboard = sel
        n = len(self.plan.subtree(sel))
        self.status_message.emit(f"Cabang disalin ({n} simpul).")

    def paste_under_selected(self) -> str | None:
        src = self._clipboard
        sel = self.state.selected
        plan = self.plan
        if src is None:
            self.status_message.emit("Belum ada cabang yang disalin.")
            return None
        if src not in plan:
            self.status_message.emit("Cabang yang disalin sudah dihapus.")
            return None
        if sel is not None:
            li, pi = plan.scheme.index(plan[src].level), plan.scheme.index(plan[sel].level)
            if li >= 0 and pi >= 0 and li <= pi:
                self.status_message.emit(
                    f"Cabang {plan[src].level} tidak dapat ditempel di bawah {plan[sel].level}."
                )
                return None
        cmd = copy_subtree(plan, src, sel)
        top = cmd.nodes[0].key
        if sel is not None:
            self.state.collapsed.discard(sel)
        if not self.document.push(cmd):
            return None
        self.select(top)
        self.status_message.emit(f"Cabang ditempel ({len(cmd.nodes)} simpul).")
        return top

    def start_link(self, key: str) -> None:
        """Context menu "Tambah induk lain…": the next card clicked becomes a further parent."""
        self._link_from = key
        self.status_message.emit("Klik simpul yang juga didukung simpul ini (Esc membatalkan).")

    def _finish_link(self, parent: str) -> None:
        key, self._link_from = self._link_from, None
        if key is not None:
            self._drop(key, parent, True)

    def unlink(self, key: str, parent: str) -> None:
        if self.document.push(remove_further_parent(self.plan, key, parent)):
            self.status_message.emit("Tautan ke induk lain dihapus.")

    def _drop_problem(self, key: str, target: str, alt: bool) -> str | None:
        if alt:
            try:
                add_further_parent(self.plan, key, target)
            except ModelError as exc:
                return str(exc)
            return None
        if self.plan[key].parent == target:
            return "Simpul sudah berada di bawah induk ini."
        return check_move(self.plan, key, target)

    def _drop(self, key: str, target: str, alt: bool) -> bool:
        why = self._drop_problem(key, target, alt)
        if why:
            self.status_message.emit(why)
            return False
        if alt:
            ok = self.document.push(add_further_parent(self.plan, key, target))
            if ok:
                self.status_message.emit("Simpul kini juga mendukung induk lain tersebut.")
            return ok
        self.state.collapsed.discard(target)
        ok = self.document.push(MoveNode(key, target))
        if ok:
            self.status_message.emit("Simpul dipindah.")
            self.select(key)
        return ok

    def _set_drop_target(self, key: str | None, ok: bool) -> None:
        old = self.state.drop_target
        if old == key and self.state.drop_ok == ok:
            return
        self.state.drop_target, self.state.drop_ok = key, ok
        for k in (old, key):
            item = self.tree_scene.cards.get(k) if k else None
            if item is not None:
                item.update()

    def _editor_done(self, key: str, text: str | None) -> None:
        self._editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if text is None or key not in self.plan:
            return
        if text != self.plan[key].statement:
            self.document.push(SetField(key, "statement", text))

    def _close_editor(self, commit: bool) -> None:
        if self._editor is not None:
            self._editor.finish(commit)

    # --- navigation -------------------------------------------------------------------

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
