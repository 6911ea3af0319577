"""Load a newer nomenclature list for the open plan (a CSV of the bundled columns).

The list is copied beside the plan file as `NAME.nomenklatur.csv`, where every
later opening of the plan (editor or command line) finds it, and used at once:
the checks run again, so `code-unknown` names the new version.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.model.nomenclature import Nomenclature, NomenclatureError, sidecar, use_for_plan
from app.ui.document import Document
from app.ui.file_dialogs import open_file
from app.ui.questions import tell


def load_list(document: Document, csv_path: str | Path, plan_path: str | Path | None) -> str:
    """Use `csv_path` for the document's plan; returns what to tell the planner.

    Raises `NomenclatureError` (a message naming the file) when the CSV is not a list.
    """
    chosen = Nomenclature.load(csv_path)
    if plan_path is not None:
        target = sidecar(plan_path)
        if Path(csv_path).resolve() != target.resolve():
            shutil.copyfile(csv_path, target)
        chosen = Nomenclature.load(target, chosen.version)
    use_for_plan(document.plan, chosen)
    document.recheck()
    where = f" dan disimpan sebagai {sidecar(plan_path).name}" if plan_path is not None else ""
    return f"Nomenklatur {chosen.version} ({len(chosen)} kode) dipakai untuk rencana ini{where}."


def ask_load_list(document: Document, plan_path: str | Path | None, parent: QWidget | None = None) -> bool:
    path = open_file(parent, QCoreApplication.translate("NomenclatureList",
                                                       "Muat daftar nomenklatur"),
                     "", "Daftar nomenklatur (*.csv)")
    if not path:
        return False
    try:
        message = load_list(document, path, plan_path)
    except (NomenclatureError, OSError) as exc:
        tell(parent, QCoreApplication.translate("NomenclatureList",
                                                "Daftar nomenklatur tidak dapat dimuat"), str(exc))
        return False
    tell(parent, QCoreApplication.translate("NomenclatureList", "Daftar nomenklatur"), message)
    return True
