"""Warships stand for their country's navy or military (``actors.ships``): a navy's prefix (HMS,
USS, INS, HMCS, HMAS, FS ...) or a country's word before a ship noun ("the Russian cruiser
Moskva"). Sentences are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import actor, run

PUB = "2024-01-12"


@pytest.mark.parametrize(("text", "ship", "name", "actor_id", "country"), [
    ("HMS Diamond shot down a drone over the Red Sea.", "HMS Diamond", "HMS Diamond", "grp:gbr-navy", "GBR"),
    ("USS Carney downed three missiles on Tuesday.", "USS Carney", "USS Carney", "org:us-armed-forces", "USA"),
    ("Later the destroyer USS Mason was targeted.", "destroyer USS Mason", "USS Mason", "org:us-armed-forces", "USA"),
    ("The guided-missile destroyer USS Carney fired on the drones.", "guided-missile destroyer USS Carney",
     "USS Carney", "org:us-armed-forces", "USA"),
    ("INS Kolkata responded to the distress call from the tanker.", "INS Kolkata", "INS Kolkata",
     "org:indian-armed-forces", "IND"),
    ("HMCS Ottawa joined the patrol.", "HMCS Ottawa", "HMCS Ottawa", "grp:can-navy", "CAN"),
    ("HMAS Toowoomba sailed to the Gulf.", "HMAS Toowoomba", "HMAS Toowoomba", "grp:aus-navy", "AUS"),
    ("The frigate FS Languedoc downed two drones.", "frigate FS Languedoc", "FS Languedoc", "grp:fra-navy", "FRA"),
    ("The French carrier group led by FS Charles de Gaulle sailed east.", "FS Charles de Gaulle",
     "FS Charles de Gaulle", "grp:fra-navy", "FRA"),
    ("The Indonesian frigate KRI Bung Tomo docked in Jakarta.", "Indonesian frigate KRI Bung Tomo", "KRI Bung Tomo",
     "grp:idn-navy", "IDN"),
    ("HMS Prince of Wales sailed from Portsmouth.", "HMS Prince of Wales", "HMS Prince of Wales", "grp:gbr-navy",
     "GBR"),
    ("The Russian cruiser Moskva sank in April 2022.", "Russian cruiser Moskva", "Moskva",
     "org:russian-armed-forces", "RUS"),
    ("Russia's flagship Moskva sank after it was hit by two missiles.", "Russia's flagship Moskva", "Moskva",
     "org:russian-armed-forces", "RUS"),
])
def test_ship_is_its_navy(nlp, text: str, ship: str, name: str, actor_id: str,  # type: ignore[no-untyped-def]
                          country: str) -> None:
    actors, mentions = run(nlp, text, PUB)
    start = text.index(ship)
    for words in {ship, name}:  # the phrase, and the name the events take as a source
        at = text.index(words, start)
        assert [m.actor for m in mentions if m.start == at and m.text == words] == [actor_id], \
            [(m.text, m.actor) for m in mentions]
    assert actor(actors, actor_id).country == country
    assert not [a for a in actors if a.type == "person"]  # "USS Carney" is no person
    name_start = start + len(ship) - len(ship.split()[-1])
    assert not [m for m in mentions if m.start >= name_start and m.actor != actor_id and m.start < start + len(ship)]


@pytest.mark.parametrize(("text", "word"), [
    ("The INS agents arrested him at the border.", "INS"),  # no name after the prefix
    ("A Chinese submarine was spotted near the island.", "submarine"),  # no name after the noun
])
def test_no_ship(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, text, PUB)
    assert not [a for a in actors if a.id.endswith("-navy") or a.id.endswith("armed-forces")]


@pytest.mark.parametrize(("text", "person"), [
    ("KRI President Nechirvan Barzani met the Iraqi prime minister in Baghdad on Sunday.", "per:nechirvan-barzani"),
    ("KRI Prime Minister Masrour Barzani said the salaries would be paid.", "per:masrour-barzani"),
    ("FGS President Hassan Sheikh Mohamud said the troops would stay.", "per:hassan-sheikh-mohamud"),
    ("Former INS Commissioner Doris Meissner said the policy had failed.", "per:doris-meissner"),
])
def test_prefix_before_a_title_is_no_ship(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text, PUB)
    assert not [a for a in actors if a.id.endswith("-navy")], [(m.text, m.actor) for m in mentions]
    assert person in {a.id for a in actors}


@pytest.mark.parametrize("text", [
    "FS Vikram Misri briefed reporters in New Delhi on Monday.",  # a Foreign Secretary
    "Police registered a case under BNS Section 103 in Delhi.",  # the penal code
    "The JS Wing of the party met on Friday.",
])
def test_ambiguous_prefix_needs_naval_words(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text, PUB)
    assert not [a for a in actors if a.id.endswith("-navy")], [(m.text, m.actor) for m in mentions]


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A British frigate shadowed a Russian submarine Norway said had entered its waters.", "Norway", "cty:NOR"),
    ("A Chinese warship Taiwan had been tracking for days entered the strait.", "Taiwan", "cty:TWN"),
    ("Russia's flagship Aeroflot said it would resume flights to Dubai.", "Aeroflot", "org:aeroflot"),
])
def test_country_ship_noun_leaves_the_next_name(nlp, text: str, word: str,  # type: ignore[no-untyped-def]
                                                expected: str) -> None:
    actors, mentions = run(nlp, text, PUB)
    assert [m.actor for m in mentions if m.text == word] == [expected], [(m.text, m.actor) for m in mentions]
    assert not [a for a in actors if a.id.endswith("-navy") or a.id.endswith("armed-forces")]


def test_city_of_a_ship_name_stays_out_of_the_navy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("INS Kolkata escorted two tankers through the strait. In Kolkata, protesters marched on Sunday. "
            "Police in Kolkata said 40 people were detained.")
    _, mentions = run(nlp, text, PUB)
    assert [m.text for m in mentions if m.actor == "org:indian-armed-forces"] == ["INS Kolkata"]


def test_named_navy_is_the_ships_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "HMS Diamond shot down a drone over the Red Sea. The Royal Navy said the ship was not damaged."
    _, mentions = run(nlp, text, PUB)
    navy = {m.actor for m in mentions if m.text in ("HMS Diamond", "Royal Navy")}
    assert len(navy) == 1, [(m.text, m.actor) for m in mentions]
