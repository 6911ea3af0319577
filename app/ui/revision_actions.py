"""Menu Revisi of the main window: snapshots, comparisons, review notes and their minutes.

A snapshot is kept inside the plan file. Looking at one opens it read-only in
a window of its own; comparing shows the changes on the canvas of the newer
plan (marks, and the removed nodes as ghosts) and in the comparison table; restoring is ONE undoable command
(`RestoreSnapshot`), so Ctrl+Z takes the planner back to where they were.
A comparison with the live plan follows later edits.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from app.geometry.ghosts import removed_ghosts
from app.model.changes import ChangeSet
from app.model.diff import PlanDiff, diff_plans
from app.model.plan import Plan
from app.model.restore import RestoreSnapshot
from app.store import StoreError, read_plan_ref
from app.ui.dialogs.snapshots import SaveSnapshotDialog, SnapshotListDialog
from app.ui.document import Document
from app.ui.file_actions import OPEN_FILTER, run_export
from app.ui.host import Host
from app.ui.panels.comparison import ComparisonPanel, comparison_marks
from app.ui.panels.notes import NotesPanel

CURRENT_LABEL = "Rencana saat ini"


class ReadOnlySource:
    """Stands in for a plan file behind a plan nobody may edit (a snapshot, a compared file)."""

    read_only = True

    def __init__(self, path: str | Path, label: str) -> None:
        self.path = Path(path)
        self.label = label

    def close(self) -> None:
        """Nothing to close: the plan was read whole."""


class RevisionActions(QObject):
    """Menu Revisi of one window, with the notes panel and the comparison panel it drives."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host
        self.notes_panel = NotesPanel(host.widget())
        self.notes_panel.minutes_requested.connect(self.export_minutes_dialog)
        self.comparison_panel = ComparisonPanel(host.widget())
        self.comparison_panel.export_xlsx_requested.connect(self.export_comparison_xlsx_dialog)
        self.comparison_panel.export_pdf_requested.connect(self.export_comparison_pdf_dialog)
        self.comparison_panel.close_requested.connect(self.close_comparison)
        self._comparison: tuple[Plan, str, str] | None = None  # old plan, labels; live when set
        self._comparison_live = False
        self._comparison_timer = QTimer(self)
        self._comparison_timer.setSingleShot(True)
        self._comparison_timer.setInterval(300)
        self._comparison_timer.timeout.connect(self._refresh_live_comparison)
        self._watched: Document | None = None

    @property
    def document(self) -> Document | None:
        return self.host.document

    def follow(self, document: Document | None) -> None:
        """The window shows `document` now: a live comparison follows its edits."""
        if self._watched is not None:
            self._watched.changed.disconnect(self._on_changed)
        self._watched = document
        if document is not None:
            document.changed.connect(self._on_changed)
        self.notes_panel.set_author(document.note_author if document is not None else "")
        self.close_comparison()

    def _on_changed(self, _changes: ChangeSet) -> None:
        """The live plan changed: refresh a comparison against it shortly (edits come in bursts)."""
        if self._comparison is not None and self._comparison_live:
            self._comparison_timer.start()

    def can_save_snapshot(self) -> bool:
        doc = self.document
        return doc is not None and hasattr(doc.plan_file, "save_snapshot") and (
            doc.may_save_snapshots)

    def has_snapshots(self) -> bool:
        doc = self.document
        return doc is not None and hasattr(doc.plan_file, "snapshots")

    def comparing(self) -> bool:
        return self._comparison is not None

    # --- snapshots --------------------------------------------------------------------

    def save_snapshot_dialog(self) -> None:
        doc = self.document
        if doc is None or not hasattr(doc.plan_file, "save_snapshot"):
            return
        taken = {s.name for s in doc.plan_file.snapshots()}
        author = str(self.host.settings.qs.value("author", ""))
        dialog = SaveSnapshotDialog(author, taken, self.host.widget())
        if dialog.exec():
            self.save_snapshot(*dialog.values())

    def save_snapshot(self, name: str, author: str = "", note: str = "") -> bool:
        doc = self.document
        if doc is None or not hasattr(doc.plan_file, "save_snapshot"):
            return False
        self.host.commit_pending()
        try:
            doc.plan_file.save_snapshot(name, author, note)
        except StoreError as exc:
            self.host.notify(self.tr("Snapshot tidak tersimpan"), str(exc))
            return False
        if author:
            self.host.settings.qs.setValue("author", author)
        self.host.show_status_message(self.tr("Snapshot '{name}' disimpan.").format(name=name))
        return True

    def snapshot_list_dialog(self) -> None:
        doc = self.document
        if doc is None or not hasattr(doc.plan_file, "snapshots"):
            return
        dialog = SnapshotListDialog(doc.plan_file.snapshots(), self.host.widget())
        dialog.open_requested.connect(self.open_snapshot)
        dialog.compare_requested.connect(self.compare_with_snapshot)
        dialog.compare_pair_requested.connect(self.compare_snapshots)
        dialog.restore_requested.connect(self.restore_snapshot)
        dialog.delete_requested.connect(lambda name: self._delete_snapshot(dialog, name))
        self.snapshot_dialog = dialog
        dialog.show()

    def _load_snapshot(self, name: str) -> Plan | None:
        doc = self.document
        if doc is None:
            return None
        try:
            return doc.plan_file.load_snapshot(name)
        except StoreError as exc:
            self.host.notify(self.tr("Snapshot tidak dapat dibaca"), str(exc))
            return None

    def open_snapshot(self, name: str) -> Host | None:
        """Open snapshot `name` read-only in a window of its own."""
        plan = self._load_snapshot(name)
        if plan is None or self.document is None:
            return None
        path = self.document.plan_file.path
        return self.open_read_only_window(plan, ReadOnlySource(path, name),
                                          self.tr("snapshot '{name}'").format(name=name))

    def open_read_only_window(self, plan: Plan, source: ReadOnlySource, note: str) -> Host:
        return self.host.open_read_only(Document(plan, source), note)

    def compare_with_snapshot(self, name: str) -> bool:
        """Show what changed from snapshot `name` to the plan as it is now (and keep it current)."""
        old = self._load_snapshot(name)
        if old is None or self.document is None:
            return False
        self.show_comparison(old, self.document.plan, self.tr("Snapshot '{name}'").format(name=name),
                             self.tr(CURRENT_LABEL), live=True)
        return True

    def compare_snapshots(self, older: str, newer: str) -> Host | None:
        """Compare two snapshots of this file: the newer opens read-only, marked."""
        old, new = self._load_snapshot(older), self._load_snapshot(newer)
        if old is None or new is None:
            return None
        path = self.document.plan_file.path
        window = self.open_read_only_window(new, ReadOnlySource(path, newer),
                                            self.tr("snapshot '{name}'").format(name=newer))
        window.revisions.show_comparison(old, new, self.tr("Snapshot '{name}'").format(name=older),
                               self.tr("Snapshot '{name}'").format(name=newer))
        return window

    def restore_snapshot(self, name: str) -> bool:
        doc = self.document
        if doc is None or doc.read_only:
            return False
        if not self.host.confirm(
            self.tr("Pulihkan snapshot"),
            self.tr("Kembalikan rencana ke snapshot '{name}'? Langkah ini dapat diurungkan "
                    "(Ctrl+Z).").format(name=name),
        ):
            return False
        snapshot = self._load_snapshot(name)
        if snapshot is None:
            return False
        return doc.push(RestoreSnapshot(snapshot, f"Pulihkan snapshot '{name}'"))

    def _delete_snapshot(self, dialog: SnapshotListDialog, name: str) -> None:
        doc = self.document
        if doc is None or not doc.may_save_snapshots:
            return
        if not self.host.confirm(self.tr("Hapus snapshot"),
                            self.tr("Hapus snapshot '{name}'?").format(name=name)):
            return
        try:
            doc.plan_file.delete_snapshot(name)
        except StoreError as exc:
            self.host.notify(self.tr("Snapshot tidak dapat dihapus"), str(exc))
            return
        dialog.set_snapshots(doc.plan_file.snapshots())

    # --- comparing ---------------------------------------------------------------------

    def compare_files_dialog(self) -> None:
        old = self.host.ask_open_path(self.tr("Bandingkan: berkas lama"), OPEN_FILTER)
        if not old:
            return
        new = self.host.ask_open_path(self.tr("Bandingkan: berkas baru"), OPEN_FILTER)
        if new:
            self.compare_files(old, new)

    def compare_files(self, old_ref: str | Path, new_ref: str | Path) -> Host | None:
        """Compare two plans (files, workbooks or FILE@SNAPSHOT): the newer in a read-only window."""
        old = self._read_ref(str(old_ref))
        new = self._read_ref(str(new_ref))
        if old is None or new is None:
            return None
        old_label, new_label = Path(str(old_ref)).name, Path(str(new_ref)).name
        window = self.open_read_only_window(new, ReadOnlySource(new_ref, new_label), new_label)
        window.revisions.show_comparison(old, new, old_label, new_label, live=False)
        return window

    def _read_ref(self, ref: str) -> Plan | None:
        from app.exchange import WorkbookError, read_workbook

        try:
            if ref.lower().endswith((".xlsx", ".xlsm")):
                return read_workbook(ref)
            return read_plan_ref(ref)
        except (StoreError, WorkbookError, OSError) as exc:
            self.host.notify(self.tr("Berkas tidak dapat dibaca"), str(exc))
            return None

    def show_comparison(self, old: Plan, new: Plan, old_label: str, new_label: str,
                        live: bool = False) -> PlanDiff:
        diff = diff_plans(old, new)
        self._comparison = (old, old_label, new_label)
        self._comparison_live = live
        self.comparison_panel.set_comparison(diff, old, new, old_label, new_label)
        self.host.set_extra_marks(comparison_marks(diff, new))
        self.host.show_removed(removed_ghosts(diff.removed, old, new))
        self.host.show_comparison_part(True)
        return diff

    def close_comparison(self) -> None:
        self._comparison = None
        self._comparison_live = False
        self.host.show_comparison_part(False)
        self.host.set_extra_marks({})
        self.host.show_removed(None)

    def _refresh_live_comparison(self) -> None:
        if self._comparison is None or self.document is None:
            return
        old, old_label, new_label = self._comparison
        self.show_comparison(old, self.document.plan, old_label, new_label, live=True)

    def export_comparison_xlsx_dialog(self) -> None:
        path = self.host.ask_save_path(self.tr("Ekspor matriks perubahan"), "Workbook Excel (*.xlsx)",
                                  "matriks-perubahan.xlsx")
        if path:
            self.export_comparison(Path(path), "xlsx")

    def export_comparison_pdf_dialog(self) -> None:
        path = self.host.ask_save_path(self.tr("Ekspor matriks perubahan"), "PDF (*.pdf)",
                                  "matriks-perubahan.pdf")
        if path:
            self.export_comparison(Path(path), "pdf")

    def export_comparison(self, path: Path, kind: str) -> bool:
        panel = self.comparison_panel
        if panel.diff is None or panel.old is None or panel.new is None:
            return False
        if kind == "xlsx":
            from app.export.changes_xlsx import export_changes_xlsx as export
        else:
            from app.export.changes_pdf import export_changes_pdf as export
        return run_export(
            self.host, lambda: export(panel.diff, panel.old, panel.new, path,
                                      old_label=panel.old_label, new_label=panel.new_label),
            self.tr("Ekspor gagal"), str,
            lambda _none: self.tr("Matriks perubahan diekspor ke {name}.").format(name=path.name))

    # --- review notes -------------------------------------------------------------------

    def export_minutes_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        path = self.host.ask_save_path(self.tr("Notulen (PDF)"), "PDF (*.pdf)", "notulen.pdf")
        if path:
            self.export_minutes(Path(path))

    def export_minutes(self, path: Path) -> bool:
        """The minutes of the notes shown (the panel's OPD and status filters apply)."""
        from app.export.minutes import export_minutes

        doc = self.document
        if doc is None:
            return False
        opd, status = self.notes_panel.filters()
        return run_export(
            self.host, lambda: export_minutes(doc.plan, path, opd=opd, status=status),
            self.tr("Ekspor gagal"), str,
            lambda _none: self.tr("Notulen diekspor ke {name}.").format(name=path.name))
