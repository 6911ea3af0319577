"""The open plan as the editor sees it: the edit session, its geometry, its findings.

Every gesture ends in `Document.push(command)`, every undo in `Document.undo()`;
both run the session's phases (`app.model.session`): execute, write to the plan
file, roll back on a failed write, bring the geometry up to date, then one
`changed` signal that every view is connected to. A refused edit says why on
`refused`; a write the store did not keep says so on `write_failed`, with the
command so that the window can offer to try again. A conflict (someone else
changed the same thing) is settled with `resolve`: keep theirs, keep mine,
or an edited value.

Other writers' edits (another window or process on the same file, a
colleague on the server) come in through `pull`, the session's way in for
them: when the window becomes active again and every few seconds, after a
cheap check that something changed, and never while a text field has the
keyboard (a pull must not reset what is being typed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from app.geometry.card import height_signature
from app.geometry.plan_geometry import PlanGeometry
from app.model.changes import ChangeSet
from app.model.checks import check_plan
from app.model.commands import AddNode, Batch, Command, SetField
from app.model.crosscut import Crosscut, find_crosscutting
from app.model.plan import ModelError, Node, Plan
from app.model.rules.base import Finding
from app.model.session import Conflict, EditSession, WriteFailure

CHECK_DELAY_MS = 150  # after the last edit; plus a little per node on big plans
KEEP_HEIGHTS_AFTER_MS = 3000  # after opening: past the first frames, the first check and sweep
LOOK_EVERY_MS = 3000  # how often to look for other writers' edits (a cheap check on a file)


class Document(QObject):
    """One open plan. `plan_file` is None for a plan not backed by a file (tests, previews)."""

    changed = Signal(object)  # ChangeSet: stored, geometry updated
    findings_changed = Signal()  # `findings` / `crosscuts` were recomputed
    refused = Signal(str)  # the model refused an edit: why, in Indonesian
    write_failed = Signal(object, object)  # (WriteFailure, Command or None): rolled back
    history_changed = Signal()  # undo/redo labels or the list changed
    closing = Signal()  # the plan file is about to close: last chance to keep caches in it

    def __init__(self, plan: Plan, plan_file: Any | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.plan = plan
        self.plan_file = plan_file  # app.store.PlanFile when backed by a file or a server
        self.session = EditSession(plan, plan_file)
        self.geometry = PlanGeometry(plan)
        self.session.follow(self.geometry.follow)
        self.session.subscribe(self.changed.emit)
        self.session.subscribe(self._schedule_checks)
        self.session.on_history(self.history_changed.emit)
        self.findings: list[Finding] = []
        self.crosscuts: list[Crosscut] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.timeout.connect(self.recheck)
        self._heights_kept = self._seed_card_heights()  # how many the file holds as they are
        self._heights_stale = False  # an edit changed a card since they were kept
        self.session.subscribe(self._note_heights)
        if plan_file is not None and not self.read_only:
            QTimer.singleShot(KEEP_HEIGHTS_AFTER_MS, self, self.keep_card_heights)
        self._failed: tuple[str, Command | None] = ("push", None)  # what `resolve` settles
        self._look_timer = QTimer(self)
        self._look_timer.setInterval(LOOK_EVERY_MS)
        self._look_timer.timeout.connect(self.look_for_news)
        if hasattr(plan_file, "incoming"):
            self._look_timer.start()
            app = QGuiApplication.instance()
            if app is not None:
                app.applicationStateChanged.connect(self._on_app_state)

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- edits -----------------------------------------------------------------------

    def push(self, command: Command) -> bool:
        """Do `command` as one undoable edit; False when refused or not stored (signals say why)."""
        if self.read_only:
            self.refused.emit(self.tr("Rencana ini dibuka hanya-baca."))
            return False
        return self._attempt(lambda: self.session.push(command), command, "push") is not None

    def undo(self, force: bool = False) -> ChangeSet | None:
        """Undo the last edit; None when there was none or it could not be undone."""
        if not self.session.can_undo() or self.read_only:
            return None
        return self._attempt(lambda: self.session.undo(force), None, "undo")

    def redo(self, force: bool = False) -> ChangeSet | None:
        if not self.session.can_redo() or self.read_only:
            return None
        return self._attempt(lambda: self.session.redo(force), None, "redo")

    def _attempt(self, step: Any, command: Command | None, action: str) -> ChangeSet | None:
        try:
            return step()
        except ModelError as exc:
            self.refused.emit(str(exc))
        except WriteFailure as exc:
            self._failed = (action, command)
            self.write_failed.emit(exc, command)
        return None

    @property
    def failed_action(self) -> str:
        """What the last failed edit was: "push", "undo" or "redo"."""
        return self._failed[0]

    # --- other writers ---------------------------------------------------------------

    def pull(self) -> ChangeSet | None:
        """Bring in other writers' edits now (None when they could not be read: `refused` says)."""
        try:
            return self.session.pull()
        except WriteFailure as exc:
            self.refused.emit(str(exc))
            return None

    def look_for_news(self) -> None:
        """Pull when the store says something changed, unless a text field is being typed in."""
        focus = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit)) and not focus.isReadOnly():
            return
        has_news = getattr(self.plan_file, "has_news", None)
        if has_news is not None and has_news():
            self.pull()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.look_for_news()

    def resolve(self, conflict: Conflict, choice: str,
                edited: dict[tuple[str, str], object] | None = None) -> bool:
        """Settle the conflict of the last failed edit: "theirs", "mine" or "edit".

        Every choice first brings the stored values in. "theirs" stops there
        (an undo that would revert their work is dropped from the history);
        "mine" does the edit again over theirs (a node they deleted is put back
        as this copy had it); "edit" stores the values in `edited`
        ((node, field) -> value) as one edit.
        """
        action, command = self._failed
        if self.pull() is None:
            return False
        if choice == "theirs":
            if action in ("undo", "redo"):
                self.session.forget(undo=action == "undo")
            return True
        if choice == "edit":
            parts = [SetField(node, name, value) for (node, name), value in (edited or {}).items()
                     if node in self.plan]
            return not parts or self.push(Batch(parts, self.tr("Selesaikan bentrokan")))
        if action == "undo":
            return self.undo(force=True) is not None
        if action == "redo":
            return self.redo(force=True) is not None
        back = [AddNode(i.mine) for i in conflict.items
                if i.theirs is None and isinstance(i.mine, Node) and i.mine.key not in self.plan]
        if back:  # the node as this copy had it, this edit included
            return self.push(Batch(back, self.tr("Pulihkan simpul")))
        return command is not None and self.push(command)

    # --- checks ------------------------------------------------------------------------

    def _schedule_checks(self, _changes: ChangeSet) -> None:
        # The checks take ~0.2-0.7 s on 20,000 nodes, on this thread: on a big plan wait for a
        # pause in the editing rather than freezing between two quick edits.
        self._check_timer.start(CHECK_DELAY_MS + len(self.plan) // 20)

    def recheck(self) -> None:
        """Rerun every check and crosscutting detection (about 0.3 s on 20,000 nodes)."""
        self._check_timer.stop()
        self.findings = check_plan(self.plan)
        self.crosscuts = find_crosscutting(self.plan)
        self.findings_changed.emit()

    # --- card heights kept in the plan file ----------------------------------------------

    def _height_signature(self) -> str:
        cards = self.geometry.cache_for_default_style()
        return height_signature(cards.style, self.plan.years)

    def _seed_card_heights(self) -> int:
        """Start the editor's cards from the heights the plan file kept; how many it took.

        Opening a 20,000-node plan would otherwise measure every card (about
        half a second of the first frame); see app/store/card_heights.py.
        """
        read = getattr(self.plan_file, "card_heights", None)
        if read is None:
            return 0
        return self.geometry.cache_for_default_style().seed(read(self._height_signature()))

    def _note_heights(self, changes: ChangeSet) -> None:
        if changes.added or changes.changed or changes.plan & {"start_year", "end_year"}:
            self._heights_stale = True

    def keep_card_heights(self) -> bool:
        """Keep the editor style's heights measured so far in the plan file, when any are new.

        Called a few seconds after opening and when the plan closes. A failed
        write only costs speed at the next opening.
        """
        write = getattr(self.plan_file, "save_card_heights", None)
        if write is None or getattr(self.plan_file, "closed", True):
            return False
        heights = self.geometry.cache_for_default_style().heights()
        if not self._heights_stale and len(heights) <= self._heights_kept:
            return True
        if not write(self._height_signature(), heights):
            return False
        self._heights_kept, self._heights_stale = len(heights), False
        return True

    def close(self) -> None:
        self.closing.emit()
        self._check_timer.stop()
        self._look_timer.stop()
        self.keep_card_heights()
        if self.plan_file is not None:
            self.plan_file.close()
