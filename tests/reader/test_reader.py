"""The reader end to end: the example article against its gold, our own text and HTML fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from dateline.model import CleanArticle
from dateline.reader import ReaderOptions, read_html, read_item, read_text
from dateline.sources import InputError, SourceItem

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reader"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def kinds(article: CleanArticle) -> list[tuple[str, str | None]]:
    return [(f.kind, f.credit) for f in article.furniture]


def check_offsets(article: CleanArticle) -> None:
    """Paragraph spans cover the body exactly, separated by blank lines."""
    pieces = [article.body[a:b] for a, b in article.paragraphs]
    assert "\n\n".join(pieces) == article.body
    assert all(p and p == p.strip() for p in pieces)


# --- the example article of ../shared against its gold --------------------------------------------

def test_example_document(example_text: str, example_gold: dict[str, Any]) -> None:
    article = read_text(example_text, origin="gulf-news-2024-08-18.txt")
    gold = example_gold["document"]
    assert article.source == gold["source_name"]
    assert article.dateline is not None and article.dateline.place == gold["dateline_place"]
    assert article.published.date == gold["publication_date"]
    assert article.published.evidence == "image_slug"  # the slug outranks the caption's date


def test_example_layout(example_text: str, example_gold: dict[str, Any]) -> None:
    article = read_text(example_text)
    layout = example_gold["layout"]
    expected = [(x["text"], x["kind"], x.get("credit")) for x in layout["not_body"]]
    assert [(f.text, f.kind, f.credit) for f in article.furniture] == expected
    assert len(article.paragraphs) == layout["body_paragraph_count"]
    assert article.body.startswith(layout["body_first_words"])
    assert article.body.endswith(layout["body_last_words"])
    check_offsets(article)


# --- our own plain-text fixtures -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "place", "agency", "date", "evidence", "furniture", "paragraphs"),
    [
        ("ap-style.txt", "Gaza City", "AP", "2024-08-19", "metadata",
         [("headline", None), ("byline", None), ("timestamp", None), ("caption", "AP Photo/John Doe"),
          ("advertisement", None), ("related_links", None), ("share", None), ("copyright", None)], 4),
        ("reuters-style.txt", "Jerusalem", "Reuters", None, None,
         [("related_links", None), ("related_links", None), ("credit", "Reuters"), ("byline", None)], 2),
        ("cairo-style.txt", "Cairo", None, None, None, [("promo", None), ("promo", None)], 3),
        ("agency-date.txt", "Dubai", "WAM", None, None, [("copyright", None)], 2),
    ],
)
def test_text_fixtures(name: str, place: str, agency: str | None, date: str | None,
                       evidence: str | None, furniture: list[tuple[str, str | None]],
                       paragraphs: int) -> None:
    article = read_text(fixture(name), origin=name)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == (place, agency)
    assert (article.published.date, article.published.evidence) == (date, evidence)
    assert kinds(article) == furniture
    assert len(article.paragraphs) == paragraphs
    assert article.origin == name
    assert not article.body.startswith(article.dateline.text or "\0")
    check_offsets(article)


WRAPPED = """CAIRO — Egyptian officials said on Tuesday that a new round of talks on a
truce in Gaza would open in the Egyptian capital at the end of the week, with
delegations from Israel and the United States expected to attend.

Egypt has hosted several rounds since the war began, and its officials have
repeatedly warned that the fighting risks spreading across the region, two
diplomats said.
"""


def test_hard_wrapped_paragraphs_are_joined() -> None:
    article = read_text(WRAPPED)
    assert len(article.paragraphs) == 2
    assert article.body.startswith("Egyptian officials said on Tuesday that a new round of talks on a truce")
    assert "\n" not in article.body[slice(*article.paragraphs[0])]


def test_headline_and_byline_of_plain_text() -> None:
    article = read_text(fixture("ap-style.txt"))
    assert article.title == "Mediators press on with Gaza truce plan as talks move to Cairo"
    assert article.author == "Jane Roe and Samir Haddad"
    assert article.body.startswith("Mediators from the United States, Egypt and Qatar said")


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2024-12-30", "2024-12-31"), ("2025-01-01", "2024-12-31"), (None, "XXXX-12-31")],
)
def test_dateline_year_is_the_closest_to_other_evidence(published: str | None, expected: str) -> None:
    article = read_text("JERUSALEM, Dec 31 (Reuters) - Officials met again to discuss the plan.",
                        published=published)
    assert article.dateline is not None and article.dateline.date == expected


def test_dateline_on_a_line_of_its_own() -> None:
    article = read_text("GAZA CITY (AP) —\nMediators said on Monday that they would keep pushing the plan.\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("Gaza City", "AP")
    assert article.body == "Mediators said on Monday that they would keep pushing the plan."
    assert len(article.paragraphs) == 1


def test_dateline_date_takes_the_year_of_other_evidence() -> None:
    text = "gaza-talks-1724000000\n\n" + fixture("reuters-style.txt")
    article = read_text(text)
    assert article.dateline is not None and article.dateline.date == "2024-08-18"
    assert (article.published.date, article.published.evidence) == ("2024-08-18", "dateline")


_KHARTOUM = ("KHARTOUM, Dec 19 (Reuters) - Paramilitary forces took control of Wad Madani on Monday after "
             "the army withdrew, residents said.")
_WAD_MADANI = ("Paramilitary forces took control of Wad Madani on Monday after the army withdrew from the "
               "city, residents said.")


def test_headline_with_a_place_kicker_over_a_dateline() -> None:
    article = read_text(f"Home » World » Africa\nSudan: RSF fighters seize key town in Gezira state\n{_KHARTOUM}\n"
                        "The army said its forces had withdrawn.", published="2023-12-20")
    assert article.title == "Sudan: RSF fighters seize key town in Gezira state"
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (
        "Khartoum", "2023-12-19", "Reuters")
    assert article.body.startswith("Paramilitary forces took control")


@pytest.mark.parametrize(("first", "second", "place"), [
    ("Sudan: RSF fighters seize key town in Gezira state", _WAD_MADANI, "Sudan"),  # no dateline after it
    ("Sudan: Army says it withdrew from Wad Madani.", _KHARTOUM, "Sudan"),  # a sentence
    ("KHARTOUM (Reuters) -", _WAD_MADANI, "Khartoum"),  # a dateline alone on its line
    ("WASHINGTON, Dec 19 (Reuters) - The Senate passed the bill", _KHARTOUM, "Washington"),  # a wire's
])
def test_dateline_line_over_a_paragraph_stays_the_dateline(first: str, second: str, place: str) -> None:
    article = read_text(f"{first}\n{second}\nThe army said its forces had withdrawn.")
    assert article.dateline is not None and article.dateline.place == place
    assert not any(f.kind == "headline" for f in article.furniture)


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("Dubai: Talks resumed in Doha on August 15, 2024, officials said on Sunday.", {},
         ("2024-08-15", "text")),
        ("Dubai: Talks resumed in Doha, officials said on Sunday.", {}, (None, None)),
        ("Dubai: Talks resumed in Doha on August 15, 2024, officials said.",
         {"url": "https://example.com/2024/08/16/talks"}, ("2024-08-16", "url")),
        ("Dubai: Talks resumed in Doha on August 15, 2024, officials said.",
         {"url": "https://example.com/2024/08/16/talks", "published": "2024-08-17"},
         ("2024-08-17", "given")),
    ],
)
def test_publication_date_precedence(text: str, kwargs: dict[str, Any],
                                     expected: tuple[str | None, str | None]) -> None:
    article = read_text(text, **kwargs)
    assert (article.published.date, article.published.evidence) == expected


@pytest.mark.parametrize("stamps", ["Published: 18 Aug 2024 10:02 | Last updated: 19 Aug 2024 16:10",
                                    "Updated: 19 Aug 2024 16:10 · Published: 18 Aug 2024 10:02"])
def test_page_stamps_on_one_line_give_the_publication(stamps: str) -> None:
    article = read_text(f"{stamps}\nOfficials said talks in Geneva would resume next week, after a pause "
                        "of a month.\n")
    assert article.body.startswith("Officials said")
    assert (article.published.date, article.published.evidence) == ("2024-08-18", "metadata")


def test_item_fields_carried_over() -> None:
    item = SourceItem(origin="feed.jsonl:3", text="CAIRO — Egyptian officials said talks would go on.",
                      id="a-1", url="https://example.com/x", published="2024-08-20", source="Wire")
    article = read_item(item)
    assert (article.origin, article.id, article.url, article.source) == (
        "feed.jsonl:3", "a-1", "https://example.com/x", "Wire")
    assert (article.published.date, article.published.evidence) == ("2024-08-20", "given")


def test_source_from_a_known_url_host() -> None:
    article = read_text("Officials met in Doha on Sunday to discuss the proposal.",
                        url="https://www.aljazeera.com/news/2024/8/18/talks")
    assert article.source == "Al Jazeera"


def test_furniture_filter_can_be_switched_off(example_text: str) -> None:
    article = read_text(example_text, options=ReaderOptions(filter_furniture=False))
    assert article.furniture == ()
    assert article.body.startswith("gazaaaaaa")


def test_bad_given_date_is_an_input_error() -> None:
    with pytest.raises(InputError, match="feed.jsonl:2: published date 'soon' is not a date"):
        read_text("CAIRO — Talks resumed on Wednesday.", origin="feed.jsonl:2", published="soon")


@pytest.mark.parametrize("text", ["Image Credit: AFP\nAlso read\n", "\n\n  \n"])
def test_only_furniture_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        read_text(text, origin="bad.txt")


# --- HTML fixtures ----------------------------------------------------------------------------------

def test_html_with_metadata() -> None:
    article = read_html(fixture("coastal-ledger.html"), origin="coastal-ledger.html")
    assert article.source == "The Coastal Ledger"
    assert article.title == "Blinken arrives in Israel as ceasefire push intensifies"
    assert article.author == "Nadia Karim"
    assert (article.published.date, article.published.evidence) == ("2024-08-18", "metadata")
    assert article.url == "https://www.coastalledger.example/world/blinken-arrives-in-israel"
    assert article.dateline is not None and article.dateline.place == "Tel Aviv"
    assert ("related_links", None) in kinds(article)
    assert ("promo", None) in kinds(article)
    assert "Also read" not in article.body
    assert "breaking news alerts" not in article.body
    assert article.body.startswith("U.S. Secretary of State Antony Blinken landed in Israel")
    assert article.body.endswith("repeated evacuation orders.")
    assert len(article.paragraphs) == 6
    check_offsets(article)


def test_html_date_from_url_when_the_page_has_none() -> None:
    url = "https://news.example.org/2024/08/22/aid-convoys-rafah"
    article = read_html(fixture("url-dated.html"), url=url)
    assert (article.published.date, article.published.evidence) == ("2024-08-22", "url")
    assert article.title == "Aid convoys wait at the Rafah crossing"
    assert article.source == "news.example.org"  # no site name anywhere: the host
    assert len(article.paragraphs) == 4


@pytest.mark.parametrize(
    ("html", "body"),
    [
        ("<p>Talks on a Gaza truce resumed in Cairo on Wednesday.</p>",
         "Talks on a Gaza truce resumed in Cairo on Wednesday."),
        ("<p>CAIRO — Talks resumed on Wednesday, officials said.</p><p>Also read</p>",
         "Talks resumed on Wednesday, officials said."),
    ],
)
def test_html_fragments(html: str, body: str) -> None:
    assert read_html(html).body == body


@pytest.mark.parametrize("html", ["<html><body><script>start();</script></body></html>", "<p> </p>"])
def test_html_with_only_markup_is_an_input_error(html: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        read_html(html, origin="page.html")


def test_html_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no-text.html: no article text"):
        read_item(SourceItem(origin="no-text.html", html=fixture("no-text.html")))


def test_html_figures_are_furniture_and_date_evidence() -> None:
    article = read_html(fixture("figure-dated.html"), origin="figure-dated.html")
    assert [(f.kind, f.text, f.credit) for f in article.furniture[:2]] == [
        ("image_slug", "khan-younis-return-1724155200000", None),
        ("caption", "Families walk back into the eastern districts of Khan Younis on August 20, 2024."
                    " Image Credit: AFP", "AFP"),
    ]
    assert all("older" not in f.text for f in article.furniture)  # outside the article
    assert (article.published.date, article.published.evidence) == ("2024-08-20", "image_slug")
    assert "Image Credit" not in article.body
    assert len(article.paragraphs) == 4


def test_every_fixture_through_sources() -> None:
    from dateline.sources import iter_sources

    read, refused = [], []
    for item in iter_sources([FIXTURES]):
        assert isinstance(item, SourceItem)
        try:
            read.append(read_item(item))
        except InputError as err:
            refused.append(Path(err.origin).name)
    assert refused == ["no-text.html"]
    assert len(read) == len(list(FIXTURES.iterdir())) - 1
    assert all(a.origin and a.body and a.paragraphs for a in read)


TEASER_PAGE = """<html><head><title>Harbour dredging to resume in spring</title></head><body><main>
<article><h1>Harbour dredging to resume in spring</h1>
<figure><img src="/img/dredger-at-work.jpg"><figcaption>A dredger works in the outer harbour.
Photo: Coastal Ledger</figcaption></figure>
<p>Dredging of the outer harbour will resume in the spring after a winter pause, the port
authority said on Tuesday, ending months of uncertainty for the shipping lines that use it.</p>
<p>The work was halted in November when storms damaged two of the barges that carry the spoil
out to sea, and the contractor asked for more time to repair them before the new season.</p>
<p>Shipping lines had warned that larger vessels could not enter the port at low tide without
the deeper channel, and two of them had moved some calls to a rival port along the coast.</p>
<div class="related">
<a href="/news/ferry-timetable"><article><figure><img src="/img/ferry.jpg">
<figcaption><h5>Ferry timetable changes for the winter</h5><p>2 hours ago</p></figcaption>
</figure></article></a>
<a href="/news/fish-market"><article><figure><img src="/img/market.jpg">
<figcaption><h5>Fish market reopens after repairs</h5><p>5 hours ago</p></figcaption>
</figure></article></a>
</div></article></main></body></html>"""


def test_a_teaser_card_in_a_figure_is_a_related_link_not_a_caption() -> None:
    """A related story's card (a figure whose caption is a headline and its age) is no caption:
    the time reader would read "2 hours ago" as the time of the photo."""
    article = read_html(TEASER_PAGE, origin="teaser.html")
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds.get("Ferry timetable changes for the winter 2 hours ago") == "related_links"
    assert kinds.get("Fish market reopens after repairs 5 hours ago") == "related_links"
    assert kinds.get("A dredger works in the outer harbour. Photo: Coastal Ledger") == "caption"
    assert not any("ago" in f.text for f in article.furniture if f.kind == "caption")


def test_teasers_under_an_image_in_scraped_text_are_related_links() -> None:
    """A video box under an image: headlines of other stories, no age stamp, then the story."""
    text = (
        "harbour-tender-hearing-1724155200000\n"
        "Doe says there was nothing unusual about the tender\n"
        "Jane Doe insists she followed the council's rules\n"
        "Harbourtown, Aug. 20: The council's audit committee heard a second day of evidence on "
        "Tuesday about the dredging tender, which was awarded last spring without a second bid.\n"
        "The committee will report to the full council next month.\n"
    )
    article = read_text(text, origin="tender.txt")
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds.get("Doe says there was nothing unusual about the tender") == "related_links"
    assert kinds.get("Jane Doe insists she followed the council's rules") == "related_links"
    assert "Doe says" not in article.body and article.body.startswith("Harbourtown")


VIDEO_PAGE = """<html><head><title>Harbour tender hearing enters second day</title></head><body><main>
<article><h1>Harbour tender hearing enters second day</h1>
<figure class="embed embed--type-video is-video"><figcaption>Day 2, Part 3: the harbour master's opening statement</figcaption></figure>
<figure class="embed embed--type-video is-video"><figcaption>Doe says there was nothing unusual about the tender</figcaption></figure>
<figure class="embed embed--type-video is-video"><figcaption>Auditor questions the missing second bid</figcaption></figure>
<figure class="player"><video src="/v/quay.mp4"></video><figcaption>Smoke rises over the quay after the warehouse fire on Friday.</figcaption></figure>
<figure><img src="/img/council-chamber.jpg"><figcaption>Councillors listen to evidence in the chamber</figcaption></figure>
<p>The council's audit committee heard a second day of evidence on Tuesday about the dredging
tender, which was awarded last spring without a second bid, and about the harbour master's role.</p>
<p>The harbour master told the committee that he had not seen the bid documents before the award
and that the port's lawyers had approved the process at every stage.</p>
<p>The committee will report to the full council next month, its chair said at the close of the
session, and may call the contractor's managers to give evidence before then.</p>
</article></main></body></html>"""


def test_a_box_of_video_titles_goes_to_the_related_links_together() -> None:
    """Each video of the box is a figure with a title, a headline: all related links, not a
    caption or a teaser by each line's shape; a video's sentence and a photo's caption stay captions."""
    article = read_html(VIDEO_PAGE, origin="video.html")
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds.get("Day 2, Part 3: the harbour master's opening statement") == "related_links"
    assert kinds.get("Doe says there was nothing unusual about the tender") == "related_links"
    assert kinds.get("Auditor questions the missing second bid") == "related_links"
    assert kinds.get("Smoke rises over the quay after the warehouse fire on Friday.") == "caption"
    assert kinds.get("Councillors listen to evidence in the chamber") == "caption"


ONE_VIDEO_PAGE = """<html><head><title>Fire destroys harbour warehouse</title></head><body><main>
<article><h1>Fire destroys harbour warehouse</h1>
<figure class="story-video"><video src="/v/blaze.mp4"></video><figcaption>Firefighters battle the blaze at the quay in Harbourtown</figcaption></figure>
<p>A fire destroyed a warehouse on the quay in Harbourtown on Friday night, sending smoke across
the harbour and closing the ferry terminal for several hours, the port authority said.</p>
<p>Nobody was hurt, the fire service said, though two firefighters were treated for the effects of
smoke after they entered the building to check that it was empty.</p>
<p>The cause of the fire was not yet known, and investigators would return to the site on Saturday
morning once the remains of the roof had been made safe, officials said.</p>
</article></main></body></html>"""


def test_the_story_s_one_video_keeps_its_caption() -> None:
    """One video is the story's own clip: its caption shows the scene, with or without a stop; only
    a box of videos is a set of headlines."""
    article = read_html(ONE_VIDEO_PAGE, origin="one-video.html")
    kinds = {f.text: f.kind for f in article.furniture}
    assert kinds.get("Firefighters battle the blaze at the quay in Harbourtown") == "caption"


RESULTS_HTML = """<html><body><article>
<p>The district's results were announced on Sunday by the election commission in full.</p>
<table><tr><th>Candidate</th><th>Party</th><th>Votes</th></tr>
<tr><td>Mary Lin</td><td>Green</td><td>3011</td></tr></table>
<p>Turnout was low across the district, officials said on Monday after the count.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("row", "written"),
    [
        ("Candidate\tParty\tVotes", "| Candidate | Party | Votes |"),
        ("Mary Lin\tGreen\t3011", "| Mary Lin | Green | 3011 |"),
        # tabs that pad a column are one break between cells, and spaces inside a cell stay one
        ("Mary  Lin\t\tGreen\t3011\t", "| Mary Lin | Green | 3011 |"),
    ],
)
def test_a_tab_separated_line_is_a_table_row_as_in_html(row: str, written: str) -> None:
    text = ("The district's results were announced on Sunday by the election commission in full.\n\n"
            f"{row}\n\nTurnout was low across the district, officials said on Monday after the count.")
    assert written in read_text(text).body.split("\n\n")
    assert "| Candidate | Party | Votes |" in read_html(RESULTS_HTML).body.split("\n\n")


@pytest.mark.parametrize("line", ["\tTurnout was low across the district, officials said.",
                                  "Turnout was low across the district, officials said.\t"])
def test_a_tab_only_at_a_line_edge_is_no_table(line: str) -> None:
    text = f"The district's results were announced on Sunday by the commission.\n\n{line}"
    assert read_text(text).body.split("\n\n")[-1] == line.strip()


def test_the_cells_of_a_tab_separated_table_name_no_one_across_a_tab(pipeline: Pipeline) -> None:
    text = ("The district's results were announced on Sunday by the election commission.\n\n"
            "Candidate\tParty\tVotes\nMary Lin\tGreen\t3011\nJohn Park\tLabour\t2900")
    names = {m.text for m in pipeline.process(read_text(text)).mentions}
    assert {"Mary Lin", "John Park"} <= names
    assert not {"Candidate Party", "Mary Lin Green"} & names
