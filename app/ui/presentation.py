"""Presentation mode (F5): the tree on the projector in an assistance session.

A room of forty, a 1024x768 projector, the last row ten metres away: the
window goes full screen, panels and menus disappear, the canvas switches to the
projector theme (dark background, white cards, thick strips) and a card style
whose statement is drawn at 20 pt under a zoom of at least 1.2, so at least
24 px on the screen. One branch at a time: Enter focuses the selected subtree
with its ancestors as a breadcrumb, Esc goes back up (and leaves at the top),
+/- change the depth, the spotlight dims everything outside the selected branch.

A sequence of views (root, depth, OPD filter) is kept per plan file in the
user's QSettings: it is the presenter's own running order for a meeting, not
part of the plan, so the plan file's schema stays as the store defines it (and
team members do not overwrite each other's order). V adds the current view,
Page Down / Page Up step through them.

Revisions happen live: F2 edits a statement in place, N types a review note
(PutReview), both as ordinary undoable edits.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLabel, QMainWindow, QToolBar, QWidget

from app.geometry.card import CardStyle
from app.model.commands import PutReview
from app.model.plan import ReviewNote
from app.ui.canvas import TreeView, fonts
from app.ui.canvas.overlays import OffScreenHints
from app.ui.canvas.theme import EDITOR, PROJECTOR
from app.ui.presentation_frame import Viewport, centre_all, centre_on_card, fit_zoom, off_screen

# The statement at 20 pt and the zoom at 1.2 or more: 24 px or more on the projector.
PRESENTATION_STYLE = CardStyle(
    width=300.0,
    pad=10.0,
    strip_height=30.0,
    strip_size=13.0,
    statement_size=20.0,
    statement_bold=True,
    opd_size=14.0,
    indicator_size=14.0,
    section_gap=6.0,
    indicator_gap=5.0,
    badge_room=64.0,
)
MIN_ZOOM = 1.2
MAX_ZOOM = 2.2
START_DEPTH = 3
# Marked for translation here, translated when shown (the language is known by then).
HINTS = QT_TRANSLATE_NOOP(
    "PresentationMode",
    "← ↑ → ↓ jelajah · Enter fokus cabang · Esc kembali · + / − kedalaman · L sorot · "
    "V simpan tampilan · PgDn / PgUp urutan · N catatan · F2 sunting · F5 keluar",
)

NoteAsker = Callable[[QWidget, str], "str | None"]


def ask_note(parent: QWidget, statement: str) -> str | None:
    """The default note dialog: a multi-line text box; None when cancelled or empty."""
    text, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("PresentationMode", "Catatan reviu"),
        QCoreApplication.translate("PresentationMode", "Catatan untuk:\n{statement}").format(
            statement=statement[:120]
        ),
    )
    text = text.strip()
    return text if ok and text else None


@dataclass
class SavedView:
    """One step of the running order: which branch, how deep, which OPD lit."""

    root: str | None
    depth: int | None
    opd: str | None


class PresentationMode(QObject):
    """Puts a main window into presentation mode and back. `enter()` then `leave()`."""

    def __init__(
        self,
        window: QMainWindow,
        canvas: TreeView | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.canvas: TreeView = canvas or window.canvas  # type: ignore[attr-defined]
        own = getattr(getattr(window, "settings", None), "qs", None)
        self.settings = settings or own or QSettings("Pokin", "Pokin")
        self.ask_note: NoteAsker = ask_note  # tests replace the modal dialog
        self.active = False
        self.spotlight = True
        self.depth: int | None = START_DEPTH
        self.views: list[SavedView] = []
        self.view_index = -1
        self._back: list[tuple[str | None, str | None]] = []  # (root, selection) to return to
        self._restore: list[tuple[QWidget, bool]] = []
        self._was: dict[str, object] = {}
        self.hud = QLabel(self.canvas)
        self.hud.setWordWrap(True)
        self.hud.setStyleSheet(
            "QLabel { background: rgba(0,0,0,210); color: #FFFFFF; padding: 8px 14px;"
            f" font-family: '{fonts.family()}'; font-size: 17px; border-top: 3px solid #FFD600; }}"
        )
        self.hud.hide()
        self._hud_timer = QTimer(self)
        self._hud_timer.setSingleShot(True)
        self._hud_timer.timeout.connect(self._hide_hud)
        self.hints = OffScreenHints(self.canvas)
        self._was_pick: Callable[[str], None] | None = None

    # --- entering and leaving ---------------------------------------------------

    def enter(self, full_screen: bool = True) -> None:
        if self.active:
            return
        self.active = True
        w, c = self.window, self.canvas
        self._was = {
            "state": w.windowState(),
            "depth": c.max_depth(),
            "root": c.focus_root(),
            "opd": c.state.opd_filter,
            "zoom": c.zoom_factor(),
        }
        hide: list[QWidget] = [w.menuBar(), w.statusBar()]
        hide += w.findChildren(QDockWidget) + w.findChildren(QToolBar)
        for name in ("search_bar", "comparison_bar"):
            extra = getattr(w, name, None)
            if isinstance(extra, QWidget):
                hide.append(extra)
        self._restore = [(x, x.isVisible()) for x in hide if x is not None]
        for x, _ in self._restore:
            x.hide()
        if full_screen:
            w.showFullScreen()
        c.set_theme(PROJECTOR, PRESENTATION_STYLE)
        # Level names are written in every strip: the legend and scroll bars only take room.
        self._was["legend"] = c.legend.isVisible()
        c.legend.hide()
        c.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        c.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        c.installEventFilter(self)
        c.editor.selection_changed.connect(self._on_selection)
        # A click on the breadcrumb focuses that branch the way Enter does (framed, kept for Esc).
        self._was_pick, c.breadcrumb.on_pick = c.breadcrumb.on_pick, self.focus_on
        c.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        c.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.views = self.load_views()
        self.view_index = -1
        self._back = []
        self.depth = START_DEPTH
        if c.selected_key() is None:
            roots = c.plan.roots()
            if roots:
                c.select(roots[0])
        self._show(c.focus_root())
        c.setFocus()
        self.message(self.tr(HINTS), 10000)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        w, c = self.window, self.canvas
        if not (shiboken6.isValid(c) and shiboken6.isValid(w)):
            return  # the window went away first (closing the application)
        c.removeEventFilter(self)
        c.editor.selection_changed.disconnect(self._on_selection)
        if self._was_pick is not None:
            c.breadcrumb.on_pick = self._was_pick
        c.horizontalScrollBar().valueChanged.disconnect(self._on_scrolled)
        c.verticalScrollBar().valueChanged.disconnect(self._on_scrolled)
        self.hints.hide()
        c.set_spotlight(None)
        c.set_theme(EDITOR, CardStyle())
        c.legend.setVisible(bool(self._was.get("legend", True)))
        c.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        c.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        c.set_focus_root(self._was.get("root"))  # type: ignore[arg-type]
        c.set_max_depth(self._was.get("depth"))  # type: ignore[arg-type]
        c.set_opd_filter(self._was.get("opd"))  # type: ignore[arg-type]
        c.set_zoom(float(self._was.get("zoom") or 1.0))
        sel = c.selected_key()
        if sel is not None:
            c.center_on(sel)
        self.hud.hide()
        w.setWindowState(self._was.get("state", Qt.WindowState.WindowNoState))  # type: ignore[arg-type]
        for x, visible in self._restore:
            x.setVisible(visible)
        self._restore = []

    # --- what is shown ----------------------------------------------------------

    def _show(self, root: str | None, select: str | None = None) -> None:
        """Show `root`'s branch down to the current depth, readable from the back row."""
        c = self.canvas
        c.set_focus_root(root)
        c.set_max_depth(self.depth)
        key = select or root or c.selected_key()
        if key is not None and key in c.plan:
            c.select(key)
        self._frame()
        self._light()

    def _frame(self, announce: bool = True) -> None:
        """Zoom and scroll for the branch just shown, readable from the back row.

        The whole branch when it fits between MIN_ZOOM and MAX_ZOOM. Otherwise the
        selected card (the focused one after Enter, the one come from after Esc)
        with its children, as large as they fit but never below MIN_ZOOM, the card
        centred across; the cards left out are counted at the screen's edges
        (and, with `announce`, said once), and the arrows walk to them.
        """
        c = self.canvas
        boxes = c.tree_scene.boxes
        vp = self._viewport()
        if not boxes or vp.width < 2:
            return
        whole = fit_zoom(boxes.values(), vp)
        if whole >= MIN_ZOOM:
            zoom = min(MAX_ZOOM, whole)
            c.set_zoom(zoom)
            c.centerOn(*centre_all(boxes.values(), vp, zoom))
        else:
            key = c.selected_key()
            if key not in boxes:
                key = c.focus_root() if c.focus_root() in boxes else next(iter(boxes))
            near = [boxes[key]] + [boxes[k] for k in c.plan.children(key) if k in boxes]
            c.set_zoom(max(MIN_ZOOM, min(MAX_ZOOM, fit_zoom(near, vp))))
            self._place(key, with_parent=False)
        self._update_hints(announce)

    def _viewport(self) -> Viewport:
        vp = self.canvas.viewport().rect()
        return Viewport(vp.width(), vp.height(), top=self._top_margin())

    def _top_margin(self) -> float:
        c = self.canvas
        return (c.breadcrumb.height() + 24) if c.breadcrumb.isVisible() else 24

    def _place(self, key: str | None, with_parent: bool = True) -> None:
        """Scroll so that `key`'s card shows whole under the breadcrumb, centred across: its
        parent above it when that one is in sight and both fit (the evaluators read a card
        against the one it serves), else the card and its children centred in the height."""
        c = self.canvas
        boxes = c.tree_scene.boxes
        if key not in boxes:
            return
        plan = c.plan
        parent = plan[key].parent
        kids = [boxes[k] for k in plan.children(key) if k in boxes]
        c.centerOn(*centre_on_card(boxes[key], kids, boxes.get(parent) if parent else None,
                                   self._viewport(), c.zoom_factor(), with_parent))
        self._update_hints()

    def _update_hints(self, announce: bool = False) -> None:
        """Count the cards of the branch beyond each edge and show the counts there."""
        c = self.canvas
        if not self.active or not shiboken6.isValid(c):
            return
        zoom = c.zoom_factor()
        seen = c.mapToScene(c.viewport().rect()).boundingRect()
        covered = (c.breadcrumb.geometry().bottom() + 4) if c.breadcrumb.isVisible() else 0
        area = (seen.left(), seen.top() + covered / zoom, seen.width(),
                seen.height() - covered / zoom)
        n = off_screen(c.tree_scene.boxes.values(), area, zoom)
        bottom = self.hud.height() if self.hud.isVisible() else 0
        self.hints.set_counts(n.left, n.right, n.above, n.below, int(covered), bottom)
        if announce and n.total:
            self.message(self.tr("%n kartu di luar layar pada ukuran terbaca: panah ← → ↑ ↓ "
                                 "menjangkaunya.", "", n.total), 5000)

    def _on_scrolled(self, _value: int = 0) -> None:
        self._update_hints()

    def _light(self) -> None:
        c = self.canvas
        sel = c.selected_key()
        if not self.spotlight or sel is None or sel not in c.plan:
            c.set_spotlight(None)
            return
        plan = c.plan
        c.set_spotlight(set(plan.subtree(sel)) | set(plan.ancestors(sel)))

    def _on_selection(self, key: object, _centre: bool = False, _source: str = "") -> None:
        if not self.active:
            return
        self._light()
        if isinstance(key, str):
            # The selection always sits in the same place: centred, its parent above it.
            self._place(key)

    # --- gestures -------------------------------------------------------------------

    def focus_selected(self) -> None:
        c = self.canvas
        sel = c.selected_key()
        if sel is None or sel == c.focus_root():
            return
        self._back.append((c.focus_root(), sel))
        self._show(sel)

    def focus_on(self, key: str) -> None:
        """Focus `key`'s branch (a click on the breadcrumb); Esc comes back here."""
        c = self.canvas
        if key not in c.plan or key == c.focus_root():
            return
        self._back.append((c.focus_root(), c.selected_key()))
        self._show(key)

    def back(self) -> None:
        """Esc: up to the branch shown before, centred on the one come from; at the top, leave."""
        if self._back:
            root, sel = self._back.pop()
            self._show(root, sel)
            return
        c = self.canvas
        root = c.focus_root()
        if root is not None:
            parent = c.plan[root].parent if root in c.plan else None
            self._show(parent if parent in c.plan else None, root)
            return
        self.leave()

    def change_depth(self, step: int) -> None:
        n_levels = len(self.canvas.plan.scheme)
        current = self.depth or n_levels
        self.depth = max(1, min(n_levels, current + step))
        self.canvas.set_max_depth(self.depth)
        self._frame()
        self._light()
        self.message(self.tr("Kedalaman: {n} level").format(n=self.depth), 2500)

    def toggle_spotlight(self) -> None:
        self.spotlight = not self.spotlight
        self._light()
        text = self.tr("Sorotan menyala") if self.spotlight else self.tr("Sorotan mati")
        self.message(text, 2000)

    def add_note(self) -> bool:
        c = self.canvas
        sel = c.selected_key()
        if sel is None:
            return False
        text = self.ask_note(self.window, c.plan[sel].statement)
        c.setFocus()
        if not text:
            return False
        note = ReviewNote(
            id=f"R-{uuid.uuid4().hex[:10]}",
            node=sel,
            text=text,
            author=c.document.note_author or _user(),
            date=datetime.now().isoformat(timespec="minutes"),
        )
        ok = c.editor.push(PutReview(note))
        if ok:
            self.message(self.tr("Catatan reviu disimpan."), 3000)
        return ok

    # --- the running order of views -------------------------------------------------

    def current_view(self) -> SavedView:
        c = self.canvas
        return SavedView(c.focus_root(), self.depth, c.state.opd_filter)

    def save_view(self) -> None:
        self.views.append(self.current_view())
        self.view_index = len(self.views) - 1
        self.store_views()
        self.message(
            self.tr("Tampilan disimpan sebagai nomor {n}.").format(n=len(self.views)), 3000
        )

    def step(self, delta: int) -> None:
        if not self.views:
            self.message(
                self.tr("Belum ada urutan tampilan: tekan V untuk menyimpan tampilan ini."), 4000
            )
            return
        self.view_index = max(0, min(len(self.views) - 1, self.view_index + delta))
        v = self.views[self.view_index]
        root = v.root if v.root in self.canvas.plan else None
        self.depth = v.depth
        self.canvas.set_opd_filter(v.opd)
        self._back = []
        self._show(root)
        self.message(
            self.tr("Tampilan {i} dari {n}").format(i=self.view_index + 1, n=len(self.views)),
            2500,
        )

    def _settings_key(self) -> str | None:
        plan_file = self.canvas.document.plan_file
        path = getattr(plan_file, "path", None)
        if path is None:
            return None
        digest = hashlib.sha1(str(path).encode()).hexdigest()[:16]
        return f"presentation/views/{digest}"

    def load_views(self) -> list[SavedView]:
        key = self._settings_key()
        if key is None:
            return list(self.views)
        raw = self.settings.value(key, "")
        try:
            items = json.loads(raw) if raw else []
            return [SavedView(i.get("root"), i.get("depth"), i.get("opd")) for i in items]
        except (ValueError, TypeError, AttributeError):
            return []

    def store_views(self) -> None:
        key = self._settings_key()
        if key is not None:
            self.settings.setValue(key, json.dumps([asdict(v) for v in self.views]))
            self.settings.sync()

    # --- plumbing ---------------------------------------------------------------------

    def message(self, text: str, ms: int) -> None:
        self.hud.setText(text)
        self._place_hud()
        self.hud.show()
        self.hud.raise_()
        self._hud_timer.start(ms)
        self._update_hints()

    def _hide_hud(self) -> None:
        if not shiboken6.isValid(self.hud):
            return  # the canvas went away with its overlays (a window closed meanwhile)
        self.hud.hide()
        self._update_hints()  # the count at the bottom takes the room the message had

    def _place_hud(self) -> None:
        c = self.canvas
        self.hud.setFixedWidth(c.width())
        self.hud.setFixedHeight(self.hud.heightForWidth(c.width()))
        self.hud.move(0, c.height() - self.hud.height())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is not self.canvas or not self.active:
            return False
        if event.type() == QEvent.Type.ShortcutOverride and self._handles(event):
            event.accept()  # ours, not the window's shortcut
            return True
        if event.type() == QEvent.Type.KeyPress and self._handles(event):
            self._key(event)
            return True
        if event.type() == QEvent.Type.Resize:
            self._place_hud()
            self._frame(announce=False)
        return False

    def _handles(self, event: QKeyEvent) -> bool:
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        return event.key() in _KEYS

    def _key(self, event: QKeyEvent) -> None:
        k = event.key()
        K = Qt.Key
        if k in (K.Key_Return, K.Key_Enter):
            self.focus_selected()
        elif k == K.Key_Escape:
            self.back()
        elif k in (K.Key_Plus, K.Key_Equal):
            self.change_depth(1)
        elif k in (K.Key_Minus, K.Key_Underscore):
            self.change_depth(-1)
        elif k == K.Key_PageDown:
            self.step(1)
        elif k == K.Key_PageUp:
            self.step(-1)
        elif k == K.Key_N:
            self.add_note()
        elif k == K.Key_V:
            self.save_view()
        elif k == K.Key_L:
            self.toggle_spotlight()
        elif k == K.Key_F5:
            self.leave()


_KEYS = {
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Equal,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Underscore,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_N,
    Qt.Key.Key_V,
    Qt.Key.Key_L,
    Qt.Key.Key_F5,
}


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name is not an error worth stopping for
        return ""
