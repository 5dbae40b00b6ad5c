"""Session 24: a byline's place over a later section's dateline, a town, region and date alone on
a line, a section path split by slashes, a stamp whose parts a copied page glued, and their near
misses. Texts of our own."""

from __future__ import annotations

import pytest

from dateline.reader import read_text

ARMY = ("The Ukrainian army said it had pushed back an attack near the river overnight. "
        "It said two of its soldiers were wounded in the shelling.")
KREMLIN = "The Kremlin said on Monday that talks would resume next week in a neutral country."
BORDER = "Indian and Chinese troops held talks at the border point on Sunday, officials said in a statement."
TALKS = "Israel and Hamas resumed talks in Cairo on Sunday, officials said, as mediators pushed for a deal."


@pytest.mark.parametrize(("byline", "place", "text"), [
    ("By Jane Roe in Kyiv", "Kyiv", None),
    ("By Jane Roe in Port Sudan · 3h ago", "Port Sudan", None),
    ("By Jane Roe in KYIV", "Kyiv", None),  # review: was "KYIV", where datelines in capitals read "Kyiv"
    # near misses: no place, two places, no city, so the later section's dateline stands
    ("By Jane Roe", "Moscow", "MOSCOW —"),
    ("By Jane Roe and John Doe in Kyiv and Moscow", "Moscow", "MOSCOW —"),
    ("By Jane Roe in Depth", "Moscow", "MOSCOW —"),
])
def test_byline_place_over_later_dateline(byline: str, place: str, text: str | None) -> None:
    """Review: a later section's "MOSCOW —" was the story's dateline under "By Jane Roe in Kyiv"."""
    article = read_text(f"Kremlin says talks to resume\n\n{byline}\n\n{ARMY}\n\nMOSCOW — {KREMLIN}")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.text) == (place, text)
    assert article.body.startswith(ARMY)


@pytest.mark.parametrize(("dateline", "date", "agency"), [
    ("MOSCOW, Aug 18 (Reuters) -", "XXXX-08-18", "Reuters"),
    ("MOSCOW (AP) —", None, "AP"),
])
def test_later_wire_dateline_over_byline_place(dateline: str, date: str | None, agency: str | None) -> None:
    """A later dateline with a date or an agency under a standfirst opens the story: it is cut."""
    article = read_text(f"Kremlin says talks to resume\n\nBy Jane Roe in Kyiv\n\n{ARMY}\n\n{dateline} {KREMLIN}")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == ("Moscow", date, agency)
    assert article.body == f"{ARMY}\n\n{KREMLIN}"


def test_first_paragraph_dateline_over_byline_place() -> None:
    article = read_text(f"By Jane Roe in Kyiv\n\nMOSCOW — {KREMLIN}")
    assert article.dateline is not None and article.dateline.place == "Moscow"
    assert article.body == KREMLIN


def test_byline_place_alone_leaves_body_whole() -> None:
    article = read_text(f"Kremlin says talks to resume\n\nBy Jane Roe in Kyiv\n\n{ARMY}")
    assert article.dateline is not None and article.dateline.place == "Kyiv"
    assert article.body == ARMY and article.author == "Jane Roe"


@pytest.mark.parametrize(("line", "place", "date"), [
    ("Leh, Ladakh, Aug 18", "Leh", "XXXX-08-18"),
    ("LEH, Ladakh, Aug 18", "Leh", "XXXX-08-18"),
    ("Leh, Ladakh, 18 August 2024", "Leh", "2024-08-18"),
    ("New Delhi, Aug 18", "New Delhi", "XXXX-08-18"),
    # near misses: a label, a name, a label word, a name in capitals
    ("Floods, Kerala, Aug 18", None, None),
    ("Jane Roe, Kerala, Aug 18", None, None),
    ("Update, Ohio, Aug 18", None, None),
    ("SMITH, Texas, Aug 18", None, None),
    ("Leh, Ladakh, Aug 18 talks end in deadlock", None, None),
    # review: two countries are a list, not a town and its country (were Russia's and Israel's datelines)
    ("Russia, North Korea, Aug 18", None, None),
    ("Israel, Lebanon, Aug 18", None, None),
    ("Lebanon, Pennsylvania, Aug 18", "Lebanon", "XXXX-08-18"),
])
def test_town_region_date_line(line: str, place: str | None, date: str | None) -> None:
    article = read_text(f"{line}\n\n{BORDER}")
    found = (article.dateline.place, article.dateline.date) if article.dateline else (None, None)
    assert found == (place, date)
    assert article.body == BORDER
    assert (article.title is None) is (place is not None)


@pytest.mark.parametrize(("line", "place"), [
    ("Jordan, Saudi Arabia", None),
    ("Russia, North Korea", None),
    ("Egypt, Saudi Arabia", None),
    ("GEORGIA, Vermont", "Georgia"),
])
def test_two_countries_are_no_town_line(line: str, place: str | None) -> None:
    """Review: "Jordan, Saudi Arabia" over a story that names Jordan was Jordan's dateline (the
    headline test let it through); a town that shares a country's name stays one."""
    text = f"{line.split(',')[0].title()} signed a water and power deal on Sunday, officials in both countries said."
    article = read_text(f"{line}\n\n{text}")
    assert (article.dateline.place if article.dateline else None) == place
    assert article.body == text


@pytest.mark.parametrize(("line", "kind"), [
    ("World / Middle East", "breadcrumb"),
    ("News/World/Asia", "breadcrumb"),
    ("Business / Science & Environment", "breadcrumb"),
    # near misses: no section first, a headline's words, a colon
    ("Israel / Hamas", "headline"),
    ("World / Middle East leaders meet in Cairo", "headline"),
    ("World Cup / Euro 2024 Fixtures", "headline"),
    ("Business / Tech giants merge", "headline"),
    ("World / Middle East: Israel strikes Gaza", "headline"),
    ("Europe / Africa Summit Opens", "headline"),  # review: a title-case headline was a breadcrumb
    ("Culture / Arts & Music", "breadcrumb"),
])
def test_slash_section_path(line: str, kind: str) -> None:
    article = read_text(f"{line}\n\n{TALKS}")
    assert [(f.kind, f.text) for f in article.furniture] == [(kind, line)]


@pytest.mark.parametrize(("stamp", "published", "given"), [
    ("August 18, 20243:15 PM GMT+4Updated 2 hours ago", ("2024-08-18", "metadata"), None),
    ("August 18, 2024 3:15 PM GMT+4", ("2024-08-18", "metadata"), None),
    ("August 18, 20243:15 PM GMT+4Updated 2 hours ago", ("2024-08-20", "given"), "2024-08-20"),
])
def test_glued_stamp_date(stamp: str, published: tuple[str, str], given: str | None) -> None:
    article = read_text(f"Gaza talks resume\n\n{stamp}\n\n{TALKS}", published=given)
    assert (article.published.date, article.published.evidence) == published
    assert article.body == TALKS


def test_glued_figures_in_body_are_no_date() -> None:
    article = read_text(f"{TALKS}\n\nThe count stood at 20243:15 on the board, officials said on Monday.")
    assert article.published.date is None


@pytest.mark.parametrize(("byline", "place"), [
    ("By Jane Roe in Kyiv, Ukraine", None),
    ("By Jane Roe in Kyiv, Ukraine · 3h ago", None),
    ("By Jane Roe in Kyiv and John Doe in Moscow", None),
    ("By Jane Roe in Kyiv | Updated 3h ago", "Kyiv"),
])
def test_byline_with_region_second_reporter_or_update(byline: str, place: str | None) -> None:
    """Review (session base): a byline naming the reporter's town and country, a second reporter's
    place, or an "Updated" age was no byline: the headline and the byline stayed in the body."""
    article = read_text(f"Kremlin says talks to resume\n\n{byline}\n\n{ARMY}")
    assert [f.kind for f in article.furniture] == ["headline", "byline"]
    assert (article.body, article.author) == (ARMY, "Jane Roe")
    assert (article.dateline.place if article.dateline else None) == place


def test_glued_stamp_among_stamps() -> None:
    """Review (session base): a line of a published and a glued updated stamp was body, and the
    headline over it too; its first stamp is the published date."""
    article = read_text(f"Gaza talks resume\n\nPublished August 18, 2024 | Updated August 19, 20249:00 AM\n\n{TALKS}")
    assert [f.kind for f in article.furniture] == ["headline", "timestamp"]
    assert (article.body, article.published.date, article.published.evidence) == (TALKS, "2024-08-18", "metadata")


@pytest.mark.parametrize(("byline", "author"), [
    ("By JANE ROE Associated Press", "JANE ROE"),
    ("By JANE ROE and JOHN DOE Associated Press", "JANE ROE and JOHN DOE"),
    ("By Jane Roe The Associated Press", "Jane Roe"),
    ("Jane Roe, Reuters", None),
    # near misses: names that end in an agency's letters, a name alone
    ("By Jane Saba", "Jane Saba"),
    ("By Mary Ann Saba", "Mary Ann Saba"),
    ("By Jane Roe", "Jane Roe"),
])
def test_agency_after_byline_names(byline: str, author: str | None) -> None:
    """Review (session base): the agency after an AP byline's names was part of the author
    ("JANE ROE Associated Press"); "Jane Roe, Reuters" was no byline (headline and all in the body)."""
    article = read_text(f"Kremlin says talks to resume\n\n{byline}\n\n{ARMY}")
    assert [f.kind for f in article.furniture] == ["headline", "byline"]
    assert (article.body, article.author) == (ARMY, author)


@pytest.mark.parametrize(("text", "kinds"), [
    (f"Sudan war\n\nArmy says it holds the bridge\n\n{ARMY}", ["breadcrumb", "headline"]),
    (f"Analysis\n\nArmy says it holds the bridge\n\nBy Jane Roe\n\n{ARMY}", ["breadcrumb", "headline", "byline"]),
    # near misses: a label over the story, over a sentence, over a long line; a greeting
    (f"Sudan war\n\n{ARMY}", []),
    (f"Sudan war\n\nShort line here.\n\n{ARMY}", []),
    (f"Sudan war\n\nArmy says it holds the bridge on the river after days of heavy fighting in the region\n\n{ARMY}", []),
    (f"Hi,\n\nArmy says it holds the bridge\n\n{ARMY}", []),
])
def test_kicker_over_plain_headline(text: str, kinds: list[str]) -> None:
    """Review (session base): a label of one or two words over a plain text's headline left both
    in the body (a kicker was read only over a headline over a dateline)."""
    article = read_text(text)
    assert [f.kind for f in article.furniture] == kinds
    assert article.body.endswith(ARMY) and (article.body == ARMY) is bool(kinds)
