"""Title abbreviations before a person's name ("Mr.", "Sen.", "Dr."): one list,
``data/titles.txt``, read by each stage's finder that tells a person's name from a place's
(``places``) or a holiday's (``time.hijri``), each adding its own words where it needs more
("President", "Sheikh"). A lexicon below the stages, so none depends on another for it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """The abbreviations of ``data/titles.txt``, in its order."""
    text = resources.files("dateline").joinpath("data", "titles.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def title_before(extra: Iterable[str] = (), stop: bool = False) -> re.Pattern[str]:
    """A pattern that matches a title ending right before the text's end ("Sen. ", "Dr "): one
    of ``titles()`` or of ``extra``, its stop optional (required with ``stop``), then whitespace."""
    words = "|".join(map(re.escape, (*titles(), *extra)))
    return re.compile(rf"\b(?:{words})\.{'' if stop else '?'}\s+$")


__all__ = ["title_before", "titles"]
