"""The one-page overview ("fit"): the tree packed into bands so that it fills the sheet.

A whole pohon kinerja laid out in one piece is many times wider than tall,
while a sheet is about 1.4 times wider than tall: scaled to the width it
would be a thin strip over an empty page. So the forest is cut into pieces in
reading order (the subtrees at one depth: each Tujuan, or each Sasaran, ...;
every piece carries the chain of ancestors above it), consecutive pieces are
put side by side in horizontal bands, and the bands are stacked down the
page. Each band is laid out as a tree of its own, so a Tujuan whose Sasaran
fall in two bands is drawn in full in both (the second time marked
"(lanjutan)") and every edge on the page joins two cards of one band.

The number of bands, and the depth of the cut, are chosen for the largest
scale: for each band count the narrowest greedy line-breaking is found from
the pieces' measured widths and heights, the best estimates are then laid out
for real, and the best real scale wins (one band at the top depth is the
plain layout, so packing is never worse than no packing).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.geometry.card import CardCache
from app.geometry.layout import Box, Layout, layout_forest

from .drawing import Drawing
from .forest import Forest, Section
from .page_types import FitBand, FitPage
from .paper import Frame, PdfOptions

BAND_GAP = 44.0  # drawing units between two bands: the separator line and the "(lanjutan)" note
MAX_CUT_DEPTH = 2  # pieces are subtrees at depth 0 (Tujuan), 1 (Sasaran) or 2 (Program)
SHALLOW_BONUS = 1.08  # a deeper cut must beat a shallower one by this much (fewer repeats)
REAL_TRIES = 3  # best estimated partitions per depth that are laid out for real
LANJUTAN = "(lanjutan)"
# Tallest column of stacked leaves tried: unlimited, or about four cards (a long family then
# takes two columns, which helps when it alone sets a band's height).
COLUMNS = (float("inf"), 450.0)


@dataclass(frozen=True)
class Piece:
    """A subtree in reading order with the ancestors drawn above it (`chain`, top first)."""

    root: str
    chain: tuple[str, ...]
    width: float
    row_heights: tuple[float, ...]


def cut_pieces(forest: Forest, depth: int) -> list[Piece]:
    """The forest's subtrees at `depth` (and shallower childless nodes), in pre-order.

    Widths and heights are filled in later by `measure`.
    """
    out: list[Piece] = []

    def walk(key: str, chain: tuple[str, ...]) -> None:
        kids = forest.kids.get(key, [])
        if len(chain) >= depth or not kids:
            out.append(Piece(key, chain, 0.0, ()))
            return
        for c in kids:
            walk(c, (*chain, key))

    for r in forest.roots:
        walk(r, ())
    return out


def band_forest(forest: Forest, pieces: list[Piece]) -> Forest:
    """The tree of consecutive pieces: their subtrees under their (shared) ancestors."""
    roots: list[str] = []
    kids: dict[str, list[str]] = {}
    for piece in pieces:
        path = (*piece.chain, piece.root)
        if path[0] not in kids:
            roots.append(path[0])
            kids[path[0]] = []
        for parent, child in zip(path, path[1:], strict=False):
            if child not in kids:
                kids[parent].append(child)
                kids[child] = []
        for k in Forest([piece.root], forest.kids).keys():
            kids[k] = list(forest.kids.get(k, []))
    return Forest(roots, kids)


class Packer:
    """Lays out pieces and bands with the export's spacing."""

    def __init__(self, forest: Forest, cards: CardCache, options: PdfOptions,
                 column: float = float("inf")) -> None:
        self.forest = forest
        self.cards = cards
        self.options = options
        self.column = column  # the tallest column of stacked leaves before the next one

    def layout(self, forest: Forest, extent_only: bool = False) -> Layout:
        o = self.options
        return layout_forest(forest.roots, forest.kids.__getitem__, self.cards.size,
                             h_gap=o.h_gap, v_gap=o.v_gap, subtree_gap=o.subtree_gap,
                             stack_leaves=o.stack_leaves, stack_max_height=self.column,
                             extent_only=extent_only)

    def measure(self, piece: Piece) -> Piece:
        lay = self.layout(band_forest(self.forest, [piece]), extent_only=True)
        return Piece(piece.root, piece.chain, lay.width, tuple(lay.row_heights))

    def band_height(self, pieces: list[Piece]) -> float:
        """The height of a band of these pieces: each depth row as tall as its tallest card."""
        rows = max(len(p.row_heights) for p in pieces)
        tall = [max((p.row_heights[d] for p in pieces if d < len(p.row_heights)), default=0.0)
                for d in range(rows)]
        return sum(tall) + self.options.v_gap * (rows - 1)

    def band_width(self, pieces: list[Piece]) -> float:
        return sum(p.width for p in pieces) + self.options.subtree_gap * (len(pieces) - 1)


def greedy(pieces: list[Piece], width: float, gap: float) -> list[tuple[int, int]]:
    """Bands [start, end) filled left to right while they stay within `width`."""
    bands: list[tuple[int, int]] = []
    start, used = 0, 0.0
    for i, p in enumerate(pieces):
        add = p.width if i == start else gap + p.width
        if i > start and used + add > width:
            bands.append((start, i))
            start, used = i, p.width
        else:
            used += add
    bands.append((start, len(pieces)))
    return bands


def _scale(width: float, height: float, cw: float, ch: float) -> float:
    return min(1.0, cw / max(width, 1.0), ch / max(height, 1.0))


def candidates(packer: Packer, pieces: list[Piece], cw: float, ch: float
               ) -> list[tuple[float, list[tuple[int, int]]]]:
    """(estimated scale, bands) for every band count, best first.

    For k bands the narrowest width at which greedy breaking needs at most k
    bands is found by bisection; more bands are tried only while k bands of
    the lowest piece would still leave the page room for a better scale.
    """
    gap = packer.options.subtree_gap
    total = packer.band_width(pieces)
    widest = max(p.width for p in pieces)
    heights: dict[tuple[int, int], float] = {}

    def estimate(bands: list[tuple[int, int]]) -> float:
        w = max(packer.band_width(pieces[a:b]) for a, b in bands)
        h = 0.0
        for a, b in bands:
            if (a, b) not in heights:
                heights[a, b] = packer.band_height(pieces[a:b])
            h += heights[a, b]
        return _scale(w, h + BAND_GAP * (len(bands) - 1), cw, ch)

    out: dict[tuple[tuple[int, int], ...], float] = {}
    best = 0.0
    lowest = min(packer.band_height([p]) for p in pieces)
    for k in range(1, len(pieces) + 1):
        if ch / (k * lowest + BAND_GAP * (k - 1)) < best:
            break  # k bands cannot be shorter than k of the lowest piece: no better scale left
        lo, hi = widest, total
        if len(greedy(pieces, lo, gap)) > k:
            for _ in range(40):
                mid = (lo + hi) / 2
                if len(greedy(pieces, mid, gap)) <= k:
                    hi = mid
                else:
                    lo = mid
                if hi - lo < 1.0:
                    break
            lo = hi
        bands = greedy(pieces, lo, gap)
        key = tuple(bands)
        if key not in out:
            out[key] = estimate(bands)
            best = max(best, out[key])
    ranked = sorted(out.items(), key=lambda kv: -kv[1])
    return [(s, list(b)) for b, s in ranked]


@dataclass
class Packing:
    """The chosen bands: each band's tree and layout, its place in the packed drawing, its repeats."""

    forests: list[Forest]
    layouts: list[Layout]
    offsets: list[float]  # y of each band's top in the packed drawing
    repeats: list[set[str]]  # per band: ancestors already drawn in an earlier band
    width: float
    height: float


def _pack(packer: Packer, pieces: list[Piece], bands: list[tuple[int, int]]) -> Packing:
    packing = Packing([], [], [], [], 0.0, 0.0)
    seen: set[str] = set()
    y = 0.0
    for a, b in bands:
        forest = band_forest(packer.forest, pieces[a:b])
        lay = packer.layout(forest)
        packing.forests.append(forest)
        packing.layouts.append(lay)
        packing.offsets.append(y)
        packing.repeats.append({k for k in lay.boxes if k in seen})
        seen.update(lay.boxes)
        y += lay.height + BAND_GAP
        packing.width = max(packing.width, lay.width)
    packing.height = y - BAND_GAP
    return packing


def _taller_family(forest: Forest, cards: CardCache, limit: float, gap: float = 14.0) -> bool:
    """True when a family of leaves, stacked in one column, would be taller than `limit`
    (otherwise a column limit changes nothing and is not worth a layout)."""
    kids = forest.kids
    for family in kids.values():
        if len(family) >= 2 and not any(kids.get(c) for c in family):
            if sum(cards.size(c)[1] for c in family) + gap * (len(family) - 1) > limit:
                return True
    return False


def choose(forest: Forest, cards: CardCache, options: PdfOptions, frame: Frame) -> Packing:
    """The packing with the largest scale on `frame` (shallow cuts preferred on near ties).

    Every cut depth and column height is estimated from its pieces; only the
    best few estimates overall are laid out for real (the estimate is close:
    it misses only where a band's shared ancestors are wider than its pieces).
    """
    _, _, cw, ch = frame.content
    columns = [c for c in COLUMNS if c == COLUMNS[0] or (
        options.stack_leaves and _taller_family(forest, cards, c))]
    estimates: list[tuple[float, int, Packer, list[Piece], list[tuple[int, int]]]] = []
    seen: set[tuple[float, tuple[tuple[str, ...], ...]]] = set()
    for column in columns:
        packer = Packer(forest, cards, options, column)
        previous: list[str] = []
        for depth in range(MAX_CUT_DEPTH + 1):
            cut = cut_pieces(forest, depth)
            roots = [p.root for p in cut]
            if roots == previous:
                continue  # nothing deeper to cut
            previous = roots
            pieces = [packer.measure(p) for p in cut]
            for scale, bands in candidates(packer, pieces, cw, ch)[:REAL_TRIES]:
                sig = (column, tuple(tuple(p.root for p in pieces[a:b]) for a, b in bands))
                if sig not in seen:
                    seen.add(sig)
                    estimates.append((scale / SHALLOW_BONUS ** depth, depth, packer, pieces, bands))
    estimates.sort(key=lambda e: -e[0])
    best: Packing | None = None
    best_score = 0.0
    for _, depth, packer, pieces, bands in estimates[:REAL_TRIES]:
        packing = _pack(packer, pieces, bands)
        score = _scale(packing.width, packing.height, cw, ch) / SHALLOW_BONUS ** depth
        if best is None or score > best_score + 1e-9:
            best, best_score = packing, score
    assert best is not None
    return best


def fit_page(forest: Forest, cards: CardCache, options: PdfOptions, section: Section,
             frame: Frame, title: str) -> FitPage:
    """The overview page: bands stacked and centred, one `FitBand` each."""
    packing = choose(forest, cards, options, frame)
    cx, cy, cw, ch = frame.content
    scale = _scale(packing.width, packing.height, cw, ch)
    ox = cx + (cw - packing.width * scale) / 2
    whole = Layout()
    whole.width, whole.height = packing.width, packing.height
    bands: list[FitBand] = []
    placements: dict[str, Box] = {}
    rows = 0
    for band_trees, lay, top, again in zip(packing.forests, packing.layouts, packing.offsets,
                                           packing.repeats, strict=True):
        drawing = Drawing(section, lay, cards, band_trees.kids, options.v_gap)
        band = FitBand(drawing=drawing, scale=scale, window=(0.0, 0.0, lay.width, lay.height),
                       origin=(ox, cy + top * scale), repeats=frozenset(again))
        for key, b in lay.boxes.items():
            x, y = band.to_page(b.x, b.y)
            box = Box(x, y, b.w * scale, b.h * scale)
            band.placements[key] = box
            placements.setdefault(key, box)
            if key not in whole.boxes:
                whole.boxes[key] = Box(b.x, b.y + top, b.w, b.h)
                whole.depth[key] = rows + lay.depth[key]
                whole.parent[key] = lay.parent.get(key)
        whole.row_tops.extend(t + top for t in lay.row_tops)
        whole.row_heights.extend(lay.row_heights)
        rows += len(lay.row_tops)
        bands.append(band)
    # The whole packed drawing, each card once, for those who only want the outline
    # (the export dialog's preview); edges are drawn from the bands.
    return FitPage(title=title, frame=frame, section=section.title, breadcrumb=section.breadcrumb,
                   scale=scale, window=(0.0, 0.0, packing.width, packing.height), origin=(ox, cy),
                   placements=placements, bands=bands,
                   drawing=Drawing(section, whole, cards, {}, options.v_gap))


def separators(spec: FitPage) -> list[tuple[float, float, float, float]]:
    """Page lines between bands, across the packed drawing's width."""
    x0 = spec.origin[0]
    x1 = x0 + spec.window[2] * spec.scale
    out = []
    for above, below in zip(spec.bands, spec.bands[1:], strict=False):
        bottom = above.origin[1] + above.window[3] * spec.scale
        y = bottom + (below.origin[1] - bottom) * 0.35
        out.append((x0, y, x1, y))
    return out


__all__ = ["BAND_GAP", "LANJUTAN", "Packing", "Piece", "band_forest", "choose", "cut_pieces",
           "fit_page", "greedy", "separators"]
