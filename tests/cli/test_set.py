"""`pokin set PLAN KEY FIELD VALUE [--expect OLD]` (contract §2), through real processes.

Exit 0 stored, 2 unreadable plan or unknown key/field, 3 conflict (the stored
value on stderr), 4 not allowed. Twenty processes with the same `--expect` at
once, on a file and on a server: exactly one stores, the others exit 3.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import PlanFile
from tests.store.conftest import fresh_database, rich_plan

ROOT = Path(__file__).resolve().parents[2]
RUN = [sys.executable, "-m", "app.cli", "set"]


def pokin_set(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*RUN, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture
def plan_path(tmp_path):
    path = tmp_path / "rpd.pokin"
    PlanFile.create(path, rich_plan()).close()
    return path


def test_set_stores_each_field_through_the_store(plan_path):
    for field, value, expected in [
        ("statement", "  Meningkatnya mutu layanan  ", "Meningkatnya mutu layanan"),
        ("code", "1.02.02", "1.02.02"),
        ("position", "Kepala Bidang", "Kepala Bidang"),
        ("notes", "catatan", "catatan"),
        ("level", "Program", "Program"),
        ("opds", "Dinas Sosial; Bapperida", ("Dinas Sosial", "Bapperida")),
    ]:
        done = pokin_set(str(plan_path), "L3-0", field, value)
        assert done.returncode == 0, done.stderr
        assert getattr(PlanFile.read(plan_path)["L3-0"], field) == expected
    con = sqlite3.connect(plan_path)
    by = con.execute("SELECT changed_by FROM nodes WHERE key = 'L3-0'").fetchone()[0]
    con.close()
    assert "@" in by  # as the connecting user: user@machine for a file


def test_set_with_expect_stores_only_over_the_expected_value(plan_path):
    old = rich_plan()["L2-0"].statement
    done = pokin_set(str(plan_path), "L2-0", "statement", "baru", "--expect", "bukan ini")
    assert done.returncode == 3
    assert done.stderr.strip().splitlines()[-1] == old  # the stored value, on its own line
    assert PlanFile.read(plan_path)["L2-0"].statement == old
    done = pokin_set(str(plan_path), "L2-0", "statement", "baru", "--expect", old)
    assert done.returncode == 0, done.stderr
    assert PlanFile.read(plan_path)["L2-0"].statement == "baru"


@pytest.mark.parametrize("args, words", [
    (["tidak-ada", "statement", "x"], ["tidak-ada"]),
    (["L2-0", "warna", "x"], ["warna", "statement"]),
    (["L2-0", "level", "Bukan Level"], ["Bukan Level"]),
])
def test_unknown_keys_fields_and_levels_exit_2(plan_path, args, words):
    before = plan_path.read_bytes()
    done = pokin_set(str(plan_path), *args)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert all(w in done.stderr for w in words)
    assert plan_path.read_bytes() == before


def test_an_unreadable_plan_exits_2(tmp_path):
    bad = tmp_path / "rusak.pokin"
    bad.write_text("bukan rencana", encoding="utf-8")
    done = pokin_set(str(bad), "A", "statement", "x")
    assert done.returncode == 2 and "rusak.pokin" in done.stderr
    done = pokin_set(str(tmp_path / "tidak-ada.pokin"), "A", "statement", "x")
    assert done.returncode == 2


def test_a_plan_this_user_may_not_write_exits_4(plan_path):
    if os.geteuid() == 0:  # root writes past permissions, not past the immutable attribute
        if shutil.which("chattr") is None or subprocess.run(
                ["chattr", "+i", str(plan_path)], capture_output=True).returncode != 0:
            pytest.skip("no way to make a file unwritable for root here")
    else:
        plan_path.chmod(0o444)
    try:
        done = pokin_set(str(plan_path), "L2-0", "statement", "x")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(plan_path)], capture_output=True)
    assert done.returncode == 4, done.stderr
    assert "rpd.pokin" in done.stderr


def _race(target: str, n: int = 20) -> list[subprocess.CompletedProcess]:
    old = rich_plan()["L1-0"].statement
    procs = [subprocess.Popen([*RUN, target, "L1-0", "statement", f"nilai {i}", "--expect", old],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in range(n)]
    out = []
    for p in procs:
        stdout, stderr = p.communicate(timeout=300)
        out.append(subprocess.CompletedProcess(p.args, p.returncode, stdout, stderr))
    return out


def _exactly_one_stores(target: str) -> None:
    results = _race(target)
    codes = sorted(r.returncode for r in results)
    assert codes == [0] + [3] * 19, [r.stderr for r in results if r.returncode not in (0, 3)]
    winner = next(r for r in results if r.returncode == 0)
    value = winner.args[winner.args.index("statement") + 1]
    assert PlanFile.read(target)["L1-0"].statement == value
    for r in results:
        if r.returncode == 3:
            assert r.stderr.strip().splitlines()[-1] == value  # the stored value on stderr


@pytest.mark.slow
def test_twenty_processes_with_the_same_expect_on_a_file_exactly_one_stores(plan_path):
    _exactly_one_stores(str(plan_path))


@pytest.mark.slow
def test_twenty_processes_with_the_same_expect_on_a_server_exactly_one_stores():
    url, drop = fresh_database()
    try:
        PlanFile.create(url, rich_plan()).close()
        _exactly_one_stores(url)
    finally:
        drop()
