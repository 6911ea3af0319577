"""A Renstra table T-C.27 (and an OPD's working file of the same kind) read into a plan.

Levels follow from the code (program `U.BB.PP`, kegiatan `U.BB.PP.L.KK`, sub
kegiatan `U.BB.PP.L.KK.SSSS`); urusan and bidang rows are headings, not
nodes. A parent is found by its code (the kegiatan whose code this sub
kegiatan extends), else the last node of the level above; programs hang under
the current Sasaran (or Tujuan). A row with only an indicator adds it to the
node above: T-C.27 merges the code and the name down over a node's indicator
rows. Tujuan becomes the OPD level *Tujuan PD* (the scheme gets that level
when the table has a Tujuan column in use), Sasaran becomes Sasaran Strategis PD.

Structural problems (no years, no OPD anywhere, no statement column) refuse
the file; a cell holding an Excel error such as `#REF!` is left empty, named in
the report and in the node's note, and the validator then reports the gap
(`missing-target`) on that node.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.model.levels import DEFAULT_LEVELS, LevelScheme
from app.model.plan import Indicator, Node, Plan

from .codes import join_parts, kind_of, normalise, parent_code
from .errors import Problem, WorkbookError
from .report import ImportOptions, ImportReport
from .tc27_columns import Tc27Columns
from .values import as_list, as_text, as_value, parse_number
from .xlsx import Sheet

TUJUAN_PD = "Tujuan PD"
SCHEME_WITH_TUJUAN_PD = LevelScheme(
    DEFAULT_LEVELS[:2] + (TUJUAN_PD,) + DEFAULT_LEVELS[2:], 2
)
_LEVEL = {"program": "Program", "kegiatan": "Kegiatan", "sub kegiatan": "Sub Kegiatan"}
_PREFIX = {"program": "P", "kegiatan": "K", "sub kegiatan": "SK"}
_ERROR = re.compile(r"^#(?:REF!|N/A|VALUE!|DIV/0!|NAME\?|NUM!|NULL!)$")
_UNIT_SUFFIX = re.compile(r"^\s*([-+]?\d[\d.,]*)\s*(%|[A-Za-z][\w/ .]{0,20})\s*$")
_GOVERNMENT = re.compile(r"\b(KOTA|KABUPATEN|PROVINSI)\s+([A-Z][A-Za-z .'-]{2,40})", re.I)
_EMPTY = ("", "0", "-")


def _text(value: object) -> str:
    text = as_text(value)
    return " ".join(text.split()) if "\n" in text or "  " in text else text


class Tc27Reader:
    """One sheet, its columns (as analysed, maybe changed by the planner), and the options."""

    def __init__(self, path: Path, sheet: Sheet, cols: Tc27Columns, options: ImportOptions,
                 keys: set[str] | None = None) -> None:
        self.keys = keys if keys is not None else set()  # shared by the sheets of one book
        self.path = path
        self.sheet = sheet
        self.cols = cols
        self.options = options
        self.report = ImportReport("tc27", sheet.name)
        self.label = cols.labels

    def read(self, limit: int | None = None) -> tuple[Plan, ImportReport]:
        """The plan; `limit` stops after that many data rows (the dialog's preview)."""
        cols = self.cols
        problems: list[Problem] = []
        years = self._years(problems)
        opd_col = cols.fields.get("opd")
        if opd_col is None and not self.options.opd:
            problems.append(Problem(self.sheet.name, cols.header_rows[0], None,
                                    "tabel tidak menyebut perangkat daerah: beri --opd NAMA "
                                    "(atau pilih di dialog impor)"))
        if "statement" not in cols.fields:
            problems.append(Problem(self.sheet.name, cols.header_rows[0], "Program dan Kegiatan",
                                    "kolom nama program dan kegiatan tidak ditemukan"))
        if problems:
            raise WorkbookError(self.path, problems)
        assert years is not None
        start, end, by_header = years
        uses_tujuan = self._uses("tujuan")
        scheme = SCHEME_WITH_TUJUAN_PD if uses_tujuan else LevelScheme.default()
        plan = Plan(name="", government=self._government(),
                    tingkat="kota", doc_type="Renstra", start_year=start, end_year=end, scheme=scheme)
        nodes = self._rows(by_header, scheme, limit)
        plan.load_nodes(nodes)
        opds = plan.opds()
        who = opds[0] if len(opds) == 1 else ""
        plan.name = f"Renstra {who} {start}-{end}".replace("  ", " ")
        if "kabupaten" in plan.government.casefold():
            plan.tingkat = "kabupaten"
        for name, c in cols.fields.items():
            self.report.columns[name] = self.label.get(c, "")
        return plan, self.report

    # --- what the table says, or the planner ---------------------------------------

    def _years(self, problems: list[Problem]) -> tuple[int, int, dict[int, int]] | None:
        cols = self.cols
        keys = sorted(set(cols.targets) | set(cols.budgets))
        given = self.options.years
        if cols.ordinal_years or not keys:
            if given is None:
                problems.append(Problem(self.sheet.name, cols.header_rows[0], None,
                                        "tahun rencana tidak tertulis di tabel (judulnya 'Tahun 1', "
                                        "...): beri --years AWAL-AKHIR, mis. --years 2025-2029"))
                return None
            start, end = given
            return start, end, {k: start + k - 1 for k in keys}
        start, end = min(keys), max(keys)
        if given is not None and given != (start, end):
            self.report.note(cols.header_rows[0], None,
                             f"tahun di judul kolom ({start}-{end}) dipakai, bukan --years "
                             f"{given[0]}-{given[1]}")
        return start, end, {k: k for k in keys}

    def _government(self) -> str:
        first = self.cols.header_rows[0]
        for number, values in self.sheet.rows:
            if number >= first:
                break
            for v in values:
                m = _GOVERNMENT.search(as_text(v))
                if m:
                    return f"{m.group(1).title()} {m.group(2).strip().title()}"
        return "(belum diisi)"

    def _uses(self, name: str) -> bool:
        c = self.cols.fields.get(name)
        if c is None:
            return False
        first = self.cols.first_data_row
        return any(number >= first and c < len(v) and as_text(v[c]) not in _EMPTY
                   for number, v in self.sheet.rows)

    # --- the rows -----------------------------------------------------------------

    def _rows(self, years: dict[int, int], scheme: LevelScheme, limit: int | None) -> list[Node]:
        cols = self.cols
        f = cols.fields
        c_tujuan, c_sasaran, c_code = f.get("tujuan"), f.get("sasaran"), f.get("code")
        c_statement, c_indicator, c_satuan = f.get("statement"), f.get("indicator"), f.get("satuan")
        c_baseline, c_opd, c_lokasi, c_note = (f.get(k) for k in ("baseline", "opd", "lokasi", "keterangan"))
        parts = cols.code_parts
        targets = [(years[k], c) for k, c in sorted(cols.targets.items())]
        budgets = [(years[k], c) for k, c in sorted(cols.budgets.items())]
        tujuan_level = TUJUAN_PD if TUJUAN_PD in scheme.names else None
        nodes: list[Node] = []
        keys = self.keys
        by_code: dict[str, Node] = {}
        current: dict[str, Node | None] = {"tujuan": None, "sasaran": None, "program": None,
                                           "kegiatan": None}
        last: Node | None = None
        last_parts: list[object] = [None] * len(parts)
        opds = (self.options.opd,) if self.options.opd else ()
        report = self.report
        label = self.label
        read = 0

        def cell(values: list[object], c: int | None) -> object:
            return values[c] if c is not None and c < len(values) else None

        def new_key(prefix: str, code: str = "") -> str:
            base = f"{prefix}-{code}" if code else f"{prefix}-{len(keys) + 1}"
            key, n = base, 2
            while key in keys:
                key, n = f"{base}-{n}", n + 1
            keys.add(key)
            return key

        for number, values in self.sheet.rows:
            if number < cols.first_data_row:
                continue
            if limit is not None and read >= limit:
                break
            read += 1
            if c_opd is not None:
                named = as_list(cell(values, c_opd))
                opds = tuple(" ".join(o.split()) for o in named) or opds
            made: Node | None = None
            tujuan = _text(cell(values, c_tujuan))
            if tujuan not in _EMPTY and tujuan_level and (
                current["tujuan"] is None or current["tujuan"].statement != tujuan
            ):
                made = Node(new_key("TPD"), tujuan_level, tujuan, opds=opds)
                current.update(tujuan=made, sasaran=None, program=None, kegiatan=None)
                nodes.append(made)
            sasaran = _text(cell(values, c_sasaran))
            if sasaran not in _EMPTY and (current["sasaran"] is None or current["sasaran"].statement != sasaran):
                parent = current["tujuan"]
                made = Node(new_key("SS"), "Sasaran Strategis PD", sasaran,
                            opds=opds, parent=parent.key if parent else None)
                current.update(sasaran=made, program=None, kegiatan=None)
                nodes.append(made)
            if c_code is not None:
                code = normalise(cell(values, c_code))
            else:  # split code: a row may leave its parents' parts to the rows above
                pieces = [cell(values, c) for c in parts]
                filled = [i for i, v in enumerate(pieces) if as_text(v)]
                if filled and filled[0] > 0:
                    pieces[: filled[0]] = last_parts[: filled[0]]
                if filled:
                    last_parts = pieces[: filled[-1] + 1] + [None] * (len(pieces) - filled[-1] - 1)
                code = join_parts(pieces)
            statement = _text(cell(values, c_statement))
            if code or statement not in _EMPTY:
                kind = kind_of(code)
                if kind in ("urusan", "bidang"):
                    report.skip(number, label.get(c_code if c_code is not None else parts[0]),
                                f"baris {kind} {code} adalah judul kelompok, bukan simpul")
                    last = None
                    continue
                if kind is None and not code and last is not None and statement == last.statement:
                    kind = "same"
                elif kind is None:
                    kind = _kind_from_words(statement)
                if kind == "same" or (last is not None and code and code == last.code and
                                      statement in (*_EMPTY, last.statement)):
                    pass  # the node above again (its code repeated on each indicator row)
                elif kind is None:
                    report.skip(number, label.get(c_statement),
                                "baris tanpa kode yang dikenali: levelnya tidak dapat ditentukan"
                                + (f" (kode '{code}')" if code else ""))
                    last = None
                    continue
                else:
                    parent = self._parent(kind, code, by_code, current)
                    made = Node(new_key(_PREFIX[kind], code), _LEVEL[kind], statement or code,
                                opds=opds, code=code,
                                parent=parent.key if parent else None)
                    nodes.append(made)
                    if code:
                        by_code[code] = made
                    current[kind if kind != "sub kegiatan" else "_sub"] = made
                    if kind == "program":
                        current["kegiatan"] = None
            if made is not None:
                last = made
            node = last
            if node is None:
                if any(as_text(v) for v in values):
                    report.skip(number, None, "baris ini tidak berada di bawah simpul mana pun")
                continue
            if made is not None:
                self._budget(node, number, values, budgets)
                lokasi = _text(cell(values, c_lokasi))
                if lokasi not in _EMPTY:
                    node.extra["Lokasi"] = lokasi
                note = _text(cell(values, c_note))
                if note not in _EMPTY:
                    node.notes = note
            name = _text(cell(values, c_indicator))
            if name not in _EMPTY:
                node.indicators = node.indicators + (
                    self._indicator(node, number, name, values, c_satuan, c_baseline, targets),)
            elif made is None and any(as_text(v) for v in values):
                report.skip(number, None, "baris tanpa indikator dan tanpa simpul baru")
        report.rows_read = read
        return nodes

    def _parent(self, kind: str, code: str, by_code: dict[str, Node],
                current: dict[str, Node | None]) -> Node | None:
        if kind == "program":
            return current["sasaran"] or current["tujuan"]
        if code:
            found = by_code.get(parent_code(code))
            if found is not None:
                return found
        return current["program"] if kind == "kegiatan" else current["kegiatan"]

    def _budget(self, node: Node, number: int, values: list[object], budgets: list[tuple[int, int]]) -> None:
        for year, c in budgets:
            raw = values[c] if c < len(values) else None
            if raw is None or as_text(raw) in ("", "-"):
                continue
            if isinstance(raw, str) and _ERROR.match(raw.strip()):
                self._error(node, number, c, raw)
                continue
            amount = parse_number(raw) if not isinstance(raw, (int, float)) else float(raw)
            if amount is None:
                self.report.note(number, self.label.get(c), f"pagu '{as_text(raw)}' bukan angka: dilewati")
            else:
                node.budget[year] = amount

    def _indicator(self, node: Node, number: int, name: str, values: list[object],
                   c_satuan: int | None, c_baseline: int | None,
                   targets: list[tuple[int, int]]) -> Indicator:
        satuan = _text(values[c_satuan]) if c_satuan is not None and c_satuan < len(values) else ""
        if satuan in _EMPTY:
            satuan = ""
        found: dict[int, object] = {}
        units: list[str] = []
        for year, c in targets:
            raw = values[c] if c < len(values) else None
            value = self._value(node, number, c, raw, units)
            if value is not None:
                found[year] = value
        baseline = None
        if c_baseline is not None and c_baseline < len(values):
            baseline = self._value(node, number, c_baseline, values[c_baseline], units)
        if not satuan and units:
            satuan = units[0]
        jenis = "output" if node.level in ("Kegiatan", "Sub Kegiatan") else "outcome"
        return Indicator(name=name, jenis=jenis, satuan=satuan, baseline=baseline, targets=found)

    def _value(self, node: Node, number: int, c: int, raw: object, units: list[str]) -> object:
        if raw is None:
            return None
        if isinstance(raw, str):
            text = raw.strip()
            if not text or text == "-":
                return None
            if _ERROR.match(text):
                self._error(node, number, c, text)
                return None
            m = _UNIT_SUFFIX.match(text)
            if m and parse_number(m.group(1)) is not None:
                units.append(m.group(2).strip())
                return parse_number(m.group(1))
        return as_value(raw)

    def _error(self, node: Node, number: int, c: int, text: str) -> None:
        column = self.label.get(c, f"kolom {c + 1}")
        self.report.note(number, column, f"sel berisi {text.strip()}: dibiarkan kosong pada "
                                         f"simpul '{node.key}'")
        mark = f"Impor: {column} baris {number} berisi {text.strip()}."
        node.notes = f"{node.notes} {mark}".strip() if mark not in node.notes else node.notes


def _kind_from_words(statement: str) -> str | None:
    low = statement.casefold()
    if low.startswith("sub kegiatan"):
        return "sub kegiatan"
    if low.startswith("kegiatan"):
        return "kegiatan"
    if low.startswith("program"):
        return "program"
    return None
