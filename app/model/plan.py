"""The plan: nodes of a pohon kinerja, their indicators, and the plan's own facts.

Pure Python. Everything that changes a plan goes through a command
(`app.model.commands`), which calls the underscore primitives here; the
primitives record what they touched, and `Plan.execute` returns the resulting
change set. Who writes it and who redraws is the edit session's business
(`app.model.session`), not the plan's.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from typing import Protocol

from .changes import ChangeSet
from .levels import LevelScheme

JENIS = ("dampak", "outcome", "output")
POLARITAS = ("naik", "turun")
TINGKAT = ("kota", "kabupaten", "provinsi")
DOC_TYPES = ("RPD", "RPJMD", "Renstra")
# How often an indicator's value is reported (manual IKU); suggestions, other text is kept.
REPORTING_PERIODS = ("Tahunan", "Semesteran", "Triwulanan", "Bulanan")

Value = float | str


class ModelError(ValueError):
    """An edit the model refuses; the message is Indonesian and meant for the planner."""


@dataclass(frozen=True)
class Indicator:
    """One indicator of a node. Immutable: edits replace it whole."""

    name: str
    jenis: str = ""  # "dampak" | "outcome" | "output" | "" (not given)
    satuan: str = ""
    polaritas: str = "naik"  # "naik" | "turun"
    baseline: Value | None = None
    targets: dict[int, Value] = field(default_factory=dict)
    definition: str = ""  # manual IKU: what the indicator measures
    formula: str = ""
    data_source: str = ""  # sumber data
    # Added later, at the end and with defaults, so that every older file, snapshot
    # and positional construction still reads the same.
    baseline_year: int | None = None  # the year the baseline was measured
    reporting_period: str = ""  # periode pelaporan, e.g. "Tahunan" (REPORTING_PERIODS)
    data_owner: str = ""  # penanggung jawab data

    def target(self, year: int) -> Value | None:
        return self.targets.get(year)

    def with_target(self, year: int, value: Value | None) -> Indicator:
        targets = dict(self.targets)
        if value is None or value == "":
            targets.pop(year, None)
        else:
            targets[year] = value
        return replace(self, targets=targets)


@dataclass
class Node:
    """A condition to be achieved (kondisi/hasil), at one level, with its indicators.

    `parent` is the main parent's key (None at the top); it may name a key that
    does not exist in a broken imported plan (the validator reports it).
    `further_parents` are the nodes this one also contributes to.
    """

    key: str
    level: str
    statement: str = ""
    opds: tuple[str, ...] = ()
    position: str = ""  # Penanggung Jawab
    code: str = ""
    notes: str = ""  # Keterangan
    parent: str | None = None
    further_parents: tuple[str, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    budget: dict[int, float] = field(default_factory=dict)  # pagu per year
    extra: dict[str, str] = field(default_factory=dict)  # unknown workbook columns, kept

    def copy(self) -> Node:
        return replace(
            self,
            budget=dict(self.budget),
            extra=dict(self.extra),
        )


# Fields a command may set on a node (everything but key and the main parent,
# which moves through MoveNode so that sibling order stays right).
NODE_FIELDS = tuple(f.name for f in fields(Node) if f.name not in ("key", "parent"))
PLAN_FIELDS = ("name", "government", "tingkat", "doc_type", "start_year", "end_year", "scheme")


@dataclass
class ReviewNote:
    """A note taken on a node during an assistance session (catatan reviu)."""

    id: str
    node: str
    text: str
    author: str = ""
    date: str = ""  # ISO date-time
    status: str = "open"  # "open" | "resolved"
    decision: str = ""  # keputusan


class Doable(Protocol):
    """A command (app.model.commands): changes a plan through its primitives, and back."""

    def do(self, plan: Plan) -> None: ...

    def undo(self, plan: Plan) -> None: ...


class Plan:
    """A pohon kinerja: plan facts, nodes in sibling order, review notes."""

    def __init__(
        self,
        name: str = "",
        government: str = "",
        tingkat: str = "kota",
        doc_type: str = "RPD",
        start_year: int = 2024,
        end_year: int = 2026,
        scheme: LevelScheme | None = None,
    ) -> None:
        self.name = name
        self.government = government
        self.tingkat = tingkat
        self.doc_type = doc_type
        self.start_year = start_year
        self.end_year = end_year
        self.scheme = scheme or LevelScheme.default()
        self.nodes: dict[str, Node] = {}
        self.reviews: dict[str, ReviewNote] = {}
        self._kids: dict[str | None, list[str]] = {None: []}
        self._recording: ChangeSet | None = None
        self._roots_cache: list[str] | None = None
        self._maybe_cyclic = False  # True when a main-parent cycle may exist: roots() then scans
        self._key_counter = itertools.count(1)

    # --- reading -----------------------------------------------------------

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, key: object) -> bool:
        return key in self.nodes

    def __getitem__(self, key: str) -> Node:
        return self.nodes[key]

    def get(self, key: str | None) -> Node | None:
        return self.nodes.get(key) if key is not None else None

    def children(self, key: str | None) -> list[str]:
        """Keys of the main children of `key`, in order. Read-only: do not mutate."""
        return self._kids.get(key, [])

    def index_in_parent(self, key: str) -> int:
        return self._kids[self.nodes[key].parent].index(key)

    def roots(self) -> list[str]:
        """Nodes drawn at the top: no parent, a parent that does not exist, or stuck in a cycle.

        Every node is reachable from exactly one of these by main-child links, so
        views that walk from the roots show the whole plan, broken or not. The
        full reachability scan runs only when a main-parent cycle may exist (after
        a bulk load, or an edit that closed a loop); otherwise roots are cheap.
        """
        if self._roots_cache is None:
            roots = list(self._kids.get(None, []))
            for parent, kids in self._kids.items():
                if parent is not None and kids and parent not in self.nodes:
                    roots.extend(kids)
            if self._maybe_cyclic:
                seen: set[str] = set()
                stack = list(roots)
                while stack:
                    k = stack.pop()
                    if k not in seen:
                        seen.add(k)
                        stack.extend(self._kids.get(k, ()))
                cyclic = False
                if len(seen) < len(self.nodes):
                    for key in self.nodes:
                        if key not in seen:  # on a main-parent cycle, or below one
                            cyclic = True
                            roots.append(key)
                            seen.update(self.subtree(key))
                self._maybe_cyclic = cyclic
            self._roots_cache = roots
        return self._roots_cache

    def _on_top(self, parent: str | None) -> bool:
        """True when a node under `parent` is (or may be) a root, so that the roots may change.

        A node under an existing parent is never a root unless a main-parent cycle
        may exist; every other edit keeps the cached roots (finding them again
        scans every family, a few milliseconds per edit on 20,000 nodes).
        """
        return parent is None or parent not in self.nodes or self._maybe_cyclic

    def _closes_loop(self, key: str, parent: str | None) -> bool:
        """True when giving `key` the main parent `parent` would put it on a parent cycle."""
        seen = set()
        while parent is not None and parent not in seen:
            if parent == key:
                return True
            seen.add(parent)
            node = self.nodes.get(parent)
            parent = node.parent if node is not None else None
        return False

    def subtree(self, key: str) -> list[str]:
        """`key` and its main descendants in pre-order (safe on cycles)."""
        out: list[str] = []
        seen: set[str] = set()
        stack = [key]
        while stack:
            k = stack.pop()
            if k in seen:
                continue
            seen.add(k)
            out.append(k)
            stack.extend(reversed(self._kids.get(k, [])))
        return out

    def walk(self) -> Iterator[str]:
        """Every node key in display order: each root's subtree in pre-order."""
        for r in self.roots():
            yield from self.subtree(r)

    def ancestors(self, key: str) -> list[str]:
        """Main-parent chain from the direct parent up to the top (safe on cycles)."""
        out: list[str] = []
        seen = {key}
        parent = self.nodes[key].parent
        while parent is not None and parent in self.nodes and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = self.nodes[parent].parent
        return out

    def further_children(self, key: str) -> list[str]:
        """Nodes that name `key` as a further parent (they contribute to it)."""
        return [n.key for n in self.nodes.values() if key in n.further_parents]

    def level_index(self, key: str) -> int:
        return self.scheme.index(self.nodes[key].level)

    def opds(self) -> list[str]:
        """Every OPD named in the plan, in first-seen order."""
        seen: dict[str, None] = {}
        for n in self.nodes.values():
            for o in n.opds:
                seen.setdefault(o, None)
        return list(seen)

    def new_key(self, prefix: str = "N") -> str:
        """A key not yet used in this plan."""
        while True:
            key = f"{prefix}-{next(self._key_counter)}"
            if key not in self.nodes:
                return key

    # --- running commands ----------------------------------------------------

    def execute(self, command: Doable) -> ChangeSet:
        """Run `command.do(plan)`; returns what it changed, as one change set."""
        return self._run(lambda: command.do(self))

    def revert(self, command: Doable) -> ChangeSet:
        """Run `command.undo(plan)`; returns what it changed, as one change set."""
        return self._run(lambda: command.undo(self))

    def _run(self, action: Callable[[], None]) -> ChangeSet:
        if self._recording is not None:
            raise ModelError("Perubahan bersarang tidak didukung.")
        self._recording = ChangeSet()
        try:
            action()
        finally:
            changes, self._recording = self._recording, None
        return changes

    def _rec(self) -> ChangeSet:
        # Primitives called outside execute (building a plan from a file) record nowhere.
        return self._recording if self._recording is not None else ChangeSet()

    # --- primitives: only commands and loaders call these --------------------

    def _add(self, node: Node, index: int | None = None) -> None:
        if node.key in self.nodes:
            raise ModelError(f"Kunci simpul '{node.key}' sudah dipakai.")
        self.nodes[node.key] = node
        if self._recording is None or (self._kids.get(node.key) and self._closes_loop(
            node.key, node.parent
        )):
            # Bulk loads may bring cycles; an added node adopting orphans may close one.
            self._maybe_cyclic = True
        if self._kids.get(node.key) or self._on_top(node.parent):
            self._roots_cache = None  # adopts orphans, or is a top card itself
        kids = self._kids.setdefault(node.parent, [])
        if index is None or index >= len(kids):
            kids.append(node.key)
        else:
            kids.insert(index, node.key)
            for k in kids[index + 1 :]:
                self._rec().note_moved(k)
        self._kids.setdefault(node.key, [])
        self._rec().note_added(node.key)

    def _remove(self, key: str) -> tuple[Node, int]:
        """Remove one node (its children keep pointing at it); returns it and its sibling index."""
        node = self.nodes.pop(key)
        kids = self._kids[node.parent]
        index = kids.index(key)
        del kids[index]
        for k in kids[index:]:
            self._rec().note_moved(k)
        if not self._kids.get(key):
            self._kids.pop(key, None)
        else:
            self._roots_cache = None  # its children are orphans now, drawn at the top
        if node.parent is not None and not kids:
            self._kids.pop(node.parent, None)
        if self._on_top(node.parent):
            self._roots_cache = None
        self._rec().note_removed(key)
        return node, index

    def _move(self, key: str, parent: str | None, index: int | None = None) -> None:
        node = self.nodes[key]
        old = self._kids[node.parent]
        i = old.index(key)
        del old[i]
        for k in old[i:]:
            self._rec().note_moved(k)
        if node.parent is not None and not old and node.parent not in self.nodes:
            self._kids.pop(node.parent, None)
        if self._closes_loop(key, parent):
            self._maybe_cyclic = True
        if self._on_top(node.parent) or self._on_top(parent):
            self._roots_cache = None
        node.parent = parent
        kids = self._kids.setdefault(parent, [])
        if index is None or index >= len(kids):
            kids.append(key)
        else:
            kids.insert(index, key)
            for k in kids[index + 1 :]:
                self._rec().note_moved(k)
        self._rec().note_moved(key)

    def _set(self, key: str, name: str, value: object) -> object:
        """Set one node field; returns the old value."""
        if name not in NODE_FIELDS:
            raise ModelError(f"Bidang '{name}' tidak dapat diubah.")
        node = self.nodes[key]
        old = getattr(node, name)
        setattr(node, name, value)
        if name == "further_parents":
            self._roots_cache = None
        self._rec().note_changed(key, name)
        return old

    def _set_plan(self, name: str, value: object) -> object:
        if name not in PLAN_FIELDS:
            raise ModelError(f"Bidang rencana '{name}' tidak dikenal.")
        old = getattr(self, name)
        setattr(self, name, value)
        self._rec().plan.add(name)
        return old

    def _put_review(self, note: ReviewNote) -> ReviewNote | None:
        old = self.reviews.get(note.id)
        self.reviews[note.id] = note
        self._rec().reviews.add(note.id)
        return old

    def _drop_review(self, note_id: str) -> ReviewNote:
        note = self.reviews.pop(note_id)
        self._rec().reviews.add(note_id)
        return note

    # --- building and comparing ----------------------------------------------

    def load_nodes(self, nodes: Iterable[Node]) -> None:
        """Fill a new plan from a file, in sibling order, without events."""
        for node in nodes:
            self._add(node)

    def copy(self) -> Plan:
        """A deep copy with no listeners (snapshots, comparisons)."""
        other = Plan(
            self.name,
            self.government,
            self.tingkat,
            self.doc_type,
            self.start_year,
            self.end_year,
            self.scheme,
        )
        other.load_nodes(n.copy() for k in self._ordered_keys() for n in [self.nodes[k]])
        other.reviews = {k: replace(v) for k, v in self.reviews.items()}
        return other

    def _ordered_keys(self) -> list[str]:
        """All keys so that each sibling list is met in order (parents' lists kept whole)."""
        out: list[str] = []
        for kids in self._kids.values():
            out.extend(k for k in kids if k in self.nodes)
        return out

    def facts(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in PLAN_FIELDS}

    def signature(self) -> tuple:
        """Everything that makes two plans the same, sibling order included."""
        return (
            tuple(self.facts().items()),
            tuple(
                (p, tuple(k for k in kids if k in self.nodes))
                for p, kids in sorted(self._kids.items(), key=lambda kv: str(kv[0]))
                if any(k in self.nodes for k in kids)
            ),
            tuple(sorted((k, _node_sig(n)) for k, n in self.nodes.items())),
            tuple(sorted((k, repr(v)) for k, v in self.reviews.items())),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plan):
            return NotImplemented
        return self.signature() == other.signature()

    __hash__ = None  # type: ignore[assignment]

    def __deepcopy__(self, memo: dict) -> Plan:
        return self.copy()


def _freeze(value: object) -> object:
    """A comparable form of a field value, dict order ignored."""
    if isinstance(value, dict):
        return tuple(sorted((str(k), _freeze(v)) for k, v in value.items()))
    if isinstance(value, (tuple, list)):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, Indicator):
        return tuple((f.name, _freeze(getattr(value, f.name))) for f in fields(Indicator))
    return value


def _node_sig(n: Node) -> tuple:
    return tuple((f.name, _freeze(getattr(n, f.name))) for f in fields(Node))
