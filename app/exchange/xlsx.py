"""Cell values of an .xlsx file, read fast and without openpyxl.

Why: `pokin validate` on a 20,000-node workbook must cost little more than
openpyxl merely reading the cells, yet it also builds the plan and runs every
check. openpyxl spends most of its time creating objects per cell; the sheet
XML that Excel, LibreOffice and openpyxl write is regular enough that regular
expressions over the decompressed text get the values several times faster.

What is handled: shared strings (with rich-text runs; phonetic runs skipped),
inline strings, numbers (int or float as openpyxl gives them), booleans,
errors, formula results (the cached value, as openpyxl's `data_only=True`),
ISO dates, date-formatted numbers (converted as openpyxl does), and `r`
references with gaps or without them. Anything this reader is not sure of
(namespace prefixes, CDATA, comments, an encoding other than UTF-8) makes it
hand the whole file to openpyxl, so the result is the same either way; the
test suite compares both on several workbooks.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime
from posixpath import dirname, join, normpath

Row = tuple[int, list[object]]  # (1-based row number, values by column, trailing Nones cut)



_DAMAGED = "berkas Excel rusak atau tidak lengkap (coba buka lalu simpan ulang di Excel)"


class XlsxError(Exception):
    """The file is not a readable .xlsx workbook (message in Indonesian)."""


class _Unsure(Exception):
    """Something the fast path does not handle: read the file with openpyxl instead."""


def read_sheets(path: str | os.PathLike[str]) -> dict[str, list[Row]]:
    """Every sheet's non-empty rows, by sheet name in workbook order.

    Raises `XlsxError` when the file is not a workbook at all (not a zip, no
    workbook part, broken XML).
    """
    try:
        return _FastReader(path).read()
    except _Unsure:
        return read_sheets_openpyxl(path)
    except XlsxError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise XlsxError("bukan berkas Excel .xlsx yang utuh (arsip zip rusak)") from exc
    except (KeyError, ValueError, IndexError, EOFError, zlib.error):
        # A part that should be there is not, or holds nonsense: openpyxl may still
        # cope (it is more lenient about some producers); if not, it is unreadable.
        try:
            return read_sheets_openpyxl(path)
        except Exception as exc2:  # any failure here means unreadable
            raise XlsxError(_DAMAGED) from exc2


def read_sheets_openpyxl(path: str | os.PathLike[str]) -> dict[str, list[Row]]:
    """The same result as `read_sheets`, through openpyxl (the reference and the fallback)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except zipfile.BadZipFile as exc:
        raise XlsxError("bukan berkas Excel .xlsx yang utuh (arsip zip rusak)") from exc
    except (KeyError, ValueError, OSError, TypeError) as exc:
        raise XlsxError(_DAMAGED) from exc
    try:
        out: dict[str, list[Row]] = {}
        for ws in wb.worksheets:
            ws.reset_dimensions()  # trust the cells, not a possibly stale <dimension>
            rows: list[Row] = []
            for cells in ws.iter_rows():
                values: list[object] = []
                number = None
                for cell in cells:
                    if getattr(cell, "row", None) is None:  # EmptyCell
                        values.append(None)
                        continue
                    number = cell.row
                    # column may be missing from the tuple start when cells have gaps
                    while len(values) < cell.column - 1:
                        values.append(None)
                    values.append(cell.value)
                _trim(values)
                if values and number is not None:
                    rows.append((number, values))
            out[ws.title] = rows
        return out
    finally:
        wb.close()


def _trim(values: list[object]) -> None:
    while values and (values[-1] is None or values[-1] == ""):
        values.pop()


# --- the fast path -------------------------------------------------------------

_ATTR = re.compile(r'([\w:]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')
_ROW_OR_CELL = re.compile(
    r"<row\b([^>]*?)/?>|<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S
)
_V = re.compile(r"<v(?:\s[^>]*)?>(.*?)</v>", re.S)
_T = re.compile(r"<t(?:\s[^>]*)?>(.*?)</t>|<t(?:\s[^>]*)?/>", re.S)
_RPH = re.compile(r"<rPh\b.*?</rPh>", re.S)
_SI = re.compile(r"<si\b[^>]*?/>|<si\b[^>]*>(.*?)</si>", re.S)
_REF = re.compile(r"([A-Z]+)(\d+)$")
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# A root element written with a namespace prefix (<x:worksheet ...>): the
# regular expressions here expect unprefixed SpreadsheetML elements.
_PREFIXED_ROOT = re.compile(r"<[A-Za-z_][\w.-]*:(?:workbook|worksheet|sst|styleSheet|Relationships)\b")
_DECL = re.compile(r"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([^\"']+)[\"']", re.I)


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name[0] == "#":
        return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))
    return _NAMED[name]


def _text(raw: str) -> str:
    """XML character data to text: line ends normalised, entities resolved."""
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in raw:
        raw = _ENTITY.sub(_entity, raw)
    return raw


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): _text(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(raw)}


def _column_number(letters: str, cache: dict[str, int] = {}) -> int:  # noqa: B006 - memo
    n = cache.get(letters)
    if n is None:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        cache[letters] = n
    return n


def _cast_number(text: str) -> int | float:
    if "." in text or "E" in text or "e" in text:
        return float(text)
    return int(text)


class _FastReader:
    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path

    def read(self) -> dict[str, list[Row]]:
        try:
            zf = zipfile.ZipFile(self.path)
        except zipfile.BadZipFile as exc:
            raise XlsxError("bukan berkas Excel .xlsx (isinya bukan arsip zip)") from exc
        with zf:
            self.zf = zf
            names = set(zf.namelist())
            book_part = self._main_part(names)
            if book_part is None:
                raise XlsxError("bukan buku kerja Excel .xlsx (bagian workbook tidak ada)")
            book = self._xml(book_part)
            rels = self._rels(book_part)
            self.date1904 = bool(
                re.search(r"<workbookPr\b[^>]*\bdate1904\s*=\s*[\"'](1|true)[\"']", book)
            )
            self.strings: list[str] = []
            self.date_styles: set[int] = set()
            self.timedelta_styles: set[int] = set()
            for target, kind in rels.values():
                # by suffix: transitional and strict OOXML differ only in the prefix
                if kind.endswith("/sharedStrings") and target in names:
                    self.strings = self._shared_strings(self._xml(target))
                elif kind.endswith("/styles") and target in names:
                    self._styles(self._xml(target))
            out: dict[str, list[Row]] = {}
            for m in re.finditer(r"<sheet\b([^>]*?)/?>", book):
                attrs = _attrs(m.group(1))
                rid = next((v for k, v in attrs.items() if k.endswith(":id")), None)
                target = rels.get(rid or "", (None, None))[0]
                name = attrs.get("name", "")
                if target is None or target not in names:
                    if rid in rels:  # a chart sheet or a part openpyxl would skip too
                        continue
                    raise _Unsure
                if not rels[rid][1].endswith("/worksheet"):
                    continue  # chartsheet, dialogsheet: no cells
                out[name] = list(self._rows(self._xml(target)))
            return out

    # -- parts

    def _main_part(self, names: set[str]) -> str | None:
        if "_rels/.rels" in names:
            for target, kind in self._rels_of("_rels/.rels", "").values():
                if kind.endswith("/officeDocument") and target in names:
                    return target
        return "xl/workbook.xml" if "xl/workbook.xml" in names else None

    def _rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder = dirname(part)
        rels_part = join(folder, "_rels", part.rsplit("/", 1)[-1] + ".rels")
        if rels_part not in self.zf.namelist():
            raise _Unsure
        return self._rels_of(rels_part, folder)

    def _rels_of(self, rels_part: str, folder: str) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for m in re.finditer(r"<Relationship\b([^>]*?)/?>", self._xml(rels_part)):
            a = _attrs(m.group(1))
            target = a.get("Target", "")
            if a.get("TargetMode") == "External":
                continue
            full = target.lstrip("/") if target.startswith("/") else normpath(join(folder, target))
            out[a.get("Id", "")] = (full, a.get("Type", ""))
        return out

    def _xml(self, part: str) -> str:
        data = self.zf.read(part)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        m = _DECL.match(data[:200].decode("ascii", "replace"))
        if m and m.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
            raise _Unsure
        text = data.decode("utf-8")
        if "<![CDATA[" in text or "<!--" in text or _PREFIXED_ROOT.search(text[:2000]):
            raise _Unsure
        return text

    def _shared_strings(self, xml: str) -> list[str]:
        if "<si" not in xml and ":si" in xml:
            raise _Unsure  # prefixed elements
        out = []
        for m in _SI.finditer(xml):
            body = m.group(1) or ""
            if "<rPh" in body:
                body = _RPH.sub("", body)
            text = "".join(_text(t.group(1) or "") for t in _T.finditer(body))
            out.append(text.replace("x005F_", ""))
        return out

    def _styles(self, xml: str) -> None:
        m = re.search(r"<cellXfs\b[^>]*>(.*?)</cellXfs>", xml, re.S)
        if not m:
            return
        ids = []
        for xf in re.finditer(r"<xf\b([^>]*?)/?>", m.group(1)):
            ids.append(int(_attrs(xf.group(1)).get("numFmtId", "0") or 0))
        if not any(ids):
            return
        # Rare in exchange workbooks: pay for openpyxl's number-format rules only here.
        from openpyxl.styles.numbers import (
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )

        custom = {
            int(a["numFmtId"]): a.get("formatCode", "")
            for a in (_attrs(n.group(1)) for n in re.finditer(r"<numFmt\b([^>]*?)/?>", xml))
            if "numFmtId" in a
        }
        for i, fid in enumerate(ids):
            fmt = custom.get(fid, BUILTIN_FORMATS.get(fid))
            if is_date_format(fmt):
                self.date_styles.add(i)
            if is_timedelta_format(fmt):
                self.timedelta_styles.add(i)

    # -- cells

    def _rows(self, xml: str) -> Iterator[Row]:
        start = xml.find("<sheetData")
        if start < 0:
            if "sheetData" in xml:
                raise _Unsure  # prefixed elements
            return
        end = xml.find("</sheetData>", start)
        body = xml[start : end if end >= 0 else len(xml)]
        strings = self.strings
        dates = self.date_styles
        kinds: dict[str, tuple[str, int]] = {}  # attribute text after r -> (t, s)
        row_no = 0
        col = 0
        values: list[object] | None = None
        for is_row, row_attrs, letters, attrs, v, inline, g_attrs, g_inner in _TOKENS.findall(body):
            if letters:  # the common cell forms, already taken apart
                col = _column_number(letters)
                if attrs:
                    kind_style = kinds.get(attrs)
                    if kind_style is None:
                        a = _attrs(attrs)
                        kind_style = (a.get("t", "n"), int(a.get("s") or 0))
                        kinds[attrs] = kind_style
                    kind, style = kind_style
                else:
                    kind, style = "n", 0
                if kind == "n":
                    if not v:
                        continue
                    value = _cast_number(v)
                    if style and style in dates:
                        value = self._date(value, style in self.timedelta_styles)
                elif kind == "inlineStr":
                    value = _text(inline) if "&" in inline or "\r" in inline else inline
                elif kind == "s":
                    if not v:
                        continue
                    value = strings[int(v)]
                else:
                    value = self._value({"t": kind, "s": str(style)}, f"<v>{v}</v>" if v else "")
                    if value is None:
                        continue
            elif not is_row:
                # any other cell form (formulas, rich or spaced inline text, no r)
                if values is None:
                    raise _Unsure  # a cell outside any row
                a = _attrs(g_attrs)
                ref = a.get("r")
                if ref:
                    rm = _REF.match(ref)
                    if rm is None:
                        raise _Unsure
                    col = _column_number(rm.group(1))
                else:
                    col += 1
                value = self._value(a, g_inner)
                if value is None:
                    continue
            else:  # a <row>
                if values:
                    _trim(values)
                    if values:
                        yield row_no, values
                r = _ROW_R.search(row_attrs)
                row_no = int(r.group(1)) if r else row_no + 1
                col = 0
                values = []
                continue
            if values is None:
                raise _Unsure
            n = len(values)
            if n == col - 1:
                values.append(value)
            elif n < col:
                values.extend([None] * (col - 1 - n))
                values.append(value)
            else:
                values[col - 1] = value  # a repeated reference: the last one wins
        if values:
            _trim(values)
            if values:
                yield row_no, values

    def _value(self, a: dict[str, str], inner: str | None) -> object:
        if not inner:
            return None
        kind = a.get("t", "n")
        if kind == "inlineStr":
            m = re.search(r"<is\b[^>]*>(.*?)</is>", inner, re.S)
            if m is None:
                return None
            body = m.group(1)
            if "<rPh" in body:
                body = _RPH.sub("", body)
            return "".join(_text(t.group(1) or "") for t in _T.finditer(body))
        vm = _V.search(inner)
        if vm is None:
            return None
        raw = vm.group(1)
        if not raw:
            return None
        if kind == "n":
            value = _cast_number(raw.strip())
            if a.get("s") and int(a["s"]) in self.date_styles:
                return self._date(value, int(a["s"]) in self.timedelta_styles)
            return value
        if kind == "s":
            return strings_at(self.strings, raw)
        if kind == "b":
            return bool(int(raw))
        if kind in ("str", "e"):
            return _text(raw)
        if kind == "d":
            return datetime.fromisoformat(_text(raw).strip())
        raise _Unsure

    def _date(self, value: float, timedelta: bool) -> object:
        from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel

        epoch = CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900
        try:
            return from_excel(value, epoch, timedelta=timedelta)
        except (OverflowError, ValueError):
            return "#VALUE!"


# One pass over a sheet: a <row>, a cell in one of the forms Excel, LibreOffice and
# openpyxl write (number, shared or plain inline string), or any other cell,
# which the slower general path takes apart.
_TOKENS = re.compile(
    r"(<row)\b([^>]*?)/?>"
    r'|<c r="([A-Z]+)\d+"((?: [st]="[^"]*")*)'
    r"(?:/>|>(?:<v>([^<]*)</v>|<is><t>([^<]*)</t></is>)</c>)"
    r"|<c\b([^>]*?)(?:/>|>(.*?)</c>)",
    re.S,
)
_ROW_R = re.compile(r"\br\s*=\s*[\"'](\d+)[\"']")
def strings_at(strings: list[str], raw: str) -> str:
    return strings[int(raw)]
