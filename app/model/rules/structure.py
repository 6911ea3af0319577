"""Rules on the shape of the tree: orphan, cycle, level-order, level-skip, dead-end.

These are the cascading questions of LKE 1.b.8: is every node linked to the
level above it, in the right order, and does every condition above the lowest
level break down into something beneath it. Nodes whose level is not in the
scheme (possible after a scheme edit) are skipped by the level rules, since
nothing sensible can be said of their place.
"""

from __future__ import annotations

from ..graph import plan_cycles
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
                        f"Simpul level {node.level} ini tidak memiliki induk. "
                        f"Hubungkan ke induk di level {above} agar tersambung ke pohon.",
                    )
                )
        elif parent not in nodes:
            out.append(
                finding(
                    "orphan",
                    key,
                    f'Induk "{parent}" tidak ada dalam rencana. '
                    "Pilih induk yang ada atau pindahkan simpul ini ke induk yang benar.",
                )
            )
        if node.further_parents:
            missing = [p for p in node.further_parents if p not in nodes]
            if missing:
                out.append(
                    finding(
                        "orphan",
                        key,
                        f"Induk lain {quote_list(missing)} tidak ada dalam rencana. "
                        "Hapus kaitan tersebut atau ganti dengan simpul yang ada.",
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
                f"Simpul ini berada dalam kaitan induk yang melingkar {where}. "
                "Putuskan salah satu kaitan Induk atau Induk Lain pada lingkaran ini.",
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
                    f"Simpul level {names[i]} tidak boleh berada di bawah induk level "
                    f"{names[p]} yang setara atau lebih rendah. Pindahkan ke induk di level "
                    "yang lebih tinggi atau ubah levelnya.",
                )
            )
        elif i - p > 1:
            skipped = ", ".join(names[p + 1 : i])
            out.append(
                finding(
                    "level-skip",
                    key,
                    f"Simpul level {names[i]} langsung berada di bawah level {names[p]} "
                    f"sehingga melompati level {skipped}. Sisipkan simpul level tersebut di "
                    "antaranya atau ubah levelnya.",
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
                    f"Simpul level {names[i]} ini belum memiliki turunan. Tambahkan simpul "
                    f"level {names[i + 1]} di bawahnya agar kinerjanya terjabarkan.",
                )
            )
