"""What the window's parts (files, revisions) may ask of the window that holds them.

The parts are composed into the main window rather than mixed into it; they
see the window only through this protocol, so that no part imports the window
and the window's own state stays its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pathlib import Path

    from app.geometry.ghosts import Ghosts
    from app.model.plan import Plan
    from app.ui.document import Document
    from app.ui.plan_editor import PlanEditor
    from app.ui.settings import Settings


class Host(Protocol):
    """The main window as its parts see it."""

    settings: Settings
    editor: PlanEditor
    title_note: str

    @property
    def document(self) -> Document | None: ...

    def widget(self) -> QWidget:
        """The window itself, as the parent of dialogs."""
        ...

    def notify(self, title: str, text: str) -> None: ...

    def confirm(self, title: str, text: str) -> bool: ...

    def ask_open_path(self, title: str, filter: str) -> str | None: ...

    def ask_save_path(self, title: str, filter: str, suggested: str = "") -> str | None: ...

    def ask_import(self, path: Path) -> Plan | None:
        """The import dialog for a planner's table: the plan to create, or None (cancelled)."""
        ...

    def show_status_message(self, text: str) -> None: ...

    def set_document(self, document: Document | None) -> None: ...

    def commit_pending(self) -> None:
        """Store what is being typed in a panel before the plan is read whole (export, copy)."""
        ...

    def opd_filter(self) -> str | None: ...

    def set_extra_marks(self, marks: dict[str, str]) -> None: ...

    def show_removed(self, ghosts: Ghosts | None) -> None:
        """A comparison's removed nodes drawn faintly on the canvas (None: none)."""
        ...

    def open_read_only(self, document: Document, note: str) -> Host:
        """A new window showing `document` read-only (a snapshot, a compared file)."""
        ...

    def show_comparison_part(self, visible: bool) -> None: ...
