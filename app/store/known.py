"""What this copy of the plan last read from, or wrote to, the store: the base of every merge.

A write changes only the fields its change set names, and each of those must
still hold, in the store, the value this copy read (its base) - otherwise
someone else changed it meanwhile and the write is a conflict. The base is
the stored row as this copy knows it: for a node, its row exactly as the
nodes table spells it (`rows.NODE_COLUMNS`) and its version. The version is
the quick test: when the stored version is the one this copy knows, nobody
else wrote the row and no field need be compared. A version of None means
"some fields may differ from the store" (after a merge with another writer's
edit of other fields): the fields are compared, and the next look (`pull`)
fetches the row.

The rows are the ones the opening already fetched, so keeping them costs no
time; for 20,000 nodes they hold about 10 MB.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model.plan import NODE_FIELDS, Node, Plan, ReviewNote

from .rows import NODE_COLUMNS, facts_row, nodes_from_rows, review_from_row, review_row
from .schema import plan_facts, review_notes

PARENT, ORD = NODE_COLUMNS.index("parent"), NODE_COLUMNS.index("ord")
VERSION = len(NODE_COLUMNS)  # known rows: NODE_COLUMNS, then the version
BY, AT = VERSION + 1, VERSION + 2  # rows fetched for a write also carry who and when
FIELD_COLUMN = {name: NODE_COLUMNS.index(name) for name in NODE_FIELDS}
MODEL_COLUMNS = tuple(i for i in range(len(NODE_COLUMNS)) if i != ORD)  # what a person edits

FACT_COLUMNS = tuple(c.name for c in plan_facts.c)  # ..., "version" last
REVIEW_COLUMNS = tuple(c.name for c in review_notes.c)  # ..., "version" last


@dataclass
class Known:
    """The rows this copy knows, by node key / review id; the facts row."""

    nodes: dict[str, tuple] = field(default_factory=dict)
    facts: tuple | None = None
    reviews: dict[str, tuple] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)  # node keys other writers deleted
    # Each node's version apart, so that a look compares 20,000 versions as sets, in C.
    versions: dict[str, int | None] = field(default_factory=dict)

    def put(self, row: tuple) -> None:
        """Know node row `row` (NODE_COLUMNS, then the version)."""
        self.nodes[row[0]] = row
        self.versions[row[0]] = row[VERSION]

    def drop(self, key: str) -> None:
        self.nodes.pop(key, None)
        self.versions.pop(key, None)

    def load(self, rows: list[tuple]) -> None:
        self.nodes = {r[0]: r for r in rows}
        self.versions = {r[0]: r[VERSION] for r in rows}

    def fingerprint(self) -> tuple | None:
        """(node count, sum of versions, facts version, note count, sum of their versions), or
        None when some version is not known exactly; a store compares it with its own cheaply."""
        versions = self.versions.values()
        notes = [r[-1] for r in self.reviews.values()]
        if None in versions or None in notes or self.facts is None or self.facts[-1] is None:
            return None
        return (len(self.versions), sum(versions), self.facts[-1], len(notes), sum(notes))


def node_of(row: tuple) -> Node:
    """A stored row as a model node."""
    return nodes_from_rows([row])[0]


def value_of(name: str, row: tuple) -> object:
    """Field `name` ("parent" included) of a stored node row, as the model holds it."""
    if name == "parent":
        return row[PARENT]
    return getattr(node_of(row), name)


def same_value(name: str, a: tuple, b: tuple) -> bool:
    """True when two rows hold the same value in field `name` (JSON compared decoded)."""
    col = FIELD_COLUMN[name]
    return a[col] == b[col] or value_of(name, a) == value_of(name, b)


def facts_values(plan: Plan) -> tuple:
    """The plan's facts in FACT_COLUMNS order (without the version)."""
    row = facts_row(plan)
    return tuple(row[c] for c in FACT_COLUMNS[:-1])


def review_values(note: ReviewNote) -> tuple:
    row = review_row(note)
    return tuple(row[c] for c in REVIEW_COLUMNS[:-1])


def review_of(row: tuple) -> ReviewNote:
    return review_from_row(dict(zip(REVIEW_COLUMNS, row, strict=False)))
