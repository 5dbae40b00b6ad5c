"""A country's name that the places read as another country's state ("Zorbleton, Georgia ...
firefighters from Macon and Savannah": the US state) is no mention of the country actor after
the pipeline (``claims.released``): one reading per mention, the places'. Where the places read
the country, or read the state within the actor's own country, the actor keeps the mention.
Sentences of our own."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Actor, Mention, Place
from dateline.pipeline import Pipeline
from dateline.places.claims import released

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


def _doc(nlp: Language, text: str, mentions: list[Mention], actors: list[Actor]) -> Doc:
    doc = nlp.make_doc(text)
    doc._.mentions, doc._.actors = mentions, actors
    return doc


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
