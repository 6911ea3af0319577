"""An HTML table saved with an .xls name, as a book: one sheet per `<table>`.

The WordPress SAKIP plug-in's "Download Excel" and several web tools write
their *tabel cascading* this way; Excel opens it, so planners think it is a
workbook. Cells spanning rows or columns (`rowspan`, `colspan`) become merged
ranges, exactly as an .xlsx would report them. Inside a cell, `<br>` is a line
break and `<hr>` stays as the marker `<hr>` (several indicators in one cell are
separated by it). Nothing in the page runs: scripts and styles are skipped.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser

from .xlsx import Book, Merge, Row, Sheet, XlsxError

HR = "<hr>"
MAX_SPAN_ROWS = 65_534  # the HTML limits
MAX_SPAN_COLS = 1_000
MAX_COLUMNS = 16_384


def read_html_book(path: str | os.PathLike[str]) -> Book:
    with open(path, "rb") as f:
        raw = f.read()
    text = _decode(raw)
    parser = _TableParser()
    try:
        parser.feed(text)
        parser.close()
    except (ValueError, AssertionError) as exc:  # html.parser is lenient; this is rare
        raise XlsxError("tabel HTML ini tidak dapat dibaca") from exc
    sheets = [
        Sheet(f"Tabel {i}" if len(parser.tables) > 1 else "Tabel", t.rows(), t.merged)
        for i, t in enumerate(parser.tables, start=1)
        if t.cells
    ]
    if not sheets:
        raise XlsxError("berkas HTML ini tidak memuat tabel")
    return Book(sheets)


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace")
    head = raw[:4096].lower()
    for marker in (b"charset=", b'encoding="'):
        i = head.find(marker)
        if i >= 0:
            name = head[i + len(marker) :].split(b'"')[0].split(b";")[0].split(b">")[0].strip(b"'\" ")
            try:
                return raw.decode(name.decode("ascii"), "replace")
            except (LookupError, UnicodeDecodeError):
                break
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


class _Table:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], str] = {}
        self.merged: list[Merge] = []
        self.row = -1
        self.col = 0
        self.spans: list[tuple[int, int, int]] = []  # (last row, first col, last col) still open

    def new_row(self) -> None:
        self.row += 1
        self.col = 0
        self.spans = [s for s in self.spans if s[0] >= self.row]

    def place(self, text: str, rowspan: int, colspan: int) -> None:
        if self.row < 0:
            self.new_row()
        col = self.col
        moved = True
        while moved:  # skip columns held by a cell spanning down from above
            moved = False
            for last, c0, c1 in self.spans:
                if c0 <= col <= c1 and last >= self.row:
                    col = c1 + 1
                    moved = True
        if col >= MAX_COLUMNS:
            raise XlsxError(f"tabel HTML lebih lebar dari {MAX_COLUMNS} kolom")
        if text:
            self.cells[(self.row, col)] = text
        if rowspan > 1 or colspan > 1:
            self.merged.append((self.row + 1, col, self.row + rowspan, col + colspan - 1))
            if rowspan > 1:
                self.spans.append((self.row + rowspan - 1, col, col + colspan - 1))
        self.col = col + colspan

    def rows(self) -> list[Row]:
        by_row: dict[int, list[object]] = {}
        for (r, c), text in sorted(self.cells.items()):
            values = by_row.setdefault(r, [])
            values.extend([None] * (c - len(values)))
            values.append(text)
        return [(r + 1, v) for r, v in sorted(by_row.items())]


def _span(value: str | None, limit: int) -> int:
    try:
        n = int((value or "1").strip() or 1)
    except ValueError:
        return 1
    return max(1, min(n, limit))


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        self.stack: list[_Table] = []
        self.text: list[str] | None = None
        self.span = (1, 1)
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self._end_cell()
            table = _Table()
            self.tables.append(table)
            self.stack.append(table)
        elif not self.stack:
            return
        elif tag == "tr":
            self._end_cell()
            self.stack[-1].new_row()
        elif tag in ("td", "th"):
            self._end_cell()
            a = dict(attrs)
            self.span = (_span(a.get("rowspan"), MAX_SPAN_ROWS), _span(a.get("colspan"), MAX_SPAN_COLS))
            self.text = []
        elif self.text is not None:
            if tag == "br":
                self.text.append("\n")
            elif tag == "hr":
                self.text.append(f"\n{HR}\n")
            elif tag in ("p", "div", "li") and self.text:
                self.text.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag == "table" and self.stack:
            self._end_cell()
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.text is not None and not self.skip:
            self.text.append(" ".join(data.split()) if data.strip() else (" " if data else ""))

    def _end_cell(self) -> None:
        if self.text is None or not self.stack:
            self.text = None
            return
        raw = "".join(self.text)
        lines = [" ".join(line.split()) for line in raw.split("\n")]
        text = "\n".join(lines).strip("\n ")
        while "\n\n" in text:
            text = text.replace("\n\n", "\n")
        self.stack[-1].place(text, *self.span)
        self.text = None
