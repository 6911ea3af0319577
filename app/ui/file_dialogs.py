"""File dialogs that speak the interface's language.

A desktop's own file dialog speaks the desktop's language, and Qt's needs a
translation of Qt itself; neither is Indonesian on most machines, so a planner
met "Look in:" and "Cancel" in an Indonesian editor. These are Qt's own
dialogs, always (the same on every desktop), with their labels set here and
the rest of Qt's texts from `resources/i18n/qt_id.ts`. `with_suffix` gives the answer of a save dialog
the file type asked for when the planner typed a bare name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(parent: QWidget | None, title: str, start: str, filter: str, saving: bool
            ) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if saving
                         else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if saving
                       else QFileDialog.FileMode.ExistingFile)
    labels = {
        QFileDialog.DialogLabel.LookIn: QCoreApplication.translate("FileDialogs", "Cari di:"),
        QFileDialog.DialogLabel.FileName: QCoreApplication.translate("FileDialogs", "Nama berkas:"),
        QFileDialog.DialogLabel.FileType: QCoreApplication.translate("FileDialogs", "Jenis berkas:"),
        QFileDialog.DialogLabel.Accept: (QCoreApplication.translate("FileDialogs", "Simpan")
                                         if saving else
                                         QCoreApplication.translate("FileDialogs", "Buka")),
        QFileDialog.DialogLabel.Reject: QCoreApplication.translate("FileDialogs", "Batal"),
    }
    for label, text in labels.items():
        dialog.setLabelText(label, text)
    return dialog


def open_file(parent: QWidget | None, title: str, start: str, filter: str) -> str | None:
    """The path of an existing file the planner chose, or None."""
    dialog = _dialog(parent, title, start, filter, saving=False)
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0]
    return None


def save_file(parent: QWidget | None, title: str, start: str, filter: str) -> str | None:
    """The path to write to (asked before replacing a file), or None."""
    dialog = _dialog(parent, title, start, filter, saving=True)
    if dialog.exec() and dialog.selectedFiles():
        return dialog.selectedFiles()[0]
    return None


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` ending in `suffix` (any case kept as typed), added when the planner left it off.

    The suffix is appended rather than swapped in, so a name with a dot of its own
    ("Renstra 2025.1") keeps all of it.
    """
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path
