"""Riwayat Urungan: the undo history as a list, the current point marked.

It shows the edit session's own history (app.model.session), the same one that
Ctrl+Z and Ctrl+Y walk, so the list can never disagree with what undo does.
Clicking a line undoes or redoes every edit up to it, one by one through the
same phases, and stops at the first one the store refuses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.ui.document import Document
from app.ui.i18n import translated


class HistoryPanel(QListWidget):
    """One row per edit, oldest first, under a first row for the plan as opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._document: Document | None = None
        self.itemClicked.connect(self._go_to)

    def set_document(self, document: Document | None) -> None:
        if self._document is not None:
            try:
                self._document.history_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        self._document = document
        if document is not None:
            document.history_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        doc = self._document
        if doc is None:
            return
        session = doc.session
        rows = [self.tr("<awal>"), *map(translated, session.labels())]
        for i, label in enumerate(rows):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, i)
            if i > session.position:
                item.setForeground(Qt.GlobalColor.gray)  # undone: redo brings it back
            if i == session.position:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
        self.setCurrentRow(session.position)

    def _go_to(self, item: QListWidgetItem) -> None:
        doc = self._document
        if doc is None:
            return
        target = int(item.data(Qt.ItemDataRole.UserRole))
        session = doc.session
        while session.position > target:
            if doc.undo() is None:
                break
        while session.position < target:
            if doc.redo() is None:
                break
        self.refresh()
