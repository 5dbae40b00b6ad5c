"""Code outside ``dateline.store`` uses the store's public API only: it never takes the
store's private lock, never uses its connection (``store.conn``) outside the lock, and never
opens or ends an SQLite transaction itself (it reads in ``Store.reading()`` and writes in
``Store.transaction()``, both of which hand it the connection under the lock).

Only ``src/`` is checked: tests may look at ``store.conn`` directly (one thread, no lock needed)."""

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


PUBLIC = "(use store.reading() or store.transaction())"


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _private(node: ast.expr) -> bool:
    """``x._lock``, ``x.conn`` or ``getattr(x, "conn")`` on anything but ``self`` (a class's
    own lock and connection are its own business)."""
    if isinstance(node, ast.Attribute):
        return node.attr in ("_lock", "conn") and not _is_self(node.value)
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "setattr", "hasattr") and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant) and node.args[1].value == "conn"
            and not _is_self(node.args[0]))


def violations(source: str) -> list[str]:
    """What in ``source`` reaches past the store's public API, as 'line: what'."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.expr) and _private(node):
            found.append((node.lineno, f"{ast.unparse(node)} {PUBLIC}"))
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
    ("rows = store.conn.execute('SELECT 1')",
     ["1: store.conn (use store.reading() or store.transaction())"]),
    ("plan(out, ids, store.conn if client else None)",
     ["1: store.conn (use store.reading() or store.transaction())"]),
    ("c = app.state.store.conn", ["1: app.state.store.conn (use store.reading() or store.transaction())"]),
    ("c = getattr(store, 'conn')", ["1: getattr(store, 'conn') (use store.reading() or store.transaction())"]),
    ("self.conn.execute('SELECT 1')", []),  # a class's own connection
    ("conn.execute('SELECT 1')", []),  # a connection handed over by reading() or transaction()
    ("with store.transaction() as conn:\n    conn.execute('DELETE FROM t')", []),
    ("KEYS = {'conn': 1}", []),  # a word, not an attribute
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
