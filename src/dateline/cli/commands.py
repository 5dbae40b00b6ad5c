"""Imports every command module so each registers its commands on ``dateline.cli.main``."""

from dateline.cli import eval  # noqa: F401
