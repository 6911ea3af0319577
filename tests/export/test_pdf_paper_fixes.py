"""What a printout got wrong before booklets, each checked on real pages: portrait headers,
the signer's name, values split from their year, gaps shown alike, cards that say what they
lack, pagu, findings with their pages, orphans, ownerless programs, option messages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from app.export.draw_page import header_texts
from app.export.forest import NO_OPD, resolve_opd
from app.export.page_types import BookletPage
from app.export.pages import build_pages, plan_pages
from app.export.paper import MARGIN, OptionError, PdfOptions, Signature
from app.export.pdf import export_pdf
from app.export.print_card import is_ref, real_key, wrap_words
from app.model.plan import Indicator, Node, Plan
from app.plan_io import load_plan
from tests.conftest import ROOT, require
from tests.export.pdf_plans import tree_plan

MOJOKERTO = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"
LONG_NAME = "Dr. Hj. Siti Aminah Rahmawati Kusumaningrum Wijayakusuma, S.E., M.Si., M.P.P."


@pytest.fixture(scope="module")
def sample():
    return load_plan(MOJOKERTO)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("mode", ["booklet", "tile", "fit"])
def test_portrait_headers_do_not_overlap(sample, paper, mode):
    sample = sample.copy()
    sample.name = "Rencana Pembangunan Daerah Kota Mojokerto Tahun 2024-2026 (Perubahan Kedua)"
    options = PdfOptions(paper=paper, landscape=False, mode=mode, section_by="opd",
                         findings=True, signature=Signature("Budi"))
    pages = plan_pages(sample, options)
    for p in pages:
        texts = header_texts(p, sample, options)
        boxes = [t.box for t in texts if t.text]
        for i, a in enumerate(boxes):
            assert MARGIN - 0.5 <= a[0] and a[2] <= p.frame.width - MARGIN + 0.5, (p.number, a)
            for b in boxes[i + 1:]:
                assert not _overlap(a, b), (p.number, texts)
        assert any(t.text.startswith("Kota Mojokerto") for t in texts)


def test_nothing_runs_off_a_portrait_page(tmp_path, sample):
    """Read back with poppler: every word of every page inside the margins (a long signer's
    name and position wrap instead of being cut at the sheet's edge)."""
    require(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils)")
    out = tmp_path / "a4.pdf"
    sig = Signature(LONG_NAME, "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah "
                    "Kota Mojokerto", "19700101 199503 2 001")
    export_pdf(sample, out, PdfOptions(paper="A4", landscape=False, findings=True, crosscut=True,
                                       signature=sig))
    xml = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True,
                         check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', xml).group(1))
    words = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', xml)
    assert words and all(float(x0) >= MARGIN - 1 and float(x1) <= width - MARGIN + 1
                         for x0, x1 in words)
    last = PdfReader(out).pages[-1].extract_text()
    assert all(part in " ".join(last.split()) for part in LONG_NAME.split())


def test_value_lines_keep_each_year_with_its_value_and_gaps_alike():
    plan = tree_plan(seed=4, sasaran=3, fan=(1, 3), further=0)
    keys = list(plan.nodes)
    ind = plan[keys[3]].indicators[0]
    plan[keys[3]].indicators = (Indicator(ind.name, ind.jenis, ind.satuan, ind.polaritas, None,
                                          {2024: 12345678.5, 2026: 99999999.25}),)
    plan[keys[4]].indicators = ()
    layout = build_pages(plan, PdfOptions(paper="A4", landscape=False))
    cards = layout.cards
    for key in plan.nodes:
        values = [ln.text for ln in cards.get(key).lines if ln.role == "value"]
        for line in values:
            assert not re.search(r"\b20\d\d:$", line), (key, line)  # "2026:" never ends a line
            assert not re.match(r"^[\d.,–]+( ·|$)", line) or line.startswith("awal"), line
    gap = " ".join(ln.text for ln in cards.get(keys[3]).lines if ln.role == "value")
    assert gap.startswith("awal – →") and "2025: –" in gap  # both gaps as "–"
    assert "Belum ada indikator" in [ln.text for ln in cards.get(keys[4]).lines]


def test_long_words_break_at_punctuation_not_mid_word():
    word = "SK-1.02.02.2.01.0001.0003"
    lines = wrap_words(f"{word} dan seterusnya", 60, 8)
    pieces = [ln for ln in lines if " " not in ln and ln not in ("dan", "seterusnya")]
    assert len(pieces) >= 2 and "".join(pieces) == word
    assert all(p.endswith((".", "-")) for p in pieces[:-1]), pieces  # broken after punctuation


def test_pagu_on_sub_kegiatan_and_summed_above(sample):
    layout = build_pages(sample, PdfOptions())
    cards = layout.cards

    def pagu(key):
        return " ".join(ln.text for ln in cards.get(key).lines if ln.role == "budget")

    sk = next(k for k, n in sample.nodes.items() if n.level == "Sub Kegiatan" and n.budget)
    year = min(sample.nodes[sk].budget)
    assert pagu(sk).startswith("Pagu ") and f"{year}: Rp" in pagu(sk)
    kegiatan = sample[sk].parent
    program = sample[kegiatan].parent
    for key in (kegiatan, program):
        assert pagu(key).startswith("Jumlah pagu "), key  # marked as a sum
    # The sum is the sum: a kegiatan's pagu for a year over its sub kegiatan.
    total = sum(sample[c].budget.get(year, 0.0) for c in sample.children(kegiatan))
    from app.export.print_card import rupiah

    assert f"{year}: {rupiah(total).replace(chr(160), ' ')}" in pagu(kegiatan)
    tujuan = next(k for k, n in sample.nodes.items() if n.level == "Tujuan")
    assert pagu(tujuan) == ""


def test_findings_badges_and_pages_in_the_findings_table(tmp_path):
    plan = tree_plan(seed=6, sasaran=2, fan=(1, 2), further=0)
    bad = next(k for k, n in plan.nodes.items() if n.level == "Program")
    plan[bad].indicators = ()  # missing-indicator: an error
    out = tmp_path / "temuan.pdf"
    result = export_pdf(plan, out, PdfOptions(paper="A4", findings=True))
    layout = build_pages(plan, PdfOptions(paper="A4", findings=True))
    badges = layout.cards.paper(bad).badges
    assert badges and badges[0][0].startswith("✗")
    table = layout.tables.findings
    row = next(i for i, k in enumerate(table.keys) if k == bad)
    page = layout.page_of[bad]
    reader = PdfReader(out)
    findings_pages = [p.number for p in result.specs if p.kind == "findings"]
    text = " ".join(reader.pages[n - 1].extract_text() for n in findings_pages)
    assert "Hal." in text and bad in text
    assert bad in result.specs[page - 1].placements
    assert table.rows[row][-1] == ["8888"]  # measured as four digits, drawn as the real page
    # Without the findings appendix the cards carry no badge.
    plain = build_pages(plan, PdfOptions(paper="A4"))
    assert not plain.cards.paper(bad).badges


def test_an_orphan_is_marked_and_a_program_without_opd_keeps_its_section():
    plan = Plan("Uji", "Kota Uji", start_year=2024, end_year=2026)
    plan.load_nodes([
        Node("T", "Tujuan", "Meningkatnya kesejahteraan"),
        Node("S", "Sasaran", "Meningkatnya layanan", parent="T"),
        Node("SS", "Sasaran Strategis PD", "Meningkatnya mutu", ("Dinas X",), parent="S"),
        Node("P", "Program", "Meningkatnya cakupan", (), parent="SS"),  # no OPD
        Node("K", "Kegiatan", "Tersedianya layanan", ("Dinas X",), parent="P"),
        Node("Y", "Kegiatan", "Terlaksananya kegiatan", ("Dinas X",), parent="HILANG"),
    ])
    layout = build_pages(plan, PdfOptions(section_by="opd"))
    placed = {real_key(k) for p in layout.pages for k in p.placements}
    assert {"SS", "P", "K", "Y"} <= placed
    assert any(s.title == NO_OPD for s in layout.sections)
    notes = [ln.text for ln in layout.cards.get("Y").lines if ln.role == "warn"]
    assert notes and "HILANG" in notes[0]
    assert not [ln for ln in layout.cards.get("T").lines if ln.role == "warn" and "induk" in ln.text]


def test_overlap_only_with_tiles():
    plan = tree_plan(seed=1, sasaran=1, fan=(1, 1))
    for mode in ("fit", "booklet"):
        with pytest.raises(OptionError, match="--overlap.*--tile"):
            plan_pages(plan, PdfOptions(mode=mode, overlap_mm=5))
    assert plan_pages(plan, PdfOptions(mode="tile", overlap_mm=5))
    with pytest.raises(OptionError, match="--depth"):
        plan_pages(plan, PdfOptions(mode="tile", depth=3))


def test_opd_by_any_case_spacing_or_a_unique_start(sample):
    assert resolve_opd(sample, "  dinas   KESEHATAN, pengendalian penduduk dan  keluarga "
                               "BERENCANA ") == \
        "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"
    assert resolve_opd(sample, "dinas perhub") == "Dinas Perhubungan"
    with pytest.raises(OptionError, match=r"cocok dengan \d+ nama: .*Tulis lebih lengkap"):
        resolve_opd(sample, "dinas")
    with pytest.raises(OptionError, match="tidak ada dalam rencana"):
        resolve_opd(sample, "Dinas Pariwisata Bulan")
    pages = plan_pages(sample, PdfOptions(opd="badan kepeg"))
    opds = {o for p in pages for k in p.placements if not is_ref(k) for o in sample[k].opds}
    assert "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" in opds


def pokin(*args) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_command_line_booklet_options(tmp_path):
    out = tmp_path / "buku.pdf"
    done = pokin("export-pdf", MOJOKERTO, "-o", out)  # booklet is the default
    assert done.returncode == 0, done.stderr
    n = int(re.search(r"(\d+) halaman", done.stdout).group(1))
    assert n == len(PdfReader(out).pages) <= 40
    done = pokin("export-pdf", MOJOKERTO, "-o", out, "--fit", "--section", "opd", "--depth", "4")
    assert done.returncode == 0, done.stderr
    bad = pokin("export-pdf", MOJOKERTO, "-o", tmp_path / "x.pdf", "--fit", "--overlap", "5")
    assert bad.returncode == 2 and "--overlap" in bad.stderr and "Traceback" not in bad.stderr
    bad = pokin("export-pdf", MOJOKERTO, "-o", tmp_path / "x.pdf", "--opd", "dinas")
    assert bad.returncode == 2 and "cocok dengan" in bad.stderr
    bad = pokin("export-pdf", MOJOKERTO, "-o", tmp_path / "x.pdf", "--depth", "9")
    assert bad.returncode == 2 and "--depth" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
    layout = build_pages(load_plan(MOJOKERTO), PdfOptions())
    assert all(isinstance(p, BookletPage) for p in layout.pages if p.placements)
