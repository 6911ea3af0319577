"""The font names and folder the PDF exports share (DejaVu Sans, bundled)."""

from __future__ import annotations

from pathlib import Path

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
