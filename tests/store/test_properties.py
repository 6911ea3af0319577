"""Random edit sequences (with undo and redo) written through a plan file read back equal."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.commands import AddNode, DropReview, PutReview
from app.model.plan import ModelError, Node, ReviewNote
from app.model.session import EditSession
from app.store import PlanFile
from tests.model.strategies import edit

from .conftest import rich_plan


@st.composite
def step(draw, plan):  # hypothesis composite
    """An edit from the model's strategy, a review note edit, or an undo / redo."""
    kind = draw(st.sampled_from(["edit", "edit", "edit", "review", "undo", "redo"]))
    if kind in ("undo", "redo"):
        return kind
    if kind == "review":
        keys = sorted(plan.nodes)
        if plan.reviews and draw(st.booleans()):
            return DropReview(draw(st.sampled_from(sorted(plan.reviews))))
        if not keys:
            return None
        return PutReview(ReviewNote(
            draw(st.sampled_from(["R-1", "R-2", "R-3"])),
            draw(st.sampled_from(keys)),
            draw(st.text(max_size=20)),
            status=draw(st.sampled_from(["open", "resolved"])),
        ))
    return draw(edit(plan))


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_edits_written_and_reopened_are_equal(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("prop") / "r.pokin"
    with PlanFile.create(path, rich_plan()) as pf:
        history = EditSession(pf.plan, pf)
        for _ in range(data.draw(st.integers(1, 40), label="steps")):
            s = data.draw(step(pf.plan))
            if s == "undo":
                if history.can_undo():
                    history.undo()
            elif s == "redo":
                if history.can_redo():
                    history.redo()
            elif s is not None:
                try:
                    history.push(s)
                except ModelError:
                    pass
        expected = pf.plan.copy()
    again = PlanFile.read(path)
    assert again == expected
    # And the reopened plan keeps writing correctly.
    with PlanFile.open(path) as pf:
        key = pf.plan.new_key()
        assert key not in pf.plan
        EditSession(pf.plan, pf).push(AddNode(Node(key, "Tujuan", "sesudah dibuka lagi")))
        command = data.draw(edit(pf.plan), label="after reopen")
        if command is not None:
            try:
                EditSession(pf.plan, pf).push(command)
            except ModelError:
                pass
        final = pf.plan.copy()
    assert PlanFile.read(path) == final
