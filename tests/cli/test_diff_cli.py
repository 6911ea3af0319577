"""`pokin diff` and `pokin snapshot` run as a planner runs them: a separate process, real files."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.exchange import write_workbook
from app.model.commands import AddNode, DeleteSubtree, MoveNode, SetField, change_indicator
from app.model.diff import diff_plans
from app.model.plan import Node
from app.model.session import EditSession
from app.store import PlanFile
from tests.revision_plans import DINKES, sample_plan

ROOT = Path(__file__).resolve().parents[2]
SNAP = "Sebelum asistensi 19 Mei 2024"


def pokin(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)], cwd=cwd, capture_output=True,
        text=True, encoding="utf-8", timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin"},
    )


def revise(pf: PlanFile) -> None:
    """A session's edits, written to the file as the editor writes them."""
    plan = pf.plan
    edits = EditSession(plan, pf)
    edits.push(MoveNode("K-2", "P-2"))
    edits.push(DeleteSubtree("SK-4"))
    edits.push(SetField("SS-1", "statement", "Menurunnya prevalensi stunting < 12% & wasting"))
    edits.push(AddNode(Node("K-9", "Kegiatan", "Terlaksananya imunisasi dasar lengkap",
                            opds=(DINKES,), parent="P-1")))
    posyandu = plan["K-1"].indicators[1]
    edits.push(change_indicator(plan, "K-1", 1, posyandu.with_target(2026, 130)))
    edits.push(MoveNode("SK-2", "K-2", 0))  # same parent, only child: nothing changes


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """A plan file with a snapshot, then revised (the snapshot command has its own test)."""
    path = tmp_path / "rpd.pokin"
    with PlanFile.create(path, sample_plan()) as pf:
        pf.save_snapshot(SNAP, "Bapperida", "awal")
        revise(pf)
    return path


def test_diff_json_of_snapshot_and_file(session: Path) -> None:
    run = pokin("diff", f"{session}@{SNAP}", session, "--json", cwd=session.parent)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out == {
        "added": ["K-9"],
        "removed": ["SK-4"],
        "moved": [{"node": "K-2", "from": "P-1", "to": "P-2"}],
        "changed": [{"node": "K-1", "fields": ["indicators"]},
                    {"node": "SS-1", "fields": ["statement"]}],
    }
    back = json.loads(pokin("diff", session, f"{session}@{SNAP}", "--json",
                            cwd=session.parent).stdout)
    assert (back["added"], back["removed"]) == (["SK-4"], ["K-9"])


def test_workbooks_compare_with_plan_files(session: Path) -> None:
    before = session.parent / "sebelum.xlsx"
    write_workbook(sample_plan(), before)
    run = pokin("diff", before, f"{session}@{SNAP}", "--json", cwd=session.parent)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"added": [], "removed": [], "moved": [], "changed": []}
    after = session.parent / "sesudah.xlsx"
    write_workbook(PlanFile.read(session), after)
    run = pokin("diff", before, after, "--json", cwd=session.parent)
    expected = diff_plans(sample_plan(), PlanFile.read(session)).to_dict()
    assert json.loads(run.stdout) == expected and expected["added"] == ["K-9"]


def test_human_table_and_exports(session: Path) -> None:
    xlsx, pdf = session.parent / "matriks.xlsx", session.parent / "matriks.pdf"
    run = pokin("diff", f"{session}@{SNAP}", session, "--xlsx", xlsx, "--pdf", pdf,
                cwd=session.parent)
    assert run.returncode == 0, run.stderr
    text = run.stdout
    for words in ("Ditambah", "Dihapus", "Dipindah", "Diubah", "K-9", "SK-4",
                  "Target 2026 indikator: Posyandu aktif", SNAP,
                  "1 ditambah, 1 dihapus, 1 dipindah, 2 diubah",
                  "Menurunnya prevalensi stunting < 12% & wasting"):
        assert words in text
    assert re.search(rf"@ {SNAP} \(\d{{4}}-\d{{2}}-\d{{2}}\)\]", text)  # the snapshot's date
    rows = list(load_workbook(xlsx)["Perubahan"].iter_rows(values_only=True))
    assert {r[1] for r in rows[1:]} == {"Ditambah", "Dihapus", "Dipindah", "Diubah"}
    pdf_text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert SNAP in " ".join(pdf_text.split())


def test_no_changes(session: Path) -> None:
    run = pokin("diff", session, session, cwd=session.parent)
    assert run.returncode == 0 and "Tidak ada perubahan." in run.stdout


@pytest.mark.parametrize("bad", ["hilang.pokin", "rpd.pokin@Tidak ada", "rusak.xlsx"])
def test_unreadable_plan_exits_2_with_a_message(session: Path, bad: str) -> None:
    (session.parent / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan buku kerja")
    run = pokin("diff", "rpd.pokin", bad, "--json", cwd=session.parent)
    assert run.returncode == 2
    assert run.stdout == "" and run.stderr.startswith("pokin: ")
    assert "Traceback" not in run.stderr
    assert bad.split("@")[-1] in run.stderr or "rusak.xlsx" in run.stderr


def test_snapshot_saves_refuses_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "rpd.pokin"
    PlanFile.create(path, sample_plan()).close()
    made = pokin("snapshot", path, SNAP, "--author", "Bapperida", "--note", "awal", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert SNAP in made.stdout
    with PlanFile.open(path) as pf:
        assert pf.load_snapshot(SNAP) == sample_plan()
        revise(pf)
        pf.save_snapshot("Sesudah asistensi")
    again = pokin("snapshot", path, SNAP, cwd=tmp_path)
    assert again.returncode == 2 and "sudah ada" in again.stderr
    book = tmp_path / "rencana.xlsx"
    write_workbook(sample_plan(), book)
    refused = pokin("snapshot", book, "Revisi", cwd=tmp_path)
    assert refused.returncode == 2 and "buku kerja" in refused.stderr
    listed = pokin("snapshot", path, "--list", cwd=tmp_path)
    assert listed.returncode == 0
    assert listed.stdout.index(SNAP) < listed.stdout.index("Sesudah asistensi")
    assert "Bapperida" in listed.stdout and "awal" in listed.stdout
    as_json = json.loads(pokin("snapshot", path, "--list", "--json", cwd=tmp_path).stdout)
    first, second = as_json["snapshots"]
    assert (first["name"], first["author"], first["note"], first["nodes"]) == (
        SNAP, "Bapperida", "awal", len(sample_plan()))
    assert second["nodes"] == len(sample_plan())  # one added, one removed


def test_export_minutes(session: Path) -> None:
    out = session.parent / "notulen.pdf"
    run = pokin("export-minutes", session, "-o", out, "--date", "2024-05-19", "--status",
                "terbuka", cwd=session.parent)
    assert run.returncode == 0, run.stderr
    assert "2 catatan reviu" in run.stdout
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(out).pages).split())
    assert "Notulen Asistensi" in text and "Tanggal: 19 Mei 2024" in text
    assert "Target stunting 2026 terlalu rendah & perlu < 14%" in text
    assert "Pernyataan masih berupa aktivitas" not in text  # resolved: left out
    bad = pokin("export-minutes", session, "-o", out, "--opd", "Dinas Tidak Ada",
                cwd=session.parent)
    assert bad.returncode == 2 and "tidak ada" in bad.stderr
