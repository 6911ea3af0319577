"""Run as a child process by test_crash: applies edits through a plan file, reports each one.

`python -m tests.store.crash_writer FILE N` prints "i" on its own line after edit i
has been committed (the session's push returned), so the parent knows what must survive.
"""

from __future__ import annotations

import sys

from app.model.commands import AddNode, Batch, MoveNode, SetField, add_indicator
from app.model.plan import Indicator, Node
from app.model.session import EditSession
from app.store import PlanFile


def apply_edit(edits: EditSession, i: int) -> None:
    """Edit number i: always adds node C-i; some edits also reorder or change an earlier one."""
    plan = edits.plan
    parent = "L0-0" if i % 2 else "L1-0"
    level = plan.scheme.names[plan.level_index(parent) + 1]
    parts = [AddNode(Node(f"C-{i}", level, f"edit {i}", parent=parent), 0)]
    if i % 3 == 0 and i > 0:
        parts.append(MoveNode(f"C-{i - 1}", plan[f"C-{i - 1}"].parent, 0))
    if i % 4 == 0:
        parts.append(SetField("L0-0", "statement", f"diubah oleh edit {i}"))
    edits.push(Batch(parts))
    edits.push(add_indicator(plan, f"C-{i}", Indicator(f"ind {i}", "outcome", "%", targets={
        2024: float(i)})))


def main() -> None:
    path, count = sys.argv[1], int(sys.argv[2])
    with PlanFile.open(path) as pf:
        edits = EditSession(pf.plan, pf)
        for i in range(count):
            apply_edit(edits, i)
            print(i, flush=True)


if __name__ == "__main__":
    main()
