"""The nomenclature in the inspector: a typed code's name, words that find codes, the standard in one key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_helpers import open_window


def _type_code(qtbot, window, code: str) -> None:
    edit = window.inspector.code
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, code)


def test_typing_a_code_shows_its_official_name(qtbot, tmp_path) -> None:
    window = open_window(qtbot, tmp_path)
    window.editor.select("K1")
    panel = window.inspector.nomenclature
    assert "1.02.02.2.02" in panel.official.text()
    _type_code(qtbot, window, "1.02.02.2.01")
    assert "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP" in panel.official.text()
    _type_code(qtbot, window, "1.02.02.2.77")
    assert "tidak ada dalam nomenklatur" in panel.official.text()
    assert "2023" in panel.official.text()  # the list's version is named
    # a support program written with the OPD's own bidang is found
    _type_code(qtbot, window, "1.02.01.2.01")
    assert "Perencanaan, Penganggaran, dan Evaluasi Kinerja" in panel.official.text()
    assert window.document.plan["K1"].code == "1.02.02.2.02"  # typing alone changes nothing


def test_words_find_codes_and_enter_takes_one(qtbot, tmp_path, screenshots) -> None:
    window = open_window(qtbot, tmp_path)
    window.resize(1024, 768)
    window.editor.select("SK1")
    panel = window.inspector.nomenclature
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "rehabilitasi puskesmas")
    qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=2000)
    QApplication.processEvents()
    assert window.grab().save(str(screenshots / "inspector-nomenklatur-cari-1024x768.png"))
    first = panel.results.item(0).text()
    assert first.startswith("1.02.02.2.01.0009") and "Puskesmas" in first
    # only sub kegiatan are offered for a sub kegiatan
    codes = [panel.results.item(i).text().split()[0] for i in range(panel.results.count())]
    assert all(len(c.split(".")) == 6 for c in codes)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    plan = window.document.plan
    assert plan["SK1"].code == "1.02.02.2.01.0009"
    assert window.inspector.code.text() == "1.02.02.2.01.0009"
    window.actions_by_name["undo"].trigger()
    assert plan["SK1"].code == "1.02.02.2.02.0001"


def test_the_standard_of_a_sub_kegiatan_is_taken_with_one_key(qtbot, tmp_path, screenshots) -> None:
    window = open_window(qtbot, tmp_path)
    window.show()
    window.activateWindow()
    window.editor.select("SK1")
    panel = window.inspector.nomenclature
    plan = window.document.plan
    before = (plan["SK1"].statement, plan["SK1"].indicators)
    # 1.02.02.2.02.0001 is listed with its standard kinerja, indikator and satuan
    assert not panel.standard.isHidden()
    assert "Indikator:" in panel.standard_text.text() and panel.take.isEnabled()
    for size in ((1024, 768), (1366, 768)):
        window.resize(*size)
        QApplication.processEvents()
        image = window.grab()
        assert image.save(str(screenshots / f"inspector-nomenklatur-{size[0]}x{size[1]}.png"))
    window.inspector.setFocus()
    qtbot.keyClick(window.inspector, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    node = plan["SK1"]
    from app.model.nomenclature import bundled

    entry = bundled().lookup("1.02.02.2.02.0001")
    assert node.statement == entry.kinerja
    assert node.indicators[-1].name == entry.indikator and node.indicators[-1].satuan == entry.satuan
    assert len(node.indicators) == len(before[1]) + 1
    window.actions_by_name["undo"].trigger()  # one edit, one undo
    assert (plan["SK1"].statement, plan["SK1"].indicators) == before
    # at a level without the standard, nothing is offered
    window.editor.select("P1")
    assert panel.standard.isHidden()
