"""The arrow keys on the canvas: which card is up, down, left or right of the selection.

Up goes to the parent, Down to the first child (opening a folded branch),
Left and Right along the row: siblings first, then cousins at the same depth,
every shown card of the row left to right. Pure geometry over the boxes shown.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.model.plan import Plan

Box = tuple[float, float, float, float]
UP, DOWN, LEFT, RIGHT = "up", "down", "left", "right"


def neighbour(plan: Plan, boxes: Mapping[str, Box], selected: str, direction: str,
              root: str | None = None) -> str | None:
    """The shown card in `direction` from `selected`, or None when there is none."""
    if direction == UP:
        parent = plan[selected].parent
        return parent if parent in boxes and selected != root else None
    if direction == DOWN:
        kids = [k for k in plan.children(selected) if k in boxes]
        return kids[0] if kids else None
    y = boxes[selected][1]
    row = sorted((b[0], k) for k, b in boxes.items() if b[1] == y)
    i = row.index((boxes[selected][0], selected))
    j = i - 1 if direction == LEFT else i + 1
    return row[j][1] if 0 <= j < len(row) else None
