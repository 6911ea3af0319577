"""Ekspor PDF: paper, orientation, one page or tiles or sections, what to print, appendices.

The dialog shows how many pages the choice makes before anything is written
(`plan_pages` is cheap), because "how many A3 sheets is this?" is the first
question in an office with one printer. The branch and OPD default to what
the planner is looking at: the selected node and the window's OPD filter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export.paper import PAPERS
from app.export.pdf import OptionError, PdfOptions, PdfResult, Signature, export_pdf, plan_pages
from app.model.plan import Plan

MODES = (
    ("Ubin 100% (beberapa halaman)", "tile", "sasaran"),
    ("Satu halaman (diperkecil)", "fit", "sasaran"),
    ("Satu bagian per Sasaran", "section", "sasaran"),
    ("Satu bagian per Perangkat Daerah", "section", "opd"),
)


class ExportPdfDialog(QDialog):
    """Options, a page count, and the export itself (with a progress bar)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, selected: str | None = None,
                 opd: str | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.notify = None  # set by the window: (title, text) -> None
        self.result_info: PdfResult | None = None
        self.setWindowTitle(self.tr("Ekspor PDF"))
        self.setMinimumWidth(520)
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItems(list(PAPERS))
        self.paper.setCurrentText("A3")
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Lanskap"), True)
        self.orientation.addItem(self.tr("Potret"), False)
        self.mode = QComboBox(self)
        self.mode.setObjectName("mode")
        for text, _m, _s in MODES:
            self.mode.addItem(self.tr(text))
        self.scope = QComboBox(self)
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("Seluruh pohon"), None)
        if selected is not None and selected in plan:
            short = plan[selected].statement[:60] or selected
            self.scope.addItem(self.tr("Cabang terpilih: {s}").format(s=short), selected)
        self.opd = QComboBox(self)
        self.opd.setObjectName("opd")
        self.opd.addItem(self.tr("Semua Perangkat Daerah"), None)
        for name in sorted(plan.opds(), key=str.casefold):
            self.opd.addItem(name, name)
        if opd:
            self.opd.setCurrentIndex(max(self.opd.findData(opd), 0))
        self.findings = QCheckBox(self.tr("Lampirkan daftar temuan"), self)
        self.crosscut = QCheckBox(self.tr("Lampirkan matriks crosscutting"), self)
        self.signature = QLineEdit(self)
        self.signature.setObjectName("signature")
        self.signature.setPlaceholderText(self.tr("Nama;Jabatan;NIP (kosongkan bila tanpa pengesahan)"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.path_edit.setText(str(Path.home() / f"{plan.name or 'pohon-kinerja'}.pdf"))
        browse = QPushButton(self.tr("Pilih…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.pages_label = QLabel("", self)
        self.pages_label.setObjectName("pages")
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.export_button = QPushButton(self.tr("Ekspor"), self)
        self.export_button.setDefault(True)
        cancel = QPushButton(self.tr("Batal"), self)
        self.export_button.clicked.connect(self._export_clicked)
        cancel.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Orientasi"), self.orientation)
        form.addRow(self.tr("Tata letak"), self.mode)
        form.addRow(self.tr("Cakupan"), self.scope)
        form.addRow(self.tr("Perangkat Daerah"), self.opd)
        form.addRow("", self.findings)
        form.addRow("", self.crosscut)
        form.addRow(self.tr("Pengesahan"), self.signature)
        form.addRow(self.tr("Berkas"), path_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(200)
        self._count_timer.timeout.connect(self.update_page_count)
        for combo in (self.paper, self.orientation, self.mode, self.scope, self.opd):
            combo.currentIndexChanged.connect(lambda _i: self._count_timer.start())
        self.update_page_count()

    def options(self) -> PdfOptions:
        _text, mode, section_by = MODES[self.mode.currentIndex()]
        signature = None
        if self.signature.text().strip():
            signature = Signature.parse(self.signature.text())
        return PdfOptions(
            paper=self.paper.currentText(),
            landscape=bool(self.orientation.currentData()),
            mode=mode,
            section_by=section_by,
            root=self.scope.currentData(),
            opd=self.opd.currentData(),
            findings=self.findings.isChecked(),
            crosscut=self.crosscut.isChecked(),
            signature=signature,
        )

    def update_page_count(self) -> int:
        """Show (and return) how many pages of tree the options make; -1 when they cannot."""
        try:
            n = len(plan_pages(self.plan, self.options()))
        except OptionError as exc:
            self.pages_label.setText(str(exc))
            self.export_button.setEnabled(False)
            return -1
        self.pages_label.setText(self.tr("{n} halaman").format(n=n))
        self.export_button.setEnabled(True)
        return n

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor PDF"), self.path_edit.text(),
                                              "PDF (*.pdf)")
        if path:
            self.path_edit.setText(path)

    def _export_clicked(self) -> None:
        if self.export_to(Path(self.path_edit.text().strip())) is not None:
            self.accept()

    def export_to(self, path: Path) -> PdfResult | None:
        """Write the PDF at `path`; None (and a message) when it cannot be made."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.progress.show()
        self.progress.setValue(0)

        def progress(done: int, total: int) -> None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
            QApplication.processEvents()

        try:
            self.result_info = export_pdf(self.plan, path, self.options(), progress)
        except (OptionError, OSError, ValueError) as exc:
            self.progress.hide()
            if self.notify is not None:
                self.notify(self.tr("Ekspor PDF gagal"), str(exc))
            else:
                self.pages_label.setText(str(exc))
            return None
        self.progress.hide()
        return self.result_info
