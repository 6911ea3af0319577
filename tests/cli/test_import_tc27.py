"""`pokin import` of planners' tables and `pokin export-tc27`: all or nothing, and the round trip."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.exchange.importer import import_workbook
from app.plan_io import load_plan
from tests.exchange import renstra_fixtures as F

from .test_cli import no_traceback, pokin, pokin_here

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "rpd-kota-mojokerto.xlsx"


def opd_part(plan) -> list[tuple]:
    """Codes, statements, OPDs, indicators (unit, baseline, targets) and budgets of the OPD levels."""
    first = plan.scheme.index("Sasaran Strategis PD")
    out = []
    for key in plan.walk():
        n = plan.nodes[key]
        if plan.scheme.index(n.level) >= first:
            out.append((n.level, n.code, n.statement, tuple(sorted(n.opds)),
                        tuple((i.name, i.satuan, i.baseline, tuple(sorted(i.targets.items())))
                              for i in n.indicators),
                        tuple(sorted(n.budget.items()))))
    return sorted(out)


def test_import_asks_for_what_the_table_does_not_say_and_makes_nothing(tmp_path: Path) -> None:
    src = F.opd_working_xlsx(tmp_path / "renja.xlsx")
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    done = pokin("import", src, "-o", out_dir / "renja.pokin")
    assert done.returncode == 2
    no_traceback(done)
    assert "renja.xlsx" in done.stderr and "--years" in done.stderr and "--opd" in done.stderr
    assert list(out_dir.iterdir()) == []  # no plan file, no half-written temporary
    done = pokin("import", src, "-o", out_dir / "renja.pokin", "--opd", "Dinas PUPR", "--years", "2025-2029")
    assert done.returncode == 0, done.stderr
    assert "Tata letak: tabel Renstra T-C.27" in done.stdout
    assert "baris 4, kolom 'TARGET TAHUN 3': sel berisi #REF!" in done.stdout
    plan = load_plan(str(out_dir / "renja.pokin"))
    assert (plan.start_year, plan.end_year) == (2025, 2029) and plan.opds() == ["Dinas PUPR"]
    assert [p.name for p in out_dir.iterdir()] == ["renja.pokin"]


@pytest.mark.parametrize("years", ["2025", "2029-2025", "20x5-2029", "2025-2045"])
def test_bad_years_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], years: str) -> None:
    src = F.opd_working_xlsx(tmp_path / "renja.xlsx")
    code, _, err = pokin_here(capsys, "import", src, "-o", tmp_path / "r.pokin", "--years", years)
    assert code == 2 and "--years" in err
    assert not (tmp_path / "r.pokin").exists()


def test_export_tc27_then_import_gives_the_same_plan(tmp_path: Path) -> None:
    out = tmp_path / "tc27.xlsx"
    done = pokin("export-tc27", BUNDLED, "-o", out)
    assert done.returncode == 0, done.stderr
    original = load_plan(str(BUNDLED))
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) == len(original.opds())
    ws = wb.worksheets[0]
    assert ws["A4"].value == "Tujuan" and ws["C4"].value == "Kode"
    assert [c.value for c in ws[7]][:3] == ["(1)", "(2)", "(3)"]
    assert "A4:A6" in {str(r) for r in ws.merged_cells.ranges}
    back, report = import_workbook(out)
    assert report.layout == "tc27"
    assert opd_part(back) == opd_part(original)
    plan_file = tmp_path / "kembali.pokin"
    done = pokin("import", out, "-o", plan_file)
    assert done.returncode == 0, done.stderr
    assert opd_part(load_plan(str(plan_file))) == opd_part(original)


def test_export_tc27_of_one_opd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dinkes.xlsx"
    opd = "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"
    code, _, err = pokin_here(capsys, "export-tc27", BUNDLED, "-o", out, "--opd", opd.upper())
    assert code == 0, err
    assert openpyxl.load_workbook(out).sheetnames == [opd[:31]]
    back, _ = import_workbook(out)
    original = load_plan(str(BUNDLED))
    mine = [row for row in opd_part(original) if opd in row[3]]
    assert opd_part(back) == mine
    code, _, err = pokin_here(capsys, "export-tc27", BUNDLED, "-o", tmp_path / "x.xlsx", "--opd", "Dinas Tidak Ada")
    assert code == 2 and "tidak ada dalam rencana" in err and not (tmp_path / "x.xlsx").exists()
