"""The conflict dialog and the editor with another writer on the same plan file.

The other writer is a second `PlanFile` on the same file with its own edit
session (a second window or process would be the same to the store). The
dialog is answered by clicking its own buttons (`conflict.ask` replaced, so
no modal loop blocks the offscreen run).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from app.model.commands import SetField
from app.model.session import Conflict, ConflictItem, EditSession
from app.store import PlanFile
from app.ui.dialogs import conflict
from app.ui.dialogs.conflict import ConflictDialog
from tests.ui.window_helpers import build_plan, open_window

OUTPUT = Path(__file__).resolve().parents[1] / "output"


class Other:
    """Someone else with the same plan file open."""

    def __init__(self, path: Path) -> None:
        self.store = PlanFile.open(path)
        self.edits = EditSession(self.store.plan, self.store)

    def set(self, key: str, field: str, value: object) -> None:
        self.edits.push(SetField(key, field, value))


@pytest.fixture
def shared(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    other = Other(window.document.plan_file.path)
    yield window, other
    other.store.close()


def _answer(monkeypatch, button: str, edit_to: str | None = None) -> list[ConflictDialog]:
    shown: list[ConflictDialog] = []

    def ask(dialog: ConflictDialog) -> bool:
        shown.append(dialog)
        if edit_to is not None:
            dialog.edit_button.click()
            next(iter(dialog.edits.values())).setPlainText(edit_to)
        getattr(dialog, f"{button}_button").click()
        return dialog.result() == 1

    monkeypatch.setattr(conflict, "ask", ask)
    return shown


def _stored(window, key: str):
    return PlanFile.read(window.document.plan_file.path)[key]


def test_the_dialog_shows_theirs_and_mine_side_by_side(qtbot, tmp_path):
    plan = build_plan()
    clash = Conflict("Perubahan tidak disimpan: pernyataan kinerja simpul 'S1' sudah diubah.", [
        ConflictItem("S1", "statement", "Meningkatnya derajat kesehatan (milik saya)",
                     "Meningkatnya usia harapan hidup (milik mereka)", "budi@bapperida",
                     "2026-05-19T08:30:00+00:00"),
        ConflictItem("S1", "opds", ("Dinas Kesehatan",), ("Dinas Kesehatan", "Dinas Sosial")),
    ])
    dialog = ConflictDialog(clash, plan)
    qtbot.addWidget(dialog)
    boxes = {b.objectName(): [] for b in dialog.findChildren(QPlainTextEdit)}
    for box in dialog.findChildren(QPlainTextEdit):
        boxes[box.objectName()].append(box.toPlainText())
    assert boxes["theirs"] == ["Meningkatnya usia harapan hidup (milik mereka)",
                               "Dinas Kesehatan; Dinas Sosial"]
    assert boxes["mine"] == ["Meningkatnya derajat kesehatan (milik saya)", "Dinas Kesehatan"]
    texts = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisibleTo(dialog)]
    assert texts == ["Pakai milik mereka", "Pakai milik saya", "Sunting…", "Nanti saja"]
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("budi@bapperida" in t and "Tersimpan" in t for t in labels)
    assert "Milik Anda" in labels
    OUTPUT.mkdir(exist_ok=True)
    for width, height in ((1024, 768), (1366, 768)):
        dialog.resize(min(width - 120, 900), min(height - 160, 560))
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(OUTPUT / f"conflict-dialog-{width}x{height}.png"))
    dialog.start_editing()
    assert dialog.save_button.isVisible() and not dialog.edit_button.isVisible()
    assert dialog.edited() == {("S1", "statement"): "Meningkatnya derajat kesehatan (milik saya)"}
    dialog.grab().save(str(OUTPUT / "conflict-dialog-editing.png"))


def test_keep_theirs_leaves_their_value_everywhere(shared, monkeypatch):
    window, other = shared
    other.set("S1", "statement", "Meningkatnya usia harapan hidup")
    shown = _answer(monkeypatch, "theirs")
    assert window.document.push(SetField("S1", "statement", "Milik saya")) is False
    assert len(shown) == 1 and shown[0].conflict.items[0].field == "statement"
    assert window.document.plan["S1"].statement == "Meningkatnya usia harapan hidup"
    assert _stored(window, "S1").statement == "Meningkatnya usia harapan hidup"
    assert not window.document.session.can_undo()


def test_keep_mine_stores_mine_over_theirs(shared, monkeypatch):
    window, other = shared
    other.set("S1", "statement", "Milik mereka")
    _answer(monkeypatch, "mine")
    window.document.push(SetField("S1", "statement", "Milik saya"))
    assert _stored(window, "S1").statement == "Milik saya"
    assert window.document.plan["S1"].statement == "Milik saya"
    window.document.undo()  # undo goes back to theirs, the value it overwrote
    assert _stored(window, "S1").statement == "Milik mereka"


def test_edit_stores_a_third_value(shared, monkeypatch):
    window, other = shared
    other.set("S1", "statement", "Milik mereka")
    _answer(monkeypatch, "save", edit_to="Gabungan keduanya")
    window.document.push(SetField("S1", "statement", "Milik saya"))
    assert _stored(window, "S1").statement == "Gabungan keduanya"


def test_an_undo_that_would_revert_their_work_asks_and_keep_theirs_drops_it(shared, monkeypatch):
    window, other = shared
    window.document.push(SetField("S2", "code", "1.02"))
    other.edits.pull()
    other.set("S2", "code", "1.03")
    window.document.pull()  # the other's code comes in, over the edit on the undo history
    shown = _answer(monkeypatch, "theirs")
    window.undo()
    assert "Yang ingin Anda kembalikan" in [w.text() for w in shown[0].findChildren(QLabel)]
    assert _stored(window, "S2").code == "1.03"
    assert not window.document.session.can_undo()  # the overtaken edit is dropped


def test_other_writers_edits_come_in_when_the_editor_looks(shared, qtbot):
    window, other = shared
    other.set("S2", "statement", "Diubah di jendela lain")
    window.editor.select("S2")
    window.inspector.statement.setFocus()
    window.document.look_for_news()  # typing in a text field: no look now
    assert window.document.plan["S2"].statement != "Diubah di jendela lain"
    window.canvas.setFocus() if window.canvas is not None else window.setFocus()
    qtbot.waitUntil(lambda: not isinstance(window.focusWidget(), QPlainTextEdit), timeout=2000)
    window.document.look_for_news()
    assert window.document.plan["S2"].statement == "Diubah di jendela lain"
    assert window.inspector.statement.toPlainText() == "Diubah di jendela lain"
    assert not window.document.plan_file.has_news()


def test_a_write_the_store_refuses_is_rolled_back_and_said(shared):
    window, _other = shared
    raw = window.document.plan_file._conn.connection.dbapi_connection
    raw.execute("PRAGMA query_only = ON")  # the store refuses to write from now on
    before = window.document.plan["S1"].statement
    window.document.push(SetField("S1", "statement", "tidak tersimpan"))
    assert window.document.plan["S1"].statement == before
    assert window.messages and "tidak dapat ditulis" in window.messages[-1][1]
    assert "dibatalkan" in window.messages[-1][1]
    raw.execute("PRAGMA query_only = OFF")


def test_a_write_that_may_succeed_later_is_offered_again(shared):
    window, _other = shared
    raw = window.document.plan_file._conn.connection.dbapi_connection
    pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: a full disk to SQLite
    window.answers[:] = [True, False]  # try again once, then leave it
    big = "Meningkatnya " + "x" * 200_000
    window.document.push(SetField("S1", "statement", big))
    assert window.answers == []  # asked twice: once, then again after the retry failed too
    assert window.document.plan["S1"].statement != big and _stored(window, "S1").statement != big
    raw.execute("PRAGMA max_page_count = 1073741823")
    assert window.document.push(SetField("S1", "statement", big))
    assert _stored(window, "S1").statement == big


def test_a_file_whose_wal_is_not_its_own_opens_and_says_so(qtbot, tmp_path):
    import sqlite3

    path = tmp_path / "rpd.pokin"
    PlanFile.create(path, build_plan()).close()
    other = tmp_path / "lain.db"
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES ('lain')")
    con.commit()
    (tmp_path / "rpd.pokin-wal").write_bytes((tmp_path / "lain.db-wal").read_bytes())
    con.close()
    window = open_window(qtbot, tmp_path / "w", plan=False)
    assert window.files.open_path(path) is True
    assert window.document.plan == build_plan()
    assert window.messages[-1][0] == "Berkas dibuka" and "rpd.pokin-wal" in window.messages[-1][1]
