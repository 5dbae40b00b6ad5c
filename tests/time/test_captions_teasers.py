"""A related story's teaser with its age stamp is the reader's to file (related links), never a
caption: time reads no dates from it. The shapes time's own guard used to catch, end to end
through the reader. Our own sentences."""

from __future__ import annotations

import pytest

from dateline.reader import read_text
from dateline.time.captions import caption_timexes

BODY = ("DOHA: Mediators met again on Sunday to close the gaps in the ceasefire text, officials said, "
        "and the talks are due to resume in Cairo on Monday.")

#: a teaser under its thumbnail: its stamp counts from when the page was read, its dates are
#: another story's
TEASERS = [
    "Caught in the act: drone spies over Rafah 1 hour ago",
    "Ceasefire talks resume in Cairo on Aug. 15 2 hours ago",
    "3h ago Hamas rejects new conditions on Sunday",
    "Updated 5 mins ago: Blinken lands in Doha on Monday",
    "Leadership runs in the family for tiny fish an hour ago",
    "Envoys return to Doha on Thursday | 2 days ago",
    "2 hours ago Hamas rejects new conditions on Sunday",
    "Border crossing to reopen on Friday · Yesterday",
    "Yesterday | Border crossing to reopen on Friday",
    "Border crossing to reopen on Friday • 1d",
    "Smoke over Rafah on Friday. Photo: AFP 3h ago",
    "5m ago: Aid trucks enter Gaza on Saturday",
]


@pytest.mark.parametrize("teaser", TEASERS)
def test_a_teaser_under_an_image_is_a_related_link_without_timexes(teaser: str) -> None:
    article = read_text(f"gaza-talks-1724089500000\n\n{teaser}\n\n{BODY}")
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds.get(teaser) == "related_links"
    assert list(caption_timexes(article, "2024-08-20")) == []


@pytest.mark.parametrize(("caption", "expected"), [
    # a caption's own age is in its sentence, or dated: it stays a caption and keeps its dates
    ("Smoke rises over Rafah on Friday, 2 hours ago. Photo: AFP", ["Friday", "2 hours ago"]),
    ("Smoke rises over Rafah on Friday. Photo: AFP", ["Friday"]),
    ("Families leave Khan Younis on August 17, 2024.", ["August 17, 2024"]),
])
def test_a_caption_keeps_its_timexes(caption: str, expected: list[str]) -> None:
    article = read_text(f"gaza-talks-1724089500000\n\n{caption}\n\n{BODY}")
    assert [f.kind for f in article.furniture if f.text == caption] == ["caption"]
    assert [t.text for t in caption_timexes(article, "2024-08-20")] == expected
