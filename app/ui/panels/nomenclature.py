"""The nomenclature at the planner's hand, inside the inspector.

Typing a code shows its official name (or says the plan's list lacks it);
typing words finds codes (Enter or a double click takes the highlighted one as
the node's code); for a Sub Kegiatan with a listed code, the decree's standard
*kinerja*, *indikator* and *satuan* are shown, and Ctrl+K (or the button)
takes them: the statement becomes the standard result and the indicator is
added, as one undoable edit. Every change leaves as a command on
`command_ready`, like every other field of the inspector.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.commands import Batch, SetField
from app.model.nomenclature import Entry, for_plan
from app.model.plan import Indicator, Plan

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
TAKE_KEY = "Ctrl+K"
_KIND_WORDS = {"program": "Program", "kegiatan": "Kegiatan", "sub kegiatan": "Sub Kegiatan",
               "urusan": "Urusan", "bidang": "Bidang"}


class NomenclaturePanel(QWidget):
    """Official name of the typed code, search by words, and the standard of a sub kegiatan."""

    command_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.key: str | None = None
        self.editable = False
        self._code_edit: QLineEdit | None = None
        self.official = QLabel(self)
        self.official.setObjectName("officialName")
        self.official.setWordWrap(True)
        self.official.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.search = QLineEdit(self)
        self.search.setObjectName("nomenclatureSearch")
        self.search.setPlaceholderText(self.tr("Cari nomenklatur: kode atau kata…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("nomenclatureResults")
        self.results.setVisible(False)
        self.results.setFixedHeight(120)
        self.results.setWordWrap(True)
        self.standard = QFrame(self)
        self.standard.setObjectName("standardBox")
        self.standard.setFrameShape(QFrame.Shape.StyledPanel)
        self.standard_text = QLabel(self.standard)
        self.standard_text.setObjectName("standardText")
        self.standard_text.setWordWrap(True)
        self.take = QPushButton(self.tr("Ambil standar ({key})").format(key=TAKE_KEY), self.standard)
        self.take.setObjectName("takeStandard")
        box = QVBoxLayout(self.standard)
        box.setContentsMargins(6, 4, 6, 4)
        box.addWidget(self.standard_text)
        box.addWidget(self.take, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.official)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.standard)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.take_result)
        self.results.itemActivated.connect(lambda _i: self.take_result())
        self.take.clicked.connect(self.take_standard)
        shortcut = QShortcut(QKeySequence(TAKE_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.take_standard)
        self.shortcut = shortcut
        self._show(None)

    def watch(self, code_edit: QLineEdit) -> None:
        """Follow the inspector's code field as the planner types."""
        self._code_edit = code_edit
        code_edit.textEdited.connect(lambda text: self._show(text))

    def set_node(self, plan: Plan | None, key: str | None, editable: bool = True) -> None:
        self.plan, self.key, self.editable = plan, key, editable
        node = plan.get(key) if plan is not None else None
        self.setEnabled(node is not None)
        self.search.setReadOnly(not editable)
        self._show(node.code if node is not None else None)

    # --- showing ---------------------------------------------------------------------

    def _kind(self) -> str | None:
        node = self.plan.get(self.key) if self.plan is not None else None
        return self.plan.scheme.code_kind(node.level) if node is not None and self.plan else None

    def entry(self, code: str | None) -> Entry | None:
        if not code or self.plan is None:
            return None
        return for_plan(self.plan).lookup(code)

    def _show(self, code: str | None) -> None:
        code = (code or "").strip()
        entry = self.entry(code)
        kind = self._kind()
        if not code:
            self.official.setText(self.tr("Belum ada kode. Ketik kode, atau cari dengan kata di bawah."))
        elif entry is None:
            version = for_plan(self.plan).version if self.plan is not None else ""
            self.official.setText(self.tr("Kode {code} tidak ada dalam nomenklatur {version}.").format(
                code=code, version=version))
        else:
            word = _KIND_WORDS.get(entry.kind, entry.kind)
            warn = "" if kind in (None, entry.kind) else self.tr(" (kode {kind}, bukan untuk level ini)").format(
                kind=word.lower())
            self.official.setText(f"<b>{word} {entry.code}</b>{warn}<br>{_html(entry.name)}")
        standard = entry is not None and entry.kind == "sub kegiatan" and bool(entry.indikator or entry.kinerja)
        self.standard.setVisible(standard)
        self.take.setEnabled(standard and self.editable)
        if standard and entry is not None:
            self.standard_text.setText(
                self.tr("<b>Standar nomenklatur</b><br>Kinerja: {k}<br>Indikator: {i}<br>Satuan: {s}").format(
                    k=_html(entry.kinerja), i=_html(entry.indikator), s=_html(entry.satuan)))

    def _run_search(self) -> None:
        self.results.clear()
        text = self.search.text()
        if self.plan is None or not text.strip():
            self.results.setVisible(False)
            return
        hits = for_plan(self.plan).search(text, limit=30, kind=self._kind())
        for e in hits:
            item = QListWidgetItem(f"{e.code}  {e.name}")
            item.setData(CODE_ROLE, e.code)
            item.setToolTip(e.name)
            self.results.addItem(item)
        if not hits:
            self.results.addItem(self.tr("Tidak ditemukan."))
        else:
            self.results.setCurrentRow(0)
        self.results.setVisible(True)

    # --- taking --------------------------------------------------------------------

    def take_result(self) -> None:
        """The highlighted search result becomes the node's code."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._run_search()
        item = self.results.currentItem()
        code = item.data(CODE_ROLE) if item is not None else None
        if not code or not self.editable or self.plan is None or self.key not in self.plan:
            return
        code = _with_bidang(code, self.plan, self.key)
        if self.plan[self.key].code != code:
            self.command_ready.emit(SetField(self.key, "code", code, self.tr("Isi kode dari nomenklatur")))
        if self._code_edit is not None:
            self._code_edit.setText(code)
        self.results.setVisible(False)
        self.search.clear()
        self._show(code)

    def take_standard(self) -> None:
        """The standard kinerja as the statement, and its indicator added: one edit."""
        if not self.editable or self.plan is None or self.key not in self.plan or self.standard.isHidden():
            return
        node = self.plan[self.key]
        entry = self.entry(node.code)
        if entry is None or entry.kind != "sub kegiatan":
            return
        commands = []
        if entry.kinerja and node.statement != entry.kinerja:
            commands.append(SetField(self.key, "statement", entry.kinerja))
        if entry.indikator and all(i.name.casefold() != entry.indikator.casefold() for i in node.indicators):
            years = {}
            commands.append(SetField(self.key, "indicators", node.indicators + (
                Indicator(entry.indikator, "output", entry.satuan, targets=years),)))
        if commands:
            self.command_ready.emit(Batch(commands, self.tr("Ambil kinerja standar nomenklatur")))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _with_bidang(code: str, plan: Plan, key: str) -> str:
    """A support-program code found as X.XX.01... written with the bidang of the node's coded ancestor."""
    from app.model.nomenclature import localise

    for a in [key, *plan.ancestors(key)]:
        c = plan.nodes[a].code.strip()
        if c and not c.upper().startswith("X"):
            return localise(code, c)
    return code
