"""Names the tagger takes for a person or an organisation (or leaves untagged) that stand where
a place stands ("advanced on Kurakhove", "settlers attacked Huwara", "in Sheikh Jarrah"): read as
the strong town of the gazetteer they name, unless the text makes them a person's. Sentences of
our own, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline import gazetteer
from dateline.gazetteer.geo import distance_km
from dateline.places.standing import known_person, standing, strong_entry


@pytest.mark.parametrize(("text", "name", "near"), [
    ("Russian forces advanced on Kurakhove on Monday.", "Kurakhove", (47.98, 37.28)),
    ("Ukrainian troops pushed into Sudzha last week.", "Sudzha", (51.19, 35.27)),
    ("Settlers rampaged in Huwara overnight, residents said.", "Huwara", (32.15, 35.26)),
    ("Survivors recalled the attack on Be'eri in October.", "Be'eri", (31.42, 34.49)),
    ("Protesters gathered against evictions in Sheikh Jarrah.", "Sheikh Jarrah", (31.79, 35.23)),
    ("The offensive on Avdiivka began in October.", "Avdiivka", (48.14, 37.75)),  # alternate name
    ("Fighters stormed the village of Krasnohorivka at dawn.", "Krasnohorivka", (48.00, 37.51)),
    ("Settlers attacked Huwara overnight, residents said.", "Huwara", (32.15, 35.26)),  # our tables' town
    ("Troops again attacked Huwara.", "Huwara", (32.15, 35.26)),  # armed attackers
    ("Settlers stormed Huwara on Sunday.", "Huwara", (32.15, 35.26)),  # a verb of force
])
def test_name_standing_as_a_place(nlp: Language, text: str, name: str,
                                  near: tuple[float, float]) -> None:
    place = {p.text: p for p in nlp(text)._.places}.get(name)
    assert place is not None and place.lat is not None and place.lon is not None, nlp(text)._.places
    assert distance_km(place.lat, place.lon, *near) < 10


@pytest.mark.parametrize(("text", "name"), [
    ("Trump attacked Harris on Tuesday.", "Harris"),  # a person attacked in words
    ("Critics attacked Manara over the plan.", "Manara"),  # our tables' village, attacked in words
    ("Critics attacked Lincoln, who defended the plan.", "Lincoln"),  # ", who"
    ("Police said Huwara told them nothing.", "Huwara"),  # no place's position
    ("Sheikh Hasina left Dhaka in August.", "Hasina"),
    ("The ruling came from Sheikh Mohammed on Sunday.", "Sheikh Mohammed"),
])
def test_person_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert name not in {p.text for p in nlp(text)._.places}, nlp(text)._.places


@pytest.mark.parametrize(("text", "name", "person"), [
    ("Later Huwara said the talks had failed.", "Huwara", True),  # a say-verb's subject
    ("Troops entered Huwara, 30, on Friday.", "Huwara", True),  # an age after it
    ("Troops entered Mr. Huwara's house.", "Huwara", True),  # an honorific before it
    ("Troops entered Huwara on Friday.", "Huwara", False),
    ("Brazil won independence from Portugal and Pedro I became emperor.", "Pedro", True),
])
def test_known_person(text: str, name: str, person: bool) -> None:
    start = text.index(name)
    assert known_person(text, start, start + len(name)) is person


@pytest.mark.parametrize(("text", "name", "found"), [
    ("Settlers attacked Huwara overnight.", "Huwara", "Huwara"),
    ("Families fled back to Huwara overnight.", "Huwara", "Huwara"),  # a movement's "to"
    ("She wrote to Huwara overnight.", "Huwara", None),  # a bare "to" is no place's cue
    ("Clashes broke out in Sheikh Jarrah.", "Jarrah", "Sheikh Jarrah"),  # grown back over "Sheikh"
    ("Jarrah, a striker, scored.", "Jarrah", None),  # no place's position
    ("The news came from Smallville today.", "Smallville", None),  # no strong entry
])
def test_standing(text: str, name: str, found: str | None) -> None:
    start = text.index(name)
    span = standing(text, start, start + len(name), gazetteer.load())
    assert (text[span[0]:span[1]] if span else None) == found


def test_strong_entry_needs_size_or_our_tables() -> None:
    gaz = gazetteer.load()
    assert strong_entry(gaz, "Kurakhove") is not None  # 18,000 people
    assert strong_entry(gaz, "Nir Oz") is not None  # a kibbutz of our tables
    assert strong_entry(gaz, "Israel") is None  # a country: other rules read it


@pytest.mark.parametrize(("text", "found"), [
    ("Russian troops advanced on Kurakhove and Selydove.", ["Kurakhove"]),  # strong cue first only
    ("Settlers torched the village of Huwara Monday.", ["Huwara"]),  # the longest leading name
    ("Critics attacked Lincoln, who defended the plan.", []),  # a person's
    ("Voters in Kurakhove backed him.", []),  # a preposition alone is untagged_towns' cue
])
def test_untagged_standing(nlp: Language, text: str, found: list[str]) -> None:
    from dateline.places.standing import untagged_standing

    doc = nlp.make_doc(text)  # no entities: every name is untagged
    assert [text[s:e] for s, e in untagged_standing(doc, gazetteer.load(), text)] == found


@pytest.mark.parametrize(("text", "name"), [
    ("He refused to trade the occupied Arab lands for peace.", "Arab"),  # a people's adjective
])
def test_adjective_is_no_place(nlp: Language, text: str, name: str) -> None:
    assert name not in {p.text for p in nlp(text)._.places}, nlp(text)._.places


def test_a_known_person_by_the_actors_is_no_place(nlp: Language) -> None:
    # the actors link "Obama" to a person known by a fuller name; a town of Japan bears it
    text = "Critics said many things about Obama, from Obama being a founder of the group to worse."
    assert "Obama" not in {p.text for p in nlp(text)._.places}, nlp(text)._.places


@pytest.mark.parametrize(("text", "name", "near"), [
    ("Israeli forces raided homes in Tulkarm and Qalqilya on Wednesday.", "Qalqilya", (32.19, 34.97)),  # listed
    ("The battle for Bakhmut lasted months.", "Bakhmut", (48.59, 37.99)),
])
def test_listed_or_fought_for(nlp: Language, text: str, name: str, near: tuple[float, float]) -> None:
    place = {p.text: p for p in nlp(text)._.places}.get(name)
    assert place is not None and place.lat is not None and place.lon is not None, nlp(text)._.places
    assert distance_km(place.lat, place.lon, *near) < 10
