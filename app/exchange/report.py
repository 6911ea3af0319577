"""What an import did: the layout it saw, what it read, what it skipped and why, by sheet, row and column.

The planner reads this before trusting a tree that came from a hand-made
table: every row that did not become a node or an indicator is named here,
with its reason, so nothing disappears silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from app.model.plan import Plan

from .errors import Problem

LAYOUT_NAMES = {
    "exchange": "buku kerja pertukaran Pokin",
    "tc27": "tabel Renstra T-C.27",
    "staircase": "tabel cascading bertingkat",
}


@dataclass
class ImportReport:
    layout: str
    sheet: str | None = None
    rows_read: int = 0
    skipped: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # read, but worth a look (#REF!, ...)
    columns: dict[str, str] = field(default_factory=dict)  # field -> header it came from

    def skip(self, row: int | None, column: str | None, why: str) -> None:
        self.skipped.append(Problem(self.sheet, row, column, why))

    def note(self, row: int | None, column: str | None, what: str) -> None:
        self.notes.append(Problem(self.sheet, row, column, what))

    def counts(self, plan: Plan) -> dict[str, int]:
        """Nodes per level in the scheme's order, and the indicators."""
        by_level = Counter(n.level for n in plan.nodes.values())
        out = {name: by_level[name] for name in plan.scheme.names if by_level[name]}
        out["indikator"] = sum(len(n.indicators) for n in plan.nodes.values())
        return out

    def text(self, plan: Plan) -> str:
        """The report as the command line prints it."""
        lines = [f"Tata letak: {LAYOUT_NAMES.get(self.layout, self.layout)}"
                 + (f" (lembar '{self.sheet}')" if self.sheet else "")]
        if self.rows_read:
            lines.append(f"Baris dibaca: {self.rows_read}")
        counts = self.counts(plan)
        lines.append("Terbaca: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
        if self.notes:
            lines.append(f"Perlu diperiksa ({len(self.notes)}):")
            lines.extend(f"- {p}" for p in self.notes)
        if self.skipped:
            lines.append(f"Dilewati ({len(self.skipped)}):")
            lines.extend(f"- {p}" for p in self.skipped)
        return "\n".join(lines)


@dataclass
class ImportOptions:
    """What the table may not say, given on the command line or in the import dialog."""

    opd: str = ""
    years: tuple[int, int] | None = None
