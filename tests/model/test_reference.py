"""The fast card measuring and layout give exactly what the plain former code gave.

`reference_impl` keeps the former, straightforward implementation. Every card's
lines and size and every layout box must be equal bit for bit (not approximately):
the canvas and the PDF draw what these return, and a card 0.01 pt taller is a
different page break.
"""

from __future__ import annotations

import importlib
import math
import random
import sys

import pytest

from app.exchange import read_workbook
from app.geometry.card import CardCache, CardStyle, card_size, card_text
from app.geometry.fontmetrics import ellipsize, text_width, wrap
from app.geometry.layout import Layout, layout_forest, layout_plan, plan_children
from app.model.levels import DEFAULT_LEVELS
from app.model.plan import Indicator, Node, Plan
from tests.conftest import BUNDLED_XLSX, ROOT
from tests.model.reference_impl import (
    ref_card_text,
    ref_ellipsize,
    ref_layout_forest,
    ref_plan_children,
    ref_text_width,
    ref_wrap,
)

STYLES = [
    CardStyle(),
    CardStyle(compact=True),
    CardStyle(compact=True, compact_lines=1, width=150.0),
    CardStyle(statement_bold=True, width=200.0, statement_size=14.0, pad=6.0),
    CardStyle(width=320.0, pad=12.0, strip_height=28.0, statement_size=16.0, opd_size=12.0,
              indicator_size=12.0, section_gap=7.5, indicator_gap=5.5),
    CardStyle(width=96.0, pad=4.0, badge_room=30.0, statement_size=10.3),
]

WORDS = ["Meningkatnya", "cakupan", "upaya", "kesehatan", "perorangan", "dan", "masyarakat",
         "Terwujudnya", "tata", "kelola", "pemerintahan", "yang", "bersih,", "efektif", "–",
         "“akuntabel”", "…", "75,5%", "Àpa", "çà", "ñ", "ü", "ß", "Ø", "·", "•", "→", "中文",
         "i", "W", "1.234", "x" * 40, "Pertumbuhan-Ekonomi-Daerah-Yang-Inklusif-Berkelanjutan",
         "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM"]
SEPARATORS = [" ", " ", " ", " ", "  ", "\n", " \n ", "\t", "\n\n"]


def random_text(rng: random.Random, max_words: int = 30) -> str:
    n = rng.randrange(0, max_words)
    parts = []
    for _ in range(n):
        parts.append(rng.choice(WORDS))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)


def random_value(rng: random.Random):
    return rng.choice([None, "", " ", 0, 0.0, -0.0, 1, 1.0, True, False, 75.5, 1234.5678912,
                       float("nan"), float("inf"), 10**16, "naik 5%", "  teks  ",
                       rng.uniform(-1e6, 1e6), rng.randrange(10**7), round(rng.uniform(0, 100), 2)])


def random_plan(seed: int, n: int = 60) -> Plan:
    rng = random.Random(seed)
    plan = Plan(name="acak", start_year=2024 + rng.randrange(3), end_year=2026 + rng.randrange(4))
    levels = list(DEFAULT_LEVELS) + ["Tingkat Lain", ""]
    keys: list[str] = []
    for i in range(n):
        inds = tuple(
            Indicator(name=random_text(rng, 12), satuan=rng.choice(["", "%", " persen ", "unit"]),
                      baseline=random_value(rng),
                      targets={y: random_value(rng) for y in range(2022, 2032) if rng.random() < .8})
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 5]))
        )
        node = Node(
            key=f"N{i}", level=rng.choice(levels), statement=random_text(rng, 40),
            opds=tuple(rng.choice(["Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah",
                                   "Dinas Pekerjaan Umum dan Penataan Ruang",
                                   "Kecamatan " + "X" * rng.randrange(1, 60)])
                       for _ in range(rng.choice([0, 0, 1, 1, 2, 4]))),
            code=rng.choice(["", "1.02", "1.02.02.2.01.0003", "9" * rng.randrange(1, 50)]),
            parent=rng.choice(keys) if keys and rng.random() < 0.9 else None,
            indicators=inds,
        )
        plan.nodes[node.key] = node
        keys.append(node.key)
    return plan


def assert_cards_equal(plan: Plan, style: CardStyle) -> None:
    cache = CardCache(plan, style)
    sized = CardCache(plan, style)
    for key, node in plan.nodes.items():
        want = ref_card_text(node, plan, style)
        got = card_text(node, plan, style)
        assert got == want, key
        assert card_size(node, plan, style) == (want.width, want.height), key
        assert sized.size(key) == (want.width, want.height), key  # measured without lines
        assert cache.get(key) == want, key
        assert cache.size(key) == (want.width, want.height), key


def layout_fields(lay: Layout) -> tuple:
    return (lay.boxes, lay.depth, lay.parent, lay.order, lay.row_tops, lay.row_heights,
            lay.width, lay.height, lay.stacked, lay.stack_columns, lay.stack_indent)


@pytest.mark.parametrize("seed", range(12))
def test_wrap_and_widths_match_the_reference(seed):
    rng = random.Random(seed)
    for _ in range(300):
        text = random_text(rng, 25)
        size = rng.choice([8.5, 9.0, 12.5, 16.0, rng.uniform(4, 30)])
        width = rng.choice([30.0, 80.0, 212.0, 240.0, rng.uniform(1, 400)])
        bold = rng.random() < 0.5
        lines = wrap(text, width, size, bold)
        assert lines == ref_wrap(text, width, size, bold), (text, width, size, bold)
        assert text_width(text, size, bold) == ref_text_width(text, size, bold)
        k = rng.randrange(1, 4)
        assert ellipsize(list(lines), k, width, size, bold) == ref_ellipsize(
            list(lines), k, width, size, bold)


@pytest.mark.parametrize("seed", range(8))
def test_cards_match_the_reference_on_random_plans(seed):
    plan = random_plan(seed)
    for style in STYLES:
        assert_cards_equal(plan, style)


@pytest.fixture(scope="module")
def generated():
    path = str(ROOT / "benchmarks")
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module("generate")


def test_cards_and_layout_match_the_reference_on_the_bundled_plan():
    plan = read_workbook(BUNDLED_XLSX)
    for style in STYLES[:2]:
        assert_cards_equal(plan, style)
        roots, shown = plan_children(plan)
        size = CardCache(plan, style).size
        for opts in ({}, {"stack_leaves": True, "stack_max_height": 900.0}):
            got = layout_plan(plan, style, **opts)
            want = ref_layout_forest(roots, shown.__getitem__, size, **opts)
            assert layout_fields(got) == layout_fields(want)


def test_cards_and_layout_match_the_reference_on_a_generated_plan(generated):
    plan = generated.generate_plan(1500, 3)
    style = CardStyle()
    assert_cards_equal(plan, style)
    roots, shown = plan_children(plan)
    size = CardCache(plan, style).size
    for opts in ({}, {"stack_leaves": True}, {"h_gap": 10.5, "subtree_gap": 31.25, "v_gap": 7}):
        got = layout_forest(roots, shown.__getitem__, size, **opts)
        assert layout_fields(got) == layout_fields(
            ref_layout_forest(roots, shown.__getitem__, size, **opts))


def random_children(n: int, seed: int):
    """Random families, sometimes listing a key twice or closing a cycle (drawn once)."""
    rng = random.Random(seed)
    kids: dict[str, list[str]] = {str(i): [] for i in range(n)}
    n_roots = rng.randrange(1, 4)
    span = rng.choice([2, 5, 50, n])
    for i in range(n_roots, n):
        kids[str(rng.randrange(max(0, i - span), i))].append(str(i))
    for _ in range(rng.randrange(0, 4)):  # repeats and back edges
        a, b = str(rng.randrange(n)), str(rng.randrange(n))
        kids[a].append(b)
    sizes = {k: (rng.choice([256.0, rng.uniform(60, 320)]), rng.choice([80.0, rng.uniform(30, 400)]))
             for k in kids}
    roots = [str(i) for i in range(n_roots)]
    if rng.random() < 0.3:
        roots.append(roots[0])  # a root listed twice
    return roots, kids, sizes


@pytest.mark.parametrize("seed", range(40))
def test_layout_matches_the_reference_on_random_forests(seed):
    roots, kids, sizes = random_children(random.Random(seed).randrange(1, 400), seed)
    rng = random.Random(seed)
    for opts in ({}, {"stack_leaves": True},
                 {"stack_leaves": True, "stack_max_height": rng.uniform(100, 900),
                  "stack_indent": 20.5, "stack_gap": 9.25},
                 {"h_gap": rng.uniform(0, 40), "v_gap": 3, "subtree_gap": rng.uniform(0, 90)}):
        got = layout_forest(roots, kids.__getitem__, sizes.__getitem__, **opts)
        want = ref_layout_forest(roots, kids.__getitem__, sizes.__getitem__, **opts)
        assert layout_fields(got) == layout_fields(want), opts


def test_layout_matches_the_reference_on_a_deep_chain():
    n = 3000
    kids = {str(i): [str(i + 1)] if i + 1 < n else [] for i in range(n)}
    kids["5"].append("x")
    kids["x"] = []
    sizes = {k: (100.0 + len(k), 50.0) for k in kids}
    got = layout_forest(["0"], kids.__getitem__, sizes.__getitem__)
    want = ref_layout_forest(["0"], kids.__getitem__, sizes.__getitem__)
    assert layout_fields(got) == layout_fields(want)
    assert not math.isnan(got.width)


def test_empty_forest():
    assert layout_fields(layout_forest([], {}.__getitem__, {}.__getitem__)) == layout_fields(
        ref_layout_forest([], {}.__getitem__, {}.__getitem__))


@pytest.mark.parametrize("bold", [False, True])
def test_wrap_at_the_edge_matches_the_reference(bold):
    """Widths a hair either side of a text's own width: one line or two, as before."""
    rng = random.Random(5)
    for _ in range(400):
        text = random_text(rng, 8).replace("\n", " ")
        size = rng.choice([9.0, 12.5, 7.3])
        exact = ref_text_width(" ".join(text.split()), size, bold)
        for width in (exact, exact * (1 + 1e-15), exact * (1 - 1e-15), exact + 1e-9, exact - 1e-9,
                      ref_text_width(text.split()[0] if text.split() else "", size, bold)):
            assert wrap(text, width, size, bold) == ref_wrap(text, width, size, bold), (text, width)


def test_fill_builds_the_same_cards_and_keeps_the_collector_state():
    import gc

    plan = random_plan(3, 40)
    style = CardStyle()
    cache = CardCache(plan, style)
    first = next(iter(plan.nodes))
    kept = cache.get(first)
    cache.fill(plan.nodes)
    assert gc.isenabled()
    assert cache.get(first) is kept  # built cards are not built again
    for key, node in plan.nodes.items():
        assert cache.get(key) == ref_card_text(node, plan, style)
    gc.disable()
    try:
        fresh = CardCache(plan, style)
        fresh.fill(["N1"])
        assert not gc.isenabled()
        assert fresh.get("N1") == cache.get("N1")
    finally:
        gc.enable()


@pytest.mark.parametrize("seed", range(6))
def test_plan_children_matches_the_reference(seed):
    plan = random_plan(seed, 120)
    rng = random.Random(seed)
    keys = list(plan.nodes)
    for collapsed in (set(), set(rng.sample(keys, 15))):
        for max_depth in (None, 0, 2, 5):
            for root in (None, rng.choice(keys)):
                got = plan_children(plan, collapsed, max_depth, root)
                want = ref_plan_children(plan, collapsed, max_depth, root)
                assert got[0] == want[0]
                assert list(got[1].items()) == list(want[1].items())


def test_sizes_of_answers_what_size_answers_and_follows_invalidation():
    import gc

    plan = random_plan(4, 50)
    style = CardStyle(compact=True)
    cache = CardCache(plan, style)
    built = cache.get("N3")  # a built card's size is taken from it
    lookup = cache.sizes_of(plan.nodes)
    for key, node in plan.nodes.items():
        assert lookup(key) == card_size(node, plan, style)
    assert lookup("N3") == (built.width, built.height)
    cache.invalidate(["N5"])
    with pytest.raises(KeyError):
        lookup("N5")
    assert cache.sizes_of(["N5"])("N5") == card_size(plan.nodes["N5"], plan, style)
    assert gc.isenabled()
    layout_plan(plan, style)
    assert gc.isenabled()


def test_a_style_with_a_zero_size_fails_where_card_text_fails():
    plan = random_plan(6, 40)
    style = CardStyle(opd_size=0.0)
    for node in plan.nodes.values():
        if node.opds:
            with pytest.raises(ValueError):
                ref_card_text(node, plan, style)
            with pytest.raises(ValueError):
                card_size(node, plan, style)
            with pytest.raises(ValueError):
                card_text(node, plan, style)
        else:
            assert card_size(node, plan, style) == (lambda c: (c.width, c.height))(
                ref_card_text(node, plan, style))
