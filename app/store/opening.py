"""What is checked before a plan file is opened, and how it will be read.

In this order, so that nothing in an untrusted file runs and nothing beside
a file is mistaken for part of it:

1. the file is there, is SQLite, and is not a workbook;
2. what lies beside it (sidecars.py): a `-wal` that is not the file's own is
   set aside (writing) or ignored (reading only), and said; a file left
   mid-write by a crash is read from a recovered scratch copy when it may
   not be written;
3. the schema (untrusted.py): only Pokin's own tables, columns and indexes,
   checked on exactly the pages that will be read, before any table is read;
4. the meta table: a Pokin file, of a version this Pokin knows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from . import sidecars
from .errors import StoreError
from .migrations import can_migrate
from .schema import APP_NAME, LOCK_WAIT_S, SCHEMA_VERSION, read_only_uri, wal_header
from .sqlite_words import indonesian
from .untrusted import check_columns, check_schema

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class Opening:
    """How to read a file: its schema version, and from where."""

    version: int
    main_only: bool = False  # read the main file alone (a foreign -wal lies beside it)
    recovered: sqlite3.Connection | None = None  # an in-memory recovered copy, for reading only
    notice: str = ""  # what the planner should be told (a -wal set aside, ...)


def _first_bytes(path: Path) -> bytes:
    name = path.name
    if not path.exists():
        raise StoreError(f"Berkas '{name}' tidak ditemukan.")
    if not path.is_file():
        raise StoreError(f"'{name}' bukan berkas.")
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"Berkas '{name}' tidak dapat dibaca: {exc.strerror}.") from exc
    if head.startswith(ZIP_MAGIC):
        raise StoreError(
            f"Berkas '{name}' adalah buku kerja Excel, bukan berkas rencana Pokin (.pokin). "
            "Gunakan Impor untuk membacanya."
        )
    if head != SQLITE_MAGIC:
        raise StoreError(f"Berkas '{name}' bukan berkas rencana Pokin (.pokin).")
    return head


def _sidecars(path: Path, read_only: bool) -> Opening:
    opening = Opening(version=0)
    if sidecars.leftover(path, "-wal") and sidecars.wal_is_foreign(path, wal_header(str(path)),
                                                                   check_schema):
        wal = sidecars.sidecar(path, "-wal").name
        if read_only:
            opening.main_only = True
            opening.notice = (
                f"Berkas pendamping '{wal}' di samping '{path.name}' bukan milik berkas ini "
                "(sisa salinan lama atau berkas lain) dan diabaikan. Pindahkan atau hapus "
                f"'{wal}' agar pesan ini tidak muncul lagi."
            )
        else:
            try:
                moved = sidecars.set_aside(path)
            except OSError as exc:
                raise StoreError(
                    f"Berkas '{path.name}' tidak dapat dibuka: berkas pendamping '{wal}' di "
                    "sampingnya bukan milik berkas ini (sisa salinan lama atau berkas lain) dan "
                    f"tidak dapat disisihkan ({exc.strerror}). Pindahkan atau hapus '{wal}', "
                    "lalu buka lagi.") from exc
            opening.notice = (
                f"Berkas pendamping '{wal}' di samping '{path.name}' bukan milik berkas ini "
                f"(sisa salinan lama atau berkas lain). Pokin menyisihkannya sebagai "
                f"'{moved.name}'; rencana dibuka dari berkas utama, utuh."
            )
    elif read_only and (sidecars.leftover(path, "-journal") and not sidecars.lock_holder(path)
                        or sidecars.leftover(path, "-wal") and not sidecars.wal_in_use(path)):
        # Left mid-write (a crash): reading it needs a rollback, which a reader may not do here.
        try:
            opening.recovered = sidecars.recovered_copy(path, with_wal=True)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"Berkas '{path.name}' tidak dapat dibaca: {exc}.") from exc
    return opening


def inspect(path: Path, read_only: bool) -> Opening:
    """Check the file at `path` as the module docstring says; StoreError for anything not ours.

    Reads only (a foreign `-wal` set aside when opening to write is the one change).
    """
    name = path.name
    _first_bytes(path)
    opening = _sidecars(path, read_only)
    try:
        con = opening.recovered or sqlite3.connect(
            read_only_uri(str(path), opening.main_only), uri=True, timeout=LOCK_WAIT_S)
        try:
            con.execute("PRAGMA trusted_schema=OFF")
            meta_cols = {r[1]: r[6] for r in con.execute("PRAGMA table_xinfo(meta)")}
            is_table = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
            if not is_table or set(meta_cols) != {"key", "value"} or any(meta_cols.values()):
                raise StoreError(
                    f"Berkas '{name}' adalah basis data SQLite, tetapi bukan berkas rencana Pokin.")
            found = dict(con.execute("SELECT key, value FROM meta WHERE key IN "
                                     "('app', 'schema_version')"))
            if found.get("app") != APP_NAME:
                raise StoreError(
                    f"Berkas '{name}' adalah basis data SQLite, tetapi bukan berkas rencana Pokin.")
            try:
                version = int(found["schema_version"])
            except (KeyError, ValueError) as exc:
                raise StoreError(f"Berkas '{name}' rusak: versi skemanya tidak terbaca.") from exc
            if 1 <= version <= SCHEMA_VERSION:  # a newer file is refused below, unread
                check_columns(check_schema(con, name), name, version)
        finally:
            if opening.recovered is None:
                con.close()
    except sqlite3.Error as exc:
        if opening.recovered is not None:
            opening.recovered.close()
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        if code in (5, 6):
            who = sidecars.lock_holder(path) or "program lain"
            raise StoreError(
                f"Berkas '{name}' sedang dikunci oleh {who}. Berkasnya tidak rusak: tunggu "
                "sebentar atau tutup program itu, lalu buka lagi.") from exc
        raise StoreError(f"Berkas '{name}' rusak atau bukan berkas rencana Pokin: "
                         f"{indonesian(str(exc))}.") from exc
    except StoreError:
        if opening.recovered is not None:
            opening.recovered.close()
        raise
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"Berkas '{name}' dibuat oleh versi Pokin yang lebih baru (skema {version}; "
            f"versi ini mengenal sampai skema {SCHEMA_VERSION}). Perbarui Pokin untuk membukanya."
        )
    if version < 1 or not can_migrate(version):
        raise StoreError(f"Berkas '{name}' memakai skema {version} yang tidak dikenal.")
    opening.version = version
    return opening

