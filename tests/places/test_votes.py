"""How the other names vote for a town's readings: states, alternate names, metropolises and
possessives (our own sentences; no spaCy)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import resolve_spans
from tests.places.spans import spans as _spans

ALTERNATE = [  # a town reached only by an alternate name takes half its state's vote
    ("Researchers in San Diego and at the Children's Hospital of Pittsburgh published the study.",
     ["San Diego", "Pittsburgh"], "Pittsburgh", "PA"),
    ("A doctor in Los Angeles said a colleague in Pittsburgh agreed.",
     ["Los Angeles", "Pittsburgh"], "Pittsburgh", "PA"),
    # the state's vote still counts for towns by their own names
    ("Lawmakers in Springfield passed the budget, the governor of Illinois said.",
     ["Springfield", "Illinois"], "Springfield", "IL"),
]


@pytest.mark.parametrize(("text", "phrases", "target", "state"), ALTERNATE)
def test_alternate_names_take_half_the_state_vote(text: str, phrases: list[str], target: str,
                                                  state: str) -> None:
    gaz = gazetteer.load()
    place = resolve_spans(text, _spans(text, phrases), gaz)[phrases.index(target)]
    assert place.country == "US" and place.name is not None, place
    hits = [e for e in gaz.lookup(place.name) if (e.lat, e.lon) == (place.lat, place.lon)]
    assert any(e.admin1 == state for e in hits), place


METRO = [  # a metropolis's state is weak evidence for a small namesake in that state ...
    ("He grew up in Springfield before moving to New York City.", ["Springfield", "New York City"],
     "Springfield", "NY", False),
    # ... but still tips namesakes of a size (Springfield, Illinois over Missouri's)
    ("She taught in Springfield and later retired to Chicago.", ["Springfield", "Chicago"],
     "Springfield", "IL", True),
]


@pytest.mark.parametrize(("text", "phrases", "target", "state", "inside"), METRO)
def test_a_metropolis_votes_less_for_its_state(text: str, phrases: list[str], target: str,
                                               state: str, inside: bool) -> None:
    gaz = gazetteer.load()
    place = resolve_spans(text, _spans(text, phrases), gaz)[phrases.index(target)]
    assert place.country == "US" and place.name is not None, place
    hits = [e for e in gaz.lookup(place.name) if (e.lat, e.lon) == (place.lat, place.lon)]
    assert any(e.admin1 == state for e in hits) is inside, place


POSSESSED = [  # the place a possessive names places its possessor
    ("A family from Georgetown, Ky., saw the attack on Paris's Champs-Elysees on Thursday.",
     ["Georgetown", "Ky.", "Paris", "Champs-Elysees"], "Paris", "FR"),
    ("The Lexington, Ky., council met in Paris's city hall.", ["Lexington", "Ky.", "Paris"],
     "Paris", "US"),
    # and so does a place named "in" it
    ("A family from Georgetown, Ky., saw the attack on the Champs-Elysees in Paris on Thursday.",
     ["Georgetown", "Ky.", "Champs-Elysees", "Paris"], "Paris", "FR"),
    ("Fans of Peru in Chicago cheered the win.", ["Peru", "Chicago"], "Peru", "PE"),
    ("The embassy of Jordan in Washington issued a statement.", ["Jordan", "Washington"],
     "Washington", "US"),
]


@pytest.mark.parametrize(("text", "phrases", "target", "country"), POSSESSED)
def test_the_possessed_place_places_its_possessor(text: str, phrases: list[str], target: str,
                                                  country: str) -> None:
    spans = _spans(text, phrases)
    gaz = gazetteer.load()
    place = resolve_spans(text, spans, gaz)[phrases.index(target)]
    assert place.country == country, place
    # the spans' order does not matter: the cues read them in text order
    backwards = resolve_spans(text, spans[::-1], gaz)[::-1]
    assert [p.country for p in backwards] == [p.country for p in resolve_spans(text, spans, gaz)]
