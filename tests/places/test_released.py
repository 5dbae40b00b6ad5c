"""A town the tagger took for a person and the places read as the town ("settlers rampaged in
Huwara", PERSON) is no person actor after the pipeline: the places component takes the person
back from ``doc._.actors``/``doc._.mentions`` (``claims.released``), so events cannot make the
town a source or target. A person the text makes one keeps the actor. Sentences of our own,
through the whole pipeline (``pipeline`` fixture) and through ``released`` alone."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Actor, Mention, Place
from dateline.pipeline import Pipeline
from dateline.places.claims import released


@pytest.mark.parametrize(("text", "name"), [
    ("Israeli settlers rampaged in Huwara on Sunday night, torching cars.", "Huwara"),
    ("The siege of Avdiivka ended in February, officials said.", "Avdiivka"),
    ("Evictions in Sheikh Jarrah drew protests on Friday.", "Sheikh Jarrah"),
    ("Settlers attacked Huwara overnight, residents said.", "Huwara"),
])
def test_town_read_as_a_place_is_no_person(pipeline: Pipeline, text: str, name: str) -> None:
    record = pipeline.process(text)
    assert name in {p.text for p in record.places}, record.places
    assert not [a for a in record.actors if a.id.startswith("per:")], record.actors
    assert not [m for m in record.mentions if m.actor.startswith("per:")], record.mentions
    assert not [e for e in record.events if any(a.startswith("per:") for a in (*e.sources, *e.targets))]


@pytest.mark.parametrize(("text", "actor"), [
    ("Republicans attacked Cheney for her vote on Tuesday.", "per:cheney"),
    ("Ahmed Huwara, 45, said he had lost his shop.", "per:ahmed-huwara"),
    ("Later Huwara said the talks had failed.", "per:huwara"),
])
def test_person_stays_an_actor(pipeline: Pipeline, text: str, actor: str) -> None:
    record = pipeline.process(text)
    assert actor in {a.id for a in record.actors}, record.actors
    assert actor in {m.actor for m in record.mentions}


def _doc(nlp: Language, text: str, mentions: list[Mention], actors: list[Actor]) -> Doc:
    doc = nlp.make_doc(text)
    doc._.mentions, doc._.actors = mentions, actors
    return doc


def test_released_takes_the_person_with_its_pronouns(nlp: Language) -> None:
    text = "Settlers rampaged in Huwara. Huwara and his friends left."
    per = Actor("per:huwara", "Huwara", "person")
    grp = Actor("grp:settlers", "Settlers", "group")
    mentions = [Mention(0, 8, "Settlers", grp.id), Mention(21, 27, "Huwara", per.id),
                Mention(29, 35, "Huwara", per.id), Mention(40, 43, "his", per.id)]
    place = Place(21, 27, "Huwara", "Huwara", "PS", 32.15, 35.26, confidence=0.4)
    kept = released(_doc(nlp, text, mentions, [per, grp]), [place])
    assert kept == ([grp], [mentions[0]])


@pytest.mark.parametrize(("mention", "actor", "place"), [
    (Mention(0, 10, "Mr. Huwara", "per:huwara"), "per:huwara", (4, 10)),  # the place within the name
    (Mention(4, 10, "Huwara", "per:ahmed-huwara"), "per:ahmed-huwara", (4, 10)),  # known by a fuller name
    (Mention(4, 10, "Huwara", "org:huwara"), "org:huwara", (4, 10)),  # no person
    (Mention(4, 10, "Huwara", "per:huwara"), "per:huwara", (0, 4)),  # another span
])
def test_released_leaves_other_actors(nlp: Language, mention: Mention, actor: str,
                                      place: tuple[int, int]) -> None:
    text = "Mr. Huwara spoke."
    doc = _doc(nlp, text, [mention], [Actor(actor, "Huwara", "person")])
    assert released(doc, [Place(*place, text[slice(*place)], "Huwara")]) is None


@pytest.mark.parametrize("text", [
    "Mr. Huwara said the car was his.",
    "Dr. Beita treated the wounded on Sunday.",
])
def test_an_honorific_makes_a_person_tagged_name_no_place(pipeline: Pipeline, text: str) -> None:
    record = pipeline.process(text)
    assert not record.places, record.places
    assert [a for a in record.actors if a.id.startswith("per:")], record.actors
