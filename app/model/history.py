"""A pure-Python undo stack for the command line and tests.

The editor uses a QUndoStack whose entries wrap the same commands; this one
exists so that scripts and tests can undo without Qt.
"""

from __future__ import annotations

from .changes import ChangeSet
from .commands import Command
from .plan import Plan


class History:
    """Commands done on a plan, with an undo/redo cursor."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> ChangeSet:
        changes = self.plan.execute(command)
        self._done.append(command)
        self._undone.clear()
        return changes

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo(self) -> ChangeSet:
        command = self._done.pop()
        self._undone.append(command)
        return self.plan.revert(command)

    def redo(self) -> ChangeSet:
        command = self._undone.pop()
        self._done.append(command)
        return self.plan.execute(command)
