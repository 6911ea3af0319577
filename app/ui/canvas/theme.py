"""Colours and line widths of the canvas, for the editor and for the projector.

The editor uses a light neutral background: planners spend whole days in it in
bright offices, and white cards on pale grey look like the printed tree they
file. The projector theme turns the background dark so that white cards stand
out from the back of a room, with thicker strips and lines (ux.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

MARK_COLOURS = {
    "hit": "#F9A825",
    "current-hit": "#E65100",
    "added": "#2E7D32",
    "changed": "#1565C0",
    "moved": "#6A1B9A",
    "removed": "#C62828",
    "crosscut": "#00838F",
}
# Text tags so that colour never carries a mark alone. Marked for translation here,
# translated where a card paints them (context "CardItem"), when the language is known.
MARK_TAGS = {
    "added": QT_TRANSLATE_NOOP("CardItem", "BARU"),
    "changed": QT_TRANSLATE_NOOP("CardItem", "UBAH"),
    "moved": QT_TRANSLATE_NOOP("CardItem", "PINDAH"),
    "removed": QT_TRANSLATE_NOOP("CardItem", "HAPUS"),
    "crosscut": "⇄",
    "hit": "",
    "current-hit": "",
}


@dataclass(frozen=True)
class Theme:
    name: str
    background: QColor
    card: QColor
    card_border: QColor
    text: QColor
    muted: QColor
    edge: QColor
    further_edge: QColor
    selection: QColor
    edge_width: float
    border_width: float
    dim_opacity: float
    greek: QColor  # bars that stand for words too small to read (zoomed out)


EDITOR = Theme(
    name="editor",
    background=QColor("#E9ECEF"),
    card=QColor("#FFFFFF"),
    card_border=QColor("#B0B7BF"),
    text=QColor("#1A1A1A"),
    muted=QColor("#5F6B76"),
    edge=QColor("#7D8791"),
    further_edge=QColor("#C2185B"),
    selection=QColor("#FF6F00"),
    edge_width=1.6,
    border_width=1.0,
    dim_opacity=0.25,
    greek=QColor("#B8C0C8"),
)

PROJECTOR = Theme(
    name="projector",
    background=QColor("#15191C"),
    card=QColor("#FFFFFF"),
    card_border=QColor("#FFFFFF"),
    text=QColor("#000000"),
    muted=QColor("#263238"),
    edge=QColor("#E0E0E0"),
    further_edge=QColor("#FFB300"),
    selection=QColor("#FFD600"),
    edge_width=4.0,
    border_width=2.0,
    dim_opacity=0.18,
    greek=QColor("#78909C"),
)
