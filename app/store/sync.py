"""Loading a whole plan from the tables, writing a whole plan, writing one change set.

Statements are built once at import so SQLAlchemy's compiled cache serves
every edit; each change set is a few executemany calls in the caller's
transaction.
"""

from __future__ import annotations

import itertools

from sqlalchemy import Connection, bindparam, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.model.changes import ALL_FIELDS, ChangeSet
from app.model.plan import Indicator, Plan

from .errors import StoreError
from .rows import (
    facts_row,
    indicator_from_row,
    indicator_rows,
    node_from_row,
    node_row,
    ordered_nodes,
    plan_from_facts,
    review_from_row,
    review_row,
    sibling_orders,
)
from .schema import APP_NAME, SCHEMA_VERSION, indicators, meta, nodes, plan_facts, review_notes


def _upsert(table, key_cols: list[str]):  # noqa: ANN001, ANN202 - SQLAlchemy Table / Insert
    stmt = sqlite_insert(table)
    return stmt.on_conflict_do_update(
        index_elements=key_cols,
        set_={c.name: stmt.excluded[c.name] for c in table.c if c.name not in key_cols},
    )


_UPSERT_NODES = _upsert(nodes, ["key"])
_DELETE_NODES = delete(nodes).where(nodes.c.key == bindparam("b_key"))
_DELETE_INDICATORS = delete(indicators).where(indicators.c.node == bindparam("b_key"))
_INSERT_INDICATORS = insert(indicators)
_UPSERT_FACTS = _upsert(plan_facts, ["id"])
_UPSERT_REVIEWS = _upsert(review_notes, ["id"])
_DELETE_REVIEWS = delete(review_notes).where(review_notes.c.id == bindparam("b_key"))

# A node's indicator rows are rewritten only when these changed; a move rewrites its row alone.
_INDICATOR_FIELDS = frozenset({"indicators", ALL_FIELDS})


def write_all(conn: Connection, plan: Plan) -> None:
    """Fill empty tables with the whole plan (a new file)."""
    conn.execute(
        insert(meta),
        [{"key": "app", "value": APP_NAME}, {"key": "schema_version", "value": str(SCHEMA_VERSION)}],
    )
    conn.execute(insert(plan_facts), [facts_row(plan)])
    placed = ordered_nodes(plan)
    if placed:
        conn.execute(insert(nodes), [node_row(n, i) for n, i in placed])
        inds = [r for n, _ in placed for r in indicator_rows(n)]
        if inds:
            conn.execute(_INSERT_INDICATORS, inds)
    if plan.reviews:
        conn.execute(insert(review_notes), [review_row(r) for r in plan.reviews.values()])


def write_changes(conn: Connection, plan: Plan, changes: ChangeSet) -> None:
    """Write what one command did; the caller holds the one transaction."""
    if changes.removed:
        conn.execute(_DELETE_NODES, [{"b_key": k} for k in changes.removed])
    touched = [k for k in changes.added | changes.moved | set(changes.changed) if k in plan.nodes]
    if touched:
        orders = sibling_orders(plan, touched)
        conn.execute(_UPSERT_NODES, [node_row(plan.nodes[k], orders[k]) for k in touched])
        redo = [
            k
            for k in touched
            if k in changes.added or _INDICATOR_FIELDS & changes.changed.get(k, set())
        ]
        if redo:
            conn.execute(_DELETE_INDICATORS, [{"b_key": k} for k in redo])
            rows = [r for k in redo for r in indicator_rows(plan.nodes[k])]
            if rows:
                conn.execute(_INSERT_INDICATORS, rows)
    if changes.plan:
        conn.execute(_UPSERT_FACTS, [facts_row(plan)])
    if changes.reviews:
        kept = [review_row(plan.reviews[i]) for i in changes.reviews if i in plan.reviews]
        gone = [{"b_key": i} for i in changes.reviews if i not in plan.reviews]
        if kept:
            conn.execute(_UPSERT_REVIEWS, kept)
        if gone:
            conn.execute(_DELETE_REVIEWS, gone)


def load_plan(conn: Connection, where: str) -> Plan:
    """The plan stored in the tables, sibling order exact; `where` names the file in errors."""
    try:
        facts = conn.execute(select(plan_facts)).mappings().first()
        if facts is None:
            raise StoreError(f"Berkas '{where}' rusak: data rencana tidak ada.")
        plan = plan_from_facts(facts, where)
        inds: dict[str, list[Indicator]] = {}
        q = select(indicators).order_by(indicators.c.node, indicators.c.ord)
        for row in conn.execute(q).mappings():
            inds.setdefault(row["node"], []).append(indicator_from_row(row))
        # Grouped by parent, each group in sibling order: appending rebuilds every list exactly.
        q = select(nodes).order_by(nodes.c.parent, nodes.c.ord, nodes.c.key)
        plan.load_nodes(node_from_row(r, inds.get(r["key"], ())) for r in conn.execute(q).mappings())
        plan.reviews = {
            r["id"]: review_from_row(r) for r in conn.execute(select(review_notes)).mappings()
        }
    except (KeyError, TypeError, ValueError) as exc:  # json errors are ValueErrors
        raise StoreError(f"Berkas '{where}' rusak dan tidak dapat dibaca: {exc}") from exc
    advance_key_counter(plan)
    return plan


def advance_key_counter(plan: Plan) -> None:
    """Start new keys after the highest `N-<number>` in the plan, so new_key does not scan."""
    top = 0
    for k in plan.nodes:
        if k.startswith("N-") and k[2:].isdigit():
            top = max(top, int(k[2:]))
    plan._key_counter = itertools.count(top + 1)  # the model's counter; reading files owns this


def stored_meta(conn: Connection) -> dict[str, str]:
    return {r.key: r.value for r in conn.execute(select(meta))}


__all__ = ["load_plan", "write_all", "write_changes", "stored_meta"]
