"""Keys for new nodes that no two writers share: numbers handed out in blocks by the store.

`Plan.new_key` makes `N-<number>` from the plan's counter; two writers that
each counted from the highest key they had read both made `N-42`, and one
node replaced the other. Here the counter takes its numbers in blocks of 100
from the store: a file keeps the next free number in its meta table (taken
under the write lock), a server hands blocks out from a sequence (`node_keys`,
never the same number twice, and without holding a lock). A block is fetched
only when the last one is used up, so most new keys cost nothing. If the
store cannot be reached at that moment, keys fall back to a random prefix of
this writer, which no other writer shares either.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

from sqlalchemy import Connection

from .schema import KEY_BLOCK

NEXT_KEY = "next_key"


def highest_number(keys: object) -> int:
    """The highest <number> among keys `N-<number>` (0 when none)."""
    top = 0
    for k in keys:  # type: ignore[attr-defined]
        if k.startswith("N-") and k[2:].isdigit():
            top = max(top, int(k[2:]))
    return top


def reserve(conn: Connection, floor: int) -> int:
    """The first number of a fresh block of KEY_BLOCK numbers, none below `floor`.

    A file: in the caller's write transaction (BEGIN IMMEDIATE serialises it).
    A server: `pokin_take_keys()` (team_rules.py), the sequence's next block moved past
    every stored key when it lags behind; the server works out that floor itself, as no
    login may set the sequence.
    """
    if conn.dialect.name == "postgresql":
        return int(conn.exec_driver_sql("SELECT pokin_take_keys()").scalar_one())
    row = conn.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (NEXT_KEY,)).first()
    first = max(int(row[0]) if row is not None else 1, floor)
    conn.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
        "value = excluded.value", (NEXT_KEY, str(first + KEY_BLOCK)))
    return first


class KeyBlocks(Iterator[str]):
    """The plan's key counter (`Plan._key_counter`), fed by `take_block()` from the store."""

    def __init__(self, take_block: Callable[[], int | None]) -> None:
        self._take = take_block
        self._next = 0
        self._end = 0
        self._fallback: str | None = None
        self._count = 0

    def __iter__(self) -> KeyBlocks:
        return self

    def __next__(self) -> str:
        if self._fallback is not None:
            self._count += 1
            return f"{self._fallback}{self._count}"
        if self._next >= self._end:
            first = self._take()
            if first is None:
                self._fallback = secrets.token_hex(3) + "-"
                return next(self)
            self._next, self._end = first, first + KEY_BLOCK
        self._next += 1
        return str(self._next - 1)
