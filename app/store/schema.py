"""The tables of a .pokin file and the SQLite connection settings.

SQLAlchemy Core, not the ORM: a plan loads as 20,000 plain rows and an edit
writes a handful with executemany, which the ORM would make ten times slower.

Lists and dicts of a node (OPDs, further parents, budget, extra columns, and
its indicators) are JSON text in the node's row. Indicators live on the node
rather than in a table of their own because a file is opened far more often
than it is queried: one row per node lets the whole column be decoded in one
C-level JSON parse, and an indicator edit is one row upsert instead of a
delete and re-insert. SQLite's JSON functions still reach them
(`SELECT key, j.value->>'name' FROM nodes, json_each(nodes.indicators) j`).
Year maps (targets, budget) are lists of [year, value] pairs, so the years
come back as numbers without a conversion pass.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from urllib.parse import quote

from sqlalchemy import (
    CheckConstraint,
    Column,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    create_engine,
    event,
)
from sqlalchemy.pool import NullPool, StaticPool

APP_NAME = "pokin"
SCHEMA_VERSION = 2

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

plan_facts = Table(
    "plan",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, server_default=""),
    Column("government", Text, nullable=False, server_default=""),
    Column("tingkat", Text, nullable=False, server_default="kota"),
    Column("doc_type", Text, nullable=False, server_default="RPD"),
    Column("start_year", Integer, nullable=False),
    Column("end_year", Integer, nullable=False),
    Column("scheme", Text, nullable=False, server_default=""),
    CheckConstraint("id = 1", name="one_plan"),
)

nodes = Table(
    "nodes",
    metadata,
    Column("key", Text, primary_key=True),
    # No foreign key on parent: an imported plan may name a parent that does not exist.
    Column("parent", Text, nullable=True),
    Column("ord", Integer, nullable=False),
    Column("level", Text, nullable=False, server_default=""),
    Column("statement", Text, nullable=False, server_default=""),
    Column("opds", Text, nullable=False, server_default="[]"),
    Column("position", Text, nullable=False, server_default=""),
    Column("code", Text, nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("further_parents", Text, nullable=False, server_default="[]"),
    Column("budget", Text, nullable=False, server_default="{}"),
    Column("extra", Text, nullable=False, server_default="{}"),
    # [{"name": ..., "jenis": ..., "baseline": ..., "targets": [[2025, 80.0]], ...}];
    # fields at their default value are left out.
    Column("indicators", Text, nullable=False, server_default="[]"),
)
Index("nodes_by_parent", nodes.c.parent, nodes.c.ord)

# No foreign key to nodes: a note outlives nothing it should not (DeleteSubtree
# drops the notes of deleted nodes itself), and a broken import may hold notes
# on keys that are missing.
review_notes = Table(
    "review_notes",
    metadata,
    Column("id", Text, primary_key=True),
    Column("node", Text, nullable=False),
    Column("text", Text, nullable=False, server_default=""),
    Column("author", Text, nullable=False, server_default=""),
    Column("date", Text, nullable=False, server_default=""),
    Column("status", Text, nullable=False, server_default="open"),
    Column("decision", Text, nullable=False, server_default=""),
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("name", Text, primary_key=True),
    Column("created", Text, nullable=False),
    Column("author", Text, nullable=False, server_default=""),
    Column("note", Text, nullable=False, server_default=""),
    Column("node_count", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),  # zlib-compressed JSON of the whole plan
)


def _configure(engine: Engine, read_only: bool) -> Engine:
    """Pragmas on every new connection, and transactions that SQLAlchemy begins itself.

    pysqlite's own implicit BEGIN is switched off (isolation_level None) and
    SQLAlchemy emits BEGIN, so that one `conn.begin()` block is exactly one
    SQLite transaction, reads included.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # SQLAlchemy Connection
        conn.exec_driver_sql("BEGIN")

    return engine


def _engine_for(creator: Callable[[], sqlite3.Connection], read_only: bool, static: bool) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=creator,
        poolclass=StaticPool if static else NullPool,
    )
    return _configure(engine, read_only)


def read_only_uri(path: str) -> str:
    """A URI that reads `path` without writing anything, sidecar files included.

    Plain `mode=ro` on a WAL file leaves fresh -wal and -shm files beside it.
    When no -wal file exists nobody is writing and every page is in the main
    file, so `immutable=1` reads it with no locks and no sidecars at all.
    """
    uri = "file:" + quote(path) + "?mode=ro"
    if not os.path.exists(path + "-wal"):
        uri += "&immutable=1"
    return uri


def file_engine(path: str, read_only: bool = False) -> Engine:
    """An engine on the SQLite file `path` (read-only opens never write a byte)."""
    if read_only:
        uri = read_only_uri(path)
        return _engine_for(lambda: sqlite3.connect(uri, uri=True), True, False)
    return _engine_for(lambda: sqlite3.connect(path), False, False)


def memory_engine(conn: sqlite3.Connection) -> Engine:
    """An engine over an existing in-memory connection (an old file migrated for reading)."""
    return _engine_for(lambda: conn, False, True)
