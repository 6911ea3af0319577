"""A plan file (.pokin): SQLite holding one plan, written as the plan changes.

`PlanFile` is the store of an edit session (`app.model.session`): the
session hands it every change set the moment a command ran, and `write` keeps
it in one transaction, or raises and the session rolls the edit back. So there
is no "save" and nothing to lose: a crash keeps every edit that finished. Old files are migrated on open;
files that are not ours, or from a newer Pokin, are refused without a byte
written.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from app.model.changes import ChangeSet
from app.model.plan import Plan

from .card_heights import node_print, read_heights, write_heights
from .errors import StoreError
from .migrations import can_migrate, migrate
from .rows import plan_from_blob
from .schema import (
    APP_NAME,
    SCHEMA_VERSION,
    file_engine,
    memory_engine,
    metadata,
    read_only_uri,
    snapshots,
)
from .sync import load_plan, snapshot_blob, stored_meta, write_all, write_changes
from .team import clear_for_new_plan, is_url, team_engine, team_label, team_name, team_version

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class SnapshotInfo:
    """A named revision kept inside the file (menu Revisi)."""

    name: str
    created: str  # ISO date-time, UTC
    author: str
    note: str
    node_count: int


def _why(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc)


def probe(path: Path) -> int:
    """The schema version of the Pokin file at `path`; StoreError for anything else.

    Reads only: the file, and any sidecar, are left exactly as they were.
    """
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
    try:
        con = sqlite3.connect(read_only_uri(str(path)), uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            found = dict(con.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise StoreError(f"Berkas '{name}' rusak atau bukan berkas rencana Pokin: {exc}.") from exc
    if found.get("app") != APP_NAME:
        raise StoreError(
            f"Berkas '{name}' adalah basis data SQLite, tetapi bukan berkas rencana Pokin."
        )
    try:
        version = int(found["schema_version"])
    except (KeyError, ValueError) as exc:
        raise StoreError(f"Berkas '{name}' rusak: versi skemanya tidak terbaca.") from exc
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"Berkas '{name}' dibuat oleh versi Pokin yang lebih baru (skema {version}; "
            f"versi ini mengenal sampai skema {SCHEMA_VERSION}). Perbarui Pokin untuk membukanya."
        )
    if version < 1 or not can_migrate(version):
        raise StoreError(f"Berkas '{name}' memakai skema {version} yang tidak dikenal.")
    return version


def _remove_quietly(*paths: Path) -> None:
    for p in paths:
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def _sidecars(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


class PlanFile:
    """One open .pokin file and its live plan. Make one with `create` or `open`."""

    def __init__(
        self,
        path: Path,
        engine: Engine | None,
        conn: Connection | None,
        plan: Plan,
        read_only: bool,
        label: str | None = None,
        url: str | None = None,
        prints: dict[str, int] | None = None,
    ) -> None:
        # `conn` is None for a read-only file on disk: it holds no connection
        # between calls (see `_reading`), so a writer elsewhere is never read
        # through a stale immutable view.
        self._path = path
        self._label = label or f"Berkas '{path.name}'"  # how messages name it
        self._url = url  # set in team mode (a PostgreSQL database)
        self._engine = engine
        self._conn = conn
        self._closed = False
        self._plan = plan
        self._read_only = read_only
        # Card fingerprints of the nodes as last read or written (card_heights.py).
        self._prints: dict[str, int] = prints if prints is not None else {}

    # --- making and opening ----------------------------------------------------------

    @classmethod
    def create(cls, path: PathLike, plan: Plan, overwrite: bool = False) -> PlanFile:
        """A new file holding `plan`; `plan` stays the live plan, now written as it changes.

        `path` may be a PostgreSQL URL (team mode, see team.py).
        """
        if is_url(path):
            return cls._create_team(str(path), plan, overwrite)
        path = Path(path)
        name = path.name
        if path.exists() and not overwrite:
            raise StoreError(f"Berkas '{name}' sudah ada.")
        if path.is_dir():
            raise StoreError(f"'{name}' adalah folder, bukan berkas.")
        tmp = path.with_name(f".{name}.{uuid.uuid4().hex[:12]}.tmp")
        try:
            engine = file_engine(str(tmp))
            try:
                with engine.connect() as conn, conn.begin():
                    metadata.create_all(conn, checkfirst=False)
                    write_all(conn, plan)
            finally:
                engine.dispose()
            _remove_quietly(*_sidecars(path))  # a stale WAL must never meet the new file
            os.replace(tmp, path)
        except BaseException as exc:
            _remove_quietly(tmp, *_sidecars(tmp))
            if isinstance(exc, (SQLAlchemyError, OSError, TypeError, ValueError)):
                # TypeError/ValueError: a field value that is not storable (not JSON).
                raise StoreError(f"Berkas '{name}' tidak dapat dibuat: {_why(exc)}") from exc
            raise
        engine = file_engine(str(path))
        return cls(path, engine, engine.connect(), plan, False)

    @classmethod
    def open(cls, path: PathLike, read_only: bool = False) -> PlanFile:
        """Open a plan file and load its plan; older files are migrated (in memory when read-only).

        `path` may be a PostgreSQL URL (team mode, see team.py).
        """
        if is_url(path):
            return cls._open_team(str(path), read_only)
        path = Path(path)
        name = path.name
        version = probe(path)
        if not read_only and not (
            os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        ):
            raise StoreError(
                f"Berkas '{name}' tidak dapat ditulis (izin berkas atau foldernya). "
                "Bukalah hanya-baca, atau salin ke folder lain."
            )
        engine: Engine | None = None
        conn: Connection | None = None
        try:
            if read_only and version < SCHEMA_VERSION:
                engine = cls._migrated_copy(path, version)
            else:
                engine = file_engine(str(path), read_only)
            conn = engine.connect()
            with conn.begin():
                if not read_only:
                    version = int(stored_meta(conn)["schema_version"])
                    if version > SCHEMA_VERSION:
                        raise StoreError(f"Berkas '{name}' dibuat oleh versi Pokin yang lebih baru.")
                    if version < SCHEMA_VERSION:
                        migrate(conn, version)
                prints: dict[str, int] | None = None if read_only else {}
                plan = load_plan(conn, name, prints)
            if read_only and version == SCHEMA_VERSION:
                conn.close()
                engine.dispose()
                conn = engine = None
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if engine is not None:
                engine.dispose()
            if isinstance(exc, SQLAlchemyError):
                raise StoreError(f"Berkas '{name}' tidak dapat dibuka: {_why(exc)}") from exc
            raise
        return cls(path, engine, conn, plan, read_only, prints=prints)

    @classmethod
    def _create_team(cls, url: str, plan: Plan, overwrite: bool) -> PlanFile:
        label = team_label(url)
        engine = team_engine(url)
        conn: Connection | None = None
        try:
            conn = engine.connect()
            with conn.begin():  # PostgreSQL DDL is transactional: all of it or nothing
                clear_for_new_plan(conn, label, overwrite)
                metadata.create_all(conn, checkfirst=False)
                write_all(conn, plan)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            engine.dispose()
            if isinstance(exc, (SQLAlchemyError, TypeError, ValueError)):
                raise StoreError(f"Rencana di {label} tidak dapat dibuat: {_why(exc)}") from exc
            raise
        return cls(team_name(url), engine, conn, plan, False, label=label.capitalize(), url=url)

    @classmethod
    def _open_team(cls, url: str, read_only: bool) -> PlanFile:
        label = team_label(url)
        engine = team_engine(url)
        conn: Connection | None = None
        try:
            conn = engine.connect()
            with conn.begin():
                if team_version(conn, label) is None:
                    raise StoreError(f"{label.capitalize()} belum berisi rencana Pokin.")
                prints: dict[str, int] | None = None if read_only else {}
                plan = load_plan(conn, label, prints)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            engine.dispose()
            if isinstance(exc, SQLAlchemyError):
                raise StoreError(f"{label.capitalize()} tidak dapat dibuka: {_why(exc)}") from exc
            raise
        return cls(team_name(url), engine, conn, plan, read_only, label=label.capitalize(), url=url,
                   prints=prints)

    @staticmethod
    def _migrated_copy(path: Path, version: int) -> Engine:
        """An in-memory copy of an old file, migrated, for reading without touching the file."""
        mem = sqlite3.connect(":memory:")
        src = sqlite3.connect(read_only_uri(str(path)), uri=True)
        try:
            src.backup(mem)
        finally:
            src.close()
        engine = memory_engine(mem)
        with engine.connect() as conn, conn.begin():
            migrate(conn, version)
        return engine

    @classmethod
    def read_snapshot(cls, path: PathLike, name: str) -> Plan:
        """Snapshot `name` of a plan file, without loading the live plan (`pokin diff FILE@NAME`)."""
        if is_url(path) or probe(Path(path)) != SCHEMA_VERSION:
            with cls.open(path, read_only=True) as pf:  # team database, or an older file
                return pf.load_snapshot(name)
        path = Path(path)
        engine = file_engine(str(path), read_only=True)
        try:
            with engine.connect() as conn:
                data = conn.execute(
                    select(snapshots.c.data).where(snapshots.c.name == name)
                ).scalar_one_or_none()
        except SQLAlchemyError as exc:
            raise StoreError(f"Berkas '{path.name}' tidak dapat dibaca: {_why(exc)}") from exc
        finally:
            engine.dispose()
        if data is None:
            raise StoreError(f"Revisi '{name}' tidak ada di berkas '{path.name}'.")
        return plan_from_blob(data, path.name)

    @classmethod
    def read(cls, path: PathLike) -> Plan:
        """The plan in a file, detached: open read-only, load, close."""
        with cls.open(path, read_only=True) as pf:
            return pf.plan

    # --- the open file -------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._path

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop following the plan and close the file (the WAL is folded back in)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._conn is not None:
                self._conn.close()
        finally:
            self._conn = None
            if self._engine is not None:
                self._engine.dispose()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _connection(self) -> Connection:
        if self._closed or self._conn is None:
            raise StoreError(f"{self._label} sudah ditutup.")
        return self._conn

    def _writable(self) -> Connection:
        if self._read_only:
            raise StoreError(f"{self._label} dibuka hanya-baca.")
        return self._connection()

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for one read: the open one, or a fresh read-only one for this call."""
        if self._closed:
            raise StoreError(f"{self._label} sudah ditutup.")
        if self._conn is not None:
            yield self._conn
            return
        engine = file_engine(str(self._path), read_only=True)
        try:
            with engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"{self._label} tidak dapat dibaca: {_why(exc)}") from exc
        finally:
            engine.dispose()

    def write(self, plan: Plan, changes: ChangeSet) -> None:
        """Keep one change set of `plan` in one transaction, or raise StoreError (nothing kept)."""
        conn = self._writable()
        prints = self._prints
        for key in (*changes.added, *changes.removed, *changes.changed):
            prints.pop(key, None)
        try:
            with conn.begin():
                write_changes(conn, plan, changes)
        except (SQLAlchemyError, TypeError, ValueError) as exc:
            # TypeError/ValueError: a value with no JSON form. The transaction
            # rolled back whole: the file keeps the state before this change.
            raise StoreError(
                f"Perubahan tidak dapat disimpan ke {self._label[0].lower()}{self._label[1:]}: "
                f"{_why(exc)}"
            ) from exc

    # --- card heights (a cache, see card_heights.py) -----------------------------------

    def card_heights(self, signature: str) -> dict[str, float]:
        """Heights kept for this plan's cards under `signature`, for nodes unchanged since."""
        if self._read_only or self._closed:
            return {}
        try:
            with self._reading() as conn, conn.begin():
                return read_heights(conn, signature, self._prints)
        except (SQLAlchemyError, StoreError):
            return {}

    def save_card_heights(self, signature: str, heights: Mapping[str, float]) -> bool:
        """Keep `heights` (measured under `signature`) for the next opening; False when not kept."""
        if self._read_only or self._closed:
            return False
        prints = self._prints
        nodes = self._plan.nodes
        for key in heights:
            if key not in prints and key in nodes:
                prints[key] = node_print(nodes[key])
        try:
            conn = self._connection()
            with conn.begin():
                write_heights(conn, signature, heights, prints)
        except (SQLAlchemyError, StoreError, TypeError, ValueError):
            return False
        return True

    def save_copy(self, new_path: PathLike) -> None:
        """"Simpan Sebagai": a consistent copy of this file (snapshots included) at `new_path`.

        SQLite's backup API copies a consistent state; the copy is made beside
        the target and renamed, so a failure leaves no half-written file.
        This file stays the open one.
        """
        new_path = Path(new_path)
        if self._url is not None:
            self._save_team_copy(new_path)
            return
        if new_path.resolve() == self._path.resolve():
            raise StoreError(f"Berkas '{new_path.name}' adalah berkas yang sedang dibuka.")
        tmp = new_path.with_name(f".{new_path.name}.{uuid.uuid4().hex[:12]}.tmp")
        try:
            with self._reading() as conn:
                source = conn.connection.dbapi_connection
                target = sqlite3.connect(str(tmp))
                try:
                    source.backup(target)  # type: ignore[union-attr]
                    target.execute("PRAGMA journal_mode=WAL")
                finally:
                    target.close()
            _remove_quietly(*_sidecars(new_path))
            os.replace(tmp, new_path)
        except (sqlite3.Error, OSError, StoreError) as exc:
            _remove_quietly(tmp, *_sidecars(tmp))
            raise StoreError(f"Berkas '{new_path.name}' tidak dapat disimpan: {exc}") from exc

    def _save_team_copy(self, new_path: Path) -> None:
        """A .pokin file from a team database: the live plan and every snapshot."""
        with self._reading() as conn, conn.begin():
            kept = [dict(r) for r in conn.execute(select(snapshots)).mappings()]
        copy = PlanFile.create(new_path, self._plan.copy(), overwrite=True)
        try:
            if kept:
                conn = copy._connection()
                with conn.begin():
                    conn.execute(insert(snapshots), [{**r, "data": bytes(r["data"])} for r in kept])
        finally:
            copy.close()

    # --- snapshots (revisi) --------------------------------------------------------------

    def snapshots(self) -> list[SnapshotInfo]:
        """Saved revisions, oldest first."""
        q = select(
            snapshots.c.name,
            snapshots.c.created,
            snapshots.c.author,
            snapshots.c.note,
            snapshots.c.node_count,
        ).order_by(snapshots.c.created, snapshots.c.name)
        with self._reading() as conn, conn.begin():
            return [SnapshotInfo(*row) for row in conn.execute(q)]

    def save_snapshot(self, name: str, author: str = "", note: str = "") -> SnapshotInfo:
        """Keep the plan as it is now under `name` (unique in this file)."""
        conn = self._writable()
        name = name.strip()
        if not name:
            raise StoreError("Nama revisi tidak boleh kosong.")
        if "@" in name:
            raise StoreError("Nama revisi tidak boleh memuat tanda '@'.")
        created = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with conn.begin():
                if self._snapshot_exists(conn, name):
                    raise StoreError(f"Revisi bernama '{name}' sudah ada.")
                blob, count = snapshot_blob(conn)
                info = SnapshotInfo(name, created, author, note, count)
                conn.execute(insert(snapshots), [{**info.__dict__, "data": blob}])
        except SQLAlchemyError as exc:
            raise StoreError(f"Revisi '{name}' tidak dapat disimpan: {_why(exc)}") from exc
        return info

    def load_snapshot(self, name: str) -> Plan:
        """The plan as saved under `name`: a detached Plan that nothing writes."""
        with self._reading() as conn, conn.begin():
            data = conn.execute(
                select(snapshots.c.data).where(snapshots.c.name == name)
            ).scalar_one_or_none()
        if data is None:
            raise StoreError(f"Revisi '{name}' tidak ada di {self._label[0].lower()}{self._label[1:]}.")
        return plan_from_blob(data, self._path.name)  # "Revisi tersimpan di berkas 'x' rusak"

    def delete_snapshot(self, name: str) -> None:
        conn = self._writable()
        with conn.begin():
            if not self._snapshot_exists(conn, name):
                raise StoreError(f"Revisi '{name}' tidak ada di {self._label[0].lower()}{self._label[1:]}.")
            conn.execute(delete(snapshots).where(snapshots.c.name == name))

    @staticmethod
    def _snapshot_exists(conn: Connection, name: str) -> bool:
        q = select(snapshots.c.name).where(snapshots.c.name == name)
        return conn.execute(q).first() is not None

    def __repr__(self) -> str:
        mode = "hanya-baca" if self._read_only else "tulis"
        return f"PlanFile({str(self._path)!r}, {mode}, {len(self._plan)} simpul)"
