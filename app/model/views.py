"""Parts of a plan that a view shows on their own: an OPD's tree.

In a desk review of one agency (*desk reviu*), the evaluators look at that
OPD's nodes only, with the chain of Pemda nodes above them that says what they
serve. The canvas, the outline and the PDF show the same part, chosen here.
"""

from __future__ import annotations

from dataclasses import dataclass

from .plan import Plan
from .rules.base import norm_opd


@dataclass(frozen=True)
class OpdView:
    """The nodes of one OPD (`own`) and the ancestors leading to them (`keys` holds both)."""

    opd: str
    keys: frozenset[str]
    own: frozenset[str]


def opd_view(plan: Plan, opd: str) -> OpdView:
    """The nodes naming `opd` (compared without case and spacing) and all their ancestors."""
    want = norm_opd(opd)
    own = frozenset(k for k, n in plan.nodes.items() if any(norm_opd(o) == want for o in n.opds))
    keys: set[str] = set(own)
    for key in own:
        for a in plan.ancestors(key):
            if a in keys:
                break
            keys.add(a)
    return OpdView(opd, frozenset(keys), own)
