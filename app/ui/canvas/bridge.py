"""What the canvas asks of the model's card and layout modules, in one place.

Card text (wrapping, offsets, sizes) and the tidy layout belong to the model and
are shared with the PDF export, so that screen and paper show the same cards.
`Geometry` keeps the card cache alive across edits, so that a relayout after
one edit measures one card, not 20,000.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.geometry.card import CardCache, CardStyle, CardText
from app.geometry.layout import Box, Layout
from app.geometry.layout_cache import IncrementalLayout
from app.geometry.palette import level_colour
from app.model.changes import ChangeSet
from app.model.plan import Plan

__all__ = ["Box", "CardStyle", "CardText", "Geometry", "Layout", "first_words"]


def first_words(text: str, n: int = 6) -> str:
    """The start of a statement, for cards too small to show it whole."""
    words = text.split()
    out = " ".join(words[:n])
    return out + (" …" if len(words) > n else "")


class Geometry:
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

    def layout(self, collapsed: set[str], max_depth: int | None, root: str | None) -> Layout:
        """The shown nodes laid out; `max_depth` keeps depths 0..max_depth (0 = the top row)."""
        return self._layouts[self.style].layout(collapsed, max_depth, root)

    def colour(self, key: str) -> str:
        level = self.plan.nodes[key].level
        c = self._colours.get(level)
        if c is None:
            c = self._colours[level] = level_colour(self.plan.scheme, level)
        return c
