"""Page numbers found in printed texts: only those after "hal.", ranges and lists included."""

from app.export.links import lines_boxes, number_boxes, number_spans


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


def test_a_wrapped_list_of_pages_links_every_line_and_a_wrapped_name_none() -> None:
    """A continuation mark that wraps ("← hal. 3, 5," then "7, 9") keeps its numbers clickable
    on every line; the digits of a code on a wrapped line of words are not pages."""
    boxes = lines_boxes([(10.0, 20.0, "← hal. 3, 5,"), (10.0, 30.0, "7, 9")], 7.5, True)
    assert [b[4] for b in boxes] == [3, 5, 7, 9]
    second = [b for b in boxes if b[4] in (7, 9)]
    assert all(b[0] >= 10.0 - 1 for b in second)  # on the second line, from its left edge
    named = lines_boxes([(0.0, 0.0, "lanjutan dari: Program"), (0.0, 9.0, "1.02.02 Kesehatan, hal. 4")],
                        7.5, True)
    assert [b[4] for b in named] == [4]
    after_words = lines_boxes([(0.0, 0.0, "→ kontribusi ke 2.14"), (0.0, 9.0, "3 lainnya")], 7.5, True)
    assert after_words == []
