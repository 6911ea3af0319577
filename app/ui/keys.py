"""The editing keys of the canvas and the outline, as names of what they do.

One table, read by the view's key handler and shown in the menus and the
shortcuts help, so that a key and its menu entry can never drift apart. The
gestures themselves are the editor object's (`app.ui.plan_editor`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

K = Qt.Key
NO_MODS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

# (key, modifiers) -> action name
KEYS: dict[tuple[Qt.Key, Qt.KeyboardModifier], str] = {
    (K.Key_Tab, NO_MODS): "add_child",
    (K.Key_Return, NO_MODS): "add_sibling",
    (K.Key_Enter, NO_MODS): "add_sibling",
    (K.Key_F2, NO_MODS): "edit_statement",
    (K.Key_Delete, NO_MODS): "delete",
    (K.Key_Up, ALT): "move_up",
    (K.Key_Down, ALT): "move_down",
    (K.Key_Up, NO_MODS): "go_up",
    (K.Key_Down, NO_MODS): "go_down",
    (K.Key_Left, NO_MODS): "go_left",
    (K.Key_Right, NO_MODS): "go_right",
    (K.Key_F, NO_MODS): "fit",
    (K.Key_F, Qt.KeyboardModifier.ShiftModifier): "overview",
    (K.Key_0, CTRL): "fit",
    (K.Key_Plus, CTRL): "zoom_in",
    (K.Key_Equal, CTRL): "zoom_in",
    (K.Key_Minus, CTRL): "zoom_out",
    (K.Key_Space, NO_MODS): "toggle_fold",
    (K.Key_Escape, NO_MODS): "cancel",
}
STANDARD = {
    QKeySequence.StandardKey.Copy: "copy",
    QKeySequence.StandardKey.Cut: "cut",
    QKeySequence.StandardKey.Paste: "paste",
}


def action_for(event: QKeyEvent) -> str | None:
    """The action a key press on the canvas asks for; `depth_N` for the digits 0-9."""
    for sequence, name in STANDARD.items():
        if event.matches(sequence):
            return name
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == K.Key_Plus:  # '+' is typed with Shift on most keyboards
        mods &= ~Qt.KeyboardModifier.ShiftModifier
    key = Qt.Key(event.key())
    name = KEYS.get((key, Qt.KeyboardModifier(mods)))
    if name is not None:
        return name
    if mods == NO_MODS and K.Key_0 <= key <= K.Key_9:
        return f"depth_{int(key - K.Key_0)}"
    return None
