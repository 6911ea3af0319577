"""The entry point opens FILE, or the most recent plan, or the empty window.

`start_editor` is `run_editor` without the event loop (a test must not run
and quit the application's own loop: pytest-qt's timers stop after that).
"""

from __future__ import annotations

from app.ui.app import start_editor
from app.ui.settings import Settings
from tests.ui.window_helpers import make_plan_file


def _open(qtbot, path, settings) -> tuple[str, bool]:
    window = start_editor(path, settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.deleteLater())
    return window.windowTitle(), window.welcome.isVisible()


def test_start_editor_opens_the_file_then_the_most_recent(qtbot, tmp_path):
    settings = Settings.at(tmp_path / "settings.ini")
    plan_file = make_plan_file(tmp_path)
    name = plan_file.plan.name
    path = str(plan_file.path)
    plan_file.close()
    assert _open(qtbot, path, settings) == (f"Pokin - {name}", False)
    # no argument: the most recent file comes back
    assert _open(qtbot, None, settings) == (f"Pokin - {name}", False)
    # nothing recent: the welcome screen
    assert _open(qtbot, None, Settings.at(tmp_path / "kosong.ini")) == ("Pokin", True)
