"""The tree PDF read back: paper sizes, every statement as text, markup printed as written,
appendices, the command line, and a look at the pages as pictures."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export.paper import MM, PAPERS, OptionError
from app.export.pdf import PdfOptions, Signature, export_pdf
from app.geometry.card import format_number
from app.model.checks import check_plan
from app.plan_io import load_plan
from tests.conftest import ROOT, SAMPLE_XLSX, render_pages
from tests.export.pdf_plans import MARKUP, tree_plan


def norm(text: str) -> str:
    """Extracted text with whitespace runs as single spaces (lines are broken at spaces)."""
    return " ".join(text.split())


def pdf_text(path: Path) -> list[str]:
    return [norm(page.extract_text() or "") for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def sample():
    return load_plan(SAMPLE_XLSX)


@pytest.mark.parametrize("paper", list(PAPERS))
def test_paper_sizes_and_orientation(tmp_path, paper):
    plan = tree_plan(seed=1, sasaran=1, fan=(1, 1))
    short, long = PAPERS[paper]
    for landscape in (True, False):
        out = tmp_path / f"{paper}-{landscape}.pdf"
        result = export_pdf(plan, out, PdfOptions(paper=paper, landscape=landscape, mode="fit"))
        reader = PdfReader(out)
        assert len(reader.pages) == result.pages == 1
        box = reader.pages[0].mediabox
        w, h = float(box.width), float(box.height)
        want = (long * MM, short * MM) if landscape else (short * MM, long * MM)
        assert w == pytest.approx(want[0], abs=0.5) and h == pytest.approx(want[1], abs=0.5)


@pytest.mark.parametrize("mode", ["tile", "fit", "section"])
def test_every_statement_is_text_in_the_pdf(tmp_path, sample, mode):
    out = tmp_path / f"{mode}.pdf"
    result = export_pdf(sample, out, PdfOptions(mode=mode))
    pages = pdf_text(out)
    assert len(pages) == result.pages
    text = " ".join(pages)
    drawn = sample.nodes if mode != "section" else {
        k: n for k, n in sample.nodes.items() if n.level != "Tujuan"}
    for node in drawn.values():
        assert norm(node.statement) in text, node.key
        for ind in node.indicators:  # indicator names and every year's target are printed
            assert norm(ind.name) in text, (node.key, ind.name)
            values = " · ".join(f"{y}: {format_number(ind.target(y))}" for y in sample.years)
            assert values in text, (node.key, values)
    assert f"hal. 1 dari {result.pages}" in pages[0]
    assert f"hal. {result.pages} dari {result.pages}" in pages[-1]
    assert sample.name in pages[0]
    if mode == "section":  # the Tujuan is the breadcrumb of every Sasaran section
        tujuan = next(n for n in sample.nodes.values() if n.level == "Tujuan")
        assert all(norm(tujuan.statement) in p for p in pages)


def test_markup_characters_print_as_written(tmp_path):
    plan = tree_plan(seed=2)
    assert any(n.statement == MARKUP for n in plan.nodes.values())
    out = tmp_path / "markup.pdf"
    export_pdf(plan, out, PdfOptions(mode="fit", paper="A1"))
    text = " ".join(pdf_text(out))
    assert "< 12% & wasting <b>balita</b>" in text


def test_tile_pages_name_their_grid_place_and_continuations(tmp_path):
    plan = tree_plan(seed=3, sasaran=3, fan=(2, 3))
    out = tmp_path / "tile.pdf"
    result = export_pdf(plan, out, PdfOptions(paper="A4", mode="tile"))
    pages = pdf_text(out)
    assert "Peta halaman" in pages[0]
    for spec, text in zip(result.specs, pages, strict=True):
        if spec.kind == "tile":
            assert f"Baris {spec.grid[0]} · kolom {spec.grid[1]}" in text
            for mark in spec.marks:
                assert norm(mark.text) in text
    assert any("lanjut ke hal." in t for t in pages)
    assert any("dari hal." in t for t in pages)


def test_appendices_and_signature(tmp_path, sample):
    out = tmp_path / "lampiran.pdf"
    sig = Signature("Dr. Budi Santoso, M.Si.", "Kepala Bapperida", "19700101 199503 1 001",
                    date=dt.date(2025, 3, 17))
    export_pdf(sample, out, PdfOptions(mode="fit", findings=True, crosscut=True, signature=sig,
                                       date=dt.date(2025, 3, 18)))
    pages = pdf_text(out)
    text = " ".join(pages)
    for f in check_plan(sample):
        assert f.rule in text and norm(f.message)[:60] in text
    assert "Matriks Crosscutting" in text and "1.02.02" in text
    last = pages[-1]
    assert "LEMBAR PENGESAHAN" in last and "Dr. Budi Santoso, M.Si." in last
    assert "NIP. 19700101 199503 1 001" in last and "17 Maret 2025" in last
    assert "dicetak 18 Maret 2025" in pages[0]


def test_failed_export_leaves_no_file(tmp_path, sample):
    out = tmp_path / "gagal.pdf"
    with pytest.raises(OptionError):
        export_pdf(sample, out, PdfOptions(root="TIDAK-ADA"))
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"lama")
    out.chmod(0o640)
    export_pdf(sample, out, PdfOptions(mode="fit"))
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o640  # replacing a file keeps its permissions
    assert [p.name for p in tmp_path.iterdir()] == ["gagal.pdf"]


def test_progress_reports_every_page(tmp_path, sample):
    seen: list[tuple[int, int]] = []
    result = export_pdf(sample, tmp_path / "p.pdf", PdfOptions(), progress=lambda a, b: seen.append((a, b)))
    assert seen == [(i, result.pages) for i in range(1, result.pages + 1)]


def pokin(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_command_line(tmp_path, sample):
    out = tmp_path / "pohon.pdf"
    root = sample.roots()[0]
    done = pokin("export-pdf", SAMPLE_XLSX, "-o", out, "--paper", "a4", "--portrait", "--section",
                 "opd", "--findings", "--crosscut", "--sign", "Budi;Kepala Bapperida;1970",
                 "--overlap", "5", "--tile")
    assert done.returncode == 0, done.stderr
    m = re.search(r"(\d+) halaman", done.stdout)
    reader = PdfReader(out)
    assert m and int(m.group(1)) == len(reader.pages)
    assert float(reader.pages[0].mediabox.height) > float(reader.pages[0].mediabox.width)
    bad = pokin("export-pdf", SAMPLE_XLSX, "-o", tmp_path / "x.pdf", "--root", "TIDAK-ADA")
    assert bad.returncode == 2 and "TIDAK-ADA" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
    bad = pokin("export-pdf", SAMPLE_XLSX, "-o", tmp_path / "x.pdf", "--opd", "Dinas Entah")
    assert bad.returncode == 2 and "Perangkat daerah" in bad.stderr
    ok = pokin("export-pdf", SAMPLE_XLSX, "-o", tmp_path / "r.pdf", "--fit", "--root", root,
               "--compact", "--flat")
    assert ok.returncode == 0, ok.stderr
    text = " ".join(pdf_text(tmp_path / "r.pdf"))
    names = [norm(i.name) for k in sample.subtree(root) for i in sample[k].indicators]
    assert names and not any(n in text for n in names)  # compact cards: no indicators
    assert norm(sample[root].statement) in text


def test_pages_render_as_pictures(tmp_path, sample, screenshots):
    """Render the first pages to PNG (kept in tests/output for a human look)."""
    out = tmp_path / "lihat.pdf"
    export_pdf(sample, out, PdfOptions(paper="A3", mode="tile", crosscut=True))
    shots = render_pages(out, screenshots / "pdf-tile", 1, 3, dpi=40)
    assert len(shots) >= 3 and all(s.stat().st_size > 5000 for s in shots)


def test_more_than_256_distinct_characters_still_print(tmp_path):
    """reportlab puts 256 characters in each font subset; text beyond the first subset,
    and a line mixing two subsets, must still come out as written."""
    plan = tree_plan(seed=1, sasaran=2, fan=(1, 1))
    chars = [chr(c) for c in range(0x21, 0x7F)] + [chr(c) for c in range(0xA1, 0x17F)]
    keys = list(plan.nodes)
    chunks = ["".join(chars[i:i + 40]) for i in range(0, len(chars), 40)]
    for key, chunk in zip(keys, chunks, strict=False):
        plan[key].statement = f"Meningkatnya {chunk} akhir"
    mixed = "Meningkatnya aŋbƀc žz"  # ASCII, then characters assigned late, then ASCII
    plan[keys[-1]].statement = mixed
    out = tmp_path / "unicode.pdf"
    export_pdf(plan, out, PdfOptions(mode="fit", paper="A0"))
    # Long "words" are cut across lines, so compare without any whitespace.
    text = "".join("".join(pdf_text(out)).split())
    assert len(keys) > len(chunks) and len(set("".join(chunks))) > 256
    for key in keys:
        assert "".join(plan[key].statement.split()) in text, key
