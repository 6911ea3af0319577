"""Import a planner's own workbook: see what Pokin recognised before anything is created.

Shows the layout it detected (changeable), the column each field comes from
(changeable, for a T-C.27), what the table does not say (OPD, years) when it
does not say it, the first rows as they will become nodes, and the counts.
Every change reads the table again from the copy already in memory; nothing
is made until the planner presses *Impor*, and then the caller gets `plan`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange import WorkbookError
from app.exchange.importer import Source, open_source
from app.exchange.report import LAYOUT_NAMES, ImportOptions, ImportReport
from app.exchange.staircase import StairColumns
from app.exchange.tc27_columns import FIELD_NAMES, Tc27Columns, move_field
from app.model.plan import Plan

PREVIEW_ROWS = 14
LAYOUT_CHOICES = ("auto", "exchange", "tc27", "staircase")


def column_letter(index: int) -> str:
    """0 -> A, 26 -> AA: how Excel names the column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class ImportWorkbookDialog(QDialog):
    """The import of one file; `plan` and `report` are set when the planner accepts."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.source: Source | None = None
        self.plan: Plan | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Impor buku kerja – {name}").format(name=self.path.name))
        self.resize(1000, 700)

        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layout")
        for key in LAYOUT_CHOICES:
            text = self.tr("Kenali sendiri") if key == "auto" else LAYOUT_NAMES[key]
            self.layout_combo.addItem(text, key)
        self.detected = QLabel(self)
        self.detected.setObjectName("detected")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tata letak:"), self))
        top.addWidget(self.layout_combo)
        top.addWidget(self.detected, 1)

        self.columns_box = QGroupBox(self.tr("Kolom sumber tiap bidang (dapat diubah)"), self)
        self.columns_form = QFormLayout(self.columns_box)
        self.field_combos: dict[str, QComboBox] = {}
        self.years_info = QLabel(self.columns_box)
        self.years_info.setWordWrap(True)

        self.asked_box = QGroupBox(self.tr("Yang tidak tertulis di tabel"), self)
        self.opd = QLineEdit(self.asked_box)
        self.opd.setObjectName("opd")
        self.opd.setPlaceholderText(self.tr("mis. Dinas Kesehatan"))
        self.start = QSpinBox(self.asked_box)
        self.end = QSpinBox(self.asked_box)
        for spin, value in ((self.start, 2025), (self.end, 2029)):
            spin.setRange(2000, 2100)
            spin.setValue(value)
        years = QHBoxLayout()
        years.addWidget(self.start)
        years.addWidget(QLabel("–", self.asked_box))
        years.addWidget(self.end)
        years.addStretch(1)
        asked = QFormLayout(self.asked_box)
        asked.addRow(self.tr("Perangkat Daerah"), self.opd)
        asked.addRow(self.tr("Tahun rencana"), years)

        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B71C1C;")
        self.preview = QTableWidget(0, 6, self)
        self.preview.setObjectName("preview")
        self.preview.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Kode"), self.tr("Pernyataan"),
                                                self.tr("Perangkat Daerah"), self.tr("Indikator"),
                                                self.tr("Induk")])
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(True)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.report_text = QPlainTextEdit(self)
        self.report_text.setObjectName("report")
        self.report_text.setReadOnly(True)
        self.report_text.setMaximumHeight(110)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(self.columns_box)
        side.addWidget(self.asked_box)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(360)  # the preview keeps the room on a 1024-pixel screen
        side.setContentsMargins(0, 0, 0, 0)
        middle = QHBoxLayout()
        middle.addWidget(side_widget, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Baris pertama sebagaimana akan menjadi simpul:"), self))
        right.addWidget(self.preview, 1)
        right.addWidget(self.counts)
        right.addWidget(self.problem)
        right.addWidget(self.report_text)
        middle.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.rebuild)
        self.layout_combo.activated.connect(lambda _i: self.reopen())
        self.opd.textEdited.connect(lambda _t: self._timer.start())
        self.start.valueChanged.connect(lambda _v: self._timer.start())
        self.end.valueChanged.connect(lambda _v: self._timer.start())
        self.reopen()

    # --- reading ------------------------------------------------------------------------

    def reopen(self) -> None:
        """Read the file with the chosen layout (auto: recognise it) and show the result."""
        layout = self.layout_combo.currentData() or "auto"
        try:
            self.source = open_source(self.path, layout)
        except WorkbookError as exc:
            self.source = None
            self._failed(str(exc))
            self.detected.setText("")
            self._fill_columns()
            return
        self.detected.setText(self.tr("dikenali: {name}").format(name=LAYOUT_NAMES[self.source.layout]))
        needs = self.source.needs()
        self.opd.setEnabled("opd" in needs)
        self.start.setEnabled("years" in needs)
        self.end.setEnabled("years" in needs)
        self.asked_box.setVisible(bool(needs))
        self._fill_columns()
        self.rebuild()

    def options(self) -> ImportOptions:
        needs = self.source.needs() if self.source else []
        years = (self.start.value(), self.end.value()) if "years" in needs else None
        return ImportOptions(opd=self.opd.text().strip() if "opd" in needs else "", years=years)

    def rebuild(self) -> None:
        """Read the table into a plan with the current choices, and show it."""
        self._timer.stop()
        if self.source is None:
            return
        if self.start.isEnabled() and self.start.value() > self.end.value():
            self._failed(self.tr("Tahun awal lebih besar dari tahun akhir."))
            return
        try:
            plan, report = self.source.build(self.options())
        except WorkbookError as exc:
            self._failed("\n".join(str(p) for p in exc.problems))
            return
        self.plan, self.report = plan, report
        self.problem.setText("")
        self.import_button.setEnabled(len(plan) > 0)
        self._show_preview(plan)
        counts = report.counts(plan)
        parts = [f"{n} {name}" for name, n in counts.items()]
        text = self.tr("Akan dibuat: {parts}.").format(parts=", ".join(parts))
        if report.skipped:
            text += " " + self.tr("{n} baris dilewati.").format(n=len(report.skipped))
        if report.notes:
            text += " " + self.tr("{n} sel perlu diperiksa.").format(n=len(report.notes))
        self.counts.setText(text)
        self.report_text.setPlainText(report.text(plan))

    def _failed(self, message: str) -> None:
        self.plan = self.report = None
        self.problem.setText(message)
        self.counts.setText("")
        self.report_text.setPlainText("")
        self.preview.setRowCount(0)
        self.import_button.setEnabled(False)

    # --- columns ------------------------------------------------------------------------

    def _fill_columns(self) -> None:
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.field_combos = {}
        self.years_info = QLabel(self.columns_box)
        self.years_info.setWordWrap(True)
        cols = self.source.columns if self.source else None
        if isinstance(cols, Tc27Columns):
            choices = [(None, self.tr("(tidak ada)"))] + [
                (c, f"{column_letter(c)} · {label}") for c, label in sorted(cols.labels.items())]
            for name, title in FIELD_NAMES.items():
                combo = QComboBox(self.columns_box)
                combo.setObjectName(f"column_{name}")
                for c, text in choices:
                    combo.addItem(text[:70], c)
                    combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(16)
                combo.setCurrentIndex(max(0, combo.findData(cols.fields.get(name))))
                combo.activated.connect(lambda _i, n=name: self._moved(n))
                self.field_combos[name] = combo
                self.columns_form.addRow(self.tr(title), combo)
            if cols.code_parts:
                self.columns_form.addRow(self.tr("Kode (terpecah)"), QLabel(
                    ", ".join(column_letter(c) for c in cols.code_parts), self.columns_box))
                self.field_combos["code"].setEnabled(False)
            self.years_info.setText(self.tr("Target: kolom {t}\nPagu (Rp): kolom {b}").format(
                t=_years_text(cols.targets), b=_years_text(cols.budgets)))
            self.columns_form.addRow(self.years_info)
        elif isinstance(cols, StairColumns):
            for name, s_col, i_col in cols.levels:
                where = column_letter(s_col) + (f" + {column_letter(i_col)}" if i_col is not None else "")
                self.columns_form.addRow(name, QLabel(self.tr("kolom {w}").format(w=where), self.columns_box))
        else:
            self.columns_form.addRow(QLabel(self.tr("Buku kerja pertukaran: kolom dikenali dari judulnya."),
                                            self.columns_box))
        self.columns_box.setVisible(True)

    def _moved(self, name: str) -> None:
        cols = self.source.columns if self.source else None
        if not isinstance(cols, Tc27Columns):
            return
        move_field(cols, name, self.field_combos[name].currentData())
        for other, combo in self.field_combos.items():  # a column feeds one field
            combo.setCurrentIndex(max(0, combo.findData(cols.fields.get(other))))
        self.rebuild()

    # --- preview ------------------------------------------------------------------------

    def _show_preview(self, plan: Plan) -> None:
        keys = []
        for key in plan.walk():
            keys.append(key)
            if len(keys) >= PREVIEW_ROWS:
                break
        self.preview.setRowCount(len(keys))
        for r, key in enumerate(keys):
            node = plan.nodes[key]
            first = node.indicators[0] if node.indicators else None
            indicator = ""
            if first is not None:
                indicator = first.name + (f" ({first.satuan})" if first.satuan else "")
                if len(node.indicators) > 1:
                    indicator += self.tr(" +{n} lagi").format(n=len(node.indicators) - 1)
            parent = plan.nodes[node.parent].statement if node.parent in plan.nodes else ""
            depth = len(plan.ancestors(key))
            cells = [node.level, node.code, "· " * depth + node.statement, "; ".join(node.opds),
                     indicator, parent]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.preview.setItem(r, c, item)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Shares of the table's width (the last column, the parent, takes the rest)."""
        room = max(500, self.preview.viewport().width())
        metrics = self.preview.fontMetrics()
        code = metrics.horizontalAdvance("1.02.02.2.01.0009") + 12
        level = metrics.horizontalAdvance("Sub Kegiatan") + 12
        rest = room - code - level
        for c, share in enumerate((0.0, 0.0, 0.34, 0.16, 0.26)):
            self.preview.setColumnWidth(c, level if c == 0 else code if c == 1 else int(rest * share))
        self.preview.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _accept(self) -> None:
        self.rebuild()
        if self.plan is not None and len(self.plan):
            self.accept()


def _years_text(by_year: dict[int, int]) -> str:
    if not by_year:
        return "-"
    return ", ".join(f"{column_letter(c)} ({'th. ' if y < 100 else ''}{y})" for y, c in sorted(by_year.items()))


def ask_import(path: str | Path, parent: QWidget | None = None) -> Plan | None:
    """Show the dialog for `path`; the plan to create, or None when the planner cancelled."""
    dialog = ImportWorkbookDialog(path, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.plan
    return None


__all__ = ["ImportWorkbookDialog", "ask_import", "column_letter"]
