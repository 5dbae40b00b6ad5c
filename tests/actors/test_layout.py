"""The actors package keeps its modules under the style guide's ~500 lines."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline.actors

PACKAGE = Path(dateline.actors.__file__).resolve().parent


@pytest.mark.parametrize("module", ["coref.py", "roles.py"])
def test_module_is_under_the_guides_length(module: str) -> None:
    lines = (PACKAGE / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 500, f"{module} has {lines} lines; split a coherent part into its own module"


def test_roles_live_in_their_own_module() -> None:
    from dateline.actors import coref, roles

    assert hasattr(roles, "resolve_roles") and not hasattr(coref, "resolve_roles")
