"""The one error the store raises: its message is Indonesian and names the file."""

from __future__ import annotations

from app.model.session import WriteFailure


class StoreError(WriteFailure):
    """A plan file that cannot be made, opened, read or written.

    The message is meant for the planner as it is (a dialog, the status bar,
    stderr of the command line), so it says which file and what to do. When
    raised by `write`, the edit session has rolled the edit back.
    """
