"""Schema 1 -> 2: indicators in a JSON column of the node row; decisions; snapshots.

Opening 20,000 nodes got about twice as fast with one row per node. Review
notes gained `decision` (keputusan), stores gained snapshots (revisi), and
budgets became [year, value] pairs instead of objects keyed by year text.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0002_indicators_in_nodes"
down_revision = "0001_first_tables"
branch_labels = None
depends_on = None

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_DEFAULTS = {"jenis": "", "satuan": "", "polaritas": "naik", "baseline": None,
             "definition": "", "formula": "", "data_source": ""}


def _years(data):
    """A year map as [year, value] pairs; keys that are year numbers become numbers."""
    if isinstance(data, list):
        return [list(p) for p in data]
    out = []
    for k, v in data.items():
        try:
            out.append([int(k), v])
        except ValueError:
            out.append([k, v])
    return out


def _indicator(row) -> dict:
    """An indicator row of schema 1 as the JSON object schema 2 keeps (defaults left out)."""
    values = {"jenis": row[2], "satuan": row[3], "polaritas": row[4],
              "baseline": json.loads(row[5]), "targets": _years(json.loads(row[6])),
              "definition": row[7], "formula": row[8], "data_source": row[9]}
    out = {"name": row[1]}
    for name, value in values.items():
        if name == "targets":
            if value:
                out[name] = value
        elif value != _DEFAULTS[name] or type(value) is not type(_DEFAULTS[name]):
            out[name] = value
    return out


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("nodes", sa.Column("indicators", sa.Text, nullable=False,
                                     server_default="[]"))
    old = conn.execute(sa.text(
        "SELECT node, name, jenis, satuan, polaritas, baseline, targets, definition, formula,"
        " data_source FROM indicators ORDER BY node, ord")).fetchall()
    by_node: dict[str, list] = {}
    for r in old:
        by_node.setdefault(r[0], []).append(_indicator(r))
    if by_node:
        conn.execute(sa.text("UPDATE nodes SET indicators = :inds WHERE key = :key"),
                     [{"inds": _encode(inds), "key": key} for key, inds in by_node.items()])
    op.drop_table("indicators")
    budgets = conn.execute(sa.text("SELECT key, budget FROM nodes WHERE budget LIKE '{%'"))
    pairs = [{"budget": _encode(_years(json.loads(b))), "key": k} for k, b in budgets]
    if pairs:
        conn.execute(sa.text("UPDATE nodes SET budget = :budget WHERE key = :key"), pairs)
    op.add_column("review_notes", sa.Column("decision", sa.Text, nullable=False,
                                            server_default=""))
    op.create_table(
        "snapshots",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("created", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("node_count", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    conn.execute(sa.text("UPDATE meta SET value = '2' WHERE key = 'schema_version'"))


def downgrade() -> None:
    raise NotImplementedError("Pokin's schema is never taken back.")
