"""The indicator editor: every field of every indicator of one node, in one wide window.

Why a window of its own and not a wider panel: in the meeting room the plan is
projected at 1024x768, and a row of indicator fields with five years of
targets needs about 900 pixels, twice what a side panel can give while the
tree stays readable. Half the window is not enough either; so the editor
takes the width of the screen while targets are typed and gives the tree back
with one key (Esc). It is not modal: on a large screen it sits beside or
below the tree, follows the node selected there, and walks the tree itself
(Sebelumnya / Berikutnya, Ctrl+PgUp / Ctrl+PgDown) so that a desk review goes
through every node without closing it.

Everything typed here goes the one path of a change: each committed cell, each
field of the manual IKU and each paste is one command pushed through the
editor object (`PlanEditor.push`), written to the plan file at once and undone
by Ctrl+Z here or in the main window, with a label that names the indicator
and the field.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import ChangeSet
from app.model.commands import Command
from app.model.plan import REPORTING_PERIODS, Plan
from app.ui.document import Document
from app.ui.i18n import translated
from app.ui.panels.focus_commit import CommitOnFocusOut
from app.ui.panels.indicators import IndicatorTable
from app.ui.plan_editor import PlanEditor

IKU_FIELDS = ("definition", "formula", "data_source", "reporting_period", "data_owner")
LARGEST = (1440, 900)  # on a big screen the editor need not cover everything


class IkuForm(QGroupBox):
    """The manual IKU of the current indicator: definisi, formula, sumber data, ..."""

    def __init__(self, table: IndicatorTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ikuForm")
        self.table = table
        self.row = -1
        self._loading = False
        self.definition = QPlainTextEdit(self)
        self.formula = QPlainTextEdit(self)
        for edit, lines in ((self.definition, 3), (self.formula, 2)):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 14)
            edit.installEventFilter(CommitOnFocusOut(self.commit_pending, self))
        self.definition.setObjectName("ikuDefinition")
        self.formula.setObjectName("ikuFormula")
        self.definition.setPlaceholderText(self.tr("Apa yang diukur indikator ini"))
        self.formula.setPlaceholderText(self.tr("mis. jumlah penduduk miskin / jumlah penduduk × 100%"))
        self.data_source = QLineEdit(self)
        self.data_source.setObjectName("ikuDataSource")
        self.data_source.setPlaceholderText(self.tr("mis. BPS Kota, Susenas"))
        self.reporting_period = QComboBox(self)
        self.reporting_period.setObjectName("ikuReportingPeriod")
        self.reporting_period.setEditable(True)
        self.reporting_period.addItems(["", *REPORTING_PERIODS])
        self.data_owner = QLineEdit(self)
        self.data_owner.setObjectName("ikuDataOwner")
        self.data_owner.setPlaceholderText(self.tr("unit atau jabatan yang menyediakan data"))
        self.data_source.editingFinished.connect(self.commit_pending)
        self.data_owner.editingFinished.connect(self.commit_pending)
        self.reporting_period.activated.connect(lambda _i: self.commit_pending())
        line = self.reporting_period.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.commit_pending)

        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Definisi"), self.definition)
        left.addRow(self.tr("Formula"), self.formula)
        right.addRow(self.tr("Sumber data"), self.data_source)
        right.addRow(self.tr("Periode pelaporan"), self.reporting_period)
        right.addRow(self.tr("Penanggung jawab data"), self.data_owner)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setTabOrder(self.definition, self.formula)
        self.setTabOrder(self.formula, self.data_source)
        self.setTabOrder(self.data_source, self.reporting_period)
        self.setTabOrder(self.reporting_period, self.data_owner)
        self.show_row(-1)

    def _widgets(self) -> dict[str, QWidget]:
        return {"definition": self.definition, "formula": self.formula,
                "data_source": self.data_source, "reporting_period": self.reporting_period,
                "data_owner": self.data_owner}

    def text_of(self, field: str) -> str:
        w = self._widgets()[field]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        if isinstance(w, QComboBox):
            return w.currentText().strip()
        assert isinstance(w, QLineEdit)
        return w.text().strip()

    def show_row(self, row: int) -> None:
        """Show the manual IKU of indicator `row` (-1: none)."""
        if row != self.row:
            self.commit_pending()
        self.row = row
        ind = self.table.model.indicator(row)
        self._loading = True
        try:
            self.setTitle(self.tr("Manual IKU · {name}").format(name=ind.name) if ind else
                          self.tr("Manual IKU"))
            editable = ind is not None and not self.table.model.read_only
            for field, w in self._widgets().items():
                value = getattr(ind, field) if ind is not None else ""
                if self.text_of(field) != value:
                    if isinstance(w, QPlainTextEdit):
                        w.setPlainText(value)
                    elif isinstance(w, QComboBox):
                        w.setCurrentText(value)
                    else:
                        assert isinstance(w, QLineEdit)
                        w.setText(value)
                        w.setCursorPosition(0)
                w.setEnabled(ind is not None)
                if isinstance(w, (QPlainTextEdit, QLineEdit)):
                    w.setReadOnly(not editable)
                else:
                    w.setEnabled(editable)
        finally:
            self._loading = False

    def set_owner_suggestions(self, names: list[str]) -> None:
        completer = QCompleter(names, self.data_owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.data_owner.setCompleter(completer)

    def commit_pending(self) -> None:
        """Commit every field that differs from the indicator (one command per field)."""
        if self._loading or self.row < 0:
            return
        for field in IKU_FIELDS:
            ind = self.table.model.indicator(self.row)
            if ind is None:
                return
            if getattr(ind, field) != self.text_of(field):
                self.table.model.set_field(self.row, field, self.text_of(field))


class IndicatorEditor(QDialog):
    """The wide indicator editor over the editor object's document and selection."""

    def __init__(self, editor: PlanEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorEditor")
        self.setModal(False)
        self.editor = editor
        self._document: Document | None = None
        self.key: str | None = None
        self._order: tuple[list[str], dict[str, int]] | None = None

        self.place = QLabel(self)
        self.place.setObjectName("indicatorNodePlace")
        self.statement = QLabel(self)
        self.statement.setObjectName("indicatorNodeStatement")
        self.statement.setWordWrap(True)
        font = self.statement.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.statement.setFont(font)
        self.previous_button = QPushButton(self.tr("◀ Sebelumnya"), self)
        self.next_button = QPushButton(self.tr("Berikutnya ▶"), self)
        self.previous_button.setToolTip(self.tr("Simpul sebelumnya di pohon (Ctrl+PgUp)"))
        self.next_button.setToolTip(self.tr("Simpul berikutnya di pohon (Ctrl+PgDown)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        for b in (self.previous_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the table and the form

        self.table = IndicatorTable(self, wide=True)
        self.table.font_scales = (1.35, 1.2, 1.1, 1.0)  # as large as the screen allows
        self.table.command_ready.connect(self._push)
        self.table.row_changed.connect(self._on_row)
        self.iku = IkuForm(self.table, self)
        self.table.font_fitted.connect(self._use_font)

        self.undo_button = QPushButton(self.tr("Urungkan"), self)
        self.undo_button.setObjectName("indicatorUndo")
        self.redo_button = QPushButton(self.tr("Ulangi"), self)
        self.redo_button.setObjectName("indicatorRedo")
        self.close_button = QPushButton(self.tr("Tutup"), self)
        self.close_button.setToolTip(self.tr("Kembali ke pohon (Esc)"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.close_button.clicked.connect(self.close)
        for b in (self.undo_button, self.redo_button, self.close_button):
            b.setAutoDefault(False)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for name, keys, slot in (
            ("indicatorUndoKey", QKeySequence.StandardKey.Undo, self.undo),
            ("indicatorRedoKey", "Ctrl+Y", self.redo),
            ("indicatorPrevious", "Ctrl+PgUp", lambda: self.step(-1)),
            ("indicatorNext", "Ctrl+PgDown", lambda: self.step(1)),
        ):
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.place)
        titles.addWidget(self.statement)
        head.addLayout(titles, 1)
        head.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        foot = QHBoxLayout()
        foot.addWidget(self.undo_button)
        foot.addWidget(self.redo_button)
        foot.addWidget(self.close_button)
        self.keys = QLabel(self.tr(
            "Tab: sel berikutnya · Enter atau F2: sunting · Del: kosongkan · "
            "Ctrl+V: tempel dari Excel · Ctrl+Z: urungkan · Esc: kembali ke pohon"), self)
        self.keys.setObjectName("indicatorKeys")
        self.keys.setWordWrap(True)
        foot.insertWidget(2, self.keys, 1)
        # The planner may give the table or the manual IKU more room; the table starts larger.
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setObjectName("indicatorSplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.table)
        self.split.addWidget(self.iku)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.table.setMinimumHeight(self.table.view.fontMetrics().lineSpacing() * 9)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.split, 1)
        layout.addLayout(foot)
        # Reading order: the table, then the manual IKU of its current row, then the buttons.
        chain = [self.table.view, self.iku.definition, self.iku.formula, self.iku.data_source,
                 self.iku.reporting_period, self.iku.data_owner, self.table.add_button,
                 self.table.remove_button, self.table.up_button, self.table.down_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        editor.selection_changed.connect(self._on_selection)
        self._follow_document()

    # --- where it is ----------------------------------------------------------------

    def place_on(self, screen: QRect) -> None:
        """Size and centre the editor on `screen` (the available part of a screen).

        At 1024x768 and 1366x768 it takes the width, at most 1440x900 elsewhere.
        """
        width = min(screen.width() - 16, LARGEST[0])
        height = min(screen.height() - 48, LARGEST[1])
        self.resize(width, height)
        self.move(screen.x() + (screen.width() - width) // 2,
                  screen.y() + max(0, (screen.height() - height) // 2 - 16))

    def open_on_screen(self) -> None:
        """Show it (or bring it to the front) on the screen of its parent window."""
        if not self.isVisible():
            host = self.parentWidget()
            screen = (host.screen() if host is not None else self.screen()).availableGeometry()
            self.place_on(screen)
        self._follow_document()
        self.show_node(self.editor.selected)
        self.show()
        self.raise_()
        self.activateWindow()
        self.table.view.setFocus()
        if not self.table.view.currentIndex().isValid():
            self._start_cell()

    def _start_cell(self) -> None:
        """Start on the first target still empty (else the first target), not on the name.

        What a planner opens the editor for is the targets; a first key typed on the
        name's cell would replace the name.
        """
        model = self.table.model
        if not model.rowCount():
            return
        targets = [i for i, c in enumerate(model.columns) if c.field == "target"]
        if not targets:
            self.table.select_row(0)
            return
        for row in range(model.rowCount()):
            for col in targets:
                if model.value(row, model.columns[col]) is None:
                    self.table.select_row(row, col)
                    return
        self.table.select_row(0, targets[0])

    # --- following the document and the selection -------------------------------------

    def _follow_document(self) -> None:
        doc = self.editor.document
        if doc is self._document:
            return
        if self._document is not None:
            self._document.changed.disconnect(self.apply)
            self._document.history_changed.disconnect(self._update_history)
            self._document.closing.disconnect(self._on_closing)
        self._document = doc
        self._order = None
        if doc is not None:
            doc.changed.connect(self.apply)
            doc.history_changed.connect(self._update_history)
            doc.closing.connect(self._on_closing)
            owners = sorted({i.data_owner for n in doc.plan.nodes.values() for i in n.indicators
                             if i.data_owner} | set(doc.plan.opds()))
            self.iku.set_owner_suggestions(owners)
        self.show_node(None)
        self._update_history()

    def _on_closing(self) -> None:
        self.commit_pending()
        self.show_node(None)
        self.close()

    def _plan(self) -> Plan | None:
        return self._document.plan if self._document is not None else None

    def _on_selection(self, key: str | None, _centre: bool, _source: str) -> None:
        if self.editor.document is not self._document:
            self._follow_document()
        if self.isVisible() or key is None:
            self.show_node(key)

    def show_node(self, key: str | None) -> None:
        """Show the indicators of `key` (None: nothing selected)."""
        plan = self._plan()
        node = plan.get(key) if plan is not None else None
        if key != self.key:
            self.commit_pending()
        self.key = node.key if node is not None else None
        read_only = self._document is None or self._document.read_only
        self.table.set_read_only(read_only)
        self.table.set_node(plan if node is not None else None, self.key)
        if not self.table.view.currentIndex().isValid():
            self._start_cell()  # another node: typing goes to a target straight away
        if node is None or plan is None:
            self.place.setText("")
            self.statement.setText(self.tr("Pilih simpul di pohon untuk menyunting indikatornya."))
            self.setWindowTitle(self.tr("Indikator"))
        else:
            parts = [node.level.upper(), node.code, "; ".join(node.opds)]
            self.place.setText(" · ".join(p for p in parts if p))
            self.statement.setText(node.statement or self.tr("(pernyataan belum diisi)"))
            self.setWindowTitle(self.tr("Indikator · {level} {key}").format(
                level=node.level, key=node.key))
        self.iku.show_row(self.table.current_row())
        self._update_steps()

    def apply(self, changes: ChangeSet) -> None:
        """The document changed: redraw the shown node in place (or let it go).

        A closed editor only forgets what the change made stale (the order of the nodes,
        a node that is gone): rebuilding its table on every edit would cost each edit in
        the tree for nothing, and `open_on_screen` shows the node afresh.
        """
        plan = self._plan()
        if changes.added or changes.removed or changes.moved:
            self._order = None
        if self.key is None or plan is None:
            return
        if self.key not in plan:
            self.show_node(None)
            return
        if not self.isVisible():
            return
        if self.key in changes.changed or self.key in changes.added or changes.plan:
            self.show_node(self.key)

    def _use_font(self, font: QFont) -> None:
        """The manual IKU and the node's statement as large as the table's text."""
        self.iku.setFont(font)
        heading = QFont(font)
        heading.setBold(True)
        heading.setPointSizeF(font.pointSizeF() * 1.2)
        self.statement.setFont(heading)

    def _on_row(self, row: int) -> None:
        self.iku.show_row(row)

    # --- edits and history ----------------------------------------------------------

    def _push(self, command: Command) -> None:
        # A command made on a plan that is no longer the editor's (another file opened) must
        # never reach the document now shown.
        if self._document is None or self.editor.document is not self._document:
            self._follow_document()
            return
        self.editor.push(command)

    def commit_pending(self) -> None:
        self.table.commit_open_editor()
        self.iku.commit_pending()

    def undo(self) -> None:
        self.commit_pending()
        self.editor.undo()

    def redo(self) -> None:
        self.editor.redo()

    def _update_history(self) -> None:
        session = self._document.session if self._document is not None else None
        can_undo = bool(session and session.can_undo() and not session.read_only)
        can_redo = bool(session and session.can_redo() and not session.read_only)
        self.undo_button.setEnabled(can_undo)
        self.redo_button.setEnabled(can_redo)
        undo = translated(session.undo_label()) if can_undo and session else ""
        redo = translated(session.redo_label()) if can_redo and session else ""
        self.undo_button.setText(self.tr("Urungkan: {what}").format(what=_short(undo))
                                 if undo else self.tr("Urungkan"))
        self.redo_button.setText(self.tr("Ulangi: {what}").format(what=_short(redo))
                                 if redo else self.tr("Ulangi"))
        self.undo_button.setToolTip(undo)
        self.redo_button.setToolTip(redo)

    # --- walking the tree -------------------------------------------------------------

    def _neighbour(self, step: int) -> str | None:
        plan = self._plan()
        if plan is None or self.key is None:
            return None
        if self._order is None:  # the tree's reading order, kept until the tree changes
            order = list(plan.walk())
            self._order = (order, {k: i for i, k in enumerate(order)})
        order, place = self._order
        i = place.get(self.key, -2) + step
        return order[i] if 0 <= i < len(order) else None

    def _update_steps(self) -> None:
        self.previous_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(self._neighbour(1) is not None)

    def step(self, step: int) -> None:
        """The previous or next node in the tree's reading order, selected everywhere."""
        key = self._neighbour(step)
        if key is None:
            return
        self.commit_pending()
        self.editor.select(key, centre=True, source="indicators")
        self.table.view.setFocus()
        self._start_cell()

    def closeEvent(self, event) -> None:
        self.commit_pending()
        super().closeEvent(event)

    def reject(self) -> None:
        """Esc: keep what was typed and give the tree back."""
        self.commit_pending()
        super().reject()


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
