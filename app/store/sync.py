"""Loading a whole plan from the tables, writing a whole plan, writing one change set.

Statements are built once at import from the table definitions; each change
set is a few executemany calls in the caller's transaction.
"""

from __future__ import annotations

import itertools

from sqlalchemy import Connection, Table, insert, select

from app.model.changes import ChangeSet
from app.model.plan import Plan, ReviewNote
from app.util.gc_pause import paused_gc

from .card_heights import row_prints
from .errors import StoreError
from .rows import (
    NODE_COLUMNS,
    blob_from_rows,
    facts_row,
    node_values,
    nodes_from_rows,
    ordered_nodes,
    plan_from_facts,
    review_from_row,
    review_row,
    sibling_orders,
)
from .schema import APP_NAME, SCHEMA_VERSION, meta, nodes, plan_facts, review_notes


def _cols(table: Table) -> tuple[str, ...]:
    return tuple(c.name for c in table.c)


class _Sql:
    """Plain SQL with positional parameters, built from the table definitions.

    SQLAlchemy does not cache the compiled form of an upsert, and compiling it
    on every edit cost more than SQLite's own work. `mark` is the driver's
    placeholder: `?` for sqlite3, `%s` for psycopg (team mode).
    """

    def __init__(self, mark: str) -> None:
        self.mark = mark
        self.bulk_nodes = self._insert(nodes)
        self.upsert_nodes = self._upsert(nodes, "key")
        self.delete_nodes = self._delete(nodes, "key")
        self.upsert_facts = self._upsert(plan_facts, "id")
        self.upsert_reviews = self._upsert(review_notes, "id")
        self.delete_reviews = self._delete(review_notes, "id")
        self.select_nodes = (
            f"SELECT {', '.join(_quoted(NODE_COLUMNS))} FROM nodes ORDER BY parent, ord, key"
        )

    def _insert(self, table: Table) -> str:
        cols = _cols(table)
        marks = ", ".join([self.mark] * len(cols))
        return f'INSERT INTO "{table.name}" ({", ".join(_quoted(cols))}) VALUES ({marks})'

    def _upsert(self, table: Table, key: str) -> str:
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in _cols(table) if c != key)
        return f'{self._insert(table)} ON CONFLICT ("{key}") DO UPDATE SET {sets}'

    def _delete(self, table: Table, key: str) -> str:
        return f'DELETE FROM "{table.name}" WHERE "{key}" = {self.mark}'


def _quoted(cols: tuple[str, ...]) -> list[str]:
    return [f'"{c}"' for c in cols]


assert NODE_COLUMNS == _cols(nodes), "rows.NODE_COLUMNS must follow schema.nodes"
_FACT_COLUMNS = _cols(plan_facts)
_REVIEW_COLUMNS = _cols(review_notes)
_QMARK = _Sql("?")
_FORMAT = _Sql("%s")


def _sql(conn: Connection) -> _Sql:
    return _QMARK if conn.dialect.paramstyle == "qmark" else _FORMAT


def write_all(conn: Connection, plan: Plan) -> None:
    """Fill empty tables with the whole plan (a new file).

    Nodes go as plain tuples through `exec_driver_sql`: for
    20,000 rows SQLAlchemy's per-row parameter processing would cost more
    than SQLite's own work.
    """
    conn.execute(
        insert(meta),
        [{"key": "app", "value": APP_NAME}, {"key": "schema_version", "value": str(SCHEMA_VERSION)}],
    )
    conn.execute(insert(plan_facts), [facts_row(plan)])
    placed = ordered_nodes(plan)
    if placed:
        with paused_gc():
            rows = [node_values(n, i) for n, i in placed]
        conn.exec_driver_sql(_sql(conn).bulk_nodes, rows)
    if plan.reviews:
        conn.execute(insert(review_notes), [review_row(r) for r in plan.reviews.values()])


def _facts(plan: Plan) -> tuple:
    row = facts_row(plan)
    return tuple(row[c] for c in _FACT_COLUMNS)


def _review(note: ReviewNote) -> tuple:
    row = review_row(note)
    return tuple(row[c] for c in _REVIEW_COLUMNS)


def write_changes(conn: Connection, plan: Plan, changes: ChangeSet) -> None:
    """Write what one command did; the caller holds the one transaction."""
    sql = _sql(conn)
    if changes.removed:
        conn.exec_driver_sql(sql.delete_nodes, [(k,) for k in changes.removed])
    touched = [k for k in changes.added | changes.moved | set(changes.changed) if k in plan.nodes]
    if touched:
        orders = sibling_orders(plan, touched)
        conn.exec_driver_sql(sql.upsert_nodes, [node_values(plan.nodes[k], orders[k]) for k in touched])
    if changes.plan:
        conn.exec_driver_sql(sql.upsert_facts, [_facts(plan)])
    if changes.reviews:
        kept = [_review(plan.reviews[i]) for i in changes.reviews if i in plan.reviews]
        gone = [(i,) for i in changes.reviews if i not in plan.reviews]
        if kept:
            conn.exec_driver_sql(sql.upsert_reviews, kept)
        if gone:
            conn.exec_driver_sql(sql.delete_reviews, gone)


def load_plan(conn: Connection, where: str, prints: dict[str, int] | None = None) -> Plan:
    """The plan stored in the tables, sibling order exact; `where` names the file in errors.

    `prints`, when given, receives each node's card fingerprint (see card_heights.py).
    """
    try:
        facts = conn.execute(select(plan_facts)).mappings().first()
        if facts is None:
            raise StoreError(f"Berkas '{where}' rusak: data rencana tidak ada.")
        plan = plan_from_facts(facts, where)
        # Grouped by parent, each group in sibling order: appending rebuilds every list exactly.
        with paused_gc():
            rows = conn.exec_driver_sql(_sql(conn).select_nodes).fetchall()
            plan.load_nodes(nodes_from_rows(rows))
            if prints is not None:
                prints.update(row_prints(rows))
        plan.reviews = {
            r["id"]: review_from_row(r) for r in conn.execute(select(review_notes)).mappings()
        }
    except (KeyError, TypeError, ValueError, IndexError) as exc:  # json errors are ValueErrors
        raise StoreError(f"Berkas '{where}' rusak dan tidak dapat dibaca: {exc}") from exc
    advance_key_counter(plan)
    return plan


def snapshot_blob(conn: Connection) -> tuple[bytes, int]:
    """The stored plan as a snapshot blob and its node count, straight from the tables.

    The tables always hold the live plan, so copying their rows is both exact
    and several times faster than encoding 20,000 nodes again.
    """
    facts = conn.execute(select(plan_facts)).mappings().one()
    with paused_gc():
        rows = conn.exec_driver_sql(_sql(conn).select_nodes).fetchall()
        reviews = conn.execute(select(review_notes)).mappings().all()
        return blob_from_rows(facts, rows, reviews), len(rows)


def advance_key_counter(plan: Plan) -> None:
    """Start new keys after the highest `N-<number>` in the plan, so new_key does not scan."""
    top = 0
    for k in plan.nodes:
        if k.startswith("N-") and k[2:].isdigit():
            top = max(top, int(k[2:]))
    plan._key_counter = itertools.count(top + 1)  # the model's counter; reading files owns this


def stored_meta(conn: Connection) -> dict[str, str]:
    return {r.key: r.value for r in conn.execute(select(meta))}
