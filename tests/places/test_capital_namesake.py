"""A great capital's bare name is the capital, not a namesake town near the article's other
places, unless the text backs the town: a qualifier, a town use, a county or town beside it, or
the publisher's country (``dateline.places.town_use.capital_namesake``). Our own sentences."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import resolve_spans
from dateline.places.publisher import publisher
from tests.places.spans import spans as _spans

CAPITALS = [  # a city of the town's state is no reason for the town
    ("The minister flew from Houston to Paris for talks on Ukraine.",
     ["Houston", "Paris", "Ukraine"], "Paris", "FR"),
    ("The senator flew from Houston to Paris on Monday.", ["Houston", "Paris"], "Paris", "FR"),
    ("She left Dallas for Paris, where the summit opened.", ["Dallas", "Paris"], "Paris", "FR"),
    ("Officials in Moscow warned on Tuesday, a professor in Boise, Idaho, said.",
     ["Moscow", "Boise", "Idaho"], "Moscow", "RU"),
    ("A Boise, Idaho, firm signed a deal with buyers in Moscow.",
     ["Boise", "Idaho", "Moscow"], "Moscow", "RU"),
    ("The Tennessee governor met bankers in London and Nashville.",
     ["Tennessee", "London", "Nashville"], "London", "GB"),
    # the state named only as a town's qualifier, or a place abroad named too
    ("The minister flew from Houston, Texas to Paris for talks on Ukraine.",
     ["Houston", "Texas", "Paris", "Ukraine"], "Paris", "FR"),
    ("Texas officials flew from Houston to Paris for talks with the European Union.",
     ["Texas", "Houston", "Paris", "European Union"], "Paris", "FR"),
    ("Idaho students in Moscow protested against the war, Russian police said.",
     ["Idaho", "Moscow", "Russian"], "Moscow", "RU"),
]

TOWNS = [  # a qualifier, a town use, a county or a town beside it backs the town
    ("A woman from Paris, Texas, was hurt in Dallas.", ["Paris", "Texas", "Dallas"], "Paris", "US"),
    ("Paris police in Lamar County arrested a man from Dallas.",
     ["Paris", "Lamar County", "Dallas"], "Paris", "US"),
    ("Moscow, Idaho, police said a Boise man was held.", ["Moscow", "Idaho", "Boise"],
     "Moscow", "US"),
    ("Students at the University of Idaho in Moscow met in Boise.", ["Idaho", "Moscow", "Boise"],
     "Moscow", "US"),
    # the town's state named on its own, and nothing in another country
    ("Four University of Idaho students were stabbed to death at a house in Moscow. The suspect "
     "was later arrested in Pennsylvania and flown to Boise.",
     ["Idaho", "Moscow", "Pennsylvania", "Boise"], "Moscow", "US"),
    ("Idaho police said the house in Moscow was searched again.", ["Idaho", "Moscow"],
     "Moscow", "US"),
    ("Deputies in Paris and Cynthiana searched Bourbon County farms.",
     ["Paris", "Cynthiana", "Bourbon County"], "Paris", "US"),
    ("Berlin police in Coos County said a man from Concord was held.",
     ["Berlin", "Coos County", "Concord"], "Berlin", "US"),
]

ONE_SENSE = [  # a name qualified once keeps its town where it comes back bare
    ("The University of Idaho in Moscow closed. Later, Moscow officials met in Boise.",
     ["Idaho", "Moscow", "Moscow", "Boise"], "US"),
    ("A man from Paris, Texas, was hurt. Paris lies 100 miles from Dallas.",
     ["Paris", "Texas", "Paris", "Dallas"], "US"),
]


@pytest.mark.parametrize(("text", "phrases", "country"), ONE_SENSE)
def test_one_sense_per_article(text: str, phrases: list[str], country: str) -> None:
    places = resolve_spans(text, _spans(text, phrases), gazetteer.load())
    assert places[2].country == country, places


@pytest.mark.parametrize(("text", "phrases", "target", "country"), CAPITALS + TOWNS)
def test_capital_or_namesake_town(text: str, phrases: list[str], target: str,
                                  country: str) -> None:
    place = resolve_spans(text, _spans(text, phrases), gazetteer.load())[phrases.index(target)]
    assert place.country == country, place


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.example-press.ca/news/local/1", "CA"),  # a Canadian paper's London, Ontario
    ("https://www.example-press.com/news/local/1", "GB"),
])
def test_the_publishers_country_backs_the_town(url: str, country: str) -> None:
    gaz = gazetteer.load()
    text = "Police in London closed the bridge after the crash near Toronto."
    place = resolve_spans(text, _spans(text, ["London", "Toronto"]), gaz,
                          publisher=publisher(gaz, url))[0]
    assert place.country == country, place
