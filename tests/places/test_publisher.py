"""Publisher place priors: reading a domain or outlet name, and their weight in resolution."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline import gazetteer
from dateline.eval.places import read_gold
from dateline.places import resolve_spans
from dateline.places.publisher import Publisher, publisher


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.load()


READS = [
    # a town name between newspaper words, with or without a scheme and www
    ("https://www.theparisgazette.com/local/story-1", None, ("Paris",), True),
    ("newarkweeklytribune.com", None, ("Newark",), True),
    # written without its space, and two towns joined by "and"
    ("kansascitydailypost.com", None, ("Kansas City",), True),
    ("thedoverandfolkestonemail.co.uk", "GB", ("Dover", "Folkestone"), False),
    # a country-code domain alone; a state abbreviation as a name
    ("https://news.example-press.ca/a/1", "CA", (), False),
    ("mymassnews.com", None, ("Massachusetts",), True),
    # a people's name is not a town
    ("thearabweeklytimes.com", None, (), True),
    # a state's or a province's postal code, alone or before newspaper words only
    ("https://www.bcexamplelocalnews.com/a/1", None, (), True),
    ("https://www.bclocalnews.com/news/1.html", None, ("British Columbia",), True),
    ("njdailytimes.com", None, ("New Jersey",), True),
    ("https://al.com/news/story.html", None, ("Alabama",), True),
    # not a word or a language code ("in", "me", "ok", "de"), nor other letters before "news"
    ("inews.com", None, (), True),
    ("menews.com", None, (), True),
    ("oknews.com", None, (), True),
    ("abcnews.com", None, (), True),
    ("nbcnews.com", None, (), True),
    ("https://www.njlocalnews.co.uk/a/1", "GB", (), False),
    # a state's own paper by its code before newspaper words, and its code in a chain's folder
    ("https://www.txdailytimes.com/a/1", None, ("Texas",), True),
    ("https://www.example.com/content/oh/story/1", None, ("Ohio",), True),
]

#: codes on international, diplomatic and government sites, and codes that are words there
NOT_CODES = [
    "https://www.al-monitor.com/originals/2025/03/talks",  # the Arabic article
    "https://www.almasdarexamplenews.com/a/1",
    "https://il.usembassy.gov/statement/",  # a subdomain: the embassy in Israel
    "https://va.usembassy.gov/remarks/",  # the Holy See
    "https://md.usembassy.gov/a/1",
    "https://nl.usembassy.gov/a/1",  # not Newfoundland and Labrador
    "https://www.va.gov/news/1",  # Veterans Affairs
    "https://www.example.int/il/1",
    "https://www.example.org/il/news/2025/story",  # a country's folder
    "https://www.example.org/az/news/2025/story",
    "https://www.example.org/md/press/2025/story",
    "https://www.pe.com/2025/03/01/story/",  # a bare code that is a firm's name
    "https://www.mi.com/a/1",
    "https://www.nsnews.com/local-news/1",  # a province's code before "news" alone
    "https://news.nj.example.com/a/1",  # a subdomain
]


@pytest.mark.parametrize("url", NOT_CODES)
def test_codes_on_international_and_public_sites_name_no_state(gaz: gazetteer.Gazetteer,
                                                               url: str) -> None:
    pub = publisher(gaz, url)
    assert pub is None or pub.names == ()


@pytest.mark.parametrize(("url", "country", "names", "generic"), READS)
def test_reads_domains(gaz: gazetteer.Gazetteer, url: str, country: str | None,
                       names: tuple[str, ...], generic: bool) -> None:
    pub = publisher(gaz, url)
    if not country and not names:
        assert pub is None
        return
    assert pub == Publisher(country, names, generic)


@pytest.mark.parametrize("url", [
    "theweeklynews.org", "thecitytalk.com", "morningstar-herald.net", "www.vanity.tv", None, "",
    "not a url at all", "http://[::1", "https://[bad/local/boston/story"])
def test_generic_words_give_no_prior(gaz: gazetteer.Gazetteer, url: str | None) -> None:
    assert publisher(gaz, url) is None


@pytest.mark.parametrize(("source", "names"), [
    ("The Newark Weekly Tribune", ("Newark",)),
    ("New York Times", ("New York",)),  # words read together: not "York"
    ("Gulf News", ()),
])
def test_outlet_name_without_a_url(gaz: gazetteer.Gazetteer, source: str,
                                   names: tuple[str, ...]) -> None:
    pub = publisher(gaz, None, source)
    assert (pub.names if pub else ()) == names


def _resolve(gaz: gazetteer.Gazetteer, text: str, phrase: str, url: str | None) -> str | None:
    start = text.index(phrase)
    pub = publisher(gaz, url)
    (place,) = resolve_spans(text, [(start, start + len(phrase))], gaz, publisher=pub)
    return place.country


RESOLVES = [
    # a paper named after its town means the town, in North America for a .com
    ("Firefighters in Paris put out a kitchen fire on Tuesday.", "Paris", "theparisgazette.com",
     "US"),
    ("Firefighters in Paris put out a kitchen fire on Tuesday.", "Paris", None, "FR"),
    # a country-code domain weighs for its country's reading
    ("Police in London closed the bridge after the crash.", "London", "www.example-press.ca",
     "CA"),
    ("Police in London closed the bridge after the crash.", "London", "example.com", "GB"),
    # a province's code in the domain: Richmond, British Columbia, not Virginia's
    ("The Richmond council approved the skating oval's budget.", "Richmond",
     "https://www.bclocalnews.com/news/1.html", "CA"),
    ("The Richmond council approved the skating oval's budget.", "Richmond", "example.com", "US"),
    # an international outlet's or an embassy's domain draws no namesake to a US state
    ("Police in Athens fired tear gas at the marchers.", "Athens",
     "https://www.al-monitor.com/originals/2025/03/athens-protest", "GR"),
    ("Talks between the parties resumed in Florence on Monday.", "Florence",
     "https://www.al-monitor.com/originals/2025/03/talks", "IT"),
    ("Coptic leaders from Alexandria met the pope at the Vatican.", "Alexandria",
     "https://va.usembassy.gov/remarks/", "EG"),
]


@pytest.mark.parametrize(("text", "phrase", "url", "country"), RESOLVES)
def test_publisher_weighs_in_resolution(gaz: gazetteer.Gazetteer, text: str, phrase: str,
                                        url: str | None, country: str) -> None:
    assert _resolve(gaz, text, phrase, url) == country


def test_domain_state_draws_its_town(gaz: gazetteer.Gazetteer) -> None:
    text = "The city council of Springfield voted on the library budget."
    start = text.index("Springfield")
    (place,) = resolve_spans(text, [(start, start + 11)], gaz,
                             publisher=publisher(gaz, "mymassnews.com"))
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 42.10) < 0.5 and abs(place.lon + 72.59) < 0.5


def test_eval_reader_passes_url_and_domain(tmp_path: Path) -> None:
    xml = tmp_path / "pub.xml"
    xml.write_text(
        '<articles><article docid="x1"><domain>theparisgazette.com</domain>'
        "<url>http://theparisgazette.com/story/1</url>"
        "<text>Fire crews in Paris were busy.</text><toponyms><toponym><start>15</start>"
        "<end>20</end><phrase>Paris</phrase><gaztag geonameid='1'><lat>33.66</lat>"
        "<lon>-95.56</lon></gaztag></toponym></toponyms></article>"
        "<article><source>https://en.example.org/wiki/Story</source><text>Paris.</text>"
        "<locations/></article>"
        "<article docid='x3'><text>Nothing here.</text></article></articles>",
        encoding="utf-8")
    a1, a2, a3 = read_gold(xml)
    assert (a1.url, a1.source) == ("http://theparisgazette.com/story/1", "theparisgazette.com")
    assert (a2.url, a2.source) == ("https://en.example.org/wiki/Story", None)
    assert (a3.url, a3.source) == (None, None)


@pytest.mark.parametrize(("url", "source", "country"), [
    ("https://www.theparisgazette.com/news/1", None, "US"),
    (None, "theparisgazette.com", "US"),  # the reader's source may be the bare host
    (None, "The Paris Gazette", "FR"),  # a name without a domain does not say which country
    (None, None, "FR"),
])
def test_component_reads_the_article_publisher(nlp: Any, url: str | None, source: str | None,
                                               country: str) -> None:
    from dateline.model import CleanArticle
    from dateline.nlp.records import prepare

    body = "Firefighters in Paris put out a kitchen fire on Tuesday."
    article = CleanArticle(body=body, paragraphs=((0, len(body)),), url=url, source=source)
    doc = nlp(prepare(nlp.make_doc, article))
    (place,) = [p for p in doc._.places if p.text == "Paris"]
    assert place.country == country
