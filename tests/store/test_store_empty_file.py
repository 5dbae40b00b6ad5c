"""An existing file of no bytes given to a reading command (or the read-only server) is refused,
naming it, and left as it was: reading used to migrate it into a database (the schema, a WAL
beside it) -- someone's empty file turned into dateline's. Writing to it still makes a store."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.store import Store, StoreError
from tests.records import record_a


@pytest.mark.parametrize("options", [{"create": False}, {"create": False, "read_only": True}])
def test_reading_an_empty_file_leaves_it_empty(tmp_path: Path, options: dict[str, bool]) -> None:
    path = tmp_path / "notes.db"
    path.touch()
    with pytest.raises(StoreError, match="is an empty file, not a dateline database"):
        Store(path, **options)
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


@pytest.mark.parametrize("command", [["articles"], ["events", "--csv"], ["quotes", "--json"],
                                     ["stories"], ["serve", "--port", "1"]])
def test_reading_commands_name_the_empty_file(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "notes.db"
    path.touch()
    result = CliRunner().invoke(main, [*command, "--db", str(path)])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == (f"dateline: error: {path}: is an empty file, not a dateline "
                                     f"database; build one with `dateline ingest PATH --db {path}`")
    assert path.stat().st_size == 0


def test_writing_to_an_empty_file_makes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    with Store(path) as store:
        store.put([record_a()])
    with Store(path, create=False) as store:
        assert len(store) == 1
