"""A block pasted from a spreadsheet is read with one decimal mark for the whole block."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.util.indonesian import format_number, parse_pasted, pasted_decimal_mark


@pytest.mark.parametrize(
    ("cells", "mark", "values"),
    [
        (["75,5", "76", "77,25"], ",", [75.5, 76.0, 77.25]),  # an Indonesian sheet
        (["75.5", "76", "1,250"], ".", [75.5, 76.0, 1250.0]),  # an English one: 1,250 = 1250
        (["1,234.5", "2,000"], ".", [1234.5, 2000.0]),
        (["1.234,5", "2.000"], ",", [1234.5, 2000.0]),
        (["0.125", "1.234"], ".", [0.125, 1.234]),  # a zero before the mark: a decimal point
        (["1.250", "2.000"], ",", [1250.0, 2000.0]),  # no clue: the Indonesian reading
        (["1,250"], ",", [1.25]),
        (["1,234,567", "5"], ".", [1234567.0, 5.0]),
        (["70%", "72.5%", ""], ".", [70.0, 72.5, None]),
        (["WTP", "A", "BB"], ",", ["WTP", "A", "BB"]),
        (["a.b", "1.5"], ".", ["a.b", 1.5]),  # text is kept as it was, marks and all
        (["-0.5", "1.000"], ".", [-0.5, 1.0]),
    ],
)
def test_the_block_decides_the_decimal_mark(cells, mark, values):
    assert pasted_decimal_mark(cells) == mark
    assert parse_pasted(cells) == values


@given(st.lists(st.floats(-1e7, 1e7, allow_nan=False).map(lambda v: round(v, 2)), min_size=1,
                max_size=6))
def test_an_indonesian_row_and_its_english_twin_read_alike(values):
    indonesian = [format_number(v, 2) for v in values]
    english = [t.replace(".", "\x00").replace(",", ".").replace("\x00", ",") for t in indonesian]
    english_values = parse_pasted(english)
    indonesian_values = parse_pasted(indonesian)
    if pasted_decimal_mark(english) == ".":  # the English row gave itself away
        assert english_values == indonesian_values
    assert indonesian_values == pytest.approx([float(v) for v in values])
