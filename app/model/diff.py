"""Comparing two plans: what was added, removed, moved and changed from OLD to NEW.

Assistance sessions revise the tree on the spot; afterwards the city must show
what changed (the "matriks perubahan"). This module answers that question for
any two plans (a snapshot and the live plan, a draft and the final), in pure
Python, fast enough for 20,000 nodes.

Decisions worth knowing:

- Nodes are matched by key. A node whose key is in both plans is never
  "added" or "removed", whatever happened to it in between.
- A node is *moved* when its main parent changed (keys; None for the top
  level). A reorder among the same siblings is not a move: it is reported as
  the changed field ``order`` on the fewest nodes that explain it (the nodes
  outside a longest common subsequence of the old and new sibling lists,
  counting only siblings present under that parent in both plans). So adding
  or deleting a sibling never marks the others as reordered.
- Field names follow contract section 2 (statement, opds, code, indicators,
  level, further_parents), then position, notes, budget, extra and order.
  They always come in that order (`FIELD_ORDER`).
- Indicators are matched by name within a node (the n-th indicator of a name
  with the n-th of the same name): a renamed indicator is one removed and one
  added. Target changes are listed per year, old value to new value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from app.util.sequences import longest_rising

from .plan import NODE_FIELDS, PLAN_FIELDS, Indicator, Node, Plan, Value

CONTRACT_FIELDS = ("statement", "opds", "code", "indicators", "level", "further_parents")
ORDER = "order"
# Every field name a comparison may report, in the order it reports them.
FIELD_ORDER = CONTRACT_FIELDS + tuple(
    f for f in NODE_FIELDS if f not in CONTRACT_FIELDS
) + (ORDER,)
_RANK = {name: i for i, name in enumerate(FIELD_ORDER)}

# Indicator attributes compared one by one (targets are compared per year).
INDICATOR_FIELDS = tuple(f.name for f in fields(Indicator) if f.name not in ("name", "targets"))


@dataclass(frozen=True)
class Move:
    """A node whose main parent changed."""

    node: str
    old_parent: str | None
    new_parent: str | None


@dataclass(frozen=True)
class IndicatorChange:
    """One indicator of a node added, removed or changed.

    `fields` names the attributes that changed (jenis, satuan, polaritas,
    baseline, baseline_year, definition, formula, data_source, reporting_period,
    data_owner; "targets" when any target did);
    `targets` maps each year whose target changed to (old, new), None for a
    missing target.
    """

    name: str
    kind: str  # "added" | "removed" | "changed"
    old: Indicator | None = None
    new: Indicator | None = None
    fields: tuple[str, ...] = ()
    targets: dict[int, tuple[Value | None, Value | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class NodeChange:
    """A node present in both plans whose fields (or place among its siblings) differ."""

    node: str
    fields: tuple[str, ...]
    indicators: tuple[IndicatorChange, ...] = ()


@dataclass
class PlanDiff:
    """What changed from one plan to another. Every list is sorted by node key."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    moved: list[Move] = field(default_factory=list)
    changed: list[NodeChange] = field(default_factory=list)
    plan: dict[str, tuple[object, object]] = field(default_factory=dict)  # fact: (old, new)

    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.changed or self.plan)

    def change_of(self, key: str) -> NodeChange | None:
        for c in self.changed:
            if c.node == key:
                return c
        return None

    def marks(self) -> dict[str, str]:
        """Key -> "added", "removed", "moved" or "changed", for colouring a canvas and a legend.

        A node both moved and changed is "moved" (the bigger change to the eye);
        removed keys exist only in the old plan.
        """
        out = {c.node: "changed" for c in self.changed}
        out.update((m.node, "moved") for m in self.moved)
        out.update((k, "added") for k in self.added)
        out.update((k, "removed") for k in self.removed)
        return out

    def counts(self) -> dict[str, int]:
        """Numbers for a summary: nodes per kind of change, indicator and target changes."""
        inds = [ic for c in self.changed for ic in c.indicators]
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "moved": len(self.moved),
            "changed": len(self.changed),
            "indicators": len(inds),
            "targets": sum(len(ic.targets) for ic in inds if ic.kind == "changed"),
            "plan": len(self.plan),
        }

    def to_dict(self) -> dict[str, object]:
        """Exactly the shape of `pokin diff --json` (contract section 2)."""
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "moved": [{"node": m.node, "from": m.old_parent, "to": m.new_parent} for m in self.moved],
            "changed": [{"node": c.node, "fields": list(c.fields)} for c in self.changed],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def diff_plans(old: Plan, new: Plan) -> PlanDiff:
    """Compare two plans; neither is changed."""
    old_nodes, new_nodes = old.nodes, new.nodes
    added = sorted(k for k in new_nodes if k not in old_nodes)
    removed = sorted(k for k in old_nodes if k not in new_nodes)
    moved: list[Move] = []
    changed_fields: dict[str, list[str]] = {}
    for key, a in old_nodes.items():
        b = new_nodes.get(key)
        if b is None or a == b:
            continue
        if a.parent != b.parent:
            moved.append(Move(key, a.parent, b.parent))
        names = node_fields_differ(a, b)
        if names:
            changed_fields[key] = names
    for key in _reordered(old, new):
        changed_fields.setdefault(key, []).append(ORDER)

    changed = []
    for key in sorted(changed_fields):
        names = sorted(changed_fields[key], key=_RANK.__getitem__)
        details: tuple[IndicatorChange, ...] = ()
        if "indicators" in names:
            details = tuple(
                indicator_changes(old_nodes[key].indicators, new_nodes[key].indicators)
            )
        changed.append(NodeChange(key, tuple(names), details))
    moved.sort(key=lambda m: m.node)
    facts = {
        name: (getattr(old, name), getattr(new, name))
        for name in PLAN_FIELDS
        if getattr(old, name) != getattr(new, name)
    }
    return PlanDiff(added, removed, moved, changed, facts)


def indicator_changes(
    old: Iterable[Indicator], new: Iterable[Indicator]
) -> list[IndicatorChange]:
    """Indicators added, removed and changed between two indicator lists, matched by name."""
    a_by, b_by = _by_name(old), _by_name(new)
    out: list[IndicatorChange] = []
    for key, a in a_by.items():
        b = b_by.get(key)
        if b is None:
            out.append(IndicatorChange(a.name, "removed", old=a))
        elif a != b:
            names = [f for f in INDICATOR_FIELDS if getattr(a, f) != getattr(b, f)]
            targets = {
                y: (a.targets.get(y), b.targets.get(y))
                for y in sorted(set(a.targets) | set(b.targets))
                if a.targets.get(y) != b.targets.get(y)
            }
            if targets:
                names.append("targets")
            if names:  # equal values of different types (1 and 1.0) are no change
                out.append(IndicatorChange(a.name, "changed", a, b, tuple(names), targets))
    for key, b in b_by.items():
        if key not in a_by:
            out.append(IndicatorChange(b.name, "added", new=b))
    kinds = {"removed": 0, "changed": 1, "added": 2}
    out.sort(key=lambda c: (c.name, kinds[c.kind]))
    return out


def _by_name(indicators: Iterable[Indicator]) -> dict[tuple[str, int], Indicator]:
    seen: dict[str, int] = {}
    out: dict[tuple[str, int], Indicator] = {}
    for ind in indicators:
        n = seen.get(ind.name, 0)
        seen[ind.name] = n + 1
        out[(ind.name, n)] = ind
    return out


def _reordered(old: Plan, new: Plan) -> list[str]:
    """Nodes whose place among the same siblings changed (see the module docstring)."""
    out: list[str] = []
    old_nodes, new_nodes = old.nodes, new.nodes
    parents = {n.parent for n in old_nodes.values()}
    for parent in parents:
        a_kids = old.children(parent)
        b_kids = new.children(parent)
        if a_kids == b_kids or len(a_kids) < 2 or len(b_kids) < 2:
            continue

        def stays(k: str, p: str | None = parent) -> bool:
            n = new_nodes.get(k)
            return n is not None and n.parent == p and k in old_nodes

        a = [k for k in a_kids if stays(k)]
        if len(a) < 2:
            continue
        members = set(a)
        b = [k for k in b_kids if k in members]
        if a == b:
            continue
        rank = {k: i for i, k in enumerate(a)}
        keep = longest_rising([rank[k] for k in b])
        out.extend(k for i, k in enumerate(b) if i not in keep)
    return out


def node_fields_differ(a: Node, b: Node) -> list[str]:
    """Names of the settable fields that differ between two versions of a node."""
    return [f for f in NODE_FIELDS if getattr(a, f) != getattr(b, f)]
