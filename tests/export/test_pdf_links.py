"""The booklet read back with pypdf: every printed "hal. N" is a link to page N, the outline
(bookmarks) and the contents lead to the pages holding what they name, and the file's fonts
and date are what a print shop and an archive expect."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from app.export.contents import ranges
from app.export.pages import build_pages
from app.export.paper import PdfOptions
from app.export.pdf import export_pdf
from app.export.print_card import real_key
from app.plan_io import load_plan
from tests.conftest import ROOT, require

MOJOKERTO = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r'([^<]*)</word>')
NUMBERS = re.compile(r"\d+(?:–\d+)?[,:]?")


@pytest.fixture(scope="module")
def sample():
    return load_plan(MOJOKERTO)


@pytest.fixture(scope="module")
def printed(sample, tmp_path_factory):
    out = tmp_path_factory.mktemp("links") / "buku.pdf"
    options = PdfOptions(paper="A3", findings=True, crosscut=True)
    result = export_pdf(sample, out, options)
    return out, result, build_pages(sample, options)


def _words(path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page, every word with its box (top-left origin), as poppler's pdftotext sees it."""
    xml = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = []
    for body in xml.split("<page ")[1:]:
        pages.append([(html.unescape(w), float(x0), float(y0), float(x1), float(y1))
                      for x0, y0, x1, y1, w in WORD.findall(body)])
    return pages


def _links(reader, page):
    """(x0, top, x1, bottom, target page) of every link, in top-left coordinates."""
    h = float(page.mediabox.height)
    out = []
    for annot in page.get("/Annots") or []:
        a = annot.get_object()
        if a.get("/Subtype") != "/Link":
            continue
        target = reader.get_page_number(a["/Dest"][0].get_object()) + 1
        x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
        out.append((x0, h - y1, x1, h - y0, target))
    return out


def _page_numbers(words):
    """(page number, word box) of every number printed right after "hal." (the footer's
    "hal. x dari y", this very page, excepted)."""
    out = []
    for i, (w, *_box) in enumerate(words):
        if w != "hal.":
            continue
        j = i + 1
        found = []
        while j < len(words) and NUMBERS.fullmatch(words[j][0]):
            found.append(words[j])
            if not words[j][0].endswith(","):
                break
            j += 1
        if found and j + 1 < len(words) and words[j + 1][0] == "dari":
            continue
        for text, *box in found:
            for n in re.findall(r"\d+", text):
                out.append((int(n), box))
    return out


def test_every_page_number_is_a_link_to_that_page(printed):
    require(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils)")
    out, result, _layout = printed
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    seen = 0
    for index, (page, words) in enumerate(zip(reader.pages, _words(out), strict=True), 1):
        links = _links(reader, page)
        for *_rect, target in links:
            assert 1 <= target <= len(reader.pages), index
        for number, (x0, y0, x1, y1) in _page_numbers(words):
            hits = [t for a, b, c, d, t in links if a < x1 and x0 < c and b < y1 and y0 < d]
            assert number in hits, (index, number, x0, y0)
            seen += 1
    assert seen > 100  # cut cards, labels, crosscutting lines and the findings table


def test_outline_and_contents_lead_to_what_they_name(printed, sample):
    out, result, layout = printed
    reader = PdfReader(out)
    top = [o for o in reader.outline if not isinstance(o, list)]
    assert [o.title for o in top] == ["Daftar Isi", "Pohon kinerja", "Perangkat Daerah",
                                      "Lampiran"]
    assert reader.get_destination_page_number(top[0]) == 0

    def walk(items):
        for o in items:
            if isinstance(o, list):
                yield from walk(o)
            else:
                yield o

    titles = {o.title: reader.get_destination_page_number(o) + 1 for o in walk(reader.outline)}
    contents = layout.contents
    by_text = {e.text: e for e in contents.entries}
    for title, page in titles.items():
        if title in by_text and by_text[title].key is not None:  # a Tujuan or a Sasaran
            key = by_text[title].key
            assert key in result.specs[page - 1].placements, title
    tujuan = [k for k, n in sample.nodes.items() if n.level == "Tujuan"]
    sasaran = [k for k, n in sample.nodes.items() if n.level == "Sasaran"]
    keyed = [e.key for e in contents.entries if e.key is not None]
    assert sorted(keyed) == sorted(tujuan + sasaran)
    def pages_of(opd: str) -> list[int]:
        return sorted({p.number for p in result.specs for k in p.placements
                       if opd in sample.nodes[real_key(k)].opds})

    group = [e for e in contents.entries if e.group]
    opd_entries = contents.entries[contents.entries.index(group[1]) + 1:
                                   contents.entries.index(group[2])]
    assert [e.text for e in opd_entries] == sorted(sample.opds(), key=str.casefold)
    for e in opd_entries:  # the first page with one of the OPD's cards
        assert e.page == pages_of(e.text)[0], e.text
    # The OPD index lists every page holding the OPD's cards.
    for row in contents.rows:
        assert row.numbers == pages_of(row.opd), row.opd
        assert " ".join(row.page_lines) == ", ".join(ranges(row.numbers))


@pytest.mark.parametrize("mode", ["booklet", "fit", "tile"])
def test_fonts_are_embedded_and_the_date_is_real(tmp_path, sample, mode):
    require(shutil.which("pdffonts") is not None, "pdffonts (poppler-utils)")
    out = tmp_path / f"{mode}.pdf"
    export_pdf(sample, out, PdfOptions(paper="A4", landscape=False, mode=mode, findings=True))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column
    assert not any("Helvetica" in line for line in fonts)
    info = PdfReader(out).metadata
    created = info.creation_date
    assert created is not None and abs(created.replace(tzinfo=None) - dt.datetime.now()) < \
        dt.timedelta(hours=26)
