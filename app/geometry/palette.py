"""Level colours: the strip of every card, the outline's swatches, the PDF legend.

ux.md's palette for the default scheme (green at the top, the ultimate outcome,
to grey at the outputs); other schemes get a ramp between the same anchors.
Colour never carries meaning alone: the level's name is always written too.
"""

from __future__ import annotations

from functools import lru_cache

from app.model.levels import DEFAULT_LEVELS, LevelScheme

# ux.md: green at the top (ultimate outcome) to grey at the outputs.
DEFAULT_PALETTE = {
    "tujuan": "#1B5E20",
    "sasaran": "#2E7D32",
    "sasaran strategis pd": "#00796B",
    "program": "#1565C0",
    "kegiatan": "#546E7A",
    "sub kegiatan": "#8D8D8D",
}
UNKNOWN_LEVEL_COLOUR = "#9E9E9E"
# Anchors of the ramp for other schemes: dark green, teal, blue, slate, grey.
_RAMP = ((0x1B, 0x5E, 0x20), (0x00, 0x79, 0x6B), (0x15, 0x65, 0xC0), (0x54, 0x6E, 0x7A), (0x8D, 0x8D, 0x8D))


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c):02X}" for c in rgb)


@lru_cache(maxsize=1024)
def level_colour(scheme: LevelScheme, level: str) -> str:
    """Strip colour of a level: ux.md's palette for the default scheme, a green→grey ramp else."""
    i = scheme.index(level)
    if i < 0:
        return UNKNOWN_LEVEL_COLOUR
    if tuple(n.casefold() for n in scheme.names) == tuple(n.casefold() for n in DEFAULT_LEVELS):
        return DEFAULT_PALETTE[scheme.names[i].casefold()]
    n = len(scheme)
    if n == 1:
        return _hex(_RAMP[0])
    t = i / (n - 1) * (len(_RAMP) - 1)
    j = min(int(t), len(_RAMP) - 2)
    f = t - j
    a, b = _RAMP[j], _RAMP[j + 1]
    return _hex(tuple(a[k] + (b[k] - a[k]) * f for k in range(3)))  # type: ignore[arg-type]
