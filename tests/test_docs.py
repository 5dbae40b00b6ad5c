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


def test_the_api_docs_name_every_field_of_a_page() -> None:
    from dateline.web import api
    from dateline.web.schemas import Page

    web_readme = (REPO / "src" / "dateline" / "web" / "README.md").read_text(encoding="utf-8")
    for field in Page.model_fields:
        assert f'"{field}"' in str(api.__doc__), f"web/api.py's docstring omits {field!r}"  # was truncated
        assert f'"{field}"' in web_readme, f"web/README.md omits {field!r}"


def test_the_corpus_docs_say_how_old_clusters_catch_up_with_a_migration() -> None:
    corpus_readme = (REPO / "src" / "dateline" / "corpus" / "README.md").read_text(encoding="utf-8")
    assert "corpus update --rebuild" in corpus_readme and "schema 4" in corpus_readme
    assert "meet only through them" not in corpus_readme  # they meet through a shared place too
