"""How a typed target is judged: a number, a grade of a graded indicator, or a typo."""

from __future__ import annotations

import pytest

from app.model.plan import Indicator
from app.ui.panels.indicator_values import (
    GRADE,
    NOT_NUMERIC,
    OK,
    TYPO,
    judge_value,
    parse_year,
    reading,
)

NUMERIC = Indicator("Angka kemiskinan", "dampak", "%", "turun", 5.87, {2024: 5.45, 2025: 5.05})
GRADED = Indicator("Opini BPK atas LKPD", "outcome", "opini", "naik", "WTP", {2024: "WTP"})
FRESH = Indicator("Predikat SAKIP", "outcome", "predikat")


@pytest.mark.parametrize(
    ("ind", "value", "year", "kind"),
    [
        (NUMERIC, 5.0, 2026, OK),
        (NUMERIC, None, 2026, OK),
        (NUMERIC, "4,75", 2026, OK),  # text that reads as a number is a number
        (NUMERIC, "7,5,5", 2026, TYPO),
        (NUMERIC, "7o", 2026, TYPO),
        (NUMERIC, "A", 2026, NOT_NUMERIC),  # the other targets are numbers
        (GRADED, "WTP", 2025, GRADE),
        (GRADED, "7o", 2025, TYPO),  # digits that make no number are a typo anywhere
        (FRESH, "BB", 2024, GRADE),  # nothing says it counts in numbers: a grade
        (Indicator("Cakupan", satuan="%"), "tinggi", 2024, NOT_NUMERIC),  # a % never is a grade
        (Indicator("x", targets={2024: "A", 2025: 80.0}), "A", 2024, NOT_NUMERIC),
    ],
)
def test_targets(ind, value, year, kind):
    verdict = judge_value(ind, value, year=year)
    assert verdict.kind == kind
    assert bool(verdict.message) == (kind != OK)
    assert verdict.flagged == (kind in (TYPO, NOT_NUMERIC))
    if verdict.message:
        assert str(value) in verdict.message


def test_the_baseline_is_judged_against_the_targets():
    ind = Indicator("IPM", satuan="indeks", baseline="tinggi", targets={2024: 81.85})
    assert judge_value(ind, ind.baseline, baseline=True).kind == NOT_NUMERIC
    assert judge_value(Indicator("Opini", targets={2024: "WTP"}), "WDP", baseline=True).kind == GRADE


def test_a_lone_text_target_is_judged_without_itself():
    """The value being judged does not make its own indicator graded or numeric."""
    ind = Indicator("Predikat", targets={2024: "A"})
    assert judge_value(ind, "A", year=2024).kind == GRADE


def test_years_and_readings():
    assert parse_year("2023") == 2023
    assert parse_year("  ") is None
    for bad in ("23", "dua ribu", "20234", "1800"):
        assert "bukan tahun" in str(parse_year(bad))
    assert reading("1.234,5") == "Terbaca: 1.234,5"
    assert reading("78.5") == "Terbaca: 78,5"
    assert reading("WTP") == ""
