"""The review notes panel: add, edit, resolve, filter by OPD and status, minutes as a PDF."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.store import PlanFile
from tests.ui.window_helpers import KES, SOS, open_window


def _add(qtbot, window, key: str, text: str, author: str = "Asdep KemenPAN-RB") -> str:
    panel = window.notes_panel
    window.editor.select(key)
    panel.list.setCurrentItem(None)
    panel.text.setPlainText(text)
    panel.author.setText(author)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    return panel.current_note_id()


def test_add_edit_resolve_delete_with_undo(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.actions_by_name["notes"].trigger()
    panel = window.notes_panel
    assert window.left_tabs.currentWidget() is panel
    note_id = _add(qtbot, window, "P1", "Indikator belum mengukur cakupan")
    plan = window.document.plan
    note = plan.reviews[note_id]
    assert (note.node, note.text, note.status, note.author) == (
        "P1", "Indikator belum mengukur cakupan", "open", "Asdep KemenPAN-RB")
    assert PlanFile.read(tmp_path / "uji.pokin").reviews[note_id].text == note.text
    # the decision is recorded and the note resolved
    panel.decision.setText("Ganti dengan persentase penduduk terlayani")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    panel.resolved.setChecked(True)
    note = plan.reviews[note_id]
    assert note.status == "resolved"
    assert note.decision == "Ganti dengan persentase penduduk terlayani"
    item = panel.list.topLevelItem(0)
    assert item.text(1) == "Selesai"
    window.undo()
    assert plan.reviews[note_id].status == "open"
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert note_id not in plan.reviews
    assert panel.list.topLevelItemCount() == 0
    window.undo()
    assert note_id in plan.reviews


def test_filters_by_opd_and_status(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    panel = window.notes_panel
    kes = _add(qtbot, window, "K1", "Perjelas output kegiatan")
    sos = _add(qtbot, window, "SS2", "Target terlalu rendah")
    city = _add(qtbot, window, "S1", "Sasaran sudah tepat")
    panel.select_note(city)
    panel.resolved.setChecked(True)
    assert set(panel.visible_note_ids()) == {kes, sos, city}
    panel.set_filters(KES, None)
    assert panel.visible_note_ids() == [kes]
    panel.set_filters(SOS, None)
    assert panel.visible_note_ids() == [sos]
    panel.set_filters(None, "resolved")
    assert panel.visible_note_ids() == [city]
    panel.set_filters(None, "open")
    assert set(panel.visible_note_ids()) == {kes, sos}
    # choosing a note selects its node in the window
    panel.select_note(sos)
    assert window.editor.selected == "SS2"


def test_minutes_pdf_follows_the_filters(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    _add(qtbot, window, "K1", "Perjelas output kegiatan layanan ibu")
    _add(qtbot, window, "SS2", "Target perlindungan sosial terlalu rendah")
    everything, one = tmp_path / "notulen.pdf", tmp_path / "notulen-kes.pdf"
    assert window.revisions.export_minutes(everything)
    text = "".join(p.extract_text() for p in PdfReader(everything).pages)
    assert "Perjelas output" in text and "Target perlindungan" in text
    window.notes_panel.set_filters(KES, None)
    assert window.revisions.export_minutes(one)
    text = "".join(p.extract_text() for p in PdfReader(one).pages)
    assert "Perjelas output" in text and "Target perlindungan" not in text


def test_notes_follow_a_deleted_node(qtbot, tmp_path):
    from app.model.commands import DeleteSubtree

    window = open_window(qtbot, tmp_path)
    note_id = _add(qtbot, window, "SK1", "Catatan pada sub kegiatan")
    window.editor.push(DeleteSubtree("K1"))
    assert note_id not in window.notes_panel.visible_note_ids()
    window.undo()
    assert note_id in window.notes_panel.visible_note_ids()
