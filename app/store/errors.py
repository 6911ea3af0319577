"""The errors the store raises: each message is Indonesian and names the file or the server.

`explain` turns what SQLite or PostgreSQL reported into one of them, saying
what happened in the planner's words: a lock held by another program is a
lock (not a broken file), a full disk is a full disk, a lost connection is a
lost connection, and each says whether trying again can help.
"""

from __future__ import annotations

from collections.abc import Callable

from app.model.session import WriteFailure

from .sqlite_words import indonesian


class StoreError(WriteFailure):
    """A plan file that cannot be made, opened, read or written.

    The message is meant for the planner as it is (a dialog, the status bar,
    stderr of the command line), so it says which file and what to do. When
    raised by `write`, the edit session has rolled the edit back.
    """


class NotAllowed(StoreError):
    """This user may not make this change (file permissions, a server's rights)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retry=False)


class Locked(StoreError):
    """Another program holds the file's lock; trying again later may succeed."""


# SQLite's primary result codes (sqlite3.h), for the ones a planner can act on.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_PERM, _AUTH = 3, 23

# PostgreSQL SQLSTATEs.
PG_RETRY = ("40001", "40P01")  # serialization failure, deadlock: the store tries again itself
_PG_PRIVILEGE = "42501"


def _sqlite_code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "the file is locked just now" (another writer holds it)."""
    return _sqlite_code(exc) in (_BUSY, _LOCKED)


def pg_state(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None)


def rights_reason(exc: BaseException) -> str:
    """The Indonesian reason a team plan's rule gave for refusing (hint 'pokin'), or ""."""
    diag = getattr(getattr(exc, "orig", exc), "diag", None)
    if diag is None or getattr(diag, "message_hint", None) != "pokin":
        return ""
    return str(diag.message_primary or "")


def why(exc: BaseException) -> str:
    """The driver's own first line about `exc`, in Indonesian when it is one SQLite often says."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return indonesian(text.splitlines()[0]) if text else type(orig).__name__


def explain(exc: BaseException, label: str, doing: str,
            holder: Callable[[], str] | None = None) -> StoreError:
    """The StoreError for `exc`, raised while `doing` (e.g. "Perubahan tidak dapat disimpan").

    `label` names the place ("berkas 'rpd.pokin'", "basis data 'x' di server");
    `holder`, when given, names the program holding a lock ("program 'sqlitebrowser'").
    """
    code = _sqlite_code(exc)
    state = pg_state(exc)
    where = label[0].lower() + label[1:]
    if code in (_BUSY, _LOCKED):
        who = holder() if holder is not None else ""
        by = f"oleh {who}" if who else ("oleh program lain (misalnya Pokin lain yang sedang "
                                         "menyimpan, atau program basis data yang membukanya)")
        return Locked(
            f"{doing}: {where} sedang dikunci {by}. Berkasnya tidak rusak. "
            "Tunggu sebentar atau tutup program itu, lalu coba lagi."
        )
    if code == _FULL or isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return StoreError(
            f"{doing}: disk tempat {where} penuh. Kosongkan sebagian ruang disk, lalu coba lagi."
        )
    if code in (_READONLY, _PERM, _AUTH):
        return NotAllowed(
            f"{doing}: {where} tidak dapat ditulis (berkas, folder atau disknya hanya-baca, "
            "atau Anda tidak berhak menulisnya). Salin berkas ke folder Anda, lalu buka salinannya."
        )
    if code == _IOERR:
        return StoreError(
            f"{doing}: {where} tidak dapat ditulis ke disk ({why(exc)}). Periksa disk atau "
            "folder jaringannya, lalu coba lagi."
        )
    if code == _CANTOPEN:
        return StoreError(
            f"{doing}: {where} tidak dapat ditulis: Pokin tidak dapat membuat berkas jurnal di "
            "foldernya (folder hanya-baca, berkas dipindah, atau folder jaringan terputus?). "
            "Periksa lalu coba lagi."
        )
    if code in (_CORRUPT, _NOTADB):
        return StoreError(f"{doing}: {where} rusak ({why(exc)}).", retry=False)
    if state == _PG_PRIVILEGE:
        said = rights_reason(exc)
        if said:  # the plan's own rule said why, in Indonesian (team_rules.py)
            return NotAllowed(f"{doing}: {said}")
        return NotAllowed(f"{doing}: Anda tidak berhak membuat perubahan ini di {where}.")
    if state is not None and state[:2] in ("08", "57") or getattr(exc, "connection_invalidated",
                                                                  False):
        return StoreError(
            f"{doing}: sambungan ke {where} terputus. Periksa jaringan, lalu coba lagi "
            "(Pokin menyambung ulang sendiri)."
        )
    if "NUL (0x00)" in why(exc):  # psycopg: PostgreSQL text cannot hold a NUL character
        return StoreError(f"{doing}: teksnya memuat karakter NUL (kode 0), yang tidak dapat "
                          f"disimpan di {where}. Hapus karakter itu, lalu coba lagi.", retry=False)
    if isinstance(exc, (TypeError, ValueError)):
        return StoreError(f"{doing}: ada nilai yang tidak dapat disimpan di {where} ({exc}).",
                          retry=False)
    return StoreError(f"{doing}: {where}: {why(exc)}.")
