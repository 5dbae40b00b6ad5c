"""A name used as a town's ("a Lebanon woman", "the Jordan resident") is not the country when the
article backs the town (another name in the town's state, no name in the country), and a paper
named like a country is a town paper when its text uses the name so; a national side ("Brazil
women") or a headline ("Jordan man held in Amman") keeps the country (our own sentences)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import resolve_spans
from dateline.places.cues import local_use
from dateline.places.publisher import publisher
from tests.places.spans import spans as _spans

USES = [
    ("A Lebanon woman was charged with theft.", "Lebanon", True),
    ("The Jordan boys basketball team won again.", "Jordan", True),
    ("The Malta Police Department closed the road.", "Malta", True),
    ("The Peru School District cut two buses.", "Peru", True),
    ("Three Mexico residents were hurt in the crash.", "Mexico", True),
    ("Talks between Lebanon and Israel stalled.", "Lebanon", False),
    ("Jordan's king met the envoy in Amman.", "Jordan", False),
    ("The Mexico team lost the final.", "Mexico", False),
    ("The Mexico police found the bodies.", "Mexico", False),
    ("The Jamaica women's team won the final.", "Jamaica", False),  # a national side
    ("Two Jamaica men were arrested in Queens.", "Jamaica", False),  # as often a national side
    ("Brazil women beat Spain in the final.", "Brazil", False),
    ("Poland men took the volleyball title.", "Poland", False),
    ("The Japan girls' team won bronze.", "Japan", False),
    ("The Jordan man is a manager.", "Jordan", True),
    ("Jordan manufacturing grew.", "Jordan", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), USES)
def test_local_use(text: str, name: str, expected: bool) -> None:
    assert local_use(text, text.index(name) + len(name)) is expected


TOWNS = [
    # used as a town's, and another name lies in a state of the name's towns: a town (or a
    # state), wherever the name is repeated in the text
    ("A Lebanon woman was charged with theft, Ohio police said. Lebanon officers found the car.",
     ["Lebanon", "Ohio", "Lebanon"]),
    ("The Jordan boys basketball team beat Shakopee. Jordan travels next week.",
     ["Jordan", "Shakopee", "Jordan"]),
    ("Three Mexico residents were hurt on the highway near Mexico, Missouri.",
     ["Mexico", "Mexico", "Missouri"]),
]


@pytest.mark.parametrize(("text", "phrases"), TOWNS)
def test_a_town_use_is_no_country(text: str, phrases: list[str]) -> None:
    for place in resolve_spans(text, _spans(text, phrases), gazetteer.load()):
        assert place.lat is not None and place.feature not in gazetteer.COUNTRY_FEATURES, place


COUNTRIES = [  # no town use: the country, as before
    ("Aid convoys crossed from Jordan into Syria.", ["Jordan", "Syria"]),
    ("A Lebanese woman was hurt in the strike on southern Lebanon.", ["Lebanon"]),
    ("U.S. residents were told to leave.", ["U.S."]),  # "U.S." is not the French village "Us"
    ("US residents were told to leave.", ["US"]),
    ("UK residents face higher energy bills.", ["UK"]),  # nor "Uk" in Siberia
    # a town use with nothing else backing the town: a country's name is the country
    ("A Lebanon woman was charged with theft.", ["Lebanon"]),
]


@pytest.mark.parametrize(("text", "phrases"), COUNTRIES)
def test_without_a_town_use_the_country_stays(text: str, phrases: list[str]) -> None:
    place = resolve_spans(text, _spans(text, phrases), gazetteer.load())[0]
    assert place.feature in gazetteer.COUNTRY_FEATURES, place


NATIONAL = [
    # national sides: "women", "men" are no town's people
    ("Brazil women beat Spain 3-1 on Friday. Brazil now meet France in the final.",
     ["Brazil", "Spain", "Brazil", "France"]),
    ("Poland men won the volleyball title. Poland had lost the opening game.", ["Poland", "Poland"]),
    ("Norway women defeated Denmark 30-25; Denmark women took silver.",
     ["Norway", "Denmark", "Denmark"]),
    ("Peru women reached the semifinal in Lima.", ["Peru", "Lima"]),
    # a town use, but another name lies in the country: the country
    ("A Jordan man was arrested in Amman on Sunday. Jordan has condemned the plot.",
     ["Jordan", "Amman", "Jordan"]),
    ("A Cuba couple was detained in Havana. Cuba denied holding them.", ["Cuba", "Havana", "Cuba"]),
    ("Thousands of south Lebanon residents fled as shells fell near Tyre. Lebanon condemned it.",
     ["Lebanon", "Tyre", "Lebanon"]),
    ("Two Jordan residents crossed into Iraq from Jordan near Ruwaished.",
     ["Jordan", "Iraq", "Jordan", "Ruwaished"]),
]


@pytest.mark.parametrize(("text", "phrases"), NATIONAL)
def test_a_country_name_stays_a_country(text: str, phrases: list[str]) -> None:
    gaz = gazetteer.load()
    places = resolve_spans(text, _spans(text, phrases), gaz)
    for place, phrase in zip(places, phrases, strict=True):
        named = [e for e in gaz.lookup(phrase) if e.feature in gazetteer.COUNTRY_FEATURES]
        if named:  # every country named is the country, and every town in it
            assert place.feature in gazetteer.COUNTRY_FEATURES, place
        else:
            assert place.country not in ("US", None), place


PAPERS = [
    # a paper named like a country: its text's town use draws the town in North America
    ("The Jordan resident was flown to a hospital.", ["Jordan"],
     "https://www.jordanweeklynews.com/a/1", "US"),
    ("The Lebanon girls team won at home.", ["Lebanon"], "lebanonreporter.com", "US"),
    # no town use: the country, even in a paper named after it
    ("Refugees in Jordan waited for aid.", ["Jordan"], "https://www.jordanweeklynews.com/a/2", "JO"),
    # a town use, but another name or the domain lies in the country: the country
    ("A Jordan man was held in Amman.", ["Jordan", "Amman"], "https://www.jordanweeklynews.com/a/3",
     "JO"),
    ("A Jordan man was held on Sunday.", ["Jordan"], "https://www.jordanweeklynews.jo/a/4", "JO"),
]


@pytest.mark.parametrize(("text", "phrases", "url", "country"), PAPERS)
def test_paper_named_like_a_country(text: str, phrases: list[str], url: str, country: str) -> None:
    gaz = gazetteer.load()
    place = resolve_spans(text, _spans(text, phrases), gaz, publisher=publisher(gaz, url))[0]
    assert place.country == country, place
