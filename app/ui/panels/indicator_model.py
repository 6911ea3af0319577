"""The indicators of one node as a table model that stays put while the planner types.

Every committed cell becomes one command pushed through the editor (one undo
step, written to the plan file at once), and the table learns of the result
like every other view: from the change set, through `set_node`. That update is
made *in place* (rows changed, inserted or removed; never a reset while the
node and the period stay the same), because a reset in the middle of a commit
destroys the open editor: the next editor then opened on the wrong column and
the next value replaced the unit (issue 12).

Commands carry labels that say what they changed ("Ubah target 2025 · Angka
kemiskinan"), so the undo history reads as a list of edits, not eight times
"Ubah indikator".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from app.model.commands import SetField, change_indicator
from app.model.plan import JENIS, POLARITAS, Indicator, Plan, Value
from app.model.text import Msg
from app.ui.i18n import translated
from app.ui.panels.indicator_values import Verdict, judge_value, parse_year, reading
from app.util.indonesian import format_value, parse_typed

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root, as a shared default argument

# Indicator attributes shown as table columns, in reading order; "target" stands
# for one column per year of the plan period.
TABLE_FIELDS = ("name", "jenis", "satuan", "polaritas", "baseline", "baseline_year", "target")
VALUE_FIELDS = ("baseline", "target")  # a number or a grade
CHOICES = {"jenis": ("",) + JENIS, "polaritas": POLARITAS}
FLAGGED_BACKGROUND = QColor("#FFEBEE")
NAME_IN_LABEL = 48  # characters of the indicator's name in an undo label

# Undo labels: "<what> · <indicator>"; `Msg` templates, translated where they are shown
# (the "·" also tells app.model.labels that the label already names what it is about).
_LABELS = {
    "name": QT_TRANSLATE_NOOP("Msg", "Ubah nama indikator · {name}"),
    "jenis": QT_TRANSLATE_NOOP("Msg", "Ubah jenis · {name}"),
    "satuan": QT_TRANSLATE_NOOP("Msg", "Ubah satuan · {name}"),
    "polaritas": QT_TRANSLATE_NOOP("Msg", "Ubah polaritas · {name}"),
    "baseline": QT_TRANSLATE_NOOP("Msg", "Ubah baseline · {name}"),
    "baseline_year": QT_TRANSLATE_NOOP("Msg", "Ubah tahun baseline · {name}"),
    "target": QT_TRANSLATE_NOOP("Msg", "Ubah target {year} · {name}"),
    "definition": QT_TRANSLATE_NOOP("Msg", "Ubah definisi · {name}"),
    "formula": QT_TRANSLATE_NOOP("Msg", "Ubah formula · {name}"),
    "data_source": QT_TRANSLATE_NOOP("Msg", "Ubah sumber data · {name}"),
    "reporting_period": QT_TRANSLATE_NOOP("Msg", "Ubah periode pelaporan · {name}"),
    "data_owner": QT_TRANSLATE_NOOP("Msg", "Ubah penanggung jawab data · {name}"),
    "clear_target": QT_TRANSLATE_NOOP("Msg", "Hapus target {year} · {name}"),
    "clear_baseline": QT_TRANSLATE_NOOP("Msg", "Hapus baseline · {name}"),
    "paste_one": QT_TRANSLATE_NOOP("Msg", "Tempel {n} nilai · {name}"),
    "paste_many": QT_TRANSLATE_NOOP("Msg", "Tempel {n} nilai · {rows} indikator"),
    "add": QT_TRANSLATE_NOOP("Msg", "Tambah indikator · {name}"),
    "remove": QT_TRANSLATE_NOOP("Msg", "Hapus indikator · {name}"),
    "up": QT_TRANSLATE_NOOP("Msg", "Naikkan indikator · {name}"),
    "down": QT_TRANSLATE_NOOP("Msg", "Turunkan indikator · {name}"),
}


def edit_label(what: str, name: str, **values: object) -> Msg:
    """The undo label of an indicator edit, e.g. "Ubah target 2025 · Angka kemiskinan".

    A `Msg` like every label of the model's commands: Indonesian in the history,
    shown in the interface's language (`translated`) by the menus and panels.
    """
    short = name if len(name) <= NAME_IN_LABEL else name[: NAME_IN_LABEL - 1].rstrip() + "…"
    return Msg(_LABELS[what], name=short or "(tanpa nama)", **values)


@dataclass(frozen=True)
class Column:
    """One column: an indicator field, and for targets the year."""

    field: str
    year: int | None = None


class IndicatorModel(QAbstractTableModel):
    """The indicators of one node as rows; committed edits come out as commands."""

    command_ready = Signal(object)  # a model command for the document to push
    problem = Signal(str)  # an edit refused before it became a command (Indonesian)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.key: str | None = None
        self.read_only = False
        self.two_line_headers = False  # "Target\n2025": narrow columns in the wide editor
        self._rows: tuple[Indicator, ...] = ()
        self._years: tuple[int, ...] = ()
        self._columns: tuple[Column, ...] = self._columns_for(())

    # --- what is shown --------------------------------------------------------------

    @staticmethod
    def _columns_for(years: Sequence[int]) -> tuple[Column, ...]:
        fixed = tuple(Column(f) for f in TABLE_FIELDS if f != "target")
        return fixed + tuple(Column("target", y) for y in years)

    def set_node(self, plan: Plan | None, key: str | None) -> None:
        """Show `key` of `plan`; the same node again is updated in place, row by row."""
        node = plan.get(key) if plan is not None else None
        rows = node.indicators if node is not None else ()
        years = tuple(plan.years) if plan is not None else ()
        if plan is not self.plan or key != self.key or years != self._years:
            self.beginResetModel()
            self.plan, self.key, self._rows, self._years = plan, key, rows, years
            self._columns = self._columns_for(years)
            self.endResetModel()
            return
        self._update_rows(rows)

    def _update_rows(self, new: tuple[Indicator, ...]) -> None:
        """Tell the view exactly which rows changed, were added or went (no reset)."""
        old = self._rows
        if old == new:
            self._rows = new
            return
        head = 0
        while head < min(len(old), len(new)) and old[head] == new[head]:
            head += 1
        tail = 0
        while (tail < min(len(old), len(new)) - head
               and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]):
            tail += 1
        gone, came = len(old) - head - tail, len(new) - head - tail
        kept = min(gone, came)  # rows in the middle that stay but changed
        if gone > kept:
            self.beginRemoveRows(_ROOT, head + kept, head + gone - 1)
            self._rows = old[: head + kept] + old[head + gone:]
            self.endRemoveRows()
        elif came > kept:
            self.beginInsertRows(_ROOT, head + kept, head + came - 1)
            self._rows = old[: head + kept] + new[head + kept: head + came] + old[head + gone:]
            self.endInsertRows()
        self._rows = new
        if kept:
            self.dataChanged.emit(self.index(head, 0),
                                  self.index(head + kept - 1, self.columnCount() - 1))

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, self.columnCount() - 1))

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    def years(self) -> list[int]:
        return list(self._years)

    def column_of(self, field: str, year: int | None = None) -> int:
        return self._columns.index(Column(field, year))

    def indicator(self, row: int) -> Indicator | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.header_text(column)
            if self.two_line_headers and column.field in ("target", "baseline_year"):
                return text.replace(" ", "\n", 1)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(column)
        return None

    def header_text(self, column: Column) -> str:
        if column.field == "target":
            return self.tr("Target {year}").format(year=column.year)
        return {
            "name": self.tr("Indikator"),
            "jenis": self.tr("Jenis"),
            "satuan": self.tr("Satuan"),
            "polaritas": self.tr("Polaritas"),
            "baseline": self.tr("Baseline"),
            "baseline_year": self.tr("Tahun Baseline"),
        }[column.field]

    def header_tip(self, column: Column) -> str:
        if column.field in VALUE_FIELDS:
            return self.tr("Angka (75 atau 75,5) atau predikat (WTP, A, BB) untuk indikator "
                           "yang dinilai dengan predikat")
        if column.field == "baseline_year":
            first = self._years[0] if self._years else 2024
            return self.tr("Tahun pengukuran baseline, biasanya {year}").format(year=first - 1)
        if column.field == "polaritas":
            return self.tr("naik: makin besar makin baik; turun: makin kecil makin baik")
        return ""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def value(self, row: int, column: Column) -> object:
        ind = self._rows[row]
        if column.field == "target":
            return ind.target(column.year)  # type: ignore[arg-type]
        return getattr(ind, column.field)

    def verdict(self, row: int, column: Column) -> Verdict:
        """The stored value's verdict (a text target in a numeric indicator is flagged)."""
        if column.field not in VALUE_FIELDS:
            return Verdict("ok")
        return judge_value(self._rows[row], self.value(row, column),  # type: ignore[arg-type]
                           year=column.year, baseline=column.field == "baseline")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.value(index.row(), column)
            return format_value(value) if column.field in VALUE_FIELDS else (
                "" if value is None else str(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.field in (
                *VALUE_FIELDS, "baseline_year"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.DecorationRole):
            verdict = self.verdict(index.row(), column)
            if not verdict.flagged:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return translated(verdict.message)
            if role == Qt.ItemDataRole.BackgroundRole:
                return FLAGGED_BACKGROUND
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    # --- judging what is being typed ----------------------------------------------------

    def judge_text(self, index: _Index, text: str) -> tuple[bool, str]:
        """(flagged, message) for `text` typed into `index` before it is committed."""
        if not index.isValid() or index.row() >= len(self._rows):
            return False, ""
        column = self._columns[index.column()]
        ind = self._rows[index.row()]
        if column.field == "baseline_year":
            year = parse_year(text)
            return (True, translated(year)) if isinstance(year, str) else (False, "")
        if column.field == "name" and not text.strip():
            return True, self.tr("Nama indikator tidak boleh kosong.")
        if column.field not in VALUE_FIELDS:
            return False, ""
        verdict = judge_value(ind, parse_typed(text), year=column.year,
                              baseline=column.field == "baseline")
        if verdict.message:
            return verdict.flagged, translated(verdict.message)
        return False, translated(reading(text))

    # --- edits: each a command ---------------------------------------------------------

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self.plan is None
                or self.key is None or self.read_only or index.row() >= len(self._rows)):
            return False
        text = "" if value is None else str(value)
        column = self._columns[index.column()]
        ind = self._rows[index.row()]
        new = self._with_text(ind, column, text)
        if new is None or new == ind:
            return False
        self._push(index.row(), new, self._label(ind, new, column))
        return True

    def _with_text(self, ind: Indicator, column: Column, text: str) -> Indicator | None:
        """The indicator with one cell as typed; None (and a `problem`) when it cannot be."""
        text = text.strip()
        field = column.field
        if field in VALUE_FIELDS:
            return _with_value(ind, column, parse_typed(text))
        if field == "baseline_year":
            year = parse_year(text)
            if isinstance(year, str):
                self.problem.emit(translated(year))
                return None
            return replace(ind, baseline_year=year)
        if field == "name":
            if not text:
                self.problem.emit(self.tr("Nama indikator tidak boleh kosong."))
                return None
            return replace(ind, name=text)
        if field in CHOICES:
            choice = next((c for c in CHOICES[field] if c.casefold() == text.casefold()), None)
            if choice is None:
                self.problem.emit(self.tr("{field} \"{text}\" tidak dikenal: pilih {choices}.").format(
                    field=self.header_text(column), text=text,
                    choices=", ".join(c for c in CHOICES[field] if c)))
                return None
            return replace(ind, **{field: choice or ("naik" if field == "polaritas" else "")})
        return replace(ind, **{field: text})

    def _label(self, old: Indicator, new: Indicator, column: Column) -> str:
        field, name = column.field, new.name if column.field != "name" else old.name
        if field in VALUE_FIELDS and self.value_of(new, column) is None:
            return edit_label("clear_target" if field == "target" else "clear_baseline", name,
                              year=column.year)
        if field == "name":
            return edit_label("name", new.name)
        return edit_label(field, name, year=column.year)

    @staticmethod
    def value_of(ind: Indicator, column: Column) -> object:
        if column.field == "target":
            return ind.target(column.year)  # type: ignore[arg-type]
        return getattr(ind, column.field)

    def set_field(self, row: int, field: str, value: str) -> bool:
        """Commit a manual IKU field (definisi, formula, ...) of `row`; False when unchanged."""
        ind = self.indicator(row)
        if ind is None or self.read_only or getattr(ind, field) == value:
            return False
        self._push(row, replace(ind, **{field: value}), edit_label(field, ind.name))
        return True

    def clear(self, index: _Index) -> bool:
        """Delete on a cell: empty a value, a year, the unit or the jenis (never the name)."""
        if not index.isValid() or self._columns[index.column()].field in ("name", "polaritas"):
            return False
        return self.setData(index, "")

    def paste(self, top: int, left: int, grid: Sequence[Sequence[str]]) -> tuple[int, int]:
        """Cells copied from a spreadsheet, from (`top`, `left`) right and down, as ONE edit.

        Value cells are read with the decimal mark of the whole block
        (`parse_pasted`). Returns (cells taken, cells that fell outside the table
        or could not be taken); nothing is pushed when no cell changed.
        """
        from app.util.indonesian import parse_pasted

        if self.plan is None or self.key is None or self.read_only:
            return 0, 0
        flat = [cell for line in grid for cell in line]
        parsed = iter(parse_pasted(flat))
        rows = list(self._rows)
        taken = skipped = 0
        touched: set[int] = set()
        for r, line in enumerate(grid):
            for c, text in enumerate(line):
                value = next(parsed)
                row, col = top + r, left + c
                if row >= len(rows) or col >= len(self._columns):
                    skipped += 1
                    continue
                column = self._columns[col]
                if column.field in VALUE_FIELDS:
                    new = _with_value(rows[row], column, value)
                else:
                    new = self._with_text(rows[row], column, text)
                if new is None:
                    skipped += 1
                    continue
                taken += 1
                if new != rows[row]:
                    rows[row] = new
                    touched.add(row)
        if touched:
            label = (edit_label("paste_one", rows[min(touched)].name, n=taken)
                     if len(touched) == 1 else
                     edit_label("paste_many", "", n=taken, rows=len(touched)))
            self.command_ready.emit(SetField(self.key, "indicators", rows, label))
        return taken, skipped

    def _push(self, row: int, new: Indicator, label: str) -> None:
        assert self.plan is not None and self.key is not None
        self.command_ready.emit(change_indicator(self.plan, self.key, row, new, label))


def _with_value(ind: Indicator, column: Column, value: Value | None) -> Indicator:
    if column.field == "baseline":
        return replace(ind, baseline=value)
    return ind.with_target(column.year, value)  # type: ignore[arg-type]
