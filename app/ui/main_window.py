"""The editor's main window: canvas in the centre, Struktur/Temuan/Catatan left, Rincian right.

The window is composed of typed parts, not mixins: the editor object (document,
selection, gestures: `app.ui.plan_editor`), the file actions (`file_actions`),
the revision actions with their panels (`revision_actions`), the panels, and
the menus built from one table (`menus`). Every view follows the document's
`changed` signal and the editor's `selection_changed` on its own; the window
only places the parts, keeps the title, the status bar and the OPD filter.

Messages and questions go through `self.notify` / `self.confirm`, callables a
test can replace, so that no modal box blocks an offscreen run; file questions
through `ask_open_path` / `ask_save_path` for the same reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.model.changes import ChangeSet
from app.model.plan import Plan
from app.model.session import Conflict, WriteFailure
from app.model.views import OpdView
from app.ui import idle_gc
from app.ui.canvas import TreeView
from app.ui.dialogs.conflict import resolve_conflict
from app.ui.dialogs.crosscut_matrix import CrosscutMatrixDialog
from app.ui.dialogs.fill_codes import fill_codes
from app.ui.dialogs.import_workbook import ask_import
from app.ui.dialogs.indicator_editor import IndicatorEditor
from app.ui.dialogs.nomenclature_list import ask_load_list
from app.ui.document import Document
from app.ui.file_actions import FileActions, start_dir
from app.ui.file_dialogs import open_file, save_file
from app.ui.i18n import translated
from app.ui.menus import SEPARATOR, Item, add_items, add_menu
from app.ui.panels.findings import FindingsPanel
from app.ui.panels.history import HistoryPanel
from app.ui.panels.inspector import InspectorPanel
from app.ui.panels.outline import OutlinePanel
from app.ui.panels.search_bar import SearchBar
from app.ui.plan_editor import PlanEditor
from app.ui.presentation import PresentationMode
from app.ui.questions import ask, tell
from app.ui.revision_actions import RevisionActions
from app.ui.settings import Settings
from app.util.indonesian import format_int

Notify = Callable[[str, str], None]
Confirm = Callable[[str, str], bool]
# Makes the canvas of a document shown in the window; a benchmark measuring the
# panels alone passes one that makes none.
CanvasFactory = Callable[[Document, PlanEditor, QWidget], "TreeView | None"]
ALL_OPDS = "Semua Perangkat Daerah"
LARGE_PLAN = 3000  # nodes; above this the first check runs after the first frame
# Narrower windows (a 1366 laptop, a 1024 projector) put the side panels in one column of
# tabs on the right, so that the canvas keeps two thirds of the width.
COMPACT_BELOW = 1500
PANEL_WIDTH = (390, 420)  # the side column: the inspector needs 380
SHORTCUTS = (
    ("Tab / Enter", QT_TRANSLATE_NOOP("Shortcuts", "tambah anak / tambah saudara")),
    ("F2", QT_TRANSLATE_NOOP("Shortcuts", "sunting pernyataan di tempat (juga klik ganda)")),
    ("Del", QT_TRANSLATE_NOOP("Shortcuts", "hapus simpul (bertanya bila punya anak)")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "sunting indikator simpul terpilih")),
    ("Ctrl+Z / Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "urungkan / ulangi")),
    ("← ↑ → ↓", QT_TRANSLATE_NOOP("Shortcuts", "pindah pilihan (induk, anak, saudara)")),
    ("Alt+↑ / Alt+↓", QT_TRANSLATE_NOOP("Shortcuts", "naikkan / turunkan di antara saudara")),
    ("Ctrl+C / Ctrl+X / Ctrl+V", QT_TRANSLATE_NOOP("Shortcuts", "salin / potong / tempel cabang")),
    ("Ctrl+F, F3, Shift+F3", QT_TRANSLATE_NOOP("Shortcuts",
                                              "cari, hasil berikutnya, hasil sebelumnya")),
    ("F, Ctrl+0", QT_TRANSLATE_NOOP("Shortcuts", "paskan pohon ke jendela")),
    ("Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "ikhtisar seluruh pohon")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("Shortcuts", "perbesar / perkecil")),
    ("1 … 6", QT_TRANSLATE_NOOP("Shortcuts", "tampilkan sampai level N")),
    ("F5 / Esc", QT_TRANSLATE_NOOP("Shortcuts", "mode presentasi / keluar")),
)


class MainWindow(QMainWindow):
    """One editor window over one document (or none: the welcome screen)."""

    def __init__(
        self,
        settings: Settings | None = None,
        notify: Notify | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
        canvas_factory: CanvasFactory = TreeView,
    ) -> None:
        super().__init__(parent)
        self._canvas_factory = canvas_factory
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.notify: Notify = notify or (lambda title, text: tell(self, title, text))
        self.confirm: Confirm = confirm or (lambda title, text: ask(self, title, text))
        self.title_note = ""  # e.g. "snapshot 'Sebelum asistensi'" for a read-only window
        self.canvas: TreeView | None = None
        self.presentation: PresentationMode | None = None
        self.children_windows: list[MainWindow] = []
        self._search_marks: dict[str, str] = {}
        self._extra_marks: dict[str, str] = {}
        self._opds: list[str] = []
        self.actions_by_name: dict[str, QAction] = {}
        self.indicator_editor: IndicatorEditor | None = None  # made when first opened
        self._place_on_screen()

        self.editor = PlanEditor(self)
        self.editor.confirm = lambda title, text: self.confirm(title, text)
        self.editor.status.connect(self.show_status_message)
        self.editor.selection_changed.connect(self._on_selection)
        self.files = FileActions(self)
        self.revisions = RevisionActions(self)
        self._build_centre()
        self._build_docks()
        self._build_toolbar()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusCounts")
        self.statusBar().addPermanentWidget(self.status_label)
        self._compact: bool | None = None  # panels in one column of tabs (narrow windows)
        self._restored = False
        self._arranging = False  # docks shown or hidden by the window, not by the planner
        for dock in (self.left_dock, self.right_dock):
            dock.toggleViewAction().toggled.connect(
                lambda on, d=dock: self._panel_chosen(d, on))
        self._build_menus()
        self.set_document(None)

    # --- parts -----------------------------------------------------------------------

    def _place_on_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and (screen.width() < 1400 or screen.height() < 900):
            self.resize(int(screen.width() * 0.96), int(screen.height() * 0.94))  # a laptop
        else:
            self.resize(1400, 900)

    def _build_centre(self) -> None:
        self.centre = QWidget(self)
        self.centre_layout = QVBoxLayout(self.centre)
        self.centre_layout.setContentsMargins(0, 0, 0, 0)
        self.centre_layout.setSpacing(0)
        self.search_bar = SearchBar(self.centre)
        self.search_bar.hide()
        self.search_bar.hits_changed.connect(self._on_hits)
        self.search_bar.closed.connect(self._focus_canvas)
        self.centre_layout.addWidget(self.search_bar)
        self.welcome = self._make_welcome()
        self.centre_layout.addWidget(self.welcome, 1)
        self.setCentralWidget(self.centre)

    def _build_docks(self) -> None:
        editor = self.editor
        self.outline = OutlinePanel(self)
        self.outline.set_editor(editor)
        self.outline.node_activated.connect(lambda k: editor.select(k, True, "outline"))
        self.findings_panel = FindingsPanel(self)
        self.findings_panel.node_activated.connect(lambda k: editor.select(k, True, "findings"))
        notes = self.notes_panel = self.revisions.notes_panel
        notes.command_ready.connect(editor.push)
        notes.error.connect(self.show_status_message)
        notes.node_activated.connect(lambda k: editor.select(k, True, "notes"))
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(self.outline, self.tr("Struktur"))
        self.left_tabs.addTab(self.findings_panel, self.tr("Temuan"))
        self.left_tabs.addTab(notes, self.tr("Catatan"))
        self.left_dock = self._dock("leftDock", self.tr("Navigasi"), self.left_tabs,
                                    Qt.DockWidgetArea.LeftDockWidgetArea)

        self.inspector = InspectorPanel(self)
        self.inspector.command_ready.connect(editor.push)
        self.inspector.error.connect(self.show_status_message)
        self.inspector.link_requested.connect(self._pick_further_parent)
        self.inspector.indicator_editor_requested.connect(self.open_indicator_editor)
        self.right_dock = self._dock("rightDock", self.tr("Rincian"), self.inspector,
                                     Qt.DockWidgetArea.RightDockWidgetArea)

        self.undo_view = HistoryPanel(self)
        self.undo_dock = self._dock("undoDock", self.tr("Riwayat Urungan"), self.undo_view,
                                    Qt.DockWidgetArea.RightDockWidgetArea)
        self.undo_dock.hide()

        comparison = self.revisions.comparison_panel
        comparison.node_activated.connect(lambda k: editor.select(k, True, "comparison"))
        self.comparison_dock = self._dock("comparisonDock", self.tr("Perbandingan"), comparison,
                                          Qt.DockWidgetArea.BottomDockWidgetArea)
        self.comparison_dock.hide()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Alat"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.opd_combo = QComboBox(self)
        self.opd_combo.setObjectName("opdFilter")
        self.opd_combo.setMinimumContentsLength(28)
        self.opd_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.opd_combo.activated.connect(self._on_opd_combo)
        self.toolbar.addWidget(QLabel(self.tr(" Perangkat Daerah: "), self))
        self.toolbar.addWidget(self.opd_combo)
        # Dim the others (where does this OPD sit in the city's tree?), or show its tree alone
        # (a desk review of one OPD): the same choice of OPD, two ways of looking.
        self.opd_only = QAction(self.tr("Hanya pohon OPD ini"), self)
        self.opd_only.setObjectName("opdOnly")
        self.opd_only.setCheckable(True)
        self.opd_only.setToolTip(self.tr(
            "Tampilkan hanya simpul OPD terpilih dan simpul Pemda di atasnya, disusun tersendiri"))
        self.opd_only.toggled.connect(lambda _on: self._on_opd_combo(0))
        self.toolbar.addAction(self.opd_only)
        self.opd_count = QLabel(self)
        self.opd_count.setObjectName("opdCount")
        self.toolbar.addWidget(self.opd_count)
        self.addToolBar(self.toolbar)

    def _build_menus(self) -> None:
        SK = QKeySequence.StandardKey
        bar, acts, files, rev, ed = (self.menuBar(), self.actions_by_name, self.files,
                                     self.revisions, self.editor)
        self.recent_menu = QMenu(self.tr("Buka Terakhir"), self)
        self.recent_menu.aboutToShow.connect(lambda: files.fill_recent_menu(self.recent_menu))
        add_menu(self, bar, self.tr("&Berkas"), [
            Item("new", self.tr("Rencana Baru…"), files.new_plan_dialog, SK.New),
            Item("open", self.tr("Buka…"), files.open_dialog, SK.Open),
            Item("open_team", self.tr("Buka Rencana Tim…"), files.open_team_dialog),
            self.recent_menu,
            Item("save_as", self.tr("Simpan Sebagai…"), files.save_as_dialog, "Ctrl+Shift+S"),
            SEPARATOR,
            Item("import_xlsx", self.tr("Impor Tabel…"), files.import_dialog),
            Item("export_xlsx", self.tr("Ekspor Workbook…"), files.export_workbook_dialog),
            Item("export_tc27", self.tr("Ekspor Tabel Renstra T-C.27…"), files.export_tc27_dialog),
            Item("export_pdf", self.tr("Ekspor PDF…"), files.export_pdf_dialog, "Ctrl+P"),
            SEPARATOR,
            Item("properties", self.tr("Properti Rencana…"), files.properties_dialog),
            SEPARATOR,
            Item("quit", self.tr("Keluar"), self.close, "Ctrl+Q"),
        ], acts)
        add_menu(self, bar, self.tr("&Sunting"), [
            Item("undo", self.tr("Urungkan"), self.undo, SK.Undo),
            Item("redo", self.tr("Ulangi"), self.redo, "Ctrl+Y"),
            SEPARATOR,
            Item("add_child", self.tr("Tambah Anak"), ed.add_child, shown="Tab"),
            Item("add_sibling", self.tr("Tambah Saudara"), ed.add_sibling, shown="Enter"),
            Item("edit_statement", self.tr("Sunting Pernyataan"), ed.edit_statement, shown="F2"),
            Item("indicator_editor", self.tr("Sunting Indikator…"), self.open_indicator_editor,
                 "Ctrl+I"),
            Item("delete", self.tr("Hapus"), ed.delete_selected, shown="Del"),
            SEPARATOR,
            Item("copy", self.tr("Salin"), ed.copy_selected, shown="Ctrl+C"),
            Item("cut", self.tr("Potong"), ed.cut_selected, shown="Ctrl+X"),
            Item("paste", self.tr("Tempel"), ed.paste, shown="Ctrl+V"),
            Item("move_up", self.tr("Naikkan"), ed.move_up, shown="Alt+↑"),
            Item("move_down", self.tr("Turunkan"), ed.move_down, shown="Alt+↓"),
            SEPARATOR,
            Item("find", self.tr("Cari"), self.open_search, SK.Find),
            Item("find_next", self.tr("Cari Berikutnya"), self.search_bar.next, "F3"),
            Item("find_previous", self.tr("Cari Sebelumnya"), self.search_bar.previous, "Shift+F3"),
        ], acts)
        levels = QMenu(self.tr("Tampilkan Level"), self)
        add_items(self, levels, [
            *(Item(f"depth_{n}", self.tr("Sampai level {n}").format(n=n),
                   lambda n=n: self._canvas_do(lambda c: c.set_max_depth(n, refit=True)),
                   shown=str(n))
              for n in range(1, 7)),
            Item("depth_all", self.tr("Semua level"),
                 lambda: self._canvas_do(lambda c: c.set_max_depth(None, refit=True)),
                 shown="0"),
        ], acts)
        self.opd_menu = QMenu(self.tr("Filter OPD"), self)
        self.opd_menu.aboutToShow.connect(self._fill_opd_menu)
        history = self.undo_dock.toggleViewAction()
        history.setText(self.tr("Riwayat Urungan"))
        panels = QMenu(self.tr("Panel"), self)
        for dock, text in ((self.left_dock, self.tr("Navigasi (Struktur, Temuan, Catatan)")),
                           (self.right_dock, self.tr("Rincian")), (self.undo_dock, None)):
            action = dock.toggleViewAction()
            if text:
                action.setText(text)
            panels.addAction(action)
        panels.addAction(history)
        self.legend_action = QAction(self.tr("Legenda Level"), self)
        self.minimap_action = QAction(self.tr("Peta Kecil (Ikhtisar)"), self)
        for action, key in ((self.legend_action, "view/legend"),
                            (self.minimap_action, "view/minimap")):
            action.setCheckable(True)
            action.setChecked(str(self.settings.qs.value(key, "true")).lower() != "false")
            action.toggled.connect(lambda _on: self._apply_overlays())
            panels.addAction(action)
        self.wheel_action = QAction(self.tr("Roda Tetikus Memperbesar (Ctrl+roda menggulir)"), self)
        self.wheel_action.setCheckable(True)
        self.wheel_action.setChecked(str(self.settings.qs.value("view/wheel_zooms", "false"))
                                     .lower() == "true")
        self.wheel_action.toggled.connect(self._on_wheel_choice)
        language = self._language_menu()
        tampilan = add_menu(self, bar, self.tr("&Tampilan"), [
            Item("fit", self.tr("Paskan"), lambda: self._canvas_do(TreeView.fit), shown="F"),
            Item("overview", self.tr("Ikhtisar Seluruh Pohon"),
                 lambda: self._canvas_do(TreeView.fit_all), shown="Shift+F"),
            Item("zoom_in", self.tr("Perbesar"), lambda: self._canvas_do(TreeView.zoom_in),
                 shown="Ctrl++"),
            Item("zoom_out", self.tr("Perkecil"), lambda: self._canvas_do(TreeView.zoom_out),
                 shown="Ctrl+-"),
            levels,
            self.opd_menu,
            SEPARATOR,
            panels,
        ], acts)
        tampilan.addAction(self.wheel_action)
        tampilan.addMenu(language)
        add_items(self, tampilan, [
            SEPARATOR,
            Item("present", self.tr("Presentasi"), self.start_presentation, "F5"),
        ], acts)
        add_menu(self, bar, self.tr("&Periksa"), [
            Item("check_now", self.tr("Periksa Sekarang"), self.check_now),
            Item("crosscut_matrix", self.tr("Matriks Crosscutting…"), self.crosscut_matrix_dialog),
            SEPARATOR,
            Item("fill_codes", self.tr("Lengkapi Kode dan Nama dari Nomenklatur…"),
                 self._fill_codes),
            Item("nomenclature_list", self.tr("Muat Daftar Nomenklatur Lebih Baru…"),
                 self._load_nomenclature),
        ], acts)
        self.revisi_menu = add_menu(self, bar, self.tr("&Revisi"), [
            Item("save_snapshot", self.tr("Simpan Snapshot…"), rev.save_snapshot_dialog),
            Item("snapshots", self.tr("Daftar Snapshot…"), rev.snapshot_list_dialog),
            Item("compare_files", self.tr("Bandingkan Berkas…"), rev.compare_files_dialog),
            Item("close_comparison", self.tr("Tutup Perbandingan"), rev.close_comparison),
            SEPARATOR,
            Item("notes", self.tr("Catatan Reviu"), self.show_notes),
            Item("minutes", self.tr("Notulen (PDF)…"), rev.export_minutes_dialog),
        ], acts)
        self.revisi_menu.aboutToShow.connect(self._update_revision_actions)
        add_menu(self, bar, self.tr("B&antuan"), [
            Item("shortcuts", self.tr("Pintasan Keyboard"), self.show_shortcuts),
            Item("about", self.tr("Tentang Pokin"), self.show_about),
        ], acts)

    def _language_menu(self) -> QMenu:
        menu = QMenu(self.tr("Bahasa"), self)
        group = QActionGroup(self)
        for code, text in (("id", "Indonesia"), ("en", "English")):
            action = QAction(text, self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(self.settings.language() == code)
            action.triggered.connect(lambda _c=False, code=code: self.choose_language(code))
            group.addAction(action)
            menu.addAction(action)
            self.actions_by_name[f"language_{code}"] = action
        return menu

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
            (self.tr("Rencana Baru…"), lambda: self.files.new_plan_dialog()),
            (self.tr("Buka…"), lambda: self.files.open_dialog()),
        ):
            button = QPushButton(text, page)
            button.setMinimumWidth(220)
            button.clicked.connect(slot)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # --- what the parts ask of the window (app.ui.host.Host) -------------------------------

    @property
    def document(self) -> Document | None:
        return self.editor.document

    def widget(self) -> QWidget:
        return self

    def ask_open_path(self, title: str, filter: str) -> str | None:
        return open_file(self, title, start_dir(self.document, self.settings.recent_files()),
                         filter)

    def ask_save_path(self, title: str, filter: str, suggested: str = "") -> str | None:
        start = start_dir(self.document, self.settings.recent_files())
        return save_file(self, title, str(Path(start) / suggested) if suggested else start,
                         filter)

    def ask_import(self, path: Path) -> Plan | None:
        return ask_import(path, self)

    def show_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def commit_pending(self) -> None:
        self.inspector.commit_pending()

    def open_read_only(self, document: Document, note: str) -> MainWindow:
        window = MainWindow(self.settings, self.notify, self.confirm,
                            canvas_factory=self._canvas_factory)
        window.title_note = note
        window.set_document(document)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.children_windows.append(window)
        window.destroyed.connect(
            lambda _o=None, w=window: w in self.children_windows and self.children_windows.remove(w))
        window.show()
        return window

    def show_comparison_part(self, visible: bool) -> None:
        self.comparison_dock.setVisible(visible)

    # --- the document -------------------------------------------------------------

    def set_document(self, document: Document | None) -> None:
        """Show `document` (None: the welcome screen), closing the one shown before."""
        old = self.document
        if old is not None:
            self.inspector.commit_pending()
            for signal, slot in self._document_links(old):
                signal.disconnect(slot)
            old.close()
        self.editor.set_document(document)
        self._search_marks, self._extra_marks = {}, {}
        if self.canvas is not None:
            self.centre_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas = None
        plan = document.plan if document is not None else None
        if document is not None:
            idle_gc.settle_soon(QApplication.instance())
            for signal, slot in self._document_links(document):
                signal.connect(slot)
            self.canvas = self._make_canvas(document)
            self.welcome.hide()
            if self.canvas is not None:
                self.centre_layout.addWidget(self.canvas, 1)
            self.opd_only.setChecked(False)
            self.opd_count.setText("")
        else:
            self.welcome.show()
        self.undo_view.set_document(document)
        self.revisions.follow(document)
        self.outline.set_plan(plan)
        self.notes_panel.set_plan(plan)
        self.notes_panel.setEnabled(document is not None and document.may_write_notes)
        self.inspector.set_node(plan, None)
        self.inspector.set_read_only(document is None or document.read_only)
        self.search_bar.set_plan(plan)
        self._fill_opd_filter()
        self._arranging = True
        try:
            for dock in (self.left_dock, self.right_dock):
                dock.setVisible(document is not None and self._panel_wanted(dock))
        finally:
            self._arranging = False
        if document is not None and self._compact:
            self.right_dock.raise_()  # Rincian first: the selected node's fields
        for name in ("save_as", "export_xlsx", "export_tc27", "export_pdf", "properties",
                     "check_now", "crosscut_matrix", "fill_codes", "nomenclature_list", "find",
                     "find_next", "find_previous", "present", "indicator_editor"):
            self.actions_by_name[name].setEnabled(document is not None)
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

    def _document_links(self, document: Document) -> list[tuple]:
        """Every view's subscription to the document (connected on show, cut on close)."""
        return [
            (document.changed, self.outline.apply),
            (document.changed, self.inspector.apply),
            (document.changed, self.notes_panel.apply),
            (document.changed, self.search_bar.apply),
            (document.changed, self._on_changed),
            (document.findings_changed, self._on_findings),
            (document.refused, self.show_status_message),
            (document.write_failed, self._on_write_failed),
            (document.history_changed, self._update_undo_actions),
        ]

    def _on_wheel_choice(self, zooms: bool) -> None:
        self.settings.qs.setValue("view/wheel_zooms", zooms)
        if self.canvas is not None:
            self.canvas.wheel_zooms = zooms

    def _apply_overlays(self) -> None:
        self._canvas_do(lambda c: c.show_overlays(self.legend_action.isChecked(),
                                                  self.minimap_action.isChecked()))

    def _make_canvas(self, document: Document) -> TreeView | None:
        view = self._canvas_factory(document, self.editor, self.centre)
        if view is None:
            return None
        view.show_overlays(self.legend_action.isChecked(), self.minimap_action.isChecked())
        view.wheel_zooms = self.wheel_action.isChecked()
        view.edit_elsewhere.connect(lambda _k: self.inspector.statement.setFocus())
        view.opd_view_changed.connect(self._on_opd_view)
        view.zoom_changed.connect(lambda _z: self._update_status())
        return view

    def _canvas_do(self, action: Callable[[TreeView], object]) -> None:
        if self.canvas is not None:
            action(self.canvas)

    def _focus_canvas(self) -> None:
        if self.canvas is not None:
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_indicator_editor(self) -> None:
        """Ctrl+I: the wide indicator editor on the selected node (one per window)."""
        if self.document is None:
            return
        self.inspector.commit_pending()
        if self.indicator_editor is None:
            self.indicator_editor = IndicatorEditor(self.editor, self)
        self.indicator_editor.open_on_screen()

    def _pick_further_parent(self, key: str) -> None:
        if self.canvas is not None:
            self.canvas.setFocus()
            self.canvas.start_link(key)
        else:
            self.inspector.further_key.setFocus()

    def _update_title(self) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle("Pokin")
            return
        note = f" — {self.title_note or doc.team_note}" if self.title_note or doc.team_note else ""
        suffix = self.tr(" (hanya-baca)") if doc.read_only else ""
        name = doc.plan.name or self.tr("Rencana tanpa nama")
        self.setWindowTitle(f"Pokin - {name}{note}{suffix}")

    def _on_selection(self, key: str | None, _centre: bool, source: str) -> None:
        plan = self.document.plan if self.document is not None else None
        self.inspector.set_node(plan, key)
        self.notes_panel.set_node(key)
        if source != "outline":
            self.outline.select(key)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.plan & {"name"}:
            self._update_title()
        if self._opds_may_differ(changes):
            self._fill_opd_filter()
        self._update_status()

    def _on_write_failed(self, failure: WriteFailure, command: object) -> None:
        """A change the store did not keep: it was rolled back; say so and offer to try again."""
        if self.document is not None:  # a panel may still show what was typed: show the plan
            self.inspector.set_node(self.document.plan, self.editor.selected)
        if isinstance(failure, Conflict) and self.document is not None:  # theirs and mine
            resolve_conflict(self, self.document, failure)
            self._update_status()
            return
        text = self.tr("{why}\n\nPerubahan ini dibatalkan: rencana tetap seperti sebelumnya."
                       ).format(why=str(failure))
        if command is not None and failure.retry and self.confirm(
            self.tr("Perubahan tidak tersimpan"), text + "\n\n" + self.tr("Coba simpan lagi?")
        ):
            self.editor.push(command)  # type: ignore[arg-type]
        elif command is None or not failure.retry:
            self.notify(self.tr("Perubahan tidak tersimpan"), text)
        self._update_status()

    def _on_findings(self) -> None:
        doc = self.document
        if doc is None:
            return
        self.findings_panel.set_findings(doc.findings, doc.crosscuts, doc.plan)
        index = self.left_tabs.indexOf(self.findings_panel)
        self.left_tabs.setTabText(index, self.tr("Temuan (%Ln)", "", len(doc.findings)))
        self._update_status()

    # --- undo ---------------------------------------------------------------------------

    def _update_undo_actions(self) -> None:
        session = self.document.session if self.document else None
        for name, can, label, text in (
            ("undo", session and session.can_undo(), session and session.undo_label(),
             self.tr("Urungkan")),
            ("redo", session and session.can_redo(), session and session.redo_label(),
             self.tr("Ulangi")),
        ):
            action = self.actions_by_name[name]
            action.setEnabled(bool(can))
            action.setText(text + (f": {translated(label)}" if label else ""))

    def undo(self) -> None:
        self.inspector.commit_pending()
        self.editor.undo()

    def redo(self) -> None:
        self.editor.redo()

    # --- status bar -----------------------------------------------------------------

    def status_text(self) -> str:
        doc = self.document
        if doc is None:
            return ""
        errors = sum(1 for f in doc.findings if f.severity == "error")
        warnings = sum(1 for f in doc.findings if f.severity == "warning")
        parts = [
            self.tr("%Ln simpul", "", len(doc.plan)),
            self.tr("%Ln galat", "", errors),
            self.tr("%Ln peringatan", "", warnings),
            self.tr("%Ln crosscutting", "", len(doc.crosscuts)),
        ]
        if self.canvas is not None:
            parts.append(f"{round(self.canvas.zoom_factor() * 100)}%")
        if doc.read_only:
            parts.append(doc.mode_label())
        elif doc.plan_file is None:
            parts.append(self.tr("Tidak berkas"))
        else:
            parts.append(self.tr("Tersimpan"))
        return " · ".join(parts)

    def _update_status(self) -> None:
        self.status_label.setText(self.status_text())

    def _size_docks(self) -> None:
        """Side panels in proportion to the window, so the tree keeps most of the room.

        On a narrow window (a 1366 laptop, a 1024 projector) the panels share one
        column of tabs on the right; on a wide one Struktur sits left, Rincian right.
        """
        compact = self.width() < COMPACT_BELOW
        if compact != self._compact:
            self._compact = compact
            if compact:
                self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.left_dock)
                self.tabifyDockWidget(self.right_dock, self.left_dock)
                self.right_dock.raise_()
            else:
                self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.left_dock)
        low, high = PANEL_WIDTH
        if compact:
            self.resizeDocks([self.right_dock], [max(low, min(high, int(self.width() * 0.3)))],
                             Qt.Orientation.Horizontal)
        else:
            left = max(220, min(300, int(self.width() * 0.17)))
            right = max(low, min(440, int(self.width() * 0.25)))
            self.resizeDocks([self.left_dock, self.right_dock], [left, right],
                             Qt.Orientation.Horizontal)

    def _panel_chosen(self, dock: QDockWidget, shown: bool) -> None:
        """The planner closed or reopened a panel: kept for the next plan and the next start."""
        if not self._arranging and self.document is not None:
            try:
                self.settings.qs.setValue(f"panels/{dock.objectName()}", shown)
            except RuntimeError:  # at the interpreter's exit Qt may free the settings first
                pass

    def _panel_wanted(self, dock: QDockWidget) -> bool:
        return str(self.settings.qs.value(f"panels/{dock.objectName()}", "true")).lower() != "false"

    def _screen_key(self) -> str:
        """Layouts are remembered per screen size: a laptop and a projector want their own."""
        screen = self.screen()
        size = screen.availableGeometry().size() if screen is not None else self.size()
        return f"layout/{size.width()}x{size.height()}"

    def _restore_layout(self) -> bool:
        qs = self.settings.qs
        key = self._screen_key()
        geometry, state = qs.value(f"{key}/geometry"), qs.value(f"{key}/state")
        if not geometry or not state:
            return False
        self._arranging = True
        try:
            self.restoreGeometry(geometry)
            self._compact = self.width() < COMPACT_BELOW
            return bool(self.restoreState(state))
        finally:
            self._arranging = False

    def save_layout(self) -> None:
        """Keep the window's size and panels for the next start on a screen of this size."""
        qs = self.settings.qs
        key = self._screen_key()
        qs.setValue(f"{key}/geometry", self.saveGeometry())
        qs.setValue(f"{key}/state", self.saveState())
        if self.canvas is not None:
            qs.setValue("view/legend", self.canvas.legend_wanted)
            qs.setValue("view/minimap", self.canvas.minimap_wanted)
        qs.sync()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            if not self._restore_layout():
                self._size_docks()
                self.right_dock.raise_()  # Rincian first: the selected node's fields
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._restored and (self.width() < COMPACT_BELOW) != self._compact:
            self._size_docks()  # moved to a screen of another size: panels follow

    # --- search, marks and the OPD filter ----------------------------------------------

    def open_search(self) -> None:
        if self.document is not None:
            self.search_bar.open()
            self.search_bar.refresh()

    def _on_hits(self, hits: list, current: int) -> None:
        self._search_marks = {k: "hit" for k in hits}
        if 0 <= current < len(hits):
            self._search_marks[hits[current]] = "current-hit"
            self.editor.select(hits[current], True, "search")
        self._push_marks()

    def set_extra_marks(self, marks: dict[str, str]) -> None:
        """Marks other than search hits (crosscutting highlight, a comparison)."""
        self._extra_marks = dict(marks)
        self._push_marks()

    def show_removed(self, ghosts) -> None:
        """A comparison's removed nodes drawn as ghosts on the canvas (None: none)."""
        self._canvas_do(lambda c: c.set_removed(ghosts))

    def marks(self) -> dict[str, str]:
        return {**self._extra_marks, **self._search_marks}

    def _push_marks(self) -> None:
        marks = self.marks()
        self._canvas_do(lambda c: c.set_marks(marks))

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
        """Offer the plan's OPDs in the toolbar and notes filters and the inspector's OPD
        completion (only when the set changed)."""
        opds = sorted(self.document.plan.opds(), key=str.casefold) if self.document else []
        if opds == self._opds and self.opd_combo.count() == len(opds) + 1:
            return
        self._opds = opds
        self.notes_panel.set_opd_choices(opds)
        self.inspector.opd_names.set_names(opds)
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

    def _fill_opd_menu(self) -> None:
        menu = self.opd_menu
        menu.clear()
        current = self.opd_filter()
        group = QActionGroup(menu)
        for text, opd in [(self.tr(ALL_OPDS), None), *((o, o) for o in self._opds)]:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(opd == current)
            action.triggered.connect(lambda _c=False, opd=opd: self.set_opd_filter(opd))
            group.addAction(action)
            menu.addAction(action)

    def opd_filter(self) -> str | None:
        return self.opd_combo.currentData()

    def set_opd_filter(self, opd: str | None, only: bool | None = None) -> None:
        """Choose an OPD (None: all): dimmed others, or with `only` its tree alone."""
        index = self.opd_combo.findData(opd) if opd else 0
        self.opd_combo.setCurrentIndex(max(index, 0))
        if only is not None and only != self.opd_only.isChecked():
            self.opd_only.setChecked(only)  # applies the choice
            return
        self._on_opd_combo(index)

    def _on_opd_combo(self, _index: int) -> None:
        opd = self.opd_filter()
        canvas = self.canvas
        if canvas is None:
            return
        if self.opd_only.isChecked() and opd:
            canvas.set_opd_view(opd)
        else:
            if canvas.opd_view is not None:
                canvas.set_opd_view(None)
            canvas.set_opd_filter(opd)

    def _on_opd_view(self, view: OpdView | None) -> None:
        """The canvas shows an OPD's tree, a changed one, or the whole plan again."""
        self.outline.set_keep(view.keys if view is not None else None)
        if view is None:
            self.opd_count.setText("")
            if self.opd_only.isChecked():
                self.opd_only.blockSignals(True)
                self.opd_only.setChecked(False)
                self.opd_only.blockSignals(False)
            return
        self.opd_count.setText(self.tr("  {n} simpul OPD ini, {up} simpul Pemda di atasnya").format(
            n=format_int(len(view.own)), up=format_int(len(view.keys) - len(view.own))))

    # --- Periksa, Revisi, Tampilan, Bantuan ----------------------------------------------

    def check_now(self) -> None:
        if self.document is not None:
            self.document.recheck()
            self.left_tabs.setCurrentWidget(self.findings_panel)

    def crosscut_matrix_dialog(self) -> None:
        if self.document is None:
            return
        if not self.document.crosscuts:
            self.document.recheck()
        dialog = CrosscutMatrixDialog(self.document.plan, self.document.crosscuts, self)
        dialog.node_activated.connect(lambda k: self.editor.select(k, True, "matrix"))
        dialog.highlight_requested.connect(self.set_extra_marks)
        self.crosscut_dialog = dialog
        dialog.show()

    def _fill_codes(self) -> None:
        if self.document is not None and not self.document.read_only:
            self.inspector.commit_pending()
            fill_codes(self.document, self)

    def _load_nomenclature(self) -> None:
        if self.document is not None:
            plan_path = getattr(self.document.plan_file, "path", None)
            if ask_load_list(self.document, plan_path, self):
                self.document.recheck()

    def _update_revision_actions(self) -> None:
        acts, rev = self.actions_by_name, self.revisions
        acts["save_snapshot"].setEnabled(rev.can_save_snapshot())
        acts["snapshots"].setEnabled(rev.has_snapshots())
        acts["close_comparison"].setEnabled(self.comparison_dock.isVisible())
        acts["notes"].setEnabled(self.document is not None)
        acts["minutes"].setEnabled(self.document is not None)

    def show_notes(self) -> None:
        self.left_dock.show()
        self.left_tabs.setCurrentWidget(self.notes_panel)

    def choose_language(self, code: str) -> None:
        if code == self.settings.language():
            return
        self.settings.set_language(code)
        self.notify(
            "Bahasa",
            "Bahasa antarmuka akan berganti setelah Pokin dibuka ulang."
            if code == "id"
            else "The interface language changes when Pokin is started again.",
        )

    def start_presentation(self) -> PresentationMode | None:
        """F5: enter presentation mode, or leave it when already in it."""
        if self.canvas is None:
            return None
        mode = self.presentation
        if mode is not None and mode.active:
            mode.leave()
            return mode
        if mode is None or mode.canvas is not self.canvas:
            mode = self.presentation = PresentationMode(self, self.canvas)
        mode.enter()
        return mode

    def show_shortcuts(self) -> None:
        translate = QCoreApplication.translate
        text = "\n".join(f"{k}: {translate('Shortcuts', v)}" for k, v in SHORTCUTS)
        self.notify(self.tr("Pintasan Keyboard"), text)

    def show_about(self) -> None:
        self.notify(
            self.tr("Tentang Pokin"),
            self.tr("Pokin {version}\nPenyunting pohon kinerja pemerintah daerah: cascading, "
                    "crosscutting, pemeriksaan, dan cetak.").format(version=__version__),
        )

    # --- closing --------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.title_note:  # a read-only window of a snapshot keeps no layout
            self.save_layout()
        for w in list(self.children_windows):
            w.close()
        self.set_document(None)
        super().closeEvent(event)
