"""The window's menus from one table: name, text, what it calls, its key.

Keys the canvas handles itself (Tab, Enter, F2, Delete, Ctrl+C/X/V, Alt+arrows,
F, 1..9) are only *shown* in the menus (the text after a tab), never registered
as window shortcuts: a window shortcut on Tab or Enter would steal those keys
from every text field of the inspector. Window-wide keys (Ctrl+Z, Ctrl+F, F3,
Ctrl+O, ...) are real shortcuts, so they work in presentation mode too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


@dataclass(frozen=True)
class Item:
    """One menu entry. `shortcut` is a real key; `shown` only a reminder of a canvas key."""

    name: str
    text: str
    slot: Callable[[], object]
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    shown: str | None = None


SEPARATOR = None
Entry = Item | QMenu | None


def add_items(owner: QWidget, menu: QMenu, items: Sequence[Entry],
              actions: dict[str, QAction]) -> None:
    """Add `items` to `menu`, keep each action under its name, and on `owner` for its key."""
    for item in items:
        if item is None:
            menu.addSeparator()
            continue
        if isinstance(item, QMenu):
            menu.addMenu(item)
            continue
        label = f"{item.text}\t{item.shown}" if item.shown else item.text
        action = QAction(label, owner)
        action.setObjectName(item.name)
        if item.shortcut is not None:
            action.setShortcut(QKeySequence(item.shortcut))
        action.triggered.connect(lambda _checked=False, slot=item.slot: slot())
        menu.addAction(action)
        owner.addAction(action)  # keys work while the menu bar is hidden (presentation)
        actions[item.name] = action


def add_menu(owner: QWidget, bar: QMenuBar, title: str, items: Sequence[Entry],
             actions: dict[str, QAction]) -> QMenu:
    menu = bar.addMenu(title)
    add_items(owner, menu, items, actions)
    return menu
