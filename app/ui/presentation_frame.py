"""Where presentation mode puts the camera: plain arithmetic over the boxes shown.

The projector shows one branch at a size the back row can read, so the zoom
has a floor, and a wide branch does not fit. Then the camera frames what the
room needs (the card being discussed with its children, its parent above it
when that one is in sight) and says how many cards it leaves out on each side,
so that the presenter knows the arrows lead somewhere. No Qt here: boxes are
(x, y, w, h) in scene units and the viewport is given in pixels.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Viewport:
    """The canvas in pixels; `top` is what the breadcrumb covers, `bottom` what the hints need."""

    width: float
    height: float
    top: float = 0.0
    bottom: float = 0.0

    @property
    def free_height(self) -> float:
        return max(1.0, self.height - self.top - self.bottom)


@dataclass(frozen=True)
class OffScreen:
    """Cards of the branch not wholly in sight, by the side they are on."""

    left: int = 0
    right: int = 0
    above: int = 0
    below: int = 0

    @property
    def total(self) -> int:
        return self.left + self.right + self.above + self.below


def bounds(boxes: Iterable[Box]) -> Box | None:
    """The rectangle around `boxes` (None when there are none)."""
    boxes = list(boxes)
    if not boxes:
        return None
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return left, top, right - left, bottom - top


def fit_zoom(boxes: Iterable[Box], vp: Viewport, margin: float = 60.0) -> float:
    """The zoom at which `boxes` fill the free part of the viewport (with `margin` units)."""
    r = bounds(boxes)
    if r is None:
        return 1.0
    return min(vp.width / (r[2] + margin), vp.free_height / (r[3] + margin))


def centre_all(boxes: Iterable[Box], vp: Viewport, zoom: float) -> tuple[float, float]:
    """The scene point to centre the view on so that `boxes` sit in the middle of the free part."""
    r = bounds(boxes)
    assert r is not None
    cx = r[0] + r[2] / 2
    cy = r[1] + r[3] / 2
    return cx, cy - (vp.top - vp.bottom) / 2 / zoom


def centre_on_card(card: Box, kids: Sequence[Box], parent: Box | None, vp: Viewport,
                   zoom: float, with_parent: bool = True) -> tuple[float, float]:
    """The view's centre that shows `card` whole, centred across, with what matters around it.

    Its parent goes above it when it is in sight across and both fit; otherwise
    the card and the row of its children are centred in the free height, or,
    when they do not fit, the card goes to the top (its children under it,
    partly seen).
    """
    half_w = vp.width / zoom / 2
    free = vp.free_height / zoom
    cx = card[0] + card[2] / 2
    bottom_of_card = card[1] + card[3]
    if (with_parent and parent is not None and parent[0] < cx + half_w
            and parent[0] + parent[2] > cx - half_w and bottom_of_card - parent[1] <= free - 20):
        top = parent[1] - 10 / zoom
    else:
        block_bottom = max([bottom_of_card] + [k[1] + k[3] for k in kids])
        if block_bottom - card[1] <= free - 20 / zoom:
            top = (card[1] + block_bottom) / 2 - free / 2
        else:
            top = card[1] - 10 / zoom
    view_top = top - vp.top / zoom
    return cx, view_top + vp.height / zoom / 2


def off_screen(boxes: Iterable[Box], seen: Box, zoom: float) -> OffScreen:
    """How many of `boxes` are not wholly inside `seen` (scene units), by side.

    A card counts as seen when it is whole across and its strip and first lines
    are in sight (a card cut low at the bottom still reads). One whose strip is
    below the seen area, or not that much of it, counts as below (above
    likewise); one cut at a side, or beyond it, counts on that side.
    """
    left = right = above = below = 0
    sx, sy, sw, sh = seen
    s_right, s_bottom = sx + sw, sy + sh
    slack = 1.0 / max(zoom, 1e-6)  # a pixel
    strip = 30.0  # a card whose strip shows is not "below"
    for x, y, w, h in boxes:
        head = min(h, max(strip, 0.45 * h))  # the strip and the statement's first lines
        across = x >= sx - slack and x + w <= s_right + slack
        if across and y >= sy - slack and y + head <= s_bottom + slack:
            continue  # read whole across, and from its top down far enough to know it
        if y + strip > s_bottom or (across and y + head > s_bottom):
            below += 1
        elif y + h < sy + strip or across:
            above += 1
        elif x + w / 2 < sx + sw / 2:
            left += 1
        else:
            right += 1
    return OffScreen(left, right, above, below)
