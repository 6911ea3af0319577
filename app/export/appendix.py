"""Appendices of the tree printout: the findings table, the crosscutting matrix, pengesahan.

Tables are laid out with the same text measure as the cards, so the page
count is known before drawing (the export dialog shows it) and the header row
repeats on every page. Only nodes that the printout draws are listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from app.geometry.fontmetrics import line_height, text_width, wrap
from app.model.plan import Plan

from .page_types import FindingsPage, MatrixPage, Page
from .paper import Frame, PdfOptions
from .print_card import PLACEHOLDER, wrap_words

SIZE = 8.0
PAD = 3.0
TITLE_H = 22.0
HEAD_FILL = "#E8F5E9"
GRID = "#B0BEC5"
INK = "#212121"
SEVERITY = {"error": "Galat", "warning": "Peringatan"}
SEVERITY_COLOUR = {"error": "#B71C1C", "warning": "#E65100"}
OPD_COL = 30.0
HAL_COL = 34.0
MATRIX_HEAD_MAX = 130.0


@dataclass
class Table:
    """Wrapped rows of one table: widths, header and each row's cell lines."""

    title: str
    widths: list[float]
    header: list[str]
    rows: list[list[list[str]]]  # row -> cell -> lines
    colours: list[str]  # per row, the colour of the first cell (severity)
    keys: list[str | None] = field(default_factory=list)  # per row, the node (its page is shown)

    def row_height(self, i: int) -> float:
        return max(len(c) for c in self.rows[i]) * line_height(SIZE) + 2 * PAD

    @property
    def header_height(self) -> float:
        return max(len(wrap(h, w - 2 * PAD, SIZE, True)) for h, w in zip(self.header, self.widths,
                                                                           strict=True)) * line_height(SIZE) + 2 * PAD

    def paginate(self, avail: float) -> list[tuple[int, int]]:
        """Row ranges [start, end) per page; a row taller than a page gets a page of its own."""
        out: list[tuple[int, int]] = []
        room = avail - TITLE_H - self.header_height
        start = 0
        used = 0.0
        for i in range(len(self.rows)):
            h = self.row_height(i)
            if used + h > room and i > start:
                out.append((start, i))
                start, used = i, 0.0
            used += h
        out.append((start, len(self.rows)))
        return out


def _cells(texts: Iterable[str], widths: list[float]) -> list[list[str]]:
    """Each cell's lines; a key or a rule name too long for its column breaks at its
    punctuation ("K-1.02.02." / "2.01"), never in the middle of a word."""
    return [[ln for part in t.split("\n") for ln in wrap_words(part, w - 2 * PAD, SIZE)] or [""]
            for t, w in zip(texts, widths, strict=True)]


class Tables:
    """The appendices asked for, built once for a plan and the printed nodes."""

    def __init__(self, plan: Plan, options: PdfOptions, keys: set[str] | None = None,
                 findings: list | None = None) -> None:
        self.plan = plan
        self.found = findings
        self.options = options
        self.keys = keys if keys is not None else set(plan.nodes)
        self.findings: Table | None = None
        self.matrix_items: list[tuple[str, dict[str, int]]] = []
        self.matrix_opds: list[str] = []
        self._width = 0.0
        self.head_h = MATRIX_HEAD_MAX

    # --- building ---------------------------------------------------------------

    def _findings_table(self, width: float) -> Table:
        """No, severity, rule, node (and its level), statement, message, and the page where
        the node's card is. On a narrow (portrait) page the level goes under the key."""
        from app.model.checks import check_plan

        every = self.found if self.found is not None else check_plan(self.plan)
        found = [f for f in every if f.node in self.keys or f.node not in self.plan]
        longest = max((text_width(f.node, SIZE) for f in found), default=0.0) + 2 * PAD
        id_w = min(max(84.0, longest), 150.0)
        narrow = width < 700
        if narrow:
            fixed = [22.0, 54.0, 88.0, id_w, HAL_COL]
            header = ["No", "Tingkat", "Aturan", "ID / Level", "Pernyataan Kinerja", "Temuan",
                      "Hal."]
        else:
            fixed = [26.0, 62.0, 100.0, id_w, 96.0, HAL_COL]
            header = ["No", "Tingkat", "Aturan", "ID", "Level", "Pernyataan Kinerja", "Temuan",
                      "Hal."]
        rest = max(width - sum(fixed), 160.0)
        widths = fixed[:-1] + [rest * 0.42, rest * 0.58, fixed[-1]]
        rows = []
        colours = []
        keys: list[str | None] = []
        errors = sum(f.severity == "error" for f in found)
        for i, f in enumerate(found, 1):
            node = self.plan.nodes.get(f.node)
            level = node.level if node else ""
            who = [f"{f.node}\n{level}"] if narrow else [f.node, level]
            rows.append(_cells([str(i), SEVERITY.get(f.severity, f.severity), f.rule, *who,
                                node.statement if node else "", f.message, PLACEHOLDER], widths))
            colours.append(SEVERITY_COLOUR.get(f.severity, INK))
            keys.append(f.node if node else None)
        title = (f"Lampiran: Daftar Temuan Pemeriksaan — {errors} galat, "
                 f"{len(found) - errors} peringatan")
        if not found:
            rows.append(_cells([""] * (len(widths) - 3) + ["Tidak ada temuan.", "", ""], widths))
            colours.append(INK)
            keys.append(None)
        return Table(title, widths, header, rows, colours, keys)

    def _matrix(self) -> None:
        from app.model.crosscut import find_crosscutting

        opds: dict[str, None] = {}
        items = []
        for c in find_crosscutting(self.plan):
            involved = [k for k in dict.fromkeys(([c.node] if c.node else []) + list(c.nodes))
                        if k in self.plan.nodes]
            if not any(k in self.keys for k in involved):
                continue
            counts = dict.fromkeys(c.opds, 0)
            for k in involved:
                for o in self.plan.nodes[k].opds:
                    for name in counts:
                        if " ".join(name.split()).casefold() == " ".join(o.split()).casefold():
                            counts[name] += 1
            for o in c.opds:
                opds.setdefault(o, None)
            if c.kind == "shared-program":
                title = f"Program bersama {c.code}: {c.name}".strip()
            else:
                node = self.plan.nodes.get(c.node)
                title = f"Simpul bersama ({c.node}): {node.statement if node else ''}".strip()
            items.append((title, counts))
        self.matrix_items = items
        self.matrix_opds = list(opds)
        longest = max((text_width(o, 7, True) for o in opds), default=0.0)
        self.head_h = min(MATRIX_HEAD_MAX, max(60.0, longest + 2 * PAD + 4))

    # --- pages --------------------------------------------------------------------

    def pages(self, frame: Frame) -> list[Page]:
        _, _, cw, ch = frame.content
        self._width = cw
        out: list[Page] = []
        if self.options.findings:
            self.findings = self._findings_table(cw)
            for rng in self.findings.paginate(ch):
                out.append(FindingsPage(title="Lampiran: Daftar Temuan", frame=frame, rows=rng))
        if self.options.crosscut:
            self._matrix()
            per_page = max(1, int((cw - 26 - 300) // OPD_COL))
            n_opd = len(self.matrix_opds)
            item_w = cw - 26 - min(per_page, max(n_opd, 1)) * OPD_COL
            heights = [self._matrix_row_h(t, item_w) for t, _ in self.matrix_items]
            room = ch - TITLE_H - self.head_h - 16
            ranges = []
            start, used = 0, 0.0
            for i, h in enumerate(heights):
                if used + h > room and i > start:
                    ranges.append((start, i))
                    start, used = i, 0.0
                used += h
            ranges.append((start, len(heights)))
            for c0 in range(0, max(n_opd, 1), per_page):
                for rng in ranges:
                    out.append(MatrixPage(title="Lampiran: Matriks Crosscutting", frame=frame,
                                          rows=rng, columns=(c0, min(c0 + per_page, n_opd))))
        return out

    @staticmethod
    def _matrix_row_h(title: str, width: float) -> float:
        return len(wrap(title, width - 2 * PAD, SIZE) or [""]) * line_height(SIZE) + 2 * PAD
