"""Paper sizes, the export options, and the frame of a printed page.

Every page of the tree export has the same frame: a header band (plan name,
government, period, date, what this page shows), the drawing area, and a
footer (legend of levels, "hal. x dari y"). Geometry here is in points with a
top-left origin, y growing downward, like the layout; only the drawing code
flips to reportlab's bottom-left origin.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.geometry.card import CardStyle
from app.util.indonesian import format_date

MM = 72.0 / 25.4

# Portrait width x height in millimetres. F4 (folio) is common in Indonesian offices.
PAPERS: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "F4": (215.0, 330.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
}
MODES = ("booklet", "fit", "tile", "section")  # "section": tiles per section (as before booklets)
SECTION_KINDS = ("sasaran", "opd")

MARGIN = 10 * MM
HEADER_H = 40.0  # plan name line + facts line
BREADCRUMB_H = 14.0  # one more line for a section's ancestors
FOOTER_H = 18.0
GAP = 6.0  # between the bands and the drawing


class OptionError(ValueError):
    """Options that cannot make a PDF; the message is Indonesian, for the planner."""


@dataclass(frozen=True)
class Signature:
    """The pengesahan block: who signs the printed tree, where and when."""

    name: str
    position: str = ""
    nip: str = ""
    place: str = ""  # default: the government's name without "Kota"/"Kabupaten"
    date: dt.date | None = None  # default: the print date

    @classmethod
    def parse(cls, text: str) -> Signature:
        """"Nama;Jabatan;NIP" as typed on the command line (jabatan and NIP optional)."""
        parts = [p.strip() for p in text.split(";")]
        if not parts or not parts[0]:
            raise OptionError("Blok pengesahan perlu nama penanda tangan: \"Nama;Jabatan;NIP\".")
        parts += [""] * (3 - len(parts))
        return cls(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class PdfOptions:
    """What to print and how. Defaults: A3 landscape, a booklet.

    `mode` is how the tree is cut into pages: "booklet" (branches packed at a
    readable scale), "fit" (one page, or one per section), "tile" (100 %, for a
    poster) or "section" (tiles per section, as before booklets existed).
    `section_by` starts a new chapter (booklet), page (fit) or drawing (tile) per
    Sasaran or per OPD. `depth` stops the drawing at a level (1 = Tujuan) in
    booklet and fit modes; the branches below follow, each card naming its page.
    """

    paper: str = "A3"
    landscape: bool = True
    mode: str = "booklet"
    section_by: str | None = None  # None | "sasaran" | "opd"
    depth: int | None = None
    contents: bool | None = None  # table of contents and OPD index; None: for booklets
    root: str | None = None
    opd: str | None = None
    findings: bool = False
    crosscut: bool = False
    signature: Signature | None = None
    overlap_mm: float = 0.0  # tile mode: repeat this much of each neighbour, with cut marks
    page_map: bool = True  # tile mode: a page map first when there is more than one tile
    date: dt.date | None = None  # print date in the header; default today
    style: CardStyle = field(default_factory=CardStyle)
    h_gap: float = 24.0
    v_gap: float = 56.0
    subtree_gap: float = 48.0
    # Leaf families (the sub kegiatan of a kegiatan) in a column under their parent: the
    # tree gets several times narrower, so far fewer pages at 100 %.
    stack_leaves: bool = True

    def check(self) -> None:
        if self.paper.upper() not in PAPERS:
            raise OptionError(
                f"Ukuran kertas '{self.paper}' tidak dikenal; pilih salah satu: {', '.join(PAPERS)}."
            )
        if self.mode not in MODES:
            raise OptionError(
                f"Mode '{self.mode}' tidak dikenal; pilih booklet, fit, tile atau section.")
        if self.section_by is not None and self.section_by not in SECTION_KINDS:
            raise OptionError(
                f"Pembagian bagian '{self.section_by}' tidak dikenal; pilih sasaran atau opd."
            )
        if not 0 <= self.overlap_mm <= 50:
            raise OptionError("Tumpang tindih (overlap) harus antara 0 dan 50 mm.")
        if self.overlap_mm and self.layout != "tile":
            raise OptionError(
                "Tumpang tindih (--overlap) hanya berlaku untuk mode ubin (--tile): halaman "
                f"mode {self.layout} tidak dipotong dan ditempel menjadi poster.")
        if self.depth is not None:
            if self.layout == "tile":
                raise OptionError(
                    "Batas level (--depth) berlaku untuk mode booklet dan fit, tidak untuk mode "
                    "ubin (--tile).")
            if self.depth < 1:
                raise OptionError("Batas level (--depth) paling sedikit 1 (hanya level teratas).")

    @property
    def print_date(self) -> dt.date:
        return self.date or dt.date.today()

    @property
    def layout(self) -> str:
        """How the tree is cut into pages: "booklet", "fit" or "tile"."""
        return "tile" if self.mode == "section" else self.mode

    @property
    def sections(self) -> str | None:
        """"sasaran" or "opd" when the printout is split into sections, else None."""
        if self.mode == "section":
            return self.section_by or "sasaran"
        return self.section_by


def page_size(paper: str, landscape: bool) -> tuple[float, float]:
    """(width, height) in points for a paper name and orientation."""
    w, h = PAPERS[paper.upper()]
    if landscape:
        w, h = h, w
    return w * MM, h * MM


@dataclass(frozen=True)
class Frame:
    """The parts of one page: full size, and the drawing area (x, y, w, h), top-left origin."""

    width: float
    height: float
    breadcrumb: bool = False

    @property
    def header_top(self) -> float:
        return MARGIN

    @property
    def header_height(self) -> float:
        return HEADER_H + (BREADCRUMB_H if self.breadcrumb else 0.0)

    @property
    def content(self) -> tuple[float, float, float, float]:
        x = MARGIN
        y = MARGIN + self.header_height + GAP
        w = self.width - 2 * MARGIN
        h = self.height - y - MARGIN - FOOTER_H - GAP
        return x, y, w, h

    @property
    def footer_top(self) -> float:
        return self.height - MARGIN - FOOTER_H


def frame_for(options: PdfOptions, breadcrumb: bool = False) -> Frame:
    w, h = page_size(options.paper, options.landscape)
    return Frame(w, h, breadcrumb)


def tanggal(day: dt.date) -> str:
    """"28 November 2026": the date as written in Indonesian documents."""
    return format_date(day)
