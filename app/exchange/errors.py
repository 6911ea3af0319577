"""Why a workbook was refused: every problem, each with its place in the file.

Import is all or nothing, so the planner gets the whole list at once and can
fix the file in one pass rather than one error per attempt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One structural problem. `row` is the 1-based Excel row; `column` the header name."""

    sheet: str | None
    row: int | None
    column: str | None
    message: str

    def place(self) -> str:
        """Where, in the planner's words: "lembar 'Pohon', baris 12, kolom 'Level'"."""
        parts = []
        if self.sheet:
            parts.append(f"lembar '{self.sheet}'")
        if self.row is not None:
            parts.append(f"baris {self.row}")
        if self.column:
            parts.append(f"kolom '{self.column}'")
        return ", ".join(parts)

    def __str__(self) -> str:
        place = self.place()
        return f"{place}: {self.message}" if place else self.message


class WorkbookError(Exception):
    """A workbook that cannot be imported; `str()` names the file and every problem."""

    def __init__(self, path: str | os.PathLike[str], problems: list[Problem]) -> None:
        self.path = os.fspath(path)
        self.problems = list(problems)
        super().__init__(self.path, self.problems)

    def __str__(self) -> str:
        name = os.path.basename(self.path) or self.path
        if len(self.problems) == 1:
            return f"Berkas {name}: {self.problems[0]}"
        lines = [f"Berkas {name} tidak dapat dibaca ({len(self.problems)} masalah):"]
        lines.extend(f"- {p}" for p in self.problems)
        return "\n".join(lines)
