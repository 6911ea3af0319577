"""The Ekspor PDF dialog: options from the widgets, the live page count, the page-grid preview,
a real PDF read back, a stopped export and a bad target folder."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor

from app.export.pdf import PdfOptions, plan_pages
from app.geometry.palette import level_colour
from app.ui.dialogs.export_pdf import ExportPdfDialog
from app.ui.dialogs.page_grid import pages_text
from tests.export.pdf_plans import tree_plan
from tests.ui.window_helpers import KES, build_plan


def _dialog(qtbot, plan, **kw) -> ExportPdfDialog:
    dialog = ExportPdfDialog(plan, None, **kw)
    qtbot.addWidget(dialog)
    dialog.wait_for_count()
    return dialog


def _engine_count(plan, dialog: ExportPdfDialog) -> int:
    return len(plan_pages(plan, dialog.options()))


def test_options_page_count_and_export(qtbot, tmp_path):
    plan = build_plan()
    dialog = _dialog(qtbot, plan, selected="P1", opd=KES)
    options = dialog.options()
    assert (options.paper, options.landscape, options.mode) == ("A3", True, "booklet")
    assert options.opd == KES and options.root is None
    dialog.scope.setCurrentIndex(1)  # the selected branch
    dialog.opd.setCurrentIndex(0)
    dialog.mode.setCurrentIndex(1)  # one page
    dialog.paper.setCurrentText("A4")
    options = dialog.options()
    assert (options.root, options.opd, options.mode, options.paper) == ("P1", None, "fit", "A4")
    assert dialog.update_page_count() == 1
    assert dialog.pages_label.text() == "1 halaman"
    dialog.crosscut.setChecked(True)  # an appendix page more
    expected = dialog.update_page_count()
    assert expected == 2
    result = dialog.export_to(tmp_path / "cabang")
    assert result is not None and result.path == tmp_path / "cabang.pdf"
    reader = PdfReader(tmp_path / "cabang.pdf")
    assert len(reader.pages) == result.pages == expected
    text = reader.pages[0].extract_text()
    assert plan["P1"].statement.split()[0] in text
    assert "Cabang" in text


def test_every_engine_option_reaches_the_options(qtbot):
    plan = build_plan()
    dialog = _dialog(qtbot, plan)
    assert [dialog.paper.itemText(i) for i in range(dialog.paper.count())] == \
        ["A4", "F4", "A3", "A2", "A1", "A0"]
    dialog.paper.setCurrentText("F4")
    dialog.orientation.setCurrentIndex(1)
    dialog.mode.setCurrentIndex(2)  # tiles for a poster
    dialog.sections.setCurrentIndex(1)  # per Sasaran
    dialog.overlap.setValue(10)
    dialog.page_map.setChecked(False)
    dialog.stack_leaves.setChecked(False)
    dialog.findings.setChecked(True)
    dialog.crosscut.setChecked(True)
    dialog.signature_box.setChecked(True)
    dialog.signer.setText("Dr. Hj. Siti Aminah, M.Si")
    dialog.position.setText("Wali Kota Uji")
    dialog.nip.setText("19700101 199503 2 001")
    dialog.place.setText("Uji")
    o = dialog.options()
    assert (o.paper, o.landscape, o.mode, o.section_by) == ("F4", False, "tile", "sasaran")
    assert o.depth is None and not dialog.depth.isEnabled()
    assert (o.overlap_mm, o.page_map, o.stack_leaves, o.findings, o.crosscut) == \
        (10.0, False, False, True, True)
    assert o.signature is not None
    assert (o.signature.name, o.signature.position, o.signature.nip, o.signature.place) == \
        ("Dr. Hj. Siti Aminah, M.Si", "Wali Kota Uji", "19700101 199503 2 001", "Uji")
    dialog.mode.setCurrentIndex(1)  # one page per section: overlap means nothing there
    assert dialog.options().overlap_mm == 0.0 and not dialog.overlap.isEnabled()
    dialog.depth.setCurrentIndex(4)  # down to Program
    o = dialog.options()
    assert (o.mode, o.section_by, o.depth) == ("fit", "sasaran", 4) and dialog.depth.isEnabled()
    assert dialog.depth.currentText() == "Sampai Program"
    dialog.mode.setCurrentIndex(0)
    dialog.contents.setChecked(False)
    o = dialog.options()
    assert (o.mode, o.depth, o.contents) == ("booklet", 4, False)


def test_options_change_the_live_page_count(qtbot):
    """The count follows the widgets by itself (debounced, on a worker thread) and always equals
    what the engine plans for the same options."""
    plan = tree_plan(seed=3, sasaran=3, fan=(2, 4))
    dialog = _dialog(qtbot, plan)
    dialog.mode.setCurrentIndex(2)  # tiles
    dialog.wait_for_count()
    counts = {}
    steps = [
        ("A3 lanskap", lambda: None),
        ("A4 potret", lambda: (dialog.paper.setCurrentText("A4"),
                               dialog.orientation.setCurrentIndex(1))),
        ("tanpa susun", lambda: dialog.stack_leaves.setChecked(False)),
        ("tanpa peta", lambda: dialog.page_map.setChecked(False)),
        ("temuan", lambda: dialog.findings.setChecked(True)),
        ("pengesahan", lambda: (dialog.signature_box.setChecked(True),
                                dialog.signer.setText("Budi Santoso"))),
        ("buku", lambda: dialog.mode.setCurrentIndex(0)),
        ("buku sampai Program", lambda: dialog.depth.setCurrentIndex(4)),
    ]
    for i, (name, change) in enumerate(steps):
        change()
        if i:
            assert dialog.page_count is None  # recounting; the old number is not current
            assert not dialog.export_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.page_count is not None, timeout=10_000)
        counts[name] = dialog.page_count
        assert dialog.page_count == _engine_count(plan, dialog), name
        assert dialog.pages_label.text() == f"{dialog.page_count} halaman"
        assert dialog.export_button.isEnabled()
    assert counts["A4 potret"] > counts["A3 lanskap"]  # a smaller sheet holds less of the tree
    assert counts["tanpa susun"] > counts["A4 potret"]  # unstacked leaves make a wider tree
    assert counts["tanpa peta"] == counts["tanpa susun"] - 1
    assert counts["temuan"] > counts["tanpa peta"]
    assert counts["pengesahan"] == counts["temuan"] + 1
    assert counts["buku"] < counts["pengesahan"] / 2  # a booklet packs the same tree tighter
    assert counts["buku sampai Program"] != counts["buku"]


def test_a_signature_without_a_name_blocks_the_export(qtbot):
    dialog = _dialog(qtbot, build_plan())
    dialog.signature_box.setChecked(True)
    assert dialog.wait_for_count() == -1
    assert "nama penanda tangan" in dialog.pages_label.text()
    assert not dialog.export_button.isEnabled()
    dialog.signer.setText("Budi")
    assert dialog.wait_for_count() > 0 and dialog.export_button.isEnabled()


def _pixels(image, colour: str) -> int:
    want = QColor(colour).rgb()
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixel(x, y) == want)


def test_preview_draws_the_tree_and_the_numbered_pages(qtbot, screenshots):
    plan = tree_plan(seed=3, sasaran=3, fan=(2, 4))
    dialog = _dialog(qtbot, plan)
    dialog.mode.setCurrentIndex(2)  # tiles: the tree's outline with the sheets over it
    dialog.resize(1000, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.wait_for_count()
    pages = plan_pages(plan, dialog.options())
    tiles = [p for p in pages if p.kind == "tile"]
    outline = dialog.preview.grid.outline
    assert outline is not None
    assert [n for n, *_ in outline.pages] == [p.number for p in tiles]
    assert len(outline.rects) == len(plan.nodes)
    assert dialog.preview.summary.text().startswith(f"{len(pages)} halaman")
    dialog.grab().save(str(screenshots / "export-dialog.png"))
    grid = dialog.preview.grid.grab().toImage()
    # Cards in their level colours, and the page numbers in red, are on screen.
    for level in ("Program", "Kegiatan", "Sub Kegiatan"):
        assert _pixels(grid, level_colour(plan.scheme, level)) > 0, level
    assert _pixels(grid, "#B71C1C") > 0
    # A wide tree scrolls rather than shrinking its pages past reading.
    assert dialog.preview.grid.width() > dialog.preview.scroll.viewport().width()


def test_preview_lists_sections_with_their_pages(qtbot, screenshots):
    plan = tree_plan(seed=3, sasaran=3, fan=(2, 4))
    dialog = _dialog(qtbot, plan)
    dialog.resize(1000, 620)
    dialog.mode.setCurrentIndex(2)  # tiles
    dialog.sections.setCurrentIndex(2)  # per OPD
    dialog.crosscut.setChecked(True)
    dialog.wait_for_count()
    pages = plan_pages(plan, dialog.options())
    sections: list[tuple[str, list[int]]] = []  # each drawing's title and page numbers, in order
    for p in pages:
        if p.kind == "tile":
            if not sections or pages[p.number - 2].drawing is not p.drawing:
                sections.append((p.section, []))
            sections[-1][1].append(p.number)
    tree = dialog.preview.sections
    assert tree.isVisibleTo(dialog)
    rows = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
            for i in range(tree.topLevelItemCount())]
    assert len(rows) == len(sections) + 1
    for (text, where), (title, nums) in zip(rows, sections, strict=False):
        assert text.startswith(title.removeprefix("Perangkat Daerah: "))
        assert where == pages_text(nums[0], len(nums))
    assert rows[-1][0] == "Lampiran: matriks crosscutting"
    assert len({t for t, _ in rows}) == len(rows)  # an OPD in two branches: named apart
    # Picking a section shows its own grid.
    tree.setCurrentItem(tree.topLevelItem(1))
    second = dialog.preview.grid.outline
    assert second is not None and [n for n, *_ in second.pages] == sections[1][1]
    dialog.grab().save(str(screenshots / "export-dialog-sections.png"))


def test_export_writes_the_counted_pages(qtbot, tmp_path):
    plan = tree_plan(seed=5, sasaran=2, fan=(1, 3))
    dialog = _dialog(qtbot, plan)
    dialog.paper.setCurrentText("A4")
    dialog.signature_box.setChecked(True)
    dialog.signer.setText("Budi Santoso")
    dialog.position.setText("Kepala Bapperida")
    count = dialog.wait_for_count()
    dialog.path_edit.setText(str(tmp_path / "pohon.pdf"))
    dialog.export_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    reader = PdfReader(tmp_path / "pohon.pdf")
    assert len(reader.pages) == count == dialog.result_info.pages
    assert "Budi Santoso" in reader.pages[-1].extract_text()
    assert [f.name for f in tmp_path.iterdir()] == ["pohon.pdf"]


def test_a_bad_target_folder_gives_a_message_and_no_file(qtbot, tmp_path):
    dialog = _dialog(qtbot, build_plan())
    told: list[tuple[str, str]] = []
    dialog.notify = lambda title, text: told.append((title, text))
    missing = tmp_path / "tidak-ada" / "pohon.pdf"
    dialog.path_edit.setText(str(missing))
    dialog.export_button.click()
    assert dialog.result_info is None and dialog.result() != dialog.DialogCode.Accepted
    assert not missing.parent.exists()
    assert told and told[-1][0] == "Ekspor PDF gagal"
    assert "tidak ada" in told[-1][1] and "Pilih folder lain" in told[-1][1]
    assert dialog.pages_label.text() == told[-1][1]
    a_file = tmp_path / "berkas.txt"
    a_file.write_text("bukan folder")
    assert dialog.export_to(a_file / "pohon.pdf") is None
    assert "bukan folder" in told[-1][1]
    assert sorted(f.name for f in tmp_path.iterdir()) == ["berkas.txt"]
    assert dialog.result_info is None


def test_stopping_the_export_leaves_no_file(qtbot, tmp_path):
    plan = tree_plan(seed=3, sasaran=3, fan=(2, 4))
    dialog = _dialog(qtbot, plan)
    dialog.show()
    assert dialog.page_count > 5
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    # "Hentikan" is pressed while the pages are being written (the progress callback lets the
    # event loop run, which delivers the click).
    QTimer.singleShot(0, dialog.stop_button.click)
    assert dialog.export_to(tmp_path / "pohon.pdf") is None
    assert 1 <= max(seen) < dialog.page_count
    assert list(tmp_path.iterdir()) == []
    assert "dihentikan" in dialog.pages_label.text()
    assert dialog.export_button.isEnabled() and not dialog.progress.isVisible()


def test_count_matches_engine_default_options(qtbot):
    plan = build_plan()
    dialog = _dialog(qtbot, plan)
    assert dialog.page_count == len(plan_pages(plan, PdfOptions()))


def test_pages_printed_smaller_are_told_apart(qtbot):
    """A card taller than the sheet is printed scaled down: the preview and summary say so."""
    plan = build_plan()
    ind = plan["SK1"].indicators[0]
    plan["SK1"].indicators = (ind,) * 40
    dialog = _dialog(qtbot, plan)
    dialog.paper.setCurrentText("A4")
    dialog.mode.setCurrentIndex(2)  # tiles
    dialog.wait_for_count()
    small = {p.number for p in plan_pages(plan, dialog.options())
             if p.kind == "tile" and p.scale < 0.999}
    assert small and dialog.preview.grid.outline.reduced == small
    assert "diperkecil" in dialog.preview.summary.text()


def test_booklet_preview_shows_every_page_with_its_cards(qtbot, screenshots):
    plan = tree_plan(seed=3, sasaran=3, fan=(2, 4))
    dialog = _dialog(qtbot, plan)
    dialog.resize(1000, 620)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.options().mode == "booklet"
    pages = plan_pages(plan, dialog.options())
    book = [p for p in pages if p.kind == "booklet"]
    outline = dialog.preview.grid.outline
    assert outline is not None and book
    assert [n for n, *_ in outline.pages] == [p.number for p in book]
    assert len(outline.rects) == sum(len(p.placements) for p in book) == len(plan.nodes)
    summary = dialog.preview.summary.text()
    assert summary.startswith(f"{len(pages)} halaman") and f"{round(book[0].scale * 100)} %" in summary
    assert dialog.page_count == len(pages)
    dialog.grab().save(str(screenshots / "export-dialog-booklet.png"))
    grid = dialog.preview.grid.grab().toImage()
    assert _pixels(grid, level_colour(plan.scheme, "Program")) > 0
    # One fitted page per Sasaran, and the list of sections with their pages.
    dialog.mode.setCurrentIndex(1)
    dialog.sections.setCurrentIndex(1)
    dialog.wait_for_count()
    pages = plan_pages(plan, dialog.options())
    fits = [p for p in pages if p.kind == "fit"]
    assert len(fits) == sum(1 for n in plan.nodes.values() if n.level == "Sasaran")
    tree = dialog.preview.sections
    assert tree.isVisibleTo(dialog) and tree.topLevelItemCount() >= len(fits)
