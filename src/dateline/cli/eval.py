"""``dateline eval TASK DIR --json``: score a stage against a gold folder in a public format.

Each task's scorer lives in ``dateline.eval.<task>``; this module only wires the commands.
"""

from __future__ import annotations

import json
from typing import Any

import click

from dateline.cli import main
from dateline.cli.output import JSON_HELP

#: every eval command's ``--json``: the scores as one line of JSON, as every --json (cli.output)
json_option = click.option("--json", "as_json", is_flag=True, help=f"The scores on one line. {JSON_HELP}")


@main.group("eval")
def eval_group() -> None:
    """Score dateline against gold data (TimeML, article-extraction, places, quotes, events)."""


def emit(result: dict[str, Any], as_json: bool) -> None:
    """Print a score dict as JSON or as an aligned two-column table."""
    if as_json:
        click.echo(json.dumps(result, sort_keys=True))  # one line (json_option)
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
