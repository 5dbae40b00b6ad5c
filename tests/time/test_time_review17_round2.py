"""Review of time round 2 (session 17). Our own sentences.

A caption is read with no parse, so two weekdays joined by "and" are a pair by their words alone
(``sequence.joined``): "Protesters gathered Monday and Tuesday" in a Monday story's caption is last
week's Monday and Tuesday, not today and the Tuesday six days before it. Near misses: a list latest
first, a future caption, and weekdays of two sentences are each placed by the clause's tense."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import CleanArticle, Furniture
from dateline.time.captions import caption_timexes

MON = "2024-08-19"


def _caption(text: str, published: str) -> list[str]:
    article = CleanArticle("Body.", ((0, 5),), (Furniture("caption", text),))
    return [t.value for t in caption_timexes(article, published)]


@pytest.mark.parametrize(("caption", "expected"), [
    ("Protesters gathered Monday and Tuesday in Rafah. Image Credit: AFP", ["2024-08-12", "2024-08-13"]),
    ("Rescuers dug on Sunday and again on Tuesday. Photo: Reuters", ["2024-08-11", "2024-08-13"]),
    ("Crowds marched Monday night and Tuesday. Photo: EPA", ["2024-08-12TNI", "2024-08-13"]),
    # near misses
    ("Talks were held Friday and Thursday. Photo: AFP", ["2024-08-16", "2024-08-15"]),
    ("The crossing will reopen Monday and Tuesday. Photo: AFP", ["2024-08-19", "2024-08-20"]),
    ("Crowds gathered Monday. Tuesday was calm. Photo: AFP", ["2024-08-19", "2024-08-13"]),
])
def test_caption_weekday_pair(caption: str, expected: list[str]) -> None:
    assert _caption(caption, MON) == expected


TUE = "2024-08-20"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # an overnight cause of the day's result is the night before that day, and told from it
    ("Tokyo stocks fell on Friday, dragged down by overnight losses on Wall Street.", MON,
     ("2024-08-15TNI", "text")),
    ("Shares closed lower Friday. Traders were unsettled by overnight losses in New York.", MON,
     ("2024-08-15TNI", "text")),
    # near misses: an overnight event told after the day is no cause of it; the night before publication
    ("The minister resigned on Monday. Overnight protests drew thousands, police said.", TUE,
     ("2024-08-19TNI", "publication")),
    ("The storm hit the coast on Sunday. Overnight rain flooded 200 homes.", MON,
     ("2024-08-18TNI", "publication")),
])
def test_overnight_cause(time_tag: Any, text: str, published: str, expected: tuple[str, str]) -> None:
    night = [t for t in time_tag(text, published) if t.text.lower() == "overnight"]
    assert [(t.value, t.anchor) for t in night] == [expected]


WED = "2024-08-21"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a participle that looks back at an earlier thing: its day is that thing's, not ahead
    ("Prices will rise, reflecting the surge on Friday.", WED, ["2024-08-16"]),
    ("The ministry will appeal, citing the ruling on Friday.", WED, ["2024-08-16"]),
    ("The union will strike again, recalling the walkout in March.", WED, ["2024-03"]),
    # near misses: a participle of the coming act shares its future
    ("The minister will leave, ending the talks on Friday.", WED, ["2024-08-23"]),
    ("The minister will visit Gaza, starting on Wednesday.", MON, ["2024-08-21"]),
])
def test_participle_looking_back(time_tag: Any, text: str, published: str, expected: list[str]) -> None:
    assert [t.value for t in time_tag(text, published)] == expected
