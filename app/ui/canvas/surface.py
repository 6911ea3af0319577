"""What the canvas's gestures and menus may use of the canvas: the `Surface` protocol.

Interactions (`interactions.py`) and the card menu (`context_menu.py`) act on the
view through this, so that they need not import the view that creates them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QScrollBar, QWidget

from app.model.plan import Plan
from app.ui.plan_editor import PlanEditor

from .items import CardItem
from .scene import TreeScene
from .state import CanvasState


class Surface(Protocol):
    """The canvas as its gestures see it."""

    editor: PlanEditor
    tree_scene: TreeScene
    state: CanvasState

    @property
    def plan(self) -> Plan: ...

    def card_at(self, pos: QPoint) -> CardItem | None: ...

    def show_drop_target(self, key: str | None, ok: bool) -> None: ...

    def reveal_children_of(self, key: str) -> None: ...

    def edit_statement(self, key: str) -> None: ...

    def start_link(self, key: str) -> None: ...

    def toggle_collapsed(self, key: str) -> None: ...

    def viewport(self) -> QWidget: ...

    def mapToScene(self, pos: QPoint) -> QPointF: ...

    def horizontalScrollBar(self) -> QScrollBar: ...

    def verticalScrollBar(self) -> QScrollBar: ...
