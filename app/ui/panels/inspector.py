"""The inspector ("Rincian"): every field of the selected node, editable.

A field edit is committed when the planner leaves the field (or presses
Enter in a one-line field); the commit becomes one `SetField` command pushed
on the document, never a direct change, so it is undoable and written to the
plan file at once. The panel then redraws from the change set, like every
other view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import ALL_FIELDS, ChangeSet
from app.model.commands import SetField, add_further_parent, remove_further_parent
from app.model.plan import ModelError, Plan
from app.ui.formatting import split_list
from app.ui.panels.focus_commit import CommitOnFocusOut
from app.ui.panels.indicators import IndicatorTable
from app.ui.panels.nomenclature import NomenclaturePanel
from app.ui.panels.opd_completer import OpdCompleter
from app.util.indonesian import format_value, parse_typed

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class InspectorPanel(QScrollArea):
    """Fields of one node; emits `command_ready(command)` and `error(message)`."""

    command_ready = Signal(object)
    error = Signal(str)
    link_requested = Signal(str)  # pick the further parent on the canvas for this node
    indicator_editor_requested = Signal()  # open the wide indicator editor on this node

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.plan: Plan | None = None
        self.key: str | None = None
        self._loading = False
        self._read_only = False
        body = QWidget(self)
        self.setWidget(body)
        self.title = QLabel(self.tr("Tidak ada simpul terpilih"), body)
        self.title.setObjectName("inspectorTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.statement = QPlainTextEdit(body)
        self.statement.setObjectName("statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(70)
        self.level = QComboBox(body)
        self.level.setObjectName("level")
        self.code = QLineEdit(body)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("mis. 1.02.02"))
        self.opds = QLineEdit(body)
        self.opds.setObjectName("opds")
        self.opds.setPlaceholderText(self.tr("pisahkan beberapa dengan ;"))
        self.opd_names = OpdCompleter(self.opds)
        self.position = QLineEdit(body)
        self.position.setObjectName("position")
        self.notes = QPlainTextEdit(body)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(50)

        self.further = QListWidget(body)
        self.further.setObjectName("furtherParents")
        self.further.setFixedHeight(64)
        self.further_key = QLineEdit(body)
        self.further_key.setObjectName("furtherKey")
        self.further_key.setPlaceholderText(self.tr("ID simpul induk"))
        self.further_add = QPushButton(self.tr("Tambah"), body)
        self.further_remove = QPushButton(self.tr("Hapus"), body)
        self.further_pick = QPushButton(self.tr("Pilih di kanvas…"), body)
        self.further_pick.setToolTip(
            self.tr("Klik simpul di kanvas yang juga didukung simpul ini")
        )
        self.further_pick.clicked.connect(
            lambda: self.key is not None and self.link_requested.emit(self.key)
        )
        further_row = QHBoxLayout()
        further_row.addWidget(self.further_key, 1)
        further_row.addWidget(self.further_add)
        further_row.addWidget(self.further_remove)
        further_box_pick = QHBoxLayout()
        further_box_pick.addWidget(self.further_pick)
        further_box_pick.addStretch(1)
        further_box = QVBoxLayout()
        further_box.addWidget(self.further)
        further_box.addLayout(further_row)
        further_box.addLayout(further_box_pick)

        self.budget_box = QWidget(body)
        self.budget_grid = QGridLayout(self.budget_box)
        self.budget_grid.setContentsMargins(0, 0, 0, 0)
        self.budget_edits: dict[int, QLineEdit] = {}

        form = QFormLayout()
        # Labels above their fields: the panel stays narrow and the canvas keeps the room.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Pernyataan Kinerja"), self.statement)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Kode"), self.code)
        self.nomenclature = NomenclaturePanel(body)
        self.nomenclature.watch(self.code)
        self.nomenclature.command_ready.connect(self.command_ready)
        form.addRow(self.tr("Nomenklatur"), self.nomenclature)
        form.addRow(self.tr("Perangkat Daerah"), self.opds)
        form.addRow(self.tr("Penanggung Jawab"), self.position)
        form.addRow(self.tr("Keterangan"), self.notes)
        form.addRow(self.tr("Induk Lain"), further_box)
        form.addRow(self.tr("Pagu"), self.budget_box)

        self.indicators = IndicatorTable(body)
        self.indicators.command_ready.connect(self.command_ready)
        self.indicators.full_editor_requested.connect(self.indicator_editor_requested)
        indicator_group = QGroupBox(self.tr("Indikator"), body)
        QVBoxLayout(indicator_group).addWidget(self.indicators)

        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(indicator_group, 1)

        self.statement.installEventFilter(
            CommitOnFocusOut(lambda: self._commit("statement", self.statement.toPlainText()), self)
        )
        self.notes.installEventFilter(
            CommitOnFocusOut(lambda: self._commit("notes", self.notes.toPlainText()), self)
        )
        self.code.editingFinished.connect(lambda: self._commit("code", self.code.text().strip()))
        self.position.editingFinished.connect(
            lambda: self._commit("position", self.position.text().strip())
        )
        self.opds.editingFinished.connect(lambda: self._commit("opds", split_list(self.opds.text())))
        self.level.activated.connect(lambda _i: self._commit("level", self.level.currentText()))
        self.further_add.clicked.connect(self.add_further_parent)
        self.further_key.returnPressed.connect(self.add_further_parent)
        self.further_remove.clicked.connect(self.remove_further_parent)
        self.set_node(None, None)

    # --- showing ---------------------------------------------------------------

    def set_node(self, plan: Plan | None, key: str | None) -> None:
        """Show `key` of `plan` (None: nothing selected)."""
        if plan is not self.plan:
            self.opd_names.follow(plan)  # the OPDs offered while typing, unless the window feeds them
        if plan is not self.plan or key != self.key:
            self.commit_pending()
        self.plan, self.key = plan, key
        self._reload()

    def set_read_only(self, read_only: bool) -> None:
        """Show fields without letting them be changed (a snapshot, a compared file)."""
        self._read_only = read_only
        self._reload()

    def _reload(self) -> None:
        self._loading = True
        try:
            plan, node = self.plan, self.plan.get(self.key) if self.plan else None
            shown = node is not None
            editable = shown and not self._read_only
            for w in (self.statement, self.code, self.opds, self.position, self.notes,
                      self.further, self.budget_box):
                w.setEnabled(shown)
            for w in (self.statement, self.notes, self.code, self.opds, self.position,
                      self.further_key, *self.budget_edits.values()):
                w.setReadOnly(not editable)
            for w in (self.level, self.further_key, self.further_add, self.further_remove,
                      self.further_pick):
                w.setEnabled(editable)
            self.indicators.setEnabled(shown)
            self.indicators.set_read_only(not editable)
            self.indicators.set_node(plan, self.key if shown else None)
            self.nomenclature.set_node(plan, self.key if shown else None, editable)
            if node is None or plan is None:
                self.title.setText(self.tr("Tidak ada simpul terpilih"))
                for w in (self.statement, self.notes):
                    w.setPlainText("")
                for w in (self.code, self.opds, self.position):
                    w.setText("")
                self.level.clear()
                self.further.clear()
                self._build_budget([], {})
                return
            self.title.setText(f"{node.level} · {node.key}")
            _set_plain(self.statement, node.statement)
            _set_plain(self.notes, node.notes)
            _set_line(self.code, node.code)
            _set_line(self.opds, "; ".join(node.opds))
            _set_line(self.position, node.position)
            self.level.clear()
            names = list(plan.scheme.names)
            if plan.scheme.index(node.level) < 0:
                names.append(node.level)
            self.level.addItems(names)
            self.level.setCurrentText(plan.scheme.canonical(node.level) or node.level)
            self.further.clear()
            for p in node.further_parents:
                other = plan.get(p)
                text = f"{p} — {other.statement}" if other else f"{p} — (tidak ada)"
                item = QListWidgetItem(text)
                item.setData(KEY_ROLE, p)
                self.further.addItem(item)
            self._build_budget(list(plan.years), node.budget)
        finally:
            self._loading = False

    def _build_budget(self, years: list[int], budget: dict[int, float]) -> None:
        if list(self.budget_edits) != years:
            while self.budget_grid.count():
                w = self.budget_grid.takeAt(0).widget()
                if w is not None:
                    w.deleteLater()
            self.budget_edits = {}
            for i, year in enumerate(years):
                label = QLabel(str(year), self.budget_box)
                edit = QLineEdit(self.budget_box)
                edit.setObjectName(f"budget{year}")
                edit.setReadOnly(self._read_only)
                edit.editingFinished.connect(lambda y=year: self._commit_budget(y))
                self.budget_grid.addWidget(label, i // 2, (i % 2) * 2)
                self.budget_grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
                self.budget_edits[year] = edit
        for year, edit in self.budget_edits.items():
            _set_line(edit, format_value(budget.get(year)))

    def apply(self, changes: ChangeSet) -> None:
        """Redraw when the shown node (or the plan's period or scheme) changed."""
        if self.key is None:
            return
        if self.key in changes.removed and (self.plan is None or self.key not in self.plan):
            self.set_node(self.plan, None)
            return
        fields = changes.changed.get(self.key, set())
        if (
            self.key in changes.added
            or fields
            or changes.plan & {"start_year", "end_year", "scheme"}
            or (ALL_FIELDS in fields)
            or changes.removed  # a further parent may have gone
        ):
            self._reload()

    # --- committing --------------------------------------------------------------

    def commit_pending(self) -> None:
        """Commit the multi-line fields (called before the selection moves away)."""
        if self.plan is None or self.key is None or self.key not in self.plan:
            return
        self._commit("statement", self.statement.toPlainText())
        self._commit("notes", self.notes.toPlainText())
        self.indicators.commit_open_editor()  # a cell being typed (before saving, closing, ...)

    def _commit(self, field: str, value: object) -> None:
        if self._loading or self.plan is None or self.key is None or self.key not in self.plan:
            return
        if isinstance(value, str) and field in ("statement", "notes"):
            value = value.strip()
        if getattr(self.plan[self.key], field) == value:
            return
        self.command_ready.emit(SetField(self.key, field, value))

    def _commit_budget(self, year: int) -> None:
        if self._loading or self.plan is None or self.key is None or self.key not in self.plan:
            return
        node = self.plan[self.key]
        value = parse_typed(self.budget_edits[year].text())
        budget = dict(node.budget)
        if value is None:
            budget.pop(year, None)
        elif isinstance(value, float):
            budget[year] = value
        else:
            self.error.emit(f"Pagu {year} harus berupa angka: '{value}'.")
            _set_line(self.budget_edits[year], format_value(node.budget.get(year)))
            return
        if budget != node.budget:
            self.command_ready.emit(SetField(self.key, "budget", budget))

    def add_further_parent(self) -> None:
        if self.plan is None or self.key is None:
            return
        parent = self.further_key.text().strip()
        if not parent:
            return
        try:
            command = add_further_parent(self.plan, self.key, parent)
        except ModelError as exc:
            self.error.emit(str(exc))
            return
        self.further_key.clear()
        self.command_ready.emit(command)

    def remove_further_parent(self) -> None:
        item = self.further.currentItem()
        if self.plan is None or self.key is None or item is None:
            return
        self.command_ready.emit(remove_further_parent(self.plan, self.key, item.data(KEY_ROLE)))


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def _set_plain(edit: QPlainTextEdit, text: str) -> None:
    if edit.toPlainText() != text:
        edit.setPlainText(text)
