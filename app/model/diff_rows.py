"""A comparison as rows of the "matriks perubahan": one row per change, in words planners use.

The workbook, the PDF, the command line and the editor's table all show the
same rows, so they are made once, here, as plain data. Values stay raw
(numbers stay numbers, for the workbook); `format_value` writes them the
Indonesian way for text.

Rows follow the tree: the plan's own facts first, then the nodes in the new
plan's display order (a node's move first, then its fields in `FIELD_ORDER`),
then removed nodes in the old plan's order. An added node also lists its
indicators with their targets, since evaluators judge a new node by them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.util.indonesian import format_value

from .diff import FIELD_ORDER, ORDER, IndicatorChange, NodeChange, PlanDiff
from .plan import Indicator, Node, Plan

ADDED, REMOVED, MOVED, CHANGED = "Ditambah", "Dihapus", "Dipindah", "Diubah"
KINDS = (ADDED, REMOVED, MOVED, CHANGED)

FIELD_LABELS = {
    "statement": "Pernyataan Kinerja",
    "opds": "Perangkat Daerah",
    "code": "Kode",
    "indicators": "Indikator",
    "level": "Level",
    "further_parents": "Induk Lain",
    "position": "Penanggung Jawab",
    "notes": "Keterangan",
    "budget": "Pagu",
    "extra": "Kolom Tambahan",
    ORDER: "Urutan",
    "parent": "Induk",
}
PLAN_LABELS = {
    "name": "Nama Rencana",
    "government": "Pemerintah Daerah",
    "tingkat": "Tingkat",
    "doc_type": "Jenis Dokumen",
    "start_year": "Tahun Awal",
    "end_year": "Tahun Akhir",
    "scheme": "Skema Level",
}
INDICATOR_LABELS = {
    "jenis": "Jenis",
    "satuan": "Satuan",
    "polaritas": "Polaritas",
    "baseline": "Baseline",
    "baseline_year": "Tahun Baseline",
    "definition": "Definisi",
    "formula": "Formula",
    "data_source": "Sumber Data",
    "reporting_period": "Periode Pelaporan",
    "data_owner": "Penanggung Jawab Data",
}

Raw = str | int | float | None


@dataclass(frozen=True)
class ChangeRow:
    """One line of the matriks perubahan. `key` is empty for a change of the plan's own facts."""

    kind: str  # one of KINDS
    key: str
    level: str
    opd: str
    old_statement: str
    new_statement: str
    field: str  # Bidang, in Indonesian ("" for a node added or removed whole)
    old_value: Raw
    new_value: Raw


def change_rows(diff: PlanDiff, old: Plan, new: Plan) -> list[ChangeRow]:
    """Every change of `diff` (made from `old` to `new`) as rows, in tree order."""
    rows = [
        ChangeRow(CHANGED, "", "Rencana", "", "", "", PLAN_LABELS.get(name, name),
                  _fact(a), _fact(b))
        for name, (a, b) in diff.plan.items()
    ]
    added = set(diff.added)
    moves = {m.node: m for m in diff.moved}
    changes = {c.node: c for c in diff.changed}
    for key in new.walk():
        if key in added:
            n = new[key]
            rows.append(_row(ADDED, None, n, FIELD_LABELS["parent"], None,
                             _describe(new, n.parent)))
            rows.extend(_row(ADDED, None, n, FIELD_LABELS["indicators"], None,
                             describe_indicator(i)) for i in n.indicators)
            continue
        move = moves.get(key)
        if move is not None:
            rows.append(_row(MOVED, old[key], new[key], FIELD_LABELS["parent"],
                             _describe(old, move.old_parent), _describe(new, move.new_parent)))
        change = changes.get(key)
        if change is not None:
            rows.extend(_field_rows(change, old, new))
    removed = set(diff.removed)
    for key in old.walk():
        if key in removed:
            n = old[key]
            rows.append(_row(REMOVED, n, None, FIELD_LABELS["parent"],
                             _describe(old, n.parent), None))
    return rows


def _row(kind: str, a: Node | None, b: Node | None, field: str, old: Raw, new: Raw) -> ChangeRow:
    node = b if b is not None else a
    assert node is not None
    return ChangeRow(
        kind, node.key, node.level, "; ".join(node.opds),
        a.statement if a is not None else "", b.statement if b is not None else "",
        field, old, new,
    )


def _field_rows(change: NodeChange, old: Plan, new: Plan) -> list[ChangeRow]:
    a, b = old[change.node], new[change.node]
    out: list[ChangeRow] = []
    for name in sorted(change.fields, key=FIELD_ORDER.index):
        label = FIELD_LABELS.get(name, name)
        if name == "indicators":
            if not change.indicators:
                out.append(_row(CHANGED, a, b, "Urutan indikator",
                                "; ".join(i.name for i in a.indicators),
                                "; ".join(i.name for i in b.indicators)))
            for ic in change.indicators:
                out.extend(_indicator_rows(a, b, ic))
        elif name == "budget":
            for year in sorted(set(a.budget) | set(b.budget)):
                if a.budget.get(year) != b.budget.get(year):
                    out.append(_row(CHANGED, a, b, f"Pagu {year}",
                                    a.budget.get(year), b.budget.get(year)))
        elif name == "extra":
            for col in sorted(set(a.extra) | set(b.extra)):
                if a.extra.get(col) != b.extra.get(col):
                    out.append(_row(CHANGED, a, b, f"{label}: {col}",
                                    a.extra.get(col), b.extra.get(col)))
        elif name == ORDER:
            out.append(_row(CHANGED, a, b, label, f"ke-{old.index_in_parent(a.key) + 1}",
                            f"ke-{new.index_in_parent(b.key) + 1}"))
        elif name == "statement":
            out.append(_row(CHANGED, a, b, label, a.statement, b.statement))
        else:
            out.append(_row(CHANGED, a, b, label, _text(getattr(a, name)),
                            _text(getattr(b, name))))
    return out


def _indicator_rows(a: Node, b: Node, ic: IndicatorChange) -> list[ChangeRow]:
    if ic.kind == "added":
        assert ic.new is not None
        return [_row(CHANGED, a, b, "Indikator ditambah", None, describe_indicator(ic.new))]
    if ic.kind == "removed":
        assert ic.old is not None
        return [_row(CHANGED, a, b, "Indikator dihapus", describe_indicator(ic.old), None)]
    assert ic.old is not None and ic.new is not None
    out = [
        _row(CHANGED, a, b, f"{INDICATOR_LABELS.get(f, f)} indikator: {ic.name}",
             _raw(getattr(ic.old, f)), _raw(getattr(ic.new, f)))
        for f in ic.fields if f != "targets"
    ]
    out.extend(
        _row(CHANGED, a, b, f"Target {year} indikator: {ic.name}", _raw(t0), _raw(t1))
        for year, (t0, t1) in ic.targets.items()
    )
    return out


def describe_indicator(ind: Indicator) -> str:
    """Name, unit and targets of an indicator in one line."""
    parts = [ind.name]
    if ind.satuan:
        parts[0] += f" ({ind.satuan})"
    if ind.targets:
        parts.append(", ".join(f"{y}: {format_value(v)}" for y, v in sorted(ind.targets.items())))
    return "; target ".join(parts)


def _describe(plan: Plan, key: str | None) -> str:
    if key is None:
        return "(tingkat teratas)"
    node = plan.get(key)
    return f"{key} · {node.statement}" if node is not None else key


def _text(value: object) -> str:
    if isinstance(value, tuple | list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _raw(value: object) -> Raw:
    return value if value is None or isinstance(value, str | int | float) else str(value)


def _fact(value: object) -> Raw:
    to_text = getattr(value, "to_text", None)
    return to_text() if callable(to_text) else _raw(value)
