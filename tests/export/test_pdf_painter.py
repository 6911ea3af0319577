"""The painter's quick text encoding (str.translate over the first font subset) gives exactly
the codes that reportlab's own splitting gives, for plain, accented, control and late characters."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from app.export.painter import ESCAPE, Painter, register_fonts


def test_quick_encoding_matches_reportlab(tmp_path):
    register_fonts()
    painter = Painter(Canvas(str(tmp_path / "t.pdf")), 100)
    texts = ["Meningkatnya cakupan (layanan) \\ 100%", "awal 70 → 2024: 72 · 2025: 74",
             "tab\there", "nul\x00byte", "ŋŧ€ Ω", "Ω again and (again)"]
    texts += ["".join(chr(c) for c in range(0xA1 + 40 * i, 0xA1 + 40 * (i + 1))) for i in range(8)]
    for bold in (False, True):
        codes = painter._codes[bold]
        for text in texts * 2:  # the second time every character is known
            slow = [(name, "".join(ESCAPE[b] for b in data)) for name, data in codes.split(text)]
            assert codes.escaped(text) == slow, text
