"""Read an exchange workbook into a plan, all or nothing (contract section 1).

Structural problems (a missing sheet, column or key; a duplicate ID; a level
the scheme does not know; a year that is not a number; an empty required cell;
a value the model cannot hold, such as an unknown Polaritas) are all collected
and raised together as one `WorkbookError`, so the planner fixes the file in one
pass. Problems of content (a parent key that names no node, a node without an
indicator, a bad code) are imported as they are: the validator reports them and
the planner must be able to open a broken tree in order to fix it.

Decisions per field, beyond the contract:
- Jenis, Polaritas, Tingkat and Jenis Dokumen must be one of their known values
  (case ignored); an empty Polaritas means `naik`, an empty Jenis stays empty.
- An indicator row whose ID Node names no node cannot be kept: it is an error.
- Pagu cells must read as numbers; targets and baselines that do not are kept
  as text (the checks report what they can).
- Unknown Pohon columns become `node.extra` (empty cells are not stored);
  unknown Indikator and Rencana entries are ignored, except that without a
  `Baseline` column the first "Baseline ..." or "Kondisi Awal ..." column is used
  (and a year in its header, "Baseline 2023", is the baseline year of every row
  with a baseline, unless a `Tahun Baseline` column says otherwise).
- `Tahun Baseline` must read as a year (four digits); the manual IKU columns
  (Definisi, Formula, Sumber Data, Periode Pelaporan, Penanggung Jawab Data) are text.
- Text is trimmed; whole numbers in text columns lose their ".0" (ID 12 -> "12").
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from app.model.levels import LevelScheme, SchemeError
from app.model.plan import DOC_TYPES, JENIS, POLARITAS, TINGKAT, Indicator, Node, Plan, ReviewNote

from .book import Row, read_or_refuse, read_sheets
from .errors import Problem, WorkbookError
from .schema import (
    BUDGET_PREFIX,
    INDICATOR_COLUMNS,
    KEY_HEADER,
    NODE_COLUMNS,
    PLAN_KEYS,
    REQUIRED_INDICATOR_COLUMNS,
    REQUIRED_NODE_COLUMNS,
    REQUIRED_PLAN_KEYS,
    REQUIRED_REVIEW_COLUMNS,
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
from .values import as_list, as_text, as_value, as_year, parse_number

BASELINE_ALIASES = ("baseline", "kondisi awal", "kondisi kinerja awal")


def read_workbook(path: str | os.PathLike[str]) -> Plan:
    """The plan in an exchange workbook; `WorkbookError` lists every structural problem."""
    p = Path(path)
    return _Builder(p, read_or_refuse(p, read_sheets)).build()


def read_workbook_sheets(path: str | os.PathLike[str], sheets: dict[str, list[Row]]) -> Plan:
    """The plan in an exchange workbook whose cells were read already (the importer's path)."""
    return _Builder(Path(path), sheets).build()


@dataclass
class _Table:
    """One sheet's header (folded name -> column index) and its data rows."""

    sheet: str
    header_row: int
    columns: dict[str, int]
    names: dict[str, str]  # folded -> header as written
    rows: list[Row]
    years: dict[int, int] = field(default_factory=dict)  # Pagu/Target year -> column
    extra: dict[int, str] = field(default_factory=dict)  # column -> header of an unknown column

    @property
    def width(self) -> int:
        """Columns of a padded row: the header's, plus one spare that is always empty."""
        w = self.__dict__.get("_width")
        if w is None:
            used = list(self.columns.values()) + list(self.years.values()) + list(self.extra)
            w = self.__dict__["_width"] = max(used, default=-1) + 2
        return w

    def index(self, header: str) -> int:
        """The column of `header`, or the spare empty one when the sheet lacks it."""
        i = self.columns.get(fold(header))
        return self.width - 1 if i is None else i

    def padded(self, values: list[object]) -> list[object]:
        """`values` long enough for every index (cells past the last filled one are None)."""
        n = len(values)
        w = self.width
        if n < w:
            return values + [None] * (w - n)
        row = values[: w - 1]  # cells under no header are dropped; the spare stays empty
        row.append(None)
        return row

    def cell(self, values: list[object], name: str) -> object:
        i = self.columns.get(fold(name))
        return values[i] if i is not None and i < len(values) else None


def _is_year_column(header: str, prefix: str | None) -> bool:
    return prefix is not None and year_header(header, prefix)[0]


class _Builder:
    def __init__(self, path: Path, sheets: dict[str, list[Row]]) -> None:
        self.path = path
        self.sheets = {fold(name): (name, rows) for name, rows in sheets.items()}
        self.problems: list[Problem] = []

    def problem(self, sheet: str | None, row: int | None, column: str | None, msg: str) -> None:
        self.problems.append(Problem(sheet, row, column, msg))

    def build(self) -> Plan:
        plan = self._plan()
        nodes = self._nodes(plan.scheme)
        self._indicators(nodes, plan)
        reviews = self._reviews(nodes)
        if self.problems:
            raise WorkbookError(self.path, self.problems)
        plan.load_nodes(nodes.values())
        plan.reviews = reviews
        return plan

    # --- sheets and headers ---------------------------------------------------

    def _sheet(self, name: str, required: bool = True) -> tuple[str, list[Row]] | None:
        found = self.sheets.get(fold(name))
        if found is None and required:
            have = ", ".join(f"'{n}'" for n, _ in self.sheets.values()) or "tidak ada"
            self.problem(name, None, None, f"lembar ini tidak ada (lembar yang ada: {have})")
        return found

    def _table(
        self,
        name: str,
        known: dict[str, str],
        required: tuple[str, ...],
        year_prefix: str | None,
        sheet_required: bool = True,
    ) -> _Table | None:
        found = self._sheet(name, sheet_required)
        if found is None:
            return None
        sheet, rows = found
        if not rows:
            self.problem(sheet, None, None, "lembar kosong: baris judul kolom tidak ada")
            return None
        header_row, header = rows[0]
        table = _Table(sheet, header_row, {}, {}, rows[1:])
        known_folded = {fold(k): k for k in known}
        for i, raw in enumerate(header):
            text = as_text(raw)
            if not text:
                continue
            key = fold(text)
            if key in table.names and key not in known_folded and not _is_year_column(
                text, year_prefix
            ):
                # An unknown column twice is nobody's error: keep both, the second renamed.
                n = 2
                while fold(f"{text} ({n})") in table.names:
                    n += 1
                text = f"{text} ({n})"
                key = fold(text)
            if key in table.names:
                self.problem(sheet, header_row, text, f"kolom '{text}' muncul lebih dari sekali")
                continue
            if key in known_folded:
                table.columns[key] = i
                table.names[key] = text
                continue
            if year_prefix is not None:
                is_year, year = year_header(text, year_prefix)
                if is_year:
                    table.names[key] = text
                    if year is None:
                        self.problem(
                            sheet,
                            header_row,
                            text,
                            f"tahun pada judul kolom '{text}' bukan angka tahun "
                            f"(tulis seperti '{year_prefix} 2025')",
                        )
                    elif year in table.years:
                        self.problem(
                            sheet, header_row, text, f"kolom '{text}' muncul lebih dari sekali"
                        )
                    else:
                        table.years[year] = i
                    continue
            table.names[key] = text
            table.extra[i] = text
        missing = [c for c in required if fold(c) not in table.columns]
        for c in missing:
            self.problem(sheet, header_row, c, f"kolom wajib '{c}' tidak ada")
        return None if missing else table

    # --- Rencana ----------------------------------------------------------------

    def _plan(self) -> Plan:
        plan = Plan()
        found = self._sheet(SHEET_PLAN)
        if found is None:
            return plan
        sheet, rows = found
        key_col, value_col = 0, 1
        if rows and fold(rows[0][1][0] if rows[0][1] else None) == fold(KEY_HEADER):
            header_row, header = rows[0]
            folded = [fold(h) for h in header]
            if fold(VALUE_HEADER) not in folded:
                self.problem(sheet, header_row, VALUE_HEADER, f"kolom wajib '{VALUE_HEADER}' tidak ada")
                return plan
            key_col, value_col = folded.index(fold(KEY_HEADER)), folded.index(fold(VALUE_HEADER))
            rows = rows[1:]
        known = {fold(k): k for k in PLAN_KEYS}
        seen: dict[str, tuple[int, object]] = {}
        for number, values in rows:
            key = fold(values[key_col] if key_col < len(values) else None)
            if key not in known:
                continue  # unknown keys are someone else's notes
            if key in seen:
                self.problem(
                    sheet,
                    number,
                    known[key],
                    f"kunci '{known[key]}' sudah ada di baris {seen[key][0]}",
                )
                continue
            seen[key] = (number, values[value_col] if value_col < len(values) else None)

        def value(name: str) -> tuple[int | None, object]:
            return seen.get(fold(name), (None, None))

        for name in REQUIRED_PLAN_KEYS:
            row, raw = value(name)
            if row is None:
                self.problem(sheet, None, name, f"kunci wajib '{name}' tidak ada")
            elif not as_text(raw):
                self.problem(sheet, row, name, f"'{name}' wajib diisi")

        plan.name = as_text(value("Nama")[1])
        plan.government = as_text(value("Pemerintah Daerah")[1])
        row, raw = value("Tingkat")
        if row is not None and as_text(raw):
            plan.tingkat = self._choice(sheet, row, "Tingkat", raw, TINGKAT) or plan.tingkat
        row, raw = value("Jenis Dokumen")
        if row is not None and as_text(raw):
            plan.doc_type = self._choice(sheet, row, "Jenis Dokumen", raw, DOC_TYPES) or plan.doc_type
        else:
            plan.doc_type = ""  # optional: unknown rather than a guess printed on every page
        years = []
        for name in ("Tahun Awal", "Tahun Akhir"):
            row, raw = value(name)
            year = as_year(raw)
            if row is not None and as_text(raw) and year is None:
                self.problem(sheet, row, name, f"tahun '{as_text(raw)}' bukan angka tahun")
            years.append(year)
        start, end = years
        if start is not None and end is not None:
            if start > end:
                self.problem(
                    sheet,
                    value("Tahun Akhir")[0],
                    "Tahun Akhir",
                    f"Tahun Awal {start} lebih besar dari Tahun Akhir {end}",
                )
            else:
                plan.start_year, plan.end_year = start, end
        row, raw = value("Skema Level")
        if row is not None and as_text(raw):
            try:
                plan.scheme = LevelScheme.parse(as_text(raw))
            except SchemeError as exc:
                self.problem(sheet, row, "Skema Level", str(exc).rstrip(".").lower())
        return plan

    def _choice(
        self, sheet: str, row: int, column: str, raw: object, allowed: tuple[str, ...]
    ) -> str | None:
        """One of `allowed` matched case-insensitively, or a problem naming the choices."""
        text = as_text(raw)
        for option in allowed:
            if option.casefold() == text.casefold():
                return option
        choices = ", ".join(allowed)
        self.problem(sheet, row, column, f"nilai '{text}' tidak dikenal (pilih: {choices})")
        return None

    # --- Pohon --------------------------------------------------------------------

    def _nodes(self, scheme: LevelScheme) -> dict[str, Node]:
        nodes: dict[str, Node] = {}
        table = self._table(SHEET_NODES, NODE_COLUMNS, REQUIRED_NODE_COLUMNS, BUDGET_PREFIX)
        if table is None:
            return nodes
        sheet = table.sheet
        i_key, i_level, i_statement, i_parent, i_further, i_opds, i_position, i_code, i_notes = (
            table.index(h)
            for h in ("ID", "Level", "Pernyataan Kinerja", "Induk", "Induk Lain",
                      "Perangkat Daerah", "Penanggung Jawab", "Kode", "Keterangan")
        )
        id_name = table.names[fold("ID")]
        level_name = table.names[fold("Level")]
        statement_name = table.names[fold("Pernyataan Kinerja")]
        years = list(table.years.items())
        extras = list(table.extra.items())
        first_row: dict[str, int] = {}
        levels = ", ".join(scheme.names)
        canonical: dict[str, str | None] = {}
        for number, values in table.rows:
            row = table.padded(values)
            v = row[i_key]
            key = v.strip() if v.__class__ is str else as_text(v)
            if not key:
                self.problem(sheet, number, id_name, "ID kosong")
            elif key in first_row:
                self.problem(
                    sheet, number, id_name, f"ID '{key}' sudah dipakai di baris {first_row[key]}"
                )
                key = ""
            else:
                first_row[key] = number
            v = row[i_level]
            level_text = v.strip() if v.__class__ is str else as_text(v)
            level = canonical.get(level_text, "")
            if level == "":
                level = canonical[level_text] = scheme.canonical(level_text) if level_text else None
            if not level_text:
                self.problem(sheet, number, level_name, "Level kosong")
            elif level is None:
                self.problem(
                    sheet, number, level_name, f"level '{level_text}' tidak ada dalam skema ({levels})"
                )
            v = row[i_statement]
            statement = v.strip() if v.__class__ is str else as_text(v)
            if not statement:
                self.problem(sheet, number, statement_name, "Pernyataan Kinerja kosong")
            budget: dict[int, float] = {}
            for year, i in years:
                raw = row[i]
                if raw is None or raw == "":
                    continue
                amount = parse_number(raw)
                if amount is None:
                    header = table.names.get(fold(f"{BUDGET_PREFIX} {year}"), f"{BUDGET_PREFIX} {year}")
                    self.problem(sheet, number, header, f"pagu '{as_text(raw)}' bukan angka")
                else:
                    budget[year] = amount
            extra = {}
            for i, name in extras:
                if row[i] is not None:
                    text = as_text(row[i])
                    if text:
                        extra[name] = text
            if not key or level is None or not statement:
                continue
            nodes[key] = Node(
                key=key,
                level=level,
                statement=statement,
                opds=as_list(row[i_opds]) if row[i_opds] is not None else (),
                position=as_text(row[i_position]),
                code=as_text(row[i_code]),
                notes=as_text(row[i_notes]),
                parent=as_text(row[i_parent]) or None,
                further_parents=as_list(row[i_further]) if row[i_further] is not None else (),
                budget=budget,
                extra=extra,
            )
        return nodes

    # --- Indikator ----------------------------------------------------------------

    def _indicators(self, nodes: dict[str, Node], plan: Plan) -> None:
        table = self._table(
            SHEET_INDICATORS, INDICATOR_COLUMNS, REQUIRED_INDICATOR_COLUMNS, TARGET_PREFIX
        )
        if table is None:
            return
        sheet = table.sheet
        col = {attr: table.index(h) for h, attr in INDICATOR_COLUMNS.items()}
        name_of = {attr: table.names.get(fold(h), h) for h, attr in INDICATOR_COLUMNS.items()}
        header_year = None  # the year in a "Baseline 2023" header
        if fold("Baseline") not in table.columns:
            # Renstra tables often say "Baseline 2023" or "Kondisi Awal": take the first such column.
            for i, header in sorted(table.extra.items()):
                if fold(header).startswith(BASELINE_ALIASES):
                    col["baseline"], name_of["baseline"] = i, header
                    header_year = _year_in(header)
                    break
        if fold("Tahun Baseline") in table.columns:
            header_year = None  # the column says it row by row
        i_node, i_name, i_jenis, i_satuan, i_polaritas = (
            col[a] for a in ("node", "name", "jenis", "satuan", "polaritas")
        )
        i_baseline, i_baseline_year, i_definition, i_formula, i_source = (
            col[a] for a in ("baseline", "baseline_year", "definition", "formula", "data_source")
        )
        i_period, i_owner = col["reporting_period"], col["data_owner"]
        years = list(table.years.items())
        found: dict[str, list[Indicator]] = {}
        node_rows: set[str] | None = None
        jenis_of = {j: j for j in JENIS}
        polaritas_of = {p: p for p in POLARITAS}
        for number, values in table.rows:
            row = table.padded(values)
            v = row[i_node]
            key = v.strip() if v.__class__ is str else as_text(v)
            v = row[i_name]
            name = v.strip() if v.__class__ is str else as_text(v)
            ok = True
            if not key:
                self.problem(sheet, number, name_of["node"], "ID Node kosong")
                ok = False
            elif key not in nodes:
                if node_rows is None:
                    node_rows = self._node_keys_in_sheet()
                if key not in node_rows and fold(SHEET_NODES) in self.sheets:
                    # (without a Pohon sheet at all, that one problem says it for every row)
                    self.problem(
                        sheet, number, name_of["node"],
                        f"simpul '{key}' tidak ada di lembar '{SHEET_NODES}'",
                    )
                ok = False
            if not name:
                self.problem(sheet, number, name_of["name"], "nama Indikator kosong")
                ok = False
            jenis = ""
            raw = row[i_jenis]
            if raw is not None:
                text = as_text(raw)
                if text:
                    jenis = jenis_of.get(text.casefold()) or self._choice(
                        sheet, number, name_of["jenis"], raw, JENIS
                    ) or ""
                    ok = ok and bool(jenis)
            polaritas = "naik"
            raw = row[i_polaritas]
            if raw is not None:
                text = as_text(raw)
                if text:
                    polaritas = polaritas_of.get(text.casefold()) or self._choice(
                        sheet, number, name_of["polaritas"], raw, POLARITAS
                    ) or ""
                    ok = ok and bool(polaritas)
            baseline = as_value(row[i_baseline])
            baseline_year = header_year if baseline is not None else None
            raw = row[i_baseline_year]
            if raw is not None and as_text(raw):
                baseline_year = as_year(raw)
                if baseline_year is None:
                    self.problem(
                        sheet, number, name_of["baseline_year"],
                        f"'{as_text(raw)}' bukan tahun (tulis empat angka, mis. 2023)",
                    )
                    ok = False
            targets = {}
            for year, i in years:
                if row[i] is not None:
                    value = as_value(row[i])
                    if value is not None:
                        targets[year] = value
            if not ok:
                continue
            found.setdefault(key, []).append(
                Indicator(
                    name=name,
                    jenis=jenis,
                    satuan=as_text(row[i_satuan]),
                    polaritas=polaritas,
                    baseline=baseline,
                    targets=targets,
                    definition=as_text(row[i_definition]),
                    formula=as_text(row[i_formula]),
                    data_source=as_text(row[i_source]),
                    baseline_year=baseline_year,
                    reporting_period=as_text(row[i_period]),
                    data_owner=as_text(row[i_owner]),
                )
            )
        for key, indicators in found.items():
            nodes[key].indicators = tuple(indicators)

    def _node_keys_in_sheet(self) -> set[str]:
        """Every ID in Pohon, also of rows refused for other reasons (no second error for them)."""
        found = self.sheets.get(fold(SHEET_NODES))
        if not found or not found[1]:
            return set()
        header = [fold(h) for h in found[1][0][1]]
        if fold("ID") not in header:
            return set()
        i = header.index(fold("ID"))
        return {as_text(v[i]) for _, v in found[1][1:] if i < len(v) and as_text(v[i])}

    # --- Catatan Reviu (optional) -------------------------------------------------

    def _reviews(self, nodes: dict[str, Node]) -> dict[str, ReviewNote]:
        table = self._table(
            SHEET_REVIEWS, REVIEW_COLUMNS, REQUIRED_REVIEW_COLUMNS, None, sheet_required=False
        )
        out: dict[str, ReviewNote] = {}
        if table is None:
            return out
        for number, values in table.rows:
            fields = {attr: as_text(table.cell(values, h)) for h, attr in REVIEW_COLUMNS.items()}
            if not fields["id"]:
                self.problem(table.sheet, number, "ID", "ID catatan kosong")
                continue
            if fields["id"] in out:
                self.problem(table.sheet, number, "ID", f"ID catatan '{fields['id']}' sudah dipakai")
                continue
            fields["status"] = fields["status"] or "open"
            out[fields["id"]] = ReviewNote(**fields)
        return out


def _year_in(header: str) -> int | None:
    """The year a baseline header names ("Baseline 2023", "Kondisi Awal (2023)"), if any."""
    digits = "".join(c if c.isdigit() else " " for c in header).split()
    years = [as_year(d) for d in digits if len(d) == 4]
    return next((y for y in years if y is not None), None)
