"""The indicator table of the inspector: one row per indicator of the selected node.

Each committed cell edit becomes one model command (`change_indicator`), and
the buttons add, remove and reorder through the indicator command helpers, so
every change is one undo step and lands in the plan file at once. The table
never edits the node itself: it redraws from the change set that follows.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model.commands import (
    Command,
    add_indicator,
    change_indicator,
    move_indicator,
    remove_indicator,
)
from app.model.plan import JENIS, POLARITAS, Indicator, Plan
from app.util.indonesian import format_value, parse_typed

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a shared default argument
FIXED_COLUMNS = ("Indikator", "Jenis", "Satuan", "Polaritas", "Baseline")
COL_NAME, COL_JENIS, COL_SATUAN, COL_POLARITAS, COL_BASELINE = range(5)
CHOICES = {COL_JENIS: ("",) + JENIS, COL_POLARITAS: POLARITAS}


class IndicatorModel(QAbstractTableModel):
    """The indicators of one node, as table rows; edits come out as commands."""

    command_ready = Signal(object)  # a model command for the document to push

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.key: str | None = None
        self.read_only = False
        self._rows: tuple[Indicator, ...] = ()
        self._years: list[int] = []

    def set_node(self, plan: Plan | None, key: str | None) -> None:
        self.beginResetModel()
        self.plan, self.key = plan, key
        node = plan.get(key) if plan is not None else None
        self._rows = node.indicators if node is not None else ()
        self._years = list(plan.years) if plan is not None else []
        self.endResetModel()

    def years(self) -> list[int]:
        return list(self._years)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(FIXED_COLUMNS) + len(self._years)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section < len(FIXED_COLUMNS):
            return (
                self.tr("Indikator"),
                self.tr("Jenis"),
                self.tr("Satuan"),
                self.tr("Polaritas"),
                self.tr("Baseline"),
            )[section]
        return self.tr("Target {year}").format(year=self._years[section - len(FIXED_COLUMNS)])

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        ind = self._rows[index.row()]
        col = index.column()
        if col == COL_NAME:
            return ind.name
        if col == COL_JENIS:
            return ind.jenis
        if col == COL_SATUAN:
            return ind.satuan
        if col == COL_POLARITAS:
            return ind.polaritas
        if col == COL_BASELINE:
            return format_value(ind.baseline)
        return format_value(ind.target(self._years[col - len(FIXED_COLUMNS)]))

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.plan is None:
            return False
        ind = self._rows[index.row()]
        new = _with_cell(ind, index.column(), str(value if value is not None else ""), self._years)
        if new == ind:
            return False
        self.command_ready.emit(change_indicator(self.plan, self.key, index.row(), new))
        return True


def _with_cell(ind: Indicator, col: int, text: str, years: list[int]) -> Indicator:
    """The indicator with one cell changed as the planner typed it."""
    text = text.strip()
    if col == COL_NAME:
        return replace(ind, name=text)
    if col == COL_JENIS:
        return replace(ind, jenis=text if text in JENIS else "")
    if col == COL_SATUAN:
        return replace(ind, satuan=text)
    if col == COL_POLARITAS:
        return replace(ind, polaritas=text if text in POLARITAS else "naik")
    if col == COL_BASELINE:
        return replace(ind, baseline=parse_typed(text))
    return ind.with_target(years[col - len(FIXED_COLUMNS)], parse_typed(text))


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo editor for the Jenis and Polaritas columns."""

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:
        choices = CHOICES.get(index.column())
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(list(choices))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]
        else:
            super().setModelData(editor, model, index)


class IndicatorTable(QWidget):
    """The table plus its buttons: Tambah, Hapus, Naik, Turun."""

    command_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = False
        self.model = IndicatorModel(self)
        self.model.command_ready.connect(self.command_ready)
        self.view = QTableView(self)
        self.view.setObjectName("indicators")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.add_button = QPushButton(self.tr("Tambah"), self)
        self.remove_button = QPushButton(self.tr("Hapus"), self)
        self.up_button = QPushButton(self.tr("Naik"), self)
        self.down_button = QPushButton(self.tr("Turun"), self)
        self.add_button.setToolTip(self.tr("Tambah indikator"))
        self.remove_button.setToolTip(self.tr("Hapus indikator terpilih"))
        self.up_button.setToolTip(self.tr("Pindahkan indikator ke atas"))
        self.down_button.setToolTip(self.tr("Pindahkan indikator ke bawah"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.model.read_only = read_only
        self._update_buttons()

    def set_node(self, plan: Plan | None, key: str | None, keep_row: bool = True) -> None:
        row = self.current_row() if keep_row else -1
        self.model.set_node(plan, key)
        self.view.setColumnWidth(COL_NAME, 220)
        for col in range(COL_JENIS, self.model.columnCount()):
            self.view.setColumnWidth(col, 80)
        if 0 <= row < self.model.rowCount():
            self.select_row(row)
        self._update_buttons()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_node = self.model.key is not None and not self._read_only
        row, n = self.current_row(), self.model.rowCount()
        self.add_button.setEnabled(has_node)
        self.remove_button.setEnabled(has_node and 0 <= row < n)
        self.up_button.setEnabled(has_node and 0 < row < n)
        self.down_button.setEnabled(has_node and 0 <= row < n - 1)

    def _emit(self, command: Command, select: int) -> None:
        self.command_ready.emit(command)
        if 0 <= select < self.model.rowCount():
            self.select_row(select)

    def add(self) -> None:
        plan, key = self.model.plan, self.model.key
        if plan is None or key is None:
            return
        node = plan[key]
        jenis = sorted(plan.scheme.expected_jenis(node.level), key=JENIS.index)
        fresh = Indicator("Indikator baru", jenis=jenis[-1] if len(jenis) < 3 else "")
        self._emit(add_indicator(plan, key, fresh), len(node.indicators))

    def remove(self) -> None:
        plan, key, row = self.model.plan, self.model.key, self.current_row()
        if plan is None or key is None or row < 0:
            return
        self._emit(remove_indicator(plan, key, row), min(row, self.model.rowCount() - 2))

    def move(self, step: int) -> None:
        plan, key, row = self.model.plan, self.model.key, self.current_row()
        if plan is None or key is None or row < 0:
            return
        to = row + step
        if not 0 <= to < self.model.rowCount():
            return
        self._emit(move_indicator(plan, key, row, to), to)
