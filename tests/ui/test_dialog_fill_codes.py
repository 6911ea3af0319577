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


def test_a_newer_list_is_used_and_kept_beside_the_plan(qtbot, tmp_path) -> None:
    from app.model.checks import check_plan
    from app.model.nomenclature import bundled, for_plan, sidecar
    from app.store import PlanFile
    from app.ui.dialogs.nomenclature_list import load_list
    from tests.model.test_nomenclature import _newer_list, _plan

    plan = _plan(("Program", "1.02.02"), ("Kegiatan", "1.02.02.2.01"), ("Sub Kegiatan", "1.02.02.2.01.0999"))
    path = tmp_path / "renstra.pokin"
    plan_file = PlanFile.create(path, plan)
    document = Document(plan, plan_file)
    try:
        assert any(f.rule == "code-unknown" for f in check_plan(plan))
        csv = _newer_list(tmp_path, "daftar-baru.csv")
        message = load_list(document, csv, path)
        assert "900.1.15-5117/2023" in message and sidecar(path).name in message
        assert sidecar(path).is_file() and for_plan(plan) is not bundled()
        assert not any(f.rule == "code-unknown" for f in document.findings)
    finally:
        document.close()
