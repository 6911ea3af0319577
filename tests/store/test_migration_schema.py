"""The Alembic revisions and `metadata` describe the same tables, on a file and on a server.

Both ways: a store built by every revision from empty equals the one
`metadata.create_all` makes (which is how new plan files are made), and a store
of each older schema, as earlier Pokins wrote it, equals it once upgraded.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, create_engine, inspect

from app.store import PlanFile
from app.store.migrations import build_from_empty, stored_revision
from app.store.schema import HEAD_REVISION, SCHEMA_VERSION, file_engine, metadata, team_metadata

from .conftest import rich_plan
from .team_helpers import fresh_team_db
from .test_migration import V2_DDL, V2_ROWS, make_v1, make_v2


def _norm(text: object) -> str | None:
    return None if text is None else re.sub(r"\s+", " ", str(text)).strip()


def schema_of(conn: Connection) -> dict:
    """Every table's columns (type, nullability, default), keys, indexes and checks."""
    found = inspect(conn)
    out: dict = {}
    for table in sorted(found.get_table_names()):
        out[table] = {
            "columns": [(c["name"], str(c["type"]).upper(), c["nullable"], _norm(c["default"]))
                        for c in found.get_columns(table)],
            "primary key": found.get_pk_constraint(table)["constrained_columns"],
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in found.get_indexes(table)),
            "checks": sorted((c.get("name"), _norm(c["sqltext"]))
                             for c in found.get_check_constraints(table)),
            "uniques": sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(table)),
        }
    if conn.dialect.name == "postgresql":
        out["sequences"] = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT sequencename, increment_by, start_value FROM pg_sequences "
            "WHERE schemaname = current_schema() ORDER BY 1")]
    return out


def _file_schema(path: Path) -> dict:
    engine = file_engine(str(path), read_only=True)
    try:
        with engine.connect() as conn:
            return schema_of(conn)
    finally:
        engine.dispose()


def _declared_file(path: Path) -> dict:
    engine = file_engine(str(path))
    with engine.connect() as conn, conn.begin():
        metadata.create_all(conn)
    engine.dispose()
    return _file_schema(path)


def test_a_file_built_by_every_revision_equals_the_declared_tables(tmp_path):
    declared = _declared_file(tmp_path / "declared.pokin")
    path = tmp_path / "migrated.pokin"
    engine = file_engine(str(path))
    with engine.connect() as conn, conn.begin():
        build_from_empty(conn)
        assert stored_revision(conn) == HEAD_REVISION
    engine.dispose()
    assert _file_schema(path) == declared
    assert set(declared) == set(metadata.tables)


# Schema 3 as Pokin wrote it just before Alembic: today's tables without alembic_version.
def make_v3(path: Path) -> None:
    engine = file_engine(str(path))
    with engine.connect() as conn, conn.begin():
        metadata.create_all(conn, tables=[t for t in metadata.sorted_tables
                                          if t.name != "alembic_version"])
    engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("""
        INSERT INTO meta VALUES ('app', 'pokin'), ('schema_version', '3'), ('next_key', '9');
        INSERT INTO plan (id, name, start_year, end_year, scheme, version)
          VALUES (1, 'RPD Tiga', 2024, 2026, '', 5);
        INSERT INTO nodes (key, parent, ord, level, statement, version, changed_by)
          VALUES ('T1', NULL, 1.0, 'Tujuan', 'Meningkatnya kesejahteraan', 7, 'budi@pc'),
                 ('S1', 'T1', 1.5, 'Sasaran', 'Pertama', 3, 'budi@pc');
    """)
    con.commit()
    con.close()


def test_older_files_upgraded_equal_the_declared_tables_and_keep_their_plan(tmp_path):
    declared = _declared_file(tmp_path / "declared.pokin")
    for version, make in ((1, make_v1), (2, make_v2), (3, make_v3)):
        path = tmp_path / f"v{version}.pokin"
        make(path)
        with PlanFile.open(path) as pf:
            plan = pf.plan.copy()
        assert _file_schema(path) == declared, version
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)]
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            str(SCHEMA_VERSION),)
        con.close()
        assert PlanFile.read(path) == plan and len(plan) >= 2
    assert PlanFile.read(tmp_path / "v3.pokin").children("T1") == ["S1"]


def test_a_new_file_is_stamped_without_running_the_revisions(tmp_path):
    path = tmp_path / "baru.pokin"
    PlanFile.create(path, rich_plan()).close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD_REVISION,)]
    con.close()
    assert _file_schema(path) == _declared_file(tmp_path / "declared.pokin")


def _server_schema(url: str) -> dict:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return schema_of(conn)
    finally:
        engine.dispose()


def test_a_server_built_by_every_revision_or_upgraded_equals_the_declared_tables():
    declared_db, migrated_db, old_db = (fresh_team_db(init=False) for _ in range(3))
    try:
        engine = create_engine(declared_db.url)
        with engine.begin() as conn:
            metadata.create_all(conn)
            team_metadata.create_all(conn)
        engine.dispose()
        declared = _server_schema(declared_db.url)
        assert set(declared) == set(metadata.tables) | set(team_metadata.tables) | {"sequences"}

        PlanFile.create(migrated_db.url, rich_plan()).close()  # built by every revision
        assert _server_schema(migrated_db.url) == declared

        engine = create_engine(old_db.url)
        with engine.begin() as conn:  # schema 2 as Pokin made it on a server (create_all's SERIAL)
            ddl = V2_DDL.replace('"key"', "key").replace("BLOB", "BYTEA").replace(
                '"plan" (id INTEGER NOT NULL', '"plan" (id SERIAL NOT NULL')
            for statement in ddl.split(";"):
                if statement.strip():
                    conn.exec_driver_sql(statement)
            for statement in V2_ROWS:
                conn.exec_driver_sql(statement)
        engine.dispose()
        with PlanFile.open(old_db.url) as pf:
            assert pf.plan.children("T1") == ["S1", "N-7"]
        assert _server_schema(old_db.url) == declared
    finally:
        for db in (declared_db, migrated_db, old_db):
            db.drop()


def test_a_schema_3_server_as_pokin_made_it_is_upgraded_by_its_owner_only():
    """Schema 3 on a server: today's tables made by create_all, no Alembic, no team tables."""
    from app.store import StoreError

    from .team_helpers import branches_plan

    db, declared_db = fresh_team_db(init=False), fresh_team_db(init=False)
    try:
        engine = create_engine(declared_db.url)
        with engine.begin() as conn:
            metadata.create_all(conn)
            team_metadata.create_all(conn)
        engine.dispose()
        engine = create_engine(db.url)
        with engine.begin() as conn:
            metadata.create_all(conn)
            from app.store.sync import write_all

            write_all(conn, branches_plan(), "budi")
            conn.exec_driver_sql("DROP TABLE alembic_version")  # schema 3 knew no Alembic
            conn.exec_driver_sql("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
            conn.exec_driver_sql(f"CREATE ROLE lama_{db.suffix} LOGIN PASSWORD 'lama'")
            conn.exec_driver_sql(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO lama_{db.suffix}")
        engine.dispose()
        db.logins[f"lama_{db.suffix}"] = "lama"
        try:  # a login that is not the owner may not upgrade it
            PlanFile.open(db.url_of(f"lama_{db.suffix}"), password="lama")
            raise AssertionError("upgraded by a login that is not the owner")
        except StoreError as exc:
            assert "pokin team init" in str(exc)
        with PlanFile.open(db.url) as pf:
            assert pf.plan == branches_plan()
        assert _server_schema(db.url) == _server_schema(declared_db.url)
    finally:
        db.drop()
        declared_db.drop()
