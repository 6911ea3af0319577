"""A plan file from e-mail is untrusted: nothing in it may run, and nothing in it may explode.

SQLite keeps a file's schema as SQL text in `sqlite_master`, and some of it
runs when the file is used: a trigger on every write (one that rewrites
budgets), a view on every read (a recursive one that never ends), a default,
a check, a generated column or an index expression on each row. So before
anything reads the file's tables, `check_schema` reads `sqlite_master` and
the column lists (which run nothing) and refuses, naming it, anything that is
not one of Pokin's own tables, columns and indexes: the SQL of each table and
index may hold only the words Pokin's own definitions use, so no function
call, expression or clause of anyone else's can hide in it.

A snapshot is compressed: `inflate` unpacks it only up to a bound, so a small
blob that would unpack to gigabytes is refused in bounded time and memory.
"""

from __future__ import annotations

import re
import sqlite3
import zlib

from .errors import StoreError

# Every table Pokin has had, with its columns in each schema version.
_V1 = {
    "meta": {"key", "value"},
    "plan": {"id", "name", "government", "tingkat", "doc_type", "start_year", "end_year", "scheme"},
    "nodes": {"key", "parent", "ord", "level", "statement", "opds", "position", "code", "notes",
              "further_parents", "budget", "extra"},
    "indicators": {"node", "ord", "name", "jenis", "satuan", "polaritas", "baseline", "targets",
                   "definition", "formula", "data_source"},
    "review_notes": {"id", "node", "text", "author", "date", "status"},
}
_V2 = {
    "meta": _V1["meta"],
    "plan": _V1["plan"],
    "nodes": _V1["nodes"] | {"indicators"},
    "review_notes": _V1["review_notes"] | {"decision"},
    "snapshots": {"name", "created", "author", "note", "node_count", "data"},
}
_V3 = {
    **_V2,
    "plan": _V2["plan"] | {"version"},
    "nodes": _V2["nodes"] | {"version", "changed_by", "changed_at"},
    "review_notes": _V2["review_notes"] | {"version"},
}
_V4 = {**_V3, "alembic_version": {"version_num"}}
TABLES: dict[int, dict[str, set[str]]] = {1: _V1, 2: _V2, 3: _V3, 4: _V4}
INDEXES = {"nodes_by_parent": ("nodes", ["parent", "ord"])}
_CONSTRAINTS = {"one_plan", "alembic_version_pkc"}

# The words of Pokin's own CREATE TABLE / CREATE INDEX statements (SQLAlchemy's and the
# ALTER TABLE ... ADD COLUMN that migrations append), and nothing else.
_KEYWORDS = {
    "create", "table", "index", "if", "not", "exists", "on", "null", "default", "primary",
    "key", "constraint", "check", "references", "delete", "cascade", "unique",
    "text", "integer", "double", "real", "float", "blob", "varchar", "numeric", "boolean",
}
_TOKEN = re.compile(r"""\s+|'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[A-Za-z_][A-Za-z0-9_]*|-?\d+(?:\.\d+)?|[(),=]|.""")

MAX_SNAPSHOT_RATIO = 20
MAX_SNAPSHOT_FLOOR = 64 * 1024 * 1024  # a small snapshot may still unpack this far
MAX_SNAPSHOT_BYTES = 500 * 1024 * 1024


class UntrustedFile(StoreError):
    """A file whose schema holds something that is not Pokin's: refused before any of it runs."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retry=False)


def _words(sql: str) -> list[str]:
    out = []
    for m in _TOKEN.finditer(sql):
        tok = m.group(0)
        if tok.isspace():
            continue
        out.append(tok)
    return out


def _unquote(tok: str) -> str:
    if tok[:1] in "\"`[" and len(tok) >= 2:
        return tok[1:-1].replace('""', '"')
    return tok


def _foreign_word(sql: str, names: set[str]) -> str | None:
    """The first word in `sql` that Pokin's own definitions never use, or None.

    String literals are allowed only right after DEFAULT; numbers only after
    DEFAULT or in the one check Pokin has (`CHECK (id = 1)`).
    """
    toks = _words(sql)
    for i, tok in enumerate(toks):
        low = tok.lower()
        prev = toks[i - 1].lower() if i else ""
        if tok.startswith("'"):
            if prev != "default":
                return tok
        elif re.fullmatch(r"-?\d+(?:\.\d+)?", tok):
            if prev not in ("default", "=", "("):
                return tok
        elif tok in "(),":
            continue
        elif tok == "=":
            if [t.lower() for t in toks[i - 2:i + 3]] != ["(", "id", "=", "1", ")"]:
                return tok
        elif tok[:1] in "\"`[":
            if _unquote(tok) not in names:
                return tok
        elif low not in _KEYWORDS and tok not in names:
            return tok
    return None


def _refuse(name: str, what: str) -> UntrustedFile:
    return UntrustedFile(
        f"Berkas '{name}' ditolak: {what}, yang bukan bagian dari berkas rencana Pokin. "
        "Berkas semacam ini dapat menjalankan perintah tersembunyi saat dibuka atau disunting, "
        "jadi Pokin tidak membukanya. Mintalah pengirimnya mengekspor rencana sebagai workbook "
        "(.xlsx) atau mengirim berkas .pokin aslinya."
    )


_KIND = {"trigger": "pemicu (trigger)", "view": "tampilan (view)", "index": "indeks",
         "table": "tabel"}


# Every table and column name of any schema version, and every word a definition may hold.
_EVERY_TABLE = frozenset().union(*(set(t) for t in TABLES.values()))
_EVERY_COLUMN = frozenset().union(*(c for t in TABLES.values() for c in t.values()))
_NAMES = _EVERY_TABLE | _EVERY_COLUMN | set(INDEXES) | _CONSTRAINTS


def check_schema(con: sqlite3.Connection, name: str) -> dict[str, set[str]]:
    """Refuse a file whose schema holds anything but Pokin's own tables, columns and indexes;
    return its tables with their columns, for `check_columns`.

    Reads `sqlite_master` and `PRAGMA table_xinfo` only, which run nothing the
    file defines. Which version's columns apply is checked by `check_columns`
    once the version has been read from the (now known plain) meta table.
    """
    every_table, every_column, names = _EVERY_TABLE, _EVERY_COLUMN, _NAMES
    tables: dict[str, set[str]] = {}
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, entry, table, sql in rows:
        label = f"{_KIND.get(kind, kind)} '{entry}'"
        if kind not in ("table", "index"):
            raise _refuse(name, f"berkas ini memuat {label}")
        if kind == "table" and entry not in every_table:
            raise _refuse(name, f"berkas ini memuat {label}")
        if kind == "index":
            if sql is None:  # made by SQLite itself for a PRIMARY KEY or UNIQUE
                if not entry.startswith(f"sqlite_autoindex_{table}_") or table not in every_table:
                    raise _refuse(name, f"berkas ini memuat {label}")
                continue
            if entry not in INDEXES or INDEXES[entry][0] != table:
                raise _refuse(name, f"berkas ini memuat {label}")
            cols = [r[2] for r in con.execute(f'PRAGMA index_xinfo("{entry}")') if r[5]]
            if cols != INDEXES[entry][1]:
                raise _refuse(name, f"{label} memuat kolom atau ekspresi lain")
        word = _foreign_word(sql or "", names)
        if word is not None:
            raise _refuse(name, f"definisi {label} memuat '{word[:40]}'")
        if kind == "table":
            columns = tables[entry] = set()
            for r in con.execute(f'PRAGMA table_xinfo("{entry}")'):
                if r[1] not in every_column or r[6] != 0:  # r[6]: hidden or generated
                    raise _refuse(name, f"{label} memuat kolom '{r[1]}'")
                columns.add(r[1])
    return tables


def check_columns(tables: dict[str, set[str]], name: str, version: int) -> None:
    """The tables and columns of schema `version`, exactly (nothing missing, nothing more);
    `tables` as `check_schema` found them."""
    expected = TABLES.get(version)
    if expected is None:
        return  # an unknown version is refused by the caller with its own message
    found = set(tables)
    extra = sorted(found - set(expected))
    if extra:
        raise _refuse(name, f"berkas ini memuat tabel '{extra[0]}'")
    missing = sorted(set(expected) - found)
    if missing:
        raise StoreError(f"Berkas '{name}' rusak: tabel '{missing[0]}' tidak ada.", retry=False)
    for table, columns in expected.items():
        have = tables[table]
        if have - columns:
            raise _refuse(name, f"tabel '{table}' memuat kolom '{sorted(have - columns)[0]}'")
        if columns - have:
            raise StoreError(
                f"Berkas '{name}' rusak: kolom '{sorted(columns - have)[0]}' di tabel '{table}' "
                "tidak ada.", retry=False)


def inflate(data: bytes, where: str) -> bytes:
    """A snapshot blob unpacked, or StoreError when it would unpack past the bound.

    The bound is 20 times the blob's size (a plan's JSON compresses 5-10 times),
    at least 64 MB and at most 500 MB; unpacking stops there, so a blob built to
    unpack to gigabytes costs no more than the bound in time and memory.
    """
    limit = min(MAX_SNAPSHOT_BYTES, max(MAX_SNAPSHOT_FLOOR, MAX_SNAPSHOT_RATIO * len(data)))
    try:
        unpack = zlib.decompressobj()
        out = unpack.decompress(data, limit + 1)
    except zlib.error as exc:
        raise StoreError(f"Revisi tersimpan di berkas '{where}' rusak dan tidak dapat dibaca.",
                         retry=False) from exc
    if len(out) > limit:
        raise StoreError(
            f"Revisi tersimpan di berkas '{where}' ditolak: isinya mengembang melebihi "
            f"{limit // (1024 * 1024)} MB saat dibuka (berkasnya rusak atau dibuat untuk "
            "menghabiskan memori).", retry=False)
    if not unpack.eof:
        raise StoreError(f"Revisi tersimpan di berkas '{where}' rusak (terpotong).", retry=False)
    return out
