"""Matriks Crosscutting: rows are the shared items, columns the OPDs, cells what each contributes.

This is the matrix evaluators ask for under LKE criterion 1.b.9. A cell shows
✓ and how many of the OPD's nodes take part; clicking it selects that node on
the canvas, and "Sorot di kanvas" marks every crosscutting node at once.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.plan import Plan

KEYS_ROLE = Qt.ItemDataRole.UserRole + 1
HEADER_LINE = 16  # characters per line of an OPD's name in a column header


def header_label(opd: str) -> str:
    """An OPD's whole name in a few short lines, so that a narrow column never cuts it."""
    return "\n".join(textwrap.wrap(opd, HEADER_LINE, break_long_words=False)) or opd


def matrix_rows(plan: Plan, crosscuts: list) -> tuple[list[str], list[tuple[str, dict[str, list[str]]]]]:
    """(OPD columns, rows of (title, {opd: contributing node keys})) for the given crosscutting."""
    columns: dict[str, None] = {}
    rows = []
    for c in crosscuts:
        for o in c.opds:
            columns.setdefault(o, None)
        keys = [k for k in ([c.node] if c.node else []) + list(c.nodes) if k and k in plan]
        keys = list(dict.fromkeys(keys))
        cells: dict[str, list[str]] = {o: [] for o in c.opds}
        for k in keys:
            for o in plan[k].opds:
                if o in cells:
                    cells[o].append(k)
        if c.kind == "shared-program":
            title = f"{c.code} {c.name}".strip() or "Program bersama"
        else:
            node = plan.get(c.node)
            title = node.statement if node is not None else str(c.node)
        rows.append((title, cells))
    return list(columns), rows


class CrosscutMatrixDialog(QDialog):
    """The matrix; `node_activated(key)` on a cell click, `highlight_requested(marks)` for the canvas."""

    node_activated = Signal(str)
    highlight_requested = Signal(dict)

    def __init__(self, plan: Plan, crosscuts: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Matriks Crosscutting"))
        self.resize(900, 480)
        self.plan = plan
        self.crosscuts = list(crosscuts)
        columns, rows = matrix_rows(plan, self.crosscuts)
        self.table = QTableWidget(len(rows), len(columns) + 1, self)
        self.table.setObjectName("matrix")
        self.table.setHorizontalHeaderLabels([self.tr("Butir bersama"),
                                              *map(header_label, columns)])
        for c, opd in enumerate(columns, 1):
            self.table.horizontalHeaderItem(c).setToolTip(opd)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for r, (title, cells) in enumerate(rows):
            head = QTableWidgetItem(title)
            head.setToolTip(title)
            head.setData(KEYS_ROLE, [k for ks in cells.values() for k in ks])
            self.table.setItem(r, 0, head)
            for c, opd in enumerate(columns, 1):
                keys = cells.get(opd)
                if keys is None:
                    continue
                text = "✓" if len(keys) <= 1 else f"✓ {len(keys)}"
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(KEYS_ROLE, keys)
                item.setToolTip("\n".join(plan[k].statement for k in keys) or opd)
                self.table.setItem(r, c, item)
        self.table.setColumnWidth(0, 320)
        metrics = self.table.horizontalHeader().fontMetrics()
        for c, opd in enumerate(columns, 1):
            widest = max((metrics.horizontalAdvance(line) for line in header_label(opd).split("\n")),
                         default=40)
            self.table.setColumnWidth(c, max(70, widest + 16))
        self.table.resizeRowsToContents()  # a shared item's whole name, wrapped
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(screen.width() - 40, 320 + 40 + sum(
                self.table.columnWidth(c) for c in range(1, len(columns) + 1))),
                min(screen.height() - 60, 620))
        self.table.cellClicked.connect(self._on_cell)
        self.highlight = QPushButton(self.tr("Sorot di kanvas"), self)
        self.highlight.clicked.connect(self.highlight_all)
        self.clear = QPushButton(self.tr("Hapus sorotan"), self)
        self.clear.clicked.connect(lambda: self.highlight_requested.emit({}))
        close = QPushButton(self.tr("Tutup"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.highlight)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(QLabel(self.tr("Tidak ada crosscutting yang ditemukan di rencana ini."), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def marks(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for c in self.crosscuts:
            for k in ([c.node] if c.node else []) + list(c.nodes):
                if k and k in self.plan:
                    out[k] = "crosscut"
        return out

    def highlight_all(self) -> None:
        self.highlight_requested.emit(self.marks())

    def _on_cell(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        keys = item.data(KEYS_ROLE) if item is not None else None
        if keys:
            self.node_activated.emit(keys[0])
