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
    ("INS Kolkata responded to the distress call.", "INS Kolkata", "INS Kolkata", "grp:ind-navy", "IND"),
    ("HMCS Ottawa joined the patrol.", "HMCS Ottawa", "HMCS Ottawa", "grp:can-navy", "CAN"),
    ("HMAS Toowoomba sailed to the Gulf.", "HMAS Toowoomba", "HMAS Toowoomba", "grp:aus-navy", "AUS"),
    ("The frigate FS Languedoc downed two drones.", "frigate FS Languedoc", "FS Languedoc", "grp:fra-navy", "FRA"),
    ("HMS Prince of Wales sailed from Portsmouth.", "HMS Prince of Wales", "HMS Prince of Wales", "grp:gbr-navy",
     "GBR"),
    ("The Russian cruiser Moskva sank in April 2022.", "Russian cruiser Moskva", "Moskva",
     "org:russian-armed-forces", "RUS"),
    ("Russia's flagship Moskva was hit by two missiles.", "Russia's flagship Moskva", "Moskva",
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
