"""The plan as a networkx graph: every contribution link, main or further, as an edge.

A pohon kinerja is a DAG (one main parent, possibly further parents), so graph
questions (is there a cycle, which nodes are on it, what does a node reach)
are asked of one `nx.DiGraph` built in a single pass rather than by walking
parent keys by hand in every caller.

networkx is imported when a graph is first built, not with this module: the
checks import it, the editor imports the checks, and networkx's own import
(about a fifth of a second) would otherwise come before the first painted
window. A well-formed plan never builds a graph at all (see `plan_cycles`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .plan import Plan

if TYPE_CHECKING:
    import networkx as nx


def build_graph(plan: Plan) -> nx.DiGraph:
    """Every node of the plan; an edge parent -> child for each main and further link.

    Links to keys that name no node are left out: they are the orphan rule's
    business, and a graph must not invent nodes for them.
    """
    nodes = plan.nodes
    edges: list[tuple[str, str]] = []
    append = edges.append
    for key, node in nodes.items():
        parent = node.parent
        if parent is not None and parent in nodes:
            append((parent, key))
        for further in node.further_parents:
            if further in nodes:
                append((further, key))
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    return graph


def cycle_members(graph: nx.DiGraph) -> dict[str, tuple[str, ...]]:
    """Each node that lies on a cycle, mapped to the nodes of its cycle group.

    A node is on a cycle exactly when it shares a strongly connected component
    with another node, or links to itself. The group is the whole component,
    sorted, so that a message can name the other nodes to look at. The common
    case (no cycle) is answered by a topological check, which is cheaper than
    computing the components.
    """
    import networkx as nx

    if nx.is_directed_acyclic_graph(graph):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for component in nx.strongly_connected_components(graph):
        if len(component) > 1:
            group = tuple(sorted(component))
            for key in component:
                out[key] = group
    for key in nx.nodes_with_selfloops(graph):
        out.setdefault(key, (key,))
    return out


def plan_cycles(plan: Plan, level: dict[str, int]) -> dict[str, tuple[str, ...]]:
    """`cycle_members` of the plan, on the smallest graph that can hold a cycle.

    `level` maps each key to its level index (-1 when unknown). Along a link that
    goes down at least one level the index strictly grows, so every cycle uses
    at least one "suspect" link u -> v that does not (same level, upwards, or an
    unknown level). A well-formed plan has none and is acyclic without any graph.
    Otherwise every node of a cycle through u -> v reaches u, so it is u or one of
    u's ancestors by main and further parent links: the graph is built on those
    ancestors only (a handful of nodes per suspect link, not the 20,000 of the
    plan), which keeps the rerun after every edit cheap even on a broken plan.
    """
    nodes = plan.nodes
    suspects: list[str] = []
    for key, node in nodes.items():
        mine = level[key]
        parent = node.parent
        if parent is not None and parent in nodes and not -1 < level[parent] < mine:
            suspects.append(parent)
        for further in node.further_parents:
            if further in nodes and not -1 < level[further] < mine:
                suspects.append(further)
    if not suspects:
        return {}
    # Every ancestor-or-self of a suspect tail, by main and further parents.
    candidates: set[str] = set()
    stack = suspects
    while stack:
        key = stack.pop()
        if key in candidates:
            continue
        candidates.add(key)
        node = nodes[key]
        if node.parent is not None and node.parent in nodes:
            stack.append(node.parent)
        stack.extend(p for p in node.further_parents if p in nodes)
    edges = []
    for key in candidates:
        node = nodes[key]
        if node.parent in candidates:
            edges.append((node.parent, key))
        edges.extend((p, key) for p in node.further_parents if p in candidates)
    import networkx as nx

    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_edges_from(edges)
    return cycle_members(graph)
