"""Copies and revisions of an open plan: "Simpan Sebagai", and snapshots (revisi) kept inside it.

Mixed into `PlanFile`, which provides the connections (`_reading`,
`_writable`, `_write_begin`), the plan and how messages name the place.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from app.model.plan import Plan

from .errors import StoreError, explain
from .rows import plan_from_blob
from .schema import snapshots
from .sidecars import sidecar
from .sync import snapshot_blob

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


@dataclass(frozen=True)
class SnapshotInfo:
    """A named revision kept inside the file (menu Revisi)."""

    name: str
    created: str  # ISO date-time, UTC
    author: str
    note: str
    node_count: int


SIDECARS = ("-wal", "-shm", "-journal")


def sidecars_of(path: Path) -> list[Path]:
    return [sidecar(path, s) for s in SIDECARS]


def remove_quietly(*paths: Path) -> None:
    for p in paths:
        try:
            p.unlink()
        except FileNotFoundError:
            pass


class RevisionsMixin:
    """Copies and snapshots; see the module docstring."""

    _path: Path
    _url: str | None
    _plan: Plan
    _label: str
    author: str  # who this copy writes as (PlanFile.author)

    def _reading(self) -> AbstractContextManager[Connection]: ...  # provided by PlanFile
    def _writable(self) -> Connection: ...
    def _write_begin(self, conn: Connection) -> AbstractContextManager[object]: ...

    def _where(self) -> str:
        return self._label[0].lower() + self._label[1:]

    def save_copy(self, new_path: str | os.PathLike[str]) -> None:
        """"Simpan Sebagai" (and a copy to send): a consistent copy, snapshots included, at `new_path`.

        SQLite's backup API copies one consistent state, every committed edit
        in it; the copy is made beside the target and renamed, so a failure
        leaves no half-written file, and whatever sidecar lay beside an older
        file of that name goes with it. This file stays the open one.
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
                    target.execute("PRAGMA journal_mode=DELETE")
                finally:
                    target.close()
            remove_quietly(*sidecars_of(new_path))
            os.replace(tmp, new_path)
        except (sqlite3.Error, OSError, StoreError) as exc:
            remove_quietly(tmp, *sidecars_of(tmp))
            failure = explain(exc, f"berkas '{new_path.name}'", "Salinan tidak dapat disimpan")
            raise failure from exc

    def _save_team_copy(self, new_path: Path) -> None:
        """A .pokin file from a team database: the live plan, its notes and every snapshot."""
        from .planfile import PlanFile

        kept = self.snapshot_rows()
        copy = PlanFile.create(new_path, self._plan.copy(), overwrite=True)
        try:
            copy.put_snapshot_rows(kept)
        finally:
            copy.close()

    def snapshot_rows(self) -> list[dict]:
        """Every snapshot as stored (name, created, author, note, node count, data), to copy."""
        with self._reading() as conn, conn.begin():
            return [{**r, "data": bytes(r["data"])}
                    for r in conn.execute(select(snapshots)).mappings()]

    def put_snapshot_rows(self, rows: list[dict]) -> None:
        """Keep snapshots copied from another store as they are (their authors too: on a server
        only the owner may, which is who copies a plan there)."""
        if not rows:
            return
        conn = self._writable()
        try:
            with self._write_begin(conn):
                conn.execute(insert(snapshots), rows)
        except SQLAlchemyError as exc:
            raise explain(exc, self._label, "Revisi tidak dapat disalin") from exc

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
        if self._url is not None:  # on a server the author is the login (the server says so too)
            author = self.author
        created = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            with self._write_begin(conn):
                if self._snapshot_exists(conn, name):
                    raise StoreError(f"Revisi bernama '{name}' sudah ada.")
                blob, count = snapshot_blob(conn)
                info = SnapshotInfo(name, created, author, note, count)
                conn.execute(insert(snapshots), [{**info.__dict__, "data": blob}])
        except SQLAlchemyError as exc:
            raise explain(exc, self._label, f"Revisi '{name}' tidak dapat disimpan") from exc
        return info

    def load_snapshot(self, name: str) -> Plan:
        """The plan as saved under `name`: a detached Plan that nothing writes."""
        with self._reading() as conn, conn.begin():
            data = conn.execute(
                select(snapshots.c.data).where(snapshots.c.name == name)
            ).scalar_one_or_none()
        if data is None:
            raise StoreError(f"Revisi '{name}' tidak ada di {self._where()}.")
        return plan_from_blob(data, self._path.name)  # "Revisi tersimpan di berkas 'x' rusak"

    def delete_snapshot(self, name: str) -> None:
        conn = self._writable()
        try:
            with self._write_begin(conn):
                if not self._snapshot_exists(conn, name):
                    raise StoreError(f"Revisi '{name}' tidak ada di {self._where()}.")
                conn.execute(delete(snapshots).where(snapshots.c.name == name))
        except SQLAlchemyError as exc:
            raise explain(exc, self._label, f"Revisi '{name}' tidak dapat dihapus") from exc

    @staticmethod
    def _snapshot_exists(conn: Connection, name: str) -> bool:
        q = select(snapshots.c.name).where(snapshots.c.name == name)
        return conn.execute(q).first() is not None
