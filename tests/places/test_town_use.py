"""A country's name that is also a US town's: the country unless the article backs the town
(``dateline.places.town_use``). Our own sentences; pure functions, no spaCy."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.gazetteer import Entry
from dateline.places import resolve_spans
from dateline.places.mentions import Mention
from dateline.places.readings import Candidate, Weights, candidates, prior
from dateline.places.town_use import abroad, lone_namesake
from tests.places.spans import spans as _spans

COUNTRIES = [  # one city of the town's state is no reason for the town: the country
    ("Peru won the match in Chicago on Saturday.", ["Peru", "Chicago"], "Peru", "PE"),
    ("Fans of Peru packed a stadium in Chicago.", ["Peru", "Chicago"], "Peru", "PE"),
    ("Brazil played a friendly in Indianapolis, Indiana.", ["Brazil", "Indianapolis", "Indiana"],
     "Brazil", "BR"),
    ("Poland sent troops to the border, a spokesman in Columbus, Ohio, said.",
     ["Poland", "Columbus", "Ohio"], "Poland", "PL"),
    # ordinary conflict and diplomacy news with an American city in it
    ("Lebanon said Israeli jets struck Beirut, a State Department official in Columbus said.",
     ["Lebanon", "Beirut", "Columbus"], "Lebanon", "LB"),
    ("Jordan said Gaza needs aid, a UN official in Chicago said.", ["Jordan", "Gaza", "Chicago"],
     "Jordan", "JO"),
    ("Cuba released prisoners, exiles in Miami and Tampa said.", ["Cuba", "Miami", "Tampa"],
     "Cuba", "CU"),
    ("Mexico closed the border crossing near Houston.", ["Mexico", "Houston"], "Mexico", "MX"),
    ("Georgia accused Moscow of shelling villages near Tbilisi.", ["Georgia", "Moscow", "Tbilisi"],
     "Georgia", "GE"),
]

TOWNS = [  # a qualifier, a town use or a neighbouring town backs the town
    ("Police in Peru and Ottawa searched LaSalle County farms.",
     ["Peru", "Ottawa", "LaSalle County"], "Peru", "US"),
    ("The Peru City Council met in Peru, Ill., on Monday.", ["Peru", "Peru"], "Peru", "US"),
    ("A Peru man was arrested in Chicago.", ["Peru", "Chicago"], "Peru", "US"),
]


@pytest.mark.parametrize(("text", "phrases", "target", "country"), COUNTRIES + TOWNS)
def test_country_or_namesake_town(text: str, phrases: list[str], target: str, country: str) -> None:
    place = resolve_spans(text, _spans(text, phrases), gazetteer.load())[phrases.index(target)]
    assert place.country == country, place


_TOWN = Entry(1, "Peru", "US", "IL", 41.33, -89.13, "PPL", 10_000)
_NATION = Entry(2, "Peru", "PE", None, -10.0, -76.0, "PCLI", 32_000_000)
_STATE = Entry(3, "Illinois", "US", "IL", 40.0, -89.0, "ADM1", 12_000_000)
_OTHER = Entry(4, "Peru", "US", "IN", 40.75, -86.07, "PPL", 11_000)


def _mention(pairs: list[float], quals: list[Entry], town_use: bool = False,
             cands: tuple[Entry, ...] = (_TOWN, _NATION)) -> Mention:
    return Mention(0, 4, "Peru", [Candidate(e, "name") for e in cands], [4.0] * len(cands),
                   quals, "peru", pairs=pairs, town_use=town_use)


LONE = [
    (_mention([0.0, 0.0], []), 0, True),  # nothing backs the town
    (_mention([0.0, 0.0], []), 1, False),  # the country itself
    (_mention([0.5, 0.0], []), 0, False),  # another name near the town
    (_mention([0.0, 0.0], [_STATE]), 0, False),  # "Peru, Ill."
    (_mention([0.0, 0.0], [], town_use=True), 0, False),  # "a Peru man"
    (_mention([0.0, 0.0], [], cands=(_TOWN, _OTHER)), 0, False),  # no country of the name
]


@pytest.mark.parametrize(("mention", "i", "expected"), LONE)
def test_lone_namesake(mention: Mention, i: int, expected: bool) -> None:
    assert lone_namesake(mention, i) is expected


ABROAD = [
    # a nearby town alone does not make a country's name a town in news from abroad
    ("Protesters in Harrisburg condemned Israel's strikes on Lebanon.",
     ["Harrisburg", "Israel", "Lebanon"], "Lebanon", "LB"),
    ("Students in Cincinnati rallied against the war in Lebanon.", ["Cincinnati", "Lebanon"],
     "Lebanon", "LB"),
    # the town where the text uses the name as a town's, qualifies it, or names no country abroad
    ("A Lebanon woman was hurt in a crash near Harrisburg; Israel was not involved.",
     ["Lebanon", "Harrisburg", "Israel"], "Lebanon", "US"),
    ("Voters in Lebanon, Pa., and Harrisburg backed the bond; Israel's consul watched.",
     ["Lebanon", "Pa.", "Harrisburg", "Israel"], "Lebanon", "US"),
    ("Firefighters from Lebanon and Myerstown fought the barn fire overnight.",
     ["Lebanon", "Myerstown"], "Lebanon", "US"),
]


@pytest.mark.parametrize(("text", "phrases", "target", "country"), ABROAD)
def test_news_from_abroad_keeps_the_country(text: str, phrases: list[str], target: str,
                                            country: str) -> None:
    places = resolve_spans(text, _spans(text, phrases), gazetteer.load())
    assert all(p.country == country for p in places if p.text == target)


@pytest.mark.parametrize(("text", "phrases", "target", "expected"), [
    ("Protesters in Harrisburg condemned Israel's strikes on Lebanon.",
     ["Harrisburg", "Israel", "Lebanon"], "Lebanon", True),
    ("Students in Cincinnati rallied against the war in Lebanon.", ["Cincinnati", "Lebanon"],
     "Lebanon", True),
    # one sense per article: the cue before one mention marks the name's every mention
    ("Lebanon asked for help after the airstrikes on Lebanon.", ["Lebanon", "Lebanon"], "Lebanon",
     True),
    ("Firefighters from Lebanon and Myerstown fought the barn fire.", ["Lebanon", "Myerstown"],
     "Lebanon", False),
    # a demonym is a local story's too ("a Mexican national"), not news from abroad
    ("A Mexican national was arrested in Palestine on Friday.", ["Mexican", "Palestine"],
     "Palestine", False),
    # a name that is no country's is never marked
    ("Israel's envoy spoke in Harrisburg.", ["Israel", "Harrisburg"], "Harrisburg", False),
])
def test_abroad_marks_a_countrys_name_in_news_from_abroad(text: str, phrases: list[str],
                                                         target: str, expected: bool) -> None:
    gaz, w = gazetteer.load(), Weights()
    mentions = []
    for start, end in _spans(text, phrases):
        cands = candidates(gaz, text[start:end])
        mentions.append(Mention(start, end, text[start:end], cands, [prior(c, w) for c in cands],
                                [], gazetteer.key(text[start:end])))
    abroad(text, mentions)
    assert all(m.abroad is expected for m in mentions if m.text == target)


CAPITALS = [
    # a capital's name where the article names its country is the capital
    ("The Florida senator met exiles from Cuba in Miami. Havana denounced the meeting.",
     ["Florida", "Cuba", "Miami", "Havana"], "Havana", "CU"),
    ("Officials from Peru met in Tallahassee and Miami; Lima called the talks useful.",
     ["Peru", "Tallahassee", "Miami", "Lima"], "Lima", "PE"),
    # not where a qualifier puts the name elsewhere, nor for a demonym ("Irish" is no country
    # named), nor without the country
    ("The rodeo in Paris, Texas, drew visitors from France and Houston.",
     ["Paris", "Texas", "France", "Houston"], "Paris", "US"),
    ("The rodeo in Paris, Texas, drew riders from France. Paris hotels were full.",
     ["Paris", "Texas", "France", "Paris"], "Paris", "US"),
    ("Students in London, Ontario, rallied for Britain's striking nurses.",
     ["London", "Ontario", "Britain"], "London", "CA"),
    ("Irish dancers filled the streets of Dublin for the parade, Columbus police said.",
     ["Irish", "Dublin", "Columbus"], "Dublin", "US"),
]


@pytest.mark.parametrize(("text", "phrases", "target", "country"), CAPITALS)
def test_a_capital_whose_country_is_named(text: str, phrases: list[str], target: str,
                                          country: str) -> None:
    places = resolve_spans(text, _spans(text, phrases), gazetteer.load())
    assert all(p.country == country for p in places if p.text == target)
