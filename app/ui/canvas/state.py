"""What every card needs to know to paint itself, shared by the scene's items.

Kept in one plain object so that a change of filter, marks or findings is one
assignment and one viewport update, not a call on 20,000 items.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.geometry.plan_geometry import PlanGeometry

from .theme import EDITOR, Theme


@dataclass
class CanvasState:
    geometry: PlanGeometry
    theme: Theme = EDITOR
    selected: str | None = None
    marks: dict[str, str] = field(default_factory=dict)
    opd_filter: str | None = None
    spotlight: set[str] | None = None  # keys kept bright; None: no spotlight
    errors: dict[str, int] = field(default_factory=dict)
    warnings: dict[str, int] = field(default_factory=dict)
    crosscut: set[str] = field(default_factory=set)
    notes: dict[str, int] = field(default_factory=dict)  # open review notes per node
    changed_by: dict[str, str] = field(default_factory=dict)  # just changed by another: login
    collapsed: set[str] = field(default_factory=set)
    keep: frozenset[str] | None = None  # an OPD's tree: the nodes drawn at all
    shown: dict = field(default_factory=dict)  # key -> box of every shown node
    _hidden: dict[str, int] = field(default_factory=dict)
    drop_target: str | None = None
    drop_ok: bool = True

    def hidden_count(self, key: str) -> int:
        """How many descendants of a shown node are not drawn (collapsed or cut by depth)."""
        n = self._hidden.get(key)
        if n is None:
            plan = self.geometry.plan
            keep = self.keep
            kids = [k for k in plan.children(key) if keep is None or k in keep]
            if not kids or kids[0] in self.shown:
                n = 0
            elif keep is None:
                n = len(plan.subtree(key)) - 1
            else:  # in an OPD's tree, what is folded of that tree only
                n = sum(1 for k in plan.subtree(key) if k in keep) - 1
            self._hidden[key] = n
        return n

    def forget_hidden(self) -> None:
        self._hidden.clear()

    def dimmed(self, key: str) -> bool:
        """True when the card is outside the OPD filter or outside the spotlight."""
        if self.spotlight is not None and key not in self.spotlight:
            return True
        if self.opd_filter is None:
            return False
        node = self.geometry.plan.get(key)
        return node is None or self.opd_filter not in node.opds
