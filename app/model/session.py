"""One path for every change: the phases an edit goes through, in one function.

A gesture in the editor, a line of `pokin set`, an undo, a redo: each runs
`EditSession._run`, which does, in this order and nothing else,

1. **execute** the command on the model, which records one change set;
2. **write** the change set to the store (when there is one);
3. on a failed write, **roll back**: the command is run backwards on the model,
   nothing is kept on the undo history and nothing is told to the views, so
   nothing is ever shown as saved that is not; the failure is raised to the
   caller, which tells the person;
4. **follow**: derived state that views read (geometry: card sizes, the kept
   layout) is brought up to date;
5. **notify**: every observer hears of the change set once.

Pure Python, so that the command line and the tests run the same phases as
the editor. Observers are called in the order they subscribed, but no observer
may rely on another having run: each reads the model, never another view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from .changes import ChangeSet
from .commands import Command
from .plan import Plan

Listener = Callable[[ChangeSet], None]


class WriteFailure(Exception):
    """The store did not keep a change set: the edit was rolled back.

    The message is Indonesian and meant for the planner as it is. `retry`
    tells whether trying the same edit again may succeed (a lock held for a
    moment, a lost connection) or cannot (the file is read-only).
    """

    def __init__(self, message: str, retry: bool = True) -> None:
        super().__init__(message)
        self.retry = retry


@dataclass(frozen=True)
class ConflictItem:
    """One field another person changed since this copy read it."""

    node: str
    field: str  # a node field name, or "*" when the node itself was deleted
    mine: object  # the value this edit wanted to store
    theirs: object  # the value stored now (None when the node is gone)


class Conflict(WriteFailure):
    """A write that would overwrite someone else's edit; nothing was written.

    The editor shows each item side by side (theirs, mine) and lets the person
    choose; the command line prints the stored value.
    """

    def __init__(self, message: str, items: list[ConflictItem]) -> None:
        super().__init__(message, retry=False)
        self.items = items


class Store(Protocol):
    """Where a plan is kept. `write` keeps one change set in one transaction, or raises."""

    @property
    def read_only(self) -> bool: ...

    def write(self, plan: Plan, changes: ChangeSet) -> None:
        """Keep what `changes` names as `plan` now holds it; raise WriteFailure otherwise."""
        ...


class EditSession:
    """A plan, the store behind it, the undo history, and who follows the changes."""

    def __init__(self, plan: Plan, store: Store | None = None) -> None:
        self.plan = plan
        self.store = store
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._followers: list[Listener] = []
        self._observers: list[Listener] = []
        self._history_listeners: list[Callable[[], None]] = []

    # --- who hears of changes --------------------------------------------------

    def follow(self, listener: Listener) -> None:
        """Derived state (geometry) brought up to date before any observer hears."""
        self._followers.append(listener)

    def subscribe(self, listener: Listener) -> None:
        """A view: hears of every change set once, after the store and the geometry."""
        self._observers.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        for group in (self._followers, self._observers):
            if listener in group:
                group.remove(listener)

    def on_history(self, listener: Callable[[], None]) -> None:
        """Called when the undo history changed (labels of undo and redo, the list)."""
        self._history_listeners.append(listener)

    @property
    def read_only(self) -> bool:
        return self.store is not None and self.store.read_only

    # --- edits -------------------------------------------------------------------

    def push(self, command: Command) -> ChangeSet:
        """Do `command` as one undoable edit.

        Raises ModelError when the model refuses it (nothing changed) and
        WriteFailure when the store did not keep it (rolled back).
        """
        changes = self._run(command, forward=True)
        self._done.append(command)
        self._undone.clear()
        self._history_changed()
        return changes

    def undo(self) -> ChangeSet:
        """Undo the last edit; on a failure (a conflict, a lost write) it stays done."""
        changes = self._run(self._done[-1], forward=False)
        self._undone.append(self._done.pop())
        self._history_changed()
        return changes

    def redo(self) -> ChangeSet:
        changes = self._run(self._undone[-1], forward=True)
        self._done.append(self._undone.pop())
        self._history_changed()
        return changes

    def _run(self, command: Command, forward: bool) -> ChangeSet:
        """The phases of one change, in order (see the module docstring)."""
        plan = self.plan
        # 1. execute: a ModelError here leaves the plan as it was.
        changes = plan.execute(command) if forward else plan.revert(command)
        if changes.is_empty():
            return changes
        # 2. write; 3. roll back when the store did not keep it.
        if self.store is not None:
            try:
                self.store.write(plan, changes)
            except WriteFailure:
                if forward:
                    plan.revert(command)
                else:
                    plan.execute(command)
                raise
        self.announce(changes)
        return changes

    def announce(self, changes: ChangeSet) -> None:
        """Phases 4 and 5: geometry follows, then every view hears once.

        Also the way in for changes that did not come from this session's
        commands (another person's edits read from the store).
        """
        for follower in list(self._followers):
            follower(changes)
        for observer in list(self._observers):
            observer(changes)

    # --- the history ----------------------------------------------------------------

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    def labels(self) -> list[str]:
        """Every edit's label, oldest first: done ones, then the undone ones to redo."""
        return [c.label for c in self._done] + [c.label for c in reversed(self._undone)]

    @property
    def position(self) -> int:
        """How many edits of `labels()` are done."""
        return len(self._done)

    def clear_history(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._history_changed()

    def _history_changed(self) -> None:
        for listener in list(self._history_listeners):
            listener()
