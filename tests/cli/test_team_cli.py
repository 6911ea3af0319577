"""`pokin team init/add-user/users`, and snapshots, diffs, notes and the notulen on a team plan,
through real processes against the test server (contract §4). Passwords never go on a command
line: a new login's on standard input, a login's own in PGPASSWORD."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.model.commands import PutReview, SetField
from app.model.plan import ReviewNote
from app.model.session import EditSession
from app.store import PlanFile
from tests.store.team_helpers import DINKES, DINSOS, branches_plan, fresh_team_db

ROOT = Path(__file__).resolve().parents[2]


def pokin(*args: str, stdin: str = "", password: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("PGPASSWORD", None)
    if password is not None:
        env["PGPASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "app.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


@pytest.fixture
def db():
    team = fresh_team_db(init=False)
    try:
        yield team
    finally:
        team.drop()


@pytest.fixture
def plan_file(tmp_path) -> Path:
    """A plan file with a review note and two snapshots, as a Bappeda brings it to the server."""
    path = tmp_path / "rpd.pokin"
    with PlanFile.create(path, branches_plan()) as pf:
        pf.save_snapshot("Rancangan awal", author="Bapperida", note="sebelum asistensi")
        EditSession(pf.plan, pf).push(SetField("P-SOS", "statement", "Meningkatnya layanan sosial"))
        pf.save_snapshot("Sesudah rapat", author="Bapperida")
    return path


def test_init_copies_a_plan_file_with_its_snapshots_and_notes_and_back(db, plan_file, tmp_path):
    done = pokin("team", "init", db.url, "--from", str(plan_file))
    assert done.returncode == 0, done.stderr
    assert "13 simpul, 1 catatan reviu, 2 revisi" in done.stdout
    with PlanFile.open(db.url, read_only=True) as pf:
        assert pf.plan == PlanFile.read(plan_file)
        assert [(s.name, s.author) for s in pf.snapshots()] == [
            ("Rancangan awal", "Bapperida"), ("Sesudah rapat", "Bapperida")]
        assert pf.load_snapshot("Rancangan awal")["P-SOS"].statement == (
            "Meningkatnya rehabilitasi sosial")
    again = pokin("team", "init", db.url, "--from", str(plan_file))
    assert again.returncode == 2 and "--force" in again.stderr
    back = tmp_path / "kembali.pokin"
    copied = pokin("import", db.url, "-o", str(back))
    assert copied.returncode == 0, copied.stderr
    with PlanFile.open(back, read_only=True) as pf:
        assert pf.plan == PlanFile.read(plan_file) and pf.plan.reviews["R-KES"].author == (
            "Tim Asistensi")
        assert [s.name for s in pf.snapshots()] == ["Rancangan awal", "Sesudah rapat"]
    # And the editor's "Simpan Sebagai" from the team plan keeps them too.
    with PlanFile.open(db.url) as pf:
        pf.save_copy(tmp_path / "salinan.pokin")
    with PlanFile.open(tmp_path / "salinan.pokin", read_only=True) as pf:
        assert len(pf.snapshots()) == 2 and "R-KES" in pf.plan.reviews


def test_add_user_reads_the_password_from_standard_input_and_users_lists_them(db, plan_file):
    assert pokin("team", "init", db.url, "--from", str(plan_file)).returncode == 0
    dinsos = f"dinsos_{db.suffix}"
    done = pokin("team", "add-user", db.url, dinsos, "--role", "opd", "--opd", DINSOS,
                 stdin="rahasia dinsos\n")
    db.logins[dinsos] = "rahasia dinsos"  # dropped with the database
    assert done.returncode == 0, done.stderr
    assert f"Login '{dinsos}' dibuat: peran opd, perangkat daerah {DINSOS}." in done.stdout
    penilai = f"penilai_{db.suffix}"
    assert pokin("team", "add-user", db.url, penilai, "--role", "evaluator",
                 stdin="sandi penilai\n").returncode == 0
    db.logins[penilai] = "sandi penilai"
    no_password = pokin("team", "add-user", db.url, f"baru_{db.suffix}", "--role", "bappeda")
    assert no_password.returncode == 2 and "perlu kata sandi" in no_password.stderr
    no_opd = pokin("team", "add-user", db.url, f"x_{db.suffix}", "--role", "opd", stdin="a\n")
    assert no_opd.returncode == 2 and "--opd" in no_opd.stderr
    changed = pokin("team", "add-user", db.url, dinsos, "--role", "opd", "--opd", DINSOS,
                    "--opd", DINKES)
    assert changed.returncode == 0 and "diperbarui" in changed.stdout

    listed = pokin("team", "users", db.url, "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["users"] == [
        {"login": dinsos, "role": "opd", "opds": [DINSOS, DINKES], "can_login": True},
        {"login": penilai, "role": "evaluator", "opds": [], "can_login": True},
    ]
    assert penilai in pokin("team", "users", db.url).stdout
    # The login's own password, from PGPASSWORD; a wrong one is said plainly.
    url = db.url_of(dinsos, plain=True)
    wrong = pokin("set", url, "S2", "code", "x", password="salah")
    assert wrong.returncode == 2 and "kata sandinya salah" in wrong.stderr
    refused = pokin("set", url, "S2", "statement", "x", password="rahasia dinsos")
    assert refused.returncode == 4 and "berada di level Pemda (Sasaran)" in refused.stderr
    stored = pokin("set", url, "SS-SOS", "code", "1.06.01", password="rahasia dinsos")
    assert stored.returncode == 0, stored.stderr
    not_owner = pokin("team", "add-user", url, f"y_{db.suffix}", "--role", "bappeda",
                      stdin="z\n", password="rahasia dinsos")
    assert not_owner.returncode == 2 and "bukan pemilik" in not_owner.stderr


def test_snapshots_diffs_notes_and_minutes_on_a_team_plan(db, plan_file, tmp_path):
    assert pokin("team", "init", db.url, "--from", str(plan_file)).returncode == 0
    bappeda = db.add("bappeda", "bappeda")
    dinsos = db.add("dinsos", "opd", (DINSOS,))
    penilai = db.add("penilai", "evaluator")
    b_url = db.url_of(bappeda, plain=True)
    saved = pokin("snapshot", b_url, "Sebelum asistensi", "--author", "Wali Kota",
                  password=db.password(bappeda))
    assert saved.returncode == 0, saved.stderr
    assert f"oleh {bappeda}" in saved.stdout  # the login, whatever --author says
    refused = pokin("snapshot", db.url_of(dinsos, plain=True), "oleh dinsos",
                    password=db.password(dinsos))
    assert refused.returncode == 4, refused.stderr

    with PlanFile.open(db.url_of(penilai), password=db.password(penilai)) as pf:
        EditSession(pf.plan, pf).push(PutReview(ReviewNote(
            "R-P", "P-SOS", "Indikator output belum SMART", penilai, "2025-05-19T09:00",
            decision="Diperbaiki minggu ini")))
    with PlanFile.open(db.url_of(dinsos), password=db.password(dinsos)) as pf:
        EditSession(pf.plan, pf).push(SetField("P-SOS", "code", "1.06.02"))

    listed = pokin("snapshot", b_url, "--list", "--json", password=db.password(bappeda))
    names = [s["name"] for s in json.loads(listed.stdout)["snapshots"]]
    assert names == ["Rancangan awal", "Sesudah rapat", "Sebelum asistensi"]
    diff = pokin("diff", f"{b_url}@Sebelum asistensi", b_url, "--json",
                 password=db.password(bappeda))
    assert diff.returncode == 0, diff.stderr
    assert json.loads(diff.stdout)["changed"] == [{"node": "P-SOS", "fields": ["code"]}]
    human = pokin("diff", f"{b_url}@Rancangan awal", f"{b_url}@Sebelum asistensi",
                  password=db.password(bappeda))
    assert "@ Rancangan awal" in human.stdout and "Meningkatnya layanan sosial" in human.stdout

    minutes = tmp_path / "notulen.pdf"
    made = pokin("export-minutes", b_url, "-o", str(minutes), "--date", "2025-05-19",
                 password=db.password(bappeda))
    assert made.returncode == 0, made.stderr
    text = "".join(page.extract_text() for page in PdfReader(minutes).pages)
    assert "Indikator output belum SMART" in text and "Diperbaiki minggu ini" in text
    assert penilai in text


def test_the_readme_s_setup_with_an_owner_who_is_not_a_superuser(plan_file, tmp_path):
    """createuser --createrole pokin_admin; createdb --owner pokin_admin; then everything as it."""
    import uuid

    from sqlalchemy import create_engine, make_url, text

    from tests.store.team_helpers import ADMIN_URL, TeamDb, need_server

    need_server()
    owner, name = f"pokin_admin_{uuid.uuid4().hex[:4]}", f"pokin_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD 'sandi-pemilik'"))
        conn.execute(text(f'CREATE DATABASE "{name}" OWNER "{owner}"'))
    admin.dispose()
    url = make_url(ADMIN_URL).set(username=owner, database=name).render_as_string(False)
    url = url.replace("postgresql+psycopg://", "postgresql://")
    db = TeamDb(make_url(ADMIN_URL).set(database=name).render_as_string(False), name)
    db.logins[owner] = "sandi-pemilik"
    try:
        done = pokin("team", "init", url, "--from", str(plan_file), password="sandi-pemilik")
        assert done.returncode == 0, done.stderr
        dinsos = f"dinsos_{db.suffix}"
        added = pokin("team", "add-user", url, dinsos, "--role", "opd", "--opd", DINSOS,
                      stdin="sandi dinsos\n", password="sandi-pemilik")
        db.logins[dinsos] = "sandi dinsos"
        assert added.returncode == 0, added.stderr
        mine = db.url_of(dinsos, plain=True)
        assert pokin("set", mine, "SS-SOS", "code", "1.06.01",
                     password="sandi dinsos").returncode == 0
        assert pokin("set", mine, "P-KES", "code", "1",
                     password="sandi dinsos").returncode == 4
        again = pokin("team", "init", url, password="sandi-pemilik")
        assert again.returncode == 0 and "sudah terkini" in again.stdout
    finally:
        db.drop()
