"""Pagu up the tree: what each node's branch costs, year by year.

Budgets (*pagu indikatif*) are entered on the lowest level (sub kegiatan);
a kegiatan or program costs what its sub kegiatan cost. The sums follow main
children only (a contribution to a further parent is not money spent twice),
and each node is counted once even in a broken plan with a parent cycle.
"""

from __future__ import annotations

from .plan import Plan


def has_budget(plan: Plan) -> bool:
    """True when any node carries a pagu for some year."""
    return any(n.budget for n in plan.nodes.values())


def branch_budgets(plan: Plan) -> dict[str, dict[int, float]]:
    """Per node with any pagu in its branch: its own pagu plus its main descendants', per year."""
    totals: dict[str, dict[int, float]] = {}
    seen: set[str] = set()
    for root in plan.roots():
        order = []
        stack = [root]
        while stack:  # pre-order, each node once
            k = stack.pop()
            if k in seen or k not in plan.nodes:
                continue
            seen.add(k)
            order.append(k)
            stack.extend(plan.children(k))
        for k in reversed(order):  # children before parents
            own = plan.nodes[k].budget
            sums: dict[int, float] = {y: float(v) for y, v in own.items() if v is not None}
            for c in plan.children(k):
                for y, v in totals.get(c, {}).items():
                    sums[y] = sums.get(y, 0.0) + v
            if sums:
                totals[k] = sums
    return totals
