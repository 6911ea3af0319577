"""What the printed cards say beyond the screen card, found once per printout.

Findings counts (badges), why a card prints without a parent (an orphan must
not pass for a Tujuan), pagu sums, and crosscutting both ways. A printout of
one branch or one section also shows the contributors from other branches,
as reference cards hung under the node they contribute to, so that a
crosscut page shows everyone who works on it.
"""

from __future__ import annotations

from app.model.budget import branch_budgets
from app.model.plan import Plan

from .forest import Forest, Section
from .print_card import CardNotes, is_ref, real_key, ref_key, repeat_key


def contributions(plan: Plan) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(node -> further parents it contributes to, node -> its contributors), existing nodes only."""
    to: dict[str, list[str]] = {}
    back: dict[str, list[str]] = {}
    for key, node in plan.nodes.items():
        for fp in node.further_parents:
            if fp in plan.nodes and fp != node.parent and fp != key:
                to.setdefault(key, []).append(fp)
                back.setdefault(fp, []).append(key)
    return to, back


def with_references(plan: Plan, forest: Forest, back: dict[str, list[str]]) -> Forest:
    """`forest` with a reference card under each drawn node for every contributor that is
    not drawn in it (a node of another branch)."""
    drawn = set(forest.kids)
    kids = dict(forest.kids)
    for key in forest.keys():
        outside = [c for c in back.get(key, ()) if c not in drawn]
        if outside:
            refs = [ref_key(key, c) for c in outside]
            kids[key] = [*kids[key], *refs]
            for r in refs:
                kids[r] = []
    return Forest(list(forest.roots), kids)


def repeats_marked(sections: list[Section]) -> None:
    """A node drawn in an earlier section (a node of two OPDs, printed per OPD) is drawn in
    the later ones as a marked repeat card, so that each node's own card is printed once."""
    seen: set[str] = set()
    for i, s in enumerate(sections):
        f = s.forest
        again = {k for k in f.kids if k in seen and not is_ref(k)}
        seen.update(k for k in f.kids if not is_ref(k))
        if not again:
            continue

        def name(k: str, i: int = i, again: set[str] = again) -> str:
            return repeat_key(i, k) if k in again else k

        s.forest = Forest([name(r) for r in f.roots],
                          {name(k): [name(c) for c in v] for k, v in f.kids.items()})


def orphan_notes(plan: Plan) -> dict[str, str]:
    """Why each top card that is not a real top node prints at the top."""
    out: dict[str, str] = {}
    top = plan.scheme.names[0] if len(plan.scheme) else ""
    for key in plan.roots():
        node = plan.nodes[key]
        if node.parent is not None and node.parent not in plan.nodes:
            out[key] = f"! Induk '{node.parent}' tidak ada: dicetak tanpa induk"
        elif node.parent is not None:
            out[key] = "! Induk utamanya membentuk lingkaran: dicetak tanpa induk"
        elif (plan.scheme.canonical(node.level) or node.level) != top:
            out[key] = f"! Tanpa induk: {node.level} bukan level teratas"
    return out


def card_notes(plan: Plan, printed: set[str], findings: list | None) -> CardNotes:
    """The notes for cards of `printed` (node keys and reference cards)."""
    notes = CardNotes()
    if findings is not None:
        for f in findings:
            if f.node in plan.nodes and f.severity in ("error", "warning"):
                e, w = notes.findings.get(f.node, (0, 0))
                notes.findings[f.node] = (e + (f.severity == "error"), w + (f.severity == "warning"))
    notes.orphans = orphan_notes(plan)
    budgets = branch_budgets(plan)
    if budgets:
        notes.budgets = budgets
        names = plan.scheme.names
        # The two levels above the lowest (Program, Kegiatan) show their branch's sum.
        notes.summed_levels = frozenset(names[max(0, len(names) - 3):len(names) - 1])
    to, back = contributions(plan)
    real = {real_key(k) for k in printed}
    notes.printed = frozenset(real)
    notes.contributes = {k: v for k, v in to.items() if k in real}
    notes.contributors = {k: v for k, v in back.items() if k in real}
    notes.ref_parents = {real_key(k): p for k in printed if k != real_key(k)
                         if (p := plan.nodes[real_key(k)].parent) in plan.nodes}
    return notes
