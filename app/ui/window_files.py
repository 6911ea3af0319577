"""File actions of the main window (menu Berkas): new, open, recent, save as, import, export.

There is no "save": every edit is in the plan file when it is made. Opening a
workbook imports it into a new plan file beside it and says so; the workbook
itself is never written. A file that cannot be read is refused with a clear
message and is left exactly as it was.

Each action has a path-taking method (`open_path`, `save_as`, ...) that tests
call directly, and a `*_dialog` method that asks for the path first; file
questions go through `ask_open_path` / `ask_save_path`, which tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from app.ui.document import Document

if TYPE_CHECKING:
    from app.ui.settings import Settings

PLAN_FILTER = "Rencana Pokin (*.pokin)"
WORKBOOK_FILTER = "Workbook Excel (*.xlsx)"
OPEN_FILTER = "Rencana Pokin atau workbook (*.pokin *.xlsx);;" + PLAN_FILTER + ";;" + WORKBOOK_FILTER
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def import_target(workbook: Path) -> Path:
    """Where a workbook is imported: `<stem>.pokin` beside it, or `<stem> (2).pokin`, ... when taken."""
    target = workbook.with_suffix(".pokin")
    n = 2
    while target.exists():
        target = workbook.with_name(f"{workbook.stem} ({n}).pokin")
        n += 1
    return target


class FileMixin:
    """Menu Berkas; mixed into MainWindow, which provides notify, settings, set_document."""

    document: Document | None
    settings: Settings

    # --- file questions (replaceable in tests) -------------------------------------

    def ask_open_path(self, title: str, filter: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, self._start_dir(), filter)  # type: ignore[arg-type]
        return path or None

    def ask_save_path(self, title: str, filter: str, suggested: str = "") -> str | None:
        start = str(Path(self._start_dir()) / suggested) if suggested else self._start_dir()
        path, _ = QFileDialog.getSaveFileName(self, title, start, filter)  # type: ignore[arg-type]
        return path or None

    def _start_dir(self) -> str:
        doc = self.document
        if doc is not None and doc.plan_file is not None:
            return str(Path(doc.plan_file.path).parent)  # type: ignore[attr-defined]
        recent = self.settings.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    # --- opening ------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = self.ask_open_path("Buka rencana", OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a plan file, a team database URL, or import a workbook into a new plan file beside it."""
        if isinstance(path, str) and "://" in path:
            return self._open_team(path, read_only)
        path = Path(path)
        if not path.exists():
            self.notify("Buka rencana", f"Berkas '{path.name}' tidak ditemukan.")  # type: ignore[attr-defined]
            self.settings.remove_recent_file(path)
            return False
        if path.suffix.lower() in WORKBOOK_SUFFIXES:
            return self.import_workbook(path)
        from app.store import PlanFile, StoreError

        try:
            plan_file = PlanFile.open(path, read_only=read_only)
        except StoreError as exc:
            self.notify("Berkas tidak dapat dibuka", str(exc))  # type: ignore[attr-defined]
            return False
        self.set_document(Document(plan_file.plan, plan_file))  # type: ignore[attr-defined]
        self.settings.add_recent_file(path)
        if plan_file.notice:  # e.g. a -wal beside it that was not its own, set aside
            self.notify("Berkas dibuka", plan_file.notice)  # type: ignore[attr-defined]
        return True

    def _open_team(self, url: str, read_only: bool) -> bool:
        """A plan kept in a PostgreSQL database (team mode): edits are written there one by one."""
        from app.store import PlanFile, StoreError

        try:
            plan_file = PlanFile.open(url, read_only=read_only)
        except StoreError as exc:
            self.notify("Basis data tidak dapat dibuka", str(exc))  # type: ignore[attr-defined]
            return False
        self.set_document(Document(plan_file.plan, plan_file))  # type: ignore[attr-defined]
        return True

    def import_dialog(self) -> None:
        path = self.ask_open_path("Impor workbook", WORKBOOK_FILTER)
        if not path:
            return
        target = self.ask_save_path(
            "Simpan rencana hasil impor", PLAN_FILTER, import_target(Path(path)).name
        )
        if target:
            self.import_workbook(Path(path), Path(target))

    def import_workbook(self, workbook: Path, target: Path | None = None) -> bool:
        """Read a workbook and make a new plan file from it (the workbook stays untouched)."""
        from app.exchange import WorkbookError, read_workbook
        from app.store import PlanFile, StoreError

        try:
            plan = read_workbook(workbook)
        except WorkbookError as exc:
            self.notify("Workbook tidak dapat diimpor", str(exc))  # type: ignore[attr-defined]
            return False
        except Exception as exc:  # noqa: BLE001 - a foreign file may fail in any way
            self.notify(  # type: ignore[attr-defined]
                "Workbook tidak dapat diimpor",
                f"Berkas '{workbook.name}' bukan workbook Pokin yang dapat dibaca ({exc}).",
            )
            return False
        target = target or import_target(workbook)
        try:
            plan_file = PlanFile.create(target, plan, overwrite=target.exists())
        except StoreError as exc:
            self.notify("Rencana tidak dapat dibuat", str(exc))  # type: ignore[attr-defined]
            return False
        self.set_document(Document(plan_file.plan, plan_file))  # type: ignore[attr-defined]
        self.settings.add_recent_file(target)
        self.notify(  # type: ignore[attr-defined]
            "Workbook diimpor",
            f"Workbook '{workbook.name}' diimpor ke berkas rencana baru '{target.name}' "
            f"di folder yang sama. Semua perubahan tersimpan di berkas itu.",
        )
        return True

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu  # type: ignore[attr-defined]
        menu.clear()
        files = self.settings.existing_recent_files()
        if not files:
            action = menu.addAction("(kosong)")
            action.setEnabled(False)
            return
        for i, path in enumerate(files, 1):
            action = menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))

    # --- new, save as, properties ---------------------------------------------------

    def new_plan_dialog(self) -> None:
        from app.ui.dialogs.new_plan import NewPlanDialog

        dialog = NewPlanDialog(self, start_dir=self._start_dir())  # type: ignore[arg-type]
        if dialog.exec():
            self.create_plan(dialog.plan(), Path(dialog.path()))

    def create_plan(self, plan, path: Path) -> bool:  # noqa: ANN001
        from app.store import PlanFile, StoreError

        if path.suffix.lower() != ".pokin":
            path = path.with_name(path.name + ".pokin")
        try:
            plan_file = PlanFile.create(path, plan)
        except StoreError as exc:
            self.notify("Rencana tidak dapat dibuat", str(exc))  # type: ignore[attr-defined]
            return False
        self.set_document(Document(plan_file.plan, plan_file))  # type: ignore[attr-defined]
        self.settings.add_recent_file(path)
        return True

    def save_as_dialog(self) -> None:
        doc = self.document
        if doc is None or doc.plan_file is None:
            return
        suggested = Path(doc.plan_file.path).stem + " (salinan).pokin"  # type: ignore[attr-defined]
        path = self.ask_save_path("Simpan sebagai", PLAN_FILTER, suggested)
        if path:
            self.save_as(Path(path))

    def save_as(self, path: Path) -> bool:
        """Copy the plan file to `path` and continue editing the copy."""
        from app.store import PlanFile, StoreError

        doc = self.document
        if doc is None or doc.plan_file is None:
            return False
        if path.suffix.lower() != ".pokin":
            path = path.with_name(path.name + ".pokin")
        self.inspector.commit_pending()  # type: ignore[attr-defined]
        try:
            doc.plan_file.save_copy(path)  # type: ignore[attr-defined]
            plan_file = PlanFile.open(path)
        except StoreError as exc:
            self.notify("Tidak dapat menyimpan", str(exc))  # type: ignore[attr-defined]
            return False
        selected = self.selected_key()  # type: ignore[attr-defined]
        self.set_document(Document(plan_file.plan, plan_file))  # type: ignore[attr-defined]
        self.settings.add_recent_file(path)
        if selected is not None:
            self.select_node(selected, True)  # type: ignore[attr-defined]
        self.show_status_message(f"Disimpan sebagai {path.name}; suntingan berikutnya masuk ke berkas ini.")  # type: ignore[attr-defined]
        return True

    def properties_dialog(self) -> None:
        from app.ui.dialogs.plan_properties import PlanPropertiesDialog

        if self.document is None:
            return
        dialog = PlanPropertiesDialog(self.document.plan, self)  # type: ignore[arg-type]
        if dialog.exec():
            command = dialog.command()
            if command is not None:
                self.document.push(command)

    # --- export ---------------------------------------------------------------------

    def export_workbook_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        suggested = (doc.plan.name or "rencana") + ".xlsx"
        path = self.ask_save_path("Ekspor workbook", WORKBOOK_FILTER, suggested)
        if path:
            self.export_workbook(Path(path))

    def export_workbook(self, path: Path) -> bool:
        from app.exchange import write_workbook

        doc = self.document
        if doc is None:
            return False
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.inspector.commit_pending()  # type: ignore[attr-defined]
        try:
            write_workbook(doc.plan, path)
        except OSError as exc:
            self.notify("Ekspor gagal", f"Workbook '{path.name}' tidak dapat ditulis: {exc}")  # type: ignore[attr-defined]
            return False
        self.show_status_message(f"Workbook diekspor ke {path.name}.")  # type: ignore[attr-defined]
        return True

    def export_pdf_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        try:
            from app.ui.dialogs.export_pdf import ExportPdfDialog
        except ImportError:
            self.notify("Ekspor PDF", "Ekspor PDF belum tersedia di versi ini.")  # type: ignore[attr-defined]
            return
        dialog = ExportPdfDialog(doc.plan, self, selected=self.selected_key(),  # type: ignore[attr-defined]
                                 opd=self.opd_filter())  # type: ignore[attr-defined]
        dialog.notify = self.notify  # type: ignore[attr-defined]
        if self.document.plan_file is not None and hasattr(doc.plan_file, "path"):
            folder = Path(doc.plan_file.path).parent  # type: ignore[union-attr]
            dialog.path_edit.setText(str(folder / f"{Path(doc.plan_file.path).stem}.pdf"))  # type: ignore[union-attr]
        self.pdf_dialog = dialog
        if dialog.exec() and dialog.result_info is not None:
            info = dialog.result_info
            self.show_status_message(  # type: ignore[attr-defined]
                f"PDF diekspor: {info.path.name}, {info.pages} halaman."
            )

