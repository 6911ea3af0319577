"""Comparing plans: every kind of change is reported, exactly, and nothing else."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model.commands import (
    AddNode,
    DeleteSubtree,
    MoveNode,
    SetField,
    SetPlanField,
    add_indicator,
    change_indicator,
    move_indicator,
    remove_indicator,
)
from app.model.diff import CONTRACT_FIELDS, FIELD_ORDER, diff_plans
from app.model.diff_rows import change_rows
from app.model.levels import LevelScheme
from app.model.plan import NODE_FIELDS, Indicator, ModelError, Node, Plan
from tests.revision_plans import DINKES, DISDIK, DPUPR, ind, sample_plan

# --- examples -----------------------------------------------------------------


def test_identical_plans_have_no_changes() -> None:
    a = sample_plan()
    d = diff_plans(a, a.copy())
    assert d.is_empty()
    assert d.to_dict() == {"added": [], "removed": [], "moved": [], "changed": []}


def test_json_has_exactly_the_contract_shape() -> None:
    a = sample_plan()
    b = a.copy()
    b.execute(AddNode(Node("K-9", "Kegiatan", "Baru", parent="P-2")))
    b.execute(DeleteSubtree("SK-2"))
    b.execute(MoveNode("K-2", "P-2"))
    b.execute(SetField("SS-1", "statement", "Menurunnya stunting"))
    b.execute(SetField("SS-1", "code", "X"))
    b.execute(MoveNode("T-1", None))  # already at the top: nothing changes
    out = json.loads(diff_plans(a, b).to_json())
    assert list(out) == ["added", "removed", "moved", "changed"]
    assert out["added"] == ["K-9"]
    assert out["removed"] == ["SK-2"]
    assert out["moved"] == [{"node": "K-2", "from": "P-1", "to": "P-2"}]
    assert out["changed"] == [{"node": "SS-1", "fields": ["statement", "code"]}]
    assert diff_plans(a, b).marks() == {
        "K-9": "added", "SK-2": "removed", "K-2": "moved", "SS-1": "changed"}


def test_contract_field_names_come_first_and_exact() -> None:
    assert FIELD_ORDER[:6] == (
        "statement", "opds", "code", "indicators", "level", "further_parents"
    )
    assert set(NODE_FIELDS) | {"order"} == set(FIELD_ORDER)
    a = sample_plan()
    b = a.copy()
    b.execute(SetField("K-2", "further_parents", ("P-2",)))
    b.execute(SetField("K-2", "level", "Program"))
    b.execute(SetField("K-2", "indicators", ()))
    b.execute(SetField("K-2", "opds", (DINKES,)))
    b.execute(SetField("K-2", "notes", "catatan"))
    b.execute(SetField("K-2", "budget", {2025: 1.0}))
    b.execute(SetField("K-2", "statement", "Lain"))
    b.execute(SetField("K-2", "code", "1.02.02.2.09"))
    (change,) = diff_plans(a, b).changed
    assert change.fields == CONTRACT_FIELDS + ("notes", "budget")


def test_top_level_moves_use_null() -> None:
    a = sample_plan()
    b = a.copy()
    b.execute(MoveNode("S-2", None))
    assert diff_plans(a, b).to_dict()["moved"] == [{"node": "S-2", "from": "T-1", "to": None}]
    assert diff_plans(b, a).to_dict()["moved"] == [{"node": "S-2", "from": None, "to": "T-1"}]


def test_reorder_is_order_on_the_fewest_nodes_not_a_move() -> None:
    a = sample_plan()
    for k in ("K-4", "K-5", "K-6"):
        a.load_nodes([Node(k, "Kegiatan", k, parent="P-1")])
    b = a.copy()
    b.execute(MoveNode("K-1", "P-1"))  # K-1 from first to last among six siblings
    d = diff_plans(a, b)
    assert d.moved == []
    assert [(c.node, c.fields) for c in d.changed] == [("K-1", ("order",))]


def test_adding_or_deleting_a_sibling_does_not_reorder_the_others() -> None:
    a = sample_plan()
    b = a.copy()
    b.execute(AddNode(Node("K-0", "Kegiatan", "Awal", parent="P-1"), 0))
    b.execute(DeleteSubtree("SK-3"))
    d = diff_plans(a, b)
    assert d.changed == [] and d.added == ["K-0"] and d.removed == ["SK-3"]


def test_indicator_details_by_name_with_targets_per_year() -> None:
    a = sample_plan()
    b = a.copy()
    posyandu = b["K-1"].indicators[1]
    b.execute(change_indicator(b, "K-1", 1, Indicator(
        posyandu.name, posyandu.jenis, "buah", posyandu.polaritas, posyandu.baseline,
        {2024: 97, 2025: posyandu.targets[2025], 2027: 130})))
    b.execute(remove_indicator(b, "K-1", 0))
    b.execute(add_indicator(b, "K-1", ind("Ibu hamil KEK tertangani", jenis="output")))
    (change,) = diff_plans(a, b).changed
    assert change.fields == ("indicators",)
    got = {(c.name, c.kind): c for c in change.indicators}
    assert set(got) == {
        ("Balita gizi kurang tertangani", "removed"),
        ("Ibu hamil KEK tertangani", "added"),
        ("Posyandu aktif", "changed"),
    }
    changed = got[("Posyandu aktif", "changed")]
    assert changed.fields == ("satuan", "targets")
    assert changed.targets == {
        2024: (posyandu.targets[2024], 97),
        2026: (posyandu.targets[2026], None),
        2027: (None, 130),
    }


def test_reordered_indicators_change_the_field_without_details() -> None:
    a = sample_plan()
    b = a.copy()
    b.execute(move_indicator(b, "K-1", 0, 1))
    (change,) = diff_plans(a, b).changed
    assert change.fields == ("indicators",) and change.indicators == ()


def test_plan_facts() -> None:
    a = sample_plan()
    b = a.copy()
    b.execute(SetPlanField("name", "RPD Kota Contoh (final)"))
    b.execute(SetPlanField("scheme", LevelScheme.tematik()))
    d = diff_plans(a, b)
    assert d.plan == {
        "name": ("RPD Kota Contoh 2024-2026", "RPD Kota Contoh (final)"),
        "scheme": (LevelScheme.default(), LevelScheme.tematik()),
    }
    assert d.to_dict()["changed"] == []


def test_same_key_deleted_and_added_again_is_changed_not_added() -> None:
    a = sample_plan()
    b = a.copy()
    b.execute(DeleteSubtree("SK-4"))
    b.execute(AddNode(Node("SK-4", "Sub Kegiatan", "Penyediaan buku ajar digital",
                           opds=(DISDIK,), parent="K-3")))
    d = diff_plans(a, b)
    assert d.added == [] and d.removed == []
    assert d.changed[0].node == "SK-4" and d.changed[0].fields[:1] == ("statement",)


# --- the property: random edit sequences --------------------------------------

TEXTS = ("Meningkatnya A", "Menurunnya B & C", "Tersedianya <D>", "")
OPDS = ((), (DINKES,), (DISDIK,), (DINKES, DPUPR))
LEVELS = LevelScheme.default().names


def _value(data: st.DataObject, plan: Plan, start: Plan, key: str, name: str) -> object:
    """A new value for a field; sometimes the value the node had at the start."""
    if key in start and data.draw(st.booleans(), label="back to start"):
        return getattr(start[key], name)
    if name in ("statement", "code", "position", "notes"):
        return data.draw(st.sampled_from(TEXTS))
    if name == "opds":
        return data.draw(st.sampled_from(OPDS))
    if name == "level":
        return data.draw(st.sampled_from(LEVELS))
    if name == "further_parents":
        keys = sorted(plan.nodes)
        return tuple(data.draw(st.lists(st.sampled_from(keys), max_size=2, unique=True)))
    if name == "budget":
        return data.draw(st.dictionaries(st.sampled_from((2024, 2025, 2026)),
                                         st.sampled_from((0.0, 1e6, 2.5e6)), max_size=2))
    if name == "extra":
        return data.draw(st.dictionaries(st.sampled_from(("Sumber", "Lokasi")),
                                         st.sampled_from(("APBD", "Prajuritkulon")),
                                         max_size=1))
    assert name == "indicators"
    inds = list(plan[key].indicators)
    op = data.draw(st.sampled_from(("add", "remove", "target", "satuan", "rename")))
    if op == "add" or not inds:
        inds.append(ind(data.draw(st.sampled_from(("Indikator baru", "Cakupan X")))))
    else:
        i = data.draw(st.integers(0, len(inds) - 1))
        old = inds[i]
        if op == "remove":
            del inds[i]
        elif op == "target":
            year = data.draw(st.sampled_from((2024, 2025, 2026)))
            inds[i] = old.with_target(year, data.draw(st.sampled_from((None, 50, 75.5))))
        elif op == "satuan":
            inds[i] = Indicator(old.name, old.jenis, data.draw(st.sampled_from(("%", "unit"))),
                                old.polaritas, old.baseline, old.targets)
        else:
            inds[i] = Indicator(old.name + " (revisi)", old.jenis, old.satuan, old.polaritas,
                                old.baseline, old.targets)
    return tuple(inds)


class Shadow:
    """What the edit sequence did, kept from the commands' own arguments, not from the plan."""

    def __init__(self, plan: Plan) -> None:
        self.nodes = {k: {"parent": n.parent, **{f: getattr(n, f) for f in NODE_FIELDS}}
                      for k, n in plan.nodes.items()}
        self.facts = plan.facts()

    def add(self, node: Node) -> None:
        self.nodes[node.key] = {"parent": node.parent,
                                **{f: getattr(node, f) for f in NODE_FIELDS}}

    def delete(self, key: str) -> None:
        gone, todo = set(), [key]
        while todo:
            k = todo.pop()
            gone.add(k)
            todo.extend(c for c, v in self.nodes.items() if v["parent"] == k and c not in gone)
        for k in gone:
            del self.nodes[k]
        for v in self.nodes.values():
            v["further_parents"] = tuple(p for p in v["further_parents"] if p not in gone)


def _lcs(a: list[str], b: list[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            cur = row[j + 1]
            row[j + 1] = prev + 1 if x == y else max(row[j + 1], row[j])
            prev = cur
    return row[-1]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_diff_reports_exactly_what_a_random_edit_sequence_did(data: st.DataObject) -> None:
    start = sample_plan()
    # More siblings, so that reorders among three or more happen often.
    start.load_nodes(Node(f"K-1{i}", "Kegiatan", f"Kegiatan {i}", parent="P-1") for i in range(3))
    plan = start.copy()
    shadow = Shadow(plan)
    fresh = iter(f"X-{i}" for i in range(1000))
    for _ in range(data.draw(st.integers(0, 14), label="edits")):
        keys = sorted(plan.nodes)
        kind = data.draw(st.sampled_from(("add", "delete", "move", "reorder", "field", "fact")))
        if not keys and kind != "add":
            continue
        try:
            if kind == "add":
                gone = sorted(set(start.nodes) - set(plan.nodes))
                key = data.draw(st.sampled_from(gone)) if gone and data.draw(
                    st.booleans(), label="reuse a deleted key") else next(fresh)
                parent = data.draw(st.sampled_from([None, *keys]))
                node = Node(key, data.draw(st.sampled_from(LEVELS)), data.draw(
                    st.sampled_from(TEXTS)), opds=data.draw(st.sampled_from(OPDS)),
                    parent=parent)
                plan.execute(AddNode(node, data.draw(st.none() | st.integers(0, 4))))
                shadow.add(node)
            elif kind == "delete":
                key = data.draw(st.sampled_from(keys))
                plan.execute(DeleteSubtree(key))
                shadow.delete(key)
            elif kind == "move":
                key = data.draw(st.sampled_from(keys))
                first = start[key].parent if key in start else None
                parent = data.draw(st.sampled_from([first, None, *keys]))
                plan.execute(MoveNode(key, parent, data.draw(st.none() | st.integers(0, 3))))
                shadow.nodes[key]["parent"] = parent
            elif kind == "reorder":
                key = data.draw(st.sampled_from(keys), label="reorder")
                plan.execute(MoveNode(key, plan[key].parent, data.draw(st.integers(0, 3))))
            elif kind == "field":
                key = data.draw(st.sampled_from(keys))
                name = data.draw(st.sampled_from(NODE_FIELDS))
                value = _value(data, plan, start, key, name)
                command = SetField(key, name, value)
                plan.execute(command)
                shadow.nodes[key][name] = command.value
            else:
                name, value = data.draw(st.sampled_from((
                    ("name", "RPD revisi"), ("name", start.name), ("end_year", 2027),
                    ("government", "Kota Lain"), ("scheme", LevelScheme.tematik()),
                )))
                plan.execute(SetPlanField(name, value))
                shadow.facts[name] = value
        except ModelError:
            continue  # refused edits change nothing (a move under its own descendant, ...)

    d = diff_plans(start, plan)
    old = set(start.nodes)
    assert d.added == sorted(set(shadow.nodes) - old)
    assert d.removed == sorted(old - set(shadow.nodes))
    both = sorted(old & set(shadow.nodes))
    assert [(m.node, m.old_parent, m.new_parent) for m in d.moved] == [
        (k, start[k].parent, shadow.nodes[k]["parent"])
        for k in both if start[k].parent != shadow.nodes[k]["parent"]
    ]
    expected = {
        k: tuple(f for f in FIELD_ORDER if f in NODE_FIELDS
                 and shadow.nodes[k][f] != getattr(start[k], f))
        for k in both
    }
    got = {c.node: c.fields for c in d.changed}
    assert {k: tuple(f for f in v if f != "order") for k, v in got.items() if v != ("order",)} \
        == {k: v for k, v in expected.items() if v}
    assert d.plan == {n: (getattr(start, n), v) for n, v in shadow.facts.items()
                      if getattr(start, n) != v}

    # Order: flagged siblings are the fewest whose removal leaves the same relative order.
    reordered = {k for k, v in got.items() if "order" in v}
    for parent in {start[k].parent for k in both}:
        stay = {k for k in both if start[k].parent == parent == plan[k].parent}
        a = [k for k in start.children(parent) if k in stay]
        b = [k for k in plan.children(parent) if k in stay]
        flagged = reordered & stay
        assert len(flagged) == len(a) - _lcs(a, b)
        assert [k for k in a if k not in flagged] == [k for k in b if k not in flagged]
    assert all(k in both and start[k].parent == plan[k].parent for k in reordered)

    # Every change has its line in the matriks perubahan, and only changes have one.
    rows = change_rows(d, start, plan)
    assert {r.key for r in rows if r.key} == set(d.marks())
    assert {r.key for r in rows if r.kind == "Dipindah"} == {m.node for m in d.moved}
    assert sum(1 for r in rows if not r.key) == len(d.plan)

    # Details agree with the fields, and the comparison read backwards is its mirror image.
    for c in d.changed:
        assert bool(c.indicators) <= ("indicators" in c.fields)
    back = diff_plans(plan, start)
    assert (back.added, back.removed) == (d.removed, d.added)
    assert [(m.node, m.new_parent, m.old_parent) for m in back.moved] == [
        (m.node, m.old_parent, m.new_parent) for m in d.moved]
    assert {c.node for c in back.changed if set(c.fields) - {"order"}} == {
        c.node for c in d.changed if set(c.fields) - {"order"}}


def test_values_are_written_the_indonesian_way() -> None:
    from app.util.indonesian import format_value

    assert [format_value(v) for v in (1_250_000, 175e6, 75.5, 0.125, -2.5, None, "n/a")] == [
        "1.250.000", "175.000.000", "75,5", "0,125", "-2,5", "", "n/a"]
    assert format_value(12345.75) == "12.345,75"
