"""Random plans and random edit sequences for property tests.

Edits are chosen against the plan as it is at that moment (a move picks an
existing node and a legal parent), so every drawn command is one the editor
could have issued.
"""

from __future__ import annotations

from hypothesis import strategies as st

from app.model.commands import (
    AddNode,
    Command,
    DeleteSubtree,
    MoveNode,
    SetField,
    SetPlanField,
    add_further_parent,
    add_indicator,
    change_indicator,
    check_move,
    copy_subtree,
    move_indicator,
    remove_indicator,
    set_period,
)
from app.model.plan import Indicator, ModelError, Node, Plan

OPDS = ("Dinas Kesehatan", "Dinas Sosial", "Bapperida", "Dinas PUPR")
WORDS = ("Meningkatnya", "Menurunnya", "Tersedianya", "cakupan", "layanan", "mutu", "angka")


def small_plan() -> Plan:
    """A plan with one branch per level, so that every kind of edit has something to act on."""
    plan = Plan("RPD Uji 2024-2026", "Kota Uji", "kota", "RPD", 2024, 2026)
    names = plan.scheme.names
    parent = None
    for depth, level in enumerate(names):
        for i in range(2):
            key = f"L{depth}-{i}"
            plan.load_nodes(
                [
                    Node(
                        key,
                        level,
                        f"Meningkatnya hal {key}",
                        opds=(OPDS[i],) if depth >= plan.scheme.first_opd else (),
                        parent=parent,
                        indicators=(
                            Indicator("Persentase x", "outcome", "%", "naik", 10.0, {2024: 20.0}),
                        ),
                    )
                ]
            )
        parent = f"L{depth}-0"
    return plan


def _pick(draw, seq):
    return seq[draw(st.integers(0, len(seq) - 1))]


@st.composite
def edit(draw, plan: Plan) -> Command | None:
    """One command valid on `plan` right now, or None when the drawn kind does not apply."""
    keys = list(plan.nodes)
    kind = draw(st.sampled_from(
        ["add", "delete", "move", "statement", "opds", "code", "level", "ind-add", "ind-del",
         "ind-change", "ind-move", "further", "paste", "plan", "period", "budget"]
    ))
    if kind == "plan":
        return SetPlanField("name", draw(st.text(min_size=1, max_size=12)))
    if kind == "period":
        start = draw(st.integers(2020, 2026))
        return set_period(start, start + draw(st.integers(0, 4)))
    if not keys and kind != "add":
        return None
    if kind == "add":
        parent = _pick(draw, keys) if keys and draw(st.booleans()) else None
        level = plan.scheme.names[0] if parent is None else plan.scheme.names[
            min(plan.level_index(parent) + 1, len(plan.scheme) - 1)
        ]
        siblings = plan.children(parent)
        index = draw(st.integers(0, len(siblings))) if siblings else None
        return AddNode(Node(plan.new_key(), level, draw(st.sampled_from(WORDS)), parent=parent), index)
    key = _pick(draw, keys)
    if kind == "delete":
        return DeleteSubtree(key)
    if kind == "move":
        target = _pick(draw, keys + [None])  # type: ignore[list-item]
        if check_move(plan, key, target):
            return None
        siblings = plan.children(target)
        return MoveNode(key, target, draw(st.integers(0, len(siblings))) if siblings else None)
    if kind == "statement":
        return SetField(key, "statement", draw(st.text(max_size=30)))
    if kind == "opds":
        return SetField(key, "opds", draw(st.lists(st.sampled_from(OPDS), max_size=3, unique=True)))
    if kind == "code":
        return SetField(key, "code", draw(st.sampled_from(["", "1.02.02", "1.02.02.2.01", "X.XX.01"])))
    if kind == "level":
        return SetField(key, "level", draw(st.sampled_from(plan.scheme.names)))
    if kind == "budget":
        return SetField(key, "budget", {2024: draw(st.floats(0, 1e9, allow_nan=False))})
    inds = plan[key].indicators
    if kind == "ind-add":
        ind = Indicator(draw(st.sampled_from(WORDS)), "output", "%", "turun", None, {2025: 5.0})
        return add_indicator(plan, key, ind, draw(st.integers(0, len(inds))))
    if not inds and kind in ("ind-del", "ind-change", "ind-move"):
        return None
    i = draw(st.integers(0, len(inds) - 1)) if inds else 0
    if kind == "ind-del":
        return remove_indicator(plan, key, i)
    if kind == "ind-change":
        return change_indicator(plan, key, i, inds[i].with_target(2026, draw(st.integers(0, 99))))
    if kind == "ind-move":
        return move_indicator(plan, key, i, draw(st.integers(0, len(inds) - 1)))
    if kind == "further":
        try:
            return add_further_parent(plan, key, _pick(draw, keys))
        except ModelError:
            return None
    if kind == "paste":
        target = _pick(draw, keys)
        if target in plan.subtree(key):
            return None
        return copy_subtree(plan, key, target)
    return None
