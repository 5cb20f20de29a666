"""The package reads as the data flow: no two modules import each other, directly or round a loop.

Every import counts — at module level or inside a function (a lazy import still ties the two
modules together) — except those under ``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "graph"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def _imports(tree: ast.AST):
    """Import nodes, leaving out the bodies of ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def import_graph() -> nx.DiGraph:
    modules = _modules()
    g = nx.DiGraph()
    g.add_nodes_from(modules)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")
                if node.level:
                    base = base[:len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                targets = [f"{target}.{a.name}" if f"{target}.{a.name}" in modules else target for a in node.names]
            else:
                targets = [a.name for a in node.names]
            g.add_edges_from((name, t) for t in targets if t in modules and t != name)
    return g


def test_the_import_graph_is_found():
    g = import_graph()
    # a check that finds nothing proves nothing: the edges every build takes must be there
    assert g.has_edge("graph.build", "graph.store.kg") and g.has_edge("graph.cli", "graph.build")
    assert g.has_edge("graph.analysis.run", "graph.store.project") and g.number_of_edges() > 100


# The package reads as the data flow: a package per stage, and at the root only the orchestrator
# of the phases (build), the entry points (api, __main__) and what every stage shares.
STAGES = {"records", "store", "validate", "analysis", "maps", "export", "server", "sources", "resolve",
          "pipeline", "cli"}
ROOT_MODULES = {"__init__", "__main__", "api", "build", "version", "errors", "namespaces", "terms",
                "resources", "technology", "docs"}


def test_the_root_holds_the_orchestrator_and_shared_modules_and_each_stage_is_a_package():
    root = {p.stem for p in PACKAGE.glob("*.py")}
    assert root == ROOT_MODULES, f"modules at the root of graph/ that belong in a stage package: {sorted(root - ROOT_MODULES)}"
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert STAGES <= packages
    g = import_graph()
    # only the orchestrator and the command line (and the entry points) reach into every stage
    for module in g:
        if module.split(".")[1:2] and module.split(".")[1] in STAGES:
            assert not g.has_edge(module, "graph.build") or module.startswith("graph.cli"), module


def test_no_module_imports_one_that_imports_it_back():
    loops = [sorted(c) for c in nx.strongly_connected_components(import_graph()) if len(c) > 1]
    assert loops == [], f"import cycles: {loops}"


def test_the_finder_sees_a_cycle(tmp_path, monkeypatch):
    package = tmp_path / "graph"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from .b import g\n")
    (package / "b.py").write_text("from typing import TYPE_CHECKING\nfrom . import a\n")
    (package / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", package)
    g = import_graph()
    assert [sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1] == [["graph.a", "graph.b"]]
    assert not g.has_edge("graph.c", "graph.a")
