"""Every command a user can type is documented in the README (sqlite-utils' test_docs idea)."""

from __future__ import annotations

import click
import pytest

from dateline.cli import main
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "dateline") -> list[str]:
    out: list[str] = []
    for name, command in sorted(group.commands.items()):
        out.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            out.extend(commands(command, f"{prefix} {name}"))
    return out


@pytest.mark.parametrize("command", commands(main))
def test_command_is_documented(command: str) -> None:
    assert f"`{command}" in README or f"\n{command} " in README, f"README.md does not mention `{command}`"
