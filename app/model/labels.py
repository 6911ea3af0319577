"""Names of edits for the undo history: which node, which field.

"Ubah indikator" eight times in a row says nothing in a meeting; "Ubah
pernyataan kinerja · Meningkatnya cakupan…" says what Ctrl+Z will take back.
The editor names a command just before it runs, while the plan still shows
what the command is about.
"""

from __future__ import annotations

from .commands import (
    AddNode,
    AddSubtree,
    Command,
    DeleteSubtree,
    DropReview,
    MoveNode,
    PutReview,
    SetField,
)
from .plan import Plan
from .text import Msg

SHORT = 42  # characters of a statement in a label


def short(plan: Plan, key: str | None) -> str:
    """The start of a node's statement (or its key when it has none), for a label."""
    node = plan.get(key)
    if node is None:
        return key or ""
    text = " ".join(node.statement.split()) or node.key
    if len(text) <= SHORT:
        return text
    cut = text[: SHORT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"  # whole words


def describe(plan: Plan, command: Command) -> str:
    """The history label of `command` run on `plan` as it is now."""
    label = command.label
    if "·" in label:  # already names what it is about
        return label
    if isinstance(command, SetField):
        return Msg("{edit} · {node}", edit=label, node=short(plan, command.key))
    if isinstance(command, AddNode):
        parent = command.node.parent
        if parent is None or parent not in plan:
            return Msg("Tambah {level}", level=command.node.level)
        return Msg("Tambah {level} · di bawah {parent}", level=command.node.level,
                   parent=short(plan, parent))
    if isinstance(command, AddSubtree):
        top = command.nodes[0]
        return Msg("Tempel cabang {level} ({n} simpul) · di bawah {parent}", level=top.level,
                   n=len(command.nodes), parent=short(plan, top.parent))
    if isinstance(command, DeleteSubtree):
        below = len(plan.subtree(command.key)) - 1 if command.key in plan else 0
        if below:
            return Msg("Hapus · {node} (dan {n} turunan)", node=short(plan, command.key), n=below)
        return Msg("Hapus · {node}", node=short(plan, command.key))
    if isinstance(command, MoveNode):
        node = plan.get(command.key)
        if node is not None and node.parent == command.parent:
            return Msg("Urutkan · {node}", node=short(plan, command.key))
        return Msg("Pindah · {node} ke bawah {parent}", node=short(plan, command.key),
                   parent=short(plan, command.parent))
    if isinstance(command, PutReview):
        verb = "Ubah catatan reviu" if command.note.id in plan.reviews else "Catatan reviu"
        return Msg("{edit} · {node}", edit=verb, node=short(plan, command.note.node))
    if isinstance(command, DropReview):
        note = plan.reviews.get(command.note_id)
        return Msg("Hapus catatan reviu · {node}", node=short(plan, note.node if note else None))
    return label
