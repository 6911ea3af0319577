"""Which items of a reordered sequence can stay where they are.

Both the comparison of two plans (which siblings moved) and the store's sibling
order (which nodes need a new place) ask the same question: the longest run of
items that already come in the right order keeps its place, the rest moved.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any


def longest_rising(seq: Sequence[Any]) -> set[int]:
    """Positions in `seq` of one longest strictly rising subsequence (patience sorting,
    O(n log n)); the items need only compare with `<`."""
    tails: list[Any] = []  # the smallest last item of a rising run of each length
    tail_at: list[int] = []  # where that item stands in `seq`
    before = [-1] * len(seq)
    for i, value in enumerate(seq):
        j = bisect_left(tails, value)
        if j == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[j] = value
            tail_at[j] = i
        before[i] = tail_at[j - 1] if j else -1
    out: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        out.add(i)
        i = before[i]
    return out
