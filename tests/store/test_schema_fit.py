"""The tables hold every field the model has: a new model field must fail here, not vanish."""

from __future__ import annotations

from dataclasses import fields

from app.model.plan import PLAN_FIELDS, Indicator, Node, ReviewNote
from app.store.rows import NODE_COLUMNS, indicator_from_json, indicator_json
from app.store.schema import ROW_META, SCHEMA_VERSION, metadata, nodes, plan_facts, review_notes
from app.store.untrusted import TABLES


def test_every_node_field_has_a_column():
    # Besides the model's fields, a row carries its version and who wrote it last (merge.py).
    assert {f.name for f in fields(Node)} == set(NODE_COLUMNS) - {"ord"}
    assert [c.name for c in nodes.c] == [*NODE_COLUMNS, *ROW_META]


def test_every_plan_fact_and_review_field_has_a_column():
    assert set(PLAN_FIELDS) == {c.name for c in plan_facts.c} - {"id", "version"}
    assert {f.name for f in fields(ReviewNote)} == {c.name for c in review_notes.c} - {"version"}


def test_the_check_of_untrusted_files_knows_the_current_tables():
    assert TABLES[SCHEMA_VERSION] == {t.name: {c.name for c in t.c} for t in metadata.tables.values()}


def test_every_indicator_field_survives_its_json_form():
    full = Indicator("n", "output", "%", "turun", 1, {2025: "x"}, "d", "f", "s",
                     baseline_year=2023, reporting_period="Tahunan", data_owner="o")
    assert set(indicator_json(full)) == {f.name for f in fields(Indicator)}
    assert indicator_from_json(indicator_json(full)) == full
    assert indicator_json(Indicator("hanya nama")) == {"name": "hanya nama"}
