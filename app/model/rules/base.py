"""What every rule shares: the finding record, the rule table and one run's context.

The context computes, once per run, what several rules ask for every node
(level index, existing parent, further children, normalised OPDs). Asking the
scheme afresh per node would be correct but slow at 20,000 nodes, and the
checks rerun after every edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from ..plan import Node, Plan

# Contract §3: rule name -> severity, in the contract's order (also the order of
# findings on one node).
RULES: dict[str, str] = {
    "orphan": "error",
    "cycle": "error",
    "level-order": "error",
    "level-skip": "warning",
    "dead-end": "warning",
    "missing-indicator": "error",
    "missing-unit": "error",
    "missing-target": "error",
    "missing-baseline": "warning",
    "target-direction": "warning",
    "flat-target": "warning",
    "activity-statement": "warning",
    "indicator-type": "warning",
    "missing-opd": "error",
    "opd-mismatch": "warning",
    "code-format": "error",
    "code-mismatch": "warning",
    "code-unknown": "warning",
}

# Severity -> rank; iterating it gives the severities most serious first.
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1}

RULE_ORDER: dict[str, int] = {name: i for i, name in enumerate(RULES)}


class Finding(NamedTuple):
    """One problem on one node, with an Indonesian sentence saying what to do.

    A named tuple rather than a frozen dataclass: a plan imported with codes the
    nomenclature lacks may carry fifteen thousand findings at every recheck, and
    a tuple is made several times faster."""

    rule: str
    severity: str
    node: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "node": self.node,
            "message": self.message,
        }


def finding(rule: str, node: str, message: str) -> Finding:
    """A finding with the severity the contract fixes for its rule."""
    return Finding(rule, RULES[rule], node, message)


def norm_opd(name: str) -> str:
    """OPD names compare case-insensitively with runs of whitespace folded."""
    return " ".join(name.split()).casefold()


def quote_list(items: list[str] | tuple[str, ...], limit: int = 5) -> str:
    """'"A", "B" dan "C"' for messages; long lists end with 'dan N lainnya'."""
    shown = [f'"{item}"' for item in items[:limit]]
    rest = len(items) - len(shown)
    if rest > 0:
        shown.append(f"{rest} lainnya")
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " dan " + shown[-1]


def join_words(items: list[str]) -> str:
    """'2024, 2025 dan 2026' for messages."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


class Context:
    """One check run over one plan: shared per-node facts, computed once."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.nodes: dict[str, Node] = plan.nodes
        self.scheme = plan.scheme
        self.level_names = plan.scheme.names
        self.lowest = len(plan.scheme.names) - 1
        self.first_opd = plan.scheme.first_opd
        self.years = list(plan.years)
        by_level: dict[str, int] = {}
        index = self.scheme.index
        level: dict[str, int] = {}
        for key, node in self.nodes.items():
            i = by_level.get(node.level)
            if i is None:
                i = by_level[node.level] = index(node.level)
            level[key] = i
        self.level = level  # key -> level index, -1 when not in the scheme
        self._opd_sets: dict[tuple[str, ...], frozenset[str]] = {}
        # What one rule family works out per node and another reuses (rules.codes.node_codes).
        self.shared: dict[str, object] = {}

    def parent(self, node: Node) -> Node | None:
        """The main parent when it exists (a missing key is the orphan rule's concern)."""
        return self.nodes.get(node.parent) if node.parent else None

    @cached_property
    def further_children(self) -> dict[str, list[str]]:
        """Parent key -> keys of the nodes naming it as a further parent, in plan order."""
        out: dict[str, list[str]] = {}
        for key, node in self.nodes.items():
            for further in node.further_parents:
                out.setdefault(further, []).append(key)
        return out

    def opd_set(self, opds: tuple[str, ...]) -> frozenset[str]:
        """The normalised OPD names of an `opds` tuple (blank names dropped).

        Memoised per distinct tuple: a plan has a few dozen OPD spellings over
        thousands of nodes, so this is a dictionary hit almost every time.
        """
        found = self._opd_sets.get(opds)
        if found is None:
            found = self._opd_sets[opds] = frozenset(norm_opd(o) for o in opds if o and o.strip())
        return found

    def level_name(self, index: int) -> str:
        return self.level_names[index]
