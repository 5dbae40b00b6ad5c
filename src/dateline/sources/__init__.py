"""Sources: where articles come from (files, directories, JSON Lines, stdin)."""

from dateline.sources.decode import decode
from dateline.sources.files import iter_sources, read_jsonl_range
from dateline.sources.items import InputError, SourceError, SourceItem

__all__ = ["InputError", "SourceError", "SourceItem", "decode", "iter_sources", "read_jsonl_range"]
