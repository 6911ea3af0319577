"""`run_editor`: the entry point opens FILE, or the most recent plan, or the empty window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui.app import run_editor
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.ui.window_helpers import make_plan_file


def _run_and_look(path, settings) -> tuple[int, str, bool]:
    seen: dict[str, object] = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[-1]
        seen["title"] = window.windowTitle()
        seen["welcome"] = window.welcome.isVisible()
        window.close()
        QApplication.instance().quit()

    QTimer.singleShot(0, look)
    code = run_editor(path, settings=settings)
    return code, str(seen["title"]), bool(seen["welcome"])


def test_run_editor_opens_the_file_then_the_most_recent(qtbot, tmp_path):
    settings = Settings.at(tmp_path / "settings.ini")
    plan_file = make_plan_file(tmp_path)
    name = plan_file.plan.name
    path = str(plan_file.path)
    plan_file.close()
    assert _run_and_look(path, settings) == (0, f"Pokin - {name}", False)
    # no argument: the most recent file comes back
    assert _run_and_look(None, settings) == (0, f"Pokin - {name}", False)
    # nothing recent: the welcome screen
    empty = Settings.at(tmp_path / "kosong.ini")
    assert _run_and_look(None, empty) == (0, "Pokin", True)
