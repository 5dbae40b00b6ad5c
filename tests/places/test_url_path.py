"""A big site's section folders name its local pages' places ("/arlington_news/"); dates, ids,
article slugs, common words, topic folders and bare section names that are also towns
("/hollywood/", "/nice/") do not (our own URLs)."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.places import distance_km, resolve_spans
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
    # the page itself is the last non-empty part, trailing slash or not
    ("https://www.example.com/news/local/philadelphia/story-title-here/", ("Philadelphia",)),
    ("https://example.com/lifestyle/travel/best-beaches/", ()),
    ("https://example.com/news/florida/", ()),  # the section's own front page: no folder
    # a bare folder at the top is a section, unless a country or a state of the domain's
    # country (North America for a .com); below a local section a big town of it counts
    ("https://example.com/hollywood/2024/08/18/celebrity-wins-award/", ()),
    ("https://example.com/sale/best-deals.html", ()),
    ("https://example.com/nice/gadgets/phones.html", ()),
    ("https://example.com/split/a-b-test.html", ()),
    ("https://example.com/delta/flights/story.html", ()),
    ("https://example.com/derby/horses/story.html", ()),
    ("https://example.com/paradise/travel/story.html", ()),
    ("https://example.com/concord/jets/story.html", ()),
    # a US state's postal code as a folder: a chain's state pages, on a generic domain
    ("http://www.examplepress.com/n/content/oh/story/news/local/2025/01/02/briefs.html",
     ("Ohio",)),
    ("http://example.com/news/nj/story.html", ("New Jersey",)),
    # not a word or a language code ("/in/", "/de/", "/ar/"), nor on a foreign domain
    ("https://example.com/in/story/12345.html", ()),
    ("https://example.com/de/politik/story.html", ()),
    ("https://example.com/ar/news/story.html", ()),
    ("https://example.co.uk/ny/story.html", ()),
    # a county's bare name below a local section: the county, not a town of the name
    ("http://example.com/News/Kanawha/2025010201", ("Kanawha County",)),
    ("https://example.com/metro/clayton/stories/1.html", ("Clayton County",)),
    ("https://example.com/sports/kanawha/story.html", ()),
    ("https://example.com/victoria/fashion/story.html", ()),
    ("https://example.com/news/nice/story.html", ()),  # Nice is no North American town
    ("https://example.com/texas/politics/story.html", ("Texas",)),
    ("https://example.com.au/victoria/politics/story.html", ("Victoria",)),
    ("https://example.com/communities/cincinnati/story.html", ("Cincinnati",)),
    ("https://example.com/sports/cincinnati/story.html", ()),  # a team's page, not a local one
    # topics and people: a taxonomy folder and all after it
    ("https://example.com/tag/jordan/", ()),
    ("https://example.com/tag/jordan/page-2/", ()),
    ("https://example.com/category/israel/ceasefire-talks/", ()),
    ("https://example.com/topics/florida/news/story.html", ()),
    ("https://example.com/author/georgia/story.html", ()),
    ("https://example.com/news/world/brazil/story.html", ()),
    # a foreign country's folder is a topic ("/iran-news/"), and so is a world region's and all
    # after it; a country or state of the domain's own (North America for a .com) is a place
    ("https://www.example.com/iran-news/article-12345", ()),
    ("https://www.example.com/middle-east/iran-news/article-12345", ()),
    ("https://www.example.com/middle-east/texas_news/article-1", ()),
    ("https://www.example.co.uk/news/france-news/story-1", ()),
    ("https://www.example.com/texas-news/story-1", ("Texas",)),
    ("https://www.example.com/news/canada-news/story-1", ("Canada",)),
    ("https://www.example.co.uk/news/england-news/story-1", ("England",)),
    # a country's bare folder is a national paper's home section, also on a .com
    ("https://www.example.com/pakistan/story-123", ("Pakistan",)),
    ("https://www.example.com/singapore/politics/story", ("Singapore",)),
    ("https://www.example.com/saudi-arabia/node/123", ("Saudi Arabia",)),
    ("https://www.example.com/news/china/diplomacy/article/123/story", ("China",)),
    ("https://www.example.com/ireland/dublin/story", ("Ireland",)),
    ("https://www.example.com/world/pakistan/story-123", ()),
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
    assert place.lat is not None and place.lon is not None
    assert plain.lat is not None and plain.lon is not None
    assert distance_km(place.lat, place.lon, 40.64, -74.91) < 20, place  # Clinton, New Jersey
    assert distance_km(plain.lat, plain.lon, 40.64, -74.91) > 100, plain


def test_a_state_folder_draws_the_state() -> None:
    # several Oxfords of a size (Mississippi, Ohio, Alabama): the "/oh/" pages mean Ohio's
    gaz = gazetteer.load()
    text = "City of Oxford residents may drop off yard waste on Saturday."
    spans = _spans(text, ["Oxford"])
    (place,) = resolve_spans(text, spans, gaz, publisher=publisher(
        gaz, "http://www.examplepress.com/n/content/oh/story/news/local/2025/01/02/briefs.html"))
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, 39.51, -84.75) < 25, place  # Oxford, Ohio


def test_a_county_folder_draws_its_towns() -> None:
    # a man from New York state in a Charleston story: the folder keeps West Virginia's
    gaz = gazetteer.load()
    text = "Charleston police arrested a man from the Bronx, N.Y., at a motel on Tuesday."
    spans = _spans(text, ["Charleston", "Bronx", "N.Y."])
    place = resolve_spans(text, spans, gaz, publisher=publisher(
        gaz, "http://example.com/News/Kanawha/2025010201"))[0]
    assert place.lat is not None and place.lon is not None
    assert distance_km(place.lat, place.lon, 38.35, -81.63) < 25, place  # Charleston, W.Va.


@pytest.mark.parametrize(("url", "country"), [
    ("https://www.example.com/pakistan/story-123", "PK"),  # a national paper's home section
    ("https://www.example.com/iran-news/story-123", "IN"),  # a topic: no home
])
def test_a_country_folder_is_the_papers_home(url: str, country: str) -> None:
    gaz = gazetteer.load()
    text = "Police in Hyderabad arrested three men on Monday."
    (place,) = resolve_spans(text, _spans(text, ["Hyderabad"]), gaz, publisher=publisher(gaz, url))
    assert place.country == country, place
