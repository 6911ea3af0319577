"""The PDF package's modules import each other without a circle (planning and drawing both
import the page types, neither imports the other), and none imports Qt."""

from __future__ import annotations

import ast

import networkx as nx

from tests.conftest import ROOT

PACKAGE = ROOT / "app" / "export"


def _imports(path) -> set[str]:
    """Modules of app.export that `path` imports anywhere (at the top or inside a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:
                if node.module:
                    out.add(node.module.split(".")[0])
                else:
                    out.update(a.name for a in node.names)
            elif node.module and node.module.startswith("app.export."):
                out.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[2] for a in node.names
                       if a.name.startswith("app.export."))
    return out


def _graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in PACKAGE.glob("*.py"):
        graph.add_node(path.stem)
        for target in _imports(path):
            graph.add_edge(path.stem, target)
    return graph


def test_no_import_circles_in_the_pdf_package():
    graph = _graph()
    assert {"pages", "fit", "appendix", "page_types", "render"} <= set(graph)
    cycles = list(nx.simple_cycles(graph))
    assert not cycles, cycles
    # Planning never reaches drawing.
    planning = ("pages", "fit", "appendix", "forest", "tiling")
    drawing = {"render", "draw_page", "draw_tree", "draw_appendix", "painter"}
    for module in planning:
        assert not nx.descendants(graph, module) & drawing, module


def test_the_checker_sees_a_circle():
    graph = _graph()
    graph.add_edge("page_types", "pages")  # what `pages` -> `page_types` plus this would be
    assert list(nx.simple_cycles(graph))


def test_export_imports_no_qt():
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.startswith(("PySide6", "PyQt")) for n in names), path.name
