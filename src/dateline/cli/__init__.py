"""The ``dateline`` command: a thin layer over the library. Only here is logging configured."""

from __future__ import annotations

import logging

import click

from dateline import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """dateline: who did what to whom, when, where, and who said what, from news articles."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


# Command modules register themselves on `main` when imported.
from dateline.cli import commands  # noqa: E402,F401
