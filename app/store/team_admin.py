"""Setting a team plan up, as the database's owner: the schema, the rules, the people.

`pokin team init`, `add-user` and `users` (contract §4) are thin over these.
A login is a PostgreSQL role that can log in, a member of the plan's group role
for its Pokin role (team_rules.py), and a row in `team_members` with its OPDs.
Its password never travels as text: it is turned into a SCRAM-SHA-256 verifier
on this side (libpq's own PQencryptPasswordConn, through psycopg), and only the
verifier goes to the server, so it is not in the server's log either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from app.model.plan import Plan

from . import team_rules
from .errors import StoreError, explain
from .schema import ROLES, SCHEMA_VERSION
from .team import _connect, _upgrade, build_from_empty, is_owner, team_label, team_version

MAX_LOGIN_BYTES = 63  # PostgreSQL's identifiers


@dataclass(frozen=True)
class Member:
    """One login of the team: its role, its OPDs, and whether it can log in at all."""

    login: str
    role: str
    opds: tuple[str, ...]
    can_login: bool


def _owner_only(conn: Connection, label: str) -> None:
    if not is_owner(conn):
        login = conn.exec_driver_sql("SELECT current_user").scalar_one()
        raise StoreError(f"Login '{login}' bukan pemilik {label}; perintah ini dijalankan "
                         "dengan login pemilik basis data (petugas TI).", retry=False)


def _run(url: str, password: str | None, doing: str, work) -> object:
    """`work(conn, label)` in one transaction on the team database, failures said plainly."""
    label = team_label(url)
    engine, conn, _password = _connect(url, password, label)
    try:
        with conn.begin():
            return work(conn, label)
    except SQLAlchemyError as exc:
        raise explain(exc, label, doing) from exc
    finally:
        conn.close()
        engine.dispose()


def init(url: str, password: str | None = None) -> str:
    """Create or upgrade the schema, the roles and their rules; returns what was done.

    A database with no tables gets the schema and an empty plan named after it (a
    plan to copy in is `PlanFile.create(..., overwrite=True)` afterwards, see
    `pokin team init --from`).
    """

    def work(conn: Connection, label: str) -> str:
        version = team_version(conn, label)
        if version is None:
            build_from_empty(conn)
            from .sync import write_all

            database = str(conn.exec_driver_sql("SELECT current_database()").scalar_one())
            login = str(conn.exec_driver_sql("SELECT current_user").scalar_one())
            write_all(conn, Plan(name=f"Rencana {database}"), login)
            return "dibuat"
        _owner_only(conn, label)
        if version < SCHEMA_VERSION:
            _upgrade(conn, version, label)
            return f"ditingkatkan dari skema {version} ke {SCHEMA_VERSION}"
        team_rules.install(conn)  # again: roles lost in a move to another server come back
        return "sudah terkini; peran dan aturannya dipasang ulang"

    return str(_run(url, password, "Rencana tim tidak dapat disiapkan", work))


def _check_login(login: str) -> None:
    if not login or login != login.strip() or "\x00" in login:
        raise StoreError(f"Login '{login}' tidak dapat dipakai: kosong, berspasi di tepi, atau "
                         "memuat karakter NUL.", retry=False)
    if len(login.encode("utf-8")) > MAX_LOGIN_BYTES:
        raise StoreError(f"Login '{login}' terlalu panjang (paling banyak {MAX_LOGIN_BYTES} "
                         "bita).", retry=False)
    if login.startswith("pg_"):
        raise StoreError(f"Login '{login}' tidak dapat dipakai: nama berawalan 'pg_' milik "
                         "PostgreSQL sendiri.", retry=False)


def _verifier(conn: Connection, login: str, password: str) -> str:
    raw = conn.connection.dbapi_connection
    pgconn = raw.pgconn  # psycopg's libpq connection
    return pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"),
                                   b"scram-sha-256").decode("ascii")


def add_user(url: str, login: str, role: str, opds: tuple[str, ...], new_password: str | None,
             password: str | None = None) -> bool:
    """Create `login` (with `new_password`) or change its role and OPDs; True when created.

    `password` is the owner's, for connecting; `new_password` the login's own (for a
    login that exists, None keeps its password).
    """
    if role not in ROLES:
        raise StoreError(f"Peran '{role}' tidak dikenal; pilih {', '.join(ROLES)}.", retry=False)
    _check_login(login)
    opds = tuple(dict.fromkeys(o.strip() for o in opds if o.strip()))
    if role == "opd" and not opds:
        raise StoreError("Login berperan opd perlu sedikitnya satu --opd NAMA (perangkat daerah "
                         "yang cabangnya boleh diubahnya).", retry=False)
    if role != "opd" and opds:
        raise StoreError(f"--opd hanya untuk peran opd (login '{login}' berperan {role}).",
                         retry=False)

    def work(conn: Connection, label: str) -> bool:
        if team_version(conn, label) != SCHEMA_VERSION:
            raise StoreError(f"{label.capitalize()} belum disiapkan untuk tim; jalankan dulu "
                             "'pokin team init ALAMAT'.", retry=False)
        _owner_only(conn, label)
        groups = team_rules.group_roles(conn)
        who = sql.Identifier(login)
        raw = conn.connection.dbapi_connection
        exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                      (login,)).first() is not None
        if not exists and not new_password:
            raise StoreError(f"Login baru '{login}' perlu kata sandi (satu baris di masukan "
                             "standar).", retry=False)
        if new_password:
            verb = "ALTER" if exists else "CREATE"
            statement = sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
                sql.SQL(verb), who, sql.Literal(_verifier(conn, login, new_password)))
            conn.exec_driver_sql(statement.as_string(raw))
        for name, group in groups.items():
            grant = "GRANT {} TO {}" if name == role else "REVOKE {} FROM {}"
            conn.exec_driver_sql(sql.SQL(grant).format(sql.Identifier(group), who).as_string(raw))
        conn.exec_driver_sql(
            "INSERT INTO team_members (login, role, opds) VALUES (%s, %s, %s) "
            "ON CONFLICT (login) DO UPDATE SET role = excluded.role, opds = excluded.opds",
            (login, role, json.dumps(list(opds), ensure_ascii=False)))
        return not exists

    return bool(_run(url, password, f"Login '{login}' tidak dapat disiapkan", work))


def members(url: str, password: str | None = None) -> list[Member]:
    """Every login of the team, by name."""

    def work(conn: Connection, label: str) -> list[Member]:
        if team_version(conn, label) != SCHEMA_VERSION:
            raise StoreError(f"{label.capitalize()} belum disiapkan untuk tim; jalankan dulu "
                             "'pokin team init ALAMAT'.", retry=False)
        rows = conn.exec_driver_sql(
            "SELECT m.login, m.role, m.opds, coalesce(r.rolcanlogin, false) FROM team_members m "
            "LEFT JOIN pg_roles r ON r.rolname = m.login ORDER BY m.login").all()
        return [Member(r[0], r[1], tuple(json.loads(r[2])), bool(r[3])) for r in rows]

    found = _run(url, password, "Daftar login tidak dapat dibaca", work)
    assert isinstance(found, list)
    return found
