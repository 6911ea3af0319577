"""The canvas widget: renders the tree of one document and forwards what the planner does.

Keys and mouse gestures become calls on the editor object (`app.ui.plan_editor`),
which owns the selection and pushes commands; the view redraws from the
document's `changed` signal and follows the editor's `selection_changed`, never
changing the plan by hand. A gesture in progress is a small interaction object
(`interactions.py`), typing a statement in place an `InPlaceEditor`. Navigation
state (zoom, folded branches, depth, focus root, filter, marks) lives here, not
in the plan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from app.geometry.card import CardStyle
from app.geometry.palette import level_colour
from app.model.changes import ChangeSet
from app.model.views import OpdView, opd_view
from app.ui.document import Document
from app.ui.keys import action_for
from app.ui.plan_editor import PlanEditor
from app.util.gc_pause import paused_gc

from . import navigation
from .context_menu import card_menu
from .editor import InPlaceEditor
from .interactions import CardDrag, Interaction, LinkPick, Panning
from .items import LOD_BLOCK, CardItem
from .legend_bar import LevelBar
from .minimap import Minimap
from .overlays import Breadcrumb
from .scene import TreeScene
from .state import CanvasState
from .theme import EDITOR, Theme

MIN_SCALE = 1e-4
MAX_SCALE = 4.0
ZOOM_STEP = 1.25
# The smallest zoom at which a card's statement can be read on a laptop (12.5 pt at 0.6
# is 7.5 px): Fit, the first view and search stop here rather than shrink the tree to dust.
READABLE_ZOOM = 0.6
FIT_MAX_ZOOM = 1.25  # a small tree is fitted up to this size, not blown up to fill the screen
FIRST_VIEW_DEPTH = 2  # Tujuan and Sasaran: what a large plan opens on


class TreeView(QGraphicsView):
    """The tree of one document. See the module docstring for the contract with the window."""

    edit_elsewhere = Signal(str)  # the statement cannot be typed on the card: edit it elsewhere
    zoom_changed = Signal(float)
    opd_view_changed = Signal(object)  # OpdView or None: an OPD's tree shown, changed or left

    def __init__(self, document: Document, editor: PlanEditor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        if editor is None:  # a canvas on its own (tests, benchmarks): it edits through its own
            editor = PlanEditor(self)
            editor.set_document(document)
        self.editor = editor
        self.state = CanvasState(document.geometry)
        self.tree_scene = TreeScene(self.state, self)
        self.setScene(self.tree_scene)
        self.opd_view: OpdView | None = None  # only one OPD's tree is drawn
        self._overview_next = False  # the last Fit stopped at a readable size: F again shows all
        self.wheel_zooms = False  # the wheel scrolls, Ctrl+wheel zooms (a setting swaps them)
        self.legend_wanted = True  # the planner's choice (Tampilan); shown when it covers nothing
        self.minimap_wanted = True
        self.interaction: Interaction | None = None
        self.link_pick: LinkPick | None = None
        self._editor: InPlaceEditor | None = None
        self._initialised = False
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
        self.legend = LevelBar(self)
        self.breadcrumb = Breadcrumb(self, self.set_focus_root)
        self.minimap = Minimap(self)
        self._refresh_legend()
        document.changed.connect(self._on_changed)
        document.findings_changed.connect(self._on_findings)
        document.others_changed.connect(self._on_others_changed)
        editor.selection_changed.connect(self._on_selection)
        editor.edit_requested.connect(self.edit_statement)
        self.horizontalScrollBar().valueChanged.connect(self.minimap.update)
        self.verticalScrollBar().valueChanged.connect(self.minimap.update)
        self._on_findings()
        self._count_notes()
        # Laid out once the view is attached: it decides which cards are made at once.
        self.tree_scene.relayout()
        self._after_relayout()

    # --- public API -------------------------------------------------------------

    @property
    def plan(self):  # the document's Plan
        return self.document.plan

    def selected_key(self) -> str | None:
        return self.state.selected

    def select(self, key: str | None, center: bool = False) -> None:
        """Select `key` everywhere (revealing it when folded or cut off); None clears."""
        self.editor.select(key, center, "api")

    def _on_selection(self, key: str | None, centre: bool, source: str) -> None:
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
        if self.tree_scene.root is not None and old != key:
            self._update_breadcrumb()
        if key is not None and source != "canvas":
            if source == "search" and self.zoom_factor() < READABLE_ZOOM:
                self.set_zoom(READABLE_ZOOM)  # a hit is there to be read
            if centre:
                self.center_on(key)
            else:
                self._ensure_visible(key)
        self._place_overlays()

    def center_on(self, key: str) -> None:
        b = self.tree_scene.boxes.get(key)
        if b is None:
            self._reveal(key)
            b = self.tree_scene.boxes.get(key)
        if b is not None:
            self.centerOn(b[0] + b[2] / 2, b[1] + b[3] / 2)

    def fit_all(self) -> None:
        """The whole drawn tree in the window, at whatever size that takes (the overview)."""
        self._overview_next = False
        rect = self.tree_scene.overview.boundingRect()
        if rect.isEmpty():
            return
        self._set_scale_to_fit(rect.adjusted(-40, -40, 40, 40))

    def fit(self) -> None:
        """F: the drawn tree fitted, but never below a readable size.

        When the tree needs a smaller size to fit, it is shown at the readable size
        from its top, the status bar says how many cards that leaves out of sight,
        and F again (or Shift+F) shows the whole overview.
        """
        if self._overview_next:
            self.fit_all()
            return
        rect = self.tree_scene.overview.boundingRect()
        vp = self.viewport().rect()
        if rect.isEmpty() or vp.width() < 2:
            return
        room = rect.adjusted(-24, -24, 24, 24)
        scale = min(vp.width() / room.width(), vp.height() / room.height())
        if scale >= READABLE_ZOOM:
            self._scale_to(min(scale, FIT_MAX_ZOOM))
            self._zoomed()
            self.centerOn(rect.center())
            return
        self._show_top_at(READABLE_ZOOM)
        seen = self._cards_in_view()
        total = len(self.tree_scene.boxes)
        self._overview_next = True
        self.editor.status.emit(self.tr(
            "Terbaca: {seen} dari {total} kartu tampak · F lagi: ikhtisar seluruh pohon").format(
                seen=seen, total=total))

    def _show_top_at(self, scale: float) -> None:
        """The top of the drawn tree at `scale`, the selection (or the first card) in view."""
        self._scale_to(scale)
        self._zoomed()
        rect = self.tree_scene.overview.boundingRect()
        vp = self.viewport().rect()
        boxes = self.tree_scene.boxes
        anchor = self.state.selected if self.state.selected in boxes else next(
            (k for k in self.plan.roots() if k in boxes), None)
        half_w = vp.width() / scale / 2
        half_h = vp.height() / scale / 2
        if anchor is not None:
            b = boxes[anchor]
            cx = max(b[0] + b[2] / 2, rect.left() - 40 + half_w)
            top = min(b[1] - 40, rect.top() - 40) if b[1] - rect.top() < half_h else b[1] - 120
        else:
            cx, top = rect.left() - 40 + half_w, rect.top() - 40
        self.centerOn(cx, top + half_h)

    def _cards_in_view(self) -> int:
        view = self.mapToScene(self.viewport().rect()).boundingRect()
        return sum(1 for b in self.tree_scene.boxes.values()
                   if view.intersects(QRectF(*b)))

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

    def set_max_depth(self, n: int | None, refit: bool = False) -> None:
        """Show levels down to `n` (1 = the top level only); None or 0 shows every level.

        `refit`: fit the new tree (the depth keys do), else the selection stays in place.
        """
        depth = None if not n else max(0, n - 1)
        if depth == self.tree_scene.max_depth:
            if refit:
                self.fit()
            return
        self._keep_in_place(lambda: setattr(self.tree_scene, "max_depth", depth))
        self.editor.status.emit(
            self.tr("Menampilkan {n} level teratas.").format(n=n)
            if n
            else self.tr("Menampilkan semua level.")
        )
        if refit:  # after the message: Fit may have more to say
            self._overview_next = False
            self.fit()

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

    def reveal_children_of(self, key: str) -> None:
        """Unfold `key` before something lands under it (a drop, a paste), so it is seen."""
        self.state.collapsed.discard(key)

    def set_opd_filter(self, name: str | None) -> None:
        self.state.opd_filter = name or None
        self._restyle()

    def set_opd_view(self, opd: str | None) -> OpdView | None:
        """Draw only `opd`'s tree (its nodes, and dimmed the ancestors they serve); None: all.

        The tree is laid out on its own, so an OPD's branches sit together instead of
        spread across the city's tree. Edits follow: a node that gains or loses the OPD
        comes or goes.
        """
        view = opd_view(self.plan, opd) if opd else None
        self.opd_view = view
        self.state.opd_filter = opd or None
        self.tree_scene.keep = self.state.keep = view.keys if view is not None else None
        if view is not None:
            self.tree_scene.max_depth = None  # the OPD's whole tree, down to its sub kegiatan
        self.tree_scene.relayout()
        self._after_relayout()
        self._restyle()
        sel = self.state.selected
        if sel is not None and sel not in self.tree_scene.boxes:
            roots = [k for k in self.plan.roots() if k in self.tree_scene.boxes]
            self.select(roots[0] if roots else None)
        self._overview_next = False
        self.fit()  # readable: an OPD's tree is read, not looked at from afar
        self.opd_view_changed.emit(view)
        return view

    def _follow_opd_view(self, changes: ChangeSet) -> bool:
        """After an edit in an OPD's tree: find its nodes again; True when what is drawn changed."""
        view = self.opd_view
        if view is None or not (changes.added or changes.removed or changes.moved or any(
                "opds" in f or "*" in f for f in changes.changed.values())):
            return False
        fresh = opd_view(self.plan, view.opd)
        self.opd_view = fresh
        self.opd_view_changed.emit(fresh)
        if fresh.keys == view.keys:
            return False
        self.tree_scene.keep = self.state.keep = fresh.keys
        return True

    def set_spotlight(self, keys: set[str] | None) -> None:
        self.state.spotlight = keys
        self._restyle()

    def set_marks(self, marks: dict[str, str]) -> None:
        self.state.marks = dict(marks)
        self._restyle()

    def set_removed(self, ghosts) -> None:
        """A comparison's removed nodes (`app.geometry.ghosts.Ghosts`) drawn faintly where they
        were, never selectable; None or empty: the plan alone (the kept layout, as fast as ever)."""
        self.tree_scene.set_removed(ghosts)
        self._after_relayout()

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

    def start_link(self, key: str) -> None:
        """"Tambah induk lain…": the next card clicked becomes a further parent of `key`."""
        self.link_pick = LinkPick(key)
        self.editor.status.emit(
            self.tr("Klik simpul yang juga didukung simpul ini (Esc membatalkan).")
        )

    def edit_statement(self, key: str) -> None:
        """Open the in-place editor over the card; Enter commits one edit, Esc cancels."""
        self._close_editor(commit=True)
        if key not in self.plan:
            return
        if self.document.read_only or not self.isVisible():
            self.edit_elsewhere.emit(key)
            return
        if key not in self.tree_scene.boxes:
            self._reveal(key)
        b = self.tree_scene.boxes.get(key)
        if b is None:
            self.edit_elsewhere.emit(key)
            return
        if self.state.selected != key:
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
        self.minimap.render_now()
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

    def card_at(self, pos: QPoint) -> CardItem | None:
        """The card under a viewport point (none while zoomed far out, where cards are blocks)."""
        if not self.tree_scene.detailed:
            return None
        return self.tree_scene.card_at(self.mapToScene(pos))

    def show_drop_target(self, key: str | None, ok: bool) -> None:
        """Outline the card a drag is over: green when it would take the drop, red when not."""
        old = self.state.drop_target
        if old == key and self.state.drop_ok == ok:
            return
        self.state.drop_target, self.state.drop_ok = key, ok
        for k in (old, key):
            item = self.tree_scene.cards.get(k) if k else None
            if item is not None:
                item.update()

    # --- reacting to the document ---------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        self.tree_scene.on_changed(changes, reshaped=self._follow_opd_view(changes))
        if changes.structural:
            self._after_relayout()
        if self.tree_scene.root is not None and self.tree_scene.root not in self.plan:
            self.set_focus_root(None)
        elif self.tree_scene.root is not None:
            self._update_breadcrumb()
        if "scheme" in changes.plan:
            self._refresh_legend()
        if changes.reviews or changes.removed:
            self._count_notes()
        if self.state.selected is not None and self.state.selected not in self.plan:
            self.state.selected = None

    def _on_others_changed(self) -> None:
        """Cards another person just changed carry "diubah oleh ..." for a few seconds."""
        old, self.state.changed_by = self.state.changed_by, self.document.recent_changes()
        for k in set(old) | set(self.state.changed_by):
            if old.get(k) != self.state.changed_by.get(k):
                item = self.tree_scene.cards.get(k)
                if item is not None:
                    item.update()

    def _count_notes(self) -> None:
        notes: dict[str, int] = {}
        for note in self.plan.reviews.values():
            if note.status != "resolved":
                notes[note.node] = notes.get(note.node, 0) + 1
        old, self.state.notes = self.state.notes, notes
        for k in set(old) | set(notes):
            if old.get(k) != notes.get(k):
                item = self.tree_scene.cards.get(k)
                if item is not None:
                    item.update()

    def _on_findings(self) -> None:
        errors: dict[str, int] = {}
        warnings: dict[str, int] = {}
        for f in self.document.findings:
            if not f.node:
                continue
            if f.severity == "error":
                errors[f.node] = errors.get(f.node, 0) + 1
            else:
                warnings[f.node] = warnings.get(f.node, 0) + 1
        cross: set[str] = set()
        for c in self.document.crosscuts:
            cross.update(c.nodes)
            if c.node:
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
            # Down to the selected card when it is inside the branch: where it sits.
            sel = self.state.selected
            end = sel if sel in self.tree_scene.boxes and sel in self.plan else root
            keys = list(reversed(self.plan.ancestors(end))) + [end]
            if root not in keys:
                keys = list(reversed(self.plan.ancestors(root))) + [root]
            nodes = self.plan.nodes
            trail = [(k, nodes[k].level, nodes[k].statement) for k in keys]
            link = "#FFE082" if self.state.theme is not EDITOR else "#1565C0"
            self.breadcrumb.set_trail(trail, link)
        self._place_overlays()

    # --- geometry helpers -----------------------------------------------------------

    def _reveal(self, key: str) -> None:
        """Make a hidden node shown: open folded ancestors, lift depth and focus limits."""
        plan = self.plan
        if key not in plan:
            return
        if self.opd_view is not None and key not in self.opd_view.keys:
            # Outside the OPD's tree: back to the whole plan, and say so.
            self.editor.status.emit(self.tr("Simpul di luar pohon {opd}: seluruh rencana "
                                            "ditampilkan lagi.").format(opd=self.opd_view.opd))
            self.opd_view = None
            self.tree_scene.keep = self.state.keep = None
            self.opd_view_changed.emit(None)
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

    def show_overlays(self, legend: bool, minimap: bool) -> None:
        """The planner's choice of the legend and the minimap (menu Tampilan)."""
        self.legend_wanted, self.minimap_wanted = legend, minimap
        self._place_overlays()

    def _place_overlays(self) -> None:
        """Breadcrumb on top; legend and minimap in corners that leave the selected card free.

        Each overlay takes the first of its corners that does not cover the selected
        card (nor the other overlay); with no such corner it stays hidden until the
        selection or the view moves.
        """
        vp = self.viewport().geometry()
        m = 8
        top = vp.top() + m
        if self.breadcrumb.isVisible():
            width = vp.width() - 2 * m
            self.breadcrumb.setFixedWidth(width)
            self.breadcrumb.setFixedHeight(self.breadcrumb.heightForWidth(width))
            self.breadcrumb.move(vp.left() + m, top)
            top += self.breadcrumb.height() + m
        sel = self.state.selected
        card = self.card_rect_in_view(sel) if sel is not None else None
        keep_free = card.toAlignedRect().translated(vp.topLeft()).adjusted(-6, -6, 6, 6) if (
            card is not None) else QRect()
        big = self.state.theme is not EDITOR
        # The minimap in proportion to the canvas: a fifth of its width on a small screen.
        mw = max(150, min(240, vp.width() // 5))
        mh = mw * 13 // 24
        if self.minimap.size() != QSize(mw, mh):
            self.minimap.resize(mw, mh)
            self.minimap.invalidate()
        minimap_at = self._free_corner(
            self.minimap_wanted and not big, mw, mh,
            [QPoint(vp.right() - mw - m, vp.bottom() - mh - m),
             QPoint(vp.right() - mw - m, top)], [keep_free])
        taken = [keep_free] + ([QRect(minimap_at, self.minimap.size())] if minimap_at else [])
        room = vp.width() - 2 * m - (mw + m if minimap_at is not None and minimap_at.y() > top
                                      else 0)
        self.legend.set_max_width(room)
        lw, lh = self.legend.width(), self.legend.height()
        legend_at = self._free_corner(
            self.legend_wanted and not big, lw, lh,
            [QPoint(vp.left() + m, vp.bottom() - lh - m), QPoint(vp.left() + m, top)], taken)
        self._put(self.legend, legend_at)
        self._put(self.minimap, minimap_at)

    @staticmethod
    def _free_corner(wanted: bool, w: int, h: int, corners: list[QPoint],
                     taken: list[QRect]) -> QPoint | None:
        if not wanted:
            return None
        for corner in corners:
            rect = QRect(corner, QSize(w, h))
            if not any(rect.intersects(t) for t in taken if not t.isNull()):
                return corner
        return None

    @staticmethod
    def _put(widget: QWidget, at: QPoint | None) -> None:
        if at is None:
            widget.hide()
            return
        widget.move(at)
        widget.show()
        widget.raise_()

    # --- keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = action_for(event)
        if name is not None and self._do(name):
            event.accept()
            return
        super().keyPressEvent(event)

    def _do(self, name: str) -> bool:
        """Run the action a key names; False when the key is not the canvas's."""
        editor = self.editor
        sel = self.state.selected
        gestures: dict[str, Callable[[], object]] = {
            "add_child": self._add_child,
            "add_sibling": self._add_sibling,
            "edit_statement": editor.edit_statement,
            "delete": editor.delete_selected,
            "copy": editor.copy_selected,
            "cut": editor.cut_selected,
            "paste": self._paste,
            "move_up": editor.move_up,
            "move_down": editor.move_down,
            "fit": self.fit,
            "overview": self.fit_all,
            "zoom_in": self.zoom_in,
            "zoom_out": self.zoom_out,
        }
        if name in gestures:
            gestures[name]()
            return True
        if name.startswith("go_"):
            self._navigate(name[3:])
            return True
        if name == "toggle_fold":
            if sel is not None:
                self.toggle_collapsed(sel)
            return True
        if name.startswith("depth_"):
            self.set_max_depth(int(name[6:]) or None, refit=True)
            return True
        if name == "cancel" and self.link_pick is not None:
            self.link_pick = None
            editor.status.emit(self.tr("Penautan induk lain dibatalkan."))
            return True
        return False

    def _add_child(self) -> None:
        if self.state.selected is not None:
            self.reveal_children_of(self.state.selected)
        self.editor.add_child()

    def _add_sibling(self) -> None:
        self.editor.add_sibling()

    def _paste(self) -> None:
        if self.state.selected is not None:
            self.reveal_children_of(self.state.selected)
        self.editor.paste()

    def _navigate(self, direction: str) -> None:
        boxes = self.tree_scene.boxes
        sel = self.state.selected
        if sel is None or sel not in boxes:
            roots = [k for k in self.plan.roots() if k in boxes]
            if self.tree_scene.root in boxes:
                roots = [self.tree_scene.root]
            if roots:
                self.editor.select(roots[0], False, "keys")
            return
        if direction == navigation.DOWN and not any(k in boxes for k in self.plan.children(sel)):
            if self.plan.children(sel):
                self.set_collapsed(sel, False)
                boxes = self.tree_scene.boxes
        target = navigation.neighbour(self.plan, boxes, sel, direction, self.tree_scene.root)
        if target is not None:
            self.editor.select(target, False, "keys")

    # --- mouse ---------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls (Shift: sideways) and Ctrl+wheel zooms, as in other diagram tools;
        `wheel_zooms` (a setting) swaps the two."""
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl == self.wheel_zooms:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                d = event.angleDelta()
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (d.y() or d.x()))
                event.accept()
                return
            super().wheelEvent(event)
            return
        dy = event.angleDelta().y()
        if dy == 0:
            return
        self._zoom_by(1.0015**dy, event.position().toPoint())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            card = self.card_at(pos)
            if card is None:
                self.link_pick = None
                self.interaction = Panning(self, pos)
            elif self.link_pick is not None:
                key, self.link_pick = self.link_pick.key, None
                self.editor.link(key, card.key)
            else:
                local = card.mapFromScene(self.mapToScene(pos))
                if card.has_toggle() and card.toggle_rect().adjusted(-4, -4, 4, 4).contains(local):
                    self.toggle_collapsed(card.key)
                else:
                    self.editor.select(card.key, False, "canvas")
                    self.interaction = CardDrag(self, card.key, pos, event.modifiers())
            event.accept()
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self.interaction = Panning(self, pos)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.move(self, event.position().toPoint(), event.modifiers())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        interaction, self.interaction = self.interaction, None
        if interaction is not None:
            interaction.release(self, event.position().toPoint(), event.modifiers())
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self.edit_statement(card.key)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        card = self.card_at(event.pos())
        if card is None:
            return
        self.editor.select(card.key, False, "canvas")
        card_menu(self, card.key).exec(event.globalPos())

    # --- the in-place editor -----------------------------------------------------------

    def _editor_done(self, key: str, text: str | None) -> None:
        self._editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        if text is not None:
            self.editor.set_statement(key, text)

    def _close_editor(self, commit: bool) -> None:
        if self._editor is not None:
            self._editor.finish(commit)

    # --- Qt events --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first_view()
        self._place_overlays()

    def _first_view(self) -> None:
        """The opening view, once the canvas has a real size (a window still laying itself
        out may show it first at a few pixels, which would fit nothing)."""
        vp = self.viewport().rect()
        if not self._initialised and self.isVisible() and vp.width() >= 50 and vp.height() >= 50:
            self._initialised = True
            self.initial_view()

    def initial_view(self) -> None:
        """Open on what a planner can read: the whole tree when it fits at a readable size,
        else its top levels (Tujuan and Sasaran) fitted to the window, the rest folded
        away until asked for (the depth keys, or a card's ⊕)."""
        rect = self.tree_scene.overview.boundingRect()
        vp = self.viewport().rect()
        if rect.isEmpty() or vp.width() < 2:
            return
        whole = min(vp.width() / (rect.width() + 80), vp.height() / (rect.height() + 80))
        if whole >= READABLE_ZOOM or len(self.plan.scheme) <= FIRST_VIEW_DEPTH:
            self.fit()
            return
        self.tree_scene.max_depth = FIRST_VIEW_DEPTH - 1
        self.tree_scene.relayout()
        self._after_relayout()
        self.fit()
        self.editor.status.emit(self.tr(
            "{n} level teratas ditampilkan · 3 … 6 atau 0: level berikutnya").format(
                n=FIRST_VIEW_DEPTH))

    def paintEvent(self, event: QPaintEvent) -> None:
        # The cards' paint code allocates; a cyclic collection started inside a paint
        # can destroy a closed window's widgets mid-frame, which crashes Qt.
        with paused_gc():
            super().paintEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scene_rect()
        if not self._initialised:
            # Shown before the window gave it its size: the view settles its scroll bars
            # after this event, so the first view waits for them.
            QTimer.singleShot(0, self, self._first_view)
        self._place_overlays()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.tree_scene.flush_visible()  # items queued off screen may have come into view
        if self.state.selected is not None:
            self._place_overlays()  # the selected card moved: the legend and minimap step aside
        if self._editor is not None:
            self._editor.move(self._editor.pos() + QPoint(dx, dy))

    def event(self, event: QEvent) -> bool:
        # Tab must add a child, not move the keyboard focus to the next widget.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().event(event)
