"""Plan pieces as table rows and back, and a whole plan as one compressed blob.

The same row dicts serve the tables and the snapshot blob, so a snapshot and
the live file can never disagree about how a node is spelled on disk.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any

from app.model.levels import LevelScheme, SchemeError
from app.model.plan import Indicator, Node, Plan, ReviewNote

from .errors import StoreError

SNAPSHOT_FORMAT = 1


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _year_keys(data: Mapping[str, Any]) -> dict:
    """JSON object keys back to the years they were ("2025" -> 2025); other keys stay text."""
    out: dict = {}
    for k, v in data.items():
        try:
            out[int(k)] = v
        except ValueError:
            out[k] = v
    return out


# --- nodes and indicators ---------------------------------------------------------


def node_row(node: Node, order: int) -> dict[str, Any]:
    return {
        "key": node.key,
        "parent": node.parent,
        "ord": order,
        "level": node.level,
        "statement": node.statement,
        "opds": _dump(list(node.opds)),
        "position": node.position,
        "code": node.code,
        "notes": node.notes,
        "further_parents": _dump(list(node.further_parents)),
        "budget": _dump({str(k): v for k, v in node.budget.items()}),
        "extra": _dump(node.extra),
    }


def indicator_rows(node: Node) -> list[dict[str, Any]]:
    return [
        {
            "node": node.key,
            "ord": i,
            "name": ind.name,
            "jenis": ind.jenis,
            "satuan": ind.satuan,
            "polaritas": ind.polaritas,
            "baseline": _dump(ind.baseline),
            "targets": _dump({str(k): v for k, v in ind.targets.items()}),
            "definition": ind.definition,
            "formula": ind.formula,
            "data_source": ind.data_source,
        }
        for i, ind in enumerate(node.indicators)
    ]


def indicator_from_row(row: Mapping[str, Any]) -> Indicator:
    return Indicator(
        name=row["name"],
        jenis=row["jenis"],
        satuan=row["satuan"],
        polaritas=row["polaritas"],
        baseline=json.loads(row["baseline"]),
        targets=_year_keys(json.loads(row["targets"])),
        definition=row["definition"],
        formula=row["formula"],
        data_source=row["data_source"],
    )


def node_from_row(row: Mapping[str, Any], inds: Iterable[Indicator] = ()) -> Node:
    return Node(
        key=row["key"],
        level=row["level"],
        statement=row["statement"],
        opds=tuple(json.loads(row["opds"])),
        position=row["position"],
        code=row["code"],
        notes=row["notes"],
        parent=row["parent"],
        further_parents=tuple(json.loads(row["further_parents"])),
        indicators=tuple(inds),
        budget=_year_keys(json.loads(row["budget"])),
        extra=json.loads(row["extra"]),
    )


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


def sibling_orders(plan: Plan, keys: Iterable[str]) -> dict[str, int]:
    """Each key's index among its siblings, one pass per sibling list (not list.index per key)."""
    out: dict[str, int] = {}
    parents: set[str | None] = set()
    for k in keys:
        parents.add(plan.nodes[k].parent)
    for p in parents:
        for i, k in enumerate(plan.children(p)):
            out[k] = i
    return out


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
    doc = {
        "format": SNAPSHOT_FORMAT,
        "facts": facts_row(plan),
        "nodes": [
            {**node_row(n, i), "indicators": indicator_rows(n)} for n, i in ordered_nodes(plan)
        ],
        "reviews": [review_row(r) for r in plan.reviews.values()],
    }
    return zlib.compress(_dump(doc).encode("utf-8"), 6)


def plan_from_blob(data: bytes, where: str) -> Plan:
    try:
        doc = json.loads(zlib.decompress(data).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise StoreError(f"Revisi tersimpan di berkas '{where}' rusak dan tidak dapat dibaca.") from exc
    if doc.get("format", 0) > SNAPSHOT_FORMAT:
        raise StoreError(
            f"Revisi di berkas '{where}' dibuat oleh versi Pokin yang lebih baru. "
            "Perbarui Pokin untuk membukanya."
        )
    plan = plan_from_facts(doc["facts"], where)
    plan.load_nodes(
        node_from_row(row, (indicator_from_row(r) for r in row["indicators"]))
        for row in doc["nodes"]
    )
    plan.reviews = {r["id"]: review_from_row(r) for r in doc["reviews"]}
    return plan
