"""Bringing an older .pokin file up to the current schema, one version at a time.

`STEPS[v]` turns a version-v file into a version v+1 file. Opening runs the
steps from the file's version to `SCHEMA_VERSION` in one transaction, so a
failed migration leaves the file exactly as it was. Add a step here (and bump
`SCHEMA_VERSION` in schema.py) whenever the tables change; never edit an old step.

History:
  1 -> 2  review notes gained `decision` (keputusan) and files gained snapshots (revisi).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, update

from .schema import SCHEMA_VERSION, meta, snapshots


def _v1_to_v2(conn: Connection) -> None:
    conn.exec_driver_sql(
        "ALTER TABLE review_notes ADD COLUMN decision TEXT NOT NULL DEFAULT ''"
    )
    snapshots.create(conn)


STEPS: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2,
}


def can_migrate(version: int) -> bool:
    return all(v in STEPS for v in range(version, SCHEMA_VERSION))


def migrate(conn: Connection, version: int) -> None:
    """Run every step from `version` up; the caller holds the transaction."""
    for v in range(version, SCHEMA_VERSION):
        STEPS[v](conn)
    conn.execute(
        update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION))
    )
