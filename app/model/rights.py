"""Who may change what in a team plan: the rule the server enforces, said before trying.

The database is the guard (app/store/team_rules.py: grants, row-level security
and triggers); this is its mirror in plain Python, so that the editor refuses
at once with the same Indonesian reason instead of sending an edit the server
will refuse, and so that an evaluator's editor knows from the start that the
tree is read-only for them.

The rule (contract §4): `bappeda` changes everything and saves snapshots;
`opd` adds, changes, moves and deletes nodes in its branches - a node at an
OPD level (the scheme's first OPD level and below) naming one of its OPDs, and
the nodes below one (through main parents) that name no OPD of their own - and
nothing at the Pemda levels. A node that names OPDs is theirs wherever it hangs:
under a crosscutting Sasaran Strategis PD shared by four OPDs, each OPD's own
Program stays its own, so that Dinas Sosial may not rename (or delete, with the
shared node) Dinas Kesehatan's Program. The nearest node naming OPDs decides.
`evaluator` writes review notes only. A review note's author is the login that
writes it and stays so. A node is checked as it was (may I touch it?) and as
it becomes (is it still mine?), as the server's trigger and policy do; siblings
merely shifted by another node's move are not written and so not checked, but
the order of siblings not in the login's branch must not change.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .changes import ChangeSet
from .commands import Command
from .plan import ModelError, Node, Plan, ReviewNote
from .text import Msg

ROLES = ("bappeda", "opd", "evaluator")
ROLE_WORDS = {"bappeda": "Bappeda", "opd": "perangkat daerah", "evaluator": "penilai"}
LABEL_MAX = 60
MAX_DEPTH = 10000  # as the server's walk up the tree


def label_of(node: Node) -> str:
    """How a reason names a node: its statement (shortened), or its key when it has none."""
    text = node.statement.strip()
    if not text:
        return node.key
    return text if len(text) <= LABEL_MAX else text[:LABEL_MAX - 1] + "…"


@dataclass(frozen=True)
class Rights:
    """The connecting login's rights in one plan; `admin` is the database's owner (no limits)."""

    login: str
    role: str  # one of ROLES; "" for a login the plan does not know
    opds: tuple[str, ...] = ()
    admin: bool = False

    @classmethod
    def owner(cls, login: str) -> Rights:
        return cls(login, "bappeda", (), admin=True)

    # --- what the editor shows ------------------------------------------------------

    @property
    def may_edit_tree(self) -> bool:
        return self.admin or self.role in ("bappeda", "opd")

    @property
    def may_write_notes(self) -> bool:
        return self.admin or self.role in ("bappeda", "evaluator")

    @property
    def may_save_snapshots(self) -> bool:
        return self.admin or self.role == "bappeda"

    @property
    def may_change_plan(self) -> bool:
        return self.admin or self.role == "bappeda"

    def describe(self) -> str:
        """"login 'dinsos' (perangkat daerah: Dinas Sosial)" for titles and the status bar."""
        if self.admin:
            return Msg("login '{login}' (pemilik basis data)", login=self.login)
        word = ROLE_WORDS.get(self.role, "tanpa peran")
        if self.role == "opd" and self.opds:
            return Msg("login '{login}' ({role}: {opds})", login=self.login, role=word,
                       opds=", ".join(self.opds))
        return Msg("login '{login}' ({role})", login=self.login, role=word)

    # --- the node rule ----------------------------------------------------------------

    def _not_opd(self) -> str | None:
        """Why this login may change no node at all, or None when the branch rule decides."""
        if self.admin or self.role == "bappeda":
            return None
        if self.role == "":
            return Msg("Login '{login}' bukan anggota tim rencana ini.", login=self.login)
        if self.role != "opd":
            return Msg("Login '{login}' berperan penilai: pohon hanya dapat dibaca; yang dapat "
                       "ditulis hanya catatan reviu.", login=self.login)
        if not self.opds:
            return Msg("Login '{login}' belum diberi perangkat daerah; minta petugas TI "
                       "menambahkannya (pokin team add-user ... --opd NAMA).", login=self.login)
        return None

    def node_reason(self, plan: Plan, node: Node) -> str | None:
        """Why this login may not touch `node` as it stands in `plan` (None: it may)."""
        if self.admin or self.role == "bappeda":
            return None
        why = self._not_opd()
        if why is not None:
            return why
        mine = set(self.opds)
        branch = " atau ".join(self.opds)
        scheme = plan.scheme
        index = scheme.index(node.level)
        if 0 <= index < scheme.first_opd:
            return Msg("Simpul '{label}' berada di level Pemda ({level}); login '{login}' hanya "
                       "boleh mengubah cabang {branch}.", label=label_of(node), level=node.level,
                       login=self.login, branch=branch)
        owner = ""
        nodes, key, depth = plan.nodes, node.parent, 0
        if index >= 0:
            if mine.intersection(node.opds):
                return None
            owner = ", ".join(node.opds)
            if owner:  # naming other OPDs: theirs, wherever it hangs
                key = None
        while key is not None and depth < MAX_DEPTH:
            up = nodes.get(key)
            if up is None:
                break
            up_index = scheme.index(up.level)
            if 0 <= up_index < scheme.first_opd:
                break
            if up_index >= 0:
                if mine.intersection(up.opds):
                    return None
                owner = ", ".join(up.opds)
                if owner:  # the nearest ancestor naming OPDs decides
                    break
            key, depth = up.parent, depth + 1
        if not owner:
            return Msg("Simpul '{label}' tidak berada di cabang {branch} dan belum menyebut "
                       "perangkat daerah; login '{login}' hanya boleh mengubah cabang {branch}.",
                       label=label_of(node), branch=branch, login=self.login)
        return Msg("Simpul '{label}' milik {owner}; login '{login}' hanya boleh mengubah cabang "
                   "{branch}.", label=label_of(node), owner=owner, login=self.login,
                   branch=branch)

    def may_write(self, plan: Plan, key: str) -> bool:
        node = plan.nodes.get(key)
        return node is not None and self.node_reason(plan, node) is None

    # --- a command --------------------------------------------------------------------

    def check(self, command: Command, plan: Plan, forward: bool = True) -> str | None:
        """Why this login may not do `command` (undo it, when not `forward`) on `plan`, or None.

        The command is run on the plan and back, to see the plan as it would become;
        the plan ends exactly as it was. A command the model refuses is not judged here
        (None): the edit itself then says why.
        """
        if self.admin:
            return None
        nodes = plan.nodes
        run, back = (plan.execute, plan.revert) if forward else (plan.revert, plan.execute)
        try:
            changes = run(command)
        except ModelError:
            return None
        try:
            # The moved nodes' parents and reasons as the plan becomes; which of them left
            # their family is known once the plan is back as it was (no copy of every parent).
            parent_after = {k: nodes[k].parent for k in changes.moved if k in nodes}
            after = _State.read(plan, changes)
            reasons_after = self._reasons(plan, changes.added | set(changes.changed)
                                          | set(parent_after))
            why_plan = None
            if changes.plan and not self.may_change_plan:
                why_plan = Msg("Hanya Bappeda yang boleh mengubah properti rencana; login "
                               "'{login}' berperan {role}.", login=self.login,
                               role=ROLE_WORDS.get(self.role, "tanpa peran"))
        finally:
            back(command)
        moved_away = {k for k, p in parent_after.items() if k in nodes and nodes[k].parent != p}
        why_after = why_plan or next(
            (reasons_after[k] for k in sorted(changes.added | set(changes.changed) | moved_away)
             if reasons_after.get(k) is not None), None)
        before = _State.read(plan, changes)
        if self.role != "opd" and self.role != "bappeda":
            nodes_touched = changes.added | changes.removed | changes.moved | set(changes.changed)
            if nodes_touched:
                return self._not_opd()
        return (self._nodes(plan, changes.removed | set(changes.changed) | moved_away)
                or why_after or self._families(plan, before, after)
                or self._notes(changes, before, after, restoring=not forward))

    def _reasons(self, plan: Plan, keys: Iterable[str]) -> dict[str, str | None]:
        """Each of `keys` standing in `plan`, with why this login may not touch it (or None)."""
        if self.role == "bappeda":
            return {}
        nodes = plan.nodes
        return {k: self.node_reason(plan, nodes[k]) for k in keys if k in nodes}

    def _nodes(self, plan: Plan, keys: Iterable[str]) -> str | None:
        """The first reason among `keys` as they stand in `plan` (in key order)."""
        if self.role == "bappeda":
            return None
        for key in sorted(keys):
            node = plan.nodes.get(key)
            if node is not None:
                why = self.node_reason(plan, node)
                if why is not None:
                    return why
        return None

    def _families(self, plan: Plan, before: _State, after: _State) -> str | None:
        """Siblings not in this login's branch keep their order (they are not written).

        `plan` is as before the command."""
        if self.role != "opd":
            return None
        for parent in sorted(set(before.families) & set(after.families), key=str):
            now = after.families[parent]
            present = set(now)
            theirs = [k for k in before.families[parent]
                      if k in present and k in plan.nodes and not self.may_write(plan, k)]
            kept = set(theirs)
            theirs_now = [k for k in now if k in kept]
            for was, became in zip(theirs, theirs_now, strict=True):
                if was != became:
                    return self.node_reason(plan, plan.nodes[became])
        return None

    def _notes(self, changes: ChangeSet, before: _State, after: _State,
               restoring: bool) -> str | None:
        if not changes.reviews:
            return None
        if not self.may_write_notes:
            if changes.removed and all(after.notes.get(i) is None for i in changes.reviews):
                return Msg("Cabang ini memuat catatan reviu; login '{login}' tidak boleh "
                           "menghapusnya. Minta penilai atau Bappeda menyelesaikan catatannya "
                           "dulu.", login=self.login)
            return Msg("Login '{login}' berperan {role}: catatan reviu ditulis oleh penilai dan "
                       "Bappeda.", login=self.login, role=ROLE_WORDS.get(self.role, "tanpa peran"))
        for note_id in sorted(changes.reviews):
            old, new = before.notes.get(note_id), after.notes.get(note_id)
            if new is None:
                continue
            if old is None and new.author != self.login and not restoring:
                return Msg("Penyusun catatan reviu adalah login yang menulisnya ('{login}'), "
                           "bukan '{author}'.", login=self.login, author=new.author)
            if old is not None and new.author != old.author:
                return Msg("Penyusun catatan reviu ('{author}') tidak dapat diubah.",
                           author=old.author)
        return None


@dataclass
class _State:
    """What a check needs of the plan on one side of the command: the families the moved
    nodes are in (in order) and the review notes it touched."""

    families: dict[str | None, list[str]]
    notes: dict[str, ReviewNote | None]

    @classmethod
    def read(cls, plan: Plan, changes: ChangeSet) -> _State:
        nodes = plan.nodes
        parents = {nodes[k].parent for k in changes.moved | changes.added | changes.removed
                   if k in nodes}
        families = {p: list(plan.children(p)) for p in parents}
        return cls(families, {i: plan.reviews.get(i) for i in changes.reviews})
