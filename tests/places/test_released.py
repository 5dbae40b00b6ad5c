"""A town the tagger took for a person and the places read as the town ("settlers rampaged in
Huwara", PERSON) is no person actor after the pipeline: the places component takes the person
back from ``doc._.actors``/``doc._.mentions`` (``claims.released``), so events cannot make the
town a source or target. A person the text makes one keeps the actor. So with a country's name
that the places read as a US state ("Zorbleton, Georgia ... firefighters from Macon and
Savannah"): no mention of the country actor; where the places read the country, or a state of
the actor's own country, the actor keeps the mention. Sentences of our own, through the whole
pipeline (``pipeline`` fixture) and through ``released`` alone."""

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


# -- a country read as a US state
_ZORBLETON = ("A fire destroyed a warehouse in Zorbleton, Georgia, on Monday. Firefighters from Macon "
              "and Savannah fought the blaze for hours.")


def test_state_read_by_the_places_is_no_country_actor(pipeline: Pipeline) -> None:
    record = pipeline.process(_ZORBLETON)
    georgia = [p for p in record.places if p.text == "Georgia"]
    assert georgia and (georgia[0].country, georgia[0].feature) == ("US", "ADM1")
    assert not [m for m in record.mentions if m.actor == "cty:GEO"], record.mentions
    assert "cty:GEO" not in {a.id for a in record.actors}


def test_country_read_by_the_places_keeps_its_actor(pipeline: Pipeline) -> None:
    record = pipeline.process("Russian troops entered Georgia in 2008. Tbilisi protested.")
    assert ("Georgia", "GE") in {(p.text, p.country) for p in record.places}
    assert "Georgia" in {m.text for m in record.mentions if m.actor == "cty:GEO"}


def test_the_state_takes_only_its_own_mention(nlp: Language) -> None:
    """The country actor keeps its other mentions (the article names both)."""
    text = "Storms hit Georgia. Georgia's president flew to Brussels."
    geo = Actor("cty:GEO", "Georgia", "country", country="GEO")
    mentions = [Mention(11, 18, "Georgia", geo.id), Mention(20, 27, "Georgia", geo.id)]
    places = [Place(11, 18, "Georgia", "Georgia", "US", 32.9, -83.3, feature="ADM1"),
              Place(20, 27, "Georgia", "Georgia", "GE", 42.0, 43.5, feature="PCLI")]
    assert released(_doc(nlp, text, mentions, [geo]), places) == ([geo], [mentions[1]])


def test_a_state_of_the_actors_own_country_keeps_it(nlp: Language) -> None:
    """A state the actors give its own country ("Texas" as cty:USA) is no other country's."""
    text = "Texas sued over the rule."
    usa = Actor("cty:USA", "United States", "country", country="USA")
    doc = _doc(nlp, text, [Mention(0, 5, "Texas", usa.id)], [usa])
    assert released(doc, [Place(0, 5, "Texas", "Texas", "US", 31.3, -99.3, feature="ADM1")]) is None
