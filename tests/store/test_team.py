"""Team mode on a real PostgreSQL server.

The server is the one in POKIN_TEST_PG_URL (a user that may create databases and
roles; `.ci/run` starts one and fails when it cannot, so in CI nothing here is
skipped). Each test gets a fresh database and drops it afterwards.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, make_url, text

from app.model.commands import DeleteSubtree, SetField
from app.model.session import EditSession
from app.store import PlanFile, StoreError, read_plan_ref

from .conftest import fresh_database, rich_plan
from .test_planfile import COMMANDS


@pytest.fixture
def team_url():
    url, drop = fresh_database()
    try:
        yield url
    finally:
        drop()


def test_a_team_plan_round_trips_and_takes_edits(team_url, tmp_path):
    plan = rich_plan()
    with PlanFile.create(team_url, plan) as pf:
        assert pf.plan is plan and pf.path.name.startswith("pokin_test_")
        edits = EditSession(plan, pf)
        edits.push(DeleteSubtree("L1-0"))
        edits.push(SetField("yatim-1", "statement", "diubah di tim"))
        pf.save_snapshot("awal tim", author="Bapperida")
        expected = plan.copy()
    assert PlanFile.read(team_url) == expected
    with PlanFile.open(team_url) as pf:
        assert pf.plan == expected
        assert [s.name for s in pf.snapshots()] == ["awal tim"]
        assert pf.load_snapshot("awal tim") == expected
        pf.save_copy(tmp_path / "dari-tim.pokin")
    with PlanFile.open(tmp_path / "dari-tim.pokin", read_only=True) as copy:
        assert copy.plan == expected
        assert copy.load_snapshot("awal tim") == expected
    assert read_plan_ref(team_url) == expected


@pytest.mark.parametrize("kind", sorted(COMMANDS))
def test_every_command_and_its_undo_reach_the_team_database(team_url, kind):
    with PlanFile.create(team_url, rich_plan()) as pf:
        history = EditSession(pf.plan, pf)
        start = pf.plan.copy()
        history.push(COMMANDS[kind](pf.plan))
        done = pf.plan.copy()
        assert PlanFile.read(team_url) == done
        history.undo()
        assert PlanFile.read(team_url) == start


def test_a_team_database_with_a_plan_is_not_overwritten_unless_told(team_url):
    PlanFile.create(team_url, rich_plan()).close()
    with pytest.raises(StoreError, match="sudah berisi rencana"):
        PlanFile.create(team_url, rich_plan())
    other = rich_plan()
    other.name = "Rencana pengganti"
    PlanFile.create(team_url, other, overwrite=True).close()
    assert PlanFile.read(team_url).name == "Rencana pengganti"


def test_foreign_empty_and_unreachable_databases_are_refused(team_url):
    with pytest.raises(StoreError, match="belum berisi rencana"):
        PlanFile.open(team_url)
    engine = create_engine(team_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE nodes (id integer)"))
        conn.execute(text("INSERT INTO nodes VALUES (7)"))
    with pytest.raises(StoreError, match="tabel lain"):
        PlanFile.open(team_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM nodes")).all() == [(7,)]  # untouched
    engine.dispose()
    gone = make_url(team_url).set(database="pokin_tidak_ada").render_as_string(False)
    with pytest.raises(StoreError, match="pokin_tidak_ada"):
        PlanFile.open(gone)


def test_the_command_line_imports_into_and_validates_a_team_database(team_url):
    """`pokin import X.xlsx -o URL`, then `pokin validate URL`, through real processes."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "data" / "rpd-kota-contoh.xlsx"
    run = [sys.executable, "-m", "app.cli"]
    done = subprocess.run(run + ["import", str(sample), "-o", team_url], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    checked = subprocess.run(run + ["validate", team_url, "--json"], capture_output=True,
                             text=True, timeout=120)
    assert checked.returncode == 1  # the sample has one error on purpose
    rules = {(f["rule"], f["node"]) for f in json.loads(checked.stdout)["findings"]}
    assert ("missing-indicator", "K-SOS-1-2") in rules
    again = subprocess.run(run + ["import", str(sample), "-o", team_url], capture_output=True,
                           text=True, timeout=120)
    assert again.returncode == 2 and "sudah berisi rencana" in again.stderr


def test_the_editor_opens_a_team_database_and_writes_edits_there(team_url, qtbot, tmp_path):
    from tests.ui.window_helpers import build_plan, open_window

    PlanFile.create(team_url, build_plan()).close()
    window = open_window(qtbot, tmp_path, plan=False)
    assert window.files.open_path(team_url) is True
    window.document.push(SetField("S1", "statement", "Meningkatnya umur harapan hidup"))
    assert PlanFile.read(team_url)["S1"].statement == "Meningkatnya umur harapan hidup"


def test_card_heights_are_kept_in_the_team_database_too(team_url):
    from app.geometry.card import CardCache, CardStyle, height_signature

    style = CardStyle()
    with PlanFile.create(team_url, rich_plan()) as pf:
        cards = CardCache(pf.plan, style)
        cards.sizes_of(pf.plan.nodes)
        signature = height_signature(style, pf.plan.years)
        assert pf.save_card_heights(signature, cards.heights())
        EditSession(pf.plan, pf).push(SetField("yatim-1", "statement", "diubah di tim " * 12))
    with PlanFile.open(team_url) as pf:
        kept = pf.card_heights(signature)
        assert "yatim-1" not in kept and len(kept) == len(pf.plan) - 1
        fresh = CardCache(pf.plan, style)
        assert all(fresh.size(k)[1] == h for k, h in kept.items())
