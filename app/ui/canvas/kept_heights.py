"""The canvas's card heights, taken from the plan file on opening and kept there again.

Opening a 20,000-node plan would otherwise measure every card (about half a
second of the first frame). The plan file keeps the heights of the last session
with a fingerprint of each node (app/store/card_heights.py); the editor style's
cache starts from those and measures only what changed. Heights are kept again
a little after opening, when anything had to be measured, and when the plan
closes. Presentation mode's compact cards are not kept: they are measured when
it first opens.
"""

from __future__ import annotations

from app.geometry.card import height_signature

from .bridge import Geometry


def seed(geometry: Geometry, plan_file: object | None) -> int:
    """Give the editor style's card cache the heights kept in `plan_file`; how many it took."""
    read = getattr(plan_file, "card_heights", None)
    if read is None:
        return 0
    cards = geometry.cache_for_default_style()
    return cards.seed(read(height_signature(cards.style, geometry.plan.years)))


def keep(geometry: Geometry, plan_file: object | None) -> bool:
    """Keep the editor style's heights measured so far in `plan_file`."""
    write = getattr(plan_file, "save_card_heights", None)
    if write is None or getattr(plan_file, "closed", True):
        return False
    cards = geometry.cache_for_default_style()
    return bool(write(height_signature(cards.style, geometry.plan.years), cards.heights()))
