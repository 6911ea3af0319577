"""Card heights kept in the plan file, so that opening a large plan need not measure every card.

Measuring 20,000 cards (wrapping every statement and indicator) is the largest
part of opening a large plan in the editor, about half a second. The heights
of the last session are kept in the `meta` table under one key, each with a
fingerprint of what it was measured from: the node's statement, OPDs and
indicators as the nodes table spells them. A height is reused only when its
fingerprint matches the node as read now and the whole set was measured under
the same signature (card style, plan years, font tables, measuring code: see
`app.geometry.card.height_signature`). Anything else is measured again, so a file
edited elsewhere (another Pokin, a teammate's) can never show a wrong height.

It is a cache: failing to read or write it changes nothing but speed.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Connection, delete, insert, select

from app.model.plan import Node
from app.util.gc_pause import paused_gc

from .rows import node_values
from .schema import meta

META_KEY = "card_heights"


def fingerprint(statement: str, opds_json: str, indicators_json: str) -> int:
    """What a card's height is measured from, as the nodes table spells it."""
    return zlib.crc32(f"{statement}\x1f{opds_json}\x1f{indicators_json}".encode())


def row_prints(rows: Iterable[Sequence]) -> dict[str, int]:
    """Fingerprints of node rows in `rows.NODE_COLUMNS` order (key 0, statement 4, OPDs 5,
    indicators 12)."""
    return {r[0]: fingerprint(r[4], r[5], r[12]) for r in rows}


def node_print(node: Node) -> int:
    """The fingerprint a node will have once written (its row as `node_values` makes it)."""
    row = node_values(node, 0)
    return fingerprint(row[4], row[5], row[12])


def read_heights(conn: Connection, signature: str, prints: Mapping[str, int]) -> dict[str, float]:
    """Stored heights under `signature` whose fingerprint matches `prints` (the nodes as read)."""
    row = conn.execute(select(meta.c.value).where(meta.c.key == META_KEY)).first()
    if row is None:
        return {}
    try:
        with paused_gc():  # 20,000 small lists: no collector passes over the open plan meanwhile
            data = json.loads(row[0])
            if data.get("signature") != signature:
                return {}
            return {key: float(h) for key, p, h in data["cards"] if prints.get(key) == p}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}  # an unreadable cache is no cache


def write_heights(conn: Connection, signature: str, heights: Mapping[str, float],
                  prints: Mapping[str, int]) -> None:
    """Keep `heights` (with the nodes' fingerprints) in place of what was kept before."""
    cards = [[key, prints[key], h] for key, h in heights.items() if key in prints]
    text = json.dumps({"signature": signature, "cards": cards}, ensure_ascii=False,
                      separators=(",", ":"))
    conn.execute(delete(meta).where(meta.c.key == META_KEY))
    conn.execute(insert(meta), [{"key": META_KEY, "value": text}])
