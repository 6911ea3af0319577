"""Schema 2 -> 3: several writers on one plan.

Every node, review note and the plan's facts gained a `version`; nodes gained
`changed_by` and `changed_at`; sibling order became a fraction (a file keeps
its INTEGER declaration here, which SQLite stores fractions in all the same;
a server's column becomes double precision); new keys come in blocks (meta
'next_key', a server's sequence `node_keys`). The same step on a file and a server.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_several_writers"
down_revision = "0002_indicators_in_nodes"
branch_labels = None
depends_on = None


def _highest_number(keys) -> int:
    top = 0
    for k in keys:
        if k.startswith("N-") and k[2:].isdigit():
            top = max(top, int(k[2:]))
    return top


def upgrade() -> None:
    conn = op.get_bind()
    server = conn.dialect.name == "postgresql"
    for table in ("nodes", "review_notes", "plan"):
        op.add_column(table, sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("nodes", sa.Column("changed_by", sa.Text, nullable=False, server_default=""))
    op.add_column("nodes", sa.Column("changed_at", sa.Text, nullable=False, server_default=""))
    start = _highest_number(r[0] for r in conn.execute(sa.text("SELECT key FROM nodes"))) + 1
    if server:
        op.alter_column("nodes", "ord", type_=sa.Double, existing_nullable=False)
        conn.execute(sa.text("CREATE SEQUENCE IF NOT EXISTS node_keys INCREMENT BY 100 START WITH 1"))
        conn.execute(sa.text("SELECT setval('node_keys', :start, false)"), {"start": start})
    conn.execute(sa.text("DELETE FROM meta WHERE key = 'next_key'"))
    conn.execute(sa.text("INSERT INTO meta (key, value) VALUES ('next_key', :start)"),
                 {"start": str(start)})
    conn.execute(sa.text("UPDATE meta SET value = '3' WHERE key = 'schema_version'"))


def downgrade() -> None:
    raise NotImplementedError("Pokin's schema is never taken back.")
