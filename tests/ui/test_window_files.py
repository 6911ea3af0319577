"""Menu Berkas through the window: open, refuse broken files untouched, import, save as, recent."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from app.exchange import read_workbook
from app.store import PlanFile
from app.ui.file_actions import import_target
from tests.conftest import SAMPLE_XLSX
from tests.ui.window_helpers import build_plan, make_plan_file, open_window


def _no_plan_window(qtbot, tmp_path):
    return open_window(qtbot, tmp_path, plan=False)


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a plan file at all\n" * 40,  # foreign text
        b"SQLite format 3\x00" + b"\x00" * 4000,  # a damaged database
        b"",  # empty
    ],
    ids=["foreign", "damaged", "empty"],
)
def test_broken_or_foreign_plan_file_is_refused_and_untouched(qtbot, tmp_path, content):
    window = _no_plan_window(qtbot, tmp_path)
    path = tmp_path / "rusak.pokin"
    path.write_bytes(content)
    assert window.files.open_path(path) is False
    assert window.document is None
    assert len(window.messages) == 1
    title, text = window.messages[0]
    assert title == "Berkas tidak dapat dibuka"
    assert "rusak.pokin" in text
    assert path.read_bytes() == content
    # no journal, no temporary copy left beside it
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.ini"] == ["rusak.pokin"]


def test_a_sqlite_file_of_another_program_is_refused_untouched(qtbot, tmp_path):
    import sqlite3

    path = tmp_path / "lain.pokin"
    conn = sqlite3.connect(path)
    conn.execute("create table kontak (nama text)")
    conn.execute("insert into kontak values ('Budi')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    window = _no_plan_window(qtbot, tmp_path)
    assert window.files.open_path(path) is False
    assert window.messages and "lain.pokin" in window.messages[0][1]
    assert path.read_bytes() == before


def test_broken_workbook_is_refused_with_its_problems_and_untouched(qtbot, tmp_path):
    path = tmp_path / "rusak.xlsx"
    wb = openpyxl.load_workbook(SAMPLE_XLSX)
    del wb["Pohon"]  # a required sheet is missing
    wb.save(path)
    before = path.read_bytes()
    window = _no_plan_window(qtbot, tmp_path)
    assert window.files.open_path(path) is False
    title, text = window.messages[0]
    assert title == "Tabel tidak dapat diimpor"
    assert "Pohon" in text
    assert path.read_bytes() == before
    assert not (tmp_path / "rusak.pokin").exists()


def test_opening_a_workbook_imports_it_beside_and_says_so(qtbot, tmp_path):
    xlsx = tmp_path / "rpd.xlsx"
    shutil.copy(SAMPLE_XLSX, xlsx)
    before = xlsx.read_bytes()
    (tmp_path / "rpd.pokin").write_bytes(b"taken")  # an existing file is never overwritten
    window = _no_plan_window(qtbot, tmp_path)
    assert window.files.open_path(xlsx) is True
    target = tmp_path / "rpd (2).pokin"
    assert target.exists()
    assert (tmp_path / "rpd.pokin").read_bytes() == b"taken"
    assert xlsx.read_bytes() == before
    assert window.messages[-1][0] == "Tabel diimpor"
    assert "rpd (2).pokin" in window.messages[-1][1]
    expected = read_workbook(SAMPLE_XLSX)
    assert window.document.plan == expected
    assert PlanFile.read(target) == expected
    assert window.windowTitle() == f"Pokin - {expected.name}"
    assert window.settings.recent_files()[0] == str(target.resolve())


def test_import_target_numbers_taken_names(tmp_path):
    wb = tmp_path / "a.xlsx"
    assert import_target(wb) == tmp_path / "a.pokin"
    (tmp_path / "a.pokin").touch()
    (tmp_path / "a (2).pokin").touch()
    assert import_target(wb) == tmp_path / "a (3).pokin"


def test_save_as_switches_to_the_copy(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    window.editor.select("S1")
    original = tmp_path / "uji.pokin"
    copy = tmp_path / "salinan"
    assert window.files.save_as(copy) is True
    copy = copy.with_name("salinan.pokin")
    assert Path(window.document.plan_file.path) == copy
    assert window.editor.selected == "S1"
    window.inspector.code.setText("9.99")
    window.inspector.code.editingFinished.emit()
    assert PlanFile.read(copy)["S1"].code == "9.99"
    assert PlanFile.read(original)["S1"].code == ""


def test_recent_files_menu_and_reopening(qtbot, tmp_path):
    make_plan_file(tmp_path, build_plan(), "satu.pokin")
    make_plan_file(tmp_path, build_plan(), "dua.pokin")
    window = _no_plan_window(qtbot, tmp_path)
    window.files.open_path(tmp_path / "satu.pokin")
    window.files.open_path(tmp_path / "dua.pokin")
    assert [Path(p).name for p in window.settings.recent_files()] == ["dua.pokin", "satu.pokin"]
    window.files.fill_recent_menu(window.recent_menu)
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == ["&1 dua.pokin", "&2 satu.pokin"]
    actions[1].trigger()
    assert Path(window.document.plan_file.path).name == "satu.pokin"
    # a recent file that vanished is dropped with a message
    (tmp_path / "dua.pokin").unlink()
    assert window.files.open_path(tmp_path / "dua.pokin") is False
    assert [Path(p).name for p in window.settings.recent_files()] == ["satu.pokin"]


def test_export_workbook_round_trips(qtbot, tmp_path):
    window = open_window(qtbot, tmp_path)
    out = tmp_path / "keluar.xlsx"
    assert window.files.export_workbook(out) is True
    assert read_workbook(out) == window.document.plan


def test_create_plan_then_add_first_node(qtbot, tmp_path):
    from app.model.plan import Plan

    window = _no_plan_window(qtbot, tmp_path)
    plan = Plan("Renstra Dinas Uji 2025-2029", "Kota Uji", "kota", "Renstra", 2025, 2029)
    assert window.files.create_plan(plan, tmp_path / "baru") is True
    path = tmp_path / "baru.pokin"
    assert path.exists()
    window.editor.add_child()  # nothing selected: a top-level node of the first level
    key = window.editor.selected
    assert window.document.plan[key].level == plan.scheme.names[0]
    assert key in PlanFile.read(path)


def test_a_renstra_table_goes_through_the_import_dialog_first(qtbot, tmp_path):
    """A planner's own table is not guessed at silently: the dialog shows it before a plan is made."""
    from app.exchange.importer import open_source
    from app.exchange.report import ImportOptions
    from tests.exchange.renstra_fixtures import tc27_regulation

    table = tc27_regulation(tmp_path / "renstra.xlsx", [2025, 2026, 2027, 2028, 2029])
    window = _no_plan_window(qtbot, tmp_path)
    assert window.files.open_path(table) is False  # the dialog was cancelled
    assert window.imports == [table] and window.document is None
    assert not (tmp_path / "renstra.pokin").exists()
    plan, _report = open_source(table).build(ImportOptions(opd="Dinas Kesehatan"))
    window.ask_import = lambda path: plan  # the planner checked the columns and accepted
    assert window.files.open_path(table) is True
    assert window.document.plan is plan and PlanFile.read(tmp_path / "renstra.pokin") == plan
