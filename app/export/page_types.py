"""The kinds of printed page, one small dataclass each, shared by planning and drawing.

Planning (`pages`, `fit`, `booklet`, `appendix`) makes these; drawing
(`render`) paints them through one table keyed by type. Neither side imports
the other: both import this module, which imports only geometry. Every page
has a number, a title, a frame and the cards it places (none for a table);
the rest belongs to its kind. Coordinates are page points, top-left origin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from app.geometry.booklet import PlacedPage
from app.geometry.layout import Box

from .drawing import Drawing
from .paper import Frame
from .tiling import Tile


@dataclass(frozen=True)
class Mark:
    """A continuation note at a page edge: "lanjut ke hal. 7" where an edge leaves the page."""

    x: float
    y: float
    text: str
    anchor: str  # "left" | "right" | "centre": which end of the text sits at x


@dataclass(kw_only=True)
class Page:
    """What every printed page has. `number` is given once all pages are known."""

    kind: ClassVar[str] = "page"
    number: int = 0
    title: str
    frame: Frame
    section: str = ""
    breadcrumb: tuple[str, ...] = ()
    placements: dict[str, Box] = field(default_factory=dict)  # cards on this page (page points)
    chapter: int = -1  # tree pages: the section they belong to (index in the printout's sections)

    @property
    def scale(self) -> float:
        """The print scale of the cards (1.0 = as on screen at 100 %)."""
        return 1.0


class OnDrawing:
    """A window on a laid-out drawing: `window` (drawing x0, y0, x1, y1) printed at `scale`
    with its top-left corner at the page point `origin`; `view` is the drawing area shown."""

    window: tuple[float, float, float, float]
    origin: tuple[float, float]
    scale: float

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A drawing point on this page."""
        return (self.origin[0] + (x - self.window[0]) * self.scale,
                self.origin[1] + (y - self.window[1]) * self.scale)


@dataclass(kw_only=True)
class TilePage(Page, OnDrawing):
    """One sheet of a drawing cut at 100 % (`tiling`): a band of rows, a window across it."""

    kind: ClassVar[str] = "tile"
    drawing: Drawing = field(repr=False)
    grid: tuple[int, int]  # (band, column), 1-based
    scale: float = 1.0  # type: ignore[assignment]  # a plain field here, the base's property elsewhere
    window: tuple[float, float, float, float]
    view: tuple[float, float, float, float]  # the cut plus the overlap
    origin: tuple[float, float]
    band_rows: tuple[int, int]  # first and last depth row on the page
    marks: list[Mark] = field(default_factory=list)

    def tile(self) -> Tile:
        x0, y0, x1, y1 = self.window
        return Tile(self.grid[0] - 1, self.grid[1] - 1, *self.band_rows, x0, x1, y0, y1,
                    self.scale)


@dataclass(kw_only=True)
class MapPage(Page):
    """The page map of a tiled drawing: every tile outlined and numbered."""

    kind: ClassVar[str] = "map"
    drawing: Drawing = field(repr=False)
    map_tiles: list[tuple[int, Tile]] = field(default_factory=list)  # (page number, tile)


@dataclass(kw_only=True)
class FitBand(OnDrawing):
    """One band of a packed overview: its own tree and layout, placed on the page."""

    kind: ClassVar[str] = "band"
    drawing: Drawing = field(repr=False)
    scale: float
    window: tuple[float, float, float, float]
    origin: tuple[float, float]
    placements: dict[str, Box] = field(default_factory=dict)
    repeats: frozenset[str] = frozenset()  # cards drawn again, marked "(lanjutan)"

    @property
    def view(self) -> tuple[float, float, float, float]:
        return self.window


@dataclass(kw_only=True)
class FitPage(Page, OnDrawing):
    """The one-page overview: the tree packed in bands (`fit`), each card once."""

    kind: ClassVar[str] = "fit"
    scale: float = 1.0  # type: ignore[assignment]
    window: tuple[float, float, float, float]
    origin: tuple[float, float]
    bands: list[FitBand] = field(default_factory=list, repr=False)
    # The whole packed drawing, each card once (the export dialog's preview outline).
    drawing: Drawing = field(repr=False)
    cut: frozenset[str] = frozenset()  # cards whose branch continues on later pages (--depth)
    continues: dict[str, list[int]] = field(default_factory=dict, repr=False)
    note_lines: int = 1  # lines of room under each cut card for its note


@dataclass(kw_only=True)
class BookletPage(Page, OnDrawing):
    """A page of the booklet (`book`): fragments of the tree packed at one readable scale.

    `units` is the page's geometry in drawing units (`app.geometry.booklet`),
    printed at `scale` from `origin`; `placements` are the same cards in page
    points. The children of a cut card continue on the pages `continues[key]`;
    each continued family's parent is on page `parent_page[parent]`.
    """

    kind: ClassVar[str] = "booklet"
    scale: float = 1.0  # type: ignore[assignment]
    window: tuple[float, float, float, float]
    origin: tuple[float, float]
    units: PlacedPage = field(repr=False)
    oversize: bool = False  # a card bigger than the page at the booklet's scale: printed smaller
    continues: dict[str, list[int]] = field(default_factory=dict, repr=False)
    parent_page: dict[str, int] = field(default_factory=dict, repr=False)


@dataclass(kw_only=True)
class FindingsPage(Page):
    """Rows [start, end) of the findings table."""

    kind: ClassVar[str] = "findings"
    rows: tuple[int, int]


@dataclass(kw_only=True)
class MatrixPage(Page):
    """Rows and OPD columns of the crosscutting matrix."""

    kind: ClassVar[str] = "crosscut"
    rows: tuple[int, int]
    columns: tuple[int, int]


@dataclass(kw_only=True)
class ContentsPage(Page):
    """Entries of the table of contents: [start, end) for each column of the page."""

    kind: ClassVar[str] = "contents"
    rows: tuple[int, int]
    columns: tuple[tuple[int, int], ...] = ()


@dataclass(kw_only=True)
class IndexPage(Page):
    """Rows [start, end) of the index of OPDs and their pages."""

    kind: ClassVar[str] = "index"
    rows: tuple[int, int]


@dataclass(kw_only=True)
class SignaturePage(Page):
    """Lembar pengesahan."""

    kind: ClassVar[str] = "signature"


@dataclass(kw_only=True)
class EmptyPage(Page):
    """The one page of a printout with nothing to print, saying so."""

    kind: ClassVar[str] = "empty"


TREE_PAGES = (TilePage, FitPage, BookletPage)

__all__ = ["TREE_PAGES", "BookletPage", "ContentsPage", "EmptyPage", "IndexPage", "FindingsPage", "FitBand", "FitPage", "MapPage", "Mark",
           "MatrixPage", "OnDrawing", "Page", "SignaturePage", "TilePage"]
