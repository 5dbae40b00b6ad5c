"""Each command's --help ends with examples, and every example parses: its options exist and
take the values shown (a renamed option would leave help that fails when copied)."""

from __future__ import annotations

import shlex

import click
import pytest
from click.testing import CliRunner

from dateline.cli import main

COMMANDS = [["process"], ["ingest"], ["articles"], ["show"], ["actors"], ["places"], ["quotes"],
            ["events"], ["timeline"], ["stories"], ["story"], ["export"], ["serve"], ["demo"],
            ["corpus", "update"]]


def _examples(command: list[str]) -> list[str]:
    text = CliRunner().invoke(main, [*command, "--help"]).stdout
    block = text.split("Examples:\n", 1)[1].split("\n\n", 1)[0]
    return [line.strip().split("| ")[-1] for line in block.splitlines() if line.strip()]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_examples_parse(command: list[str]) -> None:
    lines = _examples(command)
    assert lines, f"dateline {' '.join(command)} --help shows no examples"
    for line in lines:
        words = shlex.split(line)
        assert words[0] == "dateline" and words[1:1 + len(command)] == command, line
        group: click.Group = main
        ctx = main.make_context("dateline", [], resilient_parsing=True)
        for name in command[:-1]:
            sub = group.get_command(ctx, name)
            assert isinstance(sub, click.Group)
            group = sub
        leaf = group.get_command(ctx, command[-1])
        assert leaf is not None
        with leaf.make_context(command[-1], words[1 + len(command):], parent=ctx) as parsed:
            assert parsed.params is not None  # a wrong option or value raised click.UsageError


def test_top_level_help_shows_a_first_session() -> None:
    text = CliRunner().invoke(main, ["--help"]).stdout
    lines = [line.split("#")[0].strip() for line in text.split("A first session:\n", 1)[1].split("\n\n")[0].splitlines()]
    assert len(lines) >= 3
    for line in lines:
        words = shlex.split(line)
        ctx = main.make_context("dateline", [], resilient_parsing=True)
        command = main.get_command(ctx, words[1])
        assert command is not None, line
        rest = words[2:]
        if isinstance(command, click.Group):
            sub = command.get_command(ctx, rest[0])
            assert sub is not None, line
            command, rest = sub, rest[1:]
        with command.make_context(words[1], rest, parent=ctx):
            pass
