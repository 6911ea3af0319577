"""The review notes panel ("Catatan"): notes taken on nodes during an assistance session.

The list can be narrowed to one OPD and to open or resolved notes, which is
how a session is run: one head of OPD at a time, open points first. Adding,
editing and resolving a note are `PutReview` commands (undoable, written to
the plan file at once); "Notulen (PDF)…" asks the window for the minutes.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.changes import ChangeSet
from app.model.commands import DropReview, PutReview
from app.model.plan import Plan, ReviewNote

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_FILTERS = (("Semua status", None), ("Terbuka", "open"), ("Selesai", "resolved"))


def filtered_notes(plan: Plan, opd: str | None, status: str | None) -> list[ReviewNote]:
    """Notes on nodes of `opd` (None: all) with `status` (None: all), in tree order then date."""
    if not plan.reviews:
        return []
    order = {k: i for i, k in enumerate(plan.walk())}
    out = []
    for note in plan.reviews.values():
        if status is not None and note.status != status:
            continue
        node = plan.get(note.node)
        if opd is not None and (node is None or opd not in node.opds):
            continue
        out.append(note)
    out.sort(key=lambda n: (order.get(n.node, len(order)), n.date, n.id))
    return out


class NotesPanel(QWidget):
    """Filters, the list of notes, and an editor for the chosen note or a new one."""

    command_ready = Signal(object)
    node_activated = Signal(str)
    minutes_requested = Signal()
    error = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.node_key: str | None = None  # the node selected in the window
        self.fixed_author = ""  # a team plan's login: every new note is by it, and stays so
        self.opd_filter = QComboBox(self)
        self.opd_filter.setObjectName("notesOpd")
        # long OPD names must not widen the whole dock
        self.opd_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.opd_filter.setMinimumContentsLength(12)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("notesStatus")
        for text, value in STATUS_FILTERS:
            self.status_filter.addItem(self.tr(text), value)
        self.opd_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list = QTreeWidget(self)
        self.list.setObjectName("notes")
        self.list.setHeaderLabels([self.tr("Catatan"), self.tr("Status"), self.tr("Simpul")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setColumnWidth(0, 170)
        self.list.setColumnWidth(1, 60)
        self.list.currentItemChanged.connect(self._on_current)
        self.target = QLabel("", self)
        self.target.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("noteText")
        self.text.setFixedHeight(60)
        self.text.setPlaceholderText(self.tr("Isi catatan reviu"))
        self.author = QLineEdit(self)
        self.author.setObjectName("noteAuthor")
        self.decision = QLineEdit(self)
        self.decision.setObjectName("noteDecision")
        self.resolved = QCheckBox(self.tr("Selesai"), self)
        self.add_button = QPushButton(self.tr("Catatan Baru"), self)
        self.save_button = QPushButton(self.tr("Simpan Catatan"), self)
        self.delete_button = QPushButton(self.tr("Hapus"), self)
        self.minutes_button = QPushButton(self.tr("Notulen (PDF)…"), self)
        self.add_button.setToolTip(self.tr("Tambah catatan pada simpul terpilih"))
        self.add_button.clicked.connect(self.add_note)
        self.save_button.clicked.connect(self.save_note)
        self.delete_button.clicked.connect(self.delete_note)
        self.minutes_button.clicked.connect(self.minutes_requested)
        self.resolved.toggled.connect(self._on_resolved_toggled)
        filters = QHBoxLayout()
        filters.addWidget(self.opd_filter, 2)
        filters.addWidget(self.status_filter, 1)
        form = QFormLayout()
        form.addRow(self.tr("Catatan"), self.text)
        form.addRow(self.tr("Penyusun"), self.author)
        form.addRow(self.tr("Keputusan"), self.decision)
        form.addRow("", self.resolved)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.target)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.minutes_button)
        self._loading = False
        self.set_plan(None)

    # --- showing ------------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.node_key = None
        self._fill_opds()
        self.refresh()

    def set_author(self, login: str) -> None:
        """On a team plan notes are by the login (the server holds it to that): shown, not typed.
        "" gives the field back to the planner (a plan file)."""
        self.fixed_author = login
        self.author.setReadOnly(bool(login))
        self.author.setToolTip(self.tr("Penyusun catatan adalah login Anda di rencana tim.")
                               if login else "")
        if login and self.current_note() is None:
            self.author.setText(login)

    def set_node(self, key: str | None) -> None:
        """The node selected in the window: new notes go on it."""
        self.node_key = key
        self._update_target()

    def apply(self, changes: ChangeSet) -> None:
        """Refresh only when notes, or nodes that carry notes, changed (cheap on big plans)."""
        if self.plan is None:
            return
        noted = {n.node for n in self.plan.reviews.values()}
        touched = changes.added | changes.removed | changes.moved | set(changes.changed)
        if changes.reviews or noted & touched or (noted and changes.structural):
            self.refresh()

    def _fill_opds(self, opds: list[str] | None = None) -> None:
        """The OPD filter's choices: `opds` (sorted) or the plan's own."""
        if opds is None:
            opds = sorted(self.plan.opds(), key=str.casefold) if self.plan is not None else []
        current = self.opd_filter.currentData()
        self.opd_filter.blockSignals(True)
        self.opd_filter.clear()
        self.opd_filter.addItem(self.tr("Semua Perangkat Daerah"), None)
        for opd in opds:
            self.opd_filter.addItem(opd, opd)
        index = self.opd_filter.findData(current) if current else 0
        self.opd_filter.setCurrentIndex(max(index, 0))
        self.opd_filter.blockSignals(False)

    def set_opd_choices(self, opds: list[str]) -> None:
        """The window found the OPDs changed: offer `opds` (sorted) in the filter."""
        self._fill_opds(opds)
        self.refresh()

    def set_filters(self, opd: str | None, status: str | None) -> None:
        self.opd_filter.setCurrentIndex(max(self.opd_filter.findData(opd), 0) if opd else 0)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0)
                                           if status else 0)
        self.refresh()

    def filters(self) -> tuple[str | None, str | None]:
        return self.opd_filter.currentData(), self.status_filter.currentData()

    def refresh(self) -> None:
        chosen = self.current_note_id()
        self.list.blockSignals(True)
        self.list.clear()
        plan = self.plan
        if plan is not None:
            opd, status = self.filters()
            for note in filtered_notes(plan, opd, status):
                node = plan.get(note.node)
                item = QTreeWidgetItem([
                    note.text.replace("\n", " "),
                    self.tr("Selesai") if note.status == "resolved" else self.tr("Terbuka"),
                    node.statement if node is not None else note.node,
                ])
                item.setData(0, ID_ROLE, note.id)
                item.setData(0, NODE_ROLE, note.node)
                item.setToolTip(0, f"{note.author} · {note.date[:16]}\n{note.text}")
                self.list.addTopLevelItem(item)
                if note.id == chosen:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._load(self.current_note())

    def visible_note_ids(self) -> list[str]:
        return [self.list.topLevelItem(i).data(0, ID_ROLE) for i in range(self.list.topLevelItemCount())]

    def current_note_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def current_note(self) -> ReviewNote | None:
        note_id = self.current_note_id()
        return self.plan.reviews.get(note_id) if self.plan is not None and note_id else None

    def select_note(self, note_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, ID_ROLE) == note_id:
                self.list.setCurrentItem(item)
                return

    def _on_current(self, item: QTreeWidgetItem | None, _prev: object) -> None:
        self._load(self.current_note())
        if item is not None:
            self.node_activated.emit(item.data(0, NODE_ROLE))

    def _load(self, note: ReviewNote | None) -> None:
        self._loading = True
        try:
            self.text.setPlainText(note.text if note else "")
            if note is not None:
                self.author.setText(note.author)
            elif self.fixed_author:
                self.author.setText(self.fixed_author)
            self.decision.setText(note.decision if note else "")
            self.resolved.setChecked(bool(note and note.status == "resolved"))
            self.save_button.setEnabled(note is not None)
            self.delete_button.setEnabled(note is not None)
        finally:
            self._loading = False
        self._update_target()

    def _update_target(self) -> None:
        plan, key = self.plan, self.node_key
        node = plan.get(key) if plan is not None else None
        self.add_button.setEnabled(node is not None)
        self.target.setText(
            self.tr("Simpul terpilih: {s}").format(s=node.statement or key) if node else
            self.tr("Pilih simpul untuk menambah catatan.")
        )

    # --- editing --------------------------------------------------------------------

    def add_note(self) -> None:
        """A new note on the selected node, from the text typed (or an empty one to fill in)."""
        plan, key = self.plan, self.node_key
        if plan is None or key is None or key not in plan:
            self.error.emit(self.tr("Pilih simpul untuk menambah catatan."))
            return
        text = self.text.toPlainText().strip() if self.current_note() is None else ""
        note = ReviewNote(
            id=uuid.uuid4().hex[:12],
            node=key,
            text=text or self.tr("Catatan baru"),
            author=self.fixed_author or self.author.text().strip(),
            date=datetime.now().astimezone().isoformat(timespec="seconds"),
            status="resolved" if self.resolved.isChecked() and text else "open",
            decision=self.decision.text().strip() if text else "",
        )
        self.command_ready.emit(PutReview(note))
        self.refresh()
        self.select_note(note.id)
        self.text.setFocus()
        self.text.selectAll()

    def save_note(self) -> None:
        note = self.current_note()
        if note is None:
            return
        new = replace(
            note,
            text=self.text.toPlainText().strip(),
            author=note.author if self.fixed_author else self.author.text().strip(),
            decision=self.decision.text().strip(),
            status="resolved" if self.resolved.isChecked() else "open",
        )
        if new != note:
            self.command_ready.emit(PutReview(new))

    def _on_resolved_toggled(self, _checked: bool) -> None:
        if not self._loading and self.current_note() is not None:
            self.save_note()

    def delete_note(self) -> None:
        note_id = self.current_note_id()
        if note_id is not None:
            self.command_ready.emit(DropReview(note_id))
