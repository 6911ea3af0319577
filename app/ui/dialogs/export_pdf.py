"""Ekspor PDF: paper, orientation, booklet or one page or tiles, sections, depth, appendices.

The dialog shows how many pages the choice makes, and how the tree is cut
into them, before anything is written, because "how many A3 sheets is this?"
is the first question in an office with one printer. The pages are planned by
the engine itself (`plan_pages`, exactly what the export then draws) on a
worker thread a moment after the last change, so typing and clicking stay
smooth on a 5,000-node plan. The branch and OPD default to what the planner is
looking at: the selected node and the window's OPD filter.

Writing runs on the UI thread with a progress bar; the engine calls back after
every page, and "Hentikan" makes that call raise, which the engine answers by
deleting its temporary file: a stopped export leaves nothing behind.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.exchange.oserrors import why
from app.export.pages import build_pages
from app.export.paper import PAPERS
from app.export.pdf import OptionError, PdfOptions, PdfResult, Signature, export_pdf
from app.export.print_card import PaperCards
from app.model.plan import Plan
from app.ui.file_dialogs import save_file, with_suffix
from app.util.gc_pause import paused_gc

from .page_grid import PagePreview, PreviewData, preview_data

MODES = (
    ("Buku lampiran (sesedikit mungkin halaman, tetap terbaca)", "booklet"),
    ("Satu halaman (ikhtisar; satu per bagian)", "fit"),
    ("Ubin 100% (lembar poster)", "tile"),
)
SECTIONS = (
    ("Tanpa pembagian", None),
    ("Satu bagian per Sasaran", "sasaran"),
    ("Satu bagian per Perangkat Daerah", "opd"),
)
COUNT_DELAY_MS = 200  # wait for the planner to stop clicking before planning the pages


def _colours(cards: PaperCards | None):
    """A card's strip colour by key, for the preview (None: the preview's own grey)."""
    if cards is None:
        return None
    return lambda key: cards.get(key).colour


class ExportCancelled(Exception):
    """Raised from the progress callback when the planner stops the export."""


class _CountSignals(QObject):
    """Carries a page plan from the counting thread to the dialog (queued to the UI thread)."""

    done = Signal(int, object)  # generation, PreviewData | str (an Indonesian message)


class ExportPdfDialog(QDialog):
    """Options, a live page count with a preview of the page grid, and the export itself."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, selected: str | None = None,
                 opd: str | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.notify = None  # set by the window: (title, text) -> None
        self.result_info: PdfResult | None = None
        self.page_count: int | None = None  # None while counting, -1 when the options fail
        self.preview_info: PreviewData | None = None
        self.exporting = False
        self._cancel_requested = False
        self._cards: PaperCards | None = None  # the last count's cards, reused while they fit
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._dirty = False
        self._signals = _CountSignals(self)
        self._signals.done.connect(self._count_done)
        self.setWindowTitle(self.tr("Ekspor PDF"))
        self.setMinimumSize(880, 560)
        self._build_widgets(selected, opd)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._start_count)
        for combo in (self.paper, self.orientation, self.mode, self.sections, self.depth,
                      self.scope, self.opd):
            combo.currentIndexChanged.connect(self._options_changed)
        for box in (self.findings, self.crosscut, self.page_map, self.stack_leaves,
                    self.contents, self.signature_box):
            box.toggled.connect(self._options_changed)
        self.overlap.valueChanged.connect(self._options_changed)
        self.signer.textChanged.connect(self._options_changed)
        self._options_changed()
        self._start_count()

    # --- widgets ------------------------------------------------------------------

    def _build_widgets(self, selected: str | None, opd: str | None) -> None:
        plan = self.plan
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItems(list(PAPERS))
        self.paper.setItemData(self.paper.findText("F4"), self.tr("Folio, 215 × 330 mm"),
                               Qt.ItemDataRole.ToolTipRole)
        self.paper.setCurrentText("A3")
        self.orientation = QComboBox(self)
        self.orientation.setObjectName("orientation")
        self.orientation.addItem(self.tr("Lanskap"), True)
        self.orientation.addItem(self.tr("Potret"), False)
        self.mode = QComboBox(self)
        self.mode.setObjectName("mode")
        for text, _m in MODES:
            self.mode.addItem(self.tr(text))
        self.sections = QComboBox(self)
        self.sections.setObjectName("sections")
        for text, by in SECTIONS:
            self.sections.addItem(self.tr(text), by)
        self.depth = QComboBox(self)
        self.depth.setObjectName("depth")
        self.depth.addItem(self.tr("Semua level"), None)
        for i, name in enumerate(plan.scheme.names[:-1]):
            self.depth.addItem(self.tr("Sampai {level}").format(level=name), i + 1)
        self.depth.setToolTip(self.tr(
            "Gambar berhenti di level ini; cabang di bawahnya menyusul di halaman berikutnya, "
            "dan tiap kartu menyebut halamannya."))
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
        self.opd.setMaximumWidth(360)
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setObjectName("overlap")
        self.overlap.setRange(0.0, 50.0)
        self.overlap.setDecimals(0)
        self.overlap.setSingleStep(5.0)
        self.overlap.setSuffix(" mm")
        self.overlap.setToolTip(self.tr(
            "Untuk poster: tiap lembar mengulang sebagian lembar tetangganya, dengan tanda potong."))
        self.page_map = QCheckBox(self.tr("Peta halaman di depan"), self)
        self.page_map.setObjectName("page_map")
        self.page_map.setChecked(True)
        self.stack_leaves = QCheckBox(self.tr("Sub kegiatan bersusun ke bawah (lebih sedikit "
                                              "halaman)"), self)
        self.stack_leaves.setObjectName("stack_leaves")
        self.stack_leaves.setChecked(True)
        self.contents = QCheckBox(self.tr("Daftar isi dan indeks perangkat daerah"), self)
        self.contents.setObjectName("contents")
        self.contents.setChecked(True)
        self.findings = QCheckBox(self.tr("Lampirkan daftar temuan (dan tanda temuan di kartu)"),
                                  self)
        self.findings.setObjectName("findings")
        self.crosscut = QCheckBox(self.tr("Lampirkan matriks crosscutting"), self)
        self.crosscut.setObjectName("crosscut")

        self.signature_box = QGroupBox(self.tr("Lembar pengesahan"), self)
        self.signature_box.setObjectName("signature")
        self.signature_box.setCheckable(True)
        self.signature_box.setChecked(False)
        self.signer = QLineEdit(self)
        self.signer.setObjectName("signer")
        self.signer.setPlaceholderText(self.tr("nama penanda tangan"))
        self.position = QLineEdit(self)
        self.position.setObjectName("position")
        self.position.setPlaceholderText(self.tr("mis. Wali Kota Uji"))
        self.nip = QLineEdit(self)
        self.nip.setObjectName("nip")
        self.place = QLineEdit(self)
        self.place.setObjectName("place")
        self.place.setPlaceholderText(self.tr("bawaan: nama daerah"))
        sig_form = QFormLayout(self.signature_box)
        sig_form.addRow(self.tr("Nama"), self.signer)
        sig_form.addRow(self.tr("Jabatan"), self.position)
        sig_form.addRow(self.tr("NIP"), self.nip)
        sig_form.addRow(self.tr("Tempat"), self.place)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("path")
        self.path_edit.setText(str(Path.home() / f"{plan.name or 'pohon-kinerja'}.pdf"))
        self.browse_button = QPushButton(self.tr("Pilih…"), self)
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.pages_label = QLabel("", self)
        self.pages_label.setObjectName("pages")
        self.pages_label.setWordWrap(True)
        self.preview = PagePreview(self)
        self.preview.setObjectName("preview")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setFormat(self.tr("halaman %v dari %m"))
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("Hentikan"), self)
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.request_cancel)
        self.stop_button.hide()
        self.export_button = QPushButton(self.tr("Ekspor"), self)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Batal"), self)
        self.export_button.clicked.connect(self._export_clicked)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Orientasi"), self.orientation)
        form.addRow(self.tr("Tata letak"), self.mode)
        form.addRow(self.tr("Bagian"), self.sections)
        form.addRow(self.tr("Level"), self.depth)
        form.addRow(self.tr("Cakupan"), self.scope)
        form.addRow(self.tr("Perangkat Daerah"), self.opd)
        form.addRow(self.tr("Tumpang tindih"), self.overlap)
        form.addRow("", self.page_map)
        form.addRow("", self.contents)
        form.addRow("", self.stack_leaves)
        form.addRow("", self.findings)
        form.addRow("", self.crosscut)
        self.options_panel = QWidget(self)
        self.options_panel.setMaximumWidth(500)
        left = QVBoxLayout(self.options_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.signature_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Pratinjau pembagian halaman</b>"), self))
        right.addWidget(self.preview, 1)
        top = QHBoxLayout()
        top.addWidget(self.options_panel, 0)
        top.addLayout(right, 1)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Berkas"), self))
        file_row.addLayout(path_row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label, 1)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(file_row)
        layout.addLayout(buttons)

    # --- options ------------------------------------------------------------------

    def options(self) -> PdfOptions:
        """The engine's options as the widgets say; OptionError when the signature lacks a name."""
        mode = MODES[self.mode.currentIndex()][1]
        signature = None
        if self.signature_box.isChecked():
            name = self.signer.text().strip()
            if not name:
                raise OptionError("Lembar pengesahan perlu nama penanda tangan.")
            signature = Signature(name, self.position.text().strip(), self.nip.text().strip(),
                                  self.place.text().strip())
        return PdfOptions(
            paper=self.paper.currentText(),
            landscape=bool(self.orientation.currentData()),
            mode=mode,
            section_by=self.sections.currentData(),
            depth=self.depth.currentData() if mode != "tile" else None,
            contents=self.contents.isChecked() if mode != "tile" else None,
            root=self.scope.currentData(),
            opd=self.opd.currentData(),
            findings=self.findings.isChecked(),
            crosscut=self.crosscut.isChecked(),
            signature=signature,
            overlap_mm=self.overlap.value() if mode == "tile" else 0.0,
            page_map=self.page_map.isChecked(),
            stack_leaves=self.stack_leaves.isChecked(),
        )

    def _options_changed(self, *_args: object) -> None:
        mode = MODES[self.mode.currentIndex()][1]
        self.overlap.setEnabled(mode == "tile")
        self.page_map.setEnabled(mode == "tile")
        self.depth.setEnabled(mode != "tile")
        self.contents.setEnabled(mode != "tile")
        self.page_count = None
        self.export_button.setEnabled(False)
        self.pages_label.setText(self.tr("menghitung halaman…"))
        self._count_timer.start()

    # --- page count off the UI thread ----------------------------------------------

    def _start_count(self) -> None:
        """Plan the pages on a worker thread (one at a time; a later change restarts it)."""
        self._count_timer.stop()
        if self._thread is not None and self._thread.is_alive():
            self._dirty = True  # counted again as soon as the running count reports
            return
        self._dirty = False
        self._generation += 1
        try:
            options = self.options()
            options.check()
        except OptionError as exc:
            self._show_count(str(exc))
            return
        self.preview.set_busy(self.tr("menghitung halaman…"))
        self._thread = threading.Thread(target=self._count_worker,
                                        args=(self._generation, options),
                                        name="pokin-pdf-count", daemon=True)
        self._thread.start()

    def _count_worker(self, generation: int, options: PdfOptions) -> None:
        # Planning thousands of pages allocates hundreds of thousands of objects; the cyclic
        # garbage collector's passes over them hold the interpreter lock for up to 300 ms on
        # 5,000 nodes and freeze the UI thread. Nothing here makes cycles: pause it meanwhile.
        with paused_gc():
            try:
                layout = build_pages(self.plan, options, self._cards)
                self._cards = layout.cards
                result: object = preview_data(layout.pages, options.layout,
                                              bool(options.sections), _colours(layout.cards))
                # Freed now, by reference counts: once the collector runs again it would
                # otherwise walk the pages' objects, holding the lock the UI thread needs.
                del layout
            except OptionError as exc:
                result = str(exc)
            except Exception as exc:  # reported in the dialog, never raised in a thread
                result = f"Halaman tidak dapat dihitung: {exc}"
        try:
            self._signals.done.emit(generation, result)
        except RuntimeError:  # the dialog is gone
            pass

    def _count_done(self, generation: int, result: object) -> None:
        if self._thread is not None:
            self._thread.join()
        if self._dirty:  # the options changed while counting: count them
            self._start_count()
            return
        if self._count_timer.isActive() or generation != self._generation:
            return  # a newer change is on its way
        self._show_count(result)

    def _show_count(self, result: object) -> None:
        if isinstance(result, PreviewData):
            self.preview_info = result
            self.page_count = result.total
            self.pages_label.setText(self.tr("{n} halaman").format(n=result.total))
            self.preview.set_data(result)
            self.export_button.setEnabled(not self.exporting)
        else:
            self.preview_info = None
            self.page_count = -1
            self.pages_label.setText(str(result))
            self.preview.set_data(None, str(result))
            self.export_button.setEnabled(False)

    def wait_for_count(self, timeout_s: float = 30.0) -> int:
        """Finish any pending count now (for callers that need the number, and tests)."""
        if self._count_timer.isActive():
            self._start_count()
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
        QApplication.sendPostedEvents(self._signals)
        QApplication.processEvents()
        if self._dirty or self._count_timer.isActive():
            return self.wait_for_count(timeout_s)
        return -1 if self.page_count is None else self.page_count

    def update_page_count(self) -> int:
        """Count the pages for the current options now; -1 when they cannot be printed."""
        self._start_count()
        return self.wait_for_count()

    # --- export -------------------------------------------------------------------

    def _browse(self) -> None:
        path = save_file(self, self.tr("Ekspor PDF"), self.path_edit.text(), "PDF (*.pdf)")
        if path:
            self.path_edit.setText(path)

    def _export_clicked(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._fail(self.tr("Tentukan nama berkas PDF."))
            return
        if self.export_to(Path(text)) is not None:
            self.accept()

    def request_cancel(self) -> None:
        """Stop a running export after the page being drawn."""
        if self.exporting:
            self._cancel_requested = True
            self.stop_button.setEnabled(False)
            self.pages_label.setText(self.tr("menghentikan…"))

    def _fail(self, text: str) -> None:
        self.pages_label.setText(text)
        if self.notify is not None:
            self.notify(self.tr("Ekspor PDF gagal"), text)

    def _target_problem(self, path: Path) -> str | None:
        """Why `path` cannot take the PDF, in Indonesian; None when it can (as far as we know)."""
        folder = path.parent
        if not folder.exists():
            return self.tr("Folder '{f}' tidak ada. Pilih folder lain untuk berkas PDF.").format(
                f=folder)
        if not folder.is_dir():
            return self.tr("'{f}' bukan folder. Pilih folder lain untuk berkas PDF.").format(
                f=folder)
        if path.is_dir():
            return self.tr("'{p}' adalah folder, bukan nama berkas.").format(p=path)
        return None

    def export_to(self, path: Path) -> PdfResult | None:
        """Write the PDF at `path`; None (and an Indonesian message) when it is not written."""
        path = with_suffix(path, ".pdf")
        problem = self._target_problem(path)
        if problem is not None:
            self._fail(problem)
            return None
        try:
            options = self.options()
        except OptionError as exc:
            self._fail(str(exc))
            return None
        if self._thread is not None:  # the counter shares the card cache: let it finish
            self._thread.join()
        self._set_exporting(True)

        def progress(done: int, total: int) -> None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)
            QApplication.processEvents()
            if self._cancel_requested:
                raise ExportCancelled

        try:
            self.result_info = export_pdf(self.plan, path, options, progress, self._cards)
        except ExportCancelled:
            self._set_exporting(False)
            self.pages_label.setText(self.tr("Ekspor dihentikan; tidak ada berkas yang ditulis."))
            return None
        except OSError as exc:
            self._set_exporting(False)
            self._fail(self.tr("PDF tidak dapat ditulis ke '{p}': {why}.").format(
                p=path, why=why(exc)))
            return None
        except (OptionError, ValueError) as exc:
            self._set_exporting(False)
            self._fail(str(exc))
            return None
        self._set_exporting(False)
        return self.result_info

    def _set_exporting(self, on: bool) -> None:
        self.exporting = on
        self._cancel_requested = False
        self.options_panel.setEnabled(not on)
        self.path_edit.setEnabled(not on)
        self.browse_button.setEnabled(not on)
        self.export_button.setEnabled(not on and (self.page_count or 0) > 0)
        self.close_button.setEnabled(not on)
        self.progress.setVisible(on)
        self.stop_button.setVisible(on)
        self.stop_button.setEnabled(on)
        self.pages_label.setVisible(not on)
        if on:
            self.progress.setMaximum(max(self.page_count or 1, 1))
            self.progress.setValue(0)
        else:
            self.pages_label.setText(self.tr("{n} halaman").format(n=self.page_count)
                                     if (self.page_count or 0) > 0 else "")

    # --- closing ------------------------------------------------------------------

    def reject(self) -> None:
        if self.exporting:  # Esc or the window's close button while writing: stop the export
            self.request_cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.exporting:
            self.request_cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._count_timer.stop()
        self._generation += 1  # a count still running reports to nobody
        super().done(result)
