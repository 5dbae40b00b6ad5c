"""Imports every command module so each registers its commands on ``dateline.cli.main``."""

import dateline.cli.articles  # noqa: F401  (process, ingest, articles, show)
import dateline.cli.corpus  # noqa: F401  (corpus update, stories, story, export)
import dateline.cli.demo  # noqa: F401
import dateline.cli.eval  # noqa: F401  (the `eval` group; its tasks below)
import dateline.cli.query  # noqa: F401  (quotes, events, timeline, actors, places)
import dateline.cli.web  # noqa: F401  (serve)
import dateline.eval.dedup  # noqa: F401
import dateline.eval.entities  # noqa: F401
import dateline.eval.events  # noqa: F401
import dateline.eval.places  # noqa: F401
import dateline.eval.quotes  # noqa: F401
import dateline.eval.reader  # noqa: F401
import dateline.eval.time  # noqa: F401
