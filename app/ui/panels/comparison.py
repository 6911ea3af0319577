"""The comparison panel ("Perbandingan"): what changed from an older plan to the one on screen.

The canvas colours the nodes that were added, changed or moved (marks with a
text tag, so colour never speaks alone) and draws the removed ones as faint
ghosts where they were (app/geometry/ghosts.py); the table lists them all,
row by row as in the matriks perubahan. Export buttons write the same rows as a workbook or PDF.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.diff import PlanDiff
from app.model.diff_rows import ADDED, CHANGED, MOVED, REMOVED, change_rows
from app.model.plan import Plan
from app.util.indonesian import format_value

KIND_COLORS = {ADDED: "#2E7D32", CHANGED: "#1565C0", MOVED: "#6A1B9A", REMOVED: "#C62828"}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def comparison_marks(diff: PlanDiff, new: Plan) -> dict[str, str]:
    """Canvas marks for a comparison shown on `new`: added, moved, changed (the removed ones
    are not in `new`: the canvas draws them as ghosts, `app.geometry.ghosts.removed_ghosts`)."""
    marks: dict[str, str] = {}
    for c in diff.changed:
        if c.node in new:
            marks[c.node] = "changed"
    for m in diff.moved:
        if m.node in new:
            marks[m.node] = "moved"
    for k in diff.added:
        if k in new:
            marks[k] = "added"
    return marks


class ComparisonPanel(QWidget):
    """Legend with counts, the table of changes, export and close buttons."""

    node_activated = Signal(str)
    export_xlsx_requested = Signal()
    export_pdf_requested = Signal()
    close_requested = Signal()

    HEADERS = ("Perubahan", "ID", "Level", "Perangkat Daerah", "Pernyataan Kinerja", "Bidang",
               "Semula", "Menjadi")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diff: PlanDiff | None = None
        self.old: Plan | None = None
        self.new: Plan | None = None
        self.old_label = ""
        self.new_label = ""
        self.title = QLabel("", self)
        self.title.setObjectName("comparisonTitle")
        self.title.setWordWrap(True)
        self.legend: dict[str, QLabel] = {}
        legend = QHBoxLayout()
        for kind in (ADDED, CHANGED, MOVED, REMOVED):
            chip = QLabel(self)
            chip.setFixedSize(14, 14)
            chip.setStyleSheet(f"background-color: {KIND_COLORS[kind]}; border-radius: 2px;")
            label = QLabel(self)
            label.setObjectName(f"legend{kind}")
            self.legend[kind] = label
            legend.addWidget(chip)
            legend.addWidget(label)
        legend.addStretch(1)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("changes")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Perubahan"), self.tr("ID"), self.tr("Level"), self.tr("Perangkat Daerah"),
             self.tr("Pernyataan Kinerja"), self.tr("Bidang"), self.tr("Semula"),
             self.tr("Menjadi")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellClicked.connect(self._on_cell)
        self.export_xlsx = QPushButton(self.tr("Ekspor Workbook…"), self)
        self.export_pdf = QPushButton(self.tr("Ekspor PDF…"), self)
        self.close_button = QPushButton(self.tr("Tutup perbandingan"), self)
        self.export_xlsx.clicked.connect(self.export_xlsx_requested)
        self.export_pdf.clicked.connect(self.export_pdf_requested)
        self.close_button.clicked.connect(self.close_requested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.export_xlsx)
        top.addWidget(self.export_pdf)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(self.table, 1)

    def set_comparison(self, diff: PlanDiff, old: Plan, new: Plan, old_label: str,
                       new_label: str) -> None:
        self.diff, self.old, self.new = diff, old, new
        self.old_label, self.new_label = old_label, new_label
        self.title.setText(self.tr("Perbandingan: {old} → {new}").format(old=old_label,
                                                                          new=new_label))
        counts = diff.counts()
        texts = {
            ADDED: self.tr("Ditambah: {n}").format(n=counts["added"]),
            CHANGED: self.tr("Diubah: {n}").format(n=counts["changed"]),
            MOVED: self.tr("Dipindah: {n}").format(n=counts["moved"]),
            REMOVED: self.tr("Dihapus: {n}").format(n=counts["removed"]),
        }
        for kind, label in self.legend.items():
            label.setText(texts[kind])
        rows = change_rows(diff, old, new)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            statement = row.new_statement or row.old_statement
            values = (row.kind, row.key, row.level, row.opd, statement, row.field,
                      format_value(row.old_value), format_value(row.new_value))
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setData(KEY_ROLE, row.key)
                if c == 0:
                    item.setForeground(QBrush(QColor(KIND_COLORS.get(row.kind, "#000000"))))
                if c in (4, 6, 7):
                    item.setToolTip(str(value))
                self.table.setItem(r, c, item)
        for c, width in enumerate((80, 130, 100, 150, 280, 110, 160)):
            self.table.setColumnWidth(c, width)

    def row_count(self) -> int:
        return self.table.rowCount()

    def _on_cell(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        key = item.data(KEY_ROLE) if item is not None else None
        if key and self.new is not None and key in self.new:
            self.node_activated.emit(key)
