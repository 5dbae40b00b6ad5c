"""A country's name that is also a US town's: the country unless the article backs the town
(``dateline.places.town_use``). Our own sentences; pure functions, no spaCy."""

from __future__ import annotations

import pytest

from dateline.places import gazetteer, resolve_spans
from dateline.places.gazetteer import Entry
from dateline.places.mentions import Mention
from dateline.places.readings import Candidate
from dateline.places.town_use import lone_namesake
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
