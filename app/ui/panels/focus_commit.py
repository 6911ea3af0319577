"""A multi-line field's commit when it loses the focus (Qt gives it no editingFinished)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class CommitOnFocusOut(QObject):
    """An event filter that calls `commit` when the watched field loses the focus."""

    def __init__(self, commit: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False
