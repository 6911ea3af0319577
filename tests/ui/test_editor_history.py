"""The editor's own undo path under random edits: plan, plan file, history and canvas in step.

Every step is one of: an edit through the editor (a command the model may still
refuse), an undo or a redo through the editor. After each step the plan must
equal the state recorded when that point of the history was first reached, the
plan file must hold exactly the plan, the history's labels must match the
commands done, and the canvas must show a box for exactly the plan's nodes,
where a fresh layout puts them.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.geometry.plan_geometry import PlanGeometry
from app.store import PlanFile
from app.ui.canvas import TreeView
from app.ui.document import Document
from tests.model.strategies import edit, small_plan


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_edits_undos_and_redos_keep_every_part_in_step(qtbot, tmp_path_factory, data):
    path = tmp_path_factory.mktemp("history") / "rencana.pokin"
    pf = PlanFile.create(path, small_plan())
    doc = Document(pf.plan, pf)
    view = TreeView(doc)
    qtbot.addWidget(view, before_close_func=lambda w: w.deleteLater())
    editor = view.editor
    plan = doc.plan
    session = doc.session
    states = [plan.copy()]  # states[i]: the plan with the first i edits of the history done
    labels: list[str] = []
    try:
        for _ in range(data.draw(st.integers(1, 14), label="steps")):
            action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo"]))
            at = session.position
            if action == "edit":
                command = data.draw(edit(plan), label="command")
                if command is None:
                    continue
                if editor.push(command):
                    del states[at + 1:], labels[at:]
                    states.append(plan.copy())
                    labels.append(command.label)
                else:  # refused: nothing changed, nothing recorded
                    assert plan == states[at] and session.position == at
            elif action == "undo":
                editor.undo()
                assert session.position == max(at - 1, 0)
            else:
                editor.redo()
                assert session.position == min(at + 1, len(states) - 1)
            assert plan == states[session.position]
            assert session.labels() == labels
            assert PlanFile.read(path) == plan
            fresh = PlanGeometry(plan).layout(set(), None, None).boxes
            assert view.tree_scene.boxes == fresh
            if editor.selected is not None:
                assert editor.selected in plan
    finally:
        doc.close()
