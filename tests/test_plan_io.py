"""load_plan: one way to read a plan from a workbook, a plan file or a snapshot, one error."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exchange import read_workbook
from app.model.commands import SetField
from app.model.session import EditSession
from app.plan_io import PlanReadError, load_plan
from app.store import PlanFile


def test_workbook(contoh_xlsx: Path) -> None:
    assert load_plan(str(contoh_xlsx)) == read_workbook(contoh_xlsx)


def test_workbook_under_another_name(contoh_xlsx: Path, tmp_path: Path) -> None:
    other = tmp_path / "unduhan.dat"
    other.write_bytes(contoh_xlsx.read_bytes())
    assert load_plan(other) == read_workbook(contoh_xlsx)


def test_plan_file_and_snapshot(contoh_xlsx: Path, tmp_path: Path) -> None:
    path = tmp_path / "rencana.pokin"
    plan = read_workbook(contoh_xlsx)
    with PlanFile.create(path, plan) as pf:
        pf.save_snapshot("awal")
        EditSession(plan, pf).push(SetField("T1", "statement", "Meningkatnya kesejahteraan"))
    now = load_plan(str(path))
    then = load_plan(f"{path}@awal")
    assert now["T1"].statement == "Meningkatnya kesejahteraan"
    assert then == read_workbook(contoh_xlsx)
    with pytest.raises(PlanReadError, match="rencana.pokin"):
        load_plan(f"{path}@tidak-ada")


def test_broken_workbook_keeps_its_problems(contoh_xlsx: Path, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(contoh_xlsx)
    wb["Pohon"]["D12"] = "Program Kerja"
    wb.save(tmp_path / "rusak.xlsx")
    with pytest.raises(PlanReadError) as info:
        load_plan(tmp_path / "rusak.xlsx")
    assert "rusak.xlsx" in str(info.value)
    assert [(p.sheet, p.row, p.column) for p in info.value.problems] == [("Pohon", 12, "Level")]


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("tidak-ada.pokin", None, "tidak ditemukan"),
        ("tidak-ada.xlsx", None, "tidak ditemukan"),
        ("folder", "dir", "folder"),
        ("teks.pokin", b"bukan rencana", "teks.pokin"),
        ("teks.xlsx", b"bukan buku kerja", "teks.xlsx"),
        ("kosong.pokin", b"", "kosong.pokin"),
    ],
)
def test_unreadable(tmp_path: Path, name: str, content: bytes | str | None, words: str) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(PlanReadError) as info:
        load_plan(path)
    assert words in str(info.value)
    assert name in str(info.value)
