"""A laid-out forest as the tree pages draw it: boxes indexed by row, and the families' lines.

Tile pages cut one `Drawing` into sheets, the overview draws one per band;
both ask it which cards and which family lines (buses) meet a window, which
the indexes here answer without a scan over every card.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from app.geometry.card import CardCache
from app.geometry.layout import Layout

from .forest import Section

STACK_BUS_RISE = 9.0  # the line joining a stacked family's columns: this far over its cards


@dataclass
class Drawing:
    """One laid-out forest: the whole filtered tree, one section of it, or one band."""

    section: Section
    layout: Layout
    cards: CardCache
    kids: dict[str, list[str]]
    v_gap: float
    page_of: dict[str, int] = field(default_factory=dict)  # card key -> page number
    _buses: list[list[tuple[float, float, str]]] = field(default_factory=list, repr=False)
    _bus_his: list[list[float]] = field(default_factory=list, repr=False)
    rows_keys: list[list[str]] = field(default_factory=list, repr=False)
    rows_x: list[list[float]] = field(default_factory=list, repr=False)
    rows_right: list[list[float]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        """Index cards by row and x, and each family's bus (the line joining it) by row."""
        lay = self.layout
        rows: list[list[tuple[float, str]]] = [[] for _ in lay.row_tops]
        for key, b in lay.boxes.items():
            rows[lay.depth[key]].append((b.x, key))
        for r in rows:
            r.sort()
        self.rows_keys = [[k for _, k in r] for r in rows]
        self.rows_x = [[x for x, _ in r] for r in rows]
        self.rows_right = [[x + lay.boxes[k].w for x, k in r] for r in rows]
        self._buses = [[] for _ in lay.row_tops]
        for key, kids in self.kids.items():
            if kids and key in lay.boxes and key not in lay.stacked:
                cxs = (lay.boxes[key].cx, lay.boxes[kids[0]].cx, lay.boxes[kids[-1]].cx)
                self._buses[lay.depth[key]].append((min(cxs), max(cxs), key))
        for row in self._buses:
            row.sort()
        self._bus_his = [[hi for _, hi, _ in row] for row in self._buses]

    def bus_y(self, parent: str) -> float:
        """Height of the line joining a family: halfway down the gap under the parent's row."""
        d = self.layout.depth[parent]
        return self.layout.row_tops[d] + self.layout.row_heights[d] + self.v_gap / 2

    def buses_in(self, row: int, x0: float, x1: float) -> list[tuple[float, float, str]]:
        """Families of parents in `row` whose bus meets [x0, x1] (buses of a row never overlap)."""
        if row >= len(self._buses):
            return []
        buses = self._buses[row]
        i = bisect_left(self._bus_his[row], x0)
        out = []
        while i < len(buses) and buses[i][0] <= x1:
            out.append(buses[i])
            i += 1
        return out
