"""Edits as commands: each knows how to do and undo itself on a plan.

A command touches the plan only through its primitives, so the plan records
one change set per command; undo is the same command run backwards. Every
command carries an Indonesian label for the undo history.

Commands check what they can before touching anything and raise `ModelError`
with a message for the planner (a move that would make a cycle, ...), so a
refused edit changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .plan import NODE_FIELDS, Indicator, ModelError, Node, Plan, ReviewNote
from .text import Msg


class Command:
    """Base: `do` and `undo` change the plan; `label` names the edit for people."""

    label: str = Msg("Ubah")

    def do(self, plan: Plan) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def undo(self, plan: Plan) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class Batch(Command):
    """Several commands as one edit: one change set, one undo step."""

    def __init__(self, commands: Sequence[Command], label: str = Msg("Beberapa perubahan")) -> None:
        self.commands = list(commands)
        self.label = label
        self._done = 0

    def do(self, plan: Plan) -> None:
        self._done = 0
        try:
            for c in self.commands:
                c.do(plan)
                self._done += 1
        except Exception:
            # A refused part undoes the parts already done: a batch is all or nothing.
            for c in reversed(self.commands[: self._done]):
                c.undo(plan)
            raise

    def undo(self, plan: Plan) -> None:
        for c in reversed(self.commands):
            c.undo(plan)


# --- nodes -------------------------------------------------------------------


class AddNode(Command):
    """Add one node under `node.parent` at `index` (None: last)."""

    def __init__(self, node: Node, index: int | None = None) -> None:
        self.node = node
        self.index = index
        self.label = Msg("Tambah simpul")

    def do(self, plan: Plan) -> None:
        if self.node.key in plan:
            raise ModelError(Msg("Kunci simpul '{key}' sudah dipakai.", key=self.node.key))
        plan._add(self.node.copy(), self.index)

    def undo(self, plan: Plan) -> None:
        plan._remove(self.node.key)


class AddSubtree(Command):
    """Add a subtree given in pre-order (the first node is its top); used by paste."""

    def __init__(self, nodes: Sequence[Node], index: int | None = None) -> None:
        if not nodes:
            raise ModelError(Msg("Tidak ada simpul untuk ditempel."))
        self.nodes = [n.copy() for n in nodes]
        self.index = index
        self.label = Msg("Tempel cabang")

    def do(self, plan: Plan) -> None:
        clash = [n.key for n in self.nodes if n.key in plan]
        if clash:
            raise ModelError(Msg("Kunci simpul '{key}' sudah dipakai.", key=clash[0]))
        plan._add(self.nodes[0].copy(), self.index)
        for n in self.nodes[1:]:
            plan._add(n.copy())

    def undo(self, plan: Plan) -> None:
        for n in reversed(self.nodes):
            plan._remove(n.key)


class DeleteSubtree(Command):
    """Remove a node, its main descendants, and the contribution links that point into them."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.label = Msg("Hapus simpul")
        self._removed: list[tuple[Node, int]] = []
        self._links: list[tuple[str, tuple[str, ...]]] = []
        self._reviews: list[ReviewNote] = []

    def do(self, plan: Plan) -> None:
        if self.key not in plan:
            raise ModelError(Msg("Simpul '{key}' tidak ada.", key=self.key))
        keys = plan.subtree(self.key)
        gone = set(keys)
        self._links = []
        for node in plan.nodes.values():
            if node.key not in gone and gone.intersection(node.further_parents):
                self._links.append((node.key, node.further_parents))
        for other, old in self._links:
            plan._set(other, "further_parents", tuple(p for p in old if p not in gone))
        self._reviews = [r for r in plan.reviews.values() if r.node in gone]
        for r in self._reviews:
            plan._drop_review(r.id)
        # Remove bottom-up so that every node's parent still exists when it goes.
        self._removed = [plan._remove(k) for k in reversed(keys)]

    def undo(self, plan: Plan) -> None:
        for node, index in reversed(self._removed):
            plan._add(node, index)
        for r in self._reviews:
            plan._put_review(r)
        for other, old in self._links:
            plan._set(other, "further_parents", old)


def check_move(plan: Plan, key: str, parent: str | None) -> str | None:
    """Why `key` cannot go under `parent` (Indonesian), or None when it can."""
    if key not in plan:
        return Msg("Simpul '{key}' tidak ada.", key=key)
    if parent is None:
        return None
    if parent not in plan:
        return Msg("Simpul induk '{key}' tidak ada.", key=parent)
    if parent == key or key in plan.ancestors(parent) or parent in plan.subtree(key):
        return Msg("Simpul tidak dapat dipindah ke bawah dirinya sendiri atau ke bawah turunannya.")
    scheme = plan.scheme
    li, pi = scheme.index(plan[key].level), scheme.index(plan[parent].level)
    if li >= 0 and pi >= 0 and li <= pi:
        return Msg("Level {level} tidak dapat berada di bawah {parent}: induk harus satu level "
                   "di atasnya.", level=plan[key].level, parent=plan[parent].level)
    return None


class MoveNode(Command):
    """Give a node a new main parent (or a new place among its siblings)."""

    def __init__(self, key: str, parent: str | None, index: int | None = None) -> None:
        self.key = key
        self.parent = parent
        self.index = index
        self.label = Msg("Pindah simpul")
        self._old: tuple[str | None, int] | None = None

    def do(self, plan: Plan) -> None:
        node = plan.get(self.key)
        if node is None:
            raise ModelError(Msg("Simpul '{key}' tidak ada.", key=self.key))
        if self.parent != node.parent:
            why = check_move(plan, self.key, self.parent)
            if why:
                raise ModelError(why)
        self._old = (node.parent, plan.index_in_parent(self.key))
        plan._move(self.key, self.parent, self.index)

    def undo(self, plan: Plan) -> None:
        assert self._old is not None
        plan._move(self.key, self._old[0], self._old[1])


_FIELD_LABELS = {
    "statement": Msg("Ubah pernyataan kinerja"),
    "level": Msg("Ubah level"),
    "opds": Msg("Ubah perangkat daerah"),
    "position": Msg("Ubah penanggung jawab"),
    "code": Msg("Ubah kode"),
    "notes": Msg("Ubah keterangan"),
    "further_parents": Msg("Ubah induk lain"),
    "indicators": Msg("Ubah indikator"),
    "budget": Msg("Ubah pagu"),
    "extra": Msg("Ubah kolom tambahan"),
}


class SetField(Command):
    """Set one field of one node (statement, level, OPDs, code, indicators, ...)."""

    def __init__(self, key: str, field: str, value: object, label: str | None = None) -> None:
        if field not in NODE_FIELDS:
            raise ModelError(Msg("Bidang '{field}' tidak dapat diubah.", field=field))
        self.key = key
        self.field = field
        self.value = _normalise(field, value)
        self.label: str = label or _FIELD_LABELS.get(field) or Msg("Ubah simpul")
        self._old: object = None

    def do(self, plan: Plan) -> None:
        if self.key not in plan:
            raise ModelError(Msg("Simpul '{key}' tidak ada.", key=self.key))
        self._old = plan._set(self.key, self.field, self.value)

    def undo(self, plan: Plan) -> None:
        plan._set(self.key, self.field, self._old)


def _normalise(field: str, value: Any) -> object:
    """The stored form of a field value: tuples for lists, fresh dicts, text for texts."""
    if field in ("opds", "further_parents", "indicators"):
        return tuple(value)
    if field in ("budget", "extra"):
        return dict(value)
    if field in ("statement", "position", "code", "notes", "level"):
        return "" if value is None else str(value)
    return value


def add_further_parent(plan: Plan, key: str, parent: str) -> SetField:
    """The command that makes `key` contribute to `parent` too; refuses cycles and duplicates."""
    node = plan.get(key)
    if node is None or parent not in plan:
        raise ModelError(Msg("Simpul atau induk lain tidak ada."))
    if parent == key or parent == node.parent or parent in node.further_parents:
        raise ModelError(Msg("Simpul ini sudah terhubung ke induk tersebut."))
    if _reaches(plan, parent, key):
        raise ModelError(Msg("Tautan ini akan membuat siklus: induk lain adalah turunan simpul ini."))
    return SetField(key, "further_parents", node.further_parents + (parent,), Msg("Tambah induk lain"))


def remove_further_parent(plan: Plan, key: str, parent: str) -> SetField:
    node = plan[key]
    kept = tuple(p for p in node.further_parents if p != parent)
    return SetField(key, "further_parents", kept, Msg("Hapus induk lain"))


def _reaches(plan: Plan, start: str, target: str) -> bool:
    """True when following main and further parent links up from `start` meets `target`."""
    seen = set()
    stack = [start]
    while stack:
        k = stack.pop()
        if k == target:
            return True
        if k in seen or k not in plan:
            continue
        seen.add(k)
        n = plan[k]
        if n.parent is not None:
            stack.append(n.parent)
        stack.extend(n.further_parents)
    return False


# --- indicators (a node's indicator tuple replaced whole) --------------------


def add_indicator(plan: Plan, key: str, indicator: Indicator, index: int | None = None,
                  label: str | None = None) -> SetField:
    inds = list(plan[key].indicators)
    inds.insert(len(inds) if index is None else index, indicator)
    return SetField(key, "indicators", inds, label or Msg("Tambah indikator"))


def remove_indicator(plan: Plan, key: str, index: int, label: str | None = None) -> SetField:
    inds = list(plan[key].indicators)
    del inds[index]
    return SetField(key, "indicators", inds, label or Msg("Hapus indikator"))


def change_indicator(plan: Plan, key: str, index: int, indicator: Indicator,
                     label: str | None = None) -> SetField:
    """`label` names the edit for the undo history ("Ubah target 2025 · Angka kemiskinan")."""
    inds = list(plan[key].indicators)
    inds[index] = indicator
    return SetField(key, "indicators", inds, label or Msg("Ubah indikator"))


def move_indicator(plan: Plan, key: str, index: int, to: int,
                   label: str | None = None) -> SetField:
    inds = list(plan[key].indicators)
    inds.insert(to, inds.pop(index))
    return SetField(key, "indicators", inds, label or Msg("Urutkan indikator"))


# --- the plan's own facts ----------------------------------------------------


class SetPlanField(Command):
    """Change a fact of the plan: name, government, tingkat, document type, period, scheme."""

    def __init__(self, field: str, value: Any, label: str | None = None) -> None:
        self.field = field
        self.value = value
        self.label = label or Msg("Ubah properti rencana")
        self._old: object = None

    def do(self, plan: Plan) -> None:
        if self.field == "start_year" and int(self.value) > plan.end_year:
            raise ModelError(Msg("Tahun awal tidak boleh sesudah tahun akhir."))
        if self.field == "end_year" and int(self.value) < plan.start_year:
            raise ModelError(Msg("Tahun akhir tidak boleh sebelum tahun awal."))
        self._old = plan._set_plan(self.field, self.value)

    def undo(self, plan: Plan) -> None:
        plan._set_plan(self.field, self._old)


def set_period(start: int, end: int) -> Batch:
    """Change the plan period as one edit; targets outside the period are kept, not lost."""
    if start > end:
        raise ModelError(Msg("Tahun awal tidak boleh sesudah tahun akhir."))

    class _Period(Command):
        label = Msg("Ubah periode rencana")

        def __init__(self) -> None:
            self._old = (0, 0)

        def do(self, plan: Plan) -> None:
            self._old = (plan.start_year, plan.end_year)
            plan._set_plan("start_year", start)
            plan._set_plan("end_year", end)

        def undo(self, plan: Plan) -> None:
            plan._set_plan("start_year", self._old[0])
            plan._set_plan("end_year", self._old[1])

    return Batch([_Period()], Msg("Ubah periode rencana"))


# --- review notes --------------------------------------------------------------


class PutReview(Command):
    """Add or change a review note."""

    def __init__(self, note: ReviewNote) -> None:
        self.note = note
        self.label = Msg("Catatan reviu")
        self._old: ReviewNote | None = None

    def do(self, plan: Plan) -> None:
        if self.note.node not in plan:
            raise ModelError(Msg("Simpul '{key}' tidak ada.", key=self.note.node))
        self._old = plan._put_review(replace(self.note))

    def undo(self, plan: Plan) -> None:
        if self._old is None:
            plan._drop_review(self.note.id)
        else:
            plan._put_review(self._old)


class DropReview(Command):
    def __init__(self, note_id: str) -> None:
        self.note_id = note_id
        self.label = Msg("Hapus catatan reviu")
        self._old: ReviewNote | None = None

    def do(self, plan: Plan) -> None:
        self._old = plan._drop_review(self.note_id)

    def undo(self, plan: Plan) -> None:
        assert self._old is not None
        plan._put_review(self._old)


def copy_subtree(plan: Plan, key: str, new_parent: str | None) -> AddSubtree:
    """Paste: a copy of `key`'s subtree with fresh keys, placed under `new_parent`.

    Contribution links inside the copied subtree follow the copy; links to nodes
    outside it are kept as they are.
    """
    keys = plan.subtree(key)
    fresh = {k: plan.new_key() for k in keys}  # the counter never repeats a key
    nodes: list[Node] = []
    for k in keys:
        n = plan[k].copy()
        n.key = fresh[k]
        n.parent = new_parent if k == key else fresh[n.parent]  # type: ignore[index]
        n.further_parents = tuple(fresh.get(p, p) for p in n.further_parents)
        nodes.append(n)
    return AddSubtree(nodes)
