"""Crosscutting detection (LKE 1.b.9): conditions that one OPD cannot reach alone.

Two kinds, as the contract names them:
- `shared-program`: the same program code (other than program number 01, the
  Program Penunjang every OPD runs by construction) under two or more OPDs;
- `shared-node`: a node at an OPD level naming two or more OPDs, or linked
  (by a further parent, or a main or further child) to a node whose OPDs share
  none with its own.
Crosscutting is information for the crosscutting matrix, never an error.
Shared programs come first in order of first appearance, then shared nodes in
the plan's walk order, so the list reads like the tree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .plan import Plan
from .rules.base import norm_opd
from .rules.codes import normalise_code, program_number

PENUNJANG = "01"


@dataclass(frozen=True)
class Crosscut:
    """One crosscutting case. `nodes` are every node involved (for highlighting);
    `code`/`name` are set for shared programs, `node` for shared nodes."""

    kind: str  # "shared-program" | "shared-node"
    opds: tuple[str, ...]
    nodes: tuple[str, ...]
    code: str = ""
    name: str = ""
    node: str = ""

    def to_json(self) -> dict[str, object]:
        if self.kind == "shared-program":
            return {
                "kind": self.kind,
                "code": self.code,
                "name": self.name,
                "opds": list(self.opds),
                "nodes": list(self.nodes),
            }
        return {"kind": self.kind, "node": self.node, "opds": list(self.opds)}


class _OpdUnion:
    """OPD names in first-seen order, compared case- and whitespace-insensitively."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # normalised -> first spelling

    def add(self, opds: tuple[str, ...]) -> None:
        for o in opds:
            if o and o.strip():
                self.names.setdefault(norm_opd(o), " ".join(o.split()))

    def result(self) -> tuple[str, ...]:
        return tuple(self.names.values())


def find_crosscutting(plan: Plan) -> list[Crosscut]:
    """Every shared program, then every shared node (see the module docstring)."""
    order = list(plan.walk())
    return _shared_programs(plan, order) + _shared_nodes(plan, order)


def _shared_programs(plan: Plan, order: list[str]) -> list[Crosscut]:
    nodes = plan.nodes
    scheme = plan.scheme
    program_levels: dict[str, bool] = {}
    groups: dict[str, list[str]] = {}
    for key in order:
        node = nodes[key]
        if not node.code:
            continue
        is_program = program_levels.get(node.level)
        if is_program is None:
            is_program = program_levels[node.level] = scheme.code_kind(node.level) == "program"
        if not is_program:
            continue
        code = normalise_code(node.code)
        number = program_number(code)
        if number is None or number == PENUNJANG:
            continue
        groups.setdefault(code, []).append(key)
    out = []
    for code, keys in groups.items():
        if len(keys) < 2:
            continue
        opds = _OpdUnion()
        for key in keys:
            opds.add(nodes[key].opds)
        if len(opds.names) >= 2:
            out.append(
                Crosscut(
                    kind="shared-program",
                    opds=opds.result(),
                    nodes=tuple(keys),
                    code=code,
                    name=nodes[keys[0]].statement,
                )
            )
    return out


def _shared_nodes(plan: Plan, order: list[str]) -> list[Crosscut]:
    nodes = plan.nodes
    scheme = plan.scheme
    first = scheme.first_opd
    children = plan.children
    at_opd: dict[str, bool] = {}
    sets: dict[tuple[str, ...], frozenset[str]] = {}

    def opd_set(opds: tuple[str, ...]) -> frozenset[str]:
        # Memoised per distinct tuple: a few dozen spellings over thousands of nodes.
        found = sets.get(opds)
        if found is None:
            found = sets[opds] = frozenset(norm_opd(o) for o in opds if o and o.strip())
        return found

    further_kids: dict[str, list[str]] = {}
    for key, node in nodes.items():
        for p in node.further_parents:
            further_kids.setdefault(p, []).append(key)

    out = []
    for key in order:
        node = nodes[key]
        mine = node.opds
        if not mine:
            continue
        opd_level = at_opd.get(node.level)
        if opd_level is None:
            opd_level = at_opd[node.level] = scheme.index(node.level) >= first
        if not opd_level:
            continue
        own = opd_set(mine)
        if not own:
            continue
        others: list[str] = []
        for group in (node.further_parents, children(key), further_kids.get(key, ())):
            for other in group:
                if other == key or other in others:
                    continue
                linked = nodes.get(other)
                if linked is None or linked.opds == mine:
                    continue
                theirs = opd_set(linked.opds)
                if theirs and own.isdisjoint(theirs):
                    others.append(other)
        if len(own) < 2 and not others:
            continue
        union = _OpdUnion()
        union.add(mine)
        for other in others:
            union.add(nodes[other].opds)
        out.append(
            Crosscut(kind="shared-node", opds=union.result(), nodes=(key, *others), node=key)
        )
    return out
