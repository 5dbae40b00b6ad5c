"""Code outside ``dateline.store`` uses the store's public API only: it never takes the
store's private lock and never opens or ends an SQLite transaction itself (it reads in
``Store.reading()`` and writes in ``Store.transaction()``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "dateline"
STORE = SRC / "store"
# a whole SQL statement that controls a transaction ("BEGIN IMMEDIATE", "COMMIT", ...), in
# capitals as all our SQL is written (so the words of lexicons do not match)
TRANSACTION_SQL = re.compile(r"\s*(BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?|"
                             r"COMMIT(\s+TRANSACTION)?|ROLLBACK(\s+TRANSACTION)?|"
                             r"SAVEPOINT\s+\w+|RELEASE(\s+SAVEPOINT)?\s+\w+)\s*;?\s*")


def violations(source: str) -> list[str]:
    """What in ``source`` reaches past the store's public API, as 'line: what'."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Attribute) and node.attr == "_lock"
                and not (isinstance(node.value, ast.Name) and node.value.id == "self")):
            found.append((node.lineno, f"{ast.unparse(node)} (use store.reading() or store.transaction())"))
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and (node.value == "_lock" or TRANSACTION_SQL.fullmatch(node.value))):
            found.append((node.lineno, f"{node.value!r} (use store.transaction())"))
    return [f"{line}: {what}" for line, what in sorted(found)]


@pytest.mark.parametrize(("source", "expected"), [
    ("with store._lock:\n    pass", ["1: store._lock (use store.reading() or store.transaction())"]),
    ("lock = app.state.store._lock", ["1: app.state.store._lock (use store.reading() or store.transaction())"]),
    ("getattr(store, '_lock')", ["1: '_lock' (use store.transaction())"]),
    ("conn.execute('BEGIN IMMEDIATE')", ["1: 'BEGIN IMMEDIATE' (use store.transaction())"]),
    ("conn.execute('COMMIT')\nconn.execute('ROLLBACK')",
     ["1: 'COMMIT' (use store.transaction())", "2: 'ROLLBACK' (use store.transaction())"]),
    ("with self._lock:\n    pass", []),  # a class's own lock
    ("with store.reading() as conn:\n    conn.execute('SELECT 1')", []),
    ("VERBS = {'begin', 'commit', 'release'}", []),  # words, not statements
    ("s = 'BEGIN the talks'", []),
])
def test_violations(source: str, expected: list[str]) -> None:
    assert violations(source) == expected


def test_no_code_outside_the_store_reaches_past_its_public_api() -> None:
    files = [p for p in sorted(SRC.rglob("*.py")) if STORE not in p.parents]
    assert len(files) > 20, f"no source found under {SRC}"
    found = [f"{p.relative_to(SRC.parent)}:{v}" for p in files
             for v in violations(p.read_text(encoding="utf-8"))]
    assert found == [], "\n".join(found)
