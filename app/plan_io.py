"""Read a plan from whatever the planner points at: a workbook, a plan file, a snapshot.

The command line, the editor and the diff all accept "a plan" in the same forms
(contract section 2): an exchange workbook (.xlsx), a Pokin plan file, or
`FILE@NAME` for the snapshot NAME inside a plan file; a team plan's URL, or
`URL@NAME`. One function decides
which, and turns every way of failing into one error with an Indonesian message
that names the file, so no caller needs to know the readers' own errors.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.model.plan import Plan

_ZIP_MAGIC = b"PK\x03\x04"


class PlanReadError(Exception):
    """A plan that cannot be read; `str()` is the message for the planner.

    `problems` holds the workbook's structural problems when the source was a
    workbook (empty otherwise), for callers that show them one by one.
    """

    def __init__(self, message: str, problems: list | None = None) -> None:
        super().__init__(message)
        self.problems = list(problems or [])


def is_workbook(path: str | os.PathLike[str]) -> bool:
    """True for an .xlsx name, or for any existing file that is a zip (a workbook misnamed)."""
    p = Path(path)
    if p.suffix.lower() in (".xlsx", ".xlsm"):
        return True
    try:
        with open(p, "rb") as f:
            return f.read(4) == _ZIP_MAGIC
    except OSError:
        return False


def load_plan(ref: str | os.PathLike[str]) -> Plan:
    """The plan `ref` names; raises `PlanReadError` for anything that cannot be read."""
    text = os.fspath(ref)
    if not text:
        raise PlanReadError("Nama berkas kosong.")
    if "://" in text:  # a team database (PostgreSQL URL), see app/store/team.py
        return _load_team(text)
    path = Path(text)
    if path.is_file() and is_workbook(path):
        return _load_workbook(path)
    if path.suffix.lower() in (".xlsx", ".xlsm") and not path.exists():
        raise PlanReadError(f"Berkas {path.name}: berkas tidak ditemukan.")
    return _load_plan_file(text)


def _load_workbook(path: Path) -> Plan:
    from app.exchange import WorkbookError, read_workbook

    try:
        return read_workbook(path)
    except WorkbookError as exc:
        raise PlanReadError(str(exc), exc.problems) from exc


def _load_team(url: str) -> Plan:
    """A team plan, or its snapshot NAME for `URL@NAME` (the password: PGPASSWORD, ~/.pgpass
    or the system keyring, never the command line)."""
    from app.store import StoreError, read_plan_ref

    try:
        return read_plan_ref(url)
    except StoreError as exc:
        raise PlanReadError(str(exc)) from exc


def _load_plan_file(ref: str) -> Plan:
    from app.store import StoreError, read_plan_ref
    from app.store.refs import split_ref

    file, snapshot = split_ref(ref)
    path = Path(file)
    name = path.name or file
    if not path.exists():
        raise PlanReadError(f"Berkas {name}: berkas tidak ditemukan.")
    if path.is_dir():
        raise PlanReadError(f"Berkas {name}: ini sebuah folder, bukan berkas rencana.")
    if not os.access(path, os.R_OK):
        raise PlanReadError(f"Berkas {name}: tidak dapat dibaca (izin ditolak).")
    try:
        plan = read_plan_ref(ref)
    except StoreError as exc:
        raise PlanReadError(str(exc)) from exc
    except OSError as exc:
        from app.exchange.oserrors import why

        raise PlanReadError(f"Berkas {name}: tidak dapat dibaca ({why(exc)}).") from exc
    _attach_nomenclature(plan, path)
    return plan


def _attach_nomenclature(plan: Plan, path: Path) -> None:
    """A newer nomenclature list kept beside the plan file (`NAME.nomenklatur.csv`) is used for it."""
    from app.model.nomenclature import NomenclatureError, attach_for_file

    try:
        attach_for_file(plan, path)
    except NomenclatureError as exc:
        raise PlanReadError(str(exc)) from exc
