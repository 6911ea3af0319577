"""Completion of OPD names from the plan's own OPDs, in a field that holds several.

A typo in an OPD's name ("Dinas Kesehatn") makes a second OPD out of one and
with it false crosscutting; offering the names the plan already uses, while
typing the part after the last ";", keeps the spelling one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.model.plan import Plan


class OpdCompleter(QCompleter):
    """Completes the OPD being typed (after the last ";") from the plan's OPDs."""

    def __init__(self, edit: QLineEdit) -> None:
        self._names = QStringListModel(edit)
        super().__init__(self._names, edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._plan: Plan | None = None
        self._edit = edit
        edit.setCompleter(self)

    def follow(self, plan: Plan | None) -> None:
        """Offer `plan`'s OPDs (call again when they may have changed)."""
        self._plan = plan
        names = sorted(plan.opds(), key=str.casefold) if plan is not None else []
        if names != self._names.stringList():
            self._names.setStringList(names)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(";", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = str(index.data())
        before = self._edit.text().rsplit(";", 1)
        head = before[0].strip() + "; " if len(before) == 2 and before[0].strip() else ""
        return head + chosen
