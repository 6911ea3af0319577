"""The open plan as the editor sees it: the edit session, its geometry, its findings.

Every gesture ends in `Document.push(command)`, every undo in `Document.undo()`;
both run the session's phases (`app.model.session`): execute, write to the plan
file, roll back on a failed write, bring the geometry up to date, then one
`changed` signal that every view is connected to. A refused edit says why on
`refused`; a write the store did not keep says so on `write_failed`, with the
command so that the window can offer to try again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.geometry.card import height_signature
from app.geometry.plan_geometry import PlanGeometry
from app.model.changes import ChangeSet
from app.model.checks import check_plan
from app.model.commands import Command
from app.model.crosscut import Crosscut, find_crosscutting
from app.model.plan import ModelError, Plan
from app.model.rules.base import Finding
from app.model.session import EditSession, WriteFailure

CHECK_DELAY_MS = 150  # after the last edit; plus a little per node on big plans
KEEP_HEIGHTS_AFTER_MS = 3000  # after opening: past the first frames, the first check and sweep


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

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # --- edits -----------------------------------------------------------------------

    def push(self, command: Command) -> bool:
        """Do `command` as one undoable edit; False when refused or not stored (signals say why)."""
        if self.read_only:
            self.refused.emit(self.tr("Rencana ini dibuka hanya-baca."))
            return False
        return self._attempt(lambda: self.session.push(command), command) is not None

    def undo(self) -> ChangeSet | None:
        """Undo the last edit; None when there was none or it could not be undone."""
        if not self.session.can_undo() or self.read_only:
            return None
        return self._attempt(self.session.undo, None)

    def redo(self) -> ChangeSet | None:
        if not self.session.can_redo() or self.read_only:
            return None
        return self._attempt(self.session.redo, None)

    def _attempt(self, step: Any, command: Command | None) -> ChangeSet | None:
        try:
            return step()
        except ModelError as exc:
            self.refused.emit(str(exc))
        except WriteFailure as exc:
            self.write_failed.emit(exc, command)
        return None

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
        self.keep_card_heights()
        if self.plan_file is not None:
            self.plan_file.close()
