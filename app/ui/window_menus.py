"""The main window's menus, in Indonesian, with their keys shown.

Keys the canvas handles itself (Tab, Enter, F2, Delete, Ctrl+C/V, F, zoom,
1..9) are only *shown* in the menus (the text after a tab), not registered as
window shortcuts: a window shortcut on Tab or Enter would steal those keys
from every text field of the inspector. Window-wide keys (Ctrl+Z, Ctrl+F, F3,
Ctrl+O, ...) are real shortcuts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def _action(
    window: MainWindow,
    menu: QMenu,
    name: str,
    text: str,
    slot,  # noqa: ANN001
    shortcut: QKeySequence | str | None = None,
    shown_key: str | None = None,
) -> QAction:
    label = f"{text}\t{shown_key}" if shown_key else text
    action = QAction(label, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    window.addAction(action)  # shortcuts work while the menu bar is hidden (presentation)
    window.actions_by_name[name] = action
    return action


def build_menus(window: MainWindow) -> None:
    """Create Berkas, Sunting, Tampilan, Periksa, Revisi and Bantuan on `window`."""
    tr = window.tr
    bar = window.menuBar()
    SK = QKeySequence.StandardKey

    berkas = bar.addMenu(tr("&Berkas"))
    _action(window, berkas, "new", tr("Rencana Baru…"), window.new_plan_dialog, SK.New)
    _action(window, berkas, "open", tr("Buka…"), window.open_dialog, SK.Open)
    window.recent_menu = berkas.addMenu(tr("Buka Terakhir"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    _action(window, berkas, "save_as", tr("Simpan Sebagai…"), window.save_as_dialog, "Ctrl+Shift+S")
    berkas.addSeparator()
    _action(window, berkas, "import_xlsx", tr("Impor Workbook…"), window.import_dialog)
    _action(window, berkas, "export_xlsx", tr("Ekspor Workbook…"), window.export_workbook_dialog)
    _action(window, berkas, "export_pdf", tr("Ekspor PDF…"), window.export_pdf_dialog, "Ctrl+P")
    berkas.addSeparator()
    _action(window, berkas, "properties", tr("Properti Rencana…"), window.properties_dialog)
    berkas.addSeparator()
    _action(window, berkas, "quit", tr("Keluar"), window.close, "Ctrl+Q")

    sunting = bar.addMenu(tr("&Sunting"))
    _action(window, sunting, "undo", tr("Urungkan"), window.undo, SK.Undo)
    _action(window, sunting, "redo", tr("Ulangi"), window.redo, "Ctrl+Y")
    sunting.addSeparator()
    _action(window, sunting, "add_child", tr("Tambah Anak"), window.add_child, shown_key="Tab")
    _action(window, sunting, "add_sibling", tr("Tambah Saudara"), window.add_sibling,
            shown_key="Enter")
    _action(window, sunting, "edit_statement", tr("Sunting Pernyataan"), window.edit_statement,
            shown_key="F2")
    _action(window, sunting, "delete", tr("Hapus"), window.delete_selected, shown_key="Del")
    sunting.addSeparator()
    _action(window, sunting, "copy", tr("Salin"), window.copy_selected, shown_key="Ctrl+C")
    _action(window, sunting, "paste", tr("Tempel"), window.paste_under_selected,
            shown_key="Ctrl+V")
    sunting.addSeparator()
    _action(window, sunting, "find", tr("Cari"), window.open_search, SK.Find)
    _action(window, sunting, "find_next", tr("Cari Berikutnya"), window.search_bar.next, "F3")
    _action(window, sunting, "find_previous", tr("Cari Sebelumnya"), window.search_bar.previous,
            "Shift+F3")

    tampilan = bar.addMenu(tr("&Tampilan"))
    _action(window, tampilan, "fit", tr("Paskan"), lambda: window._canvas_call("fit_all"),
            shown_key="F")
    _action(window, tampilan, "zoom_in", tr("Perbesar"), lambda: window._canvas_call("zoom_in"),
            shown_key="Ctrl++")
    _action(window, tampilan, "zoom_out", tr("Perkecil"), lambda: window._canvas_call("zoom_out"),
            shown_key="Ctrl+-")
    levels = tampilan.addMenu(tr("Tampilkan Level"))
    for n in range(1, 7):
        _action(window, levels, f"depth_{n}", tr("Sampai level {n}").format(n=n),
                lambda n=n: window._canvas_call("set_max_depth", n), shown_key=str(n))
    _action(window, levels, "depth_all", tr("Semua level"),
            lambda: window._canvas_call("set_max_depth", None), shown_key="0")
    window.opd_menu = tampilan.addMenu(tr("Filter OPD"))
    window.opd_menu.aboutToShow.connect(lambda: _fill_opd_menu(window))
    tampilan.addSeparator()
    history = window.undo_dock.toggleViewAction()
    history.setText(tr("Riwayat Urungan"))
    tampilan.addAction(history)
    language = tampilan.addMenu(tr("Bahasa"))
    group = QActionGroup(window)
    for code, text in (("id", "Indonesia"), ("en", "English")):
        action = QAction(text, window)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(window.settings.language() == code)
        action.triggered.connect(lambda _c=False, code=code: window.choose_language(code))
        group.addAction(action)
        language.addAction(action)
        window.actions_by_name[f"language_{code}"] = action
    tampilan.addSeparator()
    present = _action(window, tampilan, "present", tr("Presentasi"), window.start_presentation,
                      "F5")
    present.setEnabled(window.presentation_available())

    periksa = bar.addMenu(tr("&Periksa"))
    _action(window, periksa, "check_now", tr("Periksa Sekarang"), window.check_now)
    _action(window, periksa, "crosscut_matrix", tr("Matriks Crosscutting…"),
            window.crosscut_matrix_dialog)

    window.revisi_menu = bar.addMenu(tr("&Revisi"))

    bantuan = bar.addMenu(tr("B&antuan"))
    _action(window, bantuan, "shortcuts", tr("Pintasan Keyboard"), window.show_shortcuts)
    _action(window, bantuan, "about", tr("Tentang Pokin"), window.show_about)


def _fill_opd_menu(window: MainWindow) -> None:
    menu = window.opd_menu
    menu.clear()
    current = window.opd_filter()
    group = QActionGroup(menu)
    choices: list[tuple[str, str | None]] = [(window.tr("Semua Perangkat Daerah"), None)]
    if window.document is not None:
        choices += [(o, o) for o in sorted(window.document.plan.opds(), key=str.casefold)]
    for text, opd in choices:
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(opd == current)
        action.triggered.connect(lambda _c=False, opd=opd: window.set_opd_filter(opd))
        group.addAction(action)
        menu.addAction(action)
