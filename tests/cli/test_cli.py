"""The `pokin` command through real processes: exit codes, JSON shapes, files made or not."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.exchange import read_workbook, write_workbook
from app.model.plan import Indicator
from app.plan_io import load_plan

ROOT = Path(__file__).resolve().parents[2]


def pokin(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="ascii")  # UTF-8 even so
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd or ROOT, timeout=120,
    )


def pokin_here(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """The command in this process (fast): exit code, stdout, stderr."""
    from app.cli import main

    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


# --- validate -------------------------------------------------------------------------


def test_validate_json_on_the_sample(contoh_xlsx: Path) -> None:
    done = pokin("validate", contoh_xlsx, "--json")
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["plan"] == "RPD Kota Contoh 2024-2026"
    assert set(data) == {"plan", "findings"}
    assert all(set(f) == {"rule", "severity", "node", "message"} for f in data["findings"])
    assert {(f["rule"], f["severity"], f["node"]) for f in data["findings"]} == {
        ("missing-indicator", "error", "K-SOS-1-2"),
        ("activity-statement", "warning", "SS-SOS"),
        ("dead-end", "warning", "S3"),
    }
    assert len(data["findings"]) == 3


def test_validate_human_table(contoh_xlsx: Path) -> None:
    done = pokin("validate", contoh_xlsx)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    header = next(line for line in lines if line.startswith("Aturan"))
    assert header.split() == ["Aturan", "Tingkat", "Simpul", "Pesan"]
    row = next(line for line in lines if line.startswith("missing-indicator"))
    assert row.index("K-SOS-1-2") == header.index("Simpul")  # aligned
    assert "galat" in row
    assert lines[-1] == "3 temuan: 1 galat, 2 peringatan"


def test_validate_exit_zero_without_errors(contoh_xlsx: Path, tmp_path: Path) -> None:
    plan = read_workbook(contoh_xlsx)
    plan.nodes["K-SOS-1-2"].indicators = (
        Indicator("Jumlah layanan", "output", "layanan", "naik", 4.0, {2024: 5.0, 2025: 6.0, 2026: 7.0}),
    )
    plan.name = "RPD Kota Contoh — perbaikan ké-2"  # UTF-8 out even with an ASCII locale
    fixed = tmp_path / "baik.xlsx"
    write_workbook(plan, fixed)
    done = pokin("validate", fixed, "--json")
    assert done.returncode == 0, done.stdout
    assert '"RPD Kota Contoh — perbaikan ké-2"' in done.stdout  # ensure_ascii=False
    assert {f["severity"] for f in json.loads(done.stdout)["findings"]} == {"warning"}


def test_validate_unreadable_exits_2(tmp_path: Path) -> None:
    done = pokin("validate", tmp_path / "tidak-ada.xlsx")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "pokin: Berkas tidak-ada.xlsx: berkas tidak ditemukan.\n"


@pytest.mark.parametrize("name", ["tidak-ada.pokin", ".", "teks.pokin", "teks.xlsx"])
def test_every_unreadable_kind_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / "teks.pokin").write_text("bukan rencana", encoding="utf-8")
    (tmp_path / "teks.xlsx").write_text("bukan buku kerja", encoding="utf-8")
    for cmd in ("validate", "crosscut"):
        code, out, err = pokin_here(capsys, cmd, tmp_path / name)
        assert (code, out) == (2, "")
        assert err.startswith("pokin: Berkas ") and "Traceback" not in err


def test_validate_broken_workbook_lists_every_problem(contoh_xlsx: Path, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(contoh_xlsx)
    wb["Pohon"]["D12"] = "Program Kerja"
    wb["Pohon"]["D13"] = "Aktivitas"
    wb["Rencana"]["B6"] = "dua ribu"
    wb.save(tmp_path / "rusak.xlsx")
    done = pokin("validate", tmp_path / "rusak.xlsx", "--json")
    assert done.returncode == 2
    assert "lembar 'Pohon', baris 12, kolom 'Level': level 'Program Kerja'" in done.stderr
    assert "baris 13" in done.stderr and "lembar 'Rencana', baris 6" in done.stderr
    no_traceback(done)


# --- crosscut -------------------------------------------------------------------------


def test_crosscut_json_on_the_sample(contoh_xlsx: Path) -> None:
    done = pokin("crosscut", contoh_xlsx, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert list(data) == ["crosscutting"]
    programs = [c for c in data["crosscutting"] if c["kind"] == "shared-program"]
    assert [(c["code"], sorted(c["opds"])) for c in programs] == [
        ("1.02.02", ["Dinas Kesehatan", "RSUD Kota Contoh"])
    ]
    assert set(programs[0]) == {"kind", "code", "name", "opds", "nodes"}
    assert "1.02.01" not in done.stdout
    human = pokin("crosscut", contoh_xlsx)
    assert human.returncode == 0 and "1.02.02" in human.stdout and "1.02.01" not in human.stdout


# --- import and export-xlsx -----------------------------------------------------------------


def test_import_then_export_round_trip(contoh_xlsx: Path, tmp_path: Path) -> None:
    plan_file = tmp_path / "contoh.pokin"
    done = pokin("import", contoh_xlsx, "-o", plan_file)
    assert done.returncode == 0, done.stderr
    assert load_plan(str(plan_file)) == read_workbook(contoh_xlsx)
    out = tmp_path / "keluar.xlsx"
    done = pokin("export-xlsx", plan_file, "-o", out)
    assert done.returncode == 0, done.stderr
    assert read_workbook(out) == read_workbook(contoh_xlsx)
    # the plan file is a plan anywhere a plan is read
    assert pokin("validate", plan_file).returncode == 1


def test_import_refuses_to_overwrite_without_force(
    contoh_xlsx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_file = tmp_path / "ada.pokin"
    plan_file.write_bytes(b"jangan ditimpa")
    code, _, err = pokin_here(capsys, "import", contoh_xlsx, "-o", plan_file)
    assert code == 2 and "--force" in err
    assert plan_file.read_bytes() == b"jangan ditimpa"
    code, out, err = pokin_here(capsys, "import", contoh_xlsx, "-o", plan_file, "--force")
    assert code == 0, err
    assert "36 simpul" in out
    assert load_plan(str(plan_file)) == read_workbook(contoh_xlsx)


def test_import_of_a_broken_workbook_creates_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(b"PK\x03\x04 bukan zip utuh")
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    done = pokin("import", bad, "-o", out_dir / "baru.pokin")
    assert done.returncode == 2
    assert "rusak.xlsx" in done.stderr
    no_traceback(done)
    assert list(out_dir.iterdir()) == []


def test_output_equal_to_input_is_refused(
    contoh_xlsx: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "sumber.xlsx"
    src.write_bytes(contoh_xlsx.read_bytes())
    before = src.read_bytes()
    monkeypatch.chdir(tmp_path)
    for cmd in ("export-xlsx", "import"):
        for target in ("sumber.xlsx", "./sub/../sumber.xlsx"):
            code, _, err = pokin_here(capsys, cmd, src, "-o", target)
            assert code == 2
            assert "sama dengan berkas masukan" in err
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sumber.xlsx"]


def test_export_xlsx_from_a_workbook_into_a_new_folder(contoh_xlsx: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "hasil.xlsx"
    done = pokin("export-xlsx", contoh_xlsx, "-o", out)
    assert done.returncode == 0, done.stderr
    assert read_workbook(out) == read_workbook(contoh_xlsx)


# --- the command itself -------------------------------------------------------------------


def test_help_and_version() -> None:
    done = pokin("--help")
    assert done.returncode == 0, done.stderr
    for name in ("validate", "crosscut", "import", "export-xlsx"):
        assert name in done.stdout
    version = pokin("--version")
    assert version.returncode == 0 and version.stdout.startswith("pokin ")


def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        with pytest.raises(SystemExit) as info:
            pokin_here(capsys, name, "--help")
        assert info.value.code == 0
        assert name in capsys.readouterr().out


def test_unknown_command_with_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = pokin_here(capsys, "valdate", "x.xlsx")
    assert code == 2 and "tidak dikenal" in err


def test_validate_stays_lean(contoh_xlsx: Path) -> None:
    """No Qt, no reportlab, no openpyxl for validating a workbook our reader understands."""
    code = (
        "import sys; from app.cli import main; rc = main(['validate', sys.argv[1]]); "
        "heavy = [m for m in ('PySide6', 'reportlab', 'openpyxl', 'sqlalchemy') if m in sys.modules]; "
        "print('HEAVY', heavy); sys.exit(rc)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, str(contoh_xlsx)], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "HEAVY []" in done.stdout


def test_closed_pipe_is_quiet(tmp_path: Path, contoh_xlsx: Path) -> None:
    """Many findings into `head -c 100`: no BrokenPipe traceback, the validator's exit code."""
    plan = read_workbook(contoh_xlsx)
    for node in plan.nodes.values():
        node.indicators = ()
    for i in range(400):
        plan.load_nodes([type(plan.nodes["S1"])(f"X{i}", "Sasaran", "Fasilitasi x", parent="T1")])
    path = tmp_path / "banyak.xlsx"
    write_workbook(plan, path)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        f'"{sys.executable}" -m app.cli validate "{path}" | head -c 100; exit ${{PIPESTATUS[0]}}',
        shell=True, executable="/bin/bash", capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=120,
    )
    assert len(done.stdout) == 100
    assert done.returncode == 1
    assert done.stderr == ""


def test_export_into_an_impossible_place(contoh_xlsx: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "berkas-biasa"
    blocker.write_text("bukan folder", encoding="utf-8")
    done = pokin("export-xlsx", contoh_xlsx, "-o", blocker / "hasil.xlsx")
    assert done.returncode == 2
    assert done.stderr.startswith("pokin: Buku kerja hasil.xlsx tidak dapat ditulis")
    assert "Exception" not in done.stderr
    no_traceback(done)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas-biasa"]
