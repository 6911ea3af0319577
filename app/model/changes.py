"""The change set: what one command did to a plan, in one message.

Views and the store follow change sets rather than the commands themselves, so
that a relayout of 20,000 nodes is one event and the store writes one
transaction per user gesture.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Field name used when a node was removed and added back in one command: the
# listener must treat it as entirely new.
ALL_FIELDS = "*"


@dataclass
class ChangeSet:
    """Node keys added, removed, moved (parent or sibling order) and changed (with field names).

    `plan` names plan-level fields that changed (name, period, scheme, ...);
    `reviews` holds ids of review notes added, changed or removed.
    """

    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    moved: set[str] = field(default_factory=set)
    changed: dict[str, set[str]] = field(default_factory=dict)
    plan: set[str] = field(default_factory=set)
    reviews: set[str] = field(default_factory=set)

    def is_empty(self) -> bool:
        return not (
            self.added or self.removed or self.moved or self.changed or self.plan or self.reviews
        )

    @property
    def structural(self) -> bool:
        """True when the shape of the tree changed, so a layout must be redone."""
        return bool(self.added or self.removed or self.moved or self.plan & {"scheme"})

    def touched(self) -> set[str]:
        """Keys of nodes that exist after the change and differ from before."""
        return self.added | self.moved | set(self.changed)

    # --- recording, called by the plan's primitives ------------------------

    def note_added(self, key: str) -> None:
        if key in self.removed:
            self.removed.discard(key)
            self.changed.setdefault(key, set()).add(ALL_FIELDS)
            self.moved.add(key)
        else:
            self.added.add(key)

    def note_removed(self, key: str) -> None:
        self.moved.discard(key)
        self.changed.pop(key, None)
        if key in self.added:
            self.added.discard(key)
        else:
            self.removed.add(key)

    def note_changed(self, key: str, field_name: str) -> None:
        if key in self.added:
            return
        self.changed.setdefault(key, set()).add(field_name)

    def note_moved(self, key: str) -> None:
        if key in self.added:
            return
        self.moved.add(key)

    def merge(self, other: ChangeSet) -> None:
        """Fold a later change set into this one (used for batches built outside a command)."""
        for k in other.removed:
            self.note_removed(k)
        for k in other.added:
            self.note_added(k)
        for k in other.moved:
            self.note_moved(k)
        for k, fields in other.changed.items():
            for f in fields:
                self.note_changed(k, f)
        self.plan |= other.plan
        self.reviews |= other.reviews
