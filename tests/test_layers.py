"""The stages that run first import none that run after them: the reader no stage, nlp only the
reader (whose dateline grammar marks a wire dateline inside the body), time (which actors, places
and events read) and the actors only nlp. A shared list belongs below both
stages, as the gazetteer does (``dateline.gazetteer``, which the actors and the places read)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dateline"
STAGES = {"reader", "nlp", "actors", "time", "places", "quotes", "events", "negotiation", "corpus",
          "store", "scale", "web", "cli"}


def _nodes(tree: ast.AST, at_load: bool) -> list[ast.AST]:
    """Every node of ``tree``, or (``at_load``) those outside function bodies."""
    if not at_load:
        return list(ast.walk(tree))
    out, todo = [], [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            todo.extend(ast.iter_child_nodes(node))
    return out


def _stages_imported(package: str, *, at_load: bool = False) -> set[str]:
    """The stages ``package`` imports anywhere, or (``at_load``) in its modules' top level."""
    found: set[str] = set()
    for path in (SRC / package).rglob("*.py"):
        for node in _nodes(ast.parse(path.read_text(encoding="utf-8")), at_load):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            found.update(p[1] for n in names if (p := n.split("."))[0] == "dateline" and len(p) > 1 and p[1] in STAGES)
    return found - {package}


@pytest.mark.parametrize(("package", "allowed"), [("reader", set()), ("nlp", {"reader"}), ("time", {"nlp"}),
                                                   ("actors", {"nlp"})])
def test_early_stages_import_no_later_stage(package: str, allowed: set[str]) -> None:
    assert _stages_imported(package) <= allowed


def test_gazetteer_is_no_stage() -> None:
    """The gazetteer lies below the stages that read it: it is none of them, and it reads only
    nlp's shared lists, so a stage's import of it never pulls in another stage."""
    assert "gazetteer" not in STAGES
    assert (SRC / "gazetteer" / "__init__.py").is_file()
    assert _stages_imported("gazetteer") <= {"nlp"}
