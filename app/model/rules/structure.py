"""Rules on the shape of the tree: orphan, cycle, level-order, level-skip, dead-end.

These are the cascading questions of LKE 1.b.8: is every node linked to the
level above it, in the right order, and does every condition above the lowest
level break down into something beneath it. Nodes whose level is not in the
scheme (possible after a scheme edit) are skipped by the level rules, since
nothing sensible can be said of their place.
"""

from __future__ import annotations

from ..graph import plan_cycles
from ..text import Msg
from .base import Context, Finding, finding, quote_list


def check_orphans(ctx: Context, out: list[Finding]) -> None:
    nodes = ctx.nodes
    level = ctx.level
    for key, node in nodes.items():
        parent = node.parent
        if not parent:
            i = level[key]
            if i > 0:
                above = ctx.level_name(i - 1)
                out.append(
                    finding(
                        "orphan",
                        key,
                        Msg("Simpul level {level} ini tidak memiliki induk. Hubungkan ke induk "
                            "di level {above} agar tersambung ke pohon.", level=node.level,
                            above=above),
                    )
                )
        elif parent not in nodes:
            out.append(
                finding(
                    "orphan",
                    key,
                    Msg('Induk "{parent}" tidak ada dalam rencana. Pilih induk yang ada atau '
                        "pindahkan simpul ini ke induk yang benar.", parent=parent),
                )
            )
        if node.further_parents:
            missing = [p for p in node.further_parents if p not in nodes]
            if missing:
                out.append(
                    finding(
                        "orphan",
                        key,
                        Msg("Induk lain {missing} tidak ada dalam rencana. Hapus kaitan tersebut "
                            "atau ganti dengan simpul yang ada.", missing=quote_list(missing)),
                    )
                )


def check_cycles(ctx: Context, out: list[Finding]) -> None:
    for key, group in plan_cycles(ctx.plan, ctx.level).items():
        others = [k for k in group if k != key]
        if others:
            where = f"bersama {quote_list(others)}"
        else:
            where = "karena menjadi induk bagi dirinya sendiri"
        out.append(
            finding(
                "cycle",
                key,
                Msg("Simpul ini berada dalam kaitan induk yang melingkar {where}. Putuskan salah "
                    "satu kaitan Induk atau Induk Lain pada lingkaran ini.", where=where),
            )
        )


def check_levels(ctx: Context, out: list[Finding]) -> None:
    """level-order and level-skip, both against the main parent."""
    nodes = ctx.nodes
    level = ctx.level
    names = ctx.level_names
    for key, node in nodes.items():
        parent = node.parent
        if not parent or parent not in nodes or parent == key:
            continue
        i, p = level[key], level[parent]
        if i < 0 or p < 0:
            continue
        if i <= p:
            out.append(
                finding(
                    "level-order",
                    key,
                    Msg("Simpul level {level} tidak boleh berada di bawah induk level {parent} "
                        "yang setara atau lebih rendah. Pindahkan ke induk di level yang lebih "
                        "tinggi atau ubah levelnya.", level=names[i], parent=names[p]),
                )
            )
        elif i - p > 1:
            skipped = ", ".join(names[p + 1 : i])
            out.append(
                finding(
                    "level-skip",
                    key,
                    Msg("Simpul level {level} langsung berada di bawah level {parent} sehingga "
                        "melompati level {skipped}. Sisipkan simpul level tersebut di antaranya "
                        "atau ubah levelnya.", level=names[i], parent=names[p], skipped=skipped),
                )
            )


def check_dead_ends(ctx: Context, out: list[Finding]) -> None:
    level = ctx.level
    lowest = ctx.lowest
    children = ctx.plan.children
    further = ctx.further_children
    names = ctx.level_names
    for key, i in level.items():
        if 0 <= i < lowest and not children(key) and not further.get(key):
            out.append(
                finding(
                    "dead-end",
                    key,
                    Msg("Simpul level {level} ini belum memiliki turunan. Tambahkan simpul level "
                        "{below} di bawahnya agar kinerjanya terjabarkan.", level=names[i],
                        below=names[i + 1]),
                )
            )
