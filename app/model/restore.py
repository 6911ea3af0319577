"""Restoring a snapshot as one undoable edit.

After an assistance session goes the wrong way, the planner goes back to
"Sebelum asistensi" with one gesture, and can change their mind with Ctrl+Z.
So the restore is a command like any other: it reaches the snapshot through
the plan's primitives (one change set for the store and the views, touching
only what differs) and its undo brings back exactly the plan it replaced.
"""

from __future__ import annotations

from dataclasses import replace

from app.util.gc_pause import paused_gc

from .commands import Command
from .diff import node_fields_differ
from .plan import PLAN_FIELDS, Plan


class RestoreSnapshot(Command):
    """Make the live plan identical to `snapshot`: nodes, sibling order, facts, review notes."""

    def __init__(self, snapshot: Plan, label: str = "Pulihkan revisi") -> None:
        with paused_gc():
            self.snapshot = snapshot.copy()  # later edits of the caller's plan do not leak in
        self.label = label
        self._before: Plan | None = None

    def do(self, plan: Plan) -> None:
        with paused_gc():
            self._before = plan.copy()
            become(plan, self.snapshot)

    def undo(self, plan: Plan) -> None:
        assert self._before is not None
        with paused_gc():
            become(plan, self._before)


def become(plan: Plan, target: Plan) -> None:
    """Change `plan` into a copy of `target` using only the plan's primitives.

    Call inside a command. Nodes that are the same in both are not touched, so
    the change set names only what really differs (plus siblings whose index
    shifted, which the primitives record themselves).
    """
    for name in PLAN_FIELDS:
        if getattr(plan, name) != getattr(target, name):
            plan._set_plan(name, getattr(target, name))

    for note_id, note in list(plan.reviews.items()):
        if target.reviews.get(note_id) != note:
            plan._drop_review(note_id)
    for note_id, note in target.reviews.items():
        if note_id not in plan.reviews:
            plan._put_review(replace(note))

    goal = target.nodes
    for key in [k for k in plan.nodes if k not in goal]:
        plan._remove(key)
    for key, node in list(plan.nodes.items()):
        want = goal[key]
        if node.parent != want.parent:
            plan._move(key, want.parent)
        if node != want:
            fresh = want.copy()
            for name in node_fields_differ(node, want):
                plan._set(key, name, getattr(fresh, name))
    for key, want in goal.items():
        if key not in plan.nodes:
            plan._add(want.copy())

    # Every node now has its target parent: put each sibling list in the target order.
    for parent, wanted in list(target.families()):
        wanted = [k for k in wanted if k in goal]
        if not wanted:
            continue
        current = plan.children(parent)
        for i, key in enumerate(wanted):
            if current[i] != key:
                plan._move(key, parent, i)
                current = plan.children(parent)
