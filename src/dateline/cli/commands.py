"""Imports every command module so each registers its commands on ``dateline.cli.main``."""

from dateline.cli import eval  # noqa: F401
from dateline.eval import reader as _eval_reader  # noqa: E402,F401
from dateline.cli import articles, demo, query  # noqa: F401,E402  (process/ingest/articles/show, demo, quotes/events/timeline/actors)
