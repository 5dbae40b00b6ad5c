"""Cross-article work on stored records: near-duplicate articles, merged events, stories, exports.

    >>> from dateline.store import Store
    >>> from dateline.corpus import update
    >>> with Store("news.db") as store:
    ...     update(store)          # incremental: only what the last update has not seen

Never touches spaCy objects: everything here reads records and rows of the store. The decisions
are pure functions (``dedup``, ``events``, ``stories``) that a Dask partition can call too.
"""

from dateline.corpus.dedup import DedupOptions
from dateline.corpus.events import MergeOptions
from dateline.corpus.stories import StoryOptions
from dateline.corpus.update import CorpusOptions, UpdateReport, update

__all__ = ["CorpusOptions", "DedupOptions", "MergeOptions", "StoryOptions", "UpdateReport", "update"]
