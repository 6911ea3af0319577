"""Rules on ownership: missing-opd and opd-mismatch.

From the first OPD level down every condition belongs to an agency (SAKIP asks
who answers for it). A child owned by none of its parent's OPDs breaks the
cascade inside an agency; a node linked on purpose to another agency should be
a further link (crosscutting), not a main one.
"""

from __future__ import annotations

from ..text import Msg
from .base import Context, Finding, finding


def _names(opds: tuple[str, ...]) -> str:
    return "; ".join(o.strip() for o in opds if o and o.strip())


def check_opds(ctx: Context, out: list[Finding]) -> None:
    nodes = ctx.nodes
    level = ctx.level
    first = ctx.first_opd
    opd_set = ctx.opd_set
    for key, node in nodes.items():
        i = level[key]
        if i < first:  # city levels, and levels not in the scheme (-1)
            continue
        mine = node.opds
        own = opd_set(mine)
        if not own:
            out.append(
                finding(
                    "missing-opd",
                    key,
                    Msg("Simpul level {level} belum mencantumkan Perangkat Daerah. Isi Perangkat "
                        "Daerah yang bertanggung jawab atas kinerja ini.", level=node.level),
                )
            )
            continue
        parent_key = node.parent
        if i == first or not parent_key or parent_key == key:
            continue
        parent = nodes.get(parent_key)
        if parent is None or parent.opds == mine or level[parent_key] < first:
            continue
        theirs = opd_set(parent.opds)
        if theirs and own.isdisjoint(theirs):
            out.append(
                finding(
                    "opd-mismatch",
                    key,
                    Msg("Perangkat Daerah simpul ini ({mine}) tidak sama dengan induknya "
                        "({theirs}). Samakan Perangkat Daerahnya, atau jadikan kaitan ke induk ini "
                        "Induk Lain bila memang lintas Perangkat Daerah.", mine=_names(mine),
                        theirs=_names(parent.opds)),
                )
            )
