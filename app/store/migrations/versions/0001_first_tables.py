"""Schema 1: the first tables of a plan (Pokin 0.1), from an empty store.

Indicators had a table of their own; review notes had no decision; there were
no snapshots. Kept so that a store can be built by every revision from empty
(the test that the revisions and `metadata` agree), never changed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_first_tables"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    text, integer = sa.Text, sa.Integer
    op.create_table(
        "meta",
        sa.Column("key", text, primary_key=True),
        sa.Column("value", text, nullable=False),
    )
    op.create_table(
        "plan",
        sa.Column("id", integer, primary_key=True),
        sa.Column("name", text, nullable=False, server_default=""),
        sa.Column("government", text, nullable=False, server_default=""),
        sa.Column("tingkat", text, nullable=False, server_default="kota"),
        sa.Column("doc_type", text, nullable=False, server_default="RPD"),
        sa.Column("start_year", integer, nullable=False),
        sa.Column("end_year", integer, nullable=False),
        sa.Column("scheme", text, nullable=False, server_default=""),
        sa.CheckConstraint("id = 1", name="one_plan"),
    )
    op.create_table(
        "nodes",
        sa.Column("key", text, primary_key=True),
        sa.Column("parent", text, nullable=True),
        sa.Column("ord", integer, nullable=False),
        *(sa.Column(name, text, nullable=False, server_default=default) for name, default in (
            ("level", ""), ("statement", ""), ("opds", "[]"), ("position", ""), ("code", ""),
            ("notes", ""), ("further_parents", "[]"), ("budget", "{}"), ("extra", "{}"))),
    )
    op.create_index("nodes_by_parent", "nodes", ["parent", "ord"])
    op.create_table(
        "indicators",
        sa.Column("node", text, sa.ForeignKey("nodes.key", ondelete="CASCADE"), nullable=False),
        sa.Column("ord", integer, nullable=False),
        *(sa.Column(name, text, nullable=False, server_default=default) for name, default in (
            ("name", ""), ("jenis", ""), ("satuan", ""), ("polaritas", "naik"),
            ("baseline", "null"), ("targets", "{}"), ("definition", ""), ("formula", ""),
            ("data_source", ""))),
        sa.PrimaryKeyConstraint("node", "ord"),
    )
    op.create_table(
        "review_notes",
        sa.Column("id", text, primary_key=True),
        sa.Column("node", text, nullable=False),
        *(sa.Column(name, text, nullable=False, server_default=default) for name, default in (
            ("text", ""), ("author", ""), ("date", ""), ("status", "open"))),
    )


def downgrade() -> None:
    raise NotImplementedError("Pokin's schema is never taken back.")
