"""Search (Ctrl+F): a bar over statements, indicator names, OPDs and codes.

Matching folds case and accents, so "kesehatan" finds "Kesehatan" and
"Kranggan" finds "KRANGGAN". Hits come in display order (the order of the
outline), and the bar steps through them: F3/Enter next, Shift+F3 previous.
The window marks hits on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.model.changes import ChangeSet
from app.model.plan import Plan
from app.ui.formatting import fold
from app.util.indonesian import format_int


def searchable_text(plan: Plan, key: str) -> str:
    """Everything search looks at in one node, folded, one field per line (no match spans two)."""
    node = plan[key]
    parts = [node.statement, node.code, key, *node.opds, *(i.name for i in node.indicators)]
    return "\n".join(fold(p) for p in parts)


def search_plan(plan: Plan, query: str, cache: dict[str, str] | None = None) -> list[str]:
    """Keys of nodes whose statement, indicator names, OPDs or code contain `query`, in display order.

    `cache` maps keys to `searchable_text`; the search bar keeps one and drops
    the entries of nodes a change set touched, so a search on 20,000 nodes
    folds each text once.
    """
    needle = fold(query.strip())
    if not needle or "\n" in needle:
        return []
    cache = {} if cache is None else cache
    hits = []
    for key in plan.walk():
        text = cache.get(key)
        if text is None:
            text = cache[key] = searchable_text(plan, key)
        if needle in text:
            hits.append(key)
    return hits


class _QueryEdit(QLineEdit):
    """A line edit that sends Shift+Enter as "previous" and Escape as "close"."""

    previous = Signal()
    closing = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.closing.emit()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    """The bar: query field, "3 dari 17", previous/next, close. Emits the current hit."""

    hits_changed = Signal(list, int)  # all hit keys, index of the current one (-1: none)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.hits: list[str] = []
        self.current = -1
        self._cache: dict[str, str] = {}
        self.edit = _QueryEdit(self)
        self.edit.setObjectName("searchQuery")
        self.edit.setPlaceholderText(self.tr("Cari pernyataan, indikator, perangkat daerah, kode…"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel("", self)
        self.count.setObjectName("searchCount")
        self.count.setMinimumWidth(90)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("▲")
        self.prev_button.setToolTip(self.tr("Sebelumnya (Shift+F3)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Berikutnya (F3)"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Tutup pencarian (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Cari:"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.edit.textChanged.connect(self.refresh)
        self.edit.returnPressed.connect(self.next)
        self.edit.previous.connect(self.previous)
        self.edit.closing.connect(self.close_bar)
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close_bar)

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self._cache = {}
        self.refresh()

    def apply(self, changes: ChangeSet) -> None:
        """Follow one change set: forget what it touched, search again when the bar is open."""
        for key in changes.removed | changes.added | set(changes.changed):
            self._cache.pop(key, None)
        if self.isVisible():
            self.refresh()

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.hits_changed.emit([], -1)
        self.closed.emit()

    def refresh(self) -> None:
        """Search again (the query or the plan changed); keeps the current hit when it still is one."""
        if not self.isVisible() and not self.edit.text():
            return
        keep = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self.hits = (
            search_plan(self.plan, self.edit.text(), self._cache) if self.plan is not None else []
        )
        if keep in self.hits:
            self.current = self.hits.index(keep)
        else:
            self.current = 0 if self.hits else -1
        self._show()

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not self.hits:
            if self.edit.text():
                self.refresh()
            return
        self.current = (self.current + step) % len(self.hits)
        self._show()

    def _show(self) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("tidak ada"))
        else:
            self.count.setText(
                self.tr("{i} dari {n}").format(
                    i=format_int(self.current + 1), n=format_int(len(self.hits))
                )
            )
        self.hits_changed.emit(list(self.hits), self.current)
