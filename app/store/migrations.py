"""Bringing an older .pokin file up to the current schema, one version at a time.

`STEPS[v]` turns a version-v file into a version v+1 file. Opening runs the
steps from the file's version to `SCHEMA_VERSION` in one transaction, so a
failed migration leaves the file exactly as it was. Add a step here (and bump
`SCHEMA_VERSION` in schema.py) whenever the tables change; never edit an old step.

History:
  1 -> 2  indicators moved from their own table into a JSON column of the node row
          (opening 20,000 nodes got about twice as fast); review notes gained
          `decision` (keputusan); files gained snapshots (revisi); budgets became
          [year, value] pairs instead of objects keyed by year text.
  2 -> 3  several writers: every node, review note and the plan's facts gained a
          `version`; nodes gained `changed_by` and `changed_at`; sibling order
          became a fraction (a file keeps its INTEGER declaration, which SQLite
          stores fractions in all the same; a server's column becomes double
          precision); new keys come in blocks (meta 'next_key', a server's
          sequence `node_keys`). The same step runs on a file and on a server.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Connection, insert, update

from app.model.plan import Indicator

from .keys import NEXT_KEY, highest_number
from .rows import encode_json, indicator_json, year_map
from .schema import SCHEMA_VERSION, meta, node_keys, snapshots


def _v1_to_v2(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE nodes ADD COLUMN indicators TEXT NOT NULL DEFAULT '[]'")
    old = conn.exec_driver_sql(
        "SELECT node, name, jenis, satuan, polaritas, baseline, targets, definition, formula,"
        " data_source FROM indicators ORDER BY node, ord"
    ).fetchall()
    by_node: dict[str, list[Indicator]] = {}
    for r in old:
        targets = json.loads(r[6])
        by_node.setdefault(r[0], []).append(
            Indicator(
                name=r[1],
                jenis=r[2],
                satuan=r[3],
                polaritas=r[4],
                baseline=json.loads(r[5]),
                targets=year_map(targets),
                definition=r[7],
                formula=r[8],
                data_source=r[9],
            )
        )
    if by_node:
        conn.exec_driver_sql(
            "UPDATE nodes SET indicators = ? WHERE key = ?",
            [
                (encode_json([indicator_json(i) for i in inds]), key)
                for key, inds in by_node.items()
            ],
        )
    conn.exec_driver_sql("DROP TABLE indicators")
    # Budgets were JSON objects keyed by year text; now [year, value] pairs.
    budgets = conn.exec_driver_sql("SELECT key, budget FROM nodes WHERE budget LIKE '{%'").fetchall()
    conn.exec_driver_sql(
        "UPDATE nodes SET budget = ? WHERE key = ?",
        [(encode_json(list(year_map(json.loads(b)).items())), k) for k, b in budgets],
    )
    conn.exec_driver_sql("ALTER TABLE review_notes ADD COLUMN decision TEXT NOT NULL DEFAULT ''")
    snapshots.create(conn)


def _v2_to_v3(conn: Connection) -> None:
    server = conn.dialect.name == "postgresql"
    for table in ("nodes", "review_notes", "plan"):
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    conn.exec_driver_sql("ALTER TABLE nodes ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''")
    conn.exec_driver_sql("ALTER TABLE nodes ADD COLUMN changed_at TEXT NOT NULL DEFAULT ''")
    keys = [r[0] for r in conn.exec_driver_sql("SELECT key FROM nodes")]
    start = highest_number(keys) + 1
    if server:
        conn.exec_driver_sql("ALTER TABLE nodes ALTER COLUMN ord TYPE double precision")
        node_keys.create(conn, checkfirst=True)
        conn.exec_driver_sql("SELECT setval('node_keys', %s, false)", (start,))
    conn.execute(insert(meta), [{"key": NEXT_KEY, "value": str(start)}])


STEPS: dict[int, Callable[[Connection], None]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
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
