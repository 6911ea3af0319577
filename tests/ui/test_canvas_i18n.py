"""The canvas and presentation mode speak English through the compiled Qt translation.

Their texts are written in Indonesian in the code; with the English translation
installed the same real widgets must show the English of the .ts, and without
it the Indonesian must be unchanged. The model's refusals are translated from
their templates; the plan's level names stay as the plan gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from app.ui.canvas import TreeView
from app.ui.canvas.editor import InPlaceEditor
from app.ui.canvas.theme import MARK_TAGS
from app.ui.i18n import install_translation, remove_translation
from app.ui.presentation import HINTS, PresentationMode, ask_note

from .english import english
from .test_canvas import centre, drag, make_view
from .window_helpers import open_window

ENGLISH: dict[str, str] = english()
DELETE_QUESTION = (
    "Simpul ini memiliki {n} simpul turunan. Hapus simpul beserta seluruh turunannya?"
)


@contextmanager
def english() -> Iterator[None]:
    """The English translation for the duration of a block, Indonesian again afterwards."""
    app = QApplication.instance()
    assert install_translation(app, "en")
    try:
        yield
    finally:
        remove_translation(app)


def status_after(qtbot, view: TreeView, gesture: Callable[[], object]) -> str:
    with qtbot.waitSignal(view.editor.status) as blocker:
        gesture()
    return blocker.args[0]


def context_menu_texts(view: TreeView, key: str) -> list[str]:
    """Open the card's real context menu, read its items, close it again."""
    seen: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions() if not a.isSeparator())
        menu.close()

    pos = centre(view, key)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)
    )
    QTimer.singleShot(0, read_and_close)
    QApplication.sendEvent(view.viewport(), event)
    return seen


def test_english_texts_are_really_translations():
    """Guard: each text checked below differs between the languages (else nothing is shown)."""
    for text in (
        DELETE_QUESTION,
        "Simpul sudah berada di bawah induk ini.",
        "Ikhtisar: klik atau seret untuk berpindah",
        "Kedalaman: {n} level",
        HINTS,
        "BARU",
    ):
        assert ENGLISH[text] != text


def test_canvas_speaks_english_with_the_translation(qtbot):
    with english():
        view = make_view(qtbot)
        assert view.minimap.toolTip() == ENGLISH["Ikhtisar: klik atau seret untuk berpindah"]
        asked: list[str] = []
        view.editor.confirm = lambda _title, msg: asked.append(msg) or False
        view.select("S1")
        qtbot.keyClick(view, Qt.Key.Key_Delete)
        assert asked == [ENGLISH[DELETE_QUESTION].format(n=3)]
        # Refusals are translated, the model's own included (its sentences are Msg templates).
        own = status_after(qtbot, view, lambda: drag(view, "P1", "S1"))
        assert own == ENGLISH["Simpul sudah berada di bawah induk ini."]
        model = status_after(qtbot, view, lambda: drag(view, "S1", "PR1"))
        assert model == ENGLISH[
            "Simpul tidak dapat dipindah ke bawah dirinya sendiri atau ke bawah turunannya."]
        # Level names in a template are the plan's, untranslated.
        view.select("P1")
        view.editor.copy_selected()
        view.select("P2")
        refused = status_after(qtbot, view, view.editor.paste)
        assert refused == ENGLISH["Cabang {branch} tidak dapat ditempel di bawah {under}."].format(
            branch="Sasaran Strategis PD", under="Sasaran Strategis PD"
        )
        depth = status_after(qtbot, view, lambda: view.set_max_depth(2))
        assert depth == ENGLISH["Menampilkan {n} level teratas."].format(n=2)
        view.set_max_depth(None)
        items = context_menu_texts(view, "P1")
        assert items[0] == ENGLISH["Sunting pernyataan (F2)"]
        assert ENGLISH["Hapus simpul (Delete)"] in items
        # A new, empty node: the in-place editor's hint and the breadcrumb's placeholder.
        view.select("P2")
        new = view.editor.add_child()
        assert new is not None
        editor = view.viewport().findChild(InPlaceEditor)
        assert editor is not None
        assert editor.placeholderText() == ENGLISH["Tulis pernyataan kinerja, mis. Meningkatnya ..."]
        editor.finish(False)
        view.set_focus_root(new)
        assert ENGLISH["(belum diisi)"] in view.breadcrumb.text()
        assert QCoreApplication.translate("CardItem", MARK_TAGS["added"]) == ENGLISH["BARU"]
    assert QCoreApplication.translate("CardItem", MARK_TAGS["added"]) == "BARU"


def test_canvas_keeps_its_indonesian_without_the_translation(qtbot):
    view = make_view(qtbot)
    assert view.minimap.toolTip() == "Ikhtisar: klik atau seret untuk berpindah"
    asked: list[str] = []
    view.editor.confirm = lambda _title, msg: asked.append(msg) or False
    view.select("S1")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked == [DELETE_QUESTION.format(n=3)]
    own = status_after(qtbot, view, lambda: drag(view, "P1", "S1"))
    assert own == "Simpul sudah berada di bawah induk ini."
    assert context_menu_texts(view, "P1")[0] == "Sunting pernyataan (F2)"


def enter_presentation(qtbot, tmp_path: Path) -> PresentationMode:
    window = open_window(qtbot, tmp_path)
    window.resize(1024, 768)
    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    mode = PresentationMode(window, settings=settings)
    mode.enter(full_screen=False)
    return mode


def test_presentation_mode_speaks_english_with_the_translation(qtbot, tmp_path):
    with english():
        mode = enter_presentation(qtbot, tmp_path)
        try:
            c = mode.canvas
            assert mode.hud.text() == ENGLISH[HINTS]
            qtbot.keyClick(c, Qt.Key.Key_Minus)
            assert mode.hud.text() == ENGLISH["Kedalaman: {n} level"].format(n=2)
            qtbot.keyClick(c, Qt.Key.Key_L)
            assert mode.hud.text() == ENGLISH["Sorotan mati"]
            qtbot.keyClick(c, Qt.Key.Key_PageDown)
            assert mode.hud.text() == ENGLISH[
                "Belum ada urutan tampilan: tekan V untuk menyimpan tampilan ini."
            ]
            qtbot.keyClick(c, Qt.Key.Key_V)
            assert mode.hud.text() == ENGLISH["Tampilan disimpan sebagai nomor {n}."].format(n=1)
            qtbot.keyClick(c, Qt.Key.Key_PageDown)
            assert mode.hud.text() == ENGLISH["Tampilan {i} dari {n}"].format(i=1, n=1)
            mode.ask_note = lambda _parent, _statement: "Perlu indikator outcome"
            qtbot.keyClick(c, Qt.Key.Key_N)
            assert mode.hud.text() == ENGLISH["Catatan reviu disimpan."]
        finally:
            mode.leave()
        # The default note dialog, read while it is open and then cancelled.
        seen: list[tuple[str, str]] = []

        def read_and_cancel() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QInputDialog)
            seen.append((dialog.windowTitle(), dialog.labelText()))
            dialog.reject()

        QTimer.singleShot(0, read_and_cancel)
        assert ask_note(mode.window, "Meningkatnya mutu layanan") is None
        assert seen == [
            (
                ENGLISH["Catatan reviu"],
                ENGLISH["Catatan untuk:\n{statement}"].format(
                    statement="Meningkatnya mutu layanan"
                ),
            )
        ]


def test_presentation_mode_keeps_its_indonesian_without_the_translation(qtbot, tmp_path):
    mode = enter_presentation(qtbot, tmp_path)
    try:
        assert mode.hud.text() == HINTS
        qtbot.keyClick(mode.canvas, Qt.Key.Key_Minus)
        assert mode.hud.text() == "Kedalaman: 2 level"
        qtbot.keyClick(mode.canvas, Qt.Key.Key_L)
        assert mode.hud.text() == "Sorotan mati"
    finally:
        mode.leave()
