"""Other writers' edits: what the store holds that this copy has not seen, as one `Arrived`.

Found by versions: every row this copy knows carries the version it read;
a row whose stored version differs (or that is new, or gone) was written by
someone else. Only those rows are fetched, and each is compared field by field
with the row as known, so the model hears exactly which fields changed. A
look costs one scan of (key, version): a few milliseconds for 20,000 nodes;
on a team plan whose notices named the keys written, only those rows and one
aggregate of counts and versions (which says whether anything else changed).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from app.model.plan import NODE_FIELDS, Plan
from app.model.session import Arrived

from .known import (
    FACT_COLUMNS,
    FIELD_COLUMN,
    ORD,
    PARENT,
    REVIEW_COLUMNS,
    VERSION,
    Known,
    node_of,
    review_of,
)
from .merge import Sql, fetch_rows, sql_for
from .rows import plan_from_facts

FINGERPRINT = (  # see Known.fingerprint: versions start at random, so sums do not meet by chance
    "SELECT n.c, n.s, (SELECT version FROM plan WHERE id = 1), r.c, r.s FROM "
    "(SELECT count(*) AS c, coalesce(sum(version), 0) AS s FROM nodes) AS n, "
    "(SELECT count(*) AS c, coalesce(sum(version), 0) AS s FROM review_notes) AS r"
)


def _named(conn: Connection, sql: Sql, known: Known, keys: set[str]
           ) -> tuple[dict[str, tuple], list[str]] | None:
    """The rows of the nodes a server's notices named, (changed rows, gone keys), or None when
    the node count and the sum of versions say something else changed too (a notice missed)."""
    mine = known.fingerprint()
    if mine is None:
        return None
    theirs = tuple(conn.exec_driver_sql(FINGERPRINT).one())
    rows = fetch_rows(conn, sql, keys, sql.row_cols) if keys else {}
    versions = known.versions
    stale = {k: r for k, r in rows.items() if versions.get(k, -1) != r[VERSION]}
    gone = [k for k in keys if k in versions and k not in rows]
    count = mine[0] + sum(1 for k in stale if k not in versions) - len(gone)
    total = (mine[1] + sum(r[VERSION] - (versions.get(k) or 0) for k, r in stale.items())
             - sum(versions[k] or 0 for k in gone))
    return (stale, gone) if (count, total) == theirs[:2] else None


def look(conn: Connection, plan: Plan, known: Known, named: set[str] | None = None
         ) -> tuple[Arrived, Callable[[], None], str, dict[str, str]] | None:
    """(the edits that arrived, the function recording them as known, who made them, and who
    stored each node that arrived), or None.

    `named`: the node keys the server's notices said were written since the last look.
    Then only their rows are read, and the counts and sums of versions (one aggregate
    query) confirm that nothing else changed; otherwise every key and version is read.
    """
    sql = sql_for(conn)
    nodes = known.nodes
    found = _named(conn, sql, known, named) if named is not None else None
    if found is not None:
        rows, gone = found
    else:
        raw = conn.connection.dbapi_connection  # 20,000 plain tuples, without SQLAlchemy's rows
        stored = dict(raw.execute("SELECT key, version FROM nodes").fetchall())  # type: ignore[union-attr]
        stale = [k for k, _v in stored.items() - known.versions.items()]
        gone = list(known.versions.keys() - stored.keys())
        rows = fetch_rows(conn, sql, stale, sql.row_cols) if stale else {}
    facts = tuple(conn.exec_driver_sql(
        f"SELECT {', '.join(FACT_COLUMNS)} FROM plan WHERE id = 1").one())
    reviews = _reviews(conn, sql, known)
    if not rows and not gone and facts == known.facts and reviews is None:
        return None

    arrived = Arrived(removed=[k for k in gone if k in plan.nodes])
    by: set[str] = set()
    authors: dict[str, str] = {}
    for key, row in rows.items():
        base = nodes.get(key)
        node = node_of(row)
        if base is None or key not in plan.nodes:
            arrived.new_nodes[key] = node
            arrived.placed[key] = node.parent
        else:
            fields = {n: getattr(node, n) for n in NODE_FIELDS
                      if row[FIELD_COLUMN[n]] != base[FIELD_COLUMN[n]]
                      and getattr(node, n) != getattr(plan.nodes[key], n)}
            if fields:
                arrived.fields[key] = fields
            if row[PARENT] != base[PARENT] or row[ORD] != base[ORD]:
                arrived.placed[key] = node.parent
        if row[-2]:
            by.add(row[-2])
            if key in arrived.new_nodes or key in arrived.fields or key in arrived.placed:
                authors[key] = row[-2]
    for key in arrived.placed:  # every member of the families things land in, by stored order
        for sibling in plan.children(arrived.placed[key]):
            if sibling not in arrived.order:
                known_row = rows.get(sibling) or nodes.get(sibling)
                if known_row is not None:
                    arrived.order[sibling] = (known_row[ORD], sibling)
        arrived.order[key] = (rows[key][ORD], key)
    if facts[:-1] != (known.facts or ())[:-1]:
        theirs = plan_from_facts(dict(zip(FACT_COLUMNS, facts, strict=True)), "")
        arrived.facts = {n: getattr(theirs, n) for n in FACT_COLUMNS[1:-1]
                         if getattr(theirs, n) != getattr(plan, n)}
    review_rows = reviews or {}
    for note_id, row in review_rows.items():
        arrived.reviews[note_id] = None if row is None else review_of(row)

    def record() -> None:
        for key in gone:
            known.drop(key)
            known.gone.add(key)
        for row in rows.values():
            known.put(row[:VERSION + 1])
        known.facts = facts
        for note_id, row in review_rows.items():
            if row is None:
                known.reviews.pop(note_id, None)
            else:
                known.reviews[note_id] = row

    return arrived, record, ", ".join(sorted(by)), authors


def _reviews(conn: Connection, sql: Sql, known: Known) -> dict[str, tuple | None] | None:
    """Review notes written or deleted by others (id -> row, None when deleted), or None."""
    stored = dict(conn.exec_driver_sql("SELECT id, version FROM review_notes").fetchall())
    stale = [i for i, v in stored.items() if i not in known.reviews or known.reviews[i][-1] != v]
    gone = [i for i in known.reviews if i not in stored]
    if not stale and not gone:
        return None
    out: dict[str, tuple | None] = dict.fromkeys(gone)
    if stale:
        where, params = sql.where_in("id", sorted(stale))
        text = f"SELECT {', '.join(REVIEW_COLUMNS)} FROM review_notes WHERE {where}"
        for row in conn.exec_driver_sql(text, tuple(params)):
            out[row[0]] = tuple(row)
    return out
