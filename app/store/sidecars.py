"""What lies beside a plan file: locks other programs hold, a `-wal` or `-journal` left behind.

SQLite applies any `NAME-wal` it finds beside `NAME` to it, whether that WAL
belongs to this file or to another one that once had the same name (a file
saved over an old one, a copy from e-mail placed where a crashed session
left its WAL): the plan would silently show another file's content, or fail
to open as "malformed". Pokin writes its own files with the rollback journal
(schema.py), so a `-wal` beside a file whose header says rollback can never be
its own; beside an older file still in WAL mode it is its own only if the
two read together are whole. A WAL that is not the file's own is set aside
(renamed, never deleted) and the planner is told where it went.

Locks: on Linux and other Unixes the process holding a byte-range lock on the
file is found with F_GETLK, so a message can name the program that holds it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from .errors import StoreError

# SQLite's lock bytes: PENDING, RESERVED and the SHARED range of the main file
# (os_unix.c), and the write lock and "dead man switch" of a WAL's -shm file.
_DB_LOCKS = (0x40000000, 2 + 510)
_SHM_WRITE = (120, 1)
_SHM_DMS = (128, 1)


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _holder_pid(path: Path, start: int, length: int) -> int | None:
    """The pid of another process holding a lock on bytes [start, start+length) of `path`."""
    if sys.platform == "win32":
        return None
    try:
        import fcntl

        fd = os.open(path, os.O_RDONLY)
    except (ImportError, OSError):
        return None
    try:
        probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        kind, _w, _s, _l, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, probe))
    except OSError:
        return None
    finally:
        os.close(fd)
    return pid if kind != fcntl.F_UNLCK and pid > 0 else None


def describe_process(pid: int) -> str:
    """"program 'sqlitebrowser' (PID 123, pengguna budi)" as far as this system tells."""
    name = ""
    try:
        name = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        pass
    user = ""
    try:
        import pwd

        user = pwd.getpwuid(os.stat(f"/proc/{pid}").st_uid).pw_name
    except (ImportError, OSError, KeyError):
        pass
    who = f"program '{name}'" if name else "program lain"
    extra = f"PID {pid}" + (f", pengguna {user}" if user else "")
    return f"{who} ({extra})"


def lock_holder(path: Path) -> str:
    """Who holds a lock on the plan file just now ("" when no one, or the system will not say)."""
    pid = _holder_pid(path, *_DB_LOCKS)
    shm = sidecar(path, "-shm")
    if pid is None and shm.exists():
        pid = _holder_pid(shm, *_SHM_WRITE)
    return describe_process(pid) if pid is not None else ""


def wal_in_use(path: Path) -> bool:
    """True when another process has the file open in WAL mode now (its -shm is locked)."""
    shm = sidecar(path, "-shm")
    return shm.exists() and _holder_pid(shm, *_SHM_DMS) is not None


def leftover(path: Path, suffix: str) -> bool:
    """True when a non-empty `-wal` / `-journal` lies beside the file."""
    try:
        return sidecar(path, suffix).stat().st_size > 0
    except OSError:
        return False


def wal_is_foreign(path: Path, wal_mode: bool, check: object) -> bool:
    """True when the `-wal` beside `path` is not this file's own (see the module docstring).

    `wal_mode`: the file's header says WAL. `check(con)` refuses a schema that is
    not Pokin's (untrusted.check_schema): the two are read together only in a
    scratch copy, which is checked before anything in it is read.
    """
    if wal_in_use(path):
        return False  # another program is using it right now: it is this file's
    if not wal_mode:
        return True
    with tempfile.TemporaryDirectory(prefix="pokin-wal-") as tmp:
        copy = Path(tmp) / "x.pokin"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(sidecar(path, "-wal"), sidecar(copy, "-wal"))
            con = sqlite3.connect(copy)
            try:
                con.execute("PRAGMA trusted_schema=OFF")
                if con.execute("PRAGMA quick_check").fetchone() != ("ok",):
                    return True
                check(con, path.name)  # type: ignore[operator]
                row = con.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
                return row != ("pokin",)
            finally:
                con.close()
        except (OSError, sqlite3.Error, StoreError):  # unreadable, or not Pokin's tables together
            return True


def set_aside(path: Path) -> Path:
    """Rename the file's -wal (and -shm) out of SQLite's way; returns the WAL's new path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = sidecar(path, f"-wal.tidak-cocok-{stamp}")
    os.replace(sidecar(path, "-wal"), moved)
    shm = sidecar(path, "-shm")
    if shm.exists():
        os.replace(shm, sidecar(path, f"-shm.tidak-cocok-{stamp}"))
    return moved


def recovered_copy(path: Path, with_wal: bool) -> sqlite3.Connection:
    """The file as SQLite recovers it (a hot journal rolled back, its own WAL applied), in memory.

    For read-only opens, which must not touch the file: the recovery runs on a
    scratch copy, then the result is copied into memory.
    """
    mem = sqlite3.connect(":memory:")
    with tempfile.TemporaryDirectory(prefix="pokin-baca-") as tmp:
        copy = Path(tmp) / "x.pokin"
        shutil.copyfile(path, copy)
        for suffix in ("-journal", "-wal") if with_wal else ("-journal",):
            if sidecar(path, suffix).exists():
                shutil.copyfile(sidecar(path, suffix), sidecar(copy, suffix))
        src = sqlite3.connect(copy)
        try:
            src.execute("PRAGMA trusted_schema=OFF")
            src.backup(mem)
        finally:
            src.close()
    return mem
