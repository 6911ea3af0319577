"""Rule code-unknown: a well-formed code that the plan's nomenclature list does not hold.

A warning, never an error: the decree is updated every year or two and a
real plan uses a few codes its list lacks; the message names the list's
version so the planner knows which one was asked. The support program a plan
writes with its own bidang (`1.02.01...`) is looked up as `X.XX.01...`.
"""

from __future__ import annotations

from ..nomenclature import for_plan
from ..text import Msg
from .base import RULES, Context, Finding
from .codes import OK, node_codes


def check_code_unknown(ctx: Context, out: list[Finding]) -> None:
    # One pass with its names bound locally: a plan imported from a city's own codes may
    # raise this warning on most of its 20,000 nodes, at every recheck.
    nomenclature = None
    nodes = ctx.nodes
    severity = RULES["code-unknown"]
    add = out.append
    for key, (code, kind, status) in node_codes(ctx).items():
        if kind is None or status != OK:
            continue  # code-format says what is wrong with it
        if nomenclature is None:
            nomenclature = for_plan(ctx.plan)
            lookup, version = nomenclature.lookup, nomenclature.version
        entry = lookup(code)
        if entry is None or entry.kind != kind:
            add(Finding("code-unknown", severity, key,
                        Msg('Kode {kind} "{code}" tidak ada dalam nomenklatur {version}. '
                            "Periksa kodenya di daftar nomenklatur, atau muat daftar yang lebih "
                            "baru untuk rencana ini bila kode itu baru.",
                            kind=kind, code=nodes[key].code.strip(), version=version)))
