"""A staircase *tabel cascading* read into a plan: one column pair per level, a node where its cell is.

`Level 1 | Indikator Kinerja | Level 2 | Indikator Kinerja | ...` (or the level
names themselves as headers). A node's statement stands in its level's column;
its parent is the last node met in the column pair to the left. A parent may
be one cell merged down over its children's rows (the hand-made variant) or
repeat on the first child's row: both read the same, since only a merged
range's first cell holds text. Several indicators in one cell are split on
`<hr>`, line breaks, `;`, or numbering (`1.`, `2)`, `a.`), and a trailing
`(satuan)` or `- satuan` is not guessed at: the unit stays empty and the
validator asks for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.model.levels import LevelScheme
from app.model.plan import Indicator, Node, Plan

from .errors import Problem, WorkbookError
from .html_table import HR
from .report import ImportOptions, ImportReport
from .tc27_columns import header_text
from .values import as_text
from .xlsx import Sheet

MAX_HEADER_SCAN = 15
_NUMBERING = re.compile(r"(?:^|\s)(?:\d{1,2}|[a-z])[.)]\s+")
_LEADING_NUMBER = re.compile(r"^(?:\d{1,2}|[a-z])[.)]\s+")


@dataclass
class StairColumns:
    sheet: str
    header_row: int
    levels: list[tuple[str, int, int | None]]  # (level name, statement column, indicator column)


def analyse(sheet: Sheet, scheme: LevelScheme | None = None) -> StairColumns | None:
    """The level columns of a staircase table, or None when this sheet is not one."""
    scheme = scheme or LevelScheme.default()
    for number, values in sheet.rows[:MAX_HEADER_SCAN]:
        texts = [header_text(v) for v in values]
        indicator_cols = [i for i, t in enumerate(texts) if "indikator" in t.casefold()]
        if len(indicator_cols) < 2:
            continue
        levels: list[tuple[str, int, int | None]] = []
        for i in indicator_cols:
            j = i - 1
            while j >= 0 and not texts[j]:
                j -= 1
            if j < 0 or "indikator" in texts[j].casefold():
                continue
            levels.append((texts[j], j, i))
        if len(levels) >= 2:
            names = _level_names([name for name, _, _ in levels], scheme)
            return StairColumns(sheet.name, number,
                                [(n, s, i) for n, (_, s, i) in zip(names, levels, strict=True)])
    return None


def _level_names(headers: list[str], scheme: LevelScheme) -> list[str]:
    """Level names from the headers when they are the scheme's, else the scheme's from the top."""
    canon = [scheme.canonical(h) for h in headers]
    if all(canon) and len(set(canon)) == len(canon):
        return [c for c in canon if c]
    names = list(scheme.names)
    if len(headers) <= len(names):
        return names[: len(headers)]
    return [f"Level {i}" for i in range(1, len(headers) + 1)]


def split_indicators(text: str) -> list[str]:
    """Several indicators written in one cell, one by one."""
    if not text:
        return []
    if HR in text:
        pieces = text.split(HR)
    elif "\n" in text:
        pieces = text.split("\n")
    elif ";" in text:
        pieces = text.split(";")
    elif len(_NUMBERING.findall(text)) >= 2:
        pieces = _NUMBERING.split(text)
    else:
        pieces = [text]
    out = []
    for piece in pieces:
        piece = " ".join(_LEADING_NUMBER.sub("", piece.strip()).split()).strip(" -•·;")
        if piece:
            out.append(piece)
    return out


class StaircaseReader:
    def __init__(self, path: Path, sheet: Sheet, cols: StairColumns, options: ImportOptions) -> None:
        self.path = path
        self.sheet = sheet
        self.cols = cols
        self.options = options
        self.report = ImportReport("staircase", sheet.name)

    def read(self, limit: int | None = None) -> tuple[Plan, ImportReport]:
        cols = self.cols
        default = LevelScheme.default()
        names = tuple(n for n, _, _ in cols.levels)
        if all(default.canonical(n) for n in names) and len(names) <= len(default.names):
            scheme = default
        else:
            try:
                scheme = LevelScheme(names, min(2, len(names) - 1))
            except ValueError as exc:
                raise WorkbookError(self.path, [Problem(cols.sheet, cols.header_row, None, str(exc))]) from exc
        start, end = self.options.years or (Plan().start_year, Plan().end_year)
        plan = Plan(name="", government="(belum diisi)", tingkat="kota",
                    doc_type="", start_year=start, end_year=end, scheme=scheme)
        first_opd = scheme.first_opd
        opd = self.options.opd
        # Each column's level as the scheme names it: an OPD's own table often starts at
        # Program, so a column's depth in the table is not its depth in the scheme.
        column_levels = [scheme.canonical(name) or name for name, _, _ in cols.levels]
        owned = [scheme.index(name) >= first_opd for name in column_levels]
        last_at: list[Node | None] = [None] * len(cols.levels)
        nodes: list[Node] = []
        read = 0
        for number, values in self.sheet.rows:
            if number <= cols.header_row:
                continue
            if limit is not None and read >= limit:
                break
            read += 1
            made_any = False
            for depth, (level, s_col, i_col) in enumerate(cols.levels):
                statement = as_text(values[s_col]) if s_col < len(values) else ""
                statement = " ".join(statement.replace(HR, " ").split())
                indicators = as_text(values[i_col]) if i_col is not None and i_col < len(values) else ""
                if not statement:
                    if indicators and last_at[depth] is not None:
                        node = last_at[depth]
                        node.indicators += tuple(Indicator(name=n) for n in split_indicators(indicators))
                        made_any = True
                    continue
                parent = next((last_at[d] for d in range(depth - 1, -1, -1) if last_at[d]), None)
                if depth > 0 and parent is None:
                    self.report.skip(number, level, "simpul tanpa induk di kolom sebelah kirinya")
                node = Node(f"L{depth + 1}-{len(nodes) + 1}", column_levels[depth], statement,
                    opds=(opd,) if opd and owned[depth] else (),
                    parent=parent.key if parent else None,
                    indicators=tuple(Indicator(name=n) for n in split_indicators(indicators)))
                nodes.append(node)
                last_at[depth] = node
                for d in range(depth + 1, len(last_at)):
                    last_at[d] = None
                made_any = True
            if not made_any and any(as_text(v) for v in values):
                self.report.skip(number, None, "baris tanpa pernyataan di kolom level mana pun")
        plan.load_nodes(nodes)
        plan.name = f"Pohon Kinerja {start}-{end}"
        self.report.rows_read = read
        for name, s_col, i_col in cols.levels:
            self.report.columns[name] = f"kolom {s_col + 1}" + (f" dan {i_col + 1}" if i_col is not None else "")
        return plan, self.report
