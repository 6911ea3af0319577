"""The indicator table: typed cell by cell with Tab, pasted from Excel, checked as typed.

Used twice with the same model (`indicator_model.IndicatorModel`): narrow in
the inspector, and wide in the indicator editor (`app.ui.dialogs.indicator_editor`)
where every year of the period shows at once. The table never edits the node:
each committed cell, each paste and each button is one command on
`command_ready`, and the table redraws from the change set that follows,
row by row in place, so an open editor and the current cell survive the commit.

Keys, as in a spreadsheet: typing replaces a cell, F2 or Enter edits it (Enter
again commits and moves to the cell below), Tab and
Shift+Tab move cell by cell in reading order (from the last cell on to the next
field), Delete empties a cell, Ctrl+V pastes a block copied from Excel; Insert
adds an indicator, Ctrl+Delete removes it, Alt+Up/Alt+Down move it.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.model.commands import Command, add_indicator, move_indicator, remove_indicator
from app.model.plan import JENIS, Indicator, Plan
from app.ui.i18n import translated
from app.ui.panels.indicator_model import CHOICES, VALUE_FIELDS, IndicatorModel, edit_label

FLAGGED_EDITOR = "QLineEdit { border: 2px solid #C62828; background: #FFEBEE; }"
FLAGGED_TEXT = "color: #B71C1C;"
NAME_MIN_WIDE = 300  # pixels the indicator's name keeps in the wide editor
ROW_PADDING = 8


class CellDelegate(QStyledItemDelegate):
    """Line editors judged as they are typed, combos for Jenis and Polaritas."""

    hint = Signal(bool, str)  # (flagged, message) about what is being typed

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._editor: weakref.ref[QWidget] | None = None

    def open_editor(self) -> QWidget | None:
        """The editor that is open now, if any (to commit it before the node changes)."""
        editor = self._editor() if self._editor is not None else None
        try:
            return editor if editor is not None and editor.isVisible() else None
        except RuntimeError:  # its C++ side is gone already
            return None

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:
        model: IndicatorModel = index.model()  # type: ignore[assignment]
        column = model.columns[index.column()]
        editor: QWidget
        if column.field in CHOICES:
            combo = QComboBox(parent)
            combo.setFont(option.font)  # type: ignore[attr-defined]
            combo.addItems(list(CHOICES[column.field]))
            editor = combo
        else:
            line = QLineEdit(parent)
            line.setFrame(False)
            line.setFont(option.font)  # type: ignore[attr-defined]  # the table's, scaled
            if column.field in (*VALUE_FIELDS, "baseline_year"):  # numbers stay where they stood
                line.setAlignment(Qt.AlignmentFlag.AlignRight)
            cell = QPersistentModelIndex(index)
            line.textChanged.connect(lambda text, e=line: self._judge(e, cell, text))
            editor = line
        self._editor = weakref.ref(editor)
        return editor

    def _judge(self, editor: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        model = index.model()
        if not isinstance(model, IndicatorModel):
            return
        flagged, message = model.judge_text(index, text)
        editor.setStyleSheet(FLAGGED_EDITOR if flagged else "")
        editor.setToolTip(message)
        self.hint.emit(flagged, message)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        text = editor.currentText() if isinstance(editor, QComboBox) else (
            editor.text() if isinstance(editor, QLineEdit) else "")
        model.setData(index, text, Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)  # room for an editor's frame

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        self.hint.emit(False, "")
        super().destroyEditor(editor, index)


class IndicatorView(QTableView):
    """A table whose Tab leaves at the last cell instead of wrapping to the first."""

    paste_requested = Signal()
    clear_requested = Signal(QModelIndex)
    add_requested = Signal()  # Insert
    remove_requested = Signal()  # Ctrl+Delete
    move_requested = Signal(int)  # Alt+Up / Alt+Down, as among the tree's siblings

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        if current.isValid() and model is not None:
            last_row, last_col = model.rowCount() - 1, model.columnCount() - 1
            if action == QAbstractItemView.CursorAction.MoveNext and (
                    current.row(), current.column()) == (last_row, last_col):
                return QModelIndex()
            if action == QAbstractItemView.CursorAction.MovePrevious and (
                    current.row(), current.column()) == (0, 0):
                return QModelIndex()
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab in the last cell commits it and moves on to the next field, in one key.
        Hint = QAbstractItemDelegate.EndEditHint
        leaving = (hint == Hint.EditNextItem and not self.moveCursor(
            QAbstractItemView.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier).isValid()
        ) or (hint == Hint.EditPreviousItem and not self.moveCursor(
            QAbstractItemView.CursorAction.MovePrevious, Qt.KeyboardModifier.NoModifier).isValid())
        super().closeEditor(editor, hint)
        if leaving:
            self.focusNextPrevChild(hint == Hint.EditNextItem)
        elif hint == Hint.SubmitModelCache:  # Enter: on to the cell below, as in a spreadsheet
            current = self.currentIndex()
            below = current.siblingAtRow(current.row() + 1) if current.isValid() else current
            if below.isValid():
                self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not editing and event.key() == Qt.Key.Key_Insert:
            self.add_requested.emit()
            return
        if not editing and event.key() == Qt.Key.Key_Delete and (
                mods == Qt.KeyboardModifier.ControlModifier):
            self.remove_requested.emit()
            return
        if not editing and mods == Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if not editing and event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if not editing and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.currentIndex().isValid():
                self.clear_requested.emit(self.currentIndex())
            return
        if (not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.currentIndex().isValid()):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class IndicatorTable(QWidget):
    """The table, a line for what is being typed, and the buttons: Tambah, Hapus, Naik, Turun.

    `wide` is the indicator editor's form: the indicator's name takes the room
    left by the other columns, which are sized to their content, and headers
    break into two lines so that five years fit on a 1024-pixel screen.
    """

    command_ready = Signal(object)
    full_editor_requested = Signal()  # the inspector's button that opens the wide editor
    row_changed = Signal(int)  # the current indicator (-1: none)
    font_fitted = Signal(QFont)  # the wide editor chose this font for the table

    def __init__(self, parent: QWidget | None = None, wide: bool = False) -> None:
        super().__init__(parent)
        self.wide = wide
        self._read_only = False
        self.model = IndicatorModel(self)
        self.model.two_line_headers = wide
        self.model.command_ready.connect(self._forget_problem)
        self.model.command_ready.connect(self.command_ready)
        self.model.problem.connect(self._on_problem)
        self._problem = False  # a refusal is on the message line: keep it until the next edit
        self.model.modelReset.connect(self._size_columns)
        self.model.dataChanged.connect(lambda *_: self._size_columns())
        self.model.rowsInserted.connect(lambda *_: self._size_columns())
        self.view = IndicatorView(self)
        self.view.setObjectName("indicators")
        self._base_font = QFont(self.view.font())
        self.font_scales: tuple[float, ...] = (1.0,)  # the wide editor tries larger ones first
        self.view.viewport().installEventFilter(self)
        self.view.setModel(self.model)
        self.delegate = CellDelegate(self.view)
        self.delegate.hint.connect(self._on_hint)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(True)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.paste_requested.connect(self.paste)
        self.view.clear_requested.connect(self.model.clear)
        self.view.add_requested.connect(self.add)
        self.view.remove_requested.connect(self.remove)
        self.view.move_requested.connect(self.move)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

        self.message = QLabel(self)
        self.message.setObjectName("indicatorMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.add_button = QPushButton(self.tr("Tambah"), self)
        self.remove_button = QPushButton(self.tr("Hapus"), self)
        self.up_button = QPushButton(self.tr("Naik"), self)
        self.down_button = QPushButton(self.tr("Turun"), self)
        self.full_button = QPushButton(self.tr("Buka editor indikator (semua tahun, manual IKU)…"),
                                       self)
        self.full_button.setObjectName("openIndicatorEditor")
        self.add_button.setToolTip(self.tr("Tambah indikator (Insert)"))
        self.remove_button.setToolTip(self.tr("Hapus indikator terpilih (Ctrl+Delete)"))
        self.up_button.setToolTip(self.tr("Pindahkan indikator ke atas (Alt+↑)"))
        self.down_button.setToolTip(self.tr("Pindahkan indikator ke bawah (Alt+↓)"))
        self.full_button.setToolTip(self.tr(
            "Semua kolom, target setiap tahun dan manual IKU dalam satu jendela lebar (Ctrl+I)"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.full_button.clicked.connect(self.full_editor_requested)
        self.full_button.setVisible(not wide)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            b.setMinimumWidth(0)  # four of them fit the narrow inspector
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.full_button)  # above the table: the way to every column
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.message.hide()
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.model.set_read_only(read_only)
        self._update_buttons()

    def set_node(self, plan: Plan | None, key: str | None) -> None:
        """Show `key`; the same node again (after an edit) is updated in place."""
        if key != self.model.key or plan is not self.model.plan:
            self.commit_open_editor()
        self.model.set_node(plan, key)
        self._update_buttons()

    def commit_open_editor(self) -> None:
        """Commit what is being typed in a cell (before the table shows something else)."""
        editor = self.delegate.open_editor()
        if editor is not None:
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _size_columns(self) -> None:
        """Columns as wide as their content; in the wide editor, the largest text that fits.

        The wide editor tries its font scales from the largest down and takes the
        first that leaves the indicator's name NAME_MIN_WIDE pixels beside every
        other column, so that a 1024-pixel projector still shows five years without
        scrolling sideways while a large screen gets text readable from the back.
        """
        view, header = self.view, self.view.horizontalHeader()
        if not self.wide:
            widths = self._widths(view.fontMetrics())
            for i, width in widths.items():
                view.setColumnWidth(i, width)
            view.setColumnWidth(0, max(180, view.fontMetrics().horizontalAdvance("x") * 30))
            return
        available = view.viewport().width()
        for scale in self.font_scales:
            font = QFont(self._base_font)
            font.setPointSizeF(self._base_font.pointSizeF() * scale)
            widths = self._widths(QFontMetrics(font))
            if available - sum(widths.values()) >= NAME_MIN_WIDE or scale == self.font_scales[-1]:
                break
        if view.font() != font:
            view.setFont(font)
            header.setFont(font)
            self.message.setFont(font)
            self.font_fitted.emit(font)
        for i, width in widths.items():
            view.setColumnWidth(i, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _widths(self, metrics: QFontMetrics) -> dict[int, int]:
        """Every column but the name's: its widest header word or value, plus padding."""
        model = self.model
        pad = 14
        samples = {"jenis": [*JENIS], "polaritas": ["naik", "turun"], "satuan": ["indeks"],
                   "baseline": ["00,00"], "target": ["00,00"], "baseline_year": ["2024"]}
        out: dict[int, int] = {}
        for i, column in enumerate(model.columns):
            if column.field == "name":
                continue
            header = model.header_text(column)
            texts = (header.split(" ") if self.wide else [header]) + samples.get(column.field, [])
            texts += [str(model.index(r, i).data() or "") for r in range(model.rowCount())]
            out[i] = max(metrics.horizontalAdvance(t) for t in texts) + pad
        return out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize and self.wide:
            self._size_columns()
        return False

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, column))
        self._update_buttons()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.row_changed.emit(current.row() if current.isValid() else -1)
        if current.isValid() and self.view.state() != QAbstractItemView.State.EditingState:
            verdict = self.model.verdict(current.row(), self.model.columns[current.column()])
            if verdict.message or not self._problem:
                self._problem = False
                self.show_message(verdict.flagged, translated(verdict.message))

    def _on_hint(self, flagged: bool, message: str) -> None:
        if message or not self._problem:
            self._problem = False
            self.show_message(flagged, message)

    def _on_problem(self, text: str) -> None:
        self.show_message(True, text)
        self._problem = True

    def _forget_problem(self, _command: object = None) -> None:
        self._problem = False

    def show_message(self, flagged: bool, text: str) -> None:
        """The line under the table: what is being typed reads as, or what is wrong with it."""
        self.message.setText(("⚠ " + text) if flagged and text else text)
        self.message.setStyleSheet(FLAGGED_TEXT if flagged else "")
        self.message.setVisible(bool(text))

    def _update_buttons(self) -> None:
        has_node = self.model.key is not None and not self._read_only
        row, n = self.current_row(), self.model.rowCount()
        self.add_button.setEnabled(has_node)
        self.remove_button.setEnabled(has_node and 0 <= row < n)
        self.up_button.setEnabled(has_node and 0 < row < n)
        self.down_button.setEnabled(has_node and 0 <= row < n - 1)
        self.full_button.setEnabled(self.model.key is not None)

    # --- edits -----------------------------------------------------------------------

    def _emit(self, command: Command, select: int) -> None:
        self.command_ready.emit(command)
        if 0 <= select < self.model.rowCount():
            self.select_row(select)

    def add(self) -> None:
        plan, key = self.model.plan, self.model.key
        if plan is None or key is None or self._read_only:
            return
        node = plan[key]
        jenis = sorted(plan.scheme.expected_jenis(node.level), key=JENIS.index)
        fresh = Indicator(self.tr("Indikator baru"), jenis=jenis[-1] if len(jenis) < 3 else "")
        row = len(node.indicators)
        self._emit(add_indicator(plan, key, fresh, label=edit_label("add", fresh.name)), row)
        if self.model.rowCount() > row:  # added: type its name at once
            self.view.setFocus()
            self.view.edit(self.model.index(row, 0))

    def remove(self) -> None:
        plan, key, row = self.model.plan, self.model.key, self.current_row()
        if plan is None or key is None or row < 0 or self._read_only:
            return
        name = plan[key].indicators[row].name
        self._emit(remove_indicator(plan, key, row, label=edit_label("remove", name)),
                   min(row, self.model.rowCount() - 2))

    def move(self, step: int) -> None:
        plan, key, row = self.model.plan, self.model.key, self.current_row()
        if plan is None or key is None or row < 0 or self._read_only:
            return
        to = row + step
        if not 0 <= to < self.model.rowCount():
            return
        name = plan[key].indicators[row].name
        label = edit_label("up" if step < 0 else "down", name)
        self._emit(move_indicator(plan, key, row, to, label=label), to)

    def paste(self) -> None:
        """Ctrl+V: a block copied from Excel (tab-separated), from the current cell on."""
        index = self.view.currentIndex()
        if not index.isValid() or self._read_only:
            return
        grid = clipboard_grid(QApplication.clipboard().text())
        if not grid:
            return
        taken, skipped = self.model.paste(index.row(), index.column(), grid)
        if skipped:
            self.show_message(True, self.tr(
                "{taken} nilai ditempel; {skipped} nilai di luar tabel atau tidak sah "
                "diabaikan.").format(taken=taken, skipped=skipped))
        else:
            self.show_message(False, self.tr("{taken} nilai ditempel.").format(taken=taken))


def clipboard_grid(text: str) -> list[list[str]]:
    """Rows of cells from spreadsheet text: tabs between cells, a line per row.

    Excel ends the copy with a line break and quotes a cell that holds one; the
    quotes are taken off. Empty trailing lines are dropped.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    grid = []
    for line in lines:
        cells = []
        for cell in line.split("\t"):
            cell = cell.strip()
            if len(cell) >= 2 and cell[0] == cell[-1] == '"':
                cell = cell[1:-1].replace('""', '"')
            cells.append(cell)
        grid.append(cells)
    return grid
