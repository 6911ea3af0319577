"""The zoomed-out card text (app/geometry/zoomed.py): whole words, one size per step, a strip
that gives up its parts in order. Checked on the bundled sample and on a generated plan."""

from __future__ import annotations

import importlib
import sys

import pytest

from app.exchange import read_workbook
from app.geometry.card import CardCache, CardStyle
from app.geometry.fontmetrics import text_width
from app.geometry.strip import level_abbreviations, strip_label
from app.geometry.zoomed import (
    ELLIPSIS,
    LOD_BLOCK,
    LOD_STRIP,
    STEPS,
    fit_words,
    zoom_step,
    zoomed_card,
)
from app.model.plan import Plan
from tests.conftest import ROOT

PRESENTATION_LIKE = CardStyle(width=300.0, pad=10.0, strip_height=30.0, strip_size=13.0,
                              statement_size=20.0, statement_bold=True, opd_size=14.0,
                              indicator_size=14.0, badge_room=64.0)


@pytest.fixture(scope="module")
def sample() -> Plan:
    return read_workbook(ROOT / "resources" / "rpd-kota-mojokerto.xlsx")


@pytest.fixture(scope="module")
def generated() -> Plan:
    bench = str(ROOT / "benchmarks")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("generate").generate_plan(1500, 5)


def assert_whole_words(lines: list[str], statement: str, width: float, size: float) -> None:
    """The lines are the statement's first words, none cut, each within `width`; " …" ends
    the last line exactly when words were left out (unless a lone word leaves it no room)."""
    words = statement.split()
    shown: list[str] = []
    for i, line in enumerate(lines):
        assert text_width(line, size) <= width + 1e-6, (line, width)
        text = line
        if line.endswith(ELLIPSIS):
            assert i == len(lines) - 1, lines
            text = line[: -len(ELLIPSIS)]
        shown += text.split()
    assert shown == words[: len(shown)], (lines, statement)
    if len(shown) < len(words):
        lone = len(lines[-1].split()) == 1
        assert lines[-1].endswith(ELLIPSIS) or lone, lines
    else:
        assert not lines[-1].endswith(ELLIPSIS), lines


@pytest.mark.parametrize("plan_name", ["sample", "generated"])
@pytest.mark.parametrize("style", [CardStyle(), PRESENTATION_LIKE], ids=["editor", "projector"])
def test_every_card_at_every_step_shows_whole_words_in_one_size(plan_name, style, request):
    plan: Plan = request.getfixturevalue(plan_name)
    cards = CardCache(plan, style)
    with_words = 0
    for step in STEPS:
        statement_sizes: set[float] = set()
        strip_sizes: set[float] = set()
        for node in plan.nodes.values():
            w, h = cards.size(node.key)
            z = zoomed_card(node.level, node.code, node.statement, w, h, step)
            inner = w - 2 * step.pad
            statement = node.statement.strip() or "(pernyataan belum diisi)"
            lines = z.statement_lines
            if lines:
                with_words += 1
                assert_whole_words(lines, statement, inner, step.words_size)
            else:
                assert z.bars or h - z.strip_height < 2 * step.bar_height, node.key
            for ln in z.lines:
                (strip_sizes if ln.role == "strip" else statement_sizes).add(ln.size)
                descent = ln.size * 0.236
                assert ln.y + descent <= h + 1e-6, (node.key, ln)  # inside the card
                assert text_width(ln.text, ln.size, ln.bold) <= inner + 1e-6
            for x, y, bw, bh in z.bars:
                assert x >= 0 and x + bw <= w and y + bh <= h
            if z.strip_text:
                assert z.strip_text in _strip_forms(node.level, node.code)
        assert len(statement_sizes) <= 1 and len(strip_sizes) == 1, step
    # Words at 25 % and above for most cards, not bars everywhere.
    assert with_words > len(plan) * 0.8


def _strip_forms(level: str, code: str) -> set[str]:
    levels = level_abbreviations(level)
    forms = set(levels)
    if code:
        parts = code.split(".")
        forms |= {f"{lv} · {code}" for lv in levels} | {code}
        forms |= {"…" + ".".join(parts[k:]) for k in range(1, len(parts))}
    return forms


def test_steps_cover_the_zoomed_out_range_with_words_only_where_readable():
    assert zoom_step(LOD_STRIP) is None and zoom_step(LOD_BLOCK - 1e-9) is None
    assert zoom_step(0.25) is zoom_step(0.27) is STEPS[1]
    assert zoom_step(0.34) is STEPS[0] and zoom_step(LOD_BLOCK) is STEPS[-1]
    for step in STEPS:
        # On screen at the step's lowest zoom: the strip bold 9 px, words 8 px or bars.
        assert step.strip_size * step.floor == pytest.approx(9.0, abs=0.01)
        assert step.words_size is None or step.words_size * step.floor >= 8.0
    assert STEPS[1].words_size is not None  # at 25 % words are shown
    # The usual first word of a statement fits a 256-wide card whole.
    assert text_width("Meningkatnya", STEPS[1].words_size) <= 256 - 2 * STEPS[1].pad


def test_fit_words_never_cuts_a_word():
    text = "Meningkatnya cakupan upaya kesehatan perorangan dan masyarakat"
    assert fit_words(text, 2000, 10, 1) == (text,)
    lines = fit_words(text, 240, 33.5, 3)
    assert lines == ("Meningkatnya", "cakupan", "upaya …")
    assert fit_words(text, 240, 33.5, 1) == ("Meningkatnya",)  # no room for " …" beside it
    assert fit_words("Terselenggaranya rapat koordinasi", 240, 33.5, 3) == ()
    assert fit_words("Menurunnya angka kemiskinan", 240, 33.5, 0) == ()
    assert fit_words("   ", 240, 33.5, 3) == ()
    # Words after a word too wide for any line are not shown either: the text stops there.
    assert fit_words("Menurunnya Terselenggaranyaaaaaa angka", 300, 33.5, 3) == ("Menurunnya …",)


def test_strip_keeps_the_code_and_abbreviates_the_level_first():
    size = 10.0

    def at(text: str) -> str:
        return strip_label("Program", "1.02.02", text_width(text, size, True) + 0.01, size)

    assert at("PROGRAM · 1.02.02") == "PROGRAM · 1.02.02"
    assert at("PROG. · 1.02.02") == "PROG. · 1.02.02"
    assert at("1.02.02") == "1.02.02"
    assert at("…02.02") == "…02.02"
    assert at("PROG.") == "PROG."
    assert at("P") == "P"
    assert strip_label("Program", "1.02.02", 1.0, size) == ""
    sub = "1.02.02.2.01.0001"
    assert strip_label("Sub Kegiatan", sub, text_width("…0001", size, True) + 0.01,
                       size) == "…0001"
    assert strip_label("Sasaran Strategis PD", "", text_width("SSPD", size, True) + 0.01,
                       size) == "SSPD"
    assert level_abbreviations("Sub Kegiatan") == ("SUB KEGIATAN", "SUB KEG.", "SK", "S")
    assert level_abbreviations("Kegiatan")[:2] == ("KEGIATAN", "KEG.")
    assert level_abbreviations("Operational-N")[1] == "OP.-N"
