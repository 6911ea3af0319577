"""The right-click menu of a card: the editor's gestures on that card, with their keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from .surface import Surface


def card_menu(view: Surface, key: str) -> QMenu:
    """The menu for `key` (selected first by the caller)."""
    editor = view.editor
    plan = view.plan
    menu = QMenu(view.viewport())
    menu.addAction(QCoreApplication.translate("CardMenu", "Sunting pernyataan (F2)"), lambda: view.edit_statement(key))
    menu.addAction(QCoreApplication.translate("CardMenu", "Tambah anak (Tab)"), editor.add_child)
    menu.addAction(QCoreApplication.translate("CardMenu", "Tambah saudara (Enter)"), editor.add_sibling)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("CardMenu", "Tambah induk lain…"), lambda: view.start_link(key))
    node = plan[key]
    if node.further_parents:
        sub = menu.addMenu(QCoreApplication.translate("CardMenu", "Hapus induk lain"))
        for p in node.further_parents:
            label = plan[p].statement[:60] if p in plan else p
            sub.addAction(label or p, lambda p=p: editor.unlink(key, p))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("CardMenu", "Salin cabang (Ctrl+C)"), editor.copy_selected)
    menu.addAction(QCoreApplication.translate("CardMenu", "Potong cabang (Ctrl+X)"), editor.cut_selected)
    paste = menu.addAction(QCoreApplication.translate("CardMenu", "Tempel cabang di bawahnya (Ctrl+V)"), editor.paste)
    paste.setEnabled(editor.clip is not None)
    menu.addAction(QCoreApplication.translate("CardMenu", "Naikkan di antara saudara (Alt+↑)"), editor.move_up)
    menu.addAction(QCoreApplication.translate("CardMenu", "Turunkan di antara saudara (Alt+↓)"), editor.move_down)
    menu.addAction(QCoreApplication.translate("CardMenu", "Lipat/buka cabang (Spasi)"), lambda: view.toggle_collapsed(key))
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("CardMenu", "Hapus simpul (Delete)"), editor.delete_selected)
    return menu
