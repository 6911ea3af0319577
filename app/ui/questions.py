"""Modal questions and messages with buttons in the interface language.

Qt's standard Yes/No buttons are labelled by Qt's own translations, which a
desktop without them shows in English inside an Indonesian interface; these
boxes name their buttons themselves ("Ya" / "Tidak", "Tutup").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """A yes/no question; "Tidak" is the default, so a stray Enter changes nothing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes or QCoreApplication.translate("Questions", "Ya"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or QCoreApplication.translate("Questions", "Tidak"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A message with one button."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.addButton(QCoreApplication.translate("Questions", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
