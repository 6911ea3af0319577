"""Cards another writer just changed carry "diubah oleh ..." for a few seconds, then not.

Two writers on one plan file (a second `PlanFile` in this process stands for a
colleague's editor): what arrives at the editor's next look is marked with who
stored it, on the canvas too, and the mark goes after `RECENT_S`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from app.model.commands import SetField
from app.model.session import EditSession
from app.store import PlanFile
from app.ui import document as document_module
from tests.ui.window_helpers import open_window


def test_a_card_changed_elsewhere_is_marked_with_who_then_the_mark_goes(qtbot, tmp_path,
                                                                       monkeypatch):
    monkeypatch.setattr(document_module, "RECENT_S", 0.5)
    window = open_window(qtbot, tmp_path)
    doc = window.document
    with PlanFile.open(doc.plan_file.path) as other:
        EditSession(other.plan, other).push(SetField("S1", "statement", "Meningkatnya umur"))
        who = other.author
    window.editor.push(SetField("S2", "code", "x"))  # one's own edit is never marked
    assert doc.pull() is not None
    assert doc.recent_changes() == {"S1": who} and window.canvas.state.changed_by == {"S1": who}
    item = window.canvas.tree_scene.cards.get("S1")
    assert item is not None
    # The tag sits in the card's own strip (never over the card above or its toggle).
    assert item.boundingRect() == item.shape().boundingRect()
    assert _tag_corner(item) == QColor("#FFFFFF")
    qtbot.waitUntil(lambda: doc.recent_changes() == {}, timeout=3000)
    assert window.canvas.state.changed_by == {}
    assert _tag_corner(item) != QColor("#FFFFFF")


def _tag_corner(item) -> QColor:
    """The colour where the tag's left padding is, on the card painted at 100 %."""
    image = QImage(int(item.w), int(item.h), QImage.Format.Format_ARGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image.pixelColor(6, 10)


def test_the_berkas_menu_opens_the_team_dialog(qtbot, tmp_path, monkeypatch):
    from app.ui.dialogs import connect_team

    shown: list[object] = []
    monkeypatch.setattr(connect_team.ConnectTeamDialog, "exec",
                        lambda self: shown.append(self) or 0)
    window = open_window(qtbot, tmp_path, plan=False)
    action = window.actions_by_name["open_team"]
    assert action.text() == "Buka Rencana Tim…"
    action.trigger()
    assert len(shown) == 1 and shown[0].try_connect == window.files.try_team
