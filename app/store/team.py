"""Team mode: the plan's tables in a PostgreSQL database instead of a .pokin file.

`PlanFile.open("postgresql://dinsos@server/rpd_kota", password=...)` works on the
same tables as a file: one plan per database, every change set one transaction.
Several people may open the same database; each change set merges into what
is stored, field by field and by row versions (merge.py), so two people
editing one plan never overwrite each other silently: what clashes is a
conflict they resolve. Every write sends a notice (NOTIFY pokin) that open
editors listen to (live.py), so each sees the others' edits at once.

Who may do what is the database's own business (team_rules.py); the
connecting login's rights are read here once (`read_rights`) so that the
editor can say so before trying. The password is handed to psycopg apart from
the URL (never in it): from the editor's dialog, or libpq finds it itself in
PGPASSWORD or ~/.pgpass.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, inspect, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from app.model.plan import Plan
from app.model.rights import Rights

from .errors import StoreError, explain
from .known import Known
from .migrations import build_from_empty, can_migrate, migrate
from .schema import APP_NAME, SCHEMA_VERSION, metadata, team_metadata
from .sync import load_plan, stored_meta, write_all
from .team_address import TeamAddress, connection_problem, normal_url

CONNECT_TIMEOUT_S = 10  # an unreachable server is said after this, not after TCP's minutes
_CONTENT = ("nodes", "review_notes", "snapshots", "plan")


def is_url(target: object) -> bool:
    """True for a database URL (team mode) rather than a file path."""
    return isinstance(target, str) and "://" in target and not target.startswith("file:")


def team_label(url: str) -> str:
    """How messages name a team database (never with its password)."""
    try:
        u = make_url(normal_url(url))
    except ArgumentError:
        return "basis data tim"
    return f"basis data '{u.database or ''}' di {u.host or 'server lokal'}"


def team_name(url: str) -> Path:
    """A file-like name for window titles: the database name."""
    try:
        return Path(make_url(normal_url(url)).database or "tim")
    except ArgumentError:
        return Path("tim")


def _connect_args(u: URL, password: str | None) -> dict[str, object]:
    args: dict[str, object] = {"application_name": "pokin"}
    if password:
        args["password"] = password
    if "connect_timeout" not in u.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    return args


def team_engine(url: str, password: str | None = None) -> Engine:
    """An engine on a team database; `password` goes to psycopg on its own, never into the URL."""
    try:
        u = make_url(normal_url(url))
        return create_engine(u, poolclass=NullPool, connect_args=_connect_args(u, password))
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"Alamat basis data tim tidak dapat dipakai: {exc}") from exc


def connector(url: str, password: str | None) -> Callable[[], Any]:
    """A function making a plain psycopg connection to the team database (the live notices' own)."""
    import psycopg

    u = make_url(normal_url(url))
    cargs, cparams = u.get_dialect()().create_connect_args(u)
    cparams.update(_connect_args(u, password))
    return lambda: psycopg.connect(*cargs, **cparams)


def our_tables_present(conn: Connection) -> set[str]:
    names = set(metadata.tables) | set(team_metadata.tables)
    return set(inspect(conn).get_table_names()) & names


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
        # Team databases began at schema 2.
        raise StoreError(f"{label.capitalize()} memakai skema {version} yang tidak didukung.")
    return version


def is_owner(conn: Connection) -> bool:
    """True when the connecting login owns the plan's tables (or is a superuser)."""
    return bool(conn.exec_driver_sql(
        "SELECT pg_has_role(current_user, c.relowner, 'MEMBER') OR "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "FROM pg_class c WHERE c.oid = to_regclass('nodes')").scalar())


def read_rights(conn: Connection) -> Rights:
    """The connecting login's rights, from `team_members` (the owner may do everything)."""
    login = str(conn.exec_driver_sql("SELECT current_user").scalar_one())
    row = conn.exec_driver_sql(
        "SELECT role, opds FROM team_members WHERE login = current_user").first()
    if is_owner(conn):
        return Rights.owner(login)
    if row is None:
        return Rights(login, "")
    try:
        opds = tuple(str(o) for o in json.loads(row[1]))
    except (TypeError, ValueError):
        opds = ()
    return Rights(login, str(row[0]), opds)


def _upgrade(conn: Connection, version: int, label: str) -> None:
    if not is_owner(conn):
        raise StoreError(
            f"{label.capitalize()} perlu ditingkatkan ke skema {SCHEMA_VERSION}, dan itu hanya "
            "dapat dilakukan pemilik basis datanya. Minta petugas TI menjalankan "
            "'pokin team init ALAMAT'.", retry=False)
    migrate(conn, version)


@dataclass
class Opened:
    """A team plan as opened: what `PlanFile` is made of."""

    engine: Engine
    conn: Connection
    plan: Plan
    known: Known
    prints: dict[str, int] | None
    rights: Rights
    label: str
    connect: Callable[[], Any]  # a fresh psycopg connection, same login and password


def _connect(url: str, password: str | None, label: str
             ) -> tuple[Engine, Connection, str | None]:
    """A connection, or StoreError saying in the planner's words why not (connection_problem).

    Without a password libpq looks in PGPASSWORD and ~/.pgpass; when the server still
    asks for one, the system keyring's (kept by the connect dialog) is tried.
    """
    engine = team_engine(url, password)
    try:
        return engine, engine.connect(), password
    except SQLAlchemyError as exc:
        engine.dispose()
        if password is None and "no password supplied" in str(exc):
            from . import team_secrets  # the keyring loads only when a password is missing

            kept = team_secrets.recall(TeamAddress.from_url(url).label())
            if kept:
                return _connect(url, kept, label)
        raise StoreError(connection_problem(exc, TeamAddress.from_url(url)), retry=True
                         ) from exc


def open_team(url: str, read_only: bool, password: str | None) -> Opened:
    """Open a team plan: upgraded first when older (by its owner), then loaded."""
    label = team_label(url)
    engine, conn, password = _connect(url, password, label)
    known = Known()
    try:
        with conn.begin():
            version = team_version(conn, label)
            if version is None:
                raise StoreError(f"{label.capitalize()} belum berisi rencana Pokin.")
            if version < SCHEMA_VERSION:
                if read_only:
                    raise StoreError(f"{label.capitalize()} perlu ditingkatkan ke skema "
                                     f"{SCHEMA_VERSION}: bukalah sekali untuk menyunting.")
                _upgrade(conn, version, label)
            prints: dict[str, int] | None = None if read_only else {}
            plan = load_plan(conn, label, prints, known)
            rights = read_rights(conn)
    except BaseException as exc:
        conn.close()
        engine.dispose()
        if isinstance(exc, SQLAlchemyError):
            raise explain(exc, label, f"{label.capitalize()} tidak dapat dibuka") from exc
        raise
    return Opened(engine, conn, plan, known, prints, rights, label.capitalize(),
                  connector(url, password))


def create_team(url: str, plan: Plan, overwrite: bool, password: str | None) -> Opened:
    """A team database made to hold `plan`: built by the migrations when empty; a plan
    already there is replaced only when `overwrite` (its people and rights stay)."""
    label = team_label(url)
    engine, conn, password = _connect(url, password, label)
    try:
        with conn.begin():  # PostgreSQL DDL is transactional: all of it or nothing
            _make_room(conn, label, overwrite)
            login = conn.exec_driver_sql("SELECT current_user").scalar_one()
            known = write_all(conn, plan, login)
            rights = read_rights(conn)
    except BaseException as exc:
        conn.close()
        engine.dispose()
        if isinstance(exc, (SQLAlchemyError, TypeError, ValueError)):
            raise explain(exc, label, f"Rencana di {label} tidak dapat dibuat") from exc
        raise
    return Opened(engine, conn, plan, known, {}, rights, label.capitalize(),
                  connector(url, password))


def _make_room(conn: Connection, label: str, overwrite: bool) -> None:
    """Tables at the current schema and empty of any plan, in the caller's transaction."""
    present = our_tables_present(conn)
    if present and not overwrite:
        raise StoreError(f"{label.capitalize()} sudah berisi rencana atau tabel bernama sama.")
    try:
        version = team_version(conn, label) if present else None
    except StoreError:
        version = None  # tables of another program under our names: replaced, as asked
    if version is None:
        if present:
            drop = [t for t in (*metadata.sorted_tables, *team_metadata.sorted_tables)
                    if t.name in present]
            for table in reversed(drop):
                conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{table.name}" CASCADE')
            conn.exec_driver_sql("DROP SEQUENCE IF EXISTS node_keys")
        build_from_empty(conn)
        return
    if version < SCHEMA_VERSION:
        _upgrade(conn, version, label)
    for table in _CONTENT:
        conn.exec_driver_sql(f"DELETE FROM {table}")
    conn.exec_driver_sql("DELETE FROM meta WHERE key = 'card_heights'")
