"""Imports every command module so each registers its commands on ``dateline.cli.main``."""

import dateline.cli.articles  # noqa: F401  (process, ingest, articles, show)
import dateline.cli.demo  # noqa: F401
import dateline.cli.query  # noqa: F401  (quotes, events, timeline, actors)
from dateline.cli import eval  # noqa: F401
from dateline.eval import reader as _eval_reader  # noqa: E402,F401
from dateline.eval import entities as _eval_entities  # noqa: E402,F401
from dateline.eval import events as _eval_events  # noqa: E402,F401
from dateline.eval import places as _eval_places  # noqa: E402,F401
from dateline.eval import quotes as _eval_quotes  # noqa: E402,F401
from dateline.eval import time as _eval_time  # noqa: E402,F401
