"""Time expressions of captions: found in the caption's own text, ``offsets_in`` "furniture:N",
never in promos or related links; events and quotes read only the body's. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import CleanArticle, Furniture, Published, Timex
from dateline.time.captions import caption_timexes
from dateline.time.component import TimeTagger
from tests.time.conftest import SYNTAX

BODY = "Israeli forces struck Rafah overnight, residents said. Talks resume in Cairo on Monday."


def _article(*furniture: tuple[str, str], body: str = BODY) -> CleanArticle:
    return CleanArticle(body, ((0, len(body)),), tuple(Furniture(kind, text) for kind, text in furniture))


CASES = [
    # (caption, published, expected (text, value) pairs)
    ("Smoke rises over Rafah on August 18, 2024. Image Credit: AFP", "2024-08-20",
     [("August 18, 2024", "2024-08-18")]),
    # a caption's present is its picture's scene: a bare weekday or day is on or before publication
    ("Mourners carry a body in Khan Younis on Friday. REUTERS/Jane Roe", "2024-08-20", [("Friday", "2024-08-16")]),
    ("Displaced families shelter in a school in Gaza City, Aug. 14. (AP Photo/John Doe)", "2024-08-20",
     [("Aug. 14", "2024-08-14")]),
    # an explicit future keeps it ahead
    ("Trucks wait at the crossing, which will reopen on Friday. (AP Photo/John Doe)", "2024-08-20",
     [("Friday", "2024-08-23")]),
    ("A woman walks past a poster ahead of Sunday's vote. Photo: EPA", "2024-08-20", [("Sunday", "2024-08-25")]),
    ("Gazans flee Khan Yunis. Image Credit: AFP", "2024-08-20", []),
    # the future marks only the date it governs, a few words on in its clause
    ("Blinken arrives in Tel Aviv on Sunday ahead of talks. Photo: Reuters", "2024-08-22", [("Sunday", "2024-08-18")]),
    ('A banner reads "We will return" at a rally on Friday. Photo: EPA', "2024-08-22", [("Friday", "2024-08-16")]),
    ("Families who will be moved again wait at the crossing on Tuesday. REUTERS/Jane Roe", "2024-08-22",
     [("Tuesday", "2024-08-20")]),
    ("Smoke rises over Gaza on Friday. Photo: Will Roe", "2024-08-22", [("Friday", "2024-08-16")]),
    ("The envoy is due to arrive in Cairo on Monday. Photo: AFP", "2024-08-22", [("Monday", "2024-08-26")]),
]


@pytest.mark.parametrize(("caption", "published", "expected"), CASES)
def test_caption_timexes(caption: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = list(caption_timexes(_article(("image_slug", "gaza-123"), ("caption", caption)), published))
    assert [(t.text, t.value) for t in found] == expected
    for t in found:
        assert t.offsets_in == "furniture:1" and caption[t.start:t.end] == t.text


@pytest.mark.parametrize(("caption", "expected"), [
    ("Smoke billows over Khan Younis 3 days ago, in this handout picture. Image Credit: AFP",
     [("3 days ago", "2024-08-17")]),
    ("Smoke rises over Rafah two days ago. Photo: Reuters", [("two days ago", "2024-08-18")]),
    ("The same square a year ago", [("a year ago", "2023")]),
])
def test_a_caption_own_ago_is_kept(caption: str, expected: list[tuple[str, str]]) -> None:
    found = caption_timexes(_article(("image_slug", "gaza-123"), ("caption", caption)), "2024-08-20")
    assert [(t.text, t.value) for t in found] == expected


@pytest.mark.parametrize("kind", ["promo", "related_links", "byline", "share", "image_slug", "credit"])
def test_other_furniture_is_not_read(kind: str) -> None:
    article = _article((kind, "Also read: Gaza talks resume on August 15, 2024"))
    assert list(caption_timexes(article, "2024-08-20")) == []


def test_no_article_no_caption_timexes() -> None:
    assert list(caption_timexes(None, "2024-08-20")) == []


def test_component_appends_caption_timexes_after_the_body(nlp: Any) -> None:
    """Through the real component: body timexes keep ``offsets_in`` None; captions' follow."""
    article = _article(("promo", "Read more: the May 2 story"), ("caption", "Residents inspect a house on Sunday. AFP"))
    doc = nlp.make_doc(BODY)
    doc._.published, doc._.article = "2024-08-20", article
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in SYNTAX]):
        doc = nlp(doc)
    got = [(t.text, t.value, t.offsets_in) for t in TimeTagger()(doc)._.timexes]
    assert got[-2:] == [("Monday", "2024-08-26", None), ("Sunday", "2024-08-18", "furniture:1")]
    assert all(where is None for _, _, where in got[:-1])


#: a caption whose dates' offsets fall on body words ("struck", "Monday") that would take them
TRAP = "A strike on Rafah on June 5, 2024 left this crater. On July 9, 2023, talks went on. REUTERS/J. Roe"


def test_events_and_quotes_do_not_take_caption_dates(pipeline: Any) -> None:
    body = ("Israeli forces struck Rafah, killing 12 people, residents said. "
            "\"We will keep negotiating,\" Egypt's foreign minister said.")
    record = pipeline.process(CleanArticle(body, ((0, len(body)),), (Furniture("caption", TRAP),),
                                           published=Published("2024-08-20")))
    captions = [t for t in record.timexes if t.offsets_in == "furniture:0"]
    assert {t.value for t in captions} == {"2024-06-05", "2023-07-09"}
    for t in captions:  # the offsets overlap body words, yet nothing of the body takes the dates
        assert t.end <= len(body) and TRAP[t.start:t.end] == t.text
    assert not {e.date for e in record.events} & {"2024-06-05", "2023-07-09"}
    assert not {q.date for q in record.quotes} & {"2024-06-05", "2023-07-09"}


def test_example_caption_date(pipeline: Any, example_text: str, example_gold: dict[str, Any]) -> None:
    """The example article's caption carries "August 18, 2024" (a gold time expression)."""
    record = pipeline.process(example_text)
    furniture = {f"furniture:{i}": f for i, f in enumerate(record.furniture)}
    hits: list[Timex] = [t for t in record.timexes if t.text == "August 18, 2024"]
    assert hits and hits[0].value == "2024-08-18"
    where = furniture[hits[0].offsets_in or ""]
    assert where.kind == "caption" and where.text[hits[0].start:hits[0].end] == "August 18, 2024"
    body = [t for t in record.timexes if t.offsets_in is None]
    assert all(record.body[t.start:t.end] == t.text for t in body)
