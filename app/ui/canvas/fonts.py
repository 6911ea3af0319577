"""The bundled DejaVu fonts, registered once, so cards look the same on every machine.

Card sizes are computed by the model from DejaVu metrics; drawing with another
font would make text overflow the boxes the layout reserved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONT_DIR = Path(__file__).resolve().parents[3] / "resources" / "fonts"
_family: str | None = None


def family() -> str:
    """The family name of the bundled sans font (registered on first use)."""
    global _family
    if _family is None:
        name = "DejaVu Sans"
        for file in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            path = FONT_DIR / file
            if path.exists():
                fid = QFontDatabase.addApplicationFont(str(path))
                fams = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
                if fams:
                    name = fams[0]
        _family = name
    return _family


_cache: dict[tuple[float, bool], QFont] = {}

# Card sizes come in half and quarter points; QFont takes whole pixels. Text is
# drawn with fonts TEXT_SCALE times larger under a painter scaled by 1/TEXT_SCALE.
TEXT_SCALE = 4


def font(size: float, bold: bool = False) -> QFont:
    """A font of `size` pixels (whole sizes); widgets use this directly."""
    return _make(max(1, round(size)), bold)


def scaled_font(size: float, bold: bool = False) -> QFont:
    """A font TEXT_SCALE times `size`, for painting under a 1/TEXT_SCALE painter scale."""
    return _make(max(1, round(size * TEXT_SCALE)), bold)


def _make(pixels: int, bold: bool) -> QFont:
    key = (pixels, bold)
    f = _cache.get(key)
    if f is None:
        f = QFont(family())
        f.setPixelSize(pixels)
        f.setBold(bold)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        f.setKerning(False)
        _cache[key] = f
    return f
