"""Fill a plan's codes from its names, and empty names from codes, as one undoable batch.

Imported tables often carry the nomenclature's names without codes (or codes
without names). This finds, for each node at a coded level, the one entry of
the plan's nomenclature list that fits: the same kind, the same name (case and
spacing ignored; the name is the node's statement or its "Nomenklatur: ..."
note), and a code that continues its nearest coded ancestor's. A node with
several fitting entries is left alone and listed with the reason. Names are
filled only where the statement is empty or is the code itself: a statement
is a result the planner wrote, never overwritten by a name.

`fill_plan` returns the `Batch` (None when nothing changes) and the preview
rows; the editor pushes the batch through `Document.push`, so one undo takes
the whole fill back.
"""

from __future__ import annotations

from dataclasses import dataclass

from .commands import Batch, SetField
from .nomenclature import Entry, Nomenclature, for_plan, localise
from .plan import Plan
from .rules.codes import OK, code_status, extends

NOTE_PREFIX = "Nomenklatur:"


@dataclass(frozen=True)
class FillRow:
    """One line of the preview: what changes on which node, or why it does not."""

    key: str
    level: str
    field: str  # "code" | "statement"
    old: str
    new: str  # "" when nothing is filled (see `why`)
    why: str


def _names(node_statement: str, notes: str) -> list[str]:
    names = [node_statement]
    for line in notes.splitlines():
        if line.strip().startswith(NOTE_PREFIX):
            names.append(line.strip()[len(NOTE_PREFIX):].strip())
    return [n for n in names if n]


def _ancestor_code(plan: Plan, key: str, pending: dict[str, str]) -> str:
    for a in plan.ancestors(key):
        code = pending.get(a) or plan.nodes[a].code.strip().upper()
        if code:
            return code
    return ""


def fill_plan(plan: Plan, nomenclature: Nomenclature | None = None, codes: bool = True,
              names: bool = True) -> tuple[Batch | None, list[FillRow]]:
    """The batch that fills what can be filled, and one preview row per node considered."""
    nom = nomenclature or for_plan(plan)
    kind_of = plan.scheme.code_kind
    rows: list[FillRow] = []
    commands: list[SetField] = []
    pending: dict[str, str] = {}  # codes filled so far, for the children's ancestor test
    for key in plan.walk():
        node = plan.nodes[key]
        kind = kind_of(node.level)
        if kind is None:
            continue
        code = node.code.strip()
        if codes and not code:
            found: dict[str, Entry] = {}
            for name in _names(node.statement, node.notes):
                for e in nom.by_name(name, kind):
                    found[e.code] = e
            ancestor = _ancestor_code(plan, key, pending)
            fits = sorted({localise(c, ancestor) for c in found
                           if not ancestor or extends(localise(c, ancestor), ancestor)})
            if len(fits) > 1:  # the L digit of the plan's government (2 for a kota) decides
                mine = [c for c in fits if code_status(c, kind, plan.tingkat) == OK]
                fits = mine or fits
            if len(fits) == 1:
                pending[key] = fits[0]
                commands.append(SetField(key, "code", fits[0]))
                rows.append(FillRow(key, node.level, "code", "", fits[0], "nama sama dengan nomenklatur"))
            elif len(fits) > 1:
                rows.append(FillRow(key, node.level, "code", "", "",
                                    f"{len(fits)} kode cocok ({', '.join(fits[:3])}): pilih sendiri"))
            elif found:
                rows.append(FillRow(key, node.level, "code", "", "",
                                    f"nama cocok dengan {', '.join(sorted(found)[:3])}, tetapi kodenya "
                                    f"tidak melanjutkan kode induk {ancestor}"))
        elif names and code and node.statement.strip() in ("", code):
            entry = nom.lookup(code)
            if entry is not None and entry.kind == kind:
                commands.append(SetField(key, "statement", entry.name))
                rows.append(FillRow(key, node.level, "statement", node.statement, entry.name,
                                    f"nama resmi kode {code}"))
    if not commands:
        return None, rows
    label = "Isi kode dan nama dari nomenklatur" if codes and names else (
        "Isi kode dari nama" if codes else "Isi nama dari kode")
    return Batch(commands, label), rows
