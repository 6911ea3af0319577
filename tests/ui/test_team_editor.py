"""The editor on a team plan, against the real server: logins with real passwords.

An evaluator's editor is read-only for the tree from the start with notes writable;
an OPD's refuses another's branch at once, saying whose it is; the connect
dialog says what went wrong; and two editors in two processes see each other's
edits within two seconds through the server's notices, conflicts included.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import create_engine, make_url, text

from app.model.commands import SetField
from app.store import PlanFile
from app.store.team_address import TeamAddress
from app.ui.dialogs import conflict
from app.ui.dialogs.connect_team import ConnectTeamDialog
from app.ui.presentation import PresentationMode
from tests.store.team_helpers import DINKES, DINSOS, branches_plan, fresh_team_db
from tests.ui.window_helpers import open_window

ROOT = Path(__file__).resolve().parents[2]
LIVE_WITHIN_MS = 2000  # the promise: another's edit shows within 2 s


@pytest.fixture
def team():
    db = fresh_team_db()
    PlanFile.create(db.url, branches_plan(), overwrite=True).close()
    db.dinsos = db.add("dinsos", "opd", (DINSOS,))
    db.bappeda = db.add("bappeda", "bappeda")
    db.penilai = db.add("penilai", "evaluator")
    try:
        yield db
    finally:
        db.drop()


def _window_as(qtbot, tmp_path, team, login: str):
    window = open_window(qtbot, tmp_path, plan=False)
    address = TeamAddress.from_url(team.url_of(login))
    assert window.files.try_team(address, team.password(login)) is None
    return window


def test_an_evaluators_editor_is_read_only_for_the_tree_with_notes_writable(
        qtbot, tmp_path, team, screenshots):
    window = _window_as(qtbot, tmp_path, team, team.penilai)
    doc = window.document
    assert doc.read_only and doc.may_write_notes and not doc.may_save_snapshots
    title = window.windowTitle()
    assert f"login '{team.penilai}' (penilai): hanya catatan reviu" in title
    assert title.endswith("(hanya-baca)")
    assert window.status_text().endswith("Hanya catatan reviu")
    window.editor.select("P-SOS")
    assert window.editor.add_child() is None and window.editor.delete_selected() is False
    assert window.inspector.statement.isReadOnly()
    window.canvas.edit_statement("P-SOS")
    assert not window.canvas.is_editing()  # no in-place editor on the card either
    assert window.document.push(SetField("P-SOS", "code", "9")) is False
    assert "berperan penilai" in window.statusBar().currentMessage()

    notes = window.notes_panel
    assert notes.isEnabled() and notes.author.isReadOnly()
    assert notes.author.text() == team.penilai
    notes.set_node("P-SOS")
    notes.text.setPlainText("Target 2026 belum menantang")
    notes.add_note()
    window.editor.select("P-SOS")
    for width in (1024, 1366):
        window.resize(width, 768)
        qtbot.wait(50)
        window.grab().save(str(screenshots / f"team-evaluator-{width}.png"))
    mode = PresentationMode(window, settings=QSettings(str(tmp_path / "p.ini"),
                                                       QSettings.Format.IniFormat))
    mode.enter(full_screen=False)
    mode.ask_note = lambda _w, _statement: "Indikator belum SMART (dari layar)"
    mode.canvas.select("SK-KES")
    assert mode.add_note() is True
    qtbot.keyClick(mode.canvas, Qt.Key.Key_F2)  # typing a statement in place: not for an evaluator
    assert not mode.canvas.is_editing()
    assert window.document.push(SetField("SK-KES", "code", "1")) is False
    window.grab().save(str(screenshots / "team-evaluator-presenting.png"))
    mode.leave()
    stored = PlanFile.read(team.url)
    by_text = {n.text: n for n in stored.reviews.values()}
    assert by_text["Target 2026 belum menantang"].author == team.penilai
    assert by_text["Indikator belum SMART (dari layar)"].author == team.penilai
    assert stored["P-SOS"].code == "" and stored["SK-KES"].code == ""


def test_an_opd_editor_refuses_another_branch_at_once_saying_whose_it_is(qtbot, tmp_path, team):
    window = _window_as(qtbot, tmp_path, team, team.dinsos)
    doc = window.document
    assert not doc.read_only and not doc.may_write_notes and not window.notes_panel.isEnabled()
    assert not window.revisions.can_save_snapshot()
    sent: list[str] = []
    doc.write_failed.connect(lambda exc, _c: sent.append(str(exc)))
    assert window.editor.push(SetField("SK-KES", "statement", "diubah Dinsos")) is False
    assert sent == []  # refused here, before anything went to the server
    message = window.statusBar().currentMessage()
    assert message == (f"Simpul 'Terlaksananya pemeriksaan ibu hamil' milik {DINKES}; login "
                       f"'{team.dinsos}' hanya boleh mengubah cabang {DINSOS}.")
    window.editor.select("P-SOS")
    key = window.editor.add_child()
    assert key is not None and PlanFile.read(team.url)[key].parent == "P-SOS"
    assert window.document.undo() is not None and key not in PlanFile.read(team.url)


def test_the_connect_dialog_says_what_went_wrong_with_the_real_server(qtbot, tmp_path, team):
    window = open_window(qtbot, tmp_path, plan=False)
    dialog = ConnectTeamDialog(window.settings, window.files.try_team, window)
    qtbot.addWidget(dialog)
    u = make_url(team.url)

    def attempt(database: str, login: str, password: str, port: int | None = None) -> str:
        dialog.host.setText(u.host)
        dialog.port.setValue(port or u.port)
        dialog.database.setText(database)
        dialog.login.setText(login)
        dialog.password.setText(password)
        assert dialog.attempt() is False
        return dialog.problem.text()

    assert "kata sandinya salah" in attempt(team.name, team.dinsos, "bukan-sandinya")
    assert "tidak dapat dihubungi" in attempt(team.name, team.dinsos, "x", port=1)
    assert "tidak ada di server" in attempt("pokin_tidak_ada", team.dinsos,
                                            team.password(team.dinsos))
    empty = fresh_team_db(init=False)
    foreign = fresh_team_db(init=False)
    try:
        engine = create_engine(foreign.url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE nodes (id integer)"))
        engine.dispose()
        assert "belum berisi rencana Pokin" in attempt(empty.name, "postgres", "")
        assert "berisi tabel lain, bukan rencana Pokin" in attempt(foreign.name, "postgres", "")
    finally:
        empty.drop()
        foreign.drop()
    assert window.document is None  # nothing opened by any of those
    dialog.database.setText(team.name)
    dialog.port.setValue(u.port)
    dialog.login.setText(team.dinsos)
    dialog.password.setText(team.password(team.dinsos))
    assert dialog.attempt() is True and window.document is not None
    assert window.document.rights.login == team.dinsos


# --- two editors, two processes -----------------------------------------------------------


class Peer:
    """The other editor: tests/ui/live_peer.py in its own process, as `login`."""

    def __init__(self, team, login: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), PGPASSWORD=team.password(login),
                   QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.ui.live_peer",
                                      team.url_of(login)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        self.lines: queue.Queue[dict] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.next(lambda m: "ready" in m, 30)

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))

    def next(self, wanted, timeout: float) -> dict:
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError("the other editor did not answer in time")
            message = self.lines.get(timeout=left)
            if wanted(message):
                return message

    def ask(self, request: dict) -> dict:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return self.next(lambda m: "ok" in m or "failed" in m, 30)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(30)


@pytest.fixture
def peer(team):
    other = Peer(team, team.bappeda)
    yield other
    other.close()


def test_two_editors_in_two_processes_see_each_others_edits_within_two_seconds(
        qtbot, tmp_path, team, peer, screenshots):
    window = _window_as(qtbot, tmp_path, team, team.dinsos)
    doc = window.document
    doc._look_timer.stop()  # only the server's notice may bring the edit in
    qtbot.waitUntil(doc._listener.listening.is_set, timeout=5000)
    window.editor.select("S2")

    started = time.monotonic()
    assert peer.ask({"op": "set", "key": "S2", "field": "statement",
                     "value": "Penyusunan data kemiskinan"}) == {"ok": True}
    qtbot.waitUntil(lambda: doc.plan["S2"].statement == "Penyusunan data kemiskinan",
                    timeout=LIVE_WITHIN_MS)
    assert time.monotonic() - started < LIVE_WITHIN_MS / 1000
    assert doc.recent_changes() == {"S2": team.bappeda}
    assert window.canvas.state.changed_by == {"S2": team.bappeda}
    assert window.inspector.statement.toPlainText() == "Penyusunan data kemiskinan"
    qtbot.waitUntil(lambda: any(f.node == "S2" and f.rule == "activity-statement"
                                for f in doc.findings), timeout=3000)  # the findings follow
    window.canvas.center_on("S2")
    window.resize(1366, 768)
    window.grab().save(str(screenshots / "team-changed-by.png"))

    sent = time.monotonic()
    assert window.editor.push(SetField("SS-SOS", "statement", "Meningkatnya jaminan sosial"))
    seen = peer.next(lambda m: "arrived" in m and "SS-SOS" in m["arrived"], LIVE_WITHIN_MS / 1000)
    assert seen["arrived"]["SS-SOS"] == team.dinsos
    assert seen["values"]["SS-SOS"] == "Meningkatnya jaminan sosial"
    assert time.monotonic() - sent < LIVE_WITHIN_MS / 1000


def test_an_edit_that_clashes_with_one_arriving_is_a_conflict_and_the_history_stays_right(
        qtbot, tmp_path, team, peer, monkeypatch):
    window = _window_as(qtbot, tmp_path, team, team.dinsos)
    doc = window.document
    qtbot.waitUntil(doc._listener.listening.is_set, timeout=5000)
    assert window.editor.push(SetField("SS-SOS", "code", "1.06.01"))  # on the undo history
    peer.next(lambda m: "arrived" in m and "SS-SOS" in m["arrived"], LIVE_WITHIN_MS / 1000)
    # The other person changes the same code: it arrives, and overtakes that edit.
    assert peer.ask({"op": "set", "key": "SS-SOS", "field": "code", "value": "1.06.02"}) == {
        "ok": True}
    qtbot.waitUntil(lambda: doc.plan["SS-SOS"].code == "1.06.02", timeout=LIVE_WITHIN_MS)
    shown = []

    def ask(dialog) -> bool:
        shown.append(dialog)
        dialog.theirs_button.click()
        return dialog.result() == 1

    monkeypatch.setattr(conflict, "ask", ask)
    assert doc.undo() is None  # undoing would revert their code: a conflict, kept theirs
    assert len(shown) == 1 and doc.session.labels() == []
    assert PlanFile.read(team.url)["SS-SOS"].code == "1.06.02"

    # Typing in the inspector while their statement arrives: nothing typed is reset, and
    # storing it is a conflict settled in the dialog (here: mine).
    window.editor.select("SS-SOS")
    box = window.inspector.statement
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    box.selectAll()
    qtbot.keyClicks(box, "Meningkatnya jaminan sosial (Dinsos)")
    assert peer.ask({"op": "set", "key": "SS-SOS", "field": "statement",
                     "value": "Meningkatnya jaminan sosial (Bappeda)"}) == {"ok": True}
    qtbot.wait(800)  # the notice is in; the pull waits for the typing to end
    assert box.toPlainText() == "Meningkatnya jaminan sosial (Dinsos)"
    assert doc.plan["SS-SOS"].statement == "Meningkatnya perlindungan sosial"

    def mine(dialog) -> bool:
        shown.append(dialog)
        dialog.mine_button.click()
        return dialog.result() == 1

    monkeypatch.setattr(conflict, "ask", mine)
    window.inspector.commit_pending()
    assert len(shown) == 2
    assert PlanFile.read(team.url)["SS-SOS"].statement == "Meningkatnya jaminan sosial (Dinsos)"
    assert len(doc.session.labels()) == 1  # the stored edit, once; the refused try is not there
    seen = peer.next(lambda m: "arrived" in m and m["values"].get("SS-SOS", "").endswith(
        "(Dinsos)"), LIVE_WITHIN_MS / 1000)
    assert seen["arrived"]["SS-SOS"] == team.dinsos
