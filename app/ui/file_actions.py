"""File actions of the main window (menu Berkas): new, open, recent, save as, import, export.

There is no "save": every edit is in the plan file when it is made. Opening a
workbook imports it into a new plan file beside it and says so; the workbook
itself is never written. A planner's own table (a Renstra T-C.27, a staircase
*tabel cascading*) is shown in the import dialog first. A file that cannot be
read is refused with a clear message and is left exactly as it was.

Each action has a path-taking method (`open_path`, `save_as`, ...) that tests
call directly, and a `*_dialog` method that asks for the path first; file
questions go through the window's `ask_open_path` / `ask_save_path` /
`ask_import`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from app.exchange import WorkbookError, write_workbook
from app.exchange.importer import open_source
from app.exchange.oserrors import why
from app.exchange.tc27_writer import write_tc27
from app.model import nomenclature
from app.model.plan import Plan
from app.store import PlanFile, StoreError
from app.store.team_address import TeamAddress
from app.ui.dialogs.new_plan import NewPlanDialog
from app.ui.dialogs.plan_properties import PlanPropertiesDialog
from app.ui.document import Document
from app.ui.file_dialogs import with_suffix
from app.ui.host import Host

PLAN_FILTER = "Rencana Pokin (*.pokin)"
WORKBOOK_FILTER = "Workbook Excel (*.xlsx)"
# What planners' tables arrive as: Excel old and new, LibreOffice, and the HTML tables
# that web tools save with an .xls name.
TABLE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".htm", ".html")
TABLE_FILTER = "Tabel (*.xlsx *.xlsm *.xls *.ods *.htm *.html)"
OPEN_FILTER = ("Rencana Pokin atau tabel (*.pokin *.xlsx *.xlsm *.xls *.ods *.htm *.html);;"
               + PLAN_FILTER + ";;" + TABLE_FILTER)


T = TypeVar("T")


def run_export(host: Host, write: Callable[[], T], title: str, failed: Callable[[OSError], str],
               done: Callable[[T], str]) -> bool:
    """Write an export and tell the planner how it went: `failed`'s text under `title` when
    the file cannot be written (full disk, no permission), else `done`'s in the status bar.

    The messages come translated from the caller, so each keeps its own translation context.
    """
    try:
        result = write()
    except OSError as exc:
        host.notify(title, failed(exc))
        return False
    host.show_status_message(done(result))
    return True


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
    plan_file = document.plan_file if document is not None else None
    if plan_file is not None and hasattr(plan_file, "path") and getattr(plan_file, "url",
                                                                        None) is None:
        return str(Path(plan_file.path).parent)
    return str(Path(recent[0]).parent) if recent else str(Path.home())


class FileActions(QObject):
    """Menu Berkas of one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget())
        self.host = host

    @property
    def document(self) -> Document | None:
        return self.host.document

    def _open(self, plan_file: PlanFile, path: Path | None = None) -> None:
        if path is not None:
            nomenclature.attach_for_file(plan_file.plan, path)  # a city's newer list, when kept
        document = Document(plan_file.plan, plan_file)
        self.host.set_document(document)
        if plan_file.notice:  # e.g. a -wal beside it that was not its own, set aside
            self.host.notify(self.tr("Berkas dibuka"), plan_file.notice)
        if document.team_note:
            self.host.show_status_message(self.tr("Tersambung ke rencana tim sebagai {who}.").format(
                who=document.team_note))

    # --- opening ------------------------------------------------------------------

    def open_dialog(self) -> None:
        path = self.host.ask_open_path(self.tr("Buka rencana"), OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, read_only: bool = False) -> bool:
        """Open a plan file, a team database URL, or import a workbook into a new plan file beside it."""
        if isinstance(path, str) and "://" in path:
            return self._open_team(path, read_only)
        path = Path(path)
        if not path.exists():
            self.host.notify(self.tr("Buka rencana"),
                             self.tr("Berkas '{name}' tidak ditemukan.").format(name=path.name))
            self.host.settings.remove_recent_file(path)
            return False
        if path.suffix.lower() in TABLE_SUFFIXES:
            return self.import_workbook(path)
        try:
            plan_file = PlanFile.open(path, read_only=read_only)
        except StoreError as exc:
            self.host.notify(self.tr("Berkas tidak dapat dibuka"), str(exc))
            return False
        self._open(plan_file, path)
        self.host.settings.add_recent_file(path)
        return True

    def _open_team(self, url: str, read_only: bool) -> bool:
        """A plan kept in a PostgreSQL database (team mode): edits are written there one by one.

        The password: PGPASSWORD, ~/.pgpass or the system keyring (the store looks); the
        dialog of `open_team_dialog` asks for it."""
        try:
            plan_file = PlanFile.open(url, read_only=read_only)
        except StoreError as exc:
            self.host.notify(self.tr("Basis data tidak dapat dibuka"), str(exc))
            return False
        self._open(plan_file)
        return True

    def open_team_dialog(self) -> None:
        """Berkas > Buka Rencana Tim…: server, database, login and password, then the plan."""
        from app.ui.dialogs.connect_team import ConnectTeamDialog

        self.team_dialog = ConnectTeamDialog(self.host.settings, self.try_team, self.host.widget())
        self.team_dialog.exec()

    def try_team(self, address: TeamAddress, password: str) -> str | None:
        """Open the team plan at `address` with `password`: None when it opened, else why not
        (a wrong password, a server that does not answer, a database that holds no Pokin plan),
        said for the planner by the store (`team_address.connection_problem`)."""
        try:
            plan_file = PlanFile.open(address.url(), password=password or None)
        except StoreError as exc:
            return str(exc)
        self._open(plan_file)
        return None

    def import_dialog(self) -> None:
        path = self.host.ask_open_path(self.tr("Impor tabel"), TABLE_FILTER)
        if path:
            self.import_workbook(Path(path), ask=True)

    def import_workbook(self, workbook: Path, target: Path | None = None,
                        ask: bool = False) -> bool:
        """Read a workbook into a new plan file (the workbook stays untouched).

        An exchange workbook opened from the menu or the command line is read as
        it is; a planner's own table (a T-C.27, a staircase table), or any file
        imported through Impor Tabel (`ask`), goes through the import dialog
        first, where the planner sees the columns, the first rows and the counts.
        """
        try:
            source = open_source(workbook)
            if source.layout == "exchange" and not ask:
                plan, _report = source.build()
            else:
                chosen = self.host.ask_import(workbook)
                if chosen is None:
                    return False
                plan = chosen
        except WorkbookError as exc:
            self.host.notify(self.tr("Tabel tidak dapat diimpor"), str(exc))
            return False
        except OSError as exc:
            self.host.notify(self.tr("Tabel tidak dapat diimpor"), self.tr(
                "Berkas '{name}' tidak dapat dibaca ({why}).").format(name=workbook.name,
                                                                      why=why(exc)))
            return False
        if target is None and ask:
            suggested = import_target(workbook).name
            asked = self.host.ask_save_path(self.tr("Simpan rencana hasil impor"), PLAN_FILTER,
                                            suggested)
            if not asked:
                return False
            target = Path(asked)
        target = target or import_target(workbook)
        try:
            plan_file = PlanFile.create(target, plan, overwrite=target.exists())
        except StoreError as exc:
            self.host.notify(self.tr("Rencana tidak dapat dibuat"), str(exc))
            return False
        self._open(plan_file)
        self.host.settings.add_recent_file(target)
        self.host.notify(self.tr("Tabel diimpor"), self.tr(
            "'{workbook}' diimpor ke berkas rencana baru '{target}' di folder yang sama. Semua "
            "perubahan tersimpan di berkas itu.").format(workbook=workbook.name, target=target.name))
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
        dialog = NewPlanDialog(self.host.widget(),
                               start_dir=start_dir(self.document, self.host.settings.recent_files()))
        if dialog.exec():
            self.create_plan(dialog.plan(), Path(dialog.path()))

    def create_plan(self, plan: Plan, path: Path) -> bool:
        path = with_suffix(path, ".pokin")
        try:
            plan_file = PlanFile.create(path, plan)
        except StoreError as exc:
            self.host.notify(self.tr("Rencana tidak dapat dibuat"), str(exc))
            return False
        self._open(plan_file, path)
        self.host.settings.add_recent_file(path)
        return True

    def save_as_dialog(self) -> None:
        doc = self.document
        if doc is None or doc.plan_file is None:
            return
        suggested = Path(doc.plan_file.path).stem + self.tr(" (salinan)") + ".pokin"
        path = self.host.ask_save_path(self.tr("Simpan sebagai"), PLAN_FILTER, suggested)
        if path:
            self.save_as(Path(path))

    def save_as(self, path: Path) -> bool:
        """Copy the plan file to `path` and continue editing the copy."""
        doc = self.document
        if doc is None or doc.plan_file is None:
            return False
        path = with_suffix(path, ".pokin")
        self.host.commit_pending()
        try:
            doc.plan_file.save_copy(path)
            plan_file = PlanFile.open(path)
        except StoreError as exc:
            self.host.notify(self.tr("Tidak dapat menyimpan"), str(exc))
            return False
        selected = self.host.editor.selected
        self._open(plan_file, path)
        self.host.settings.add_recent_file(path)
        if selected is not None:
            self.host.editor.select(selected, True)
        self.host.show_status_message(self.tr(
            "Disimpan sebagai {name}; suntingan berikutnya masuk ke berkas ini.").format(
                name=path.name))
        return True

    def properties_dialog(self) -> None:
        if self.document is None:
            return
        dialog = PlanPropertiesDialog(self.document.plan, self.host.widget())
        if dialog.exec():
            command = dialog.command()
            if command is not None:
                self.host.editor.push(command)

    # --- export ---------------------------------------------------------------------

    def export_workbook_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        suggested = (doc.plan.name or "rencana") + ".xlsx"
        path = self.host.ask_save_path(self.tr("Ekspor workbook"), WORKBOOK_FILTER, suggested)
        if path:
            self.export_workbook(Path(path))

    def export_workbook(self, path: Path) -> bool:
        doc = self.document
        if doc is None:
            return False
        path = with_suffix(path, ".xlsx")
        self.host.commit_pending()
        return run_export(
            self.host, lambda: write_workbook(doc.plan, path), self.tr("Ekspor gagal"),
            lambda exc: self.tr("Workbook '{name}' tidak dapat ditulis: {why}").format(
                name=path.name, why=why(exc)),
            lambda _none: self.tr("Workbook diekspor ke {name}.").format(name=path.name))

    def export_tc27_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        suggested = (doc.plan.name or "rencana") + " T-C.27.xlsx"
        path = self.host.ask_save_path(self.tr("Ekspor tabel Renstra T-C.27"), WORKBOOK_FILTER,
                                       suggested)
        if path:
            self.export_tc27(Path(path), self.host.opd_filter())

    def export_tc27(self, path: Path, opd: str | None = None) -> bool:
        """The plan as the Renstra table T-C.27: the chosen OPD, or every OPD on its own sheet."""
        doc = self.document
        if doc is None:
            return False
        path = with_suffix(path, ".xlsx")
        self.host.commit_pending()
        return run_export(
            self.host, lambda: write_tc27(doc.plan, path, [opd] if opd else None),
            self.tr("Ekspor gagal"),
            lambda exc: self.tr("Tabel '{name}' tidak dapat ditulis: {why}").format(
                name=path.name, why=why(exc)),
            lambda sheets: self.tr("Tabel T-C.27 diekspor ke {name} ({n} lembar).").format(
                name=path.name, n=len(sheets)))

    def export_pdf_dialog(self) -> None:
        doc = self.document
        if doc is None:
            return
        from app.ui.dialogs.export_pdf import ExportPdfDialog  # reportlab loads on first use

        dialog = ExportPdfDialog(doc.plan, self.host.widget(), selected=self.host.editor.selected,
                                 opd=self.host.opd_filter())
        dialog.notify = self.host.notify
        folder = Path(start_dir(doc, self.host.settings.recent_files()))
        plan_path = getattr(doc.plan_file, "path", None)
        stem = Path(plan_path).stem if plan_path is not None else "pohon-kinerja"
        dialog.path_edit.setText(str(folder / f"{stem}.pdf"))
        self.pdf_dialog = dialog
        if dialog.exec() and dialog.result_info is not None:
            info = dialog.result_info
            self.host.show_status_message(self.tr("PDF diekspor: {name}, {n} halaman.").format(
                name=info.path.name, n=info.pages))
