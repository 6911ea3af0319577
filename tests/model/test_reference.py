"""The optimised card measuring and layout agree with an independent, plain oracle.

`reference_impl` derives widths, wraps, cards, the drawn forest and the tidy
layout from what the production code promises, not from its code (see its
docstring). Because its arithmetic differs, the comparison is exact only where
exactness is meaningful:

- text (every line, every strip, every ellipsis) and every size are compared
  exactly. A card's height is rounded to 0.01 pt, and every style here has
  sizes and gaps with at most two decimals, so the exact height has at most two
  decimals and both sums round to it; a card 0.01 pt taller is a different page
  break, so this must hold to the bit;
- a wrap decision within `EDGE` (1e-9) of a line's limit can come out either
  way between a float sum and a correctly rounded one: there, production's wrap
  must be one of the two the rules allow (`ref_wrap_choices`);
- baselines, rules and layout coordinates are sums in another order (exact
  fractions here, running float sums there): they must agree within `TOL`
  (1e-6 pt, far below what a screen or a printer shows, far above rounding).
"""

from __future__ import annotations

import importlib
import math
import random
import sys

import pytest

from app.exchange import read_workbook
from app.geometry.card import CardCache, CardStyle, CardText, card_size, card_text
from app.geometry.fontmetrics import ellipsize, text_width, wrap
from app.geometry.layout import Layout, layout_forest, layout_plan, plan_children
from app.geometry.layout_cache import IncrementalLayout
from app.model.commands import AddNode, DeleteSubtree, MoveNode, SetField, check_move
from app.model.levels import DEFAULT_LEVELS
from app.model.plan import Indicator, ModelError, Node, Plan
from tests.conftest import BUNDLED_XLSX, ROOT
from tests.model.reference_impl import (
    ref_card_text,
    ref_ellipsize_choices,
    ref_layout_forest,
    ref_plan_children,
    ref_text_width,
    ref_wrap_choices,
)

TOL = 1e-6  # pt, for coordinates summed in another order
WIDTH_REL = 1e-11  # a float sum of a few thousand advances is within ~1e-13 of the exact one

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


def random_parent(rng: random.Random, keys: list[str], n: int, tangled: bool) -> str | None:
    """Mostly an earlier node, else none; when `tangled`, sometimes a missing node or any node
    (which may close a loop)."""
    roll = rng.random()
    if keys and roll < 0.82:
        return rng.choice(keys)
    if roll < 0.9 or not tangled:
        return None
    if roll < 0.94:
        return "hilang"
    return f"N{rng.randrange(n)}"


def random_plan(seed: int, n: int = 60, tangled: bool = True) -> Plan:
    rng = random.Random(seed)
    plan = Plan(name="acak", start_year=2024 + rng.randrange(3), end_year=2026 + rng.randrange(4))
    levels = list(DEFAULT_LEVELS) + ["Tingkat Lain", ""]
    keys: list[str] = []
    nodes: list[Node] = []
    for i in range(n):
        inds = tuple(
            Indicator(name=random_text(rng, 12), satuan=rng.choice(["", "%", " persen ", "unit"]),
                      baseline=random_value(rng),
                      targets={y: random_value(rng) for y in range(2022, 2032) if rng.random() < .8})
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 5]))
        )
        nodes.append(Node(
            key=f"N{i}", level=rng.choice(levels), statement=random_text(rng, 40),
            opds=tuple(rng.choice(["Dinas Kesehatan", "Badan Perencanaan Pembangunan Daerah",
                                   "Dinas Pekerjaan Umum dan Penataan Ruang",
                                   "Kecamatan " + "X" * rng.randrange(1, 60)])
                       for _ in range(rng.choice([0, 0, 1, 1, 2, 4]))),
            code=rng.choice(["", "1.02", "1.02.02.2.01.0003", "9" * rng.randrange(1, 50)]),
            parent=random_parent(rng, keys, n, tangled),
            indicators=inds,
        ))
        keys.append(f"N{i}")
    plan.load_nodes(nodes)
    return plan


# --- comparisons --------------------------------------------------------------------


def assert_card_matches(got: CardText, want: CardText) -> None:
    """Texts, sizes and what is not computed exactly; baselines and rules within TOL."""
    assert (got.key, got.width, got.height, got.colour, got.strip_text, got.strip_height) == (
        want.key, want.width, want.height, want.colour, want.strip_text, want.strip_height)
    assert [(ln.text, ln.x, ln.size, ln.bold, ln.role) for ln in got.lines] == [
        (ln.text, ln.x, ln.size, ln.bold, ln.role) for ln in want.lines]
    for a, b in zip(got.lines, want.lines, strict=True):
        assert a.y == pytest.approx(b.y, rel=0, abs=TOL), (a, b)
    assert got.rules == pytest.approx(want.rules, rel=0, abs=TOL)


def assert_cards_match(plan: Plan, style: CardStyle) -> dict[str, CardText]:
    """Every way production builds or measures a card agrees with the oracle's card."""
    cache = CardCache(plan, style)
    sized = CardCache(plan, style)
    wanted = {}
    for key, node in plan.nodes.items():
        want = wanted[key] = ref_card_text(node, plan, style)
        assert_card_matches(card_text(node, plan, style), want)
        assert card_size(node, plan, style) == (want.width, want.height), key
        assert sized.size(key) == (want.width, want.height), key  # measured without lines
        assert_card_matches(cache.get(key), want)
        assert cache.size(key) == (want.width, want.height), key
    return wanted


def assert_layouts_match(got: Layout, want: Layout) -> None:
    """The same cards in the same order, the same sizes and tree; positions within TOL."""
    assert list(got.boxes) == list(want.boxes)  # row by row: the scene and the PDF iterate these
    for key, box in got.boxes.items():
        ref = want.boxes[key]
        assert (box.w, box.h) == (ref.w, ref.h), key
        assert (box.x, box.y) == pytest.approx((ref.x, ref.y), rel=0, abs=TOL), (key, box, ref)
    assert got.order == want.order
    assert got.parent == want.parent
    assert got.depth == want.depth
    assert (got.stacked, got.stack_columns, got.stack_indent) == (
        want.stacked, want.stack_columns, want.stack_indent)
    assert len(got.row_tops) == len(want.row_tops)
    assert got.row_tops == pytest.approx(want.row_tops, rel=0, abs=TOL)
    assert got.row_heights == pytest.approx(want.row_heights, rel=0, abs=TOL)
    assert (got.width, got.height) == pytest.approx((want.width, want.height), rel=0, abs=TOL)


def ref_layout_plan(plan: Plan, style: CardStyle, collapsed=frozenset(), max_depth=None,
                    root=None, **opts) -> Layout:
    """`layout_plan` from the oracle alone: its drawn forest, its card sizes, its layout."""
    roots, shown = ref_plan_children(plan, collapsed, max_depth, root)
    sizes = {}
    for key in shown:
        card = ref_card_text(plan.nodes[key], plan, style)
        sizes[key] = (card.width, card.height)
    return ref_layout_forest(roots, shown.__getitem__, sizes.__getitem__, **opts)


# --- text -------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_wrap_and_widths_match_the_reference(seed):
    rng = random.Random(seed)
    for _ in range(300):
        text = random_text(rng, 25)
        size = rng.choice([8.5, 9.0, 12.5, 16.0, rng.uniform(4, 30)])
        width = rng.choice([30.0, 80.0, 212.0, 240.0, rng.uniform(1, 400)])
        bold = rng.random() < 0.5
        lines = wrap(text, width, size, bold)
        assert lines in ref_wrap_choices(text, width, size, bold), (text, width, size, bold)
        assert text_width(text, size, bold) == pytest.approx(ref_text_width(text, size, bold),
                                                             rel=WIDTH_REL, abs=0)
        k = rng.randrange(1, 4)
        assert ellipsize(list(lines), k, width, size, bold) in ref_ellipsize_choices(
            list(lines), k, width, size, bold)


@pytest.mark.parametrize("bold", [False, True])
def test_wrap_at_the_edge_matches_the_reference(bold):
    """Widths a hair either side of a text's own width: one line or two, by the rules.

    At 1e-8 of the width the rules decide alone; at 1e-15 or 1e-9 pt the decision
    is within rounding, and production must give one of the two wraps allowed.
    """
    rng = random.Random(5)
    decided = on_edge = 0
    for _ in range(400):
        text = random_text(rng, 8).replace("\n", " ")
        size = rng.choice([9.0, 12.5, 7.3])
        words = text.split()
        exact = ref_text_width(" ".join(words), size, bold)
        for width in (exact, exact * (1 + 1e-15), exact * (1 - 1e-15), exact + 1e-9, exact - 1e-9,
                      exact * (1 + 1e-8), exact * (1 - 1e-8),
                      ref_text_width(words[0] if words else "", size, bold)):
            allowed = ref_wrap_choices(text, width, size, bold)
            assert wrap(text, width, size, bold) in allowed, (text, width)
            if len(allowed) == 1:
                decided += 1
            elif allowed[0] != allowed[1]:
                on_edge += 1
        if len(words) > 1 and exact > 0:
            assert wrap(text, exact * (1 + 1e-8), size, bold) == [" ".join(words)]
            assert len(wrap(text, exact * (1 - 1e-8), size, bold)) == 2 or any(
                ref_text_width(w, size, bold) > exact * (1 - 1e-8) for w in words)
    assert decided > 1000 and on_edge > 100  # both kinds of width were really tried


# --- cards ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(8))
def test_cards_and_layout_match_the_reference_on_random_plans(seed):
    plan = random_plan(seed)
    for style in STYLES:
        assert_cards_match(plan, style)
    for style in STYLES[:2]:
        for opts in ({}, {"stack_leaves": True, "stack_max_height": 400.0}):
            assert_layouts_match(layout_plan(plan, style, **opts),
                                 ref_layout_plan(plan, style, **opts))


@pytest.fixture(scope="module")
def generated():
    path = str(ROOT / "benchmarks")
    if path not in sys.path:
        sys.path.insert(0, path)
    return importlib.import_module("generate")


def test_cards_and_layout_match_the_reference_on_the_bundled_plan():
    plan = read_workbook(BUNDLED_XLSX)
    for style in STYLES[:2]:
        assert_cards_match(plan, style)
        for opts in ({}, {"stack_leaves": True, "stack_max_height": 900.0}):
            assert_layouts_match(layout_plan(plan, style, **opts),
                                 ref_layout_plan(plan, style, **opts))


def test_cards_and_layout_match_the_reference_on_a_generated_plan(generated):
    plan = generated.generate_plan(1500, 3)
    style = CardStyle()
    wanted = assert_cards_match(plan, style)
    roots, shown = plan_children(plan)
    assert (roots, shown) == ref_plan_children(plan)
    size = CardCache(plan, style).size
    ref_size = {k: (c.width, c.height) for k, c in wanted.items()}.__getitem__
    for opts in ({}, {"stack_leaves": True}, {"h_gap": 10.5, "subtree_gap": 31.25, "v_gap": 7}):
        assert_layouts_match(layout_forest(roots, shown.__getitem__, size, **opts),
                             ref_layout_forest(roots, shown.__getitem__, ref_size, **opts))


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
        assert_card_matches(cache.get(key), ref_card_text(node, plan, style))
    gc.disable()
    try:
        fresh = CardCache(plan, style)
        fresh.fill(["N1"])
        assert not gc.isenabled()
        assert fresh.get("N1") == cache.get("N1")
    finally:
        gc.enable()


def test_sizes_of_answers_what_size_answers_and_follows_invalidation():
    import gc

    plan = random_plan(4, 50)
    style = CardStyle(compact=True)
    cache = CardCache(plan, style)
    built = cache.get("N3")  # a built card's size is taken from it
    lookup = cache.sizes_of(plan.nodes)
    for key, node in plan.nodes.items():
        want = ref_card_text(node, plan, style)
        assert lookup(key) == (want.width, want.height)
    assert lookup("N3") == (built.width, built.height)
    cache.invalidate(["N5"])
    with pytest.raises(KeyError):
        lookup("N5")
    want = ref_card_text(plan.nodes["N5"], plan, style)
    assert cache.sizes_of(["N5"])("N5") == (want.width, want.height)
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
            want = ref_card_text(node, plan, style)
            assert card_size(node, plan, style) == (want.width, want.height)


# --- the drawn forest and its layout ---------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_plan_children_matches_the_reference(seed):
    plan = random_plan(seed, 120)
    rng = random.Random(seed)
    keys = list(plan.nodes)
    assert len(plan.roots()) > 1  # the walk has a forest to walk
    for collapsed in (set(), set(rng.sample(keys, 15))):
        for max_depth in (None, 0, 2, 5):
            for root in (None, rng.choice(keys)):
                got = plan_children(plan, collapsed, max_depth, root)
                want = ref_plan_children(plan, collapsed, max_depth, root)
                assert got[0] == want[0]
                assert list(got[1].items()) == list(want[1].items())
    with pytest.raises(KeyError):
        plan_children(plan, root="tidak ada")


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
    families = [k for k, ch in kids.items() if ch]
    for _ in range(rng.randrange(0, 3) if families else 0):  # a family listing a child twice
        family = kids[rng.choice(families)]
        family.insert(rng.randrange(len(family) + 1), rng.choice(family))
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
        want = ref_layout_forest(roots, kids.__getitem__, sizes.__getitem__, **opts)
        assert_layouts_match(layout_forest(roots, kids.__getitem__, sizes.__getitem__, **opts),
                             want)
        extent = layout_forest(roots, kids.__getitem__, sizes.__getitem__, extent_only=True,
                               **opts)
        assert extent.boxes == {}
        assert (extent.width, extent.height) == pytest.approx((want.width, want.height), abs=TOL)
        assert extent.row_tops == pytest.approx(want.row_tops, abs=TOL)


def test_layout_matches_the_reference_on_a_deep_chain():
    n = 3000
    kids = {str(i): [str(i + 1)] if i + 1 < n else [] for i in range(n)}
    kids["5"].append("x")
    kids["x"] = []
    sizes = {k: (100.0 + len(k), 50.0) for k in kids}
    got = layout_forest(["0"], kids.__getitem__, sizes.__getitem__)
    assert_layouts_match(got, ref_layout_forest(["0"], kids.__getitem__, sizes.__getitem__))
    assert not math.isnan(got.width)


def test_empty_forest():
    assert_layouts_match(layout_forest([], {}.__getitem__, {}.__getitem__),
                         ref_layout_forest([], {}.__getitem__, {}.__getitem__))


@pytest.mark.parametrize("seed", range(4))
def test_incremental_layout_matches_the_reference_after_edits(seed):
    """The layout kept between edits (only touched subtrees walked again) against the oracle."""
    plan = random_plan(seed, 80, tangled=False)  # no loops: kept subtrees are really reused
    style = STYLES[seed % 2]
    cards = CardCache(plan, style)
    kept = IncrementalLayout(plan, cards)
    rng = random.Random(seed)
    assert_layouts_match(kept.layout(), ref_layout_plan(plan, style))
    done = 0
    for _ in range(25):
        keys = list(plan.nodes)
        key = rng.choice(keys)
        kind = rng.choice(["statement", "move", "add", "delete"])
        if kind == "statement":
            command = SetField(key, "statement", random_text(rng, 30) or "Baru")
        elif kind == "move":
            target = rng.choice(keys + [None])
            if check_move(plan, key, target):
                continue
            command = MoveNode(key, target, rng.randrange(len(plan.children(target)) + 1))
        elif kind == "add":
            command = AddNode(Node(plan.new_key(), "Program", random_text(rng, 20), parent=key))
        else:
            command = DeleteSubtree(key)
        try:
            changes = plan.execute(command)
        except ModelError:
            continue
        cards.invalidate(changes.removed | set(changes.changed))
        kept.note(changes)
        collapsed = set(rng.sample(list(plan.nodes), 3)) if rng.random() < 0.2 else set()
        assert_layouts_match(kept.layout(collapsed), ref_layout_plan(plan, style, collapsed))
        done += 1
    assert done >= 10
