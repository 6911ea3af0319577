"""The in-place statement editor: a text box laid over the card being edited.

Enter commits (one SetField on the undo stack), Shift+Enter starts a new line,
Esc cancels, leaving the box commits: the planner never loses typed text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from . import fonts


class InPlaceEditor(QPlainTextEdit):
    """Edits one node's statement; calls `on_done(key, text or None)` exactly once."""

    def __init__(
        self,
        parent: QWidget,
        key: str,
        text: str,
        rect: QRect,
        pixel_size: float,
        on_done: Callable[[str, str | None], None],
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._on_done = on_done
        self._finished = False
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        self.setStyleSheet(
            "QPlainTextEdit { background: #FFFFFF; color: #111111; border: 3px solid #FF6F00; }"
        )
        f = fonts.font(max(12.0, min(40.0, pixel_size)))
        self.setFont(f)
        self.setPlainText(text)
        self.selectAll()
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Tulis pernyataan kinerja, mis. Meningkatnya ..."))
        self.setGeometry(rect)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.finish(True)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(True)

    def finish(self, commit: bool) -> None:
        if self._finished:
            return
        self._finished = True
        text = self.toPlainText().strip() if commit else None
        self.hide()
        self.deleteLater()
        self._on_done(self.key, text)
