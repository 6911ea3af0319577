"""Fill codes from names (and empty names from codes): the preview, then one undoable edit.

The planner sees every node the nomenclature can fill, with the old and the
new value, and every node it could not, with the reason; *Terapkan* pushes
the one `Batch` through `Document.push`, so Ctrl+Z takes the whole fill back.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.commands import Batch
from app.model.fill_codes import FillRow, fill_plan
from app.model.nomenclature import for_plan
from app.model.plan import Plan
from app.ui.document import Document

FIELD_WORDS = {"code": "Kode", "statement": "Pernyataan"}


class FillCodesDialog(QDialog):
    """The preview; `batch` is what *Terapkan* pushes (None when nothing would change)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.batch: Batch | None = None
        self.rows: list[FillRow] = []
        self.setWindowTitle(self.tr("Isi kode dan nama dari nomenklatur"))
        self.resize(900, 560)
        self.codes = QCheckBox(self.tr("Isi kode yang kosong dari nama"), self)
        self.names = QCheckBox(self.tr("Isi pernyataan yang kosong dari kode"), self)
        for box in (self.codes, self.names):
            box.setChecked(True)
            box.toggled.connect(lambda _on: self.refresh())
        self.version = QLabel(self.tr("Nomenklatur: {v}").format(v=for_plan(plan).version), self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("fillPreview")
        self.table.setHorizontalHeaderLabels([self.tr("Simpul"), self.tr("Bidang"), self.tr("Sekarang"),
                                              self.tr("Menjadi"), self.tr("Alasan")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("fillSummary")
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Terapkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        options = QHBoxLayout()
        options.addWidget(self.codes)
        options.addWidget(self.names)
        options.addStretch(1)
        options.addWidget(self.version)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        self.batch, self.rows = fill_plan(self.plan, codes=self.codes.isChecked(),
                                          names=self.names.isChecked())
        rows = sorted(self.rows, key=lambda r: (not r.new, ))  # what changes first
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            node = self.plan.nodes[row.key]
            cells = [f"{row.level} · {node.statement[:60] or row.key}", FIELD_WORDS[row.field],
                     row.old or "—", row.new or self.tr("(tidak diisi)"), row.why]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 320))
        changes = sum(1 for r in self.rows if r.new)
        left = len(self.rows) - changes
        self.summary.setText(self.tr("{n} perubahan sebagai satu suntingan (dapat dibatalkan); "
                                     "{m} simpul tidak dapat diisi.").format(n=changes, m=left))
        self.apply_button.setText(self.tr("Terapkan {n} perubahan").format(n=changes))
        self.apply_button.setEnabled(self.batch is not None)


def fill_codes(document: Document, parent: QWidget | None = None) -> bool:
    """Show the preview for the document's plan; push the batch when the planner applies it."""
    dialog = FillCodesDialog(document.plan, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.batch is None:
        return False
    return document.push(dialog.batch)
