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
        self._edit = edit
        self._fed = False  # names come from set_names; follow stops reading the plan
        edit.setCompleter(self)

    def set_names(self, names: list[str]) -> None:
        """Offer `names`, the plan's OPDs sorted as shown, from whoever lists them already.

        The window lists them for its OPD filter when an edit may change them; listing
        them here too would walk every node again on each edit of a large plan.
        """
        self._fed = True
        if names != self._names.stringList():
            self._names.setStringList(names)

    def follow(self, plan: Plan | None) -> None:
        """Offer `plan`'s OPDs, read from the plan, unless `set_names` feeds this completer.

        A field used without a window that feeds it still completes from the plan it shows.
        """
        if self._fed:
            return
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
