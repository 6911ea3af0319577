"""The plan as a networkx graph: every contribution link, main or further, as an edge.

A pohon kinerja is a DAG (one main parent, possibly further parents), so graph
questions (is there a cycle, which nodes are on it, what does a node reach)
are asked of one `nx.DiGraph` built in a single pass rather than by walking
parent keys by hand in every caller.
"""

from __future__ import annotations

import networkx as nx

from .plan import Plan


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
    graph = nx.DiGraph()
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
    """`cycle_members` of the plan's graph, skipping the graph when no cycle is possible.

    `level` maps each key to its level index (-1 when unknown). Along a link that
    goes down at least one level the index strictly grows, so a cycle must use
    at least one link that does not (same level, upwards, or an unknown level).
    A well-formed plan has none, and is then acyclic without building a graph:
    this keeps the rerun after every edit cheap at 20,000 nodes.
    """
    nodes = plan.nodes
    for key, node in nodes.items():
        mine = level[key]
        parent = node.parent
        if parent is not None and parent in nodes and not -1 < level[parent] < mine:
            return cycle_members(build_graph(plan))
        for further in node.further_parents:
            if further in nodes and not -1 < level[further] < mine:
                return cycle_members(build_graph(plan))
    return {}
