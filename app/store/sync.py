"""Loading a whole plan from the tables (and what this copy then knows), writing a whole plan.

One change set is written by `merge.py`; other writers' edits are read by
`incoming.py`. Nodes go through `exec_driver_sql` as plain tuples: for 20,000
rows SQLAlchemy's per-row parameter processing would cost more than the
database's own work.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select

from app.model.plan import Plan
from app.util.gc_pause import paused_gc

from .card_heights import row_prints
from .errors import StoreError
from .keys import NEXT_KEY, highest_number
from .known import (
    FACT_COLUMNS,
    REVIEW_COLUMNS,
    VERSION,
    Known,
    facts_values,
    review_of,
    review_values,
)
from .merge import sql_for
from .rows import (
    NODE_COLUMNS,
    blob_from_rows,
    facts_row,
    node_values,
    nodes_from_rows,
    ordered_nodes,
    plan_from_facts,
    review_row,
)
from .schema import (
    APP_NAME,
    HEAD_REVISION,
    SCHEMA_VERSION,
    alembic_version,
    meta,
    plan_facts,
    review_notes,
)

_SELECT_SNAPSHOT_NODES = (
    f"SELECT {', '.join(chr(34) + c + chr(34) for c in NODE_COLUMNS)} FROM nodes "
    "ORDER BY parent, ord, key"
)


def write_all(conn: Connection, plan: Plan, author: str = "") -> Known:
    """Fill empty tables with the whole plan (a new file or team database), every row version 1.

    Returns the rows as written: what the new store's copy knows.
    """
    sql = sql_for(conn)
    start = highest_number(plan.nodes) + 1
    mine = {"app": APP_NAME, "schema_version": str(SCHEMA_VERSION), NEXT_KEY: str(start)}
    conn.execute(delete(meta).where(meta.c.key.in_(mine)))
    conn.execute(insert(meta), [{"key": k, "value": v} for k, v in mine.items()])
    if conn.execute(select(alembic_version.c.version_num)).first() is None:
        # Made by create_all: stamped with the head revision, as if the migrations had run.
        conn.execute(insert(alembic_version), [{"version_num": HEAD_REVISION}])
    if sql.server:
        conn.exec_driver_sql("SELECT setval('node_keys', %s, false)", (start,))
    conn.execute(insert(plan_facts), [facts_row(plan)])
    placed = ordered_nodes(plan)
    known = Known(facts=(*facts_values(plan), 1))
    if placed:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with paused_gc():
            rows = [(*node_values(n, float(i + 1)), 1, author, now) for n, i in placed]
            conn.exec_driver_sql(sql.insert_nodes, rows)
            known.load([r[:VERSION + 1] for r in rows])
    if plan.reviews:
        conn.execute(insert(review_notes), [review_row(r) for r in plan.reviews.values()])
        known.reviews = {r.id: (*review_values(r), 1) for r in plan.reviews.values()}
    return known


def load_plan(conn: Connection, where: str, prints: dict[str, int] | None = None,
              known: Known | None = None) -> Plan:
    """The plan stored in the tables, sibling order exact; `where` names the file in errors.

    `prints`, when given, receives each node's card fingerprint (see card_heights.py);
    `known`, the rows as read (the base of this copy's later writes, known.py).
    """
    sql = sql_for(conn)
    try:
        facts = conn.exec_driver_sql(f"SELECT {', '.join(FACT_COLUMNS)} FROM plan").first()
        if facts is None:
            raise StoreError(f"Berkas '{where}' rusak: data rencana tidak ada.")
        plan = plan_from_facts(dict(zip(FACT_COLUMNS, facts, strict=True)), where)
        # Grouped by parent, each group in sibling order: appending rebuilds every list exactly.
        with paused_gc():
            raw = conn.connection.dbapi_connection  # plain tuples, without SQLAlchemy's rows
            rows = raw.execute(sql.select_known).fetchall()  # type: ignore[union-attr]
            plan.load_nodes(nodes_from_rows(rows))
            if prints is not None:
                prints.update(row_prints(rows))
            if known is not None:
                known.load(rows)  # the driver's rows are plain tuples already
        notes = [tuple(r) for r in conn.exec_driver_sql(
            f"SELECT {', '.join(REVIEW_COLUMNS)} FROM review_notes")]
        plan.reviews = {r[0]: review_of(r) for r in notes}
        if known is not None:
            known.facts = tuple(facts)
            known.reviews = {r[0]: r for r in notes}
    except (KeyError, TypeError, ValueError, IndexError) as exc:  # json errors are ValueErrors
        raise StoreError(f"Berkas '{where}' rusak dan tidak dapat dibaca: {exc}") from exc
    # New keys after the highest `N-<number>`, so new_key does not scan (a plan file that is
    # written replaces this counter with blocks from the store, keys.py).
    plan._key_counter = itertools.count(highest_number(plan.nodes) + 1)
    return plan


def snapshot_blob(conn: Connection) -> tuple[bytes, int]:
    """The stored plan as a snapshot blob and its node count, straight from the tables.

    The tables always hold the live plan, so copying their rows is both exact
    and several times faster than encoding 20,000 nodes again.
    """
    facts = conn.execute(select(plan_facts)).mappings().one()
    facts = {k: v for k, v in facts.items() if k != "version"}
    with paused_gc():
        rows = conn.exec_driver_sql(_SELECT_SNAPSHOT_NODES).fetchall()
        reviews = conn.execute(select(review_notes)).mappings().all()
        reviews = [{k: v for k, v in r.items() if k != "version"} for r in reviews]
        return blob_from_rows(facts, rows, reviews), len(rows)


def stored_meta(conn: Connection) -> dict[str, str]:
    return {r.key: r.value for r in conn.execute(select(meta))}

