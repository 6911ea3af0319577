"""Team mode: the plan's tables in a PostgreSQL database instead of a .pokin file.

`PlanFile.open("postgresql+psycopg://user@host/rpd_kota")` works on the same
schema as a file: one plan per database, every change set one transaction.
Several people may open the same database; each change set merges into what
is stored, field by field and by row versions (merge.py), so two people
editing one plan never overwrite each other silently: what clashes is a
conflict they resolve. Each sees the others' edits at the next look
(`EditSession.pull`); every write also sends a notice (NOTIFY pokin) for a
live refresh to listen to.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from .errors import StoreError
from .migrations import can_migrate
from .schema import APP_NAME, SCHEMA_VERSION, metadata
from .sync import stored_meta


def is_url(target: object) -> bool:
    """True for a database URL (team mode) rather than a file path."""
    return isinstance(target, str) and "://" in target and not target.startswith("file:")


def team_label(url: str) -> str:
    """How messages name a team database (never with its password)."""
    try:
        u = make_url(url)
    except ArgumentError:
        return "basis data tim"
    return f"basis data '{u.database or ''}' di {u.host or 'server lokal'}"


def team_name(url: str) -> Path:
    """A file-like name for window titles: the database name."""
    try:
        return Path(make_url(url).database or "tim")
    except ArgumentError:
        return Path("tim")


def team_engine(url: str) -> Engine:
    try:
        return create_engine(url, poolclass=NullPool)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"Alamat basis data tim tidak dapat dipakai: {exc}") from exc


def our_tables_present(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names()) & set(metadata.tables)


def team_version(conn: Connection, label: str) -> int | None:
    """The stored schema version; None for a database without any of our tables."""
    present = our_tables_present(conn)
    if not present:
        return None
    if "meta" not in present:
        raise StoreError(f"{label.capitalize()} berisi tabel lain, bukan rencana Pokin.")
    found = stored_meta(conn)
    if found.get("app") != APP_NAME:
        raise StoreError(f"{label.capitalize()} bukan rencana Pokin.")
    try:
        version = int(found["schema_version"])
    except (KeyError, ValueError) as exc:
        raise StoreError(f"{label.capitalize()} rusak: versi skemanya tidak terbaca.") from exc
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{label.capitalize()} dibuat oleh versi Pokin yang lebih baru (skema {version}). "
            "Perbarui Pokin untuk membukanya."
        )
    if version < 2 or not can_migrate(version):
        # Team databases began at schema 2; the step from 1 speaks SQLite only.
        raise StoreError(f"{label.capitalize()} memakai skema {version} yang tidak didukung.")
    return version


def clear_for_new_plan(conn: Connection, label: str, overwrite: bool) -> None:
    """Make the database ready for a new plan: refuse one that holds a plan unless told."""
    present = our_tables_present(conn)
    if present and not overwrite:
        raise StoreError(f"{label.capitalize()} sudah berisi rencana atau tabel bernama sama.")
    if present:
        metadata.drop_all(conn, tables=[metadata.tables[t] for t in present])
    conn.exec_driver_sql("DROP SEQUENCE IF EXISTS node_keys")
