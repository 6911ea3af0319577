"""UI tests: Python's cyclic garbage collector runs between tests, never during a paint.

A collection in the middle of a paint can destroy the C++ widgets of a window
a test closed earlier while Qt still uses them (a crash). The editor itself
collects from an idle timer (app/ui/idle_gc.py); here every test ends with its
events processed and its garbage collected, at a moment when nothing paints.
"""

from __future__ import annotations

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_between_tests(qapp):
    from app.ui.i18n import remove_translation

    qapp.setProperty("pokin_tests", True)
    remove_translation(qapp)  # the Indonesian of the code, numbers written 1.234, as in the app
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        qapp.processEvents()
        gc.collect()
        qapp.processEvents()
        if was_enabled:
            gc.enable()


@pytest.fixture(autouse=True)
def _no_unanswered_message_boxes(monkeypatch):
    """A message box nobody answers would block the run forever: fail the test instead.

    Windows and editors under test get `notify`/`confirm` callables that answer at once;
    reaching a real box means a question or message the test did not expect.
    """
    from PySide6.QtWidgets import QMessageBox

    def refuse(self) -> int:
        raise AssertionError(
            f"a message box opened in a test: {self.windowTitle()!r}: {self.text()!r}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)
