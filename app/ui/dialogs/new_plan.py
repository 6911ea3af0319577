"""Rencana Baru: the facts of a new plan, its level scheme, and where its file goes.

The scheme is chosen among the PermenPANRB default, the "kertas kerja"
Tematik scheme, or typed by the planner in the workbook's own notation
(names separated by `;`, `*` before the first OPD level), so a city's own
habit is one line of text rather than a settings screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model.levels import LevelScheme, SchemeError
from app.model.plan import DOC_TYPES, TINGKAT, Plan
from app.ui.file_dialogs import save_file

SCHEMES = ("Bawaan (PermenPANRB 89/2021)", "Tematik (kertas kerja)", "Sendiri")


class NewPlanDialog(QDialog):
    """Asks for name, government, tingkat, document type, period, scheme and file path."""

    def __init__(self, parent: QWidget | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rencana Baru"))
        self.setMinimumWidth(520)
        self._start_dir = start_dir or str(Path.home())
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("mis. RPD Kota Mojokerto 2024-2026"))
        self.government = QLineEdit(self)
        self.government.setObjectName("government")
        self.government.setPlaceholderText(self.tr("mis. Kota Mojokerto"))
        self.tingkat = QComboBox(self)
        self.tingkat.addItems(list(TINGKAT))
        self.doc_type = QComboBox(self)
        self.doc_type.addItems(list(DOC_TYPES))
        self.start_year = QSpinBox(self)
        self.start_year.setRange(2000, 2100)
        self.start_year.setValue(2025)
        self.end_year = QSpinBox(self)
        self.end_year.setRange(2000, 2100)
        self.end_year.setValue(2029)
        period = QHBoxLayout()
        period.addWidget(self.start_year)
        period.addWidget(QLabel(self.tr("s.d."), self))
        period.addWidget(self.end_year)
        self.scheme_choice = QComboBox(self)
        self.scheme_choice.setObjectName("schemeChoice")
        self.scheme_choice.addItems(list(SCHEMES))
        self.scheme_text = QLineEdit(self)
        self.scheme_text.setObjectName("schemeText")
        self.scheme_text.setText(LevelScheme.default().to_text())
        self.scheme_text.setToolTip(
            "Nama level dari atas ke bawah dipisah ';'. Tanda * di depan level OPD pertama."
        )
        self.scheme_choice.currentIndexChanged.connect(self._on_scheme_choice)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        browse = QPushButton(self.tr("Pilih…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.problem = QLabel("", self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #C62828")
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Nama rencana"), self.name)
        form.addRow(self.tr("Pemerintah daerah"), self.government)
        form.addRow(self.tr("Tingkat"), self.tingkat)
        form.addRow(self.tr("Jenis dokumen"), self.doc_type)
        form.addRow(self.tr("Periode"), period)
        form.addRow(self.tr("Skema level"), self.scheme_choice)
        form.addRow("", self.scheme_text)
        form.addRow(self.tr("Berkas"), path_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buat"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._on_scheme_choice(0)

    def _on_scheme_choice(self, index: int) -> None:
        if index == 0:
            self.scheme_text.setText(LevelScheme.default().to_text())
        elif index == 1:
            self.scheme_text.setText(LevelScheme.tematik().to_text())
        self.scheme_text.setReadOnly(index != 2)

    def _browse(self) -> None:
        suggested = (self.name.text().strip() or "rencana") + ".pokin"
        path = save_file(self, self.tr("Simpan rencana baru"),
                         str(Path(self._start_dir) / suggested), "Rencana Pokin (*.pokin)")
        if path:
            self.path_edit.setText(path)

    def scheme(self) -> LevelScheme:
        return LevelScheme.parse(self.scheme_text.text())

    def problems(self) -> list[str]:
        """Why the dialog cannot be accepted yet (Indonesian), empty when it can."""
        out = []
        if not self.name.text().strip():
            out.append("Nama rencana wajib diisi.")
        if not self.government.text().strip():
            out.append("Pemerintah daerah wajib diisi.")
        if self.start_year.value() > self.end_year.value():
            out.append("Tahun awal tidak boleh sesudah tahun akhir.")
        try:
            self.scheme()
        except SchemeError as exc:
            out.append(str(exc))
        if not self.path_edit.text().strip():
            out.append("Pilih tempat menyimpan berkas rencana.")
        elif Path(self.path()).exists():
            out.append(f"Berkas '{Path(self.path()).name}' sudah ada: pilih nama lain.")
        return out

    def suggested_path(self) -> str:
        """A file name from the plan's name, in the folder the editor last used."""
        name = self.name.text().strip() or "rencana"
        safe = "".join(c if c.isalnum() or c in " -_." else "-" for c in name).strip(" .")
        return str(Path(self._start_dir) / f"{safe or 'rencana'}.pokin")

    def accept(self) -> None:
        if not self.path_edit.text().strip() and self.name.text().strip():
            self.path_edit.setText(self.suggested_path())
        problems = self.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        super().accept()

    def path(self) -> str:
        text = self.path_edit.text().strip()
        return text if text.lower().endswith(".pokin") else text + ".pokin"

    def plan(self) -> Plan:
        """The empty plan these answers describe."""
        return Plan(
            self.name.text().strip(),
            self.government.text().strip(),
            self.tingkat.currentText(),
            self.doc_type.currentText(),
            self.start_year.value(),
            self.end_year.value(),
            self.scheme(),
        )
