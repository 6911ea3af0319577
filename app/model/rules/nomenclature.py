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

# What the rule said of one node's code under one list, kept from one run to the next:
# the checks rerun after every edit, and a plan imported from a city's own codes may
# raise this warning on most of its 20,000 nodes. Keyed by the list itself (a newer list
# for the plan is another object) and by what the answer depends on: the node, its code
# as written and its level's code kind. Findings are immutable, so one is shared.
_said: dict[tuple[str, str, str], Finding | None] = {}
_said_for: list[object] = [None]  # the list the answers above were given under
SAID_MAX = 100_000


def check_code_unknown(ctx: Context, out: list[Finding]) -> None:
    nomenclature = None
    nodes = ctx.nodes
    severity = RULES["code-unknown"]
    add = out.append
    said = _said
    for key, (code, kind, status) in node_codes(ctx).items():
        if kind is None or status != OK:
            continue  # code-format says what is wrong with it
        if nomenclature is None:
            nomenclature = for_plan(ctx.plan)
            if _said_for[0] is not nomenclature or len(said) > SAID_MAX:
                said.clear()
                _said_for[0] = nomenclature
            lookup, version = nomenclature.lookup, nomenclature.version
        raw = nodes[key].code
        memo = (key, raw, kind)
        try:
            known = said[memo]
        except KeyError:
            entry = lookup(code)
            known = None
            if entry is None or entry.kind != kind:
                known = Finding(
                    "code-unknown", severity, key,
                    Msg('Kode {kind} "{code}" tidak ada dalam nomenklatur {version}. '
                        "Periksa kodenya di daftar nomenklatur, atau muat daftar yang lebih "
                        "baru untuk rencana ini bila kode itu baru.",
                        kind=kind, code=raw.strip(), version=version))
            said[memo] = known
        if known is not None:
            add(known)
