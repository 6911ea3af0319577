"""Edit intents: given a plan, a selection and a gesture, the command to run or why not.

Every way of editing the tree (the keys and the mouse on the canvas, the
menus, the outline, presentation mode, the command line) asks these functions,
so "add a sibling" or "paste here" means the same everywhere and is refused
for the same reasons, with the same words. Nothing here changes the plan: the
caller pushes the returned command through the edit session.
"""

from __future__ import annotations

from dataclasses import dataclass

from .commands import (
    AddNode,
    Command,
    DeleteSubtree,
    MoveNode,
    SetField,
    add_further_parent,
    check_move,
    copy_subtree,
    remove_further_parent,
)
from .plan import ModelError, Node, Plan
from .text import Msg


@dataclass(frozen=True)
class Refusal:
    """Why a gesture does nothing, in a sentence for the planner."""

    message: str

    def __str__(self) -> str:
        return self.message


Intent = Command | Refusal


@dataclass(frozen=True)
class Clip:
    """What Copy or Cut took: a branch, by its top node's key."""

    key: str
    cut: bool = False


def _level_index(plan: Plan, key: str) -> int | Refusal:
    node = plan[key]
    i = plan.scheme.index(node.level)
    if i < 0:
        return Refusal(Msg(
            "Level '{level}' tidak ada dalam skema rencana ini: ubah dulu levelnya.",
            level=node.level))
    return i


def _new_node(plan: Plan, level: str, parent: str | None, opds: tuple[str, ...]) -> Node:
    """A new empty node; OPDs are carried over only at OPD levels (never to Pemda levels)."""
    kept = tuple(opds) if plan.scheme.is_opd_level(level) else ()
    return Node(plan.new_key(), level, "", opds=kept, parent=parent)


def new_child(plan: Plan, selected: str | None) -> AddNode | Refusal:
    """Tab: a node one level below the selection, with its OPDs at OPD levels.

    With nothing selected, only an empty plan takes a node (its first Tujuan):
    in a tree, a stray Tab must not add a top card somewhere off screen.
    """
    names = plan.scheme.names
    if selected is None or selected not in plan:
        if plan.nodes:
            return Refusal(Msg("Pilih simpul induk terlebih dahulu."))
        return AddNode(_new_node(plan, names[0], None, ()))
    i = _level_index(plan, selected)
    if isinstance(i, Refusal):
        return i
    parent = plan[selected]
    if i + 1 >= len(names):
        return Refusal(Msg("{level} adalah level terendah: tidak dapat menambah anak.",
                           level=parent.level))
    return AddNode(_new_node(plan, names[i + 1], selected, parent.opds))


def new_sibling(plan: Plan, selected: str | None) -> AddNode | Refusal:
    """Enter: a node at the selection's level, under the same parent, right after it."""
    if selected is None or selected not in plan:
        return new_child(plan, None)
    i = _level_index(plan, selected)
    if isinstance(i, Refusal):
        return i
    me = plan[selected]
    node = _new_node(plan, me.level, me.parent, me.opds)
    return AddNode(node, plan.index_in_parent(selected) + 1)


def paste_under(plan: Plan, clip: Clip | None, target: str | None) -> Command | Refusal:
    """Ctrl+V: a copy of the copied branch under `target` (or the cut branch moved there)."""
    if clip is None:
        return Refusal(Msg("Belum ada cabang yang disalin."))
    if clip.key not in plan:
        return Refusal(Msg("Cabang yang disalin sudah dihapus."))
    source = plan[clip.key]
    li = _level_index(plan, clip.key)
    if isinstance(li, Refusal):
        return li
    if target is None:
        if li != 0:
            return Refusal(Msg("Pilih simpul tempat cabang {level} ditempel.",
                               level=source.level))
    else:
        pi = _level_index(plan, target)
        if isinstance(pi, Refusal):
            return pi
        if li <= pi:
            return Refusal(Msg("Cabang {branch} tidak dapat ditempel di bawah {under}.",
                               branch=source.level, under=plan[target].level))
    if clip.cut:
        return move_to(plan, clip.key, target)
    return copy_subtree(plan, clip.key, target)


def move_to(plan: Plan, key: str, target: str | None, index: int | None = None) -> MoveNode | Refusal:
    """A drop of `key` on `target`: a new main parent."""
    if key not in plan:
        return Refusal(Msg("Simpul '{key}' tidak ada.", key=key))
    if plan[key].parent == target and index is None:
        return Refusal(Msg("Simpul sudah berada di bawah induk ini."))
    why = check_move(plan, key, target)
    if why:
        return Refusal(why)
    return MoveNode(key, target, index)


def move_among_siblings(plan: Plan, key: str | None, step: int) -> MoveNode | Refusal:
    """Alt+Up / Alt+Down: one place earlier or later among the siblings."""
    if key is None or key not in plan:
        return Refusal(Msg("Pilih simpul yang akan dipindah."))
    parent = plan[key].parent
    siblings = plan.children(parent)
    i = siblings.index(key)
    j = i + step
    if not 0 <= j < len(siblings):
        return Refusal(Msg("Simpul sudah paling atas di antara saudaranya.") if step < 0
                       else Msg("Simpul sudah paling bawah di antara saudaranya."))
    command = MoveNode(key, parent, j)
    command.label = "Urutkan simpul"
    return command


def link_to(plan: Plan, key: str, target: str) -> SetField | Refusal:
    """Alt+drop, or "Tambah induk lain…": `key` also contributes to `target`."""
    try:
        return add_further_parent(plan, key, target)
    except ModelError as exc:
        return Refusal(str(exc))


def unlink(plan: Plan, key: str, parent: str) -> SetField | Refusal:
    if key not in plan or parent not in plan[key].further_parents:
        return Refusal(Msg("Simpul ini tidak terhubung ke induk lain tersebut."))
    return remove_further_parent(plan, key, parent)


def delete(plan: Plan, key: str | None) -> DeleteSubtree | Refusal:
    """Delete: the node and its branch (the caller asks first when `descendants` > 0)."""
    if key is None or key not in plan:
        return Refusal(Msg("Pilih simpul yang akan dihapus."))
    return DeleteSubtree(key)


def descendants(plan: Plan, key: str) -> int:
    """How many nodes go with `key` when it is deleted."""
    return len(plan.subtree(key)) - 1


def set_statement(plan: Plan, key: str, text: str) -> SetField | None:
    """F2 / the in-place editor: the new statement, or None when nothing changed."""
    if key not in plan or text == plan[key].statement:
        return None
    return SetField(key, "statement", text)


def after_delete(plan: Plan, key: str) -> str | None:
    """What to select once `key` is gone: the next sibling, else the previous, else the parent."""
    node = plan[key]
    siblings = plan.children(node.parent)
    i = siblings.index(key)
    if i + 1 < len(siblings):
        return siblings[i + 1]
    if i > 0:
        return siblings[i - 1]
    return node.parent if node.parent in plan else None
