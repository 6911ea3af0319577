"""English through the compiled Qt translation; Indonesian is the language of the code."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from app.ui.i18n import install_translation, remove_translation
from tests.ui.english import english as load_english
from tests.ui.window_helpers import open_window


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_english_translation_reaches_menus_panels_and_status(qtbot, tmp_path):
    english = load_english()
    app = QApplication.instance()
    assert install_translation(app, "en")
    try:
        window = open_window(qtbot, tmp_path)
        assert _menu_titles(window)[:5] == [
            english[t] for t in ("&Berkas", "&Sunting", "&Tampilan", "&Periksa", "&Revisi")
        ]
        assert window.actions_by_name["open"].text() == english["Buka…"]
        assert window.left_tabs.tabText(0) == english["Struktur"]
        assert window.inspector.indicators.add_button.text() == english["Tambah"]
        plan = window.document.plan
        status = window.status_label.text()
        assert status.startswith(f"{len(plan)} nodes · 1 error · ")  # plural forms: not "1 errors"
        assert window.findings_panel.group_item("error").text(0) == "Error (1)"
        # The findings speak English too, from the model's sentence templates.
        finding = window.findings_panel.group_item("error").child(0)
        assert finding.text(0).startswith("This node has no indicator yet")
        window.close()
    finally:
        remove_translation(app)
    (tmp_path / "id").mkdir()
    window = open_window(qtbot, tmp_path / "id")
    assert _menu_titles(window)[0] == "&Berkas"


def test_language_choice_is_remembered_for_the_next_start(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path, plan=False)
    window.actions_by_name["language_en"].trigger()
    assert window.settings.language() == "en"
    assert window.messages and "started again" in window.messages[-1][1]
    window.actions_by_name["language_id"].trigger()
    assert window.settings.language() == "id"


def test_qt_s_own_texts_speak_indonesian(qtbot):
    """Standard buttons and file dialogs: no "Cancel" or "Look in:" in an Indonesian window."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    from app.ui.file_dialogs import _dialog

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    dialog = _dialog(None, "Buka rencana", "", "Rencana Pokin (*.pokin)", saving=False)
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:"} <= labels
    buttons = dialog.findChild(QDialogButtonBox)
    texts = {b.text() for b in buttons.buttons()}
    assert texts == {"Buka", "Batal"}
    tips = {w.toolTip() for w in dialog.findChildren(QWidget) if w.toolTip()}
    assert "Folder Induk" in tips and "Back" not in tips
