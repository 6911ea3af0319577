"""What the editor remembers between runs: recent files and the interface language.

A thin wrapper over QSettings so that tests can point it at an ini file of
their own and never touch the planner's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10
LANGUAGES = ("id", "en")


class Settings:
    """Recent files (most recent first) and the language ('id' or 'en')."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qs = qsettings if qsettings is not None else QSettings("Pokin", "Pokin")

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        """Settings kept in an ini file at `path` (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def recent_files(self) -> list[str]:
        value = self.qs.value("recent_files", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in (value or [])]

    def existing_recent_files(self) -> list[str]:
        return [p for p in self.recent_files() if Path(p).exists()]

    def add_recent_file(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self.qs.setValue("recent_files", files[:MAX_RECENT])
        self.qs.sync()

    def remove_recent_file(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.qs.setValue("recent_files", [p for p in self.recent_files() if p != path])
        self.qs.sync()

    def language(self) -> str:
        value = str(self.qs.value("language", "id"))
        return value if value in LANGUAGES else "id"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(language)
        self.qs.setValue("language", language)
        self.qs.sync()
