"""Plan pieces as table rows and back, and a whole plan as one compressed blob.

The same row tuples serve the nodes table and the snapshot blob, so a
snapshot and the live file can never disagree about how a node is spelled on
disk.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import MISSING, asdict, fields
from typing import Any

from app.model.levels import LevelScheme, SchemeError
from app.model.plan import Indicator, Node, Plan, ReviewNote
from app.util.gc_pause import paused_gc

from .errors import StoreError
from .untrusted import inflate

SNAPSHOT_FORMAT = 1

# Column order of the node tuples below; the same order as the table in schema.py.
NODE_COLUMNS = (
    "key", "parent", "ord", "level", "statement", "opds", "position", "code", "notes",
    "further_parents", "budget", "extra", "indicators",
)
_INDICATOR_FIELDS = tuple(f.name for f in fields(Indicator))
_INDICATOR_DEFAULTS = {
    f.name: f.default for f in fields(Indicator) if f.default is not MISSING
}

encode_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _dump(value: list | dict) -> str:
    if not value:
        return "{}" if isinstance(value, dict) else "[]"
    return encode_json(value)


def _pairs(data: Mapping) -> list:
    return [[k, v] for k, v in data.items()]


def _load_column(texts: Iterable[str]) -> list:
    """Decode a whole column of JSON texts in one call: one C-level parse, not one per row."""
    return json.loads("[" + ",".join(texts) + "]")


def year_map(data: list | dict) -> dict:
    """Pairs `[[2025, 1.0]]` to a dict; an object `{"2025": 1.0}` (schema 1) is read too."""
    if isinstance(data, list):
        return dict(data)
    out: dict = {}
    for k, v in data.items():
        try:
            out[int(k)] = v
        except ValueError:
            out[k] = v
    return out


# --- nodes and indicators ---------------------------------------------------------


def indicator_json(ind: Indicator) -> dict[str, Any]:
    """An indicator as a JSON object; fields at their default are left out."""
    out: dict[str, Any] = {"name": ind.name}
    for name in _INDICATOR_FIELDS[1:]:
        value = getattr(ind, name)
        if name == "targets":
            if value:
                out["targets"] = _pairs(value)
        elif value != _INDICATOR_DEFAULTS.get(name) or type(value) is not type(
            _INDICATOR_DEFAULTS.get(name)
        ):
            out[name] = value
    return out


def indicator_from_json(data: dict[str, Any]) -> Indicator:
    targets = data.pop("targets", None)
    return Indicator(**data, targets=dict(targets) if targets else {})


def node_values(node: Node, order: int) -> tuple:
    """The node as a row, in NODE_COLUMNS order."""
    return (
        node.key,
        node.parent,
        order,
        node.level,
        node.statement,
        _dump(list(node.opds)),
        node.position,
        node.code,
        node.notes,
        _dump(list(node.further_parents)),
        encode_json(_pairs(node.budget)) if node.budget else "[]",
        _dump(node.extra),
        encode_json([indicator_json(i) for i in node.indicators]) if node.indicators else "[]",
    )


def nodes_from_rows(rows: Sequence[Sequence]) -> list[Node]:
    """Nodes from rows in NODE_COLUMNS order, in the rows' order (JSON decoded column-wise)."""
    opds = _load_column(r[5] for r in rows)
    further = _load_column(r[9] for r in rows)
    budgets = _load_column(r[10] for r in rows)
    extras = _load_column(r[11] for r in rows)
    inds = _load_column(r[12] for r in rows)
    return [
        Node(
            key=r[0],
            level=r[3],
            statement=r[4],
            opds=tuple(o),
            position=r[6],
            code=r[7],
            notes=r[8],
            parent=r[1],
            further_parents=tuple(f),
            indicators=tuple([indicator_from_json(d) for d in i]) if i else (),
            budget=dict(b) if b else {},
            extra=e,
        )
        for r, o, f, b, e, i in zip(rows, opds, further, budgets, extras, inds, strict=True)
    ]


# --- plan facts and review notes ---------------------------------------------------


def facts_row(plan: Plan) -> dict[str, Any]:
    return {
        "id": 1,
        "name": plan.name,
        "government": plan.government,
        "tingkat": plan.tingkat,
        "doc_type": plan.doc_type,
        "start_year": plan.start_year,
        "end_year": plan.end_year,
        "scheme": plan.scheme.to_text(),
    }


def plan_from_facts(row: Mapping[str, Any], where: str) -> Plan:
    """An empty plan with the stored facts; `where` names the file for the error message."""
    try:
        scheme = LevelScheme.parse(row["scheme"])
    except SchemeError as exc:
        raise StoreError(f"Skema level di berkas '{where}' rusak: {exc}") from exc
    return Plan(
        row["name"],
        row["government"],
        row["tingkat"],
        row["doc_type"],
        int(row["start_year"]),
        int(row["end_year"]),
        scheme,
    )


def review_row(note: ReviewNote) -> dict[str, Any]:
    return asdict(note)


def review_from_row(row: Mapping[str, Any]) -> ReviewNote:
    return ReviewNote(
        id=row["id"],
        node=row["node"],
        text=row["text"],
        author=row["author"],
        date=row["date"],
        status=row["status"],
        decision=row["decision"],
    )


# --- orders ---------------------------------------------------------------------------


def ordered_nodes(plan: Plan) -> list[tuple[Node, int]]:
    """Every node with its sibling index, each sibling list whole and in order."""
    out: list[tuple[Node, int]] = []
    seen: set[str | None] = set()
    for node in plan.nodes.values():
        p = node.parent
        if p in seen:
            continue
        seen.add(p)
        out.extend((plan.nodes[k], i) for i, k in enumerate(plan.children(p)))
    return out


# --- a whole plan as a blob (snapshots) ---------------------------------------------


def plan_to_blob(plan: Plan) -> bytes:
    """The whole plan as zlib-compressed JSON: node rows exactly as the nodes table holds them."""
    with paused_gc():
        return blob_from_rows(
            facts_row(plan),
            [node_values(n, i) for n, i in ordered_nodes(plan)],
            [review_row(r) for r in plan.reviews.values()],
        )


def blob_from_rows(
    facts: Mapping[str, Any], node_rows: Sequence[Sequence], reviews: Sequence[Mapping[str, Any]]
) -> bytes:
    """A snapshot blob from rows as the tables hold them (no node is encoded again)."""
    doc = {
        "format": SNAPSHOT_FORMAT,
        "facts": dict(facts),
        "node_columns": NODE_COLUMNS,
        "nodes": [list(r) for r in node_rows],
        "reviews": [dict(r) for r in reviews],
    }
    return zlib.compress(encode_json(doc).encode("utf-8"), 6)


def plan_from_blob(data: bytes, where: str) -> Plan:
    text = inflate(bytes(data), where)  # bounded: a blob built to unpack to gigabytes is refused
    try:
        with paused_gc():
            doc = json.loads(text.decode("utf-8"))
        if not isinstance(doc, dict):
            raise ValueError("not an object")
    except (UnicodeDecodeError, ValueError) as exc:
        raise StoreError(f"Revisi tersimpan di berkas '{where}' rusak dan tidak dapat dibaca.") from exc
    if doc.get("format", 0) > SNAPSHOT_FORMAT:
        raise StoreError(
            f"Revisi di berkas '{where}' dibuat oleh versi Pokin yang lebih baru. "
            "Perbarui Pokin untuk membukanya."
        )
    try:
        plan = plan_from_facts(doc["facts"], where)
        with paused_gc():
            plan.load_nodes(nodes_from_rows(doc["nodes"]))
        plan.reviews = {r["id"]: review_from_row(r) for r in doc["reviews"]}
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise StoreError(f"Revisi tersimpan di berkas '{where}' rusak: {exc}") from exc
    return plan
