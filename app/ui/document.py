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
them: on a team plan as soon as the server's notice arrives (a listener
thread, app/store/live.py, hands it over through `news_arrived`), otherwise
when the window becomes active again and every few seconds, after a cheap
check that something changed; never while a text field has the keyboard (a
pull must not reset what is being typed: it waits until the typing stops).
Cards another person just changed are in `recently_changed` for a few
seconds, with who changed them, for the canvas to mark.

On a team plan the login's rights (app.model.rights) are checked before an
edit is tried, so a refused edit says at once whose branch it is; the server
remains the guard. An evaluator's document is read-only for the tree
(`read_only`) with review notes still writable (`may_write_notes`).
"""

from __future__ import annotations

import time
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
from app.ui.i18n import translated

CHECK_DELAY_MS = 150  # after the last edit; plus a little per node on big plans
KEEP_HEIGHTS_AFTER_MS = 3000  # after opening: past the first frames, the first check and sweep
LOOK_EVERY_MS = 3000  # how often to look for other writers' edits (a cheap check on a file)
NEWS_GATHER_MS = 150  # notices arriving within this of the first are one pull
TYPING_RETRY_MS = 400  # a pull put off while a text field has the keyboard is tried again
RECENT_S = 10.0  # how long a card someone else changed is marked with who changed it


class Document(QObject):
    """One open plan. `plan_file` is None for a plan not backed by a file (tests, previews)."""

    changed = Signal(object)  # ChangeSet: stored, geometry updated
    findings_changed = Signal()  # `findings` / `crosscuts` were recomputed
    refused = Signal(str)  # the model refused an edit: why, in Indonesian
    write_failed = Signal(object, object)  # (WriteFailure, Command or None): rolled back
    history_changed = Signal()  # undo/redo labels or the list changed
    closing = Signal()  # the plan file is about to close: last chance to keep caches in it
    news_arrived = Signal(object)  # a server's notice, emitted from the listener's thread
    others_changed = Signal()  # `recently_changed` gained or lost cards

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
        # Who changed which card just now (another person): key -> (login, monotonic seconds).
        self.recently_changed: dict[str, tuple[str, float]] = {}
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._expire_marks)
        self._news_timer = QTimer(self)
        self._news_timer.setSingleShot(True)
        self._news_timer.timeout.connect(self._take_news)
        self.news_arrived.connect(self._on_news)  # queued: the notice comes from another thread
        listen = getattr(plan_file, "listen", None)
        self._listener = listen(self.news_arrived.emit) if listen is not None else None

    # --- who may do what ---------------------------------------------------------------

    @property
    def rights(self) -> Any:
        """The login's rights on a team plan (app.model.rights.Rights); None for a file."""
        return getattr(self.plan_file, "rights", None)

    @property
    def read_only(self) -> bool:
        """True when the tree cannot be edited here (a read-only file; an evaluator's login)."""
        rights = self.rights
        return self.session.read_only or (rights is not None and not rights.may_edit_tree)

    @property
    def may_write_notes(self) -> bool:
        rights = self.rights
        return not self.session.read_only and (rights is None or rights.may_write_notes)

    @property
    def may_save_snapshots(self) -> bool:
        rights = self.rights
        return not self.session.read_only and (rights is None or rights.may_save_snapshots)

    @property
    def note_author(self) -> str:
        """Who new review notes are by when that is not free to choose: the login on a team plan
        ("" for a file, where the planner types it)."""
        rights = self.rights
        return rights.login if rights is not None else ""

    @property
    def team_note(self) -> str:
        """How the window's title says whose editor this is on a team plan ("" for a file)."""
        rights = self.rights
        if rights is None:
            return ""
        who = translated(rights.describe())
        if self.read_only and self.may_write_notes:
            return self.tr("{who}: hanya catatan reviu").format(who=who)
        return who

    def mode_label(self) -> str:
        """The status bar's word for what may be done here."""
        if self.session.read_only or (self.read_only and not self.may_write_notes):
            return self.tr("Hanya-baca")
        if self.read_only:
            return self.tr("Hanya catatan reviu")
        return self.tr("Tersimpan")

    def _why_not(self, command: Command, forward: bool = True) -> str | None:
        rights = self.rights
        if rights is None:
            return None
        why = rights.check(command, self.plan, forward)
        return translated(why) if why else None

    # --- edits -----------------------------------------------------------------------

    def push(self, command: Command) -> bool:
        """Do `command` as one undoable edit; False when refused or not stored (signals say why)."""
        if self.session.read_only:
            self.refused.emit(self.tr("Rencana ini dibuka hanya-baca."))
            return False
        why = self._why_not(command)
        if why:
            self.refused.emit(why)
            return False
        return self._attempt(lambda: self.session.push(command), command, "push") is not None

    def undo(self, force: bool = False) -> ChangeSet | None:
        """Undo the last edit; None when there was none or it could not be undone."""
        command = self.session.undo_command()
        if command is None or self.session.read_only:
            return None
        why = self._why_not(command, forward=False)
        if why:
            self.refused.emit(why)
            return None
        return self._attempt(lambda: self.session.undo(force), None, "undo")

    def redo(self, force: bool = False) -> ChangeSet | None:
        command = self.session.redo_command()
        if command is None or self.session.read_only:
            return None
        why = self._why_not(command)
        if why:
            self.refused.emit(why)
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
            changes = self.session.pull()
        except WriteFailure as exc:
            self.refused.emit(str(exc))
            return None
        self._mark_others(changes)
        return changes

    @staticmethod
    def _typing() -> bool:
        focus = QApplication.focusWidget()
        return isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit)) and not focus.isReadOnly()

    def look_for_news(self) -> None:
        """Pull when the store says something changed, unless a text field is being typed in."""
        if self._typing():
            return
        has_news = getattr(self.plan_file, "has_news", None)
        if has_news is not None and has_news():
            self.pull()

    def _on_news(self, _notice: object) -> None:
        """A server's notice (on this thread now): pull in a moment, with any that follow."""
        if not self._news_timer.isActive():
            self._news_timer.start(NEWS_GATHER_MS)

    def _take_news(self) -> None:
        if getattr(self.plan_file, "closed", False):
            return
        if self._typing():
            self._news_timer.start(TYPING_RETRY_MS)  # after the typing, not in the middle of it
            return
        self.pull()

    def _mark_others(self, changes: ChangeSet) -> None:
        """Remember who changed which card just now, for the canvas's "diubah oleh" mark."""
        by = getattr(self.plan_file, "arrived_by", None) or {}
        gone = [k for k in changes.removed if k in self.recently_changed]
        if not by and not gone:
            return
        now = time.monotonic()
        for key in gone:
            del self.recently_changed[key]
        for key, login in by.items():
            if key in self.plan.nodes:
                self.recently_changed[key] = (login, now)
        self._expire_marks()

    def recent_changes(self) -> dict[str, str]:
        """Cards another person changed in the last few seconds: key -> their login."""
        return {k: login for k, (login, _at) in self.recently_changed.items()}

    def _expire_marks(self) -> None:
        now = time.monotonic()
        for key in [k for k, (_l, at) in self.recently_changed.items() if now - at >= RECENT_S]:
            del self.recently_changed[key]
        if self.recently_changed:
            oldest = min(at for _l, at in self.recently_changed.values())
            self._expiry.start(max(50, int((oldest + RECENT_S - now) * 1000) + 20))
        self.others_changed.emit()

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
        self._news_timer.stop()
        self._expiry.stop()
        if self._listener is not None:
            self._listener.stop()
        self.keep_card_heights()
        if self.plan_file is not None:
            self.plan_file.close()
