"""Menu Revisi of the main window: snapshots, comparisons, review notes and their minutes.

A snapshot is kept inside the plan file. Looking at one opens it read-only in
a window of its own; comparing shows the changes on the canvas of the newer
plan (marks) and in the comparison table; restoring is ONE undoable command
(`RestoreSnapshot`), so Ctrl+Z takes the planner back to where they were.
A comparison with the live plan follows later edits.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from app.model.plan import Plan
from app.ui.document import Document
from app.ui.panels.comparison import ComparisonPanel, comparison_marks
from app.ui.panels.notes import NotesPanel

if TYPE_CHECKING:
    from app.model.diff import PlanDiff

CURRENT_LABEL = "Rencana saat ini"


class ReadOnlySource:
    """Stands in for a plan file behind a plan nobody may edit (a snapshot, a compared file)."""

    read_only = True

    def __init__(self, path: str | Path, label: str) -> None:
        self.path = Path(path)
        self.label = label

    def close(self) -> None:
        """Nothing to close: the plan was read whole."""


class RevisionMixin:
    """Mixed into MainWindow (which provides document, notify, confirm, ask_*_path, ...)."""

    document: Document | None

    def build_revision_parts(self) -> None:
        """The notes tab, the comparison dock and the Revisi menu (called once by the window)."""
        self.notes_panel = NotesPanel(self)  # type: ignore[arg-type]
        self.notes_panel.command_ready.connect(self.push)  # type: ignore[attr-defined]
        self.notes_panel.error.connect(self.show_status_message)  # type: ignore[attr-defined]
        self.notes_panel.node_activated.connect(lambda k: self.select_node(k, True))  # type: ignore[attr-defined]
        self.notes_panel.minutes_requested.connect(self.export_minutes_dialog)
        self.left_tabs.addTab(self.notes_panel, self.tr("Catatan"))  # type: ignore[attr-defined]

        self.comparison_panel = ComparisonPanel(self)  # type: ignore[arg-type]
        self.comparison_panel.node_activated.connect(lambda k: self.select_node(k, True))  # type: ignore[attr-defined]
        self.comparison_panel.export_xlsx_requested.connect(self.export_comparison_xlsx_dialog)
        self.comparison_panel.export_pdf_requested.connect(self.export_comparison_pdf_dialog)
        self.comparison_panel.close_requested.connect(self.close_comparison)
        self.comparison_dock = QDockWidget(self.tr("Perbandingan"), self)  # type: ignore[arg-type]
        self.comparison_dock.setObjectName("comparisonDock")
        self.comparison_dock.setWidget(self.comparison_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.comparison_dock)  # type: ignore[attr-defined]
        self.comparison_dock.hide()
        self._comparison: tuple[Plan, str, str] | None = None  # old plan, labels; live when set
        self._comparison_live = False
        self._comparison_timer = QTimer(self)  # type: ignore[arg-type]
        self._comparison_timer.setSingleShot(True)
        self._comparison_timer.setInterval(300)
        self._comparison_timer.timeout.connect(self._refresh_live_comparison)

        menu = self.revisi_menu  # type: ignore[attr-defined]
        for name, text, slot in (
            ("save_snapshot", self.tr("Simpan Snapshot…"), self.save_snapshot_dialog),
            ("snapshots", self.tr("Daftar Snapshot…"), self.snapshot_list_dialog),
            ("compare_files", self.tr("Bandingkan Berkas…"), self.compare_files_dialog),
            ("close_comparison", self.tr("Tutup Perbandingan"), self.close_comparison),
            (None, None, None),
            ("notes", self.tr("Catatan Reviu"), self.show_notes),
            ("minutes", self.tr("Notulen (PDF)…"), self.export_minutes_dialog),
        ):
            if name is None:
                menu.addSeparator()
                continue
            action = QAction(text, self)  # type: ignore[arg-type]
            action.setObjectName(name)
            action.triggered.connect(lambda _c=False, s=slot: s())
            menu.addAction(action)
            self.actions_by_name[name] = action  # type: ignore[attr-defined]
        menu.aboutToShow.connect(self._update_revision_actions)

    def _update_revision_actions(self) -> None:
        doc = self.document
        has_file = doc is not None and hasattr(doc.plan_file, "save_snapshot")
        writable = has_file and not doc.read_only  # type: ignore[union-attr]
        self.actions_by_name["save_snapshot"].setEnabled(writable)  # type: ignore[attr-defined]
        self.actions_by_name["snapshots"].setEnabled(has_file)  # type: ignore[attr-defined]
        self.actions_by_name["close_comparison"].setEnabled(self.comparison_dock.isVisible())  # type: ignore[attr-defined]
        self.actions_by_name["notes"].setEnabled(doc is not None)  # type: ignore[attr-defined]
        self.actions_by_name["minutes"].setEnabled(doc is not None)  # type: ignore[attr-defined]

    # --- snapshots --------------------------------------------------------------------

    def save_snapshot_dialog(self) -> None:
        from app.ui.dialogs.snapshots import SaveSnapshotDialog

        doc = self.document
        if doc is None or not hasattr(doc.plan_file, "save_snapshot"):
            return
        taken = {s.name for s in doc.plan_file.snapshots()}  # type: ignore[union-attr]
        author = str(self.settings.qs.value("author", ""))  # type: ignore[attr-defined]
        dialog = SaveSnapshotDialog(author, taken, self)  # type: ignore[arg-type]
        if dialog.exec():
            self.save_snapshot(*dialog.values())

    def save_snapshot(self, name: str, author: str = "", note: str = "") -> bool:
        from app.store import StoreError

        doc = self.document
        if doc is None or not hasattr(doc.plan_file, "save_snapshot"):
            return False
        self.inspector.commit_pending()  # type: ignore[attr-defined]
        try:
            doc.plan_file.save_snapshot(name, author, note)  # type: ignore[union-attr]
        except StoreError as exc:
            self.notify(self.tr("Snapshot tidak tersimpan"), str(exc))  # type: ignore[attr-defined]
            return False
        if author:
            self.settings.qs.setValue("author", author)  # type: ignore[attr-defined]
        self.show_status_message(self.tr("Snapshot '{name}' disimpan.").format(name=name))  # type: ignore[attr-defined]
        return True

    def snapshot_list_dialog(self) -> None:
        from app.ui.dialogs.snapshots import SnapshotListDialog

        doc = self.document
        if doc is None or not hasattr(doc.plan_file, "snapshots"):
            return
        dialog = SnapshotListDialog(doc.plan_file.snapshots(), self)  # type: ignore[union-attr, arg-type]
        dialog.open_requested.connect(self.open_snapshot)
        dialog.compare_requested.connect(self.compare_with_snapshot)
        dialog.compare_pair_requested.connect(self.compare_snapshots)
        dialog.restore_requested.connect(self.restore_snapshot)
        dialog.delete_requested.connect(lambda name: self._delete_snapshot(dialog, name))
        self.snapshot_dialog = dialog
        dialog.show()

    def _load_snapshot(self, name: str) -> Plan | None:
        from app.store import StoreError

        doc = self.document
        if doc is None:
            return None
        try:
            return doc.plan_file.load_snapshot(name)  # type: ignore[union-attr]
        except StoreError as exc:
            self.notify(self.tr("Snapshot tidak dapat dibaca"), str(exc))  # type: ignore[attr-defined]
            return None

    def open_snapshot(self, name: str):  # noqa: ANN201 - returns the new MainWindow
        """Open snapshot `name` read-only in a window of its own."""
        plan = self._load_snapshot(name)
        if plan is None:
            return None
        path = self.document.plan_file.path  # type: ignore[union-attr]
        return self.open_read_only_window(plan, ReadOnlySource(path, name),
                                          self.tr("snapshot '{name}'").format(name=name))

    def open_read_only_window(self, plan: Plan, source: ReadOnlySource, note: str):  # noqa: ANN201
        from app.ui.main_window import MainWindow

        window = MainWindow(self.settings, self.notify, self.confirm)  # type: ignore[attr-defined]
        window.title_note = note
        window.set_document(Document(plan, source))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.children_windows.append(window)  # type: ignore[attr-defined]
        window.destroyed.connect(
            lambda _o=None, w=window: w in self.children_windows and self.children_windows.remove(w)  # type: ignore[attr-defined]
        )
        window.show()
        return window

    def compare_with_snapshot(self, name: str) -> bool:
        """Show what changed from snapshot `name` to the plan as it is now (and keep it current)."""
        old = self._load_snapshot(name)
        if old is None or self.document is None:
            return False
        self.show_comparison(old, self.document.plan, self.tr("Snapshot '{name}'").format(name=name),
                             self.tr(CURRENT_LABEL), live=True)
        return True

    def compare_snapshots(self, older: str, newer: str):  # noqa: ANN201 - the new window
        """Compare two snapshots of this file: the newer opens read-only, marked."""
        old, new = self._load_snapshot(older), self._load_snapshot(newer)
        if old is None or new is None:
            return None
        path = self.document.plan_file.path  # type: ignore[union-attr]
        window = self.open_read_only_window(new, ReadOnlySource(path, newer),
                                            self.tr("snapshot '{name}'").format(name=newer))
        window.show_comparison(old, new, self.tr("Snapshot '{name}'").format(name=older),
                               self.tr("Snapshot '{name}'").format(name=newer))
        return window

    def restore_snapshot(self, name: str) -> bool:
        from app.model.restore import RestoreSnapshot

        doc = self.document
        if doc is None or doc.read_only:
            return False
        if not self.confirm(  # type: ignore[attr-defined]
            self.tr("Pulihkan snapshot"),
            self.tr("Kembalikan rencana ke snapshot '{name}'? Langkah ini dapat diurungkan "
                    "(Ctrl+Z).").format(name=name),
        ):
            return False
        snapshot = self._load_snapshot(name)
        if snapshot is None:
            return False
        return self.push(RestoreSnapshot(snapshot, f"Pulihkan snapshot '{name}'"))  # type: ignore[attr-defined]

    def _delete_snapshot(self, dialog, name: str) -> None:  # noqa: ANN001
        from app.store import StoreError

        doc = self.document
        if doc is None or doc.read_only:
            return
        if not self.confirm(self.tr("Hapus snapshot"),  # type: ignore[attr-defined]
                            self.tr("Hapus snapshot '{name}'?").format(name=name)):
            return
        try:
            doc.plan_file.delete_snapshot(name)  # type: ignore[union-attr]
        except StoreError as exc:
            self.notify(self.tr("Snapshot tidak dapat dihapus"), str(exc))  # type: ignore[attr-defined]
            return
        dialog.set_snapshots(doc.plan_file.snapshots())  # type: ignore[union-attr]

    # --- comparing ---------------------------------------------------------------------

    def compare_files_dialog(self) -> None:
        from app.ui.window_files import OPEN_FILTER

        old = self.ask_open_path(self.tr("Bandingkan: berkas lama"), OPEN_FILTER)  # type: ignore[attr-defined]
        if not old:
            return
        new = self.ask_open_path(self.tr("Bandingkan: berkas baru"), OPEN_FILTER)  # type: ignore[attr-defined]
        if new:
            self.compare_files(old, new)

    def compare_files(self, old_ref: str | Path, new_ref: str | Path):  # noqa: ANN201
        """Compare two plans (files, workbooks or FILE@SNAPSHOT): the newer in a read-only window."""
        old = self._read_ref(str(old_ref))
        new = self._read_ref(str(new_ref))
        if old is None or new is None:
            return None
        old_label, new_label = Path(str(old_ref)).name, Path(str(new_ref)).name
        window = self.open_read_only_window(new, ReadOnlySource(new_ref, new_label), new_label)
        window.show_comparison(old, new, old_label, new_label, live=False)
        return window

    def _read_ref(self, ref: str) -> Plan | None:
        from app.exchange import WorkbookError, read_workbook
        from app.store import StoreError, read_plan_ref

        try:
            if ref.lower().endswith((".xlsx", ".xlsm")):
                return read_workbook(ref)
            return read_plan_ref(ref)
        except (StoreError, WorkbookError, OSError) as exc:
            self.notify(self.tr("Berkas tidak dapat dibaca"), str(exc))  # type: ignore[attr-defined]
            return None

    def show_comparison(self, old: Plan, new: Plan, old_label: str, new_label: str,
                        live: bool = False) -> PlanDiff:
        from app.model.diff import diff_plans

        diff = diff_plans(old, new)
        self._comparison = (old, old_label, new_label)
        self._comparison_live = live
        self.comparison_panel.set_comparison(diff, old, new, old_label, new_label)
        self.set_extra_marks(comparison_marks(diff, new))  # type: ignore[attr-defined]
        self.comparison_dock.show()
        return diff

    def close_comparison(self) -> None:
        self._comparison = None
        self._comparison_live = False
        self.comparison_dock.hide()
        self.set_extra_marks({})  # type: ignore[attr-defined]

    def comparison_changed(self) -> None:
        """The live plan changed: refresh a comparison against it shortly (edits come in bursts)."""
        if self._comparison is not None and self._comparison_live:
            self._comparison_timer.start()

    def _refresh_live_comparison(self) -> None:
        if self._comparison is None or self.document is None:
            return
        old, old_label, new_label = self._comparison
        self.show_comparison(old, self.document.plan, old_label, new_label, live=True)

    def export_comparison_xlsx_dialog(self) -> None:
        path = self.ask_save_path(self.tr("Ekspor matriks perubahan"), "Workbook Excel (*.xlsx)",  # type: ignore[attr-defined]
                                  "matriks-perubahan.xlsx")
        if path:
            self.export_comparison(Path(path), "xlsx")

    def export_comparison_pdf_dialog(self) -> None:
        path = self.ask_save_path(self.tr("Ekspor matriks perubahan"), "PDF (*.pdf)",  # type: ignore[attr-defined]
                                  "matriks-perubahan.pdf")
        if path:
            self.export_comparison(Path(path), "pdf")

    def export_comparison(self, path: Path, kind: str) -> bool:
        panel = self.comparison_panel
        if panel.diff is None or panel.old is None or panel.new is None:
            return False
        try:
            if kind == "xlsx":
                from app.export.changes_xlsx import export_changes_xlsx as export
            else:
                from app.export.changes_pdf import export_changes_pdf as export
            export(panel.diff, panel.old, panel.new, path, old_label=panel.old_label,
                   new_label=panel.new_label)
        except OSError as exc:
            self.notify(self.tr("Ekspor gagal"), str(exc))  # type: ignore[attr-defined]
            return False
        self.show_status_message(self.tr("Matriks perubahan diekspor ke {name}.").format(name=path.name))  # type: ignore[attr-defined]
        return True

    # --- review notes -------------------------------------------------------------------

    def show_notes(self) -> None:
        self.left_dock.show()  # type: ignore[attr-defined]
        self.left_tabs.setCurrentWidget(self.notes_panel)  # type: ignore[attr-defined]

    def export_minutes_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        path = self.ask_save_path(self.tr("Notulen (PDF)"), "PDF (*.pdf)", "notulen.pdf")  # type: ignore[attr-defined]
        if path:
            self.export_minutes(Path(path))

    def export_minutes(self, path: Path) -> bool:
        """The minutes of the notes shown (the panel's OPD and status filters apply)."""
        from app.export.minutes import export_minutes

        doc = self.document
        if doc is None:
            return False
        opd, status = self.notes_panel.filters()
        try:
            export_minutes(doc.plan, path, opd=opd, status=status)
        except OSError as exc:
            self.notify(self.tr("Ekspor gagal"), str(exc))  # type: ignore[attr-defined]
            return False
        self.show_status_message(self.tr("Notulen diekspor ke {name}.").format(name=path.name))  # type: ignore[attr-defined]
        return True
