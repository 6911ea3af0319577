"""Revisi: save a named snapshot, and the list of snapshots kept in the plan file.

Snapshots are the "before" of an assistance session ("Sebelum asistensi 19
Mei 2023"). The list shows when and by whom each was taken and how big the
plan was, and offers what planners do with one: look at it (read-only),
compare it with the plan as it is now, or go back to it (one undoable edit).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.util.indonesian import format_date, format_int


def indonesian_datetime(iso: str) -> str:
    """'2026-05-19T08:30:00+00:00' -> '19 Mei 2026 15.30' in the computer's local time."""
    return format_date(iso, with_time=True)


def default_snapshot_name(now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"Revisi {format_date(now, with_time=True)}"


class SaveSnapshotDialog(QDialog):
    """Name, author and a note for a new snapshot."""

    def __init__(self, author: str = "", taken: set[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Simpan Snapshot"))
        self.setMinimumWidth(460)
        self.taken = taken or set()
        self.name = QLineEdit(default_snapshot_name(), self)
        self.name.setObjectName("snapshotName")
        self.name.selectAll()
        self.author = QLineEdit(author, self)
        self.author.setObjectName("snapshotAuthor")
        self.author.setPlaceholderText(self.tr("mis. Bapperida - Bidang Perencanaan"))
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(70)
        self.problem = QLabel("", self)
        self.problem.setStyleSheet("color: #C62828")
        form = QFormLayout()
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Penyusun"), self.author)
        form.addRow(self.tr("Catatan"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.problem.setText(self.tr("Nama snapshot wajib diisi."))
            return
        if "@" in name:
            self.problem.setText(self.tr("Nama snapshot tidak boleh memuat tanda '@'."))
            return
        if name in self.taken:
            self.problem.setText(self.tr("Snapshot dengan nama ini sudah ada."))
            return
        super().accept()

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.author.text().strip(), self.note.toPlainText().strip()


class SnapshotListDialog(QDialog):
    """The snapshots of a plan file, newest first, with what can be done with one."""

    open_requested = Signal(str)
    compare_requested = Signal(str)
    compare_pair_requested = Signal(str, str)  # older, newer
    restore_requested = Signal(str)
    delete_requested = Signal(str)

    COLUMNS = ("Nama", "Tanggal", "Penyusun", "Simpul", "Catatan")

    def __init__(self, snapshots: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daftar Snapshot"))
        self.resize(820, 380)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("snapshots")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Tanggal"), self.tr("Penyusun"), self.tr("Simpul"),
             self.tr("Catatan")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Pilih dua snapshot (Ctrl+klik) untuk membandingkan keduanya."))
        self.empty = QLabel(self.tr("Belum ada snapshot. Simpan satu lewat Revisi ▸ Simpan Snapshot…"),
                            self)
        self.open_button = QPushButton(self.tr("Buka (hanya-baca)"), self)
        self.compare_button = QPushButton(self.tr("Bandingkan dengan rencana saat ini"), self)
        self.restore_button = QPushButton(self.tr("Pulihkan"), self)
        self.delete_button = QPushButton(self.tr("Hapus"), self)
        close = QPushButton(self.tr("Tutup"), self)
        self.compare_button.clicked.connect(self._compare)
        for button, signal in (
            (self.open_button, self.open_requested),
            (self.restore_button, self.restore_requested),
            (self.delete_button, self.delete_requested),
        ):
            button.clicked.connect(lambda _c=False, s=signal: self._emit(s))
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self._emit(self.open_requested))
        buttons = QHBoxLayout()
        for b in (self.open_button, self.compare_button, self.restore_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_snapshots(snapshots)

    def set_snapshots(self, snapshots: list) -> None:
        """Show `snapshots` (SnapshotInfo, oldest first as the store gives them) newest first."""
        rows = list(reversed(snapshots))
        self.table.setRowCount(len(rows))
        for r, s in enumerate(rows):
            values = (s.name, indonesian_datetime(s.created), s.author, format_int(s.node_count),
                      s.note)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_names(self) -> list[str]:
        """Selected snapshot names, newest first (the table's order)."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).text() for r in rows]

    def selected_name(self) -> str | None:
        names = self.selected_names()
        return names[0] if len(names) == 1 else None

    def select_name(self, name: str, add: bool = False) -> None:
        from PySide6.QtCore import QItemSelectionModel

        flags = QItemSelectionModel.SelectionFlag.Rows | (
            QItemSelectionModel.SelectionFlag.Select if add
            else QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).text() == name:
                self.table.selectionModel().select(self.table.model().index(r, 0), flags)
                return

    def _update_buttons(self) -> None:
        names = self.selected_names()
        one = len(names) == 1
        for b in (self.open_button, self.restore_button, self.delete_button):
            b.setEnabled(one)
        self.compare_button.setEnabled(len(names) in (1, 2))
        self.compare_button.setText(
            self.tr("Bandingkan kedua snapshot") if len(names) == 2
            else self.tr("Bandingkan dengan rencana saat ini")
        )

    def _compare(self) -> None:
        names = self.selected_names()
        if len(names) == 1:
            self.compare_requested.emit(names[0])
        elif len(names) == 2:
            newer, older = names  # the table shows the newest first
            self.compare_pair_requested.emit(older, newer)

    def _emit(self, signal) -> None:
        name = self.selected_name()
        if name is not None:
            signal.emit(name)
