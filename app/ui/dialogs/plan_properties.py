"""Properti Rencana: the plan's own facts, edited as ONE undoable command.

Every changed fact becomes a `SetPlanField` (the period through `set_period`,
so that start and end move together), gathered in one `Batch`: the planner
undoes "Ubah properti rencana" in one step whatever they changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.model.commands import Batch, Command, SetPlanField, set_period
from app.model.levels import LevelScheme, SchemeError
from app.model.plan import DOC_TYPES, TINGKAT, Plan


class PlanPropertiesDialog(QDialog):
    """Shows the plan's facts; `command()` is the edit (None when nothing changed)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Properti Rencana"))
        self.setMinimumWidth(520)
        self.name = QLineEdit(plan.name, self)
        self.name.setObjectName("name")
        self.government = QLineEdit(plan.government, self)
        self.government.setObjectName("government")
        self.tingkat = QComboBox(self)
        self.tingkat.addItems(list(TINGKAT))
        self.tingkat.setCurrentText(plan.tingkat)
        self.doc_type = QComboBox(self)
        self.doc_type.addItems(list(DOC_TYPES))
        self.doc_type.setCurrentText(plan.doc_type)
        self.start_year = QSpinBox(self)
        self.start_year.setObjectName("startYear")
        self.start_year.setRange(2000, 2100)
        self.start_year.setValue(plan.start_year)
        self.end_year = QSpinBox(self)
        self.end_year.setObjectName("endYear")
        self.end_year.setRange(2000, 2100)
        self.end_year.setValue(plan.end_year)
        period = QHBoxLayout()
        period.addWidget(self.start_year)
        period.addWidget(QLabel(self.tr("s.d."), self))
        period.addWidget(self.end_year)
        self.scheme_text = QLineEdit(plan.scheme.to_text(), self)
        self.scheme_text.setObjectName("schemeText")
        self.scheme_text.setToolTip(
            "Nama level dari atas ke bawah dipisah ';'. Tanda * di depan level OPD pertama."
        )
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
        form.addRow(self.tr("Skema level"), self.scheme_text)
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

    def problems(self) -> list[str]:
        out = []
        if not self.name.text().strip():
            out.append("Nama rencana wajib diisi.")
        if self.start_year.value() > self.end_year.value():
            out.append("Tahun awal tidak boleh sesudah tahun akhir.")
        try:
            scheme = LevelScheme.parse(self.scheme_text.text())
        except SchemeError as exc:
            out.append(str(exc))
        else:
            unknown = sorted(
                {n.level for n in self.plan.nodes.values() if scheme.index(n.level) < 0}
            )
            if unknown and scheme != self.plan.scheme:
                out.append("Level yang dipakai simpul tidak ada di skema: " + ", ".join(unknown))
        return out

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problem.setText("\n".join(problems))
            return
        super().accept()

    def command(self) -> Command | None:
        """One batch with every changed fact, or None when nothing changed."""
        plan = self.plan
        parts: list[Command] = []
        for field, value in (
            ("name", self.name.text().strip()),
            ("government", self.government.text().strip()),
            ("tingkat", self.tingkat.currentText()),
            ("doc_type", self.doc_type.currentText()),
        ):
            if getattr(plan, field) != value:
                parts.append(SetPlanField(field, value))
        start, end = self.start_year.value(), self.end_year.value()
        if (start, end) != (plan.start_year, plan.end_year):
            parts.append(set_period(start, end))
        scheme = LevelScheme.parse(self.scheme_text.text())
        if scheme != plan.scheme:
            parts.append(SetPlanField("scheme", scheme, "Ubah skema level"))
        if not parts:
            return None
        return Batch(parts, "Ubah properti rencana")
