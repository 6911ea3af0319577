"""Writing one change set so that no one else's edit is lost: the same code for a file and a server.

The rule (one transaction per change set):

1. Lock the rows the change set touches, and the parents it puts nodes under,
   in key order (a server's `SELECT ... ORDER BY key FOR UPDATE`; a file's
   BEGIN IMMEDIATE locks it all), so two writers never wait on each other in
   a circle.
2. For each field the change set changed, the stored value must still be the
   one this copy read (`known.py`): then nobody else changed it. When the row's
   version is the one this copy read, nobody wrote the row at all and nothing
   is compared. A field someone else changed is a **conflict**, unless they
   stored the very value this edit stores. Fields this edit did not change are
   not written, so two people changing different fields of one node (one the
   statement, the other the code) both keep their edit: that is the merge.
3. A node this copy edits, moves, or puts children under that someone else
   deleted is a conflict (never re-created as an orphan); deleting a node
   that someone else changed, or put a child or a contribution link under, is
   a conflict too. Moves are compared by main parent: two people reordering a
   family both get their order (the later one's places win), but moving a node
   someone else has moved elsewhere is a conflict, as is a move that, with
   another writer's, would close a loop.
4. Plan facts and review notes are compared the same way, by their versions.

A conflict writes nothing (the transaction rolls back) and is raised as
`Conflict` with one item per clash: the node, the field, this edit's value
and the stored one, who stored it and when. Written rows get version + 1,
`changed_by` (the author) and `changed_at`; an inserted row starts at a random version (`first_version`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection

from app.model.changes import ALL_FIELDS, ChangeSet
from app.model.plan import NODE_FIELDS, Plan
from app.model.session import Conflict, ConflictItem

from .known import (
    AT,
    BY,
    FACT_COLUMNS,
    FIELD_COLUMN,
    MODEL_COLUMNS,
    ORD,
    PARENT,
    REVIEW_COLUMNS,
    VERSION,
    Known,
    facts_values,
    node_of,
    review_of,
    review_values,
    same_value,
    value_of,
)
from .orders import place
from .rows import NODE_COLUMNS, node_values, plan_from_facts
from .schema import ROW_META

CHUNK = 500  # keys per IN (...) list on SQLite


def first_version() -> int:
    """The version of a newly inserted row: random, so that a node deleted and added back
    (an undone delete) never carries the version another copy read of its earlier life."""
    return 2 + secrets.randbits(30)  # the column is a 32-bit integer on a server


def _q(cols: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


class Sql:
    """The statements of one driver: `?` for sqlite3, `%s` for psycopg; `FOR UPDATE` on a server."""

    def __init__(self, mark: str) -> None:
        self.mark = mark
        self.server = mark == "%s"
        self.lock = " FOR UPDATE" if self.server else ""
        self.known_cols = (*NODE_COLUMNS, "version")
        self.row_cols = (*NODE_COLUMNS, *ROW_META)
        self.select_known = f"SELECT {_q(self.known_cols)} FROM nodes ORDER BY parent, ord, key"
        self.insert_nodes = (f"INSERT INTO nodes ({_q(self.row_cols)}) VALUES "
                             f"({', '.join([mark] * len(self.row_cols))})")
        self.delete_nodes = f'DELETE FROM nodes WHERE "key" = {mark}'
        self._updates: dict[tuple[str, ...], str] = {}

    def where_in(self, column: str, keys: Sequence[str]) -> tuple[str, list]:
        """`column IN (...)` for `keys`, and its parameters (one array on a server)."""
        if self.server:
            return f'"{column}" = ANY(%s)', [list(keys)]
        return f'"{column}" IN ({", ".join("?" * len(keys))})', list(keys)

    def update(self, table: str, cols: tuple[str, ...], key: str, meta: bool = True) -> str:
        """UPDATE table SET cols..., version = version + 1[, changed_by, changed_at] WHERE key."""
        cache = (table, *cols, key, str(meta))
        text = self._updates.get(cache)
        if text is None:
            sets = [f'"{c}" = {self.mark}' for c in cols] + ['"version" = "version" + 1']
            if meta:
                sets += [f'"changed_by" = {self.mark}', f'"changed_at" = {self.mark}']
            text = f'UPDATE "{table}" SET {", ".join(sets)} WHERE "{key}" = {self.mark}'
            self._updates[cache] = text
        return text


QMARK, FORMAT = Sql("?"), Sql("%s")


def sql_for(conn: Connection) -> Sql:
    return QMARK if conn.dialect.paramstyle == "qmark" else FORMAT


def fetch_rows(conn: Connection, sql: Sql, keys: Iterable[str], cols: Sequence[str],
               lock: bool = False) -> dict[str, tuple]:
    """Rows of `keys` (columns `cols`, key first), locked in key order when `lock`."""
    keys = sorted(set(keys))
    out: dict[str, tuple] = {}
    step = len(keys) if sql.server else CHUNK
    for i in range(0, len(keys), max(step, 1)):
        where, params = sql.where_in("key", keys[i:i + step])
        text = f"SELECT {_q(cols)} FROM nodes WHERE {where} ORDER BY key{sql.lock if lock else ''}"
        for row in conn.exec_driver_sql(text, tuple(params)):
            out[row[0]] = tuple(row)
    return out


@dataclass
class Writer:
    """Who writes (for `changed_by`), how strictly, and this writer's nudge for orders."""

    author: str
    jitter: float = 0.5
    strict: bool = False  # True: a field someone else set, even to this edit's value, conflicts
    # Nodes this writer may not write (another OPD's, on a server): their places are kept.
    keeps: Callable[[str], bool] | None = None


@dataclass
class _Plan:
    """What one change set will write, worked out before anything is written."""

    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    columns: dict[str, set[int]] = field(default_factory=dict)  # key -> columns to write
    ords: dict[str, float] = field(default_factory=dict)
    primary: set[str] = field(default_factory=set)  # keys this edit itself placed
    items: list[ConflictItem] = field(default_factory=list)


def write_changes(conn: Connection, plan: Plan, changes: ChangeSet, known: Known,
                  writer: Writer) -> Callable[[], None]:
    """Write `changes` in the caller's transaction; raise Conflict (nothing written) on a clash.

    Returns the function that records the written rows as known, to be called
    once the transaction has committed.
    """
    sql = sql_for(conn)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    work = _Plan()
    facts_row = _lock_facts(conn, sql) if changes.plan else None
    current = _nodes_part(conn, sql, plan, changes, known, writer, work)
    reviews = _lock_reviews(conn, sql, sorted(changes.reviews)) if changes.reviews else {}
    if facts_row is not None:
        _check_facts(plan, changes, known, writer, facts_row, work)
    _check_reviews(plan, changes, known, writer, reviews, work)
    if work.items:
        raise Conflict(conflict_message(work.items), work.items)

    settle: list[Callable[[], None]] = []
    _write_nodes(conn, sql, plan, known, writer, current, work, now, settle)
    if work.items:  # a loop another writer's move would close
        raise Conflict(conflict_message(work.items), work.items)
    if facts_row is not None:
        _write_facts(conn, sql, plan, changes, known, facts_row, settle)
    _write_reviews(conn, sql, plan, changes, known, reviews, settle)

    def done() -> None:
        for step in settle:
            step()

    return done


# --- nodes ------------------------------------------------------------------------------


def _nodes_part(conn: Connection, sql: Sql, plan: Plan, changes: ChangeSet, known: Known,
                writer: Writer, work: _Plan) -> dict[str, tuple]:
    nodes = plan.nodes
    work.removed = sorted(k for k in changes.removed if k not in nodes)
    work.added = sorted(k for k in changes.added if k in nodes)
    added = set(work.added)
    for key, names in changes.changed.items():
        if key in nodes and key not in added:
            if ALL_FIELDS in names:  # deleted and added back in one edit: every field
                work.columns[key] = {FIELD_COLUMN[n] for n in NODE_FIELDS}
                work.primary.add(key)
            else:
                work.columns[key] = {FIELD_COLUMN[n] for n in names if n in FIELD_COLUMN}
    moved = {k for k in changes.moved if k in nodes}
    families = {nodes[k].parent for k in moved | added | work.primary}
    work.ords = place(plan, families, known.nodes, writer.jitter, writer.keeps) if families else {}
    work.primary |= added | (moved & set(work.ords))
    lock = set(work.removed) | added | set(work.columns) | set(work.ords)
    for key in work.primary:
        if nodes[key].parent is not None:
            lock.add(nodes[key].parent)
    links: dict[str, set[str]] = {}
    for key, cols in work.columns.items():
        if FIELD_COLUMN["further_parents"] in cols:
            base = known.nodes.get(key)
            before = set(node_of(base).further_parents) if base is not None else set()
            links[key] = set(nodes[key].further_parents) - before
            lock |= links[key]
    current = fetch_rows(conn, sql, lock, sql.row_cols, lock=True) if lock else {}
    _check_nodes(conn, sql, plan, known, writer, current, links, work)
    return current


def _item(key: str, name: str, mine: object, theirs_row: tuple | None, theirs: object = None
          ) -> ConflictItem:
    by = theirs_row[BY] if theirs_row is not None else ""
    at = theirs_row[AT] if theirs_row is not None else ""
    return ConflictItem(key, name, mine, theirs, by, at)


def _check_nodes(conn: Connection, sql: Sql, plan: Plan, known: Known, writer: Writer,
                 current: dict[str, tuple], links: dict[str, set[str]], work: _Plan) -> None:
    nodes, items = plan.nodes, work.items

    def was_there(key: str) -> bool:  # this copy saw the node exist at some point
        return key in known.nodes or key in known.gone

    for key in work.removed:
        row, base = current.get(key), known.nodes.get(key)
        if row is not None and (base is None or row[VERSION] != base[VERSION]) and (
            base is None or any(row[i] != base[i] for i in MODEL_COLUMNS)
        ):
            items.append(_item(key, ALL_FIELDS, None, row, node_of(row)))
    if work.removed:
        _check_what_hangs_on(conn, sql, plan, work)
    for key in work.added:
        if key in current:
            items.append(_item(key, ALL_FIELDS, nodes[key].copy(), current[key],
                               node_of(current[key])))
    for key, cols in work.columns.items():
        row, base = current.get(key), known.nodes.get(key)
        if row is None:
            items.append(_item(key, ALL_FIELDS, nodes[key].copy(), None, None))
            continue
        if base is not None and row[VERSION] == base[VERSION]:
            continue
        mine = node_values(nodes[key], 0)
        for name in NODE_FIELDS:
            col = FIELD_COLUMN[name]
            if col not in cols or (base is not None and row[col] == base[col]):
                continue
            if not writer.strict and same_value(name, row, mine):
                continue
            items.append(_item(key, name, getattr(nodes[key], name), row, value_of(name, row)))
    for key in sorted(work.ords):
        parent = nodes[key].parent
        row, base = current.get(key), known.nodes.get(key)
        if key in work.added:
            pass
        elif row is None:
            if key in work.primary and key not in work.columns:
                items.append(_item(key, ALL_FIELDS, nodes[key].copy(), None, None))
            elif key not in work.columns:
                work.ords.pop(key)  # a sibling renumbered that someone else deleted meanwhile
            continue
        elif key in work.primary:
            if base is not None and row[PARENT] != base[PARENT] and row[PARENT] != parent:
                items.append(_item(key, "parent", parent, row, row[PARENT]))
        elif base is None or row[PARENT] != base[PARENT]:
            work.ords.pop(key)  # a sibling renumbered, moved elsewhere meanwhile: not ours to place
            continue
        if (key in work.primary and parent is not None and parent not in current
                and parent not in work.added and was_there(parent)):
            items.append(_item(key, "parent", parent, None, None))
    for key, targets in links.items():
        for target in sorted(targets):
            if target not in current and target not in work.added and was_there(target):
                row = current.get(key)
                items.append(_item(key, "further_parents", nodes[key].further_parents, row,
                                   value_of("further_parents", row) if row else None))


def _check_what_hangs_on(conn: Connection, sql: Sql, plan: Plan, work: _Plan) -> None:
    """Children or contribution links someone else put on the nodes this edit deletes."""
    gone = set(work.removed)
    placed_elsewhere = {k for k in work.ords if plan.nodes[k].parent not in gone}
    rows = list(work.removed)
    for i in range(0, len(rows), CHUNK):
        where, params = sql.where_in("parent", rows[i:i + CHUNK])
        text = f"SELECT {_q(sql.row_cols)} FROM nodes WHERE {where} ORDER BY key"
        for row in conn.exec_driver_sql(text, tuple(params)):
            if row[0] not in gone and row[0] not in placed_elsewhere:
                work.items.append(_item(row[0], ALL_FIELDS, None, tuple(row), node_of(tuple(row))))
    col = FIELD_COLUMN["further_parents"]
    text = f"SELECT {_q(sql.row_cols)} FROM nodes WHERE further_parents <> '[]'"
    for row in conn.exec_driver_sql(text):
        key = row[0]
        if key in gone or key in work.columns and col in work.columns[key]:
            continue
        theirs = node_of(tuple(row)).further_parents
        if gone.intersection(theirs):
            mine = tuple(p for p in theirs if p not in gone)
            work.items.append(_item(key, "further_parents", mine, tuple(row), theirs))


def _write_nodes(conn: Connection, sql: Sql, plan: Plan, known: Known, writer: Writer,
                 current: dict[str, tuple], work: _Plan, now: str,
                 settle: list[Callable[[], None]]) -> None:
    nodes = plan.nodes
    # Children before their parents go, parents before their children come: a server's
    # rights are checked row by row against the node's main parents as stored just then.
    gone_rows = {k: current[k] for k in work.removed if k in current}
    gone = [(k,) for k in sorted(gone_rows, key=_depth_in(gone_rows, lambda r: r[PARENT]),
                                 reverse=True)]
    if gone:
        conn.exec_driver_sql(sql.delete_nodes, gone)
    coming = {k: nodes[k] for k in work.added}
    new_rows = [(*node_values(nodes[k], work.ords[k]), first_version(), writer.author, now)
                for k in sorted(coming, key=_depth_in(coming, lambda n: n.parent))]
    if new_rows:
        conn.exec_driver_sql(sql.insert_nodes, new_rows)
    groups: dict[tuple[str, ...], list[tuple]] = {}
    fresh: dict[str, tuple] = {}
    for key in sorted(set(work.columns) | (set(work.ords) - set(work.added))):
        row, base = current[key], known.nodes.get(key)
        cols = set(work.columns.get(key, ()))
        if key in work.ords:
            cols |= {PARENT, ORD}
        order = work.ords.get(key, base[ORD] if base is not None else row[ORD])
        mine = node_values(nodes[key], order)
        names = tuple(NODE_COLUMNS[c] for c in sorted(cols))
        groups.setdefault(names, []).append(
            (*(mine[c] for c in sorted(cols)), writer.author, now, key))
        alone = base is not None and row[VERSION] == base[VERSION]
        fresh[key] = (*mine, row[VERSION] + 1 if alone else None)
    for names, params in groups.items():
        conn.exec_driver_sql(sql.update("nodes", names, "key"), params)
    for key in sorted(work.primary & set(work.ords)):
        base = known.nodes.get(key)
        parent = nodes[key].parent
        if parent is not None and (base is None or base[PARENT] != parent) and _loops(
            conn, sql, key
        ):
            work.items.append(_item(key, "parent", parent, current.get(parent),
                                    "(membentuk putaran)"))

    def record() -> None:
        for key in work.removed:
            known.drop(key)
        for row in new_rows:
            known.put(row[:VERSION + 1])
        for row in fresh.values():
            known.put(row)

    settle.append(record)


def _depth_in(items: dict, parent_of: Callable) -> Callable[[str], tuple[int, str]]:
    """A sort key: how many of `items`' own keys lie above each key (then the key)."""
    memo: dict[str, int] = {}

    def depth(key: str) -> int:
        chain: list[str] = []
        seen: set[str] = set()
        while key in items and key not in memo and key not in seen:
            seen.add(key)
            chain.append(key)
            key = parent_of(items[key])
        d = memo.get(key, -1) if key in items else -1
        for k in reversed(chain):
            d += 1
            memo[k] = d
        return memo.get(chain[0], 0) if chain else memo.get(key, 0)

    return lambda key: (depth(key), key)


def _loops(conn: Connection, sql: Sql, key: str) -> bool:
    """True when following stored main parents up from `key` comes back to it."""
    m = sql.mark
    text = (
        "WITH RECURSIVE up(k, depth) AS ("
        f" SELECT parent, 0 FROM nodes WHERE key = {m}"
        " UNION ALL SELECT n.parent, up.depth + 1 FROM nodes n JOIN up ON n.key = up.k"
        " WHERE up.depth < 10000 AND up.k <> " + m + ")"
        f" SELECT 1 FROM up WHERE k = {m} LIMIT 1"
    )
    return conn.exec_driver_sql(text, (key, key, key)).first() is not None


# --- plan facts and review notes -----------------------------------------------------------


def _lock_facts(conn: Connection, sql: Sql) -> tuple:
    text = f"SELECT {_q(FACT_COLUMNS)} FROM plan WHERE id = 1{sql.lock}"
    return tuple(conn.exec_driver_sql(text).one())


def _check_facts(plan: Plan, changes: ChangeSet, known: Known, writer: Writer, row: tuple,
                 work: _Plan) -> None:
    base = known.facts
    if base is not None and row[-1] == base[-1]:
        return
    mine = facts_values(plan)
    theirs = plan_from_facts(dict(zip(FACT_COLUMNS, row, strict=True)), "")
    for name in sorted(changes.plan):
        col = FACT_COLUMNS.index(name)
        if base is not None and row[col] == base[col]:
            continue
        if not writer.strict and row[col] == mine[col]:
            continue
        work.items.append(ConflictItem("", name, getattr(plan, name), getattr(theirs, name)))


def _write_facts(conn: Connection, sql: Sql, plan: Plan, changes: ChangeSet, known: Known,
                 row: tuple, settle: list[Callable[[], None]]) -> None:
    mine = facts_values(plan)
    names = tuple(sorted(changes.plan))
    conn.exec_driver_sql(sql.update("plan", names, "id", meta=False),
                         [(*(mine[FACT_COLUMNS.index(n)] for n in names), 1)])
    base = known.facts
    version = row[-1] + 1 if base is not None and base[-1] == row[-1] else None

    def record() -> None:
        known.facts = (*mine, version)

    settle.append(record)


def _lock_reviews(conn: Connection, sql: Sql, ids: list[str]) -> dict[str, tuple]:
    where, params = sql.where_in("id", ids)
    text = f"SELECT {_q(REVIEW_COLUMNS)} FROM review_notes WHERE {where} ORDER BY id{sql.lock}"
    return {r[0]: tuple(r) for r in conn.exec_driver_sql(text, tuple(params))}


def _check_reviews(plan: Plan, changes: ChangeSet, known: Known, writer: Writer,
                   rows: dict[str, tuple], work: _Plan) -> None:
    for note_id in sorted(changes.reviews):
        mine, row, base = plan.reviews.get(note_id), rows.get(note_id), known.reviews.get(note_id)
        if row is None:
            if base is not None and mine is not None:  # someone else deleted it
                work.items.append(ConflictItem(mine.node, "review", mine, None))
            continue
        if base is not None and row[-1] == base[-1]:
            continue
        if base is None or row[:-1] != base[:-1]:
            if mine is not None and not writer.strict and row[:-1] == review_values(mine):
                continue
            theirs = review_of(row)
            work.items.append(ConflictItem(theirs.node, "review", mine, theirs))


def _write_reviews(conn: Connection, sql: Sql, plan: Plan, changes: ChangeSet, known: Known,
                   rows: dict[str, tuple], settle: list[Callable[[], None]]) -> None:
    if not changes.reviews:
        return
    cols = REVIEW_COLUMNS[1:-1]
    put_new, put_old, drop = [], [], []
    born: dict[str, int] = {}
    for note_id in sorted(changes.reviews):
        note = plan.reviews.get(note_id)
        if note is None:
            if note_id in rows:
                drop.append((note_id,))
        elif note_id in rows:
            put_old.append((*review_values(note)[1:], note_id))
        else:
            born[note_id] = first_version()
            put_new.append((*review_values(note), born[note_id]))
    m = sql.mark
    if drop:
        conn.exec_driver_sql(f"DELETE FROM review_notes WHERE id = {m}", drop)
    if put_old:
        conn.exec_driver_sql(sql.update("review_notes", cols, "id", meta=False), put_old)
    if put_new:
        conn.exec_driver_sql(
            f"INSERT INTO review_notes ({_q(REVIEW_COLUMNS)}) VALUES "
            f"({', '.join([m] * len(REVIEW_COLUMNS))})", put_new)

    def record() -> None:
        for note_id in changes.reviews:
            note = plan.reviews.get(note_id)
            if note is None:
                known.reviews.pop(note_id, None)
                continue
            row, base = rows.get(note_id), known.reviews.get(note_id)
            alone = row is None or (base is not None and base[-1] == row[-1])
            version = (row[-1] + 1 if row is not None else born[note_id]) if alone else None
            known.reviews[note_id] = (*review_values(note), version)

    settle.append(record)


# --- the message ---------------------------------------------------------------------------

FIELD_NAMES = {
    "statement": "pernyataan kinerja", "code": "kode", "opds": "perangkat daerah",
    "position": "penanggung jawab", "notes": "keterangan", "level": "level",
    "further_parents": "induk lain", "indicators": "indikator", "budget": "pagu",
    "extra": "kolom tambahan", "parent": "induk", "review": "catatan reviu",
    "name": "nama rencana", "government": "pemerintah daerah", "tingkat": "tingkat",
    "doc_type": "jenis dokumen", "start_year": "tahun awal", "end_year": "tahun akhir",
    "scheme": "skema level",
}


def describe(item: ConflictItem) -> str:
    """One clash in a sentence for the planner."""
    who = f" oleh {item.by}" if item.by else ""
    what = FIELD_NAMES.get(item.field, item.field)
    if item.node == "":
        return f"{what} rencana sudah diubah{who}"
    if item.field == ALL_FIELDS and item.theirs is None:
        return f"simpul '{item.node}' sudah dihapus{who}"
    if item.field == ALL_FIELDS and item.mine is None:
        return f"simpul '{item.node}' sudah diubah atau ditambahkan{who}"
    if item.field == ALL_FIELDS:
        return f"kunci '{item.node}' sudah dipakai simpul lain{who}"
    if item.field == "parent" and item.theirs is None:
        return f"induk baru simpul '{item.node}' ('{item.mine}') sudah dihapus"
    if item.field == "parent" and item.theirs == "(membentuk putaran)":
        return f"pemindahan simpul '{item.node}' akan membentuk putaran dengan pemindahan lain"
    if item.field == "review":
        return "catatan reviu itu sudah diubah atau dihapus" + who
    return f"{what} simpul '{item.node}' sudah diubah{who}"


def conflict_message(items: Sequence[ConflictItem]) -> str:
    head = "; ".join(describe(i) for i in items[:3])
    more = f" (dan {len(items) - 3} lagi)" if len(items) > 3 else ""
    return (f"Perubahan tidak disimpan: {head}{more} sejak Anda membukanya. "
            "Pilih nilai yang dipakai: milik mereka, milik Anda, atau sunting.")
