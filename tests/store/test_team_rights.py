"""Each role's rights on a real server, both ways: what it may do it can, what it may not it cannot.

Through the editor's store (an `EditSession` over `PlanFile.open(url, password=...)`
as each login, without the editor's own check in front), and with raw SQL as that
login over psycopg: the database is the guard. The Python mirror (app.model.rights)
must say exactly what the server says.
"""

from __future__ import annotations

import json

import psycopg
import pytest

from app.model.commands import (
    AddNode,
    DeleteSubtree,
    DropReview,
    MoveNode,
    PutReview,
    SetField,
    SetPlanField,
)
from app.model.plan import Node, ReviewNote
from app.model.session import EditSession
from app.store import NotAllowed, PlanFile, StoreError

from .team_helpers import DINKES, DINSOS, PUPR, branches_plan, fresh_team_db


@pytest.fixture
def team():
    db = fresh_team_db()
    PlanFile.create(db.url, branches_plan(), overwrite=True).close()
    db.dinsos = db.add("dinsos", "opd", (DINSOS,))
    db.dinkes = db.add("dinkes", "opd", (DINKES,))
    db.bappeda = db.add("bappeda", "bappeda")
    db.penilai = db.add("penilai", "evaluator")
    try:
        yield db
    finally:
        db.drop()


def _open(team, login: str) -> tuple[PlanFile, EditSession]:
    pf = PlanFile.open(team.url_of(login), password=team.password(login))
    return pf, EditSession(pf.plan, pf)


def _refused(session: EditSession, pf: PlanFile, command, granted: bool = True) -> str:
    """Push `command`, which the server must refuse; returns the mirror's reason.

    Where the role has the table's grant (`granted`), the refusal is the plan's own rule
    and says the same as the mirror; where it has none, PostgreSQL refuses on its own.
    """
    mirror = pf.rights.check(command, pf.plan)
    before = pf.plan.copy()
    with pytest.raises(NotAllowed) as refused:
        session.push(command)
    assert pf.plan == before  # rolled back in the model too
    assert mirror is not None
    if granted:
        assert str(refused.value) == f"Perubahan tidak disimpan: {mirror}"
    else:
        assert "tidak berhak" in str(refused.value)
    return mirror


def _stored(session: EditSession, pf: PlanFile, command) -> None:
    assert pf.rights.check(command, pf.plan) is None
    session.push(command)


def test_an_opd_login_changes_its_own_branches_and_nothing_else(team):
    pf, s = _open(team, team.dinsos)
    with pf:
        assert pf.rights.role == "opd" and pf.rights.opds == (DINSOS,)
        _stored(s, pf, SetField("SS-SOS", "statement", "Meningkatnya perlindungan sosial anak"))
        _stored(s, pf, SetField("K-GIZI", "notes", "di cabang Dinkes, tetapi menyebut Dinsos"))
        new = Node(pf.plan.new_key(), "Kegiatan", "Tersedianya pendampingan", parent="P-SOS")
        _stored(s, pf, AddNode(new))  # below its own program, naming no OPD
        top = Node(pf.plan.new_key(), "Sasaran Strategis PD", "Meningkatnya pemberdayaan",
                   opds=(DINSOS,), parent="S1")
        _stored(s, pf, AddNode(top, 0))  # under a Pemda node, among others' nodes, first
        _stored(s, pf, MoveNode(new.key, top.key))
        _stored(s, pf, MoveNode(top.key, "S1", 2))  # reordered among the others' nodes
        _stored(s, pf, DeleteSubtree(top.key))

        why = _refused(s, pf, SetField("SK-KES", "statement", "diubah Dinsos"))
        assert why == (f"Simpul 'Terlaksananya pemeriksaan ibu hamil' milik {DINKES}; login "
                       f"'{team.dinsos}' hanya boleh mengubah cabang {DINSOS}.")
        assert "berada di level Pemda (Sasaran)" in _refused(s, pf, SetField("S2", "code", "x"))
        _refused(s, pf, AddNode(Node("X1", "Sasaran Strategis PD", "milik Dinkes", opds=(DINKES,),
                                     parent="S2")))
        _refused(s, pf, SetField("SS-SOS", "opds", (PUPR,)))  # giving it away: no longer its own
        loose = Node(pf.plan.new_key(), "Kegiatan", "Tersedianya data terpadu", parent="P-SOS")
        _stored(s, pf, AddNode(loose))
        _refused(s, pf, MoveNode(loose.key, "P-PU"))  # naming no OPD, into another's branch
        _stored(s, pf, MoveNode("K-SOS", "P-PU"))  # naming its own OPD: its own wherever it is
        _stored(s, pf, MoveNode("K-SOS", "P-SOS"))
        _stored(s, pf, DeleteSubtree(loose.key))
        _refused(s, pf, MoveNode("SS-PU", "S1", 0))  # another OPD's node, merely reordered
        why = _refused(s, pf, SetPlanField("name", "Rencana Dinsos"), granted=False)
        assert why.startswith("Hanya Bappeda yang boleh mengubah properti rencana")
        _refused(s, pf, PutReview(ReviewNote("R-X", "K-SOS", "catatan", team.dinsos)),
                 granted=False)
        stored = PlanFile.read(team.url).copy()
    assert stored == pf.plan
    assert stored["SK-KES"].statement == "Terlaksananya pemeriksaan ibu hamil"


def test_an_opd_cannot_take_along_what_hangs_on_its_branch_from_others(team):
    pf, s = _open(team, team.dinkes)
    with pf:
        _stored(s, pf, SetField("K-KES", "notes", "anak tanpa OPD di cabang Dinkes"))
        _stored(s, pf, SetField("SK-KES", "notes", "cucu tanpa OPD"))
        # A child of its Program, but naming another OPD: that OPD's, not the Program's owner's.
        why = _refused(s, pf, SetField("K-GIZI", "statement", "Tersedianya makanan tambahan"))
        assert why == (f"Simpul 'Tersedianya makanan tambahan balita' milik {DINSOS}; login "
                       f"'{team.dinkes}' hanya boleh mengubah cabang {DINKES}.")
        # Deleting P-KES would take K-GIZI along, and change P-SOS, which contributes to it.
        assert "milik Dinas Sosial" in _refused(s, pf, DeleteSubtree("P-KES"), granted=False)
        # Deleting K-KES would drop R-KES, the evaluator's note on it.
        assert "memuat catatan reviu" in _refused(s, pf, DeleteSubtree("K-KES"), granted=False)
        _stored(s, pf, DeleteSubtree("SK-KES"))
        s.undo()  # an undo is an edit like any other: allowed here
        assert "SK-KES" in PlanFile.read(team.url)


def test_under_a_shared_node_each_opd_keeps_its_own_program(team):
    """A crosscutting Sasaran Strategis PD names two OPDs; each hangs its own Program under it.
    Both may change the shared node and add their own Programs; neither may change, move
    or delete (with the shared node) the other's Program, through the editor or raw SQL."""
    pf, s = _open(team, team.bappeda)
    with pf:
        s.push(AddNode(Node("SS-GIZI", "Sasaran Strategis PD", "Menurunnya prevalensi stunting",
                            opds=(DINKES, DINSOS), parent="S1")))
        s.push(AddNode(Node("P-GIZI", "Program", "Meningkatnya gizi masyarakat", opds=(DINKES,),
                            parent="SS-GIZI")))
        s.push(AddNode(Node("K-GIZI2", "Kegiatan", "Tersedianya pemantauan tumbuh kembang",
                            parent="P-GIZI")))  # naming no OPD: Dinkes's, through P-GIZI
    pf, s = _open(team, team.dinsos)
    with pf:
        _stored(s, pf, SetField("SS-GIZI", "notes", "dibahas bersama"))
        own = Node(pf.plan.new_key(), "Program", "Meningkatnya perlindungan balita",
                   opds=(DINSOS,), parent="SS-GIZI")
        _stored(s, pf, AddNode(own))
        for command in (SetField("P-GIZI", "statement", "diubah Dinsos"),
                        SetField("K-GIZI2", "statement", "diubah Dinsos"),
                        MoveNode("P-GIZI", "SS-SOS"),
                        DeleteSubtree("SS-GIZI")):
            assert f"milik {DINKES}; login '{team.dinsos}'" in _refused(s, pf, command), command
    with team.psycopg(team.dinsos) as opd:
        opd.autocommit = True
        assert _try(opd, "UPDATE nodes SET statement = 'x' WHERE key = 'P-GIZI'")[0] is False
        assert _try(opd, "UPDATE nodes SET statement = 'x' WHERE key = 'K-GIZI2'")[0] is False
        assert _try(opd, "UPDATE nodes SET notes = 'x' WHERE key = 'SS-GIZI'") == (True, 1)
    pf, s = _open(team, team.dinkes)
    with pf:
        _stored(s, pf, SetField("P-GIZI", "statement", "Meningkatnya gizi ibu dan anak"))
        assert f"milik {DINSOS}" in _refused(s, pf, SetField(own.key, "statement", "x"))
    stored = PlanFile.read(team.url)
    assert stored["P-GIZI"].statement == "Meningkatnya gizi ibu dan anak"
    assert stored[own.key].statement == "Meningkatnya perlindungan balita"


def test_an_opd_reorders_its_own_program_among_another_opds_without_writing_theirs(team):
    """Moving one's own Program past another OPD's must place one's own node, not theirs:
    the store keeps the places of the nodes this login may not write, so that what the
    editor allows the server stores."""
    pf, s = _open(team, team.bappeda)
    with pf:
        s.push(AddNode(Node("SS-GIZI", "Sasaran Strategis PD", "Menurunnya prevalensi stunting",
                            opds=(DINKES, DINSOS), parent="S1")))
        for key, opd in (("P-GIZI-1", DINKES), ("P-GIZI-2", DINKES), ("P-GIZI-SOS", DINSOS),
                         ("P-GIZI-3", DINKES)):
            s.push(AddNode(Node(key, "Program", f"Program {key}", opds=(opd,),
                                parent="SS-GIZI")))
    pf, s = _open(team, team.dinsos)
    with pf:
        # One step down, past Dinkes's neighbour (the move key of the outline and canvas):
        # either of the two could be given a new place; it must be Dinsos's own.
        _stored(s, pf, MoveNode("P-GIZI-SOS", "SS-GIZI", 2))
        _stored(s, pf, MoveNode("P-GIZI-SOS", "SS-GIZI", 0))  # first
        _stored(s, pf, MoveNode("P-GIZI-SOS", "SS-GIZI", 1))  # one step down again
        _stored(s, pf, MoveNode("P-GIZI-SOS", "SS-GIZI"))  # last
        _stored(s, pf, MoveNode("P-GIZI-SOS", "SS-GIZI", 2))  # one step up
    assert PlanFile.read(team.url).children("SS-GIZI") == [
        "P-GIZI-1", "P-GIZI-2", "P-GIZI-SOS", "P-GIZI-3"]
    with team.psycopg(team.bappeda) as conn:
        changed = dict(conn.execute("SELECT key, changed_by FROM nodes WHERE parent = 'SS-GIZI'"))
    assert changed["P-GIZI-SOS"] == team.dinsos
    assert {changed[k] for k in ("P-GIZI-1", "P-GIZI-2", "P-GIZI-3")} == {team.bappeda}


def test_an_evaluator_writes_review_notes_only(team):
    pf, s = _open(team, team.penilai)
    with pf:
        assert not pf.read_only and pf.rights.may_write_notes and not pf.rights.may_edit_tree
        note = ReviewNote("R-N", "P-SOS", "Target belum menantang", team.penilai)
        _stored(s, pf, PutReview(note))
        _stored(s, pf, PutReview(ReviewNote("R-N", "P-SOS", "Target dinaikkan", team.penilai,
                                            status="resolved")))
        _stored(s, pf, PutReview(ReviewNote("R-KES", "K-KES", "Sudah terukur", "Tim Asistensi")))
        _refused(s, pf, PutReview(ReviewNote("R-F", "P-SOS", "palsu", "Kepala Bappeda")))
        _refused(s, pf, PutReview(ReviewNote("R-KES", "K-KES", "x", team.penilai)))  # the author
        with pytest.raises(NotAllowed):  # no grant on nodes at all: the server's own refusal
            s.push(SetField("P-SOS", "statement", "diubah penilai"))
        assert "berperan penilai" in pf.rights.check(SetField("P-SOS", "code", "1"), pf.plan)
        with pytest.raises(NotAllowed):
            pf.save_snapshot("oleh penilai")
    stored = PlanFile.read(team.url)
    assert stored.reviews["R-N"].author == team.penilai and stored.reviews["R-N"].status == "resolved"
    assert stored.reviews["R-KES"].author == "Tim Asistensi"  # kept by the one who edited it
    assert stored["P-SOS"].statement == "Meningkatnya rehabilitasi sosial"


def test_bappeda_changes_everything_and_its_snapshots_are_its_own(team):
    pf, s = _open(team, team.bappeda)
    with pf:
        assert pf.rights.may_save_snapshots and pf.rights.may_change_plan
        _stored(s, pf, SetPlanField("name", "RPD Kota Uji (revisi)"))
        _stored(s, pf, SetField("S2", "statement", "Menurunnya kemiskinan ekstrem"))
        _stored(s, pf, SetField("SK-KES", "opds", (DINKES, DINSOS)))
        info = pf.save_snapshot("Sesudah asistensi", author="Wali Kota", note="n")
        assert info.author == team.bappeda
        # Deleting a branch takes the evaluator's note along; the undo puts it back as it was.
        _stored(s, pf, DeleteSubtree("P-KES"))
        assert "R-KES" not in PlanFile.read(team.url).reviews
        s.undo()
        assert PlanFile.read(team.url).reviews["R-KES"].author == "Tim Asistensi"
        _refused(s, pf, PutReview(ReviewNote("R-B", "S1", "x", "Tim Asistensi")))
        pf.delete_snapshot("Sesudah asistensi")
    with PlanFile.open(team.url_of(team.dinsos), password=team.password(team.dinsos)) as other:
        with pytest.raises(NotAllowed):
            other.save_snapshot("oleh dinsos")


def test_the_mirror_and_the_server_agree_on_every_edit_an_opd_might_try(team):
    """Every node: a field, a child naming no OPD / its own / another's, a move under each of a
    few parents, a delete. The mirror's verdict and reason equal the server's."""
    pf, s = _open(team, team.dinsos)
    with pf:
        plan = pf.plan
        start = plan.copy()
        scheme = plan.scheme
        commands = []
        for key in sorted(plan.nodes):
            node = plan[key]
            below = scheme.index(node.level) + 1
            commands.append(SetField(key, "notes", f"dicoba {key}"))
            if below < len(scheme):
                for opds in ((), (DINSOS,), (DINKES,)):
                    commands.append(AddNode(Node(f"C-{key}-{len(opds)}{''.join(opds)[:5]}",
                                                 scheme.names[below], "baru", opds=opds,
                                                 parent=key)))
            for parent in ("S1", "S2", "SS-SOS", "P-KES", "P-PU"):
                if parent != key and parent != node.parent:
                    commands.append(MoveNode(key, parent))
            commands.append(DeleteSubtree(key))
        agreed = 0
        for command in commands:
            if not _model_allows(plan, command):
                continue
            mirror = pf.rights.check(command, plan)
            try:
                s.push(command)
            except NotAllowed as exc:
                assert mirror is not None, (command, str(exc))
                if "tidak berhak" not in str(exc):  # not PostgreSQL's own refusal of a grant
                    assert str(exc) == f"Perubahan tidak disimpan: {mirror}"
                agreed += 1
                continue
            assert mirror is None, (vars(command), mirror)
            assert pf.rights.check(command, plan, forward=False) is None
            s.undo()
            agreed += 1
        assert agreed > 60
    assert PlanFile.read(team.url) == start  # every stored edit was undone again


def _model_allows(plan, command) -> bool:
    try:
        plan.execute(command)
    except Exception:
        return False
    plan.revert(command)
    return True


# --- raw SQL as each login ---------------------------------------------------------------

DENIED = (psycopg.errors.InsufficientPrivilege,)


def _try(conn, sql: str, params: tuple = ()) -> tuple[bool, int]:
    """(done, rows) of one statement in its own transaction."""
    try:
        with conn.transaction():
            cur = conn.execute(sql, params)
            return True, cur.rowcount
    except DENIED:
        return False, 0


def test_raw_sql_from_each_login_can_do_no_more_than_the_editor_lets_it(team):
    node_row = ("INSERT INTO nodes (key, parent, ord, level, statement, opds, changed_by) "
                "VALUES (%s, %s, 1, %s, 'mentah', %s, 'Orang Lain')")
    with team.psycopg(team.dinsos) as opd:
        opd.autocommit = True
        assert _try(opd, "SELECT count(*) FROM nodes") == (True, 1)
        for sql, params in (
            ("UPDATE nodes SET statement = 'x' WHERE key = 'SK-KES'", ()),
            ("UPDATE nodes SET statement = 'x' WHERE key = 'S2'", ()),
            ("UPDATE nodes SET opds = '[\"Dinas Sosial\"]' WHERE key = 'P-KES'", ()),
            ("DELETE FROM nodes WHERE key = 'P-PU'", ()),
            ("DELETE FROM nodes", ()),
            (node_row, ("RAW-1", "S2", "Sasaran Strategis PD", json.dumps([DINKES]))),
            (node_row, ("RAW-2", "T1", "Sasaran", json.dumps([DINSOS]))),
            ("UPDATE nodes SET parent = 'P-PU', opds = '[]' WHERE key = 'K-SOS'", ()),
            ("UPDATE plan SET name = 'x'", ()),
            ("INSERT INTO review_notes (id, node, text, author) VALUES ('R9', 'K-SOS', 'x', %s)",
             (team.dinsos,)),
            ("DELETE FROM review_notes", ()),
            ("INSERT INTO snapshots (name, created, node_count, data) VALUES ('s', 'x', 0, '')",
             ()),
            ("DELETE FROM meta", ()),
            ("INSERT INTO meta VALUES ('card_heights', '{}')", ()),
            ("INSERT INTO team_members VALUES (%s, 'bappeda', '[]')", (team.dinsos,)),
            ("UPDATE team_members SET role = 'bappeda'", ()),
            ("SELECT setval('node_keys', 1)", ()),
            ("SELECT nextval('node_keys')", ()),
            ("SELECT * FROM review_notes_gone", ()),
            ("DELETE FROM alembic_version", ()),
            ("CREATE TABLE nodes_copy (a int)", ()),
            ("CREATE TEMP TABLE scratch (a int)", ()),
            ("SELECT pokin_unbury_note('a', 'b', 'c', 'd', 'e', 'f', 'g')", ()),
        ):
            assert _try(opd, sql, params)[0] is False, sql
        assert _try(opd, "UPDATE nodes SET statement = 'oleh SQL', changed_by = 'Orang Lain' "
                         "WHERE key = 'K-SOS'") == (True, 1)
        assert _try(opd, node_row, ("RAW-3", "S2", "Sasaran Strategis PD",
                                    json.dumps([DINSOS])))[0]
        assert _try(opd, "DELETE FROM nodes WHERE key = 'RAW-3'") == (True, 1)
        assert _try(opd, "SELECT pokin_take_keys()")[0]
        who = opd.execute("SELECT changed_by FROM nodes WHERE key = 'K-SOS'").fetchone()[0]
        assert who == team.dinsos  # the server says who, not the statement

    with team.psycopg(team.penilai) as evaluator:
        evaluator.autocommit = True
        for sql in ("UPDATE nodes SET statement = 'x' WHERE key = 'K-SOS'",
                    "DELETE FROM nodes WHERE key = 'K-SOS'",
                    "UPDATE plan SET name = 'x'",
                    "INSERT INTO review_notes (id, node, text, author) VALUES "
                    "('R8', 'K-SOS', 'x', 'Kepala Bappeda')",
                    "UPDATE review_notes SET author = 'Kepala Bappeda'",
                    "DELETE FROM snapshots",
                    "SELECT pokin_take_keys()"):
            assert _try(evaluator, sql)[0] is False, sql
        assert _try(evaluator, "INSERT INTO review_notes (id, node, text) VALUES "
                               "('R7', 'K-SOS', 'ditulis langsung')") == (True, 1)
        author = evaluator.execute("SELECT author FROM review_notes WHERE id = 'R7'").fetchone()
        assert author == (team.penilai,)

    with team.psycopg(team.bappeda) as bappeda:
        bappeda.autocommit = True
        assert _try(bappeda, "UPDATE plan SET name = 'Rencana Bappeda'") == (True, 1)
        assert _try(bappeda, "UPDATE nodes SET statement = 'x' WHERE key = 'S2'") == (True, 1)
        assert _try(bappeda, "INSERT INTO meta VALUES ('schema_version', '9')")[0] is False
        assert _try(bappeda, "UPDATE meta SET value = '9' WHERE key = 'schema_version'") == (
            True, 0)  # row-level security: not its row to change, so nothing changes
        assert _try(bappeda, "INSERT INTO team_members VALUES ('x', 'bappeda', '[]')")[0] is False
        assert _try(bappeda, "INSERT INTO snapshots (name, created, author, node_count, data) "
                             "VALUES ('s', 'x', 'Wali Kota', 0, '')") == (True, 1)
        assert bappeda.execute("SELECT author FROM snapshots").fetchone() == (team.bappeda,)
    with PlanFile.open(team.url) as pf:
        assert pf.plan.name == "Rencana Bappeda" and pf.plan["K-SOS"].statement == "oleh SQL"
        assert "RAW-1" not in pf.plan and "RAW-2" not in pf.plan and "RAW-3" not in pf.plan
        assert pf.plan["SK-KES"].statement == "Terlaksananya pemeriksaan ibu hamil"


def test_a_login_changes_role_opds_and_password(team):
    from app.store import team_admin

    assert team_admin.add_user(team.url, team.dinsos, "evaluator", (), None) is False
    with PlanFile.open(team.url_of(team.dinsos), password=team.password(team.dinsos)) as pf:
        assert pf.rights.role == "evaluator" and not pf.rights.may_edit_tree
    team_admin.add_user(team.url, team.dinsos, "opd", (DINSOS, PUPR), "sandi-baru-1")
    with pytest.raises(StoreError, match="kata sandinya salah"):
        PlanFile.open(team.url_of(team.dinsos), password=team.password(team.dinsos))
    with PlanFile.open(team.url_of(team.dinsos), password="sandi-baru-1") as pf:
        assert pf.rights.opds == (DINSOS, PUPR)
        EditSession(pf.plan, pf).push(SetField("P-PU", "code", "1.03.03"))
    members = {m.login: m for m in team_admin.members(team.url)}
    assert members[team.dinsos].role == "opd" and members[team.penilai].role == "evaluator"
    with pytest.raises(StoreError, match="--opd"):
        team_admin.add_user(team.url, "tanpa_opd", "opd", (), "x")
    with pytest.raises(StoreError, match="bukan pemilik"):
        team_admin.add_user(team.url_of(team.bappeda), "lain", "opd", (DINSOS,), "x",
                            password=team.password(team.bappeda))


def test_an_undo_by_bappeda_puts_a_deleted_note_back_only_as_it_was(team):
    with team.psycopg(team.bappeda) as conn:
        conn.autocommit = True
        assert _try(conn, "DELETE FROM review_notes WHERE id = 'R-KES'") == (True, 1)
        forged = ("INSERT INTO review_notes (id, node, text, author, date, status, decision) "
                  "VALUES ('R-KES', 'K-KES', %s, 'Tim Asistensi', '2025-03-01T10:00:00', 'open', "
                  "'')")
        assert _try(conn, forged, ("Indikator sudah baik",))[0] is False
        assert _try(conn, forged, ("Indikator belum terukur",)) == (True, 1)
        assert _try(conn, "DELETE FROM review_notes WHERE id = 'R-KES'") == (True, 1)
    pf, s = _open(team, team.bappeda)
    with pf:
        assert "R-KES" not in pf.plan.reviews
        _refused(s, pf, PutReview(ReviewNote("R-KES", "K-KES", "lagi", "Tim Asistensi")))
        _stored(s, pf, PutReview(ReviewNote("R-B", "K-KES", "baru", team.bappeda)))
        drop = DropReview("R-B")
        _stored(s, pf, drop)
        assert pf.rights.check(drop, pf.plan, forward=False) is None
        s.undo()
    assert PlanFile.read(team.url).reviews["R-B"].author == team.bappeda


def test_names_with_quotes_and_sql_in_them_are_only_names(team):
    """A login and an OPD named with quotes, semicolons and SQL: stored and matched as text."""
    from app.store import team_admin

    odd_opd = "Dinas 'Sosial'; DROP TABLE nodes; --"
    odd_login = f'o\'ha"ra; drop_{team.suffix}'
    team_admin.add_user(team.url, odd_login, "opd", (odd_opd,), "sandi'; --")
    team.logins[odd_login] = "sandi'; --"
    with PlanFile.open(team.url) as pf:
        EditSession(pf.plan, pf).push(SetField("SS-SOS", "opds", (odd_opd,)))
    pf, s = _open(team, odd_login)
    with pf:
        assert pf.rights.opds == (odd_opd,)
        _stored(s, pf, SetField("SS-SOS", "statement", "Meningkatnya nama aneh"))
        why = _refused(s, pf, SetField("P-KES", "statement", "x"))
        assert odd_opd in why and odd_login in why
    stored = PlanFile.read(team.url)
    assert len(stored) == len(branches_plan()) and stored["SS-SOS"].statement == (
        "Meningkatnya nama aneh")
