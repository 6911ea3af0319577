"""Which nodes a printout shows: filters (a subtree, one OPD) and sections.

A printout draws a forest: roots and, for each drawn node, its drawn main
children in plan order. Filters cut the plan's forest down; sections split it
into parts that are printed one after the other, each with a breadcrumb of the
ancestors that are not drawn in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.model.plan import Plan

from .paper import OptionError


@dataclass
class Forest:
    """Drawn roots and drawn children (every drawn node is a key of `kids`)."""

    roots: list[str]
    kids: dict[str, list[str]]

    def keys(self) -> list[str]:
        """Every drawn node in pre-order."""
        out: list[str] = []
        stack = list(reversed(self.roots))
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(reversed(self.kids.get(k, [])))
        return out


@dataclass
class Section:
    """One part of a printout: a title, the ancestors above it (not drawn), its forest."""

    title: str
    breadcrumb: tuple[str, ...]
    forest: Forest
    keys: list[str] = field(default_factory=list)


def norm_opd(name: str) -> str:
    return " ".join(name.split()).casefold()


def _tree(plan: Plan, roots: list[str]) -> Forest:
    """The main-child tree under `roots`, each node once: a broken plan's cycles are cut
    where they close, so every walk over the forest ends."""
    seen = set(roots)
    kids: dict[str, list[str]] = {}
    stack = list(reversed(roots))
    while stack:
        k = stack.pop()
        mine = [c for c in plan.children(k) if c in plan.nodes and c not in seen]
        seen.update(mine)
        kids[k] = mine
        stack.extend(reversed(mine))
    return Forest(roots, kids)


def whole_forest(plan: Plan) -> Forest:
    return _tree(plan, list(plan.roots()))


def subtree_forest(plan: Plan, root: str) -> Forest:
    """`root` and its main descendants."""
    if root not in plan.nodes:
        raise OptionError(f"Simpul dengan kunci '{root}' tidak ada dalam rencana.")
    return _tree(plan, [root])


def resolve_opd(plan: Plan, text: str) -> str:
    """The plan's OPD that `text` names: the same name in any case and spacing, or the
    start of exactly one name. OptionError (Indonesian, naming the candidates) otherwise."""
    names = plan.opds()
    want = norm_opd(text)
    exact = [o for o in names if norm_opd(o) == want]
    if exact:
        return exact[0]
    starts = [o for o in names if norm_opd(o).startswith(want)] if want else []
    if len(starts) == 1:
        return starts[0]
    if starts:
        shown = "; ".join(starts[:8]) + (f"; … ({len(starts) - 8} lagi)" if len(starts) > 8 else "")
        raise OptionError(f"Perangkat daerah '{text}' cocok dengan {len(starts)} nama: {shown}. "
                          "Tulis lebih lengkap.")
    inside = [o for o in names if want and want in norm_opd(o)]
    hint = (f" Mungkin maksudnya: {'; '.join(inside[:5])}." if inside else
            f" Yang ada: {'; '.join(names[:6])}" + (" …" if len(names) > 6 else "") + "."
            if names else " Rencana ini belum menyebut perangkat daerah.")
    raise OptionError(f"Perangkat daerah '{text}' tidak ada dalam rencana.{hint}")


def opd_forest(plan: Plan, forest: Forest, opd: str) -> Forest:
    """That OPD's nodes in `forest` and the ancestors leading to them, nothing else."""
    want = norm_opd(resolve_opd(plan, opd))
    drawn = set(forest.kids)
    keep: set[str] = set()
    for key in drawn:
        if any(norm_opd(o) == want for o in plan.nodes[key].opds):
            keep.add(key)
            for a in plan.ancestors(key):
                if a not in drawn or a in keep:
                    break
                keep.add(a)
    roots = [r for r in forest.roots if r in keep]
    kids = {k: [c for c in forest.kids[k] if c in keep] for k in keep}
    return Forest(roots, kids)


def select(plan: Plan, root: str | None, opd: str | None) -> Forest:
    """The forest after the root and OPD filters."""
    forest = subtree_forest(plan, root) if root is not None else whole_forest(plan)
    if opd:
        forest = opd_forest(plan, forest, opd)
    return forest


def label(plan: Plan, key: str, limit: int = 90) -> str:
    """"Sasaran: Menurunnya angka kemiskinan" for breadcrumbs, cut at `limit` characters."""
    node = plan.nodes[key]
    text = " ".join(node.statement.split()) or "(pernyataan belum diisi)"
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"{node.level}: {text}"


def _sub(forest: Forest, roots: list[str]) -> Forest:
    keys = Forest(roots, forest.kids).keys()
    return Forest(roots, {k: forest.kids[k] for k in keys})


def sasaran_sections(plan: Plan, forest: Forest) -> list[Section]:
    """One section per node at the scheme's second level (Sasaran), in drawing order.

    Drawn nodes that are under no such node (a Tujuan without Sasaran, an
    orphan branch) go into a last section so that nothing is left out.
    """
    level = plan.scheme.names[min(1, len(plan.scheme) - 1)]
    li = plan.scheme.index(level)
    sections: list[Section] = []
    covered: set[str] = set()
    rest_roots: list[str] = []
    stack = list(reversed(forest.roots))
    while stack:
        k = stack.pop()
        if plan.scheme.index(plan.nodes[k].level) == li:
            sub = _sub(forest, [k])
            crumbs = tuple(label(plan, a) for a in reversed(plan.ancestors(k)))
            sections.append(Section(f"{level}: {_short(plan, k)}", crumbs, sub, sub.keys()))
            covered.update(sub.kids)
            continue
        kids = forest.kids.get(k, [])
        if not any(_reaches(plan, forest, c, li) for c in kids):
            rest_roots.append(k)
            continue
        stack.extend(reversed(kids))
    # Nodes above the Sasaran level appear in breadcrumbs; drawn leftovers get a section.
    rest_roots = [r for r in rest_roots if r not in covered]
    if rest_roots:
        sub = _sub(forest, rest_roots)
        sections.append(Section(f"Di luar {level}", (), sub, sub.keys()))
    return sections


def _reaches(plan: Plan, forest: Forest, key: str, level_index: int) -> bool:
    """True when `key`'s drawn subtree holds a node at `level_index`."""
    stack = [key]
    while stack:
        k = stack.pop()
        if plan.scheme.index(plan.nodes[k].level) == level_index:
            return True
        stack.extend(forest.kids.get(k, []))
    return False


def _short(plan: Plan, key: str, limit: int = 110) -> str:
    text = " ".join(plan.nodes[key].statement.split()) or key
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def opd_sections(plan: Plan, forest: Forest) -> list[Section]:
    """One section per OPD and per place it hangs in the tree.

    An OPD's top nodes are its drawn nodes whose main parent does not name it;
    each is drawn with the subtree of that OPD's nodes beneath it, the nodes
    above it named in the breadcrumb. Top nodes under the same parent share a
    section. OPDs come in the plan's first-seen order.
    """
    sections: list[Section] = []
    order = forest.keys()
    for opd in plan.opds():
        want = norm_opd(opd)

        def mine(k: str, want: str = want) -> bool:
            return any(norm_opd(o) == want for o in plan.nodes[k].opds)

        sections.extend(_sections_of(plan, forest, order, mine, f"Perangkat Daerah: {opd}"))
    scheme = plan.scheme

    def ownerless(k: str) -> bool:
        # Nodes at OPD levels that name no OPD (a Program nobody owns): a section of their
        # own, so that printing per OPD drops nothing an OPD section would not show.
        node = plan.nodes[k]
        return not node.opds and scheme.index(node.level) >= scheme.first_opd

    sections.extend(_sections_of(plan, forest, order, ownerless, NO_OPD))
    return sections


NO_OPD = "Tanpa Perangkat Daerah"


def _sections_of(plan: Plan, forest: Forest, order: list[str], belongs: Callable[[str], bool],
                 title: str) -> list[Section]:
    """The drawn nodes for which `belongs` holds, as sections: one per parent (outside
    the set) that their top nodes hang under, each with the set's subtree beneath.
    `order` is the forest's pre-order (`Forest.keys`), walked once per call."""
    drawn = forest.kids
    groups: dict[str | None, list[str]] = {}
    for k in order:
        if not belongs(k):
            continue
        parent = plan.nodes[k].parent
        if parent is not None and parent in drawn and belongs(parent):
            continue
        groups.setdefault(parent if parent in drawn else None, []).append(k)
    out = []
    for parent, roots in groups.items():
        kids: dict[str, list[str]] = {}
        keys: list[str] = []
        stack = list(reversed(roots))
        while stack:
            k = stack.pop()
            keys.append(k)
            kids[k] = [c for c in drawn.get(k, []) if belongs(c)]
            stack.extend(reversed(kids[k]))
        crumbs: tuple[str, ...] = ()
        if parent is not None:
            chain = [parent, *plan.ancestors(parent)]
            crumbs = tuple(label(plan, a) for a in reversed(chain))
        out.append(Section(title, crumbs, Forest(roots, kids), keys))
    return out
