"""A book to find your way in: the table of contents, the OPD index, and the PDF outline.

The contents list the top two levels of the printed tree (Tujuan and their
Sasaran), or the sections, then every OPD, then the appendices, each with its
page; the index lists every page on which an OPD's cards are. Both are laid
out before pages are numbered (a page number is measured as four digits), so
the page count is known up front; `resolve` fills the numbers in. The PDF
outline (bookmarks) has the same shape as the contents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.geometry.fontmetrics import line_height
from app.model.plan import Plan

from .forest import Section, norm_opd
from .page_types import (
    TREE_PAGES,
    ContentsPage,
    FindingsPage,
    IndexPage,
    MatrixPage,
    Page,
    SignaturePage,
)
from .paper import Frame
from .print_card import PLACEHOLDER, real_key, wrap_words

TITLE_H = 30.0
ENTRY_SIZE = 9.5
GROUP_SIZE = 10.5
INDENT = 16.0
PAGE_COL = 58.0  # right column holding the page number
INDEX_SIZE = 9.0
INDEX_NAME_SHARE = 0.42
ROW_GAP = 3.0
TWO_COLUMNS = 700.0  # a drawing area at least this wide sets the contents in two columns
COLUMN_GAP = 36.0
TOP_LEVELS = 2  # the contents list the two highest printed levels of the tree


@dataclass
class Entry:
    """One line group of the contents (and one bookmark): its text, depth and target page."""

    depth: int
    text: str
    key: str | None = None  # a node: the page of its card
    target: Page | None = None  # else a page: its number
    page: int = 0
    lines: list[str] = field(default_factory=list)
    group: bool = False  # a heading (Pohon kinerja, Perangkat Daerah, Lampiran)


@dataclass
class IndexRow:
    opd: str
    pages: list[Page]
    positions: list[int] = field(default_factory=list)  # of `pages` among the tree pages
    name_lines: list[str] = field(default_factory=list)
    page_lines: list[str] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)

    def height(self) -> float:
        return max(len(self.name_lines), len(self.page_lines), 1) * line_height(INDEX_SIZE) + ROW_GAP


def ranges(numbers: list[int]) -> list[str]:
    """[3, 4, 5, 9] -> ["3–5", "9"]: consecutive pages as one range."""
    out: list[str] = []
    start = prev = None
    for n in sorted(set(numbers)):
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            out.append(f"{start}–{prev}" if prev != start else f"{start}")
            start = prev = n
    if start is not None:
        out.append(f"{start}–{prev}" if prev != start else f"{start}")
    return out


class Contents:
    """The front matter (contents) and back matter (OPD index) of one printout."""

    def __init__(self, plan: Plan, sections: list[Section], frame: Frame) -> None:
        self.plan = plan
        self.sections = sections
        self.frame = frame
        self.entries: list[Entry] = []
        self.rows: list[IndexRow] = []
        self.front: list[ContentsPage] = []
        self.columns = 1
        self.column_w = frame.content[2]
        self.index: list[IndexPage] = []

    # --- planning ------------------------------------------------------------------

    def pages(self, tree: list[Page], appendix: list[Page]) -> tuple[list[Page], list[Page]]:
        """(contents pages, index pages) for these tree and appendix pages."""
        self.rows = self._index_rows(tree)
        self.entries = self._entries(tree, appendix)
        _, _, cw, ch = self.frame.content
        self.columns = 2 if cw >= TWO_COLUMNS else 1
        self.column_w = (cw - COLUMN_GAP * (self.columns - 1)) / self.columns
        for e in self.entries:
            self._wrap(e)
        self.index = [IndexPage(title="Indeks Perangkat Daerah", frame=self.frame, rows=r)
                      for r in self._paginate([self._row_h(r, cw) for r in self.rows], ch)
                      ] if self.rows else []
        if self.index:
            self.entries.append(Entry(1, "Indeks Perangkat Daerah", target=self.index[0]))
            self._wrap(self.entries[-1])
            self._move_appendix_group_last()
        heights = [self._entry_h(e) for e in self.entries]
        cols = self._paginate(heights, ch)
        n = self.columns
        self.front = [ContentsPage(title="Daftar Isi", frame=self.frame, rows=cols[i],
                                   columns=tuple(cols[i:i + n]))
                      for i in range(0, len(cols), n)]
        return list(self.front), list(self.index)

    def _wrap(self, e: Entry) -> None:
        size = GROUP_SIZE if e.group else ENTRY_SIZE
        e.lines = wrap_words(e.text, self.column_w - PAGE_COL - INDENT * e.depth, size,
                             e.group) or [""]

    def _move_appendix_group_last(self) -> None:
        """The index belongs under "Lampiran", before the other appendices."""
        entries = self.entries
        index_entry = entries.pop()
        heads = [i for i, e in enumerate(entries) if e.group and e.text == "Lampiran"]
        if heads:
            entries.insert(heads[0] + 1, index_entry)
        else:
            entries.append(Entry(0, "Lampiran", group=True, target=index_entry.target))
            self._wrap(entries[-1])
            entries.append(index_entry)

    @staticmethod
    def _entry_h(e: Entry) -> float:
        size = GROUP_SIZE if e.group else ENTRY_SIZE
        return len(e.lines) * line_height(size) + (8.0 if e.group else ROW_GAP)

    def _row_h(self, row: IndexRow, width: float) -> float:
        name_w = width * INDEX_NAME_SHARE
        row.name_lines = wrap_words(row.opd, name_w - 8, INDEX_SIZE, True)
        # Page numbers are not known yet; consecutive pages stay consecutive, so the ranges
        # are known: each number is measured as four digits.
        placeholders = ", ".join(_wide(r) for r in ranges(row.positions))
        row.page_lines = wrap_words(placeholders, width - name_w, INDEX_SIZE)
        return row.height()

    @staticmethod
    def _paginate(heights: list[float], page_h: float) -> list[tuple[int, int]]:
        room = page_h - TITLE_H
        out: list[tuple[int, int]] = []
        start, used = 0, 0.0
        for i, h in enumerate(heights):
            if used + h > room and i > start:
                out.append((start, i))
                start, used = i, 0.0
            used += h
        if heights:
            out.append((start, len(heights)))
        return out

    def _index_rows(self, tree: list[Page]) -> list[IndexRow]:
        by_opd: dict[str, tuple[str, list[Page]]] = {}
        for p in tree:
            if not isinstance(p, TREE_PAGES):
                continue
            for key in p.placements:
                node = self.plan.nodes.get(real_key(key))
                if node is None:
                    continue
                for opd in node.opds:
                    name, pages = by_opd.setdefault(norm_opd(opd), (opd, []))
                    if not pages or pages[-1] is not p:
                        pages.append(p)
        where = {id(p): i for i, p in enumerate(tree)}
        rows = [IndexRow(name, pages, [where[id(p)] for p in pages])
                for name, pages in by_opd.values()]
        rows.sort(key=lambda r: norm_opd(r.opd))
        return rows

    def _entries(self, tree: list[Page], appendix: list[Page]) -> list[Entry]:
        out: list[Entry] = [Entry(0, "Pohon kinerja", group=True,
                                  target=tree[0] if tree else None)]
        if len(self.sections) > 1:
            firsts: dict[int, Page] = {}
            for p in tree:
                if isinstance(p, TREE_PAGES) and p.chapter >= 0:
                    firsts.setdefault(p.chapter, p)
            titles = [s.title for s in self.sections]
            for i, s in enumerate(self.sections):
                if i not in firsts:
                    continue
                text = s.title
                if titles.count(s.title) > 1 and s.breadcrumb:
                    text += f" — di bawah {s.breadcrumb[-1]}"
                out.append(Entry(1, text, target=firsts[i]))
        else:
            out.extend(self._tree_entries(tree))
        if self.rows:
            out.append(Entry(0, "Perangkat Daerah", group=True, target=self.rows[0].pages[0]))
            for r in self.rows:
                out.append(Entry(1, r.opd, target=r.pages[0]))
        extras = [(FindingsPage, "Daftar Temuan Pemeriksaan"), (MatrixPage, "Matriks Crosscutting"),
                  (SignaturePage, "Lembar Pengesahan")]
        found = [(title, next(p for p in appendix if isinstance(p, kind)))
                 for kind, title in extras if any(isinstance(p, kind) for p in appendix)]
        if found:
            out.append(Entry(0, "Lampiran", group=True, target=found[0][1]))
            out.extend(Entry(1, title, target=page) for title, page in found)
        return out

    def _tree_entries(self, tree: list[Page]) -> list[Entry]:
        """The two highest levels printed, nested, in reading order."""
        plan = self.plan
        printed: list[str] = []
        seen: set[str] = set()
        for p in tree:
            if isinstance(p, TREE_PAGES):
                for key in p.placements:
                    if key not in seen and key == real_key(key):
                        seen.add(key)
                        printed.append(key)
        levels = sorted({plan.scheme.index(plan.nodes[k].level) for k in printed} - {-1})
        top = levels[:TOP_LEVELS]
        order = [k for s in self.sections for k in s.forest.keys() if k in seen]
        out = []
        for k in order:
            i = plan.scheme.index(plan.nodes[k].level)
            if i in top:
                node = plan.nodes[k]
                text = f"{node.level}: {' '.join(node.statement.split()) or k}"
                out.append(Entry(1 + top.index(i), text, key=k))
        return out

    # --- numbers -------------------------------------------------------------------

    def resolve(self, pages: list[Page], page_of: dict[str, int]) -> None:
        for e in self.entries:
            if e.key is not None:
                e.page = page_of.get(e.key, 0)
            elif e.target is not None:
                e.page = e.target.number
        for r in self.rows:
            r.numbers = [p.number for p in r.pages]
            r.page_lines = wrap_words(", ".join(ranges(r.numbers)), self.frame.content[2] * (
                1 - INDEX_NAME_SHARE), INDEX_SIZE)

    def outline(self) -> list[tuple[int, str, int]]:
        """(depth, title, page) of every bookmark, in the shape of the contents."""
        out = [(0, "Daftar Isi", self.front[0].number)] if self.front else []
        out.extend((e.depth, e.text, e.page) for e in self.entries if e.page)
        return out


def _wide(text: str) -> str:
    """A page range with each number written as the widest four-digit number."""
    return "–".join(PLACEHOLDER for _ in text.split("–"))


__all__ = ["Contents", "Entry", "IndexRow", "ranges"]
