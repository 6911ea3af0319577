"""Bentrokan: someone else changed what this edit changes. Their value and mine, side by side.

Shown when the store refused an edit as a conflict (`app.store.merge`) or
when an undo would revert someone else's later work. Each clash is a row:
the node and the field, the stored value with who stored it and when, and
the value of this edit. The planner chooses for the whole edit:

- **Pakai milik mereka** (keep theirs): the stored values stay and come into
  the editor; nothing of this edit is stored.
- **Pakai milik saya** (keep mine): this edit is stored over theirs.
- **Sunting** (edit): a third value, typed from either, for the text fields.

`resolve_conflict` shows the dialog and hands the choice to the document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import ALL_FIELDS
from app.model.diff_rows import describe_indicator
from app.model.plan import Node, Plan, ReviewNote
from app.model.session import Conflict, ConflictItem
from app.util.indonesian import format_date, format_number

TEXT_FIELDS = ("statement", "code", "position", "notes")
FIELD_NAMES = {
    "statement": "Pernyataan kinerja", "code": "Kode", "opds": "Perangkat daerah",
    "position": "Penanggung jawab", "notes": "Keterangan", "level": "Level",
    "further_parents": "Induk lain", "indicators": "Indikator", "budget": "Pagu",
    "extra": "Kolom tambahan", "parent": "Induk", "review": "Catatan reviu",
    ALL_FIELDS: "Simpul", "name": "Nama rencana", "government": "Pemerintah daerah",
    "tingkat": "Tingkat", "doc_type": "Jenis dokumen", "start_year": "Tahun awal",
    "end_year": "Tahun akhir", "scheme": "Skema level",
}
GONE = "(sudah dihapus)"


def show_value(name: str, value: object, plan: Plan | None = None) -> str:
    """A field's value as a planner reads it."""
    if value is None:
        return GONE if name in (ALL_FIELDS, "review", "parent") else "(kosong)"
    if isinstance(value, Node):
        return value.statement or f"({value.key})"
    if isinstance(value, ReviewNote):
        return value.text
    if name == "parent" and isinstance(value, str) and plan is not None and value in plan:
        return f"{plan[value].statement} ({value})"
    if name == "indicators":
        return "\n".join(describe_indicator(i) for i in value) or "(tanpa indikator)"  # type: ignore[attr-defined]
    if name == "budget" and isinstance(value, dict):
        return "\n".join(f"{y}: {format_number(v)}" for y, v in sorted(value.items())) or "(kosong)"
    if isinstance(value, (tuple, list)):
        return "; ".join(str(v) for v in value) or "(kosong)"
    if isinstance(value, dict):
        return "\n".join(f"{k}: {v}" for k, v in value.items()) or "(kosong)"
    if hasattr(value, "to_text"):
        return value.to_text()  # type: ignore[no-any-return]
    return str(value) if value != "" else "(kosong)"


def _box(text: str, read_only: bool, name: str) -> QPlainTextEdit:
    """A text box as tall as its text (two to six lines), never wider than its column."""
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setReadOnly(read_only)
    box.setMinimumWidth(160)
    lines = min(6, max(2, text.count("\n") + 1 + len(text) // 60))
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ConflictDialog(QDialog):
    """Their value and mine for each clash of one refused edit; the choice in `choice`."""

    def __init__(self, conflict: Conflict, plan: Plan | None, undoing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Bentrokan dengan perubahan orang lain"))
        self.setMinimumWidth(640)
        self.conflict = conflict
        self.choice: str | None = None
        self.edits: dict[tuple[str, str], QPlainTextEdit] = {}
        self._edit_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        head = QLabel(str(conflict), self)
        head.setWordWrap(True)
        head.setObjectName("conflictMessage")
        layout.addWidget(head)

        rows = QWidget(self)
        grid = QGridLayout(rows)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        mine_title = self.tr("Yang ingin Anda kembalikan") if undoing else self.tr("Milik Anda")
        grid.setVerticalSpacing(4)
        grid.setContentsMargins(4, 4, 18, 4)  # clear of the scroll bar
        line = 0
        for item in conflict.items:
            line = self._add_item(grid, line, item, plan, mine_title)
        grid.setRowStretch(line, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.theirs_button = QPushButton(self.tr("Pakai milik mereka"), self)
        self.mine_button = QPushButton(self.tr("Pakai milik saya"), self)
        self.edit_button = QPushButton(self.tr("Sunting…"), self)
        self.save_button = QPushButton(self.tr("Simpan suntingan"), self)
        self.cancel_button = QPushButton(self.tr("Nanti saja"), self)
        for name, button in (("theirs", self.theirs_button), ("mine", self.mine_button),
                             ("edit", self.edit_button), ("save", self.save_button),
                             ("cancel", self.cancel_button)):
            button.setObjectName(f"conflict_{name}")
            buttons.addWidget(button)
        buttons.insertStretch(3)
        self.theirs_button.setDefault(True)
        self.edit_button.setEnabled(bool(self.edits))
        self.save_button.hide()
        mine_gone = any(i.theirs is None and i.field in (ALL_FIELDS, "review")
                        for i in conflict.items)
        if undoing and mine_gone:  # nothing left to take back
            self.mine_button.setEnabled(False)
        layout.addLayout(buttons)
        self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(lambda: self._choose("edit"))
        self.cancel_button.clicked.connect(self.reject)

    def _add_item(self, grid: QGridLayout, line: int, item: ConflictItem, plan: Plan | None,
                  mine_title: str) -> int:
        what = self.tr(FIELD_NAMES.get(item.field, item.field))
        where = ""
        if item.node and plan is not None and item.node in plan:
            where = f" · {plan[item.node].statement[:70]} ({item.node})"
        elif item.node:
            where = f" · {item.node}"
        title = QLabel(f"<b>{what}</b>{where}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        if line:
            title.setContentsMargins(0, 10, 0, 0)
        grid.addWidget(title, line, 0, 1, 2)
        stored = self.tr("Tersimpan")
        if item.by:
            stored += self.tr(" (oleh {who})").format(who=item.by)
        if item.at:
            stored += f", {format_date(item.at, with_time=True)}"
        grid.addWidget(QLabel(stored), line + 1, 0)
        grid.addWidget(QLabel(mine_title), line + 1, 1)
        theirs = _box(show_value(item.field, item.theirs, plan), True, "theirs")
        mine = _box(show_value(item.field, item.mine, plan), True, "mine")
        grid.addWidget(theirs, line + 2, 0)
        grid.addWidget(mine, line + 2, 1)
        line += 3
        if item.field in TEXT_FIELDS and item.node and isinstance(item.mine, str):
            label = QLabel(self.tr("Suntingan Anda (nilai yang akan disimpan)"))
            edit = _box(item.mine, False, "edited")
            label.hide()
            edit.hide()
            grid.addWidget(label, line, 0, 1, 2)
            grid.addWidget(edit, line + 1, 0, 1, 2)
            self.edits[(item.node, item.field)] = edit
            self._edit_labels.append(label)
            line += 2
        return line

    def start_editing(self) -> None:
        """Show an editable box per text field, filled with this edit's value."""
        for widget in (*self.edits.values(), *self._edit_labels):
            widget.show()
        first = next(iter(self.edits.values()), None)
        if first is not None:
            first.setFocus()
        self.edit_button.hide()
        self.save_button.show()
        self.save_button.setDefault(True)

    def edited(self) -> dict[tuple[str, str], object]:
        return {key: box.toPlainText().strip() for key, box in self.edits.items()}

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def _exec(dialog: ConflictDialog) -> bool:
    return bool(dialog.exec())


ask: Callable[[ConflictDialog], bool] = _exec  # tests answer in place of a person


def resolve_conflict(parent: QWidget, document: object, conflict: Conflict) -> bool:
    """Ask how to settle `conflict` and let the document do it; False when left for later."""
    undoing = getattr(document, "failed_action", "push") in ("undo", "redo")
    dialog = ConflictDialog(conflict, getattr(document, "plan", None), undoing, parent)
    try:
        if not ask(dialog) or dialog.choice is None:
            return False
        return bool(document.resolve(conflict, dialog.choice,  # type: ignore[attr-defined]
                                     dialog.edited() if dialog.choice == "edit" else None))
    finally:
        dialog.deleteLater()
