"""Schema 3 -> 4: Alembic keeps the schema's history; a server gains people and their rights.

On a file: every table is rebuilt once exactly as schema 4 declares it (the
declarations are frozen here), so that a file upgraded from any older schema
has the same tables, types and constraints as a new one; the `ord` column of
an older file becomes the double it always held.

On a server: `team_members` (each login's role and OPDs), `review_notes_gone`
(deleted notes as they were, so that an undo may put one back) and the rights
PostgreSQL enforces (app/store/team_rules.py: group roles, grants, row-level
security, triggers). Needs the database's owner with CREATEROLE.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_alembic_and_team_rights"
down_revision = "0003_several_writers"
branch_labels = None
depends_on = None


def _schema4_tables() -> list[sa.Table]:
    """The tables of schema 4, as declared when it was made (never edited)."""
    md = sa.MetaData()
    text, integer = sa.Text, sa.Integer
    tables = [
        sa.Table("meta", md, sa.Column("key", text, primary_key=True),
                 sa.Column("value", text, nullable=False)),
        sa.Table("plan", md,
                 sa.Column("id", integer, primary_key=True),
                 sa.Column("name", text, nullable=False, server_default=""),
                 sa.Column("government", text, nullable=False, server_default=""),
                 sa.Column("tingkat", text, nullable=False, server_default="kota"),
                 sa.Column("doc_type", text, nullable=False, server_default="RPD"),
                 sa.Column("start_year", integer, nullable=False),
                 sa.Column("end_year", integer, nullable=False),
                 sa.Column("scheme", text, nullable=False, server_default=""),
                 sa.Column("version", integer, nullable=False, server_default="1"),
                 sa.CheckConstraint("id = 1", name="one_plan")),
        sa.Table("nodes", md,
                 sa.Column("key", text, primary_key=True),
                 sa.Column("parent", text, nullable=True),
                 sa.Column("ord", sa.Double, nullable=False),
                 *(sa.Column(name, text, nullable=False, server_default=default)
                   for name, default in (
                       ("level", ""), ("statement", ""), ("opds", "[]"), ("position", ""),
                       ("code", ""), ("notes", ""), ("further_parents", "[]"),
                       ("budget", "{}"), ("extra", "{}"), ("indicators", "[]"))),
                 sa.Column("version", integer, nullable=False, server_default="1"),
                 sa.Column("changed_by", text, nullable=False, server_default=""),
                 sa.Column("changed_at", text, nullable=False, server_default="")),
        sa.Table("review_notes", md,
                 sa.Column("id", text, primary_key=True),
                 sa.Column("node", text, nullable=False),
                 *(sa.Column(name, text, nullable=False, server_default=default)
                   for name, default in (("text", ""), ("author", ""), ("date", ""),
                                         ("status", "open"), ("decision", ""))),
                 sa.Column("version", integer, nullable=False, server_default="1")),
        sa.Table("snapshots", md,
                 sa.Column("name", text, primary_key=True),
                 sa.Column("created", text, nullable=False),
                 sa.Column("author", text, nullable=False, server_default=""),
                 sa.Column("note", text, nullable=False, server_default=""),
                 sa.Column("node_count", integer, nullable=False),
                 sa.Column("data", sa.LargeBinary, nullable=False)),
    ]
    sa.Index("nodes_by_parent", tables[2].c.parent, tables[2].c.ord)
    return tables


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for table in _schema4_tables():
            with op.batch_alter_table(table.name, recreate="always", copy_from=table):
                pass
    else:
        op.create_table(
            "team_members",
            sa.Column("login", sa.Text, primary_key=True),
            sa.Column("role", sa.Text, nullable=False),
            sa.Column("opds", sa.Text, nullable=False, server_default="[]"),
            sa.CheckConstraint("role IN ('bappeda', 'opd', 'evaluator')", name="known_role"),
        )
        op.create_table(
            "review_notes_gone",
            sa.Column("id", sa.Text, primary_key=True),
            *(sa.Column(name, sa.Text, nullable=False) for name in
              ("node", "text", "author", "date", "status", "decision")),
        )
        from app.store import team_rules

        team_rules.install(conn)
    conn.execute(sa.text("UPDATE meta SET value = '4' WHERE key = 'schema_version'"))


def downgrade() -> None:
    raise NotImplementedError("Pokin's schema is never taken back.")
