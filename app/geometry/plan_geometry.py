"""The geometry of one open plan: card texts, card sizes and boxes, kept across edits.

The editor's document owns one `PlanGeometry` and the edit session brings it
up to date (`follow`) after every change set, before any view hears of it, so
that a view reading a card size or a layout never sees a stale one. Keeping
the card caches and the kept layouts alive across edits is what makes a
relayout after one edit measure one card, not 20,000.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.model.changes import ChangeSet
from app.model.plan import Plan

from .card import CardCache, CardStyle, CardText
from .layout import Layout, layout_plan
from .layout_cache import IncrementalLayout
from .palette import level_colour


class PlanGeometry:
    """Card texts, card sizes and boxes for one plan in one card style."""

    def __init__(self, plan: Plan, style: CardStyle | None = None) -> None:
        self.plan = plan
        self.style = style or CardStyle()
        self.cards = CardCache(plan, self.style)
        # One cache per style used, so that entering and leaving presentation mode
        # does not measure 20,000 cards each time.
        self._caches: dict[CardStyle, CardCache] = {self.style: self.cards}
        self._first_style = self.style
        # With each cache, the layout of the roots' subtrees that no edit has touched since.
        self._layouts: dict[CardStyle, IncrementalLayout] = {
            self.style: IncrementalLayout(plan, self.cards)}
        self._colours: dict[str, str] = {}

    def cache_for_default_style(self) -> CardCache:
        """The card cache of the style this geometry started with (the editor's cards)."""
        return self._caches[self._first_style]

    def set_style(self, style: CardStyle) -> None:
        self.style = style
        cache = self._caches.get(style)
        if cache is None:
            cache = self._caches[style] = CardCache(self.plan, style)
            self._layouts[style] = IncrementalLayout(self.plan, cache)
        self.cards = cache

    def follow(self, changes: ChangeSet) -> None:
        """Bring the cards and kept layouts in line with one change set (the session's phase 4).

        A new scheme or a new period changes every card (strip colours,
        target columns): everything is measured again. Otherwise only the
        cards an edit touched are forgotten, and the kept layouts are told
        which subtrees to walk again.
        """
        if changes.plan & {"scheme", "start_year", "end_year"}:
            self.clear()
            return
        self.forget(changes.removed)
        self.forget(changes.changed)
        self.note(changes)

    def forget(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        if keys:
            for cache in self._caches.values():
                cache.invalidate(keys)

    def note(self, changes: ChangeSet) -> None:
        """Tell the kept layouts what an edit touched (after `forget`, before `layout`)."""
        for lay in self._layouts.values():
            lay.note(changes)

    def clear(self) -> None:
        for cache in self._caches.values():
            cache.clear()
        for lay in self._layouts.values():
            lay.clear()
        self._colours.clear()

    def card(self, key: str) -> CardText:
        return self.cards.get(key)

    def size(self, key: str) -> tuple[float, float]:
        return self.cards.size(key)

    def layout(self, collapsed: set[str], max_depth: int | None, root: str | None,
               keep: frozenset[str] | None = None, stacked: bool = False) -> Layout:
        """The shown nodes laid out; `max_depth` keeps depths 0..max_depth (0 = the top row).

        `keep`, when given, lays out only those nodes (an OPD's own tree). `stacked`
        puts families of leaves in a column under their parent, as on paper: the
        overview of a plan's top levels (a few dozen cards), laid out afresh each time.
        """
        if stacked:
            return layout_plan(self.plan, self.style, frozenset(collapsed), max_depth, root,
                               cards=self.cards, keep=keep, stack_leaves=True,
                               subtree_gap=24)
        return self._layouts[self.style].layout(collapsed, max_depth, root, keep)

    def colour(self, key: str) -> str:
        level = self.plan.nodes[key].level
        c = self._colours.get(level)
        if c is None:
            c = self._colours[level] = level_colour(self.plan.scheme, level)
        return c
