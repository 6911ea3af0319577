"""The editor's entry point: `run_editor(path)` is what `pokin` and `pokin FILE` call.

With no path the editor reopens the most recent plan, or shows an empty
window offering "Rencana Baru" and "Buka".
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def make_application(argv: list[str] | None = None, settings=None) -> QApplication:
    """The QApplication (reused when one exists), with the bundled fonts and the chosen language."""
    from app.ui.canvas.fonts import family
    from app.ui.i18n import install_translation
    from app.ui.settings import Settings

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Pokin")
    if not app.property("pokin_tests"):  # the test suite collects between tests instead
        from app.ui import idle_gc

        idle_gc.install(app)
    app.setOrganizationName("Pokin")
    font = app.font()
    font.setFamily(family())
    app.setFont(font)
    install_translation(app, (settings or Settings()).language())
    return app  # type: ignore[return-value]


def start_editor(path: str | None = None, settings=None):
    """The shown main window on `path`, the most recent plan, or the welcome screen (no loop)."""
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    settings = settings or Settings()
    make_application(settings=settings)
    window = MainWindow(settings)
    window.show()
    if path:
        window.files.open_path(path)
    else:
        recent = settings.existing_recent_files()
        if recent:
            window.files.open_path(recent[0])
    return window


def run_editor(path: str | None = None, *, settings=None) -> int:
    """Open the editor on `path` (a .pokin or .xlsx), or on the most recent plan; run the loop.

    `settings` (an `app.ui.settings.Settings`) replaces the user's own.
    """
    window = start_editor(path, settings)
    app = QApplication.instance()
    try:
        return app.exec()
    finally:
        window.deleteLater()
