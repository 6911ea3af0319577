"""The editor's main window: canvas in the centre, Struktur/Temuan on the left, Rincian on the right.

The window holds one `Document` at a time and is the switchboard between the
views: a selection made anywhere (canvas, outline, findings, search) goes
through `select_node`, and every change set from the document is handed to
each panel. Menus are built in `app.ui.window_menus`, file handling lives in
`app.ui.window_files`.

Messages and questions go through `self.notify` / `self.confirm`, callables a
test can replace, so that no modal box blocks an offscreen run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import ChangeSet
from app.model.commands import Command
from app.model.session import Conflict, WriteFailure
from app.ui import idle_gc
from app.ui.dialogs.conflict import resolve_conflict
from app.ui.document import Document
from app.ui.panels.findings import FindingsPanel
from app.ui.panels.history import HistoryPanel
from app.ui.panels.inspector import InspectorPanel
from app.ui.panels.outline import OutlinePanel
from app.ui.panels.search_bar import SearchBar
from app.ui.settings import Settings
from app.ui.window_edit import EditMixin
from app.ui.window_files import FileMixin
from app.ui.window_menus import build_menus
from app.ui.window_revisions import RevisionMixin
from app.util.indonesian import format_int

Notify = Callable[[str, str], None]
Confirm = Callable[[str, str], bool]
ALL_OPDS = "Semua Perangkat Daerah"
LARGE_PLAN = 3000  # nodes; above this the first check runs after the first frame


def _canvas_class() -> type | None:
    """The canvas view, when it is installed (the window runs with a placeholder otherwise)."""
    try:
        from app.ui.canvas.view import TreeView
    except ImportError:
        return None
    return TreeView


class MainWindow(FileMixin, EditMixin, RevisionMixin, QMainWindow):
    """One editor window over one document (or none: the welcome screen)."""

    def __init__(
        self,
        settings: Settings | None = None,
        notify: Notify | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.notify: Notify = notify or self._message_box
        self.confirm: Confirm = confirm or self._question_box
        self.document: Document | None = None
        self.canvas: QWidget | None = None
        self._selected: str | None = None
        self._search_marks: dict[str, str] = {}
        self._extra_marks: dict[str, str] = {}
        self._clipboard: str | None = None
        self._opds: list[str] = []
        self.children_windows: list[QMainWindow] = []
        self.title_note = ""  # e.g. "snapshot 'Sebelum asistensi'" for a read-only window
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and (screen.width() < 1400 or screen.height() < 900):
            self.resize(int(screen.width() * 0.96), int(screen.height() * 0.94))  # a laptop
        else:
            self.resize(1400, 900)

        # centre: search bar over the canvas
        self.centre = QWidget(self)
        self.centre_layout = QVBoxLayout(self.centre)
        self.centre_layout.setContentsMargins(0, 0, 0, 0)
        self.centre_layout.setSpacing(0)
        self.search_bar = SearchBar(self.centre)
        self.search_bar.hide()
        self.search_bar.hits_changed.connect(self._on_hits)
        self.centre_layout.addWidget(self.search_bar)
        self.welcome = self._make_welcome()
        self.centre_layout.addWidget(self.welcome, 1)
        self.setCentralWidget(self.centre)

        # left: Struktur / Temuan
        self.outline = OutlinePanel(self)
        self.outline.node_activated.connect(lambda k: self.select_node(k, True, "outline"))
        self.findings_panel = FindingsPanel(self)
        self.findings_panel.node_activated.connect(lambda k: self.select_node(k, True))
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(self.outline, self.tr("Struktur"))
        self.left_tabs.addTab(self.findings_panel, self.tr("Temuan"))
        self.left_dock = QDockWidget(self.tr("Navigasi"), self)
        self.left_dock.setObjectName("leftDock")
        self.left_dock.setWidget(self.left_tabs)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.left_dock)

        # right: Rincian
        self.inspector = InspectorPanel(self)
        self.inspector.command_ready.connect(self.push)
        self.inspector.error.connect(self.show_status_message)
        self.inspector.link_requested.connect(self._pick_further_parent)
        self.right_dock = QDockWidget(self.tr("Rincian"), self)
        self.right_dock.setObjectName("rightDock")
        self.right_dock.setWidget(self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.right_dock)

        # undo history, hidden until asked for
        self.undo_view = HistoryPanel(self)
        self.undo_dock = QDockWidget(self.tr("Riwayat Urungan"), self)
        self.undo_dock.setObjectName("undoDock")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()
        self._size_docks()

        # toolbar: OPD filter
        self.toolbar = QToolBar(self.tr("Alat"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.opd_combo = QComboBox(self)
        self.opd_combo.setObjectName("opdFilter")
        self.opd_combo.setMinimumContentsLength(28)
        self.opd_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.opd_combo.activated.connect(self._on_opd_combo)
        self.addToolBar(self.toolbar)

        # status bar
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_label)

        self.actions_by_name: dict[str, QAction] = {}
        build_menus(self)
        self.build_revision_parts()
        self.toolbar.addWidget(QLabel(self.tr(" Filter OPD: "), self))
        self.toolbar.addWidget(self.opd_combo)
        self.set_document(None)

    # --- message boxes (replaceable) --------------------------------------------

    def _message_box(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _question_box(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def show_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- the document -------------------------------------------------------------

    def _make_welcome(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("welcome")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("Pokin — pohon kinerja"), page)
        font = title.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        for text, slot in (
            (self.tr("Rencana Baru…"), lambda: self.new_plan_dialog()),
            (self.tr("Buka…"), lambda: self.open_dialog()),
        ):
            button = QPushButton(text, page)
            button.setMinimumWidth(220)
            button.clicked.connect(slot)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def set_document(self, document: Document | None) -> None:
        """Show `document` (None: the welcome screen), closing the one shown before."""
        old = self.document
        if old is not None:
            self.inspector.commit_pending()
            old.changed.disconnect(self._on_changed)
            old.findings_changed.disconnect(self._on_findings)
            old.refused.disconnect(self.show_status_message)
            old.write_failed.disconnect(self._on_write_failed)
            old.history_changed.disconnect(self._update_undo_actions)
            old.close()
        self.document = document
        self._selected = None
        self._search_marks, self._extra_marks = {}, {}
        if self.canvas is not None:
            self.centre_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        plan = document.plan if document is not None else None
        if document is not None:
            idle_gc.settle_soon(QApplication.instance())
            document.changed.connect(self._on_changed)
            document.findings_changed.connect(self._on_findings)
            document.refused.connect(self.show_status_message)
            document.write_failed.connect(self._on_write_failed)
            document.history_changed.connect(self._update_undo_actions)
            self.canvas = self._make_canvas(document)
            self.centre_layout.addWidget(self.canvas, 1)
            self.welcome.hide()
        else:
            self.welcome.show()
        self.undo_view.set_document(document)
        self.close_comparison()
        self.outline.set_plan(plan)
        self.notes_panel.set_plan(plan)
        self.notes_panel.setEnabled(document is not None and not document.read_only)
        self.inspector.set_node(plan, None)
        self.inspector.set_read_only(document is None or document.read_only)
        self.search_bar.set_plan(plan)
        self._fill_opd_filter()
        for dock in (self.left_dock, self.right_dock):
            dock.setVisible(document is not None)
        for name in ("save_as", "export_xlsx", "export_pdf", "properties", "check_now",
                     "crosscut_matrix", "find", "find_next", "find_previous"):
            action = self.actions_by_name.get(name)
            if action is not None:
                action.setEnabled(document is not None)
        self._update_title()
        self._update_undo_actions()
        if document is not None and len(document.plan) > LARGE_PLAN:
            # let the first frame show before the checks run (about 1 s on 20,000 nodes)
            self._update_status()
            QTimer.singleShot(250, document.recheck)  # after the first paint, not before
        elif document is not None:
            document.recheck()
        else:
            self.findings_panel.set_findings([], [])
            self._update_status()

    def _make_canvas(self, document: Document) -> QWidget:
        cls = _canvas_class()
        if cls is None:
            placeholder = QLabel(self.tr("Kanvas pohon kinerja"), self.centre)
            placeholder.setObjectName("canvasPlaceholder")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return placeholder
        view = cls(document)
        if hasattr(view, "confirm"):
            view.confirm = lambda _view, message: self.confirm(self.tr("Hapus simpul"), message)
        view.selection_changed.connect(lambda k: self.select_node(k, False, "canvas"))
        view.status_message.connect(self.show_status_message)
        view.zoom_changed.connect(lambda _z: self._update_status())
        if hasattr(view, "edit_requested"):
            view.edit_requested.connect(lambda _k: self.inspector.statement.setFocus())
        return view

    def _pick_further_parent(self, key: str) -> None:
        if hasattr(self.canvas, "start_link"):
            self.canvas.setFocus()  # type: ignore[union-attr]
            self._canvas_call("start_link", key)
        else:
            self.inspector.further_key.setFocus()

    def _canvas_call(self, name: str, *args: object) -> object:
        """Call a canvas method when the canvas has it (the placeholder has none)."""
        method = getattr(self.canvas, name, None)
        return method(*args) if callable(method) else None

    def _update_title(self) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle("Pokin")
            return
        note = f" — {self.title_note}" if self.title_note else ""
        suffix = self.tr(" (hanya-baca)") if doc.read_only else ""
        name = doc.plan.name or self.tr("Rencana tanpa nama")
        self.setWindowTitle(f"Pokin - {name}{note}{suffix}")

    def push(self, command: Command) -> bool:
        """Do one edit on the current document (from any panel)."""
        if self.document is None:
            return False
        return self.document.push(command)

    def _on_write_failed(self, failure: WriteFailure, command: Command | None) -> None:
        """A change the store did not keep: it was rolled back; say so and offer to try again."""
        if self.document is not None:  # a panel may still show what was typed: show the plan
            self.inspector.set_node(self.document.plan, self._selected)
        if isinstance(failure, Conflict) and self.document is not None:  # theirs and mine
            resolve_conflict(self, self.document, failure)
            self._update_status()
            return
        text = self.tr("{why}\n\nPerubahan ini dibatalkan: rencana tetap seperti sebelumnya.").format(
            why=str(failure))
        if command is not None and failure.retry and self.confirm(
            self.tr("Perubahan tidak tersimpan"), text + "\n\n" + self.tr("Coba simpan lagi?")
        ):
            self.push(command)
        elif command is None or not failure.retry:
            self.notify(self.tr("Perubahan tidak tersimpan"), text)
        self._update_status()

    def _on_changed(self, changes: ChangeSet) -> None:
        plan = self.document.plan if self.document else None
        self.outline.apply(changes)
        self.inspector.apply(changes)
        self.notes_panel.apply(changes)
        self.comparison_changed()
        if self._selected is not None and plan is not None and self._selected not in plan:
            self.select_node(None)
        if changes.plan & {"name"}:
            self._update_title()
        if self._opds_may_differ(changes):
            self._fill_opd_filter()
        self.search_bar.forget(changes)
        if self.search_bar.isVisible():
            self.search_bar.refresh()
        self._update_status()

    def _on_findings(self) -> None:
        doc = self.document
        if doc is None:
            return
        statements = {f.node: doc.plan[f.node].statement for f in doc.findings if f.node in doc.plan}
        for c in doc.crosscuts:
            for k in [c.node, *c.nodes]:
                if k and k in doc.plan:
                    statements[k] = doc.plan[k].statement
        self.findings_panel.set_findings(doc.findings, doc.crosscuts, statements)
        index = self.left_tabs.indexOf(self.findings_panel)
        self.left_tabs.setTabText(index, f"{self.tr('Temuan')} ({format_int(len(doc.findings))})")
        self._update_status()

    def _update_undo_actions(self, *_args: object) -> None:
        try:
            self._show_undo_state()
        except RuntimeError:  # the stack is already gone while the window is torn down
            pass

    def _show_undo_state(self) -> None:
        session = self.document.session if self.document else None
        undo, redo = self.actions_by_name.get("undo"), self.actions_by_name.get("redo")
        if undo is not None:
            undo.setEnabled(bool(session and session.can_undo()))
            label = session.undo_label() if session else ""
            undo.setText(self.tr("Urungkan") + (f" {label.lower()}" if label else ""))
        if redo is not None:
            redo.setEnabled(bool(session and session.can_redo()))
            label = session.redo_label() if session else ""
            redo.setText(self.tr("Ulangi") + (f" {label.lower()}" if label else ""))

    def undo(self) -> None:
        if self.document is not None:
            self.inspector.commit_pending()
            self.document.undo()

    def redo(self) -> None:
        if self.document is not None:
            self.document.redo()

    # --- status bar -----------------------------------------------------------------

    def status_text(self) -> str:
        doc = self.document
        if doc is None:
            return ""
        errors = sum(1 for f in doc.findings if f.severity == "error")
        warnings = sum(1 for f in doc.findings if f.severity == "warning")
        parts = [
            self.tr("{n} simpul").format(n=format_int(len(doc.plan))),
            self.tr("{n} galat").format(n=format_int(errors)),
            self.tr("{n} peringatan").format(n=format_int(warnings)),
            self.tr("{n} crosscutting").format(n=format_int(len(doc.crosscuts))),
        ]
        zoom = self._canvas_call("zoom_factor")
        if isinstance(zoom, (int, float)):
            parts.append(f"{round(zoom * 100)}%")
        if doc.read_only:
            parts.append(self.tr("Hanya-baca"))
        elif doc.plan_file is None:
            parts.append(self.tr("Tidak berkas"))
        else:
            parts.append(self.tr("Tersimpan"))
        return " · ".join(parts)

    def _update_status(self) -> None:
        self.status_label.setText(self.status_text())

    def _size_docks(self) -> None:
        """Side panels in proportion to the screen, so a 1366-px laptop keeps most room for the tree."""
        screen = self.screen().availableGeometry().width() if self.screen() else 1400
        width = min(self.width(), screen)
        left = max(220, min(300, int(width * 0.19)))
        right = max(390, min(440, int(width * 0.27)))  # the inspector needs 380
        self.resizeDocks([self.left_dock, self.right_dock], [left, right], Qt.Orientation.Horizontal)

    # --- selection ------------------------------------------------------------------

    def selected_key(self) -> str | None:
        return self._selected

    def select_node(self, key: str | None, center: bool = False, source: str = "") -> None:
        """Select `key` in every view; `source` names the view the choice came from."""
        doc = self.document
        if doc is None:
            return
        if key is not None and key not in doc.plan:
            key = None
        self._selected = key
        self.inspector.set_node(doc.plan, key)
        self.notes_panel.set_node(key)
        if source != "outline":
            self.outline.select(key)
        if source != "canvas" and key is not None:
            self._canvas_call("select", key, center)

    # --- search, marks and the OPD filter ----------------------------------------------

    def open_search(self) -> None:
        if self.document is not None:
            self.search_bar.open()
            self.search_bar.refresh()

    def _on_hits(self, hits: list, current: int) -> None:
        self._search_marks = {k: "hit" for k in hits}
        if 0 <= current < len(hits):
            self._search_marks[hits[current]] = "current-hit"
            self.select_node(hits[current], True)
        self._push_marks()

    def set_extra_marks(self, marks: dict[str, str]) -> None:
        """Marks other than search hits (crosscutting highlight, a comparison)."""
        self._extra_marks = dict(marks)
        self._push_marks()

    def marks(self) -> dict[str, str]:
        return {**self._extra_marks, **self._search_marks}

    def _push_marks(self) -> None:
        self._canvas_call("set_marks", self.marks())

    def _opds_may_differ(self, changes: ChangeSet) -> bool:
        """True when an edit may add or drop an OPD (listing them reads every node)."""
        if changes.removed or any("opds" in f for f in changes.changed.values()):
            return True
        if not changes.added or self.document is None:
            return False
        known = set(self._opds)
        nodes = self.document.plan.nodes
        return any(o not in known for k in changes.added if k in nodes for o in nodes[k].opds)

    def _fill_opd_filter(self) -> None:
        """Offer the plan's OPDs in the toolbar and notes filters (only when the set changed)."""
        opds = sorted(self.document.plan.opds(), key=str.casefold) if self.document else []
        if opds == self._opds and self.opd_combo.count() == len(opds) + 1:
            return
        self._opds = opds
        self.notes_panel.set_opd_choices(opds)
        current = self.opd_filter()
        self.opd_combo.blockSignals(True)
        self.opd_combo.clear()
        self.opd_combo.addItem(self.tr(ALL_OPDS), None)
        for opd in opds:
            self.opd_combo.addItem(opd, opd)
        index = self.opd_combo.findData(current) if current else 0
        self.opd_combo.setCurrentIndex(max(index, 0))
        self.opd_combo.blockSignals(False)
        self.opd_combo.setEnabled(self.document is not None)

    def opd_filter(self) -> str | None:
        return self.opd_combo.currentData()

    def set_opd_filter(self, opd: str | None) -> None:
        """Dim everything outside `opd` on the canvas (None: show all)."""
        index = self.opd_combo.findData(opd) if opd else 0
        self.opd_combo.setCurrentIndex(max(index, 0))
        self._canvas_call("set_opd_filter", self.opd_filter())

    def _on_opd_combo(self, _index: int) -> None:
        self._canvas_call("set_opd_filter", self.opd_filter())

    # --- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for w in list(self.children_windows):
            w.close()
        self.set_document(None)
        super().closeEvent(event)
