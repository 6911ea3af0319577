"""Lenient number reading: Indonesian and English habits, percent signs, non-numbers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.util.indonesian import format_number, parse_number, parse_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("75", 75.0),
        ("75,5", 75.5),
        ("1.234,5", 1234.5),
        ("1.234.567", 1234567.0),
        ("2.000", 2000.0),
        ("78.5", 78.5),
        ("0.125", 0.125),
        ("1234.567", 1234.567),
        ("1,234.5", 1234.5),
        ("1,234,567", 1234567.0),
        ("75%", 75.0),
        (" 75 % ", 75.0),
        ("12,5 persen", 12.5),
        ("-3,2", -3.2),
        ("+4", 4.0),
        ("Rp 1.000.000", 1000000.0),
        (".5", 0.5),
        (12, 12.0),
        (7.25, 7.25),
    ],
)
def test_numbers(text: object, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [None, "", " ", "-", ",", ".", "Tersedia", "1.2.3", "1,2,3", "1.234,5,6", "1e5", "12a",
     True, math.nan, math.inf, [1]],
)  # fmt: skip
def test_not_numbers(text: object) -> None:
    assert parse_number(text) is None


def test_format_number() -> None:
    assert format_number(75.0) == "75"
    assert format_number(75.5) == "75,5"
    assert format_number(1234.5) == "1.234,5"
    assert format_number(-0.125) == "-0,125"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False))
def test_formatted_numbers_read_back(value) -> None:
    number = float(value)
    assert parse_number(format_number(number)) == pytest.approx(number)


@given(st.text(alphabet="0123456789.,-+ ", max_size=12))
def test_fast_paths_agree_with_the_general_rules(text: str) -> None:
    assert parse_number(text) == parse_text(text)
