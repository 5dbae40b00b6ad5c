"""The stages that run first import none that run after them: the reader and nlp no stage, time
(which actors, places and events read) only nlp. A shared list belongs below both stages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "dateline"
STAGES = {"reader", "nlp", "actors", "time", "places", "quotes", "events", "negotiation", "corpus",
          "store", "scale", "web", "cli"}


def _stages_imported(package: str) -> set[str]:
    found: set[str] = set()
    for path in (SRC / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            found.update(p[1] for n in names if (p := n.split("."))[0] == "dateline" and len(p) > 1 and p[1] in STAGES)
    return found - {package}


@pytest.mark.parametrize(("package", "allowed"), [("reader", set()), ("nlp", set()), ("time", {"nlp"})])
def test_early_stages_import_no_later_stage(package: str, allowed: set[str]) -> None:
    assert _stages_imported(package) <= allowed
