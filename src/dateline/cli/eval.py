"""``dateline eval TASK DIR --json``: score a stage against a gold folder in a public format.

Each task's scorer lives in ``dateline.eval.<task>``; this module only wires the commands.
"""

from __future__ import annotations

import json
from typing import Any

import click

from dateline.cli import main


class EvalGroup(click.Group):
    """``dateline eval``: a usage error of a task (a missing DIR, an unknown option or task, a
    path that is not there) is one line naming the problem, exit status 2, instead of click's
    Usage/Try/Error lines; each task module stays as it is."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as err:
            where = err.ctx.command_path if err.ctx is not None else ctx.command_path
            problem = err.format_message().rstrip(".")
            problem = problem[:1].lower() + problem[1:]
            click.echo(f"dateline: error: {where}: {problem}; see `{where} --help`", err=True)
            raise click.exceptions.Exit(err.exit_code) from None


@main.group("eval", cls=EvalGroup)
def eval_group() -> None:
    """Score dateline against gold data (TimeML, article-extraction, places, quotes, events)."""


def emit(result: dict[str, Any], as_json: bool) -> None:
    """Print a score dict as JSON or as an aligned two-column table."""
    if as_json:
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    for key, value in _flatten(result):
        click.echo(f"{key:<32} {value:.4f}" if isinstance(value, float) else f"{key:<32} {value}")


def _flatten(result: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    rows: list[tuple[str, Any]] = []
    for key, value in result.items():
        if isinstance(value, dict):
            rows.extend(_flatten(value, f"{prefix}{key}."))
        else:
            rows.append((f"{prefix}{key}", value))
    return rows
