"""Rule code-unknown: a well-formed code that the plan's nomenclature list does not hold.

A warning, never an error: the decree is updated every year or two and a
real plan uses a few codes its list lacks; the message names the list's
version so the planner knows which one was asked. The support program a plan
writes with its own bidang (`1.02.01...`) is looked up as `X.XX.01...`.
"""

from __future__ import annotations

from ..nomenclature import for_plan
from ..text import Msg
from .base import Context, Finding, finding
from .codes import OK, code_status


def check_code_unknown(ctx: Context, out: list[Finding]) -> None:
    nomenclature = None
    tingkat = ctx.plan.tingkat
    kinds: dict[str, str | None] = {}
    for key, node in ctx.nodes.items():
        raw = node.code
        if not raw or not raw.strip():
            continue
        kind = kinds.get(node.level, "")
        if kind == "":
            kind = kinds[node.level] = ctx.scheme.code_kind(node.level)
        if kind is None:
            continue
        code = raw.strip().upper()
        if code_status(code, kind, tingkat) != OK:
            continue  # code-format says what is wrong with it
        if nomenclature is None:
            nomenclature = for_plan(ctx.plan)
        entry = nomenclature.lookup(code)
        if entry is None or entry.kind != kind:
            out.append(finding(
                "code-unknown", key,
                Msg('Kode {kind} "{code}" tidak ada dalam nomenklatur {version}. Periksa kodenya '
                    "di daftar nomenklatur, atau muat daftar yang lebih baru untuk rencana ini "
                    "bila kode itu baru.", kind=kind, code=raw.strip(),
                    version=nomenclature.version),
            ))
