"""The open plan as the editor sees it: plan, plan file, undo stack, findings.

Every gesture ends in `Document.push(command)`: the command runs on the model,
the model emits one change set, the plan file writes it (it is subscribed to
the plan) and `changed` tells the views. Undo and redo go through a QUndoStack
whose entries wrap the same model commands.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.model.changes import ChangeSet
from app.model.commands import Command
from app.model.plan import ModelError, Plan


class _UndoEntry(QUndoCommand):
    """A model command on the Qt undo stack; the first redo is skipped (already done)."""

    def __init__(self, document: Document, command: Command) -> None:
        super().__init__(command.label)
        self.document = document
        self.command = command
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.document.plan.execute(self.command)

    def undo(self) -> None:
        self.document.plan.revert(self.command)


class Document(QObject):
    """One open plan. `plan_file` is None for a plan not backed by a file (tests, previews)."""

    changed = Signal(object)  # ChangeSet, after the store has written it
    findings_changed = Signal()  # `findings` / `crosscuts` were recomputed
    error = Signal(str)  # an edit was refused: Indonesian message for the status bar / a dialog
    closing = Signal()  # the plan file is about to close: last chance to keep caches in it

    def __init__(self, plan: Plan, plan_file: object | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.plan_file = plan_file  # app.store.PlanFile when backed by a file
        self.undo_stack = QUndoStack(self)
        self.findings: list = []
        self.crosscuts: list = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.recheck)
        plan.subscribe(self._on_change)
        if plan_file is not None and hasattr(plan_file, "on_error"):
            # A change the file could not write is rolled back there; say so instead of raising.
            plan_file.on_error = self.error.emit

    @property
    def read_only(self) -> bool:
        return bool(getattr(self.plan_file, "read_only", False))

    def push(self, command: Command) -> bool:
        """Do `command` as one undoable edit; False (and `error`) when the model refuses it."""
        if self.read_only:
            self.error.emit("Rencana ini dibuka hanya-baca.")
            return False
        try:
            self.plan.execute(command)
        except ModelError as exc:
            self.error.emit(str(exc))
            return False
        self.undo_stack.push(_UndoEntry(self, command))
        return True

    def _on_change(self, changes: ChangeSet) -> None:
        # The plan file subscribed before us, so the change is on disk when views hear of it.
        self.changed.emit(changes)
        # The checks take ~0.2-0.7 s on 20,000 nodes, on this thread: on a big plan wait for a
        # pause in the editing rather than freezing between two quick edits.
        self._check_timer.start(150 + len(self.plan) // 20)

    def recheck(self) -> None:
        """Rerun every check and crosscutting detection (about 0.3 s on 20,000 nodes)."""
        from app.model.checks import check_plan
        from app.model.crosscut import find_crosscutting

        self._check_timer.stop()
        self.findings = check_plan(self.plan)
        self.crosscuts = find_crosscutting(self.plan)
        self.findings_changed.emit()

    def close(self) -> None:
        self.closing.emit()
        self.plan.unsubscribe(self._on_change)
        if self.plan_file is not None:
            self.plan_file.close()  # type: ignore[attr-defined]
