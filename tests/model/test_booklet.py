"""Booklet packing on its own (card sizes only): every card once, inside its page, none over
another, cut cards with their notes, and no recursion limit on a very deep chain."""

from __future__ import annotations

import random

import pytest

from app.geometry.booklet import Booklet, BookletParams


def _forest(seed: int, n: int = 400) -> tuple[list[str], dict[str, list[str]], dict[str, tuple]]:
    rng = random.Random(seed)
    roots = ["r0", "r1"]
    kids: dict[str, list[str]] = {"r0": [], "r1": []}
    sizes = {"r0": (256.0, 120.0), "r1": (256.0, 140.0)}
    frontier = list(roots)
    for i in range(n):
        parent = rng.choice(frontier[-40:])
        key = f"n{i}"
        kids[parent].append(key)
        kids[key] = []
        sizes[key] = (256.0, rng.uniform(80, 220))
        frontier.append(key)
    return roots, kids, sizes


def _typeset(roots, kids, sizes, w=1600.0, h=1000.0, **kw):
    params = BookletParams(w, h, **kw)
    return Booklet(roots, kids, sizes.__getitem__, params, lambda _p, _w: 24.0).typeset(), params


def _assert_sound(pages, kids, sizes, params) -> None:
    seen: list[str] = []
    for page in pages:
        boxes = list(page.boxes.values()) + list(page.tails.values()) + [b for _, b in page.labels]
        for b in boxes if not page.oversize else []:
            assert -1e-6 <= b.x and b.x + b.w <= params.page_w + 1e-6
            assert -1e-6 <= b.y and b.y + b.h <= params.page_h + 1e-6
        boxes.sort(key=lambda b: b.x)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if b.x >= a.x + a.w - 1e-6:
                    break
                assert a.y + a.h <= b.y + 1e-6 or b.y + b.h <= a.y + 1e-6, (a, b)
        for key, b in page.boxes.items():
            assert (b.w, b.h) == sizes[key]
        for key in page.tails:  # a cut card: none of its children in its own fragment
            assert kids[key]
        seen.extend(page.boxes)
    assert sorted(seen) == sorted(kids)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("stack", [True, False])
def test_random_forests(seed, stack):
    roots, kids, sizes = _forest(seed)
    pages, params = _typeset(roots, kids, sizes, stack_leaves=stack)
    _assert_sound(pages, kids, sizes, params)
    # Pages are well used: a 100 % page holds about 18 such cards; the booklet at least 8 a page.
    assert len(sizes) / len(pages) >= 8


def test_narrow_pages_and_wide_families():
    roots = ["p"]
    kids = {"p": [f"k{i}" for i in range(60)]}
    sizes = {"p": (256.0, 120.0)}
    for i in range(60):
        kids[f"k{i}"] = [f"s{i}.{j}" for j in range(i % 7)]
        sizes[f"k{i}"] = (256.0, 130.0)
        for j in range(i % 7):
            kids[f"s{i}.{j}"] = []
            sizes[f"s{i}.{j}"] = (256.0, 110.0)
    pages, params = _typeset(roots, kids, sizes, w=760.0, h=1060.0)
    _assert_sound(pages, kids, sizes, params)


def test_a_very_deep_chain_needs_no_recursion():
    n = 5000
    kids = {f"c{i}": [f"c{i + 1}"] for i in range(n - 1)}
    kids[f"c{n - 1}"] = []
    sizes = {k: (256.0, 100.0) for k in kids}
    pages, params = _typeset(["c0"], kids, sizes)
    _assert_sound(pages, kids, sizes, params)


def test_a_card_taller_than_the_page_has_a_page_of_its_own():
    kids = {"a": ["b", "c"], "b": [], "c": []}
    sizes = {"a": (256.0, 120.0), "b": (256.0, 3000.0), "c": (256.0, 100.0)}
    pages, params = _typeset(["a"], kids, sizes)
    (big,) = [p for p in pages if "b" in p.boxes]
    assert big.oversize and list(big.boxes) == ["b"]
    _assert_sound(pages, kids, sizes, params)
