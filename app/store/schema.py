"""The tables of a .pokin file (and of a team database) and the SQLite connection settings.

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

Every row a person edits (a node, the plan's facts, a review note) carries a
`version`, raised by each write, and who wrote it last (`changed_by`, the
login on a server, user@machine for a file) and when: several writers merge
their edits through them (see merge.py). Sibling order is a fraction (`ord`),
so a node moves between two others without renumbering its family.

Plan files use SQLite's rollback journal, not WAL: it needs only file locks,
so two processes, or two machines on a shared folder, can write one file; a
file copied while the editor has it open holds every edit; and no `-wal`
file is left beside it to be mistaken for another file's.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from urllib.parse import quote

from sqlalchemy import (
    CheckConstraint,
    Column,
    Double,
    Engine,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    Sequence,
    String,
    Table,
    Text,
    create_engine,
    event,
)
from sqlalchemy.pool import NullPool, StaticPool

APP_NAME = "pokin"
SCHEMA_VERSION = 4
# The Alembic revision that leaves a store at each schema number (migrations/versions/).
REVISIONS = {
    1: "0001_first_tables",
    2: "0002_indicators_in_nodes",
    3: "0003_several_writers",
    4: "0004_alembic_and_team_rights",
}
HEAD_REVISION = REVISIONS[SCHEMA_VERSION]
# How long a write waits for a lock another writer holds, and how long once the
# lock has been found held for longer (so that each edit does not freeze for it).
LOCK_WAIT_S = 2.0
LOCK_WAIT_AGAIN_S = 0.1

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
    Column("version", Integer, nullable=False, server_default="1"),
    CheckConstraint("id = 1", name="one_plan"),
)

nodes = Table(
    "nodes",
    metadata,
    Column("key", Text, primary_key=True),
    # No foreign key on parent: an imported plan may name a parent that does not exist.
    Column("parent", Text, nullable=True),
    # A fraction: a node placed between two siblings gets a value between theirs.
    # (Files from schema 2 keep an INTEGER declaration; SQLite stores the fractions all the same.)
    Column("ord", Double, nullable=False),
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
    Column("version", Integer, nullable=False, server_default="1"),
    Column("changed_by", Text, nullable=False, server_default=""),
    Column("changed_at", Text, nullable=False, server_default=""),  # ISO date-time, UTC
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
    Column("version", Integer, nullable=False, server_default="1"),
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


# Alembic's own bookkeeping, declared here exactly as Alembic makes it, so that a store made
# by `create_all` is stamped with one insert (write_all) and never needs Alembic to open.
alembic_version = Table(
    "alembic_version",
    metadata,
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)

# Team mode only (a server's tables, made by the migrations, never in a plan file): who may
# do what. `opds` is a JSON list of names, as in `nodes`; the rights are in the migration.
team_metadata = MetaData()
ROLES = ("bappeda", "opd", "evaluator")
team_members = Table(
    "team_members",
    team_metadata,
    Column("login", Text, primary_key=True),
    Column("role", Text, nullable=False),
    Column("opds", Text, nullable=False, server_default="[]"),
    CheckConstraint("role IN ('bappeda', 'opd', 'evaluator')", name="known_role"),
)
# Review notes deleted, as they were: a note may be put back with its own author (an undo)
# only exactly as it was; written by the rules' own functions, read by no login.
review_notes_gone = Table(
    "review_notes_gone",
    team_metadata,
    Column("id", Text, primary_key=True),
    *(Column(name, Text, nullable=False) for name in
      ("node", "text", "author", "date", "status", "decision")),
)

# New node keys come in blocks so that two writers never make the same key: from
# this sequence on a server (created there only), from meta 'next_key' in a file.
node_keys = Sequence("node_keys", start=1, increment=100, metadata=metadata)
KEY_BLOCK = 100

# Columns every edited row carries besides the model's own fields.
ROW_META = ("version", "changed_by", "changed_at")


MAX_VALUE_BYTES = 512 * 1024 * 1024  # no text or blob in a plan file is read past this


def _configure(engine: Engine, read_only: bool) -> Engine:
    """Pragmas on every new connection, and transactions that SQLAlchemy begins itself.

    pysqlite's own implicit BEGIN is switched off (isolation_level None) and
    SQLAlchemy emits BEGIN, so that one `conn.begin()` block is exactly one
    SQLite transaction, reads included. A block meant to write sets
    `conn.info["write"]` first and gets BEGIN IMMEDIATE: it takes the file's
    write lock at once, so two writers queue instead of both reading and then
    failing to write. `trusted_schema` off: nothing in a file's schema may call
    a function with side effects (the schema is also checked before opening).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.isolation_level = None
        dbapi_conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA trusted_schema=OFF")
        cur.execute("PRAGMA foreign_keys=ON")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        else:
            try:  # a file left in WAL mode by an older Pokin comes back to the rollback journal
                cur.execute("PRAGMA journal_mode=DELETE")
            except sqlite3.OperationalError:
                pass  # another program holds it in WAL mode: this session stays in WAL
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # SQLAlchemy Connection
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop("write", False) else "BEGIN")

    return engine


def _engine_for(creator: Callable[[], sqlite3.Connection], read_only: bool, static: bool) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=creator,
        poolclass=StaticPool if static else NullPool,
    )
    return _configure(engine, read_only)


def wal_header(path: str) -> bool:
    """True when the file's header says WAL mode (files written by Pokin before schema 3)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(20)
    except OSError:
        return False
    return len(head) == 20 and head[18] == 2


def read_only_uri(path: str, main_only: bool = False) -> str:
    """A URI that reads `path` without writing anything, sidecar files included.

    A rollback-journal file is read with shared locks (`mode=ro`), which
    leave nothing beside it and wait for a writer's commit to finish. Plain
    `mode=ro` on a WAL file leaves fresh -wal and -shm files beside it; when no
    -wal file exists every page is in the main file, so `immutable=1` reads it
    with no locks and no sidecars at all. `main_only` reads the main file
    alone whatever lies beside it (a -wal that belongs to another file).
    """
    uri = "file:" + quote(path) + "?mode=ro"
    if main_only or (wal_header(path) and not os.path.exists(path + "-wal")):
        uri += "&immutable=1"
    return uri


def connect_file(path: str) -> sqlite3.Connection:
    return sqlite3.connect(path, timeout=LOCK_WAIT_S)


def file_engine(path: str, read_only: bool = False, main_only: bool = False) -> Engine:
    """An engine on the SQLite file `path` (read-only opens never write a byte)."""
    if read_only:
        uri = read_only_uri(path, main_only)
        return _engine_for(lambda: sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_S), True,
                           False)
    return _engine_for(lambda: connect_file(path), False, False)


def memory_engine(conn: sqlite3.Connection) -> Engine:
    """An engine over an existing in-memory connection (an old file migrated for reading)."""
    return _engine_for(lambda: conn, False, True)
