"""Removed nodes drawn as ghosts in a comparison: which, under which parent, laid out how.

When a planner compares the plan with an older one, what was deleted is the
change the room most needs to see, and it has no card left on the canvas. A
ghost is the old node, drawn faintly where it was: under its old parent when
that one still exists (after the parent's own children), under another ghost
when its whole branch went, or in the top row. Ghosts never enter the plan:
the canvas lays out the plan's drawn forest with the ghosts added to it, and
the normal (non-comparison) canvas keeps its kept layout untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.model.plan import Node, Plan
from app.util.gc_pause import paused_gc

from .card import CardCache, CardStyle, CardText
from .layout import Layout, layout_forest, plan_children
from .palette import level_colour


@dataclass(frozen=True)
class Ghost:
    """One removed node: `parent` is where it hangs on the canvas (None: the top row)."""

    key: str
    parent: str | None
    node: Node  # as it was in the older plan
    colour: str  # its strip colour in the older plan's scheme


class Ghosts:
    """The removed nodes of one comparison, with their cards measured in each style asked for."""

    def __init__(self, old: Plan, items: tuple[Ghost, ...] = ()) -> None:
        self.old = old
        self.items = items
        self.by_key = {g.key: g for g in items}
        self._cards: dict[CardStyle, CardCache] = {}

    def __bool__(self) -> bool:
        return bool(self.items)

    def __contains__(self, key: object) -> bool:
        return key in self.by_key

    def __len__(self) -> int:
        return len(self.items)

    def cards(self, style: CardStyle) -> CardCache:
        cache = self._cards.get(style)
        if cache is None:
            cache = self._cards[style] = CardCache(self.old, style)
        return cache

    def card(self, key: str, style: CardStyle) -> CardText:
        return self.cards(style).get(key)

    def size(self, key: str, style: CardStyle) -> tuple[float, float]:
        return self.cards(style).size(key)


def removed_ghosts(removed: Iterable[str], old: Plan, new: Plan) -> Ghosts:
    """The ghosts of `removed` (keys of `old` not in `new`), in the older plan's order.

    A ghost whose old parent is in `new` hangs under it; one whose old parent was
    removed too hangs under that parent's ghost, so a deleted branch keeps its shape.
    """
    gone = {k for k in removed if k in old.nodes and k not in new.nodes}
    if not gone:
        return Ghosts(old)
    items: list[Ghost] = []
    # Pre-order of the older plan: parents before their children, siblings in order.
    todo = list(reversed(old.roots()))
    seen: set[str] = set()
    while todo:
        key = todo.pop()
        if key in seen:
            continue
        seen.add(key)
        if key in gone:
            node = old.nodes[key]
            parent = node.parent if node.parent in gone or node.parent in new.nodes else None
            items.append(Ghost(key, parent, node, level_colour(old.scheme, node.level)))
        todo.extend(reversed([k for k in old.children(key) if k in old.nodes]))
    return Ghosts(old, tuple(items))


def layout_with_ghosts(
    plan: Plan,
    cards: CardCache,
    ghosts: Ghosts,
    collapsed: frozenset[str] | set[str] = frozenset(),
    max_depth: int | None = None,
    root: str | None = None,
    keep: frozenset[str] | None = None,
    **gaps: Any,
) -> Layout:
    """The drawn forest of `plan` with its ghosts, laid out by the tidy layout as one forest.

    A ghost is drawn where its parent is drawn with its children (not folded, not
    cut by the depth), after them; top-row ghosts only when the whole plan is
    shown. A ghost whose key is back in the plan (an undo since) is not drawn.
    """
    with paused_gc():
        roots, shown = plan_children(plan, collapsed, max_depth, root, keep)
        nodes = plan.nodes
        under: dict[str | None, list[str]] = {}
        for g in ghosts.items:
            if g.key not in nodes:
                under.setdefault(g.parent, []).append(g.key)
        if under:
            depth = _depths(roots, shown)
            if root is None and keep is None and None in under:
                top = [k for k in under[None] if k not in shown]
                roots = roots + top
                for k in top:
                    shown[k] = []
                    depth[k] = 0
            todo = [p for p in under if p is not None and p in shown]
            while todo:
                p = todo.pop()
                if p in collapsed or (max_depth is not None and depth[p] >= max_depth):
                    continue
                kids = [k for k in under[p] if k not in shown]
                if not kids:
                    continue
                shown[p] = shown[p] + kids
                for k in kids:
                    shown[k] = []
                    depth[k] = depth[p] + 1
                    if k in under:
                        todo.append(k)
        style = cards.style
        real = cards.sizes_of(k for k in shown if k in nodes)
        ghost_size: Callable[[str, CardStyle], tuple[float, float]] = ghosts.size

        def size(key: str) -> tuple[float, float]:
            return real(key) if key in nodes else ghost_size(key, style)

        return layout_forest(roots, shown.__getitem__, size, **gaps)


def _depths(roots: list[str], shown: dict[str, list[str]]) -> dict[str, int]:
    """Row of every drawn node, from the drawn forest's children lists."""
    depth = dict.fromkeys(roots, 0)
    todo = list(roots)
    while todo:
        key = todo.pop()
        d = depth[key] + 1
        for k in shown.get(key, ()):
            if k not in depth:
                depth[k] = d
                todo.append(k)
    return depth
