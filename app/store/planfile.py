"""A plan file (.pokin) or a team database: one plan, written as it changes, shared safely.

`PlanFile` is the store of an edit session (`app.model.session`): the
session hands it every change set the moment a command ran, and `write`
keeps it in one transaction - merged with what other writers stored
meanwhile, or refused as a conflict (merge.py) - or raises and the session
rolls the edit back. So there is no "save" and nothing to lose: a crash keeps
every edit that finished. `incoming` tells the session what other writers
stored since this copy last looked (incoming.py).

A file opened twice - two windows, two processes, two people on a shared
folder - works through the same versioning as a server: each writer merges
into what is stored, and sees the others' edits at its next look. Files
use the rollback journal, which needs only file locks (schema.py). Old files
are migrated on open; files that are not ours, or from a newer Pokin, or
whose schema holds anything but Pokin's own tables, are refused without a
byte written (opening.py).
"""

from __future__ import annotations

import getpass
import os
import random
import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import SQLAlchemyError

from app.model.changes import ChangeSet
from app.model.plan import Plan
from app.model.rights import Rights
from app.model.session import Arrived, Conflict

from . import sidecars
from .card_heights import node_print, read_heights, row_prints, write_heights
from .errors import PG_RETRY, Locked, NotAllowed, StoreError, explain, is_busy, pg_state
from .incoming import FINGERPRINT, look
from .keys import KeyBlocks, highest_number, reserve
from .known import Known
from .live import Listener, send_notice
from .merge import Writer, write_changes
from .migrations import migrate
from .opening import Opening, inspect
from .revisions import RevisionsMixin, SnapshotInfo, remove_quietly, sidecars_of
from .rows import plan_from_blob
from .schema import (
    LOCK_WAIT_AGAIN_S,
    LOCK_WAIT_S,
    SCHEMA_VERSION,
    file_engine,
    memory_engine,
    metadata,
    read_only_uri,
    snapshots,
)
from .sync import load_plan, stored_meta, write_all
from .team import Opened, create_team, is_url, open_team, team_name

PathLike = str | os.PathLike[str]
RETRIES = 3  # a server's deadlock or serialization failure is tried again this many times
FILE_LOCK_TRY_S = 0.02  # one try for a file's write lock (tried again until the wait is up)

__all__ = ["PlanFile", "SnapshotInfo"]


def _prints(known: Known) -> dict[str, int]:
    return row_prints(known.nodes.values())


def _file_author() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "pengguna"
    return f"{user}@{socket.gethostname()}"


class PlanFile(RevisionsMixin):
    """One open .pokin file (or team database) and its live plan. Make one with `create` or `open`."""

    def __init__(self, path: Path, engine: Engine | None, conn: Connection | None, plan: Plan,
                 read_only: bool, label: str | None = None, url: str | None = None,
                 prints: dict[str, int] | None = None, known: Known | None = None,
                 notice: str = "", rights: Rights | None = None,
                 connect: Callable[[], object] | None = None) -> None:
        # `conn` is None for a read-only file on disk: it holds no connection
        # between calls (see `_reading`), so a writer elsewhere is never read
        # through a stale view.
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
        self._known = known if known is not None else Known()
        self.notice = notice  # said to the planner once the plan is open (a -wal set aside)
        self._rights = rights  # a team plan: what the connecting login may do (None: a file)
        self._connect_live = connect  # a team plan: a fresh connection for live notices
        self._listeners: list[Listener] = []  # stopped when the plan closes
        # Node keys the server's notices named since the last look (None: not known which).
        self._named: set[str] | None = None
        self._named_lock = threading.Lock()
        self.arrived_by: dict[str, str] = {}  # node key -> who stored it, at the last look
        self.strict = False  # True: a field someone else set, even to this edit's value, conflicts
        self.retries = 0  # a server's deadlocks and serialization failures tried again
        self._token = uuid.uuid4().hex
        self._writer = Writer(self._author(), 0.3 + 0.4 * (int(self._token[:6], 16) / 0xFFFFFF))
        self._seen: int | None = None  # SQLite's data_version at the last look
        self._locked = False  # the last write found the file locked by another program
        self.lock_wait = LOCK_WAIT_S  # how long a write waits for another writer's lock
        if not read_only:
            plan._key_counter = KeyBlocks(self._take_key_block)

    # --- making and opening ----------------------------------------------------------

    @classmethod
    def create(cls, path: PathLike, plan: Plan, overwrite: bool = False,
               password: str | None = None) -> PlanFile:
        """A new file holding `plan`; `plan` stays the live plan, now written as it changes.

        `path` may be a PostgreSQL URL (team mode, see team.py); `password` is its
        login's (given to the driver apart from the URL).
        """
        if is_url(path):
            return cls._team(create_team(str(path), plan, overwrite, password), str(path), False)
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
                    known = write_all(conn, plan, _file_author())
            finally:
                engine.dispose()
            remove_quietly(*sidecars_of(path))  # a stale WAL or journal must never meet the new file
            os.replace(tmp, path)
        except BaseException as exc:
            remove_quietly(tmp, *sidecars_of(tmp))
            if isinstance(exc, (SQLAlchemyError, OSError, TypeError, ValueError)):
                # TypeError/ValueError: a field value that is not storable (not JSON).
                raise explain(exc, f"berkas '{name}'", f"Berkas '{name}' tidak dapat dibuat"
                              ) from exc
            raise
        engine = file_engine(str(path))
        return cls(path, engine, engine.connect(), plan, False, prints=_prints(known),
                   known=known)

    @classmethod
    def open(cls, path: PathLike, read_only: bool = False,
             password: str | None = None) -> PlanFile:
        """Open a plan file and load its plan; older files are migrated (in memory when read-only).

        `path` may be a PostgreSQL URL (team mode, see team.py); `password` is its
        login's (given to the driver apart from the URL; without one, libpq looks in
        PGPASSWORD and ~/.pgpass).
        """
        if is_url(path):
            return cls._team(open_team(str(path), read_only, password), str(path), read_only)
        path = Path(path)
        name = path.name
        if not read_only and path.exists() and not (
            os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        ):
            raise NotAllowed(
                f"Berkas '{name}' tidak dapat ditulis (izin berkas atau foldernya). "
                "Bukalah hanya-baca, atau salin ke folder lain."
            )
        opening = inspect(path, read_only)
        engine: Engine | None = None
        conn: Connection | None = None
        known = Known()
        try:
            engine = cls._engine_for(path, opening, read_only)
            conn = engine.connect()
            version = opening.version
            if not read_only and version < SCHEMA_VERSION:
                conn.info["write"] = True  # a migration writes: take the lock first, then look
                with conn.begin():
                    version = int(stored_meta(conn)["schema_version"])
                    if version > SCHEMA_VERSION:
                        raise StoreError(f"Berkas '{name}' dibuat oleh versi Pokin yang lebih baru.")
                    if version < SCHEMA_VERSION:
                        migrate(conn, version)
            with conn.begin():
                prints: dict[str, int] | None = None if read_only else {}
                plan = load_plan(conn, name, prints, known)
            if read_only and opening.recovered is None and version == SCHEMA_VERSION:
                conn.close()
                engine.dispose()
                conn = engine = None
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if engine is not None:
                engine.dispose()
            if isinstance(exc, SQLAlchemyError):
                raise explain(exc, f"berkas '{name}'", f"Berkas '{name}' tidak dapat dibuka",
                              lambda: sidecars.lock_holder(path)) from exc
            raise
        pf = cls(path, engine, conn, plan, read_only, prints=prints, known=known,
                 notice=opening.notice)
        pf._main_only = opening.main_only
        return pf

    @staticmethod
    def _engine_for(path: Path, opening: Opening, read_only: bool) -> Engine:
        if not read_only:
            return file_engine(str(path))
        if opening.recovered is not None:
            source = opening.recovered
        elif opening.version == SCHEMA_VERSION:
            return file_engine(str(path), read_only=True, main_only=opening.main_only)
        else:
            source = sqlite3.connect(read_only_uri(str(path), opening.main_only), uri=True)
        # An old file read without being written: migrated in a copy in memory.
        mem = source if source is opening.recovered else sqlite3.connect(":memory:")
        if mem is not source:
            try:
                source.backup(mem)
            finally:
                source.close()
        engine = memory_engine(mem)
        if opening.version < SCHEMA_VERSION:
            with engine.connect() as conn, conn.begin():
                migrate(conn, opening.version)
        return engine

    @classmethod
    def _team(cls, opened: Opened, url: str, read_only: bool) -> PlanFile:
        return cls(team_name(url), opened.engine, opened.conn, opened.plan, read_only,
                   label=opened.label, url=url, prints=opened.prints, known=opened.known,
                   rights=opened.rights, connect=opened.connect)

    @classmethod
    def read_snapshot(cls, path: PathLike, name: str, password: str | None = None) -> Plan:
        """Snapshot `name` of a plan file, without loading the live plan (`pokin diff FILE@NAME`)."""
        if is_url(path):
            with cls.open(path, read_only=True, password=password) as pf:
                return pf.load_snapshot(name)
        path = Path(path)
        opening = inspect(path, read_only=True)
        if opening.version != SCHEMA_VERSION or opening.recovered is not None:
            if opening.recovered is not None:
                opening.recovered.close()
            with cls.open(path, read_only=True) as pf:  # an older file, or one left mid-write
                return pf.load_snapshot(name)
        engine = file_engine(str(path), read_only=True, main_only=opening.main_only)
        try:
            with engine.connect() as conn:
                data = conn.execute(
                    select(snapshots.c.data).where(snapshots.c.name == name)
                ).scalar_one_or_none()
        except SQLAlchemyError as exc:
            raise explain(exc, f"berkas '{path.name}'", f"Berkas '{path.name}' tidak dapat dibaca"
                          ) from exc
        finally:
            engine.dispose()
        if data is None:
            raise StoreError(f"Revisi '{name}' tidak ada di berkas '{path.name}'.")
        return plan_from_blob(data, path.name)

    @classmethod
    def read(cls, path: PathLike, password: str | None = None) -> Plan:
        """The plan in a file, detached: open read-only, load, close."""
        with cls.open(path, read_only=True, password=password) as pf:
            return pf.plan

    # --- the open file -------------------------------------------------------------------

    _main_only = False

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

    @property
    def url(self) -> str | None:
        """The team database's URL (without a password); None for a file."""
        return self._url

    @property
    def rights(self) -> Rights | None:
        """What the connecting login may do in a team plan (app.model.rights); None for a file,
        where the file system's permissions decide."""
        return self._rights

    @property
    def author(self) -> str:
        """Who this copy's edits are stored as: the login on a server, user@machine for a file."""
        return self._writer.author

    def version_of(self, key: str) -> int | None:
        """The stored version of node `key` as this copy knows it (None: not known exactly)."""
        return self._known.versions.get(key)

    def _author(self) -> str:
        if self._url is None or self._conn is None:
            return _file_author()
        if self._rights is not None:  # read from the server when the plan was opened
            return self._rights.login
        try:
            with self._conn.begin():
                return str(self._conn.exec_driver_sql("SELECT current_user").scalar_one())
        except SQLAlchemyError:
            return ""

    def close(self) -> None:
        """Stop following the plan and close the file."""
        if self._closed:
            return
        self._closed = True
        for listener in self._listeners:
            listener.stop()
        try:
            if self._conn is not None:
                self._conn.close()
        finally:
            self._conn = None
            if self._engine is not None:
                self._engine.dispose()

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _connection(self) -> Connection:
        if self._closed or self._conn is None:
            raise StoreError(f"{self._label} sudah ditutup.")
        return self._conn

    def _writable(self) -> Connection:
        if self._read_only:
            raise StoreError(f"{self._label} dibuka hanya-baca.", retry=False)
        return self._connection()

    @contextmanager
    def _write_begin(self, conn: Connection, wait: float | None = None) -> Iterator[object]:
        """A write transaction: on a file, BEGIN IMMEDIATE, waiting `wait` s for the lock at most
        (default: the lock wait of the moment)."""
        if self._url is None:
            raw = conn.connection.dbapi_connection
            if wait is None:
                wait = self.next_lock_wait
            raw.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")  # type: ignore[union-attr]
            conn.info["write"] = True
        try:
            with conn.begin() as tx:
                yield tx
        finally:
            if self._url is None:  # reads wait as long as ever
                raw.execute(f"PRAGMA busy_timeout = {int(self.lock_wait * 1000)}")  # type: ignore[union-attr]

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """A connection for one read: the open one, or a fresh read-only one for this call."""
        if self._closed:
            raise StoreError(f"{self._label} sudah ditutup.")
        if self._conn is not None:
            yield self._conn
            return
        engine = file_engine(str(self._path), read_only=True, main_only=self._main_only)
        try:
            with engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise explain(exc, self._label, f"{self._label} tidak dapat dibaca") from exc
        finally:
            engine.dispose()

    # --- writing and looking -------------------------------------------------------------

    def write(self, plan: Plan, changes: ChangeSet) -> None:
        """Keep one change set of `plan` in one transaction, merged; or raise (nothing kept).

        Conflict when someone else changed what this edit changes (merge.py);
        another StoreError, saying why, when the file or server did not take it.
        """
        conn = self._writable()
        prints = self._prints
        for key in (*changes.added, *changes.removed, *changes.changed):
            prints.pop(key, None)
        self._writer.strict = self.strict
        self._writer.keeps = self._keeps_places_of(plan)
        attempt = 0
        # A file's lock is asked for in short tries until the wait of the moment is up: SQLite's
        # own wait polls ever more rarely, and under many writers the longest waiter starved.
        deadline = time.monotonic() + self.next_lock_wait
        while True:
            try:
                with self._write_begin(conn, FILE_LOCK_TRY_S if self._url is None else None):
                    settle = write_changes(conn, plan, changes, self._known, self._writer)
                    if self._url is not None:
                        send_notice(conn, changes, self._token, self._writer.author)
                break
            except Conflict:
                raise
            except (SQLAlchemyError, TypeError, ValueError) as exc:
                # TypeError/ValueError: a value with no JSON form. The transaction
                # rolled back whole: the store keeps the state before this change.
                self._end_failed_transaction(conn)
                if pg_state(exc) in PG_RETRY and attempt < RETRIES:
                    attempt += 1
                    self.retries += 1
                    continue
                if is_busy(exc) and time.monotonic() < deadline:
                    time.sleep(random.uniform(0.001, 0.008))
                    continue
                failure = explain(exc, self._label, "Perubahan tidak disimpan",
                                  lambda: sidecars.lock_holder(self._path))
                self._locked = isinstance(failure, Locked)
                raise failure from exc
        self._locked = False
        settle()

    @property
    def next_lock_wait(self) -> float:
        """How long the next write waits for a lock another program holds: briefly when the last
        write already found it held (so that each edit does not freeze for the full wait)."""
        return LOCK_WAIT_AGAIN_S if self._locked else self.lock_wait

    def _end_failed_transaction(self, conn: Connection) -> None:
        """A file's COMMIT that found the file busy leaves SQLite's transaction open: end it."""
        if self._url is not None or conn.invalidated:
            return
        raw = conn.connection.dbapi_connection
        if raw is not None and raw.in_transaction:  # type: ignore[union-attr]
            try:
                raw.execute("ROLLBACK")  # type: ignore[union-attr]
            except sqlite3.Error:
                pass

    def has_news(self) -> bool:
        """True when another writer may have stored something since the last look (cheap)."""
        if self._closed:
            return False
        if self._url is not None:
            return self._server_has_news()
        if self._conn is None:
            return True
        try:
            raw = self._conn.connection.dbapi_connection
            seen = raw.execute("PRAGMA data_version").fetchone()[0]  # type: ignore[union-attr]
        except (sqlite3.Error, SQLAlchemyError):
            return True
        return seen != self._seen

    def _server_has_news(self) -> bool:
        """Counts and sums of versions on the server against this copy's: one small query."""
        mine = self._known.fingerprint()
        if mine is None:
            return True
        try:
            with self._reading() as conn, conn.begin():
                theirs = tuple(conn.exec_driver_sql(FINGERPRINT).one())
        except SQLAlchemyError:
            return True
        return theirs != mine

    def incoming(self, plan: Plan) -> tuple[Arrived, Callable[[], None], str] | None:
        """What others stored since this copy last looked (for `EditSession.pull`), or None."""
        if self._closed:
            return None
        self.arrived_by = {}
        with self._named_lock:  # what notices say from here on goes to the next look
            named, self._named = self._named, (set() if self._listeners else None)
        try:
            with self._reading() as conn, conn.begin():
                seen = None
                if self._url is None and self._conn is not None:
                    seen = conn.exec_driver_sql("PRAGMA data_version").scalar_one()
                got = look(conn, plan, self._known, named)
        except SQLAlchemyError as exc:
            with self._named_lock:
                self._named = None
            raise explain(exc, self._label, "Perubahan orang lain tidak dapat dibaca") from exc
        self._seen = seen
        if got is None:
            return None
        arrived, record, by, authors = got
        self.arrived_by = authors

        def settle() -> None:
            record()
            for key in (*arrived.removed, *arrived.fields, *arrived.placed):
                self._prints.pop(key, None)

        return arrived, settle, by

    def _take_key_block(self) -> int | None:
        """The first number of a fresh block of node keys, or None when the store cannot say."""
        if self._read_only or self._closed:
            return None
        try:
            conn = self._connection()
            with self._write_begin(conn):
                return reserve(conn, highest_number(self._plan.nodes) + 1)
        except (SQLAlchemyError, StoreError):
            return None

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
        if self._read_only or self._closed or not self._keeps_cache():
            return False
        prints = self._prints
        nodes = self._plan.nodes
        for key in heights:
            if key not in prints and key in nodes:
                prints[key] = node_print(nodes[key])
        try:
            conn = self._connection()
            with self._write_begin(conn):
                write_heights(conn, signature, heights, prints)
        except (SQLAlchemyError, StoreError, TypeError, ValueError):
            return False
        return True

    def listen(self, on_notice: Callable[[dict], None]) -> Listener | None:
        """Hear other writers' notices as they commit (live.py); None for a file, which has none.

        `on_notice` is called from the listener's thread; stop it with `Listener.stop()`.
        """
        if self._url is None or self._connect_live is None or self._closed:
            return None
        def heard(notice: dict) -> None:  # on the listener's thread
            with self._named_lock:
                keys = notice.get("nodes")
                if self._named is not None and isinstance(keys, list) and not notice.get("many"):
                    self._named.update(k for k in keys if isinstance(k, str))
                else:
                    self._named = None  # not told which: the next look reads every version
            on_notice(notice)

        with self._named_lock:  # notices missed before LISTEN show in the counts and versions
            self._named = set()
        listener = Listener(self._connect_live, self._token, heard).start()
        self._listeners.append(listener)
        return listener

    def _keeps_places_of(self, plan: Plan) -> Callable[[str], bool] | None:
        """On a server, an OPD login may not write another OPD's nodes, not even their sibling
        order: when its own node moves past theirs, its own node is the one given a new place."""
        rights = self._rights
        if rights is None or rights.admin or rights.role != "opd":
            return None
        return lambda key: not rights.may_write(plan, key)

    def _keeps_cache(self) -> bool:
        """On a server only Bappeda and the owner write the cache (the rights allow no one else)."""
        rights = self._rights
        return rights is None or rights.admin or rights.role == "bappeda"

    def __repr__(self) -> str:
        mode = "hanya-baca" if self._read_only else "tulis"
        return f"PlanFile({str(self._path)!r}, {mode}, {len(self._plan)} simpul)"

