"""The public record: JSON shape of DESIGN.md and lossless round trips."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from dateline.model import (
    SCHEMA_VERSION,
    Actor,
    ArticleRecord,
    Dateline,
    Event,
    Furniture,
    Mention,
    Place,
    Proposal,
    Published,
    Quote,
    Stance,
    Timex,
    article_id,
    event_id,
)

PUBLIC_KEYS = {
    "schema_version", "id", "url", "source", "title", "published", "dateline", "body", "paragraphs",
    "furniture", "actors", "mentions", "timexes", "places", "quotes", "events", "proposals", "stances",
}


def sample() -> ArticleRecord:
    body = "Blinken arrived in Israel on Sunday.\n\nHe met Netanyahu."
    return ArticleRecord(
        id="abc", body=body, paragraphs=((0, 36), (38, 55)), url="https://example.org/a",
        source="Example Wire", title="Talks", published=Published("2024-08-18", "metadata"),
        dateline=Dateline(place="JERUSALEM", agency="Reuters", text="JERUSALEM (Reuters) - "),
        furniture=(Furniture("caption", "Blinken lands. Image Credit: AFP", "AFP"),),
        actors=(Actor("per:antony-blinken", "Antony Blinken", "person", "USA", "government",
                      ("US Secretary of State",)),),
        mentions=(Mention(0, 7, "Blinken", "per:antony-blinken"),),
        timexes=(Timex(29, 35, "Sunday", "DATE", "2024-08-18", None, "publication"),),
        places=(Place(19, 25, "Israel", "Israel", "IL", 31.5, 34.75, 294640, 0.9, "A.PCLI"),),
        quotes=(Quote(38, 55, "He met Netanyahu.", "indirect", "met", ("per:antony-blinken",),
                      speaker_span=(38, 40)),),
        events=(Event("e1", "CONSULT", "arrived", (0, 36), "visit", ("per:antony-blinken",),
                      ("cty:ISR",), "2024-08-18", "text", "Israel", "happened", 0.8),),
        proposals=(Proposal("framework proposal", ("per:joe-biden",), terms=("six weeks",)),),
        stances=(Stance("cty:ISR", "ceasefire deal", (0, 10), "optimistic"),),
    )


def test_json_has_the_public_fields_and_version() -> None:
    data = sample().to_json()
    assert set(data) >= PUBLIC_KEYS
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["published"] == {"date": "2024-08-18", "evidence": "metadata"}
    assert data["paragraphs"] == [[0, 36], [38, 55]]
    assert data["events"][0]["evidence"] == [0, 36]
    assert data["quotes"][0]["speakers"] == ["per:antony-blinken"]


def test_json_round_trip_is_lossless() -> None:
    record = sample()
    again = ArticleRecord.from_json(json.loads(json.dumps(record.to_json())))
    assert again == record


def test_unknown_keys_are_ignored_for_forward_compatibility() -> None:
    data = sample().to_json()
    data["added_in_a_later_version"] = 1
    data["actors"][0]["wikidata"] = "Q1"
    assert ArticleRecord.from_json(data) == sample()


@given(body=st.text(min_size=1, max_size=200), title=st.none() | st.text(max_size=40))
def test_round_trip_any_text(body: str, title: str | None) -> None:
    record = ArticleRecord(id="x", body=body, paragraphs=((0, len(body)),), title=title)
    assert ArticleRecord.from_json(json.loads(json.dumps(record.to_json()))) == record


def test_article_id_ignores_whitespace_but_not_content_or_url() -> None:
    a = article_id("Hamas  rejected\nthe plan.", "a.txt")
    assert a == article_id("Hamas rejected the plan. ", "a.txt")
    assert a != article_id("Hamas accepted the plan.", "a.txt")
    assert a != article_id("Hamas rejected the plan.", "b.txt")


def test_event_id_depends_on_its_key() -> None:
    base = event_id("a", "ACCUSE", ("x",), ("y",), (0, 5))
    assert base == event_id("a", "ACCUSE", ("x",), ("y",), (0, 5))
    assert base != event_id("a", "ACCUSE", ("y",), ("x",), (0, 5))
