"""The validator: every rule of contract §3 over one plan, as a sorted list of findings.

It reruns after every edit (the editor's Temuan panel, the badges), so one run
builds its shared facts once (`rules.base.Context`) and each rule family makes
a plain pass over the nodes; the cycle rule alone uses a networkx graph. The
rules themselves live in `app.model.rules`, one module per family.
"""

from __future__ import annotations

from collections.abc import Callable

from .plan import Plan
from .rules.base import RULE_ORDER, RULES, SEVERITY_ORDER, Context, Finding
from .rules.codes import check_codes
from .rules.indicators import check_indicators
from .rules.nomenclature import check_code_unknown
from .rules.opd import check_opds
from .rules.statement import ACTIVITY_WORDS, check_statements
from .rules.structure import check_cycles, check_dead_ends, check_levels, check_orphans

__all__ = [
    "ACTIVITY_WORDS",
    "RULES",
    "SEVERITY_ORDER",
    "Finding",
    "check_plan",
    "count_by_severity",
]

Rule = Callable[[Context, list[Finding]], None]

RULE_FAMILIES: tuple[Rule, ...] = (
    check_orphans,
    check_cycles,
    check_levels,
    check_dead_ends,
    check_indicators,
    check_statements,
    check_opds,
    check_codes,
    check_code_unknown,
)


def check_plan(plan: Plan) -> list[Finding]:
    """Every finding of the plan: errors first, then warnings; within each, in the
    plan's walk (display) order; on one node, in the contract's rule order."""
    ctx = Context(plan)
    found: list[Finding] = []
    for family in RULE_FAMILIES:
        family(ctx, found)
    position = {key: i for i, key in enumerate(plan.walk())}
    last = len(position)
    found.sort(
        key=lambda f: (
            SEVERITY_ORDER[f.severity],
            position.get(f.node, last),
            RULE_ORDER[f.rule],
        )
    )
    return found


def count_by_severity(findings: list[Finding]) -> dict[str, int]:
    """{"error": n, "warning": m} for status bars and badges."""
    counts = dict.fromkeys(SEVERITY_ORDER, 0)
    for f in findings:
        counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts
