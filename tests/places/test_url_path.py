"""A big site's section folders name its local pages' places ("/arlington_news/"); dates, ids,
article slugs and common words do not (our own URLs)."""

from __future__ import annotations

import pytest

from dateline.places import distance_km, gazetteer, resolve_spans
from dateline.places.publisher import publisher
from tests.places.spans import spans as _spans

PATHS = [
    ("https://www.example-telegram.com/arlington_news/story/12345.html", ("Arlington",)),
    ("https://www.example.com/news/local/philadelphia/20250101_story_title", ("Philadelphia",)),
    ("http://example.com/news/florida/ap/story/1.html", ("Florida",)),
    ("http://examplepapers.com/articles/2025/01/02/mt_pleasant_news/top/doc1.txt",
     ("Mount Pleasant",)),
    # no place: common words, dates, ids, the page's own slug
    ("http://www.example.com/articles/?id=12", ()),
    ("http://www.example.com/news/police/man-found-in-field", ()),
    ("http://example.com/news/2025/mar/23/free-money-headed-to-alexandria/", ()),
    ("http://www.example.com/local/story/alexandria.html", ()),
    ("example.com", ()),
    ("https://example.com/mobile/news/story.html", ()),  # a web word, not Mobile, Alabama
    ("https://example.com/reading/books/list.html", ()),
]


@pytest.mark.parametrize(("url", "names"), PATHS)
def test_folder_names(url: str, names: tuple[str, ...]) -> None:
    pub = publisher(gazetteer.load(), url)  # names as some entry writes them ("Flórida")
    assert tuple(gazetteer.key(n) for n in (pub.names if pub else ())) == tuple(
        gazetteer.key(n) for n in names)


def test_a_local_section_draws_its_neighbours() -> None:
    # Mansfield, Texas lies beside Arlington; England's larger Mansfield wins without the folder
    gaz = gazetteer.load()
    text = "The Mansfield council approved the parking lot."
    spans = _spans(text, ["Mansfield"])
    (plain,) = resolve_spans(text, spans, gaz, publisher=publisher(gaz, "https://example.com/a/1.html"))
    (local,) = resolve_spans(text, spans, gaz, publisher=publisher(
        gaz, "https://example.com/arlington_news/story/1.html"))
    assert plain.country == "GB" and local.country == "US", (plain, local)


COUNTY_PAPERS = [  # a county's bare name in a domain or folder: that county, and its state
    "http://www.examplepapers.com/articles/hunterdon_review/news/a.txt",
    "https://www.hunterdonweekly.com/a/1",
]


@pytest.mark.parametrize("url", COUNTY_PAPERS)
def test_a_county_paper_draws_its_towns(url: str) -> None:
    gaz = gazetteer.load()
    pub = publisher(gaz, url)
    assert pub is not None and pub.names == ("Hunterdon",)
    text = "The Clinton council met on Tuesday to discuss the budget."
    (place,) = resolve_spans(text, _spans(text, ["Clinton"]), gaz, publisher=pub)
    (plain,) = resolve_spans(text, _spans(text, ["Clinton"]), gaz)
    assert place.lat is not None and place.lon is not None and plain.lat is not None
    assert distance_km(place.lat, place.lon, 40.64, -74.91) < 20, place  # Clinton, New Jersey
    assert distance_km(plain.lat, plain.lon, 40.64, -74.91) > 100, plain
