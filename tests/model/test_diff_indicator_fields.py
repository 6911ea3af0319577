"""The indicator fields of the manual IKU and the baseline year are compared like the others."""

from __future__ import annotations

from dataclasses import replace

from app.model.commands import change_indicator
from app.model.diff import INDICATOR_FIELDS, diff_plans
from app.model.diff_rows import INDICATOR_LABELS, change_rows
from app.model.plan import Indicator
from tests.revision_plans import sample_plan


def test_every_compared_indicator_field_has_a_label_for_the_change_table() -> None:
    assert set(INDICATOR_FIELDS) <= set(INDICATOR_LABELS)
    assert {"baseline_year", "reporting_period", "data_owner"} <= set(INDICATOR_FIELDS)


def test_baseline_year_reporting_period_and_data_owner_are_reported() -> None:
    a = sample_plan()
    b = a.copy()
    old = b["K-1"].indicators[1]
    new: Indicator = replace(old, baseline_year=2023, reporting_period="Semesteran",
                             data_owner="Seksi Data, Dinas Kesehatan")
    b.execute(change_indicator(b, "K-1", 1, new))
    (change,) = diff_plans(a, b).changed
    (ic,) = change.indicators
    assert ic.kind == "changed"
    assert ic.fields == ("baseline_year", "reporting_period", "data_owner")
    rows = {r.field: (r.old_value, r.new_value) for r in change_rows(diff_plans(a, b), a, b)}
    assert rows == {
        f"Tahun Baseline indikator: {old.name}": (None, 2023),
        f"Periode Pelaporan indikator: {old.name}": ("", "Semesteran"),
        f"Penanggung Jawab Data indikator: {old.name}": ("", "Seksi Data, Dinas Kesehatan"),
    }
