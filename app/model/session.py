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

Other writers' edits (another window, another process, a colleague on the
server) enter through `pull`: the store says what it holds that this copy
has not seen, as one `Arrived` command; it runs on the model like any
command (so it yields one change set), then phases 4 and 5. It is not put on
the undo history. An edit on the history whose fields another writer has
changed since is *overtaken*: undoing or redoing it would silently revert
their work, so it is refused as a `Conflict` (the person then keeps theirs
or, on purpose, theirs is overwritten with `force`).

Pure Python, so that the command line and the tests run the same phases as
the editor. Observers are called in the order they subscribed, but no observer
may rely on another having run: each reads the model, never another view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from .changes import ALL_FIELDS, ChangeSet
from .commands import Command
from .plan import ModelError, Node, Plan, ReviewNote

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

    node: str  # the node's key ("" for the plan's own facts)
    field: str  # a node field name, "parent", "*" for the node as a whole, "review" for a note
    mine: object  # the value this edit wanted to store (None: this edit deletes it)
    theirs: object  # the value stored now (None when it is gone)
    by: str = ""  # who stored theirs (a login, or user@machine for a file), when known
    at: str = ""  # when (ISO date-time, UTC), when known


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


class Arrived(Command):
    """Other writers' edits, as read from the store: applied to the model like a command.

    Built by the store (`incoming`); never on the undo history. Nodes are
    placed among their siblings by `order` (the stored sibling fraction and
    the key), which every family of the model follows, so each writer's plan
    ends up in the same order.
    """

    label = "Perubahan orang lain"

    def __init__(
        self,
        removed: Iterable[str] = (),
        fields: dict[str, dict[str, object]] | None = None,
        placed: dict[str, str | None] | None = None,
        new_nodes: dict[str, Node] | None = None,
        order: dict[str, tuple] | None = None,
        facts: dict[str, object] | None = None,
        reviews: dict[str, ReviewNote | None] | None = None,
    ) -> None:
        self.removed = list(removed)
        self.fields = fields or {}
        self.placed = placed or {}  # key -> its (new) main parent, for added and moved nodes
        self.new_nodes = new_nodes or {}
        self.order = order or {}
        self.facts = facts or {}
        self.reviews = reviews or {}  # id -> the note as stored, None when deleted

    def is_empty(self) -> bool:
        return not (self.removed or self.fields or self.placed or self.facts or self.reviews)

    def do(self, plan: Plan) -> None:
        for key in self.removed:
            if key in plan.nodes:
                plan._remove(key)
        for key, values in self.fields.items():
            if key in plan.nodes:
                for name, value in values.items():
                    plan._set(key, name, value)
        for key, parent in self.placed.items():  # into their families first, then in order
            if key not in plan.nodes:
                plan._add(self.new_nodes[key].copy())
            elif plan.nodes[key].parent != parent:
                plan._move(key, parent)
        order = self.order
        for parent in set(self.placed.values()):
            kids = plan.children(parent)
            wanted = sorted(kids, key=lambda k: order.get(k, (float("inf"), k)))
            for i, key in enumerate(wanted):
                if plan.children(parent)[i] != key:
                    plan._move(key, parent, i)
        for name, value in self.facts.items():
            plan._set_plan(name, value)
        for note_id, note in self.reviews.items():
            if note is None:
                if note_id in plan.reviews:
                    plan._drop_review(note_id)
            else:
                plan._put_review(note)

    def undo(self, plan: Plan) -> None:
        raise ModelError("Perubahan orang lain tidak dapat diurungkan dari sini.")


@dataclass
class _Step:
    """One edit on the history: the command, what it touched, and what others changed since."""

    command: Command
    touched: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    after: dict[tuple[str, str, str], object] = field(default_factory=dict)
    overtaken: list[ConflictItem] = field(default_factory=list)

    def record(self, plan: Plan, changes: ChangeSet) -> None:
        """What this edit left behind, to tell later whether someone else changed it."""
        touched: dict[tuple[str, str], set[str]] = {}
        after: dict[tuple[str, str, str], object] = {}
        for key, names in changes.changed.items():
            touched[("node", key)] = set(names)
            node = plan.nodes.get(key)
            for name in names:
                if node is not None and name != ALL_FIELDS:
                    after[("node", key, name)] = getattr(node, name)
        for key in changes.moved:
            touched.setdefault(("node", key), set()).add("parent")
            if key in plan.nodes:
                after[("node", key, "parent")] = plan.nodes[key].parent
        for key in changes.added | changes.removed:
            touched.setdefault(("node", key), set()).add(ALL_FIELDS)
            node = plan.nodes.get(key)
            after[("node", key, ALL_FIELDS)] = node.statement if node is not None else None
        if changes.plan:
            touched[("plan", "")] = set(changes.plan)
            for name in changes.plan:
                after[("plan", "", name)] = getattr(plan, name)
        for note_id in changes.reviews:
            touched[("review", note_id)] = {ALL_FIELDS}
            after[("review", note_id, ALL_FIELDS)] = plan.reviews.get(note_id)
        self.touched, self.after, self.overtaken = touched, after, []

    def overtake(self, plan: Plan, arrived: ChangeSet, reparented: set[str], by: str) -> None:
        """Note each field of this edit that another writer's change (`arrived`) changed too.

        Only nodes another writer gave a new main parent count as moved: a node
        merely shifted among its siblings, or reordered, is not taken back by an undo.
        """
        theirs: list[tuple[str, str, str]] = []
        for key, names in arrived.changed.items():
            mine = self.touched.get(("node", key))
            if mine:
                hit = names if ALL_FIELDS in mine or ALL_FIELDS in names else names & mine
                theirs.extend(("node", key, n) for n in hit)
        for key in reparented:
            mine = self.touched.get(("node", key))
            if mine and ("parent" in mine or ALL_FIELDS in mine):
                theirs.append(("node", key, "parent"))
        for key in arrived.removed:
            if ("node", key) in self.touched:
                theirs.append(("node", key, ALL_FIELDS))
        for name in arrived.plan & self.touched.get(("plan", ""), set()):
            theirs.append(("plan", "", name))
        for note_id in arrived.reviews:
            if ("review", note_id) in self.touched:
                theirs.append(("review", note_id, ALL_FIELDS))
        for kind, key, name in theirs:
            if any(i.node == key and i.field == name for i in self.overtaken):
                continue
            wanted = self.after.get((kind, key, name), self.after.get((kind, key, ALL_FIELDS)))
            self.overtaken.append(ConflictItem(key, "review" if kind == "review" else name,
                                               wanted, _now_value(plan, kind, key, name), by))


def _now_value(plan: Plan, kind: str, key: str, name: str) -> object:
    if kind == "plan":
        return getattr(plan, name)
    if kind == "review":
        return plan.reviews.get(key)
    node = plan.nodes.get(key)
    if node is None:
        return None
    if name == ALL_FIELDS:
        return node.statement
    return node.parent if name == "parent" else getattr(node, name)


class EditSession:
    """A plan, the store behind it, the undo history, and who follows the changes."""

    def __init__(self, plan: Plan, store: Store | None = None) -> None:
        self.plan = plan
        self.store = store
        self._done: list[_Step] = []
        self._undone: list[_Step] = []
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
        step = _Step(command)
        step.record(self.plan, changes)
        self._done.append(step)
        self._undone.clear()
        self._history_changed()
        return changes

    def undo(self, force: bool = False) -> ChangeSet:
        """Undo the last edit; on a failure (a conflict, a lost write) it stays done.

        When another writer has changed what the edit changed, undoing it would
        revert their work: a Conflict, unless `force` (the person chose to).
        """
        step = self._done[-1]
        self._check_overtaken(step, force, "diurungkan")
        changes = self._run(step.command, forward=False)
        step.record(self.plan, changes)
        self._undone.append(self._done.pop())
        self._history_changed()
        return changes

    def redo(self, force: bool = False) -> ChangeSet:
        step = self._undone[-1]
        self._check_overtaken(step, force, "diulangi")
        changes = self._run(step.command, forward=True)
        step.record(self.plan, changes)
        self._done.append(self._undone.pop())
        self._history_changed()
        return changes

    def forget(self, undo: bool = True) -> None:
        """Drop the edit `undo()` (or `redo()`) would take next: it can no longer be taken back."""
        stack = self._done if undo else self._undone
        if stack:
            stack.pop()
            self._history_changed()

    def _check_overtaken(self, step: _Step, force: bool, doing: str) -> None:
        if not step.overtaken:
            return
        gone = any(i.theirs is None and i.field in (ALL_FIELDS, "review") for i in step.overtaken)
        if force and not gone:
            return
        first = step.overtaken[0]
        who = f" ({first.by})" if first.by else ""
        raise Conflict(
            f"'{step.command.label}' tidak dapat {doing}: "
            f"orang lain{who} sudah mengubah bagian yang sama sesudahnya. "
            "Pilih: pakai perubahan mereka, atau timpa dengan milik Anda.",
            list(step.overtaken),
        )

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

    def pull(self) -> ChangeSet:
        """Bring in what other writers stored since this copy last looked; empty when nothing.

        The store's `incoming(plan)` says what arrived as an `Arrived` command
        and a function that records it as read; the command runs on the model,
        then geometry and views hear of it (phases 4 and 5) as of any edit.
        """
        look = getattr(self.store, "incoming", None)
        got = look(self.plan) if look is not None else None
        if got is None:
            return ChangeSet()
        arrived, settle, by = got
        nodes = self.plan.nodes
        reparented = {k for k, p in arrived.placed.items() if k in nodes and nodes[k].parent != p}
        changes = self.plan.execute(arrived)
        settle()
        for step in (*self._done, *self._undone):
            step.overtake(self.plan, changes, reparented, by)
        if not changes.is_empty():
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

    def undo_command(self) -> Command | None:
        """The edit `undo()` would take back (to judge it before trying), or None."""
        return self._done[-1].command if self._done else None

    def redo_command(self) -> Command | None:
        return self._undone[-1].command if self._undone else None

    def undo_label(self) -> str:
        return self._done[-1].command.label if self._done else ""

    def redo_label(self) -> str:
        return self._undone[-1].command.label if self._undone else ""

    def labels(self) -> list[str]:
        """Every edit's label, oldest first: done ones, then the undone ones to redo."""
        return [s.command.label for s in self._done] + [
            s.command.label for s in reversed(self._undone)]

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
