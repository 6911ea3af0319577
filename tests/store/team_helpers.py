"""A team plan on the test server with real logins and passwords, and a plan to try rights on.

Each `TeamDb` is a fresh database set up by `pokin team init`'s own code, owned by
the server's superuser (the tests' admin URL); `add` makes a login with a
password through `team_admin.add_user`, as `pokin team add-user` does. On
`drop` the database, its group roles and the logins made go again.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field

from sqlalchemy import create_engine, make_url, text

from app.model.levels import LevelScheme
from app.model.plan import Indicator, Node, Plan, ReviewNote
from app.store import team_admin
from tests.conftest import require

ADMIN_URL = os.environ.get("POKIN_TEST_PG_URL", "")
DINKES = "Dinas Kesehatan"
DINSOS = "Dinas Sosial"
PUPR = "Dinas PUPR"


def need_server() -> None:
    require(bool(ADMIN_URL), "a PostgreSQL server (POKIN_TEST_PG_URL, started by .ci/run)")


@dataclass
class TeamDb:
    """One team database and the logins made for it."""

    url: str  # the owner's (the server's superuser)
    name: str
    logins: dict[str, str] = field(default_factory=dict)  # login -> password
    suffix: str = field(default_factory=lambda: uuid.uuid4().hex[:4])

    def add(self, base: str, role: str, opds: tuple[str, ...] = ()) -> str:
        """Make login `<base>_<suffix>` with a password; returns the login."""
        login = f"{base}_{self.suffix}"
        password = f"sandi-{uuid.uuid4().hex[:8]}"
        team_admin.add_user(self.url, login, role, opds, password)
        self.logins[login] = password
        return login

    def url_of(self, login: str, plain: bool = False) -> str:
        """The plan's URL for `login` (no password in it); `plain`: postgresql:// as typed."""
        url = make_url(self.url).set(username=login).render_as_string(hide_password=False)
        return url.replace("postgresql+psycopg://", "postgresql://") if plain else url

    def password(self, login: str) -> str:
        return self.logins[login]

    def psycopg(self, login: str):
        """A raw psycopg connection as `login` (its password given), autocommit off."""
        import psycopg

        u = make_url(self.url)
        return psycopg.connect(host=u.host, port=u.port, dbname=self.name, user=login,
                               password=self.logins[login])

    def drop(self) -> None:
        admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                prefix = None
                engine = create_engine(self.url)
                try:
                    with engine.connect() as own:
                        prefix = own.execute(text(
                            "SELECT value FROM meta WHERE key = 'team_roles'")).scalar()
                except Exception:  # a database the test broke on purpose: roles by prefix only
                    prefix = None
                finally:
                    engine.dispose()
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
                roles = list(self.logins)
                if prefix:
                    roles += [f"{prefix}_{r}" for r in ("bappeda", "opd", "evaluator")]
                for role in roles:
                    conn.execute(text('DROP ROLE IF EXISTS "{}"'.format(role.replace('"', '""'))))
        finally:
            admin.dispose()


def fresh_team_db(init: bool = True) -> TeamDb:
    """An empty database on the test server, made ready for a team by `team init` (when `init`)."""
    need_server()
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"pokin_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    db = TeamDb(make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False),
                name)
    if init:
        team_admin.init(db.url)
    return db


def _node(key: str, level: str, statement: str, parent: str | None, *opds: str,
          further: tuple[str, ...] = ()) -> Node:
    return Node(key, level, statement, opds=tuple(opds), parent=parent, further_parents=further,
                indicators=(Indicator("Indikator " + key, satuan="%", targets={2025: 1}),))


def branches_plan() -> Plan:
    """Two Pemda levels and three OPDs' branches, a node naming no OPD inside a branch, a node
    of one OPD inside another's branch, a contribution link across branches, and notes."""
    plan = Plan("RPD Kota Uji 2025-2027", "Kota Uji", "kota", "RPD", 2025, 2027,
                LevelScheme.default())
    plan.load_nodes([
        _node("T1", "Tujuan", "Meningkatnya kualitas hidup", None),
        _node("S1", "Sasaran", "Meningkatnya derajat kesehatan", "T1"),
        _node("S2", "Sasaran", "Menurunnya kemiskinan", "T1"),
        _node("SS-KES", "Sasaran Strategis PD", "Meningkatnya mutu layanan kesehatan", "S1",
              DINKES),
        _node("SS-SOS", "Sasaran Strategis PD", "Meningkatnya perlindungan sosial", "S2", DINSOS),
        _node("SS-PU", "Sasaran Strategis PD", "Meningkatnya sanitasi layak", "S1", PUPR),
        _node("P-KES", "Program", "Meningkatnya upaya kesehatan masyarakat", "SS-KES", DINKES),
        _node("K-KES", "Kegiatan", "Tersedianya layanan ibu dan anak", "P-KES"),  # names no OPD
        _node("SK-KES", "Sub Kegiatan", "Terlaksananya pemeriksaan ibu hamil", "K-KES"),
        _node("K-GIZI", "Kegiatan", "Tersedianya makanan tambahan balita", "P-KES", DINSOS),
        _node("P-SOS", "Program", "Meningkatnya rehabilitasi sosial", "SS-SOS", DINSOS,
              further=("P-KES",)),
        _node("K-SOS", "Kegiatan", "Tersedianya bantuan sosial", "P-SOS", DINSOS),
        _node("P-PU", "Program", "Meningkatnya akses air minum", "SS-PU", PUPR),
    ])
    plan.reviews = {
        "R-KES": ReviewNote("R-KES", "K-KES", "Indikator belum terukur", "Tim Asistensi",
                            "2025-03-01T10:00:00", "open", ""),
    }
    return plan
