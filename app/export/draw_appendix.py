"""Drawing the appendices planned in `appendix`: findings table, crosscutting matrix, pengesahan."""

from __future__ import annotations

from app.geometry.fontmetrics import line_height, text_width, wrap
from app.model.plan import Plan

from .appendix import GRID, HEAD_FILL, INK, OPD_COL, PAD, SIZE, TITLE_H, Tables
from .page_types import FindingsPage, MatrixPage, SignaturePage
from .painter import Painter
from .paper import PdfOptions, tanggal
from .print_card import wrap_words

SIGN_W = 280.0  # the signature block's width on a wide page


def draw_findings(p: Painter, spec: FindingsPage, tables: Tables, page_of: dict[str, int],
                  link) -> None:
    t = tables.findings
    assert t is not None
    cx, cy, cw, _ = spec.frame.content
    p.text(cx, cy + 13, t.title, 11, True, INK)
    y = cy + TITLE_H
    hh = t.header_height
    x = cx
    p.rect(cx, y, sum(t.widths), hh, fill=HEAD_FILL, stroke=GRID, width=0.5)
    for h, w in zip(t.header, t.widths, strict=True):
        for j, ln in enumerate(wrap(h, w - 2 * PAD, SIZE, True)):
            p.text(x + PAD, y + PAD + SIZE + j * line_height(SIZE), ln, SIZE, True, INK)
        x += w
    y += hh
    start, end = spec.rows
    p.stroke(GRID, 0.5)
    for i in range(start, end):
        rh = t.row_height(i)
        x = cx
        last = len(t.widths) - 1
        for k, (cell, w) in enumerate(zip(t.rows[i], t.widths, strict=True)):
            colour = t.colours[i] if k == 1 else INK
            if k == last:  # the page of the node's card, a link to it
                key = t.keys[i] if i < len(t.keys) else None
                n = page_of.get(key) if key else None
                base = y + PAD + SIZE
                if n:
                    p.text(x + PAD, base, str(n), SIZE, True, "#1565C0")
                    link(x + PAD - 1, base - SIZE, x + PAD + text_width(str(n), SIZE, True) + 1,
                         base + SIZE * 0.3, n)
                x += w
                continue
            for j, ln in enumerate(cell):
                p.text(x + PAD, y + PAD + SIZE + j * line_height(SIZE), ln, SIZE, k == 1, colour)
            x += w
        p.stroke(GRID, 0.5)
        p.line(cx, y + rh, cx + sum(t.widths), y + rh)
        y += rh
    x = cx
    top = cy + TITLE_H
    for w in [0.0, *t.widths]:
        x += w
        p.line(x, top, x, y)


def draw_matrix(p: Painter, spec: MatrixPage, tables: Tables) -> None:
    cx, cy, cw, _ = spec.frame.content
    c0, c1 = spec.columns
    opds = tables.matrix_opds[c0:c1]
    per_page = max(1, int((cw - 26 - 300) // OPD_COL))
    item_w = cw - 26 - min(per_page, max(len(tables.matrix_opds), 1)) * OPD_COL
    head_h = tables.head_h
    title = "Lampiran: Matriks Crosscutting (LKE 1.b.9)"
    if len(tables.matrix_opds) > per_page:
        title += f" — perangkat daerah {c0 + 1}–{c1} dari {len(tables.matrix_opds)}"
    p.text(cx, cy + 13, title, 11, True, INK)
    y = cy + TITLE_H
    widths = [26.0, item_w] + [OPD_COL] * len(opds)
    total_w = sum(widths)
    p.rect(cx, y, total_w, head_h, fill=HEAD_FILL, stroke=GRID, width=0.5)
    p.text(cx + PAD, y + head_h - PAD - 2, "No", SIZE, True, INK)
    p.text(cx + 26 + PAD, y + head_h - PAD - 2, "Kondisi / program bersama", SIZE, True, INK)
    x = cx + 26 + item_w
    for o in opds:
        lines = wrap(o, head_h - 2 * PAD, 7, True)[:3]
        for j, ln in enumerate(lines):
            p.vtext(x + PAD + 7 + j * 8.4, y + head_h - PAD, ln, 7, True, INK)
        x += OPD_COL
    y += head_h
    start, end = spec.rows
    if not tables.matrix_items:
        p.text(cx + 26 + PAD, y + 14, "Tidak ada crosscutting pada simpul yang dicetak.", SIZE,
               False, INK)
        y += 20
    for i in range(start, end):
        title_text, counts = tables.matrix_items[i]
        lines = wrap(title_text, item_w - 2 * PAD, SIZE) or [""]
        rh = len(lines) * line_height(SIZE) + 2 * PAD
        p.text(cx + PAD, y + PAD + SIZE, str(i + 1), SIZE, False, INK)
        for j, ln in enumerate(lines):
            p.text(cx + 26 + PAD, y + PAD + SIZE + j * line_height(SIZE), ln, SIZE, False, INK)
        x = cx + 26 + item_w
        for o in opds:
            if o in counts:
                n = counts[o]
                mark = "✓" if n <= 1 else f"✓{n}"
                p.text(x + OPD_COL / 2, y + PAD + SIZE + 1, mark, 9, True, "#1B5E20", "centre")
            x += OPD_COL
        p.stroke(GRID, 0.5)
        p.line(cx, y + rh, cx + total_w, y + rh)
        y += rh
    p.stroke(GRID, 0.5)
    x = cx
    for w in [0.0, *widths]:
        x += w
        p.line(x, cy + TITLE_H, x, y)
    p.text(cx, y + 14, "✓ = perangkat daerah berkontribusi; angka = jumlah simpulnya yang terlibat.",
           7.5, False, "#5F6368")


def draw_signature(p: Painter, spec: SignaturePage, plan: Plan, options: PdfOptions,
                   counts: dict[str, int]) -> None:
    sig = options.signature
    assert sig is not None
    cx, cy, cw, ch = spec.frame.content
    p.text(cx + cw / 2, cy + 24, "LEMBAR PENGESAHAN", 14, True, INK, "centre")
    name = plan.name.strip() or "Pohon Kinerja"
    gov = plan.government.strip()
    intro = (f"Pohon kinerja {name}" + (f" ({gov})" if gov and gov not in name else "")
             + f", periode {plan.start_year}–{plan.end_year}, yang tercetak dalam dokumen ini "
             f"memuat {sum(counts.values())} simpul:")
    y = cy + 56
    for ln in wrap(intro, min(cw, 520.0), 10):
        p.text(cx + (cw - min(cw, 520.0)) / 2, y, ln, 10, False, INK)
        y += 14
    left = cx + (cw - min(cw, 520.0)) / 2
    for level, n in counts.items():
        y += 2
        p.text(left + 20, y + 10, level, 10, False, INK)
        p.text(left + 300, y + 10, f"{n:,}".replace(",", "."), 10, True, INK, "right")
        y += 14
    place = sig.place or _place(plan.government)
    when = tanggal(sig.date or options.print_date)
    # The signature block: right-aligned, as wide as the page allows; a long name or
    # position wraps within it instead of running off the sheet.
    bw = min(SIGN_W, cw * 0.55)
    bx = cx + cw - bw
    by = max(y + 50, cy + ch * 0.45)
    for ln in wrap_words(f"{place}, {when}" if place else when, bw, 10):
        p.text(bx, by, ln, 10, False, INK)
        by += 14
    yy = by + 2
    for ln in wrap_words(sig.position or "", bw, 10, True):
        p.text(bx, yy, ln, 10, True, INK)
        yy += 14
    yy += 60
    p.stroke(INK, 0.6)
    for ln in wrap_words(sig.name, bw, 10, True):
        p.text(bx, yy, ln, 10, True, INK)
        p.line(bx, yy + 2, bx + text_width(ln, 10, True), yy + 2)
        yy += 14
    if sig.nip:
        p.text(bx, yy + 1, f"NIP. {sig.nip}", 10, False, INK)


def _place(government: str) -> str:
    """"Kota Mojokerto" -> "Mojokerto": the place written above a signature."""
    words = government.split()
    if words and words[0].casefold() in ("kota", "kabupaten", "provinsi", "kab.", "prov."):
        words = words[1:]
    return " ".join(words)
