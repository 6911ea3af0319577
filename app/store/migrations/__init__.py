"""The schema's history as Alembic revisions: the same revisions for plan files and team databases.

Each revision in `versions/` brings the tables from one schema number to the
next (the number a file carries in meta 'schema_version', which an older
Pokin reads before anything else and so refuses a newer file by its number).
`REVISIONS[n]` is the revision that leaves a store at schema n.

- A new plan file is made by `metadata.create_all` and stamped with the head
  revision (schema.py): one statement per table, no Alembic import, and a test
  checks that running every revision from an empty file makes the same tables.
- A team database is built by running every revision from empty
  (`build_from_empty`): on a server the last revision also installs the
  people and their rights (roles, grants, row-level security), which
  `metadata` knows nothing of.
- An older file or database is upgraded by `migrate(conn, version)`: a store
  from before Alembic (schema 1, 2, 3) is first stamped with the revision of
  its number, then brought to the head. Everything runs in the caller's
  transaction, so a failed upgrade leaves the store exactly as it was.

Adding a change to the tables: write a revision here (its `down_revision` the
current head), raise `SCHEMA_VERSION` in schema.py, add it to `REVISIONS`, and
never edit an old revision: files of every schema are in planners' hands.

History:
  1  the first tables (indicators in a table of their own, no snapshots)
  2  indicators moved into a JSON column of the node row (opening 20,000 nodes got
     about twice as fast); review notes gained `decision`; snapshots (revisi); budgets
     became [year, value] pairs
  3  several writers: row versions, `changed_by`/`changed_at`, fractional sibling
     order, new keys in blocks (meta 'next_key', a server's sequence `node_keys`)
  4  Alembic's version table; every table of a file exactly as `metadata` declares it
     (older files are rebuilt once); on a server, team mode: logins' roles and OPDs
     (`team_members`) and the rights PostgreSQL enforces (see the revision)
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, inspect

from ..schema import REVISIONS, SCHEMA_VERSION

HERE = Path(__file__).resolve().parent

__all__ = ["REVISIONS", "build_from_empty", "can_migrate", "migrate", "stored_revision"]


def can_migrate(version: int) -> bool:
    """True when a store of schema `version` can be brought to the current schema."""
    return all(v in REVISIONS for v in range(version, SCHEMA_VERSION + 1))


def _config(conn: Connection):  # alembic.config.Config, imported only when a store is upgraded
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = conn
    return cfg


def stored_revision(conn: Connection) -> str | None:
    """The Alembic revision a store is stamped with (None: from before Alembic, or empty)."""
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(conn: Connection, version: int) -> None:
    """Bring a store of schema `version` to the head revision; the caller holds the transaction."""
    from alembic import command

    cfg = _config(conn)
    if stored_revision(conn) is None:
        command.stamp(cfg, REVISIONS[version])
    command.upgrade(cfg, "head")


def build_from_empty(conn: Connection) -> None:
    """Every revision, from no tables at all to the head (a new team database)."""
    from alembic import command

    command.upgrade(_config(conn), "head")
