"""The editor object: the open document, the selection, the clipboard and every gesture.

One of these per window. The menus, the canvas (keys, mouse, context menu),
the outline and presentation mode all call the same methods here; each method
asks the model's intents (`app.model.intents`) for a command or a refusal and
pushes the command on the document, so a gesture means the same wherever it is
made. The views only render and forward: they follow `selection_changed` and
the document's `changed`, and never change the plan by hand.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.model import intents
from app.model.changes import ChangeSet
from app.model.commands import Command
from app.model.intents import Clip, Refusal
from app.model.labels import describe
from app.ui.document import Document
from app.ui.i18n import translated
from app.ui.questions import ask

Confirm = Callable[[str, str], bool]


class PlanEditor(QObject):
    """Edits one document at a time; see the module docstring."""

    selection_changed = Signal(object, bool, str)  # key or None, centre it, the view it came from
    status = Signal(str)  # a short message for the status bar
    edit_requested = Signal(str)  # open the statement of this node for typing (in place)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.selected: str | None = None
        self.clip: Clip | None = None
        # A modal question; the window passes its own, tests one that answers at once.
        self.confirm: Confirm = lambda title, text: ask(None, title, text)

    # --- the document and the selection ---------------------------------------------

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        self.selected = None
        self.clip = None
        if document is not None:
            document.changed.connect(self._on_changed)

    def select(self, key: str | None, centre: bool = False, source: str = "") -> None:
        """Select `key` in every view (None clears); `source` names the view it came from."""
        doc = self.document
        if doc is None:
            return
        if key is not None and key not in doc.plan:
            key = None
        self.selected = key
        self.selection_changed.emit(key, centre, source)

    def _on_changed(self, _changes: ChangeSet) -> None:
        if self.document is not None and self.selected is not None and (
                self.selected not in self.document.plan):
            self.select(None)

    # --- gestures ------------------------------------------------------------------------

    def push(self, command: Command) -> bool:
        """A command a panel made itself (a field of the inspector, a review note)."""
        if self.document is None:
            return False
        command.label = describe(self.document.plan, command)  # names node and field
        return self.document.push(command)

    def _run(self, intent: Command | Refusal | None) -> bool:
        """Push the command of a gesture, or say why there is none."""
        if intent is None or self.document is None:
            return False
        if isinstance(intent, Refusal):
            self.status.emit(translated(intent.message))
            return False
        return self.push(intent)

    def _plan(self):  # the document's Plan; None without a document
        return self.document.plan if self.document is not None else None

    def add_child(self) -> str | None:
        """Tab: a new node one level below the selection, then its statement is typed in place."""
        plan = self._plan()
        return None if plan is None else self._add(intents.new_child(plan, self.selected))

    def add_sibling(self) -> str | None:
        """Enter: a new node beside the selection, at its level, under its parent."""
        plan = self._plan()
        return None if plan is None else self._add(intents.new_sibling(plan, self.selected))

    def _add(self, intent: Command | Refusal) -> str | None:
        if not self._run(intent):
            return None
        key = intent.node.key  # type: ignore[union-attr]  # an AddNode once it ran
        self.select(key)
        self.edit_requested.emit(key)
        return key

    def edit_statement(self) -> None:
        """F2: type the selected node's statement."""
        if self.selected is not None:
            self.edit_requested.emit(self.selected)

    def set_statement(self, key: str, text: str) -> bool:
        plan = self._plan()
        return plan is not None and self._run(intents.set_statement(plan, key, text))

    def delete_selected(self) -> bool:
        """Delete: the selected node and its branch, after asking when it has children."""
        plan = self._plan()
        if plan is None:
            return False
        key = self.selected
        intent = intents.delete(plan, key)
        if isinstance(intent, Refusal) or key is None:
            return self._run(intent)
        below = intents.descendants(plan, key)
        if below and not self.confirm(
            self.tr("Hapus simpul"),
            self.tr("Simpul ini memiliki {n} simpul turunan. Hapus simpul beserta seluruh "
                    "turunannya?").format(n=below),
        ):
            return False
        after = intents.after_delete(plan, key)
        if not self._run(intent):
            return False
        self.select(after if after in plan else None)
        self.status.emit(
            self.tr("Simpul dihapus beserta {n} turunan.").format(n=below)
            if below else self.tr("Simpul dihapus.")
        )
        return True

    def copy_selected(self) -> None:
        self._take(cut=False)

    def cut_selected(self) -> None:
        """Ctrl+X: the branch moves where it is pasted next (nothing changes until then)."""
        self._take(cut=True)

    def _take(self, cut: bool) -> None:
        plan = self._plan()
        if plan is None or self.selected is None:
            return
        self.clip = Clip(self.selected, cut)
        n = len(plan.subtree(self.selected))
        self.status.emit(
            self.tr("Cabang dipotong ({n} simpul): tempel di induk barunya.").format(n=n) if cut
            else self.tr("Cabang disalin ({n} simpul).").format(n=n)
        )

    def paste(self) -> str | None:
        """Ctrl+V: the copied branch (a copy) or the cut one (moved) under the selection."""
        plan = self._plan()
        if plan is None:
            return None
        intent = intents.paste_under(plan, self.clip, self.selected)
        if not self._run(intent):
            return None
        clip = self.clip
        if clip is not None and clip.cut:
            self.clip = None  # a cut branch is pasted once
            self.select(clip.key)
            self.status.emit(self.tr("Cabang dipindah."))
            return clip.key
        top = intent.nodes[0].key  # type: ignore[union-attr]  # an AddSubtree once it ran
        self.select(top)
        self.status.emit(self.tr("Cabang ditempel ({n} simpul).").format(
            n=len(intent.nodes)))  # type: ignore[union-attr]
        return top

    def drop_problem(self, key: str, target: str, link: bool) -> str | None:
        """Why a drop of `key` on `target` would be refused (for the drag's feedback), or None."""
        plan = self._plan()
        if plan is None:
            return ""
        intent = intents.link_to(plan, key, target) if link else intents.move_to(plan, key, target)
        return translated(intent.message) if isinstance(intent, Refusal) else None

    def move_node(self, key: str, target: str) -> bool:
        """A card dropped on another: its new main parent."""
        plan = self._plan()
        if plan is None or not self._run(intents.move_to(plan, key, target)):
            return False
        self.status.emit(self.tr("Simpul dipindah."))
        self.select(key)
        return True

    def link(self, key: str, target: str) -> bool:
        """Alt+drop or "Tambah induk lain…": `key` also contributes to `target`."""
        plan = self._plan()
        if plan is None or not self._run(intents.link_to(plan, key, target)):
            return False
        self.status.emit(self.tr("Simpul kini juga mendukung induk lain tersebut."))
        return True

    def unlink(self, key: str, parent: str) -> bool:
        plan = self._plan()
        if plan is None or not self._run(intents.unlink(plan, key, parent)):
            return False
        self.status.emit(self.tr("Tautan ke induk lain dihapus."))
        return True

    def move_up(self) -> bool:
        """Alt+Up: one place earlier among the siblings."""
        return self._move_among(-1)

    def move_down(self) -> bool:
        """Alt+Down: one place later among the siblings."""
        return self._move_among(1)

    def _move_among(self, step: int) -> bool:
        plan = self._plan()
        key = self.selected
        if plan is None or not self._run(intents.move_among_siblings(plan, key, step)):
            return False
        self.select(key)
        return True

    # --- undo ----------------------------------------------------------------------------------

    def undo(self) -> None:
        self._after_history(self.document.undo() if self.document is not None else None)

    def redo(self) -> None:
        self._after_history(self.document.redo() if self.document is not None else None)

    def _after_history(self, changes: ChangeSet | None) -> None:
        """Select what an undo or redo changed, so the planner sees what it did."""
        doc = self.document
        if doc is None or changes is None:
            return
        plan = doc.plan
        # What was added or edited says more than the siblings that only shifted a place.
        touched = [k for k in changes.added | set(changes.changed) if k in plan] or [
            k for k in changes.moved if k in plan]
        if touched:
            order = {k: i for i, k in enumerate(plan.walk())} if len(touched) > 1 else {}
            key = min(touched, key=lambda k: order.get(k, 0))
            self.select(key, centre=True)
        elif self.selected is not None and self.selected not in plan:
            self.select(None)
