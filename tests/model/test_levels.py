"""Level schemes: parsing the workbook's `Skema Level`, code kinds, indicator types."""

import pytest

from app.model.levels import LevelScheme, SchemeError


def test_default_scheme_round_trips_through_its_text():
    scheme = LevelScheme.default()
    assert scheme.to_text() == (
        "Tujuan;Sasaran;*Sasaran Strategis PD;Program;Kegiatan;Sub Kegiatan"
    )
    assert LevelScheme.parse(scheme.to_text()) == scheme
    assert LevelScheme.parse("") == scheme


def test_custom_scheme_with_tujuan_pd_marks_its_first_opd_level():
    scheme = LevelScheme.parse(" Tujuan ; Sasaran ; *Tujuan PD ; Sasaran PD; Program; Kegiatan; Sub Kegiatan")
    assert scheme.first_opd == 2
    assert scheme.is_opd_level("sasaran pd") and not scheme.is_opd_level("Sasaran")
    assert scheme.code_kind("Program") == "program"
    assert scheme.code_kind("Sub Kegiatan") == "sub kegiatan"
    assert scheme.code_kind("Tujuan PD") is None


def test_tematik_scheme_maps_codes_to_its_lowest_three_levels():
    scheme = LevelScheme.tematik()
    assert [scheme.code_kind(n) for n in scheme.names] == [
        None, None, None, "program", "kegiatan", "sub kegiatan"
    ]


def test_unnamed_scheme_falls_back_to_the_lowest_three_levels():
    scheme = LevelScheme.parse("A;B;*C;D;E;F")
    assert [scheme.code_kind(n) for n in scheme.names] == [
        None, None, None, "program", "kegiatan", "sub kegiatan"
    ]


def test_expected_indicator_types_follow_the_contract():
    scheme = LevelScheme.default()
    assert "output" not in scheme.expected_jenis("Program")
    assert "output" in scheme.expected_jenis("Kegiatan")
    assert "dampak" in scheme.expected_jenis("Sasaran")
    assert "dampak" not in scheme.expected_jenis("Sasaran Strategis PD")


def test_duplicate_level_names_are_refused():
    with pytest.raises(SchemeError):
        LevelScheme.parse("Tujuan;tujuan;Program")
