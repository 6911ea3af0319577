"""Removed nodes as ghosts (app/geometry/ghosts.py): where they hang and how they are laid out."""

from __future__ import annotations

from app.geometry.card import CardCache, CardStyle
from app.geometry.ghosts import layout_with_ghosts, removed_ghosts
from app.geometry.layout import layout_plan
from app.model.diff import diff_plans
from app.model.plan import Node, Plan


def _plan(rows) -> Plan:
    plan = Plan("RPD Uji", "Kota Uji", "kota", "RPD", 2024, 2026)
    plan.load_nodes(Node(k, lvl, f"Meningkatnya hal {k}", parent=p) for k, lvl, p in rows)
    return plan


OLD = [
    ("T1", "Tujuan", None),
    ("S1", "Sasaran", "T1"),
    ("S2", "Sasaran", "T1"),
    ("P1", "Sasaran Strategis PD", "S1"),
    ("K1", "Program", "P1"),  # removed with its child
    ("SK1", "Kegiatan", "K1"),
    ("K2", "Program", "P1"),
    ("K3", "Program", "P1"),  # removed alone, after K2
    ("T9", "Tujuan", None),  # a removed top node
]
REMOVED = {"K1", "SK1", "K3", "T9"}


def _old_new() -> tuple[Plan, Plan]:
    return _plan(OLD), _plan([r for r in OLD if r[0] not in REMOVED])


def test_ghosts_hang_under_their_old_parent_or_its_ghost_in_the_old_order():
    old, new = _old_new()
    ghosts = removed_ghosts(diff_plans(old, new).removed, old, new)
    assert [(g.key, g.parent) for g in ghosts.items] == [
        ("K1", "P1"), ("SK1", "K1"), ("K3", "P1"), ("T9", None)]
    assert ghosts.by_key["K1"].node.statement == "Meningkatnya hal K1"
    assert ghosts.by_key["K1"].colour.startswith("#")
    assert not removed_ghosts([], old, new) and "K1" not in new


def test_ghosts_follow_their_parents_children_on_the_same_row_and_the_plan_stays_apart():
    old, new = _old_new()
    ghosts = removed_ghosts(REMOVED, old, new)
    style = CardStyle()
    cards = CardCache(new, style)
    lay = layout_with_ghosts(new, cards, ghosts)
    b = lay.boxes
    assert set(b) == set(new.nodes) | REMOVED
    # After P1's own child K2, K1 then K3 in the old order, all on K2's row.
    assert b["K2"].x < b["K1"].x < b["K3"].x and b["K1"].y == b["K2"].y == b["K3"].y
    assert b["SK1"].y > b["K1"].y and abs(b["SK1"].cx - b["K1"].cx) < 1e-6
    assert b["T9"].y == b["T1"].y and b["T9"].x > b["T1"].x  # the top row, at its end
    # No card overlaps another.
    keys = sorted(b, key=lambda k: (b[k].y, b[k].x))
    for k1, k2 in zip(keys, keys[1:], strict=False):
        if b[k1].y == b[k2].y:
            assert b[k1].right <= b[k2].x
    assert len(new) == len(OLD) - len(REMOVED)  # nothing entered the plan


def test_without_ghosts_the_layout_is_the_plans_own():
    old, new = _old_new()
    style = CardStyle()
    cards = CardCache(new, style)
    empty = removed_ghosts([], old, new)
    assert layout_with_ghosts(new, cards, empty).boxes == layout_plan(new, style, cards=cards).boxes


def test_ghosts_respect_folding_depth_focus_and_keys_back_in_the_plan():
    old, new = _old_new()
    ghosts = removed_ghosts(REMOVED, old, new)
    cards = CardCache(new, CardStyle())
    assert "K1" not in layout_with_ghosts(new, cards, ghosts, collapsed={"P1"}).boxes
    cut = layout_with_ghosts(new, cards, ghosts, max_depth=2).boxes  # rows 0..2: down to P1
    assert "P1" in cut and "K1" not in cut and "T9" in cut
    deeper = layout_with_ghosts(new, cards, ghosts, max_depth=3).boxes
    assert "K1" in deeper and "SK1" not in deeper
    focused = layout_with_ghosts(new, cards, ghosts, root="S1").boxes
    assert "K1" in focused and "T9" not in focused
    # Undone since: K3 is back in the plan, and drawn once, as itself.
    new.load_nodes([Node("K3", "Program", "Meningkatnya hal K3", parent="P1")])
    back = layout_with_ghosts(new, CardCache(new, CardStyle()), ghosts).boxes
    assert list(back).count("K3") == 1 and back["K3"].x < back["K1"].x
