"""The incremental layout equals a fresh full layout, box for box, after any edit sequence."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.geometry.card import CardCache, CardStyle
from app.geometry.layout import Layout, layout_plan
from app.geometry.layout_cache import IncrementalLayout
from app.model.changes import ChangeSet
from app.model.commands import AddNode, SetPlanField
from app.model.levels import LevelScheme
from app.model.plan import Node, Plan
from app.model.session import EditSession

from .strategies import WORDS, edit, small_plan

STYLES = (CardStyle(), CardStyle(width=200.0, statement_size=14.0))


def assert_same(got: Layout, want: Layout) -> None:
    """Equal to the float, in the same order (the scene and the PDF iterate these)."""
    assert list(got.boxes.items()) == list(want.boxes.items())
    assert got.order == want.order
    assert got.parent == want.parent
    assert got.depth == want.depth
    assert got.row_tops == want.row_tops
    assert got.row_heights == want.row_heights
    assert (got.width, got.height) == (want.width, want.height)


def forest_plan(seed: int, roots: int = 4, size: int = 40) -> Plan:
    """Several Tujuan, each with a random subtree of mixed card sizes."""
    rng = random.Random(seed)
    plan = small_plan()
    names = plan.scheme.names
    for _ in range(roots - 1):
        plan.execute(AddNode(Node(plan.new_key(), names[0], "Meningkatnya tujuan")))
    for _ in range(size):
        parent = rng.choice(list(plan.nodes))
        level = names[min(plan.level_index(parent) + 1, len(names) - 1)]
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 25)))
        plan.execute(AddNode(Node(plan.new_key(), level, words, parent=parent)))
    return plan


class Editor:
    """What the canvas keeps: one card cache and one incremental layout per style."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.caches = [CardCache(plan, s) for s in STYLES]
        self.layouts = [IncrementalLayout(plan, c) for c in self.caches]
        self.history = EditSession(plan)

    def follow(self, changes: ChangeSet) -> None:
        for cache, inc in zip(self.caches, self.layouts, strict=True):
            if changes.plan & {"scheme", "start_year", "end_year"}:
                cache.clear()
            cache.invalidate(changes.removed | set(changes.changed))
            inc.note(changes)

    def check(self, style: int, collapsed: set[str], depth: int | None, root: str | None) -> None:
        collapsed &= set(self.plan.nodes)
        if root is not None and root not in self.plan.nodes:
            root = None
        got = self.layouts[style].layout(collapsed, depth, root)
        want = layout_plan(self.plan, STYLES[style], collapsed, depth, root,
                           cards=CardCache(self.plan, STYLES[style]))
        assert_same(got, want)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), data=st.data())
def test_random_edits_match_full_layout(seed: int, data: st.DataObject) -> None:
    plan = forest_plan(seed)
    ed = Editor(plan)
    collapsed: set[str] = set()
    depth: int | None = None
    root: str | None = None
    style = 0
    ed.check(style, collapsed, depth, root)
    for _ in range(data.draw(st.integers(1, 12))):
        step = data.draw(st.sampled_from(
            ["edit", "edit", "edit", "edit", "undo", "collapse", "depth", "root", "style",
             "scheme"]))
        keys = sorted(plan.nodes)
        if step == "edit":
            command = data.draw(edit(plan))
            if command is None:
                continue
            try:
                changes = ed.history.push(command)
            except Exception:  # an edit the model refuses changes nothing
                continue
            ed.follow(changes)
        elif step == "undo" and ed.history.can_undo():
            ed.follow(ed.history.undo())
        elif step == "collapse" and keys:
            collapsed ^= {data.draw(st.sampled_from(keys))}
        elif step == "depth":
            depth = data.draw(st.one_of(st.none(), st.integers(0, 5)))
        elif step == "root":
            root = data.draw(st.one_of(st.none(), st.sampled_from(keys))) if keys else None
        elif step == "style":
            style = 1 - style
        elif step == "scheme":
            first_opd = data.draw(st.integers(1, 3))
            ed.follow(plan.execute(SetPlanField("scheme", LevelScheme(plan.scheme.names,
                                                                       first_opd))))
        ed.check(style, collapsed, depth, root)


def test_one_subtree_redone_others_kept() -> None:
    """An edit under one Tujuan walks that Tujuan again, not the others."""
    plan = forest_plan(7, roots=5, size=200)
    ed = Editor(plan)
    inc = ed.layouts[0]
    ed.check(0, set(), None, None)
    before = dict(inc._parts)
    target = plan.roots()[2]
    ed.follow(ed.history.push(AddNode(Node(plan.new_key(), plan.scheme.names[1], "Baru",
                                           parent=target))))
    ed.check(0, set(), None, None)
    redone = [r for r in plan.roots() if inc._parts[r] is not before.get(r)]
    assert redone == [target]


def test_root_removed_and_added() -> None:
    plan = forest_plan(3)
    ed = Editor(plan)
    ed.check(0, set(), None, None)
    from app.model.commands import DeleteSubtree

    ed.follow(ed.history.push(DeleteSubtree(plan.roots()[0])))
    ed.check(0, set(), None, None)
    ed.follow(ed.history.undo())
    ed.check(0, set(), None, None)


def test_stacked_leaves_fall_back_to_full() -> None:
    plan = forest_plan(5)
    cache = CardCache(plan, STYLES[0])
    inc = IncrementalLayout(plan, cache, stack_leaves=True)
    assert_same(inc.layout(), layout_plan(plan, STYLES[0], cards=cache, stack_leaves=True))
