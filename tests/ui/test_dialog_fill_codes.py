"""The preview of filling codes from names: what changes, what cannot, then one undoable push."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.dialogs.fill_codes import FillCodesDialog
from app.ui.document import Document
from tests.model.test_fill_codes import plan_to_fill


def test_preview_then_one_push_and_one_undo(qtbot, screenshots) -> None:
    plan = plan_to_fill()
    before = plan.copy()
    document = Document(plan)
    dialog = FillCodesDialog(plan)
    qtbot.addWidget(dialog)
    table = dialog.table
    shown = [(table.item(r, 1).text(), table.item(r, 3).text()) for r in range(table.rowCount())]
    assert shown[:4] == [("Kode", "1.01.02"), ("Kode", "1.01.02.2.01"), ("Kode", "1.01.02.2.01.0001"),
                         ("Pernyataan", "Pembangunan Ruang Guru/Kepala Sekolah/TU")]
    assert shown[4] == ("Kode", "(tidak diisi)")
    assert dialog.apply_button.text() == "Terapkan 4 perubahan"
    assert "1 simpul tidak dapat diisi" in dialog.summary.text()
    dialog.resize(1024, 600)
    QApplication.processEvents()
    assert dialog.grab().save(str(screenshots / "fill-codes-1024.png"))
    dialog.names.setChecked(False)  # codes only
    assert dialog.apply_button.text() == "Terapkan 3 perubahan"
    assert plan == before  # the preview changes nothing
    assert document.push(dialog.batch)
    assert plan["S1"].code == "1.01.02.2.01.0001" and plan["S2"].statement == ""
    assert document.session.position == 1
    document.undo()
    assert plan == before
