"""Cards and text metrics: wrapping, sizes, colours, Indonesian numbers."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from app.geometry.card import (
    CardCache,
    CardStyle,
    card_text,
    format_number,
    indicator_name,
    indicator_values,
    strip_text,
    text_fits,
)
from app.geometry.fontmetrics import ellipsize, text_width, wrap
from app.geometry.palette import DEFAULT_PALETTE, level_colour
from app.model.levels import DEFAULT_LEVELS, LevelScheme
from app.model.plan import Indicator, Node, Plan
from tests.conftest import ROOT

FONTS = ROOT / "resources" / "fonts"
SAMPLES = [
    "Meningkatnya cakupan upaya kesehatan perorangan dan masyarakat",
    "Terwujudnya tata kelola pemerintahan yang bersih, efektif – dan “akuntabel” … 75,5%",
    "Àpa çà ñ ü ß Ø · • → ‘x’ — 1.234",
]


@pytest.fixture(scope="module")
def rl_fonts():
    registerFont(TTFont("TestDejaVu", str(FONTS / "DejaVuSans.ttf")))
    registerFont(TTFont("TestDejaVuBold", str(FONTS / "DejaVuSans-Bold.ttf")))


@pytest.mark.parametrize("text", SAMPLES)
@pytest.mark.parametrize("bold", [False, True])
def test_widths_match_the_real_font(rl_fonts, text, bold):
    real = stringWidth(text, "TestDejaVuBold" if bold else "TestDejaVu", 12)
    assert text_width(text, 12, bold) == pytest.approx(real, abs=0.01)


def test_unknown_characters_count_as_average():
    assert text_width("中", 10) > 0
    assert text_width("中中", 10) == pytest.approx(2 * text_width("中", 10))


def test_wrap_breaks_at_spaces_and_fits():
    text = SAMPLES[0] + " " + SAMPLES[1]
    lines = wrap(text, 150, 12)
    assert len(lines) > 2
    assert " ".join(lines) == " ".join(text.split())
    assert all(text_width(ln, 12) <= 150 for ln in lines)
    # Greedy: the next word would not have fit on any line.
    for a, b in zip(lines, lines[1:], strict=False):
        assert text_width(a + " " + b.split()[0], 12) > 150


def test_wrap_hard_breaks_a_long_word_and_keeps_newlines():
    lines = wrap("x" * 200, 80, 10)
    assert "".join(lines) == "x" * 200
    assert all(text_width(ln, 10) <= 80 for ln in lines)
    assert wrap("satu\ndua", 500, 10) == ["satu", "dua"]
    assert wrap("   ", 100, 10) == []


def test_ellipsize():
    lines = wrap(SAMPLES[0] * 3, 120, 12)
    cut = ellipsize(lines, 3, 120, 12)
    assert len(cut) == 3 and cut[-1].endswith("…")
    assert text_width(cut[-1], 12) <= 120
    assert ellipsize(lines[:2], 3, 120, 12) == lines[:2]


@pytest.mark.parametrize(
    "value,text",
    [(75.5, "75,5"), (1234, "1.234"), (1234567.25, "1.234.567,25"), (0, "0"), (5.05, "5,05"),
     (-3.5, "-3,5"), (100.0, "100"), ("BB", "BB"), (None, "–"), (0.1 + 0.2, "0,3")],
)
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize(
    "value,text",
    [(True, "True"), (False, "False"), ("", "–"), ("  naik 5%  ", "naik 5%"), (float("nan"), "–"),
     (float("inf"), "inf"), (-0.0, "0"), (10**16, "10.000.000.000.000.000"),
     (1234.5678912, "1.234,5679"), (0.00004, "0"), (0.00005, "0,0001"), (-1e-5, "0")],
)
def test_format_number_odd_values(value, text):
    """Card values as typed: booleans and text as written, missing or NaN as "–", 4 decimals."""
    assert format_number(value) == text


def test_strip_text_and_indicator_name():
    assert strip_text(Node("A", "Program", "x", code="1.02.02")) == "PROGRAM · 1.02.02"
    assert strip_text(Node("A", "Sub Kegiatan", "x")) == "SUB KEGIATAN"
    assert strip_text(Node("A", "", "x", code="9")) == "? · 9"
    assert indicator_name(Indicator(" Persentase layanan ", satuan=" % ")) == "Persentase layanan (%)"
    assert indicator_name(Indicator("Indeks", satuan="  ")) == "Indeks"
    assert indicator_name(Indicator("  ", satuan="unit")) == "(indikator tanpa nama) (unit)"


def test_indicator_values_word_for_word():
    """The value line, and values that compare equal but print apart (remembered lines must not mix them)."""
    years = range(2024, 2027)
    line = indicator_values
    assert line(Indicator("a", baseline=70, targets={2024: 72, 2025: 74.5, 2026: 1234}), years) == (
        "awal 70 → 2024: 72 · 2025: 74,5 · 2026: 1.234")
    assert line(Indicator("a", targets={2025: "WTP"}), years) == "2024: – · 2025: WTP · 2026: –"
    assert line(Indicator("a", baseline="", targets={2024: ""}), years) == "2024: – · 2025: – · 2026: –"
    assert line(Indicator("a", baseline=float("nan"), targets={}), range(2024, 2025)) == (
        "awal – → 2024: –")
    # 1, 1.0 and True are equal keys of a dict; 0.0 and -0.0 too.
    assert line(Indicator("a", baseline=1, targets={2024: 1}), years) == (
        "awal 1 → 2024: 1 · 2025: – · 2026: –")
    assert line(Indicator("a", baseline=True, targets={2024: True}), years) == (
        "awal True → 2024: True · 2025: – · 2026: –")
    assert line(Indicator("a", baseline=1.0, targets={2024: False}), years) == (
        "awal 1 → 2024: False · 2025: – · 2026: –")
    assert line(Indicator("a", baseline=1, targets={2024: 1}), years) == (
        "awal 1 → 2024: 1 · 2025: – · 2026: –")
    assert line(Indicator("a", baseline=0.0, targets={2024: -0.0}), range(2024, 2025)) == (
        "awal 0 → 2024: 0")
    assert line(Indicator("a", baseline=2, targets={2024: 1.5}), range(2024, 2025)) == (
        "awal 2 → 2024: 1,5")
    assert line(Indicator("a", baseline=3, targets={2024: 1.5}), range(2024, 2025)) == (
        "awal 3 → 2024: 1,5")


def _plan(scheme: LevelScheme | None = None) -> Plan:
    plan = Plan("RPD", "Kota", start_year=2024, end_year=2026, scheme=scheme)
    plan.load_nodes([
        Node("P", (scheme or LevelScheme.default()).names[3],
             "Meningkatnya cakupan upaya kesehatan perorangan dan upaya kesehatan masyarakat",
             ("Dinas Kesehatan, Pengendalian Penduduk dan KB", "RSUD"), code="1.02.02",
             indicators=(
                 Indicator("Persentase penduduk yang terlayani kesehatan", "outcome", "%", "naik",
                           70, {2024: 72.5, 2025: 74, 2026: 1234}),
                 Indicator("Indeks kepuasan", "outcome", "", "naik", None, {2024: 80}),
             )),
    ])
    return plan


def test_card_text_content_and_geometry():
    plan = _plan()
    style = CardStyle()
    card = card_text(plan["P"], plan, style)
    assert card.strip_text == "PROGRAM · 1.02.02"
    assert card.colour == DEFAULT_PALETTE["program"]
    assert " ".join(card.statement_lines) == plan["P"].statement
    assert "Dinas Kesehatan" in " ".join(card.opd_lines) and "RSUD" in " ".join(card.opd_lines)
    values = card.role_lines("value")
    assert any("awal 70 →" in v for v in values)
    joined = " ".join(values)
    assert "2024: 72,5" in joined and "2026: 1.234" in joined and "2025: –" in joined
    assert "Persentase penduduk yang terlayani kesehatan (%)" in " ".join(card.role_lines("indicator"))
    assert text_fits(card)
    # Baselines go down the card and all sit inside it.
    ys = [ln.y for ln in card.lines]
    assert ys == sorted(ys) and ys[-1] < card.height
    assert len(card.rules) == 1 and card.rules[0] < card.height
    statement = [ln for ln in card.lines if ln.role == "statement"]
    opd = [ln for ln in card.lines if ln.role == "opd"]
    assert statement[0].size > opd[0].size  # the statement is the largest text


def test_compact_card_cuts_statement_and_drops_indicators():
    plan = _plan()
    long = Node("X", "Program", " ".join(["Meningkatnya kualitas layanan publik"] * 8))
    plan.load_nodes([long])
    full = card_text(plan["X"], plan, CardStyle())
    small = card_text(plan["X"], plan, CardStyle(compact=True))
    assert len(full.statement_lines) > 3
    assert len(small.statement_lines) == 3 and small.statement_lines[-1].endswith("…")
    assert small.height < full.height
    assert not card_text(plan["P"], plan, CardStyle(compact=True)).role_lines("value")


def test_empty_statement_is_visible():
    plan = Plan()
    plan.load_nodes([Node("E", "Tujuan", "")])
    assert card_text(plan["E"], plan, CardStyle()).statement_lines == ["(pernyataan belum diisi)"]


def test_level_colours():
    default = LevelScheme.default()
    assert [level_colour(default, n) for n in DEFAULT_LEVELS] == [
        "#1B5E20", "#2E7D32", "#00796B", "#1565C0", "#546E7A", "#8D8D8D"]
    assert level_colour(default, "tidak ada") == "#9E9E9E"
    tematik = LevelScheme.tematik()
    ramp = [level_colour(tematik, n) for n in tematik.names]
    assert ramp[0] == "#1B5E20" and ramp[-1] == "#8D8D8D"
    assert len(set(ramp)) == len(ramp)
    assert all(len(c) == 7 and c.startswith("#") for c in ramp)


def test_card_cache_invalidates():
    plan = _plan()
    cache = CardCache(plan, CardStyle())
    first = cache.get("P")
    assert cache.get("P") is first
    plan["P"].statement = "Pendek"
    assert cache.get("P") is first
    cache.invalidate({"P"})
    assert cache.get("P").statement_lines == ["Pendek"]
    assert cache.size("P")[1] < first.height


def test_a_strip_too_long_for_the_card_keeps_the_code():
    """On a projector's card "SUB KEGIATAN · 1.02.02.2.02.0001" gives way level first."""
    plan = Plan()
    node = Node("SK", "Sub Kegiatan", "Tersedianya layanan", code="1.02.02.2.02.0001")
    plan.load_nodes([node])
    big = CardStyle(width=300.0, strip_size=13.0, badge_room=64.0)
    strip = card_text(node, plan, big).lines[0].text
    assert strip.endswith("1.02.02.2.02.0001") and "…" not in strip
    assert card_text(node, plan, CardStyle()).lines[0].text == "SUB KEGIATAN · 1.02.02.2.02.0001"
