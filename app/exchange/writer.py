"""Write a plan as an exchange workbook (contract section 1).

openpyxl in write-only mode streams rows straight to the file, which keeps a
20,000-node plan fast and small in memory. The file is written beside the
target and renamed over it only when complete, so an interrupted export never
leaves a half-written workbook where a good one was.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from app.model.plan import Node, Plan

from .schema import (
    BUDGET_PREFIX,
    INDICATOR_COLUMNS,
    KEY_HEADER,
    NODE_COLUMNS,
    PLAN_KEYS,
    REVIEW_COLUMNS,
    SHEET_INDICATORS,
    SHEET_NODES,
    SHEET_PLAN,
    SHEET_REVIEWS,
    TARGET_PREFIX,
    VALUE_HEADER,
    fold,
    year_header,
)

# Characters Excel cannot store in a cell (XML 1.0 control characters).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

# Column widths in Excel character units, by header; others get a default.
_WIDTHS = {
    "ID": 16,
    "Induk": 16,
    "Induk Lain": 18,
    "Level": 20,
    "Kode": 20,
    "Pernyataan Kinerja": 60,
    "Perangkat Daerah": 32,
    "Penanggung Jawab": 24,
    "Keterangan": 30,
    "ID Node": 16,
    "Indikator": 50,
    "Jenis": 10,
    "Satuan": 12,
    "Polaritas": 10,
    "Baseline": 12,
    "Tahun Baseline": 10,
    "Definisi": 30,
    "Formula": 30,
    "Sumber Data": 24,
    "Periode Pelaporan": 14,
    "Penanggung Jawab Data": 28,
    "Catatan": 50,
    "Penulis": 20,
    "Tanggal": 20,
    "Status": 10,
    "Keputusan": 40,
    KEY_HEADER: 22,
    VALUE_HEADER: 60,
}


def write_workbook(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write `plan` to `path` (.xlsx), replacing it atomically when it exists."""
    from openpyxl import Workbook  # lazy: keep `pokin validate` start-up lean

    target = Path(path)
    # Every row is made before openpyxl starts, so that a value that cannot be
    # written stops the export before any file (even a temporary one) exists.
    tables: list[tuple[str, list[str], list[list[object]]]] = []
    tables.append((SHEET_PLAN, [KEY_HEADER, VALUE_HEADER], _plan_rows(plan)))

    order = node_order(plan)
    budget_years = _years(plan, (plan.nodes[k].budget for k in order))
    extra_names = _extra_names(plan.nodes[k] for k in order)
    node_headers = (
        list(NODE_COLUMNS)
        + [f"{BUDGET_PREFIX} {y}" for y in budget_years]
        + extra_names
    )
    tables.append(
        (SHEET_NODES, node_headers, [_node_row(plan.nodes[k], budget_years, extra_names) for k in order])
    )

    target_years = _years(
        plan, (ind.targets for k in order for ind in plan.nodes[k].indicators)
    )
    ind_headers = (
        ["ID Node", "Indikator", "Jenis", "Satuan", "Polaritas", "Baseline", "Tahun Baseline"]
        + [f"{TARGET_PREFIX} {y}" for y in target_years]
        + ["Definisi", "Formula", "Sumber Data", "Periode Pelaporan", "Penanggung Jawab Data"]
    )
    assert set(ind_headers) >= set(INDICATOR_COLUMNS)
    tables.append(
        (
            SHEET_INDICATORS,
            ind_headers,
            [
                _indicator_row(k, ind, target_years)
                for k in order
                for ind in plan.nodes[k].indicators
            ],
        )
    )
    if plan.reviews:
        tables.append(
            (
                SHEET_REVIEWS,
                list(REVIEW_COLUMNS),
                [
                    [_clean(getattr(note, attr)) for attr in REVIEW_COLUMNS.values()]
                    for note in plan.reviews.values()
                ],
            )
        )

    def save(tmp: str) -> None:
        wb = Workbook(write_only=True)
        try:
            header_font = _bold_font()
            for title, headers, rows in tables:
                _sheet(wb, title, headers, rows, header_font)
            wb.save(tmp)
        except BaseException:
            _discard(wb)
            raise

    save_atomically(target, save)


def save_atomically(target: Path, save: Callable[[str], None]) -> None:
    """Have `save` write a workbook beside `target`, then rename it over `target`.

    An interrupted or failed save never leaves a half-written workbook where a
    good one was, nor a stray temporary file. The place is made and claimed
    before `save` runs, so a folder that cannot be written fails before openpyxl
    has opened anything. The file gets the mode a new file would get (temporary
    files are private) or, when it replaces one, the old file's mode.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~" + target.stem, suffix=".xlsx.part", dir=target.parent)
    os.close(fd)
    try:
        save(tmp)
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _discard(wb) -> None:
    """Close a write-only workbook that will not be saved, and drop its temporary files."""
    for ws in getattr(wb, "_sheets", []):
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # best effort while another error is raised
            pass
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            try:
                writer.cleanup()
            except Exception:
                pass


def _file_mode(target: Path) -> int:
    """The mode a new file would get (temp files are private by default), or the old file's."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def node_order(plan: Plan) -> list[str]:
    """Keys in display order, such that every sibling list is met in its own order.

    Reading the rows back appends each node to its parent's list, so this order
    is what makes a round trip keep sibling order. `Plan.walk()` gives it for any
    sound plan; for broken ones (nodes hanging below a cycle) it may repeat or
    misorder keys, and then the plan's own sibling-list order is used instead.
    """
    seen: set[str] = set()
    order: list[str] = []
    for key in plan.walk():
        if key not in seen:
            seen.add(key)
            order.append(key)
    if len(order) == len(plan.nodes) and _keeps_siblings(plan, order):
        return order
    return plan.ordered_keys()


def _keeps_siblings(plan: Plan, order: Sequence[str]) -> bool:
    met: dict[str | None, list[str]] = {}
    for key in order:
        met.setdefault(plan.nodes[key].parent, []).append(key)
    return all(
        kids == [k for k in plan.children(parent) if k in plan.nodes]
        for parent, kids in met.items()
    )


def _years(plan: Plan, maps: Iterable[dict[int, object]]) -> list[int]:
    """The plan's years, then any other year some value is kept for (sorted)."""
    extra: set[int] = set()
    period = set(plan.years)
    for m in maps:
        for y in m:
            if y not in period:
                extra.add(y)
    return list(plan.years) + sorted(extra)


def _extra_names(nodes: Iterable[Node]) -> list[str]:
    """Unknown columns kept on nodes, in first-seen order, minus names the format owns."""
    names: dict[str, None] = {}
    taken = {fold(h) for h in NODE_COLUMNS}
    for node in nodes:
        for name in node.extra:
            if fold(name) in taken or year_header(name, BUDGET_PREFIX)[0]:
                continue
            names.setdefault(name, None)
    return list(names)


def _plan_rows(plan: Plan) -> list[list[object]]:
    rows: list[list[object]] = []
    for key, attr in PLAN_KEYS.items():
        value = getattr(plan, attr)
        if attr == "scheme":
            value = value.to_text()
        rows.append([key, _clean(value)])
    return rows


def _node_row(node: Node, budget_years: list[int], extra: list[str]) -> list[object]:
    row: list[object] = [
        _clean(node.key),
        _clean(node.parent or ""),
        _clean("; ".join(node.further_parents)),
        _clean(node.level),
        _clean(node.code),
        _clean(node.statement),
        _clean("; ".join(node.opds)),
        _clean(node.position),
        _clean(node.notes),
    ]
    row.extend(_clean(node.budget.get(y)) for y in budget_years)
    row.extend(_clean(node.extra.get(name)) for name in extra)
    return row


def _indicator_row(key: str, ind: object, target_years: list[int]) -> list[object]:
    row: list[object] = [
        _clean(key),
        _clean(ind.name),
        _clean(ind.jenis),
        _clean(ind.satuan),
        _clean(ind.polaritas),
        _clean(ind.baseline),
        _clean(ind.baseline_year),
    ]
    row.extend(_clean(ind.targets.get(y)) for y in target_years)
    row.extend([_clean(ind.definition), _clean(ind.formula), _clean(ind.data_source),
                _clean(ind.reporting_period), _clean(ind.data_owner)])
    return row


def _clean(value: object) -> object:
    """A value openpyxl stores as it is: numbers stay numbers, text stays text.

    Text starting with '=' would become a formula in openpyxl, so it is marked
    as a plain string; characters XML cannot hold are dropped.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if float(f"{value:.16g}") != value:
            # openpyxl writes 16 significant digits; keep every bit of this one.
            return _ExactNumber(repr(value))
        return value
    text = _ILLEGAL.sub("", str(value))
    if text.startswith("="):
        return _TextCell(text)
    return text


class _TextCell(str):
    """Marks a string that must be stored as text even though it looks like a formula."""


class _ExactNumber(str):
    """A float's shortest exact digits, stored as a number cell."""


def _sheet(wb, title: str, headers: list[str], rows: list[list[object]], font) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    # A filter on every column: planners sort and filter by OPD, level, code.
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    for i, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(header, 14)
    cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font = font
        cells.append(c)
    ws.append(cells)
    for row in rows:
        if any(isinstance(v, (_TextCell, _ExactNumber)) for v in row):
            row = [_typed_cell(ws, v) if isinstance(v, str) else v for v in row]
        ws.append(row)


def _typed_cell(ws, text: str):
    """A cell whose type openpyxl must not guess: formula-like text, or exact number digits."""
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws, value=str(text))
    c.data_type = "n" if isinstance(text, _ExactNumber) else "s"
    return c


def _bold_font():
    from openpyxl.styles import Font

    return Font(bold=True)
