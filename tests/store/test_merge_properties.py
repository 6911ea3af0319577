"""Two writers apply random edit sequences to one plan: nothing is lost, every clash is named.

Writers A and B each draw edits against their own copy (the model's edit
strategy: adds, deletes, moves, fields, indicators, links, pastes, plan facts),
undo now and then, and look at each other's work now and then (`pull`). Each
edit is either stored or refused as a Conflict that names at least one field.
At the end:

- every field value an edit stored is in the stored plan, unless a later stored
  edit (one that had seen it) changed it, or deleted the node: no edit is lost
  and none is overwritten without having been seen;
- after a last look, both copies equal the stored plan (sibling order
  included): the merge of both writers' stored edits.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.changes import ALL_FIELDS, ChangeSet
from app.model.plan import NODE_FIELDS, ModelError, Plan
from app.model.session import Conflict, EditSession
from app.store import PlanFile, StoreError
from tests.model.strategies import edit

from .conftest import fresh_database, rich_plan


@pytest.fixture
def team_place():
    url, drop = fresh_database()
    try:
        yield url
    finally:
        drop()


class Ledger:
    """The value each stored edit left in each field, to be found at the end."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], object] = {}

    def record(self, plan: Plan, changes: ChangeSet, parents_before: dict[str, str | None]) -> None:
        for key in changes.removed:
            for k in [k for k in self.values if k[0] == key]:
                del self.values[k]
        for key in changes.added:
            node = plan.nodes[key]
            for name in NODE_FIELDS:
                self.values[(key, name)] = _frozen(getattr(node, name))
            self.values[(key, "parent")] = node.parent
        for key, names in changes.changed.items():
            node = plan.nodes.get(key)
            if node is None:
                continue
            for name in NODE_FIELDS if ALL_FIELDS in names else names:
                self.values[(key, name)] = _frozen(getattr(node, name))
        for key in changes.moved:
            if key in plan.nodes and parents_before.get(key, "?") != plan.nodes[key].parent:
                self.values[(key, "parent")] = plan.nodes[key].parent
        for name in changes.plan:
            self.values[("", name)] = _frozen(getattr(plan, name))

    def missing(self, stored: Plan) -> list[tuple[str, str, object, object]]:
        out = []
        for (key, name), value in self.values.items():
            if key == "":
                now = _frozen(getattr(stored, name))
            elif key not in stored.nodes:
                now = "(hilang)"
            else:
                node = stored.nodes[key]
                now = node.parent if name == "parent" else _frozen(getattr(node, name))
            if now != value:
                out.append((key, name, value, now))
        return out


def _differences(mine: Plan, stored: Plan) -> list:
    """What differs between two plans, readably (facts, nodes, families, reviews)."""
    out: list = [(n, getattr(mine, n), getattr(stored, n)) for n in ("name", "start_year",
                 "end_year", "government") if getattr(mine, n) != getattr(stored, n)]
    for key in sorted(set(mine.nodes) | set(stored.nodes)):
        a, b = mine.nodes.get(key), stored.nodes.get(key)
        if a is None or b is None:
            out.append((key, "ada" if a else "tidak ada", "ada" if b else "tidak ada"))
        elif a != b:
            out.append((key, a, b))
    for parent in sorted({n.parent for n in stored.nodes.values()} | {None}, key=str):
        if mine.children(parent) != stored.children(parent):
            out.append(("anak", parent, mine.children(parent), stored.children(parent)))
    if mine.reviews != stored.reviews:
        out.append(("reviu", mine.reviews, stored.reviews))
    return out


def _frozen(value: object) -> object:
    if isinstance(value, dict):
        return tuple(sorted(value.items(), key=lambda kv: str(kv[0])))
    if isinstance(value, list):
        return tuple(value)
    return value


def _step(edits: EditSession, ledger: Ledger, data) -> None:
    plan = edits.plan
    kind = data.draw(st.sampled_from(["edit", "edit", "edit", "edit", "pull", "undo"]))
    if kind == "pull":
        edits.pull()
        return
    parents = {k: n.parent for k, n in plan.nodes.items()}
    try:
        if kind == "undo":
            if not edits.can_undo():
                return
            changes = edits.undo()
        else:
            command = data.draw(edit(plan))
            if command is None:
                return
            changes = edits.push(command)
    except ModelError:
        return
    except Conflict as clash:
        assert clash.items and all(i.field for i in clash.items)
        assert str(clash)
        return
    except StoreError as failure:  # a value the server cannot hold (a NUL in a text): rolled back
        assert "NUL" in str(failure)
        return
    ledger.record(plan, changes, parents)


def _two_writers(place: str, data) -> None:
    PlanFile.create(place, rich_plan(), overwrite=True).close()
    stores = [PlanFile.open(place), PlanFile.open(place)]
    try:
        writers = [EditSession(pf.plan, pf) for pf in stores]
        ledger = Ledger()
        for _ in range(data.draw(st.integers(1, 40), label="steps")):
            who = data.draw(st.integers(0, 1), label="writer")
            _step(writers[who], ledger, data)
        stored = PlanFile.read(place)
        assert ledger.missing(stored) == []
        for w in writers:
            w.pull()
            assert _differences(w.plan, stored) == []
    finally:
        for pf in stores:
            pf.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_two_writers_on_a_file_merge_or_name_every_conflict(tmp_path, data):
    _two_writers(str(tmp_path / "bersama.pokin"), data)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_two_writers_on_a_server_merge_or_name_every_conflict(team_place, data):
    _two_writers(team_place, data)
