"""File actions of the main window (menu Berkas): new, open, recent, save as, import, export.

There is no "save": every edit is in the plan file when it is made. Opening a
workbook imports it into a new plan file beside it and says so; the workbook
itself is never written. A file that cannot be read is refused with a clear
message and is left exactly as it was.

Each action has a path-taking method (`open_path`, `save_as`, ...) that tests
call directly, and a `*_dialog` method that asks for the path first; file
questions go through the window's `ask_open_path` / `ask_save_path`, which
tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from app.model.plan import Plan
from app.ui.document import Document
from app.ui.host import Host

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


def start_dir(document: Document | None, recent: list[str]) -> str:
    """Where file dialogs open: beside the open plan, else beside the last one, else home."""
    if document is not None and document.plan_file is not None and hasattr(
            document.plan_file, "path") and getattr(document.plan_file, "url", None) is None:
        return str(Path(document.plan_file.path).parent)
    return str(Path(recent[0]).parent) if recent else str(Path.home())


class FileActions(QObject):
    """Menu Berkas of one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host

    @property
    def document(self) -> Document | None:
        return self.host.document

    def _open(self, plan_file) -> None:  # app.store.PlanFile
        self.host.set_document(Document(plan_file.plan, plan_file))

    # --- opening ------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = self.host.ask_open_path("Buka rencana", OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a plan file, a team database URL, or import a workbook into a new plan file beside it."""
        if isinstance(path, str) and "://" in path:
            return self._open_team(path, read_only)
        path = Path(path)
        if not path.exists():
            self.host.notify("Buka rencana", f"Berkas '{path.name}' tidak ditemukan.")
            self.host.settings.remove_recent_file(path)
            return False
        if path.suffix.lower() in WORKBOOK_SUFFIXES:
            return self.import_workbook(path)
        from app.store import PlanFile, StoreError

        try:
            plan_file = PlanFile.open(path, read_only=read_only)
        except StoreError as exc:
            self.host.notify("Berkas tidak dapat dibuka", str(exc))
            return False
        self._open(plan_file)
        self.host.settings.add_recent_file(path)
        return True

    def _open_team(self, url: str, read_only: bool) -> bool:
        """A plan kept in a PostgreSQL database (team mode): edits are written there one by one."""
        from app.store import PlanFile, StoreError

        try:
            plan_file = PlanFile.open(url, read_only=read_only)
        except StoreError as exc:
            self.host.notify("Basis data tidak dapat dibuka", str(exc))
            return False
        self._open(plan_file)
        return True

    def import_dialog(self) -> None:
        path = self.host.ask_open_path("Impor workbook", WORKBOOK_FILTER)
        if not path:
            return
        target = self.host.ask_save_path(
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
            self.host.notify("Workbook tidak dapat diimpor", str(exc))
            return False
        except Exception as exc:  # a foreign file may fail in any way
            self.host.notify(
                "Workbook tidak dapat diimpor",
                f"Berkas '{workbook.name}' bukan workbook Pokin yang dapat dibaca ({exc}).",
            )
            return False
        target = target or import_target(workbook)
        try:
            plan_file = PlanFile.create(target, plan, overwrite=target.exists())
        except StoreError as exc:
            self.host.notify("Rencana tidak dapat dibuat", str(exc))
            return False
        self._open(plan_file)
        self.host.settings.add_recent_file(target)
        self.host.notify(
            "Workbook diimpor",
            f"Workbook '{workbook.name}' diimpor ke berkas rencana baru '{target.name}' "
            f"di folder yang sama. Semua perubahan tersimpan di berkas itu.",
        )
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = self.host.settings.existing_recent_files()
        if not files:
            action = menu.addAction(self.tr("(kosong)"))
            action.setEnabled(False)
            return
        for i, path in enumerate(files, 1):
            action = menu.addAction(f"&{i} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))

    # --- new, save as, properties ---------------------------------------------------

    def new_plan_dialog(self) -> None:
        from app.ui.dialogs.new_plan import NewPlanDialog

        dialog = NewPlanDialog(self.host.widget(),
                               start_dir=start_dir(self.document, self.host.settings.recent_files()))
        if dialog.exec():
            self.create_plan(dialog.plan(), Path(dialog.path()))

    def create_plan(self, plan: Plan, path: Path) -> bool:
        from app.store import PlanFile, StoreError

        if path.suffix.lower() != ".pokin":
            path = path.with_name(path.name + ".pokin")
        try:
            plan_file = PlanFile.create(path, plan)
        except StoreError as exc:
            self.host.notify("Rencana tidak dapat dibuat", str(exc))
            return False
        self._open(plan_file)
        self.host.settings.add_recent_file(path)
        return True

    def save_as_dialog(self) -> None:
        doc = self.document
        if doc is None or doc.plan_file is None:
            return
        suggested = Path(doc.plan_file.path).stem + " (salinan).pokin"
        path = self.host.ask_save_path("Simpan sebagai", PLAN_FILTER, suggested)
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
        self.host.commit_pending()
        try:
            doc.plan_file.save_copy(path)
            plan_file = PlanFile.open(path)
        except StoreError as exc:
            self.host.notify("Tidak dapat menyimpan", str(exc))
            return False
        selected = self.host.editor.selected
        self._open(plan_file)
        self.host.settings.add_recent_file(path)
        if selected is not None:
            self.host.editor.select(selected, True)
        self.host.show_status_message(f"Disimpan sebagai {path.name}; suntingan berikutnya masuk ke berkas ini.")
        return True

    def properties_dialog(self) -> None:
        from app.ui.dialogs.plan_properties import PlanPropertiesDialog

        if self.document is None:
            return
        dialog = PlanPropertiesDialog(self.document.plan, self.host.widget())
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
        path = self.host.ask_save_path("Ekspor workbook", WORKBOOK_FILTER, suggested)
        if path:
            self.export_workbook(Path(path))

    def export_workbook(self, path: Path) -> bool:
        from app.exchange import write_workbook

        doc = self.document
        if doc is None:
            return False
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.host.commit_pending()
        try:
            write_workbook(doc.plan, path)
        except OSError as exc:
            self.host.notify("Ekspor gagal", f"Workbook '{path.name}' tidak dapat ditulis: {exc}")
            return False
        self.host.show_status_message(f"Workbook diekspor ke {path.name}.")
        return True

    def export_pdf_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        from app.ui.dialogs.export_pdf import ExportPdfDialog

        dialog = ExportPdfDialog(doc.plan, self.host.widget(), selected=self.host.editor.selected,
                                 opd=self.host.opd_filter())
        dialog.notify = self.notify
        folder = Path(start_dir(doc, self.host.settings.recent_files()))
        stem = Path(doc.plan_file.path).stem if doc.plan_file is not None else "pohon-kinerja"
        dialog.path_edit.setText(str(folder / f"{stem}.pdf"))
        self.pdf_dialog = dialog
        if dialog.exec() and dialog.result_info is not None:
            info = dialog.result_info
            self.host.show_status_message(
                f"PDF diekspor: {info.path.name}, {info.pages} halaman."
            )

