"""Page numbers found in printed texts: only those after "hal.", ranges and lists included."""

from app.export.links import number_boxes, number_spans


def test_numbers_after_hal_only():
    text = "↑ lanjutan dari hal. 12: PROGRAM 1.02.02 · Meningkatnya"
    assert [(text[a:b], n) for a, b, n in number_spans(text)] == [("12", 12)]
    text = "↓ lanjut ke hal. 3–5, 9"
    assert [n for *_, n in number_spans(text)] == [3, 5, 9]
    assert number_spans("Tujuan 2024: 75 · 2025: 80") == []


def test_boxes_follow_the_text():
    left = number_boxes("lanjut ke hal. 7", 100, 50, 8, True)
    right = number_boxes("lanjut ke hal. 7", 100, 50, 8, True, anchor="right")
    assert len(left) == len(right) == 1
    (x0, y0, x1, y1, page), (rx0, _, rx1, _, _) = left[0], right[0]
    assert page == 7 and 100 < x0 < x1 and y0 < 50 < y1
    assert rx1 <= 101 + 1e-9 and abs((rx1 - rx0) - (x1 - x0)) < 1e-9
