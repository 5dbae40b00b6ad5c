"""Datelines at the start of a story: place, date and agency found and cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from dateline.reader import read_text
from dateline.reader.datelines import split_dateline

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

REST = "Mediators met again on Sunday to discuss the proposal."


@pytest.mark.parametrize(
    ("prefix", "place", "date", "agency"),
    [
        ("Dubai: ", "Dubai", None, None),
        ("GAZA CITY (AP) — ", "Gaza City", None, "AP"),
        ("JERUSALEM, Aug 18 (Reuters) - ", "Jerusalem", "XXXX-08-18", "Reuters"),
        ("CAIRO — ", "Cairo", None, None),
        ("KHAN YOUNIS, Gaza Strip (AP) — ", "Khan Younis", None, "AP"),
        ("Dubai, Aug 20 (WAM) -- ", "Dubai", "XXXX-08-20", "WAM"),
        ("DOHA, Qatar, August 16, 2024 (AFP) - ", "Doha", "2024-08-16", "AFP"),
        ("BEIRUT/CAIRO (Reuters) - ", "Beirut/Cairo", None, "Reuters"),
        ("(Reuters) - ", None, None, "Reuters"),
        ("WASHINGTON – ", "Washington", None, None),
        ("TEL AVIV — ", "Tel Aviv", None, None),
        ("Ramallah: ", "Ramallah", None, None),
        ("ISLAMABAD (Reuters) - ", "Islamabad", None, "Reuters"),
        ("Gaza City, Palestine: ", "Gaza City", None, None),
        ("DOHA, Aug 18 (AFP) — ", "Doha", "XXXX-08-18", "AFP"),
        ("New Delhi (PTI) ", "New Delhi", None, "PTI"),
        ("The Hague (Reuters) - ", "The Hague", None, "Reuters"),
        ("Sderot, Israel (Reuters) - ", "Sderot", None, "Reuters"),
        # a date or a region before the brackets: a dateline, though the town is no listed place
        ("Leh, Aug 18 (PTI) ", "Leh", "XXXX-08-18", "PTI"),
        ("Shopian, August 18 (PTI) ", "Shopian", "XXXX-08-18", "PTI"),
        ("Kupwara, Aug. 18 (IANS) ", "Kupwara", "XXXX-08-18", "IANS"),
        ("Qalqilya, Aug 18 (WAFA) ", "Qalqilya", "XXXX-08-18", "WAFA"),
        ("Leh, Ladakh (PTI) ", "Leh", None, "PTI"),
        # national agencies of the region
        ("ISLAMABAD (APP) ", "Islamabad", None, "APP"),
        ("BEIRUT (NNA) - ", "Beirut", None, "NNA"),
        ("Amman (Petra) -- ", "Amman", None, "Petra"),
        ("KUALA LUMPUR, Aug 18 (Bernama) -- ", "Kuala Lumpur", "XXXX-08-18", "Bernama"),
        ("MOSCOW, Aug 18 (Interfax) - ", "Moscow", "XXXX-08-18", "Interfax"),
        ("TEHRAN (Tasnim) – ", "Tehran", None, "Tasnim"),
    ],
)
def test_dateline_forms(prefix: str, place: str | None, date: str | None, agency: str | None) -> None:
    dateline, rest = split_dateline(prefix + REST)
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.agency) == (place, date, agency)
    assert dateline.text == prefix.strip()
    assert rest == REST


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Jenin (WAFA) - at least three people were killed in the raid, the ministry said.", "Jenin"),
        ("Gaza City (AFP) - at least 20 people were killed in strikes overnight, medics said.", "Gaza City"),
    ],
)
def test_a_known_place_and_a_dash_stay_a_dateline_before_lower_case(paragraph: str, place: str) -> None:
    """A sentence may open in lower case after the dash ("- at least ..."): the place is known."""
    dateline, _ = split_dateline(paragraph)
    assert dateline is not None and dateline.place == place


def test_year_completes_a_dateline_date() -> None:
    dateline, _ = split_dateline("JERUSALEM, Aug 18 (Reuters) - " + REST, year=2024)
    assert dateline is not None and dateline.date == "2024-08-18"


@pytest.mark.parametrize(
    "paragraph",
    [
        REST,
        "Update: the meeting has been moved to Cairo, officials said on Sunday.",
        "Netanyahu: We will not agree to a deal that leaves Hamas in power in Gaza.",
        "The US said (in a statement) - that talks would go on.",
        "Hamas — which did not attend the talks — said the text was unacceptable.",
        "AP reported on Sunday that the delegations would meet again.",
        "AFL-CIO to endorse the candidate, union leaders said on Tuesday morning.",
        "Clinton: We need a plan that brings the hostages home and ends the war.",
        "EXCLUSIVE — The draft text seen by reporters runs to four pages in all.",
        "Talks - which began Monday - stalled on Tuesday over the release of hostages.",
        "Hamas (the group) said on Tuesday that it would study the proposal with care.",
        "Hamas (the group) - which runs Gaza - said on Tuesday it would study the text.",
        "ISRAEL STRIKES GAZA AGAIN AS TALKS STALL IN CAIRO OVER THE HOSTAGES",
        "\"We will not stop,\" the minister said - and then he left the room at once.",
        "“Gaza: we will not stop,” the minister said on Tuesday after the meeting.",
        "The World Health Organization (WHO) said on Tuesday that cases had risen.",
        "Sen. Jane Doe (R-AL) and former Mayor John Roe wore the campaign's caps.",
        "Rep. Jane Doe (D-N.Y.): We need a plan that brings the hostages home now.",
        "Jane Doe (D-CA) said on Tuesday that the bill would pass the House this week.",
        "Biden (Nov 12) said on Tuesday that the bill would pass the House this week.",
        "Israel — which has not commented — is expected to send a team to the talks.",
        "Smith, Jones — The two lawyers said the case would be heard in the spring.",
        "Ceasefire talks: Egypt, Qatar and the United States pressed for a deal.",
        # a clause whose subject ends in an agency's initials: "(PTI)" is Pakistan's party too
        "The Pakistan Tehreek-e-Insaf (PTI) said on Monday that it would appeal the verdict.",
        "The Pakistan Tehreek-e-Insaf (PTI) on Monday said it would appeal the verdict.",
        "The Pakistan Tehreek-e-Insaf (PTI) Chairman Imran Khan said he would appeal.",
        "The Pakistan Tehreek-e-Insaf (PTI) - the party of Imran Khan - said it would appeal.",
        "Pakistan Tehreek-e-Insaf (PTI) leaders said on Monday that they would appeal.",
        "Press Trust (PTI) reported on Monday that the two sides would meet again soon.",
        "PTI (Reuters) said on Monday that it would appeal the verdict of the court.",
    ],
)
def test_no_dateline(paragraph: str) -> None:
    dateline, rest = split_dateline(paragraph)
    assert dateline is None
    assert rest == paragraph


def test_colon_places_are_big_cities_and_listed_places() -> None:
    from dateline.reader.datelines import _place_names

    names = _place_names()
    assert {"dubai", "doha", "jerusalem", "cairo", "ramallah", "khan yunis"} <= names
    assert not {"clinton", "obama", "update"} & names


# --- wire and newspaper forms: CITY[, REGION][, Month Day][ (AGENCY or date)] + dash or colon ---

LEDE = "Egypt, Qatar and the United States pressed on Sunday for a ceasefire deal."

WIRE_FORMS = [
    ("KHARTOUM (Nov 12, 2024) - ", "Khartoum", "2024-11-12", None),
    ("CAIRO (Aug 18, 2024) — ", "Cairo", "2024-08-18", None),
    ("GENEVA, (Reuters) - ", "Geneva", None, "Reuters"),
    ("WASHINGTON (AP) — ", "Washington", None, "AP"),
    ("BEIRUT, Lebanon (AP) — ", "Beirut", None, "AP"),
    ("UNITED NATIONS (Reuters) - ", "United Nations", None, "Reuters"),
    ("Kyiv, Ukraine, Nov 12 (AFP) - ", "Kyiv", "XXXX-11-12", "AFP"),
    ("DOHA, Qatar — ", "Doha", None, None),
    ("Gaza City: ", "Gaza City", None, None),
    ("KHARTOUM, Sudan (Nov. 12) – ", "Khartoum", "XXXX-11-12", None),
    ("KHARTOUM (Reuters, Nov 12) -- ", "Khartoum", "XXXX-11-12", "Reuters"),
    ("ADEN (12 November 2024, AFP) — ", "Aden", "2024-11-12", "AFP"),
    ("Doha — ", "Doha", None, None),
    ("Abu Dhabi – ", "Abu Dhabi", None, None),
    ("Deir al-Balah, Gaza Strip — ", "Deir al-Balah", None, None),
    ("MOSCOW, November 12. /TASS/. ", "Moscow", "XXXX-11-12", "TASS"),
    ("CAIRO, Aug 18: ", "Cairo", "XXXX-08-18", None),
    ("WASHINGTON (AP)—", "Washington", None, "AP"),
    ("(Nov 12, 2024) - ", None, "2024-11-12", None),
    ("LONDON, Nov 12 (Reuters Breakingviews) - ", "London", "XXXX-11-12", "Reuters Breakingviews"),
    ("Port Sudan (Nov 12, 2024) — ", "Port Sudan", "2024-11-12", None),
]


@pytest.mark.parametrize(("prefix", "place", "date", "agency"), WIRE_FORMS)
def test_wire_and_newspaper_forms(prefix: str, place: str | None, date: str | None,
                                  agency: str | None) -> None:
    dateline, rest = split_dateline(prefix + LEDE)
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.agency) == (place, date, agency)
    assert dateline.text == prefix.strip()
    assert rest == LEDE


@pytest.mark.parametrize(("prefix", "place", "date", "agency"), WIRE_FORMS)
def test_dateline_under_a_short_headline_is_cut(prefix: str, place: str | None, date: str | None,
                                                agency: str | None) -> None:
    """A two-word headline line over the dateline paragraph: the dateline still opens the story."""
    article = read_text(f"Talks resume\n\n{prefix}{LEDE}\n\nThe talks resume on Monday in Cairo.")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (place, date, agency)
    assert article.title == "Talks resume"
    assert article.body.startswith(LEDE)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Talks resume\n\nTalks - which began Monday - stalled on Tuesday over the hostages.",
         "Talks resume"),
        ("ISRAEL STRIKES GAZA AGAIN AS TALKS STALL\n\nMediators met again on Sunday to discuss the plan "
         "that the United States put forward last week in Doha.", "Mediators met again"),
        ("\"We will not stop,\" the minister said - and then he left the room at once.",
         "\"We will not stop,\""),
    ],
)
def test_no_dateline_in_an_article(text: str, first: str) -> None:
    article = read_text(text)
    assert article.dateline is None
    assert article.body.startswith(first)


@pytest.mark.parametrize(
    "prefix", ["KHARTOUM (Nov 12, 2024) - ", "CAIRO (Aug 18, 2024) — ", "GENEVA, (Reuters) - "]
)
def test_cut_dateline_leaves_the_first_sentence_whole(prefix: str, pipeline: Pipeline) -> None:
    """The reported symptom: with the dateline left in the body, the first sentence kept only
    'Egypt' of the three countries, and the dateline's date was read as a time expression."""
    record = pipeline.process(read_text(f"Talks resume\n\n{prefix}{LEDE}\n\nThe talks go on."))
    assert record.body.startswith(LEDE)
    assert {"Egypt", "Qatar", "United States"} <= {m.text for m in record.mentions}
    assert [t.text for t in record.timexes if t.start < len(LEDE)] == ["Sunday"]


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        # a site section's title run into the page's next line is no dateline
        ("Pakistan Tehreek-e-Insaf (PTI) - Latest news The party said on Monday it would appeal.", None),
        ("Harbour Workers Union (HWU) - Latest Updates The union said its members would march.", None),
        ("(AP) - Latest news The ferry left the harbour on Monday morning.", None),
        # a dateline whose story opens with "Latest ..." prose stays one
        ("ISLAMABAD - Latest news reaching here said the talks had failed.", "Islamabad"),
        ("LONDON (Reuters) - Latest figures show inflation fell in July.", "London"),
        # a place in capitals, then a name that opens with a section's words: a dateline
        ("CAIRO — Breaking News Network reported on Sunday that the ferry talks stalled.", "Cairo"),
        ("JERUSALEM (AP) — Top Stories Inc., a small media firm, said Monday it would close.", "Jerusalem"),
    ],
)
def test_a_section_title_is_no_dateline(paragraph: str, place: str | None) -> None:
    found, _ = split_dateline(paragraph)
    assert (found is None) if place is None else (found is not None and found.place == place)


@pytest.mark.parametrize(
    ("text", "section", "body_start"),
    [
        ("Harbour Workers Union (HWU) - Latest news The union said on Tuesday its members would march.\n\n"
         "Police said they would keep the quay open.", "Harbour Workers Union (HWU) - Latest news", "The union said"),
        ("Harbour strike | Latest updates Dockworkers walked off the job at dawn, the union said.\n\n"
         "Police said they would keep the quay open.", "Harbour strike | Latest updates", "Dockworkers walked"),
    ],
)
def test_a_section_title_run_into_the_first_line_is_split_off(text: str, section: str, body_start: str) -> None:
    article = read_text(text)
    assert article.dateline is None
    assert [(f.kind, f.text) for f in article.furniture] == [("breadcrumb", section)]
    assert article.body.startswith(body_start)


@pytest.mark.parametrize(
    ("text", "title", "body_start"),
    [
        # a live blog's headline is the page's headline, no section title
        ("Harbour strike: Live updates\n\nDockworkers walked off the job at dawn on Monday, the union said, "
         "and the ferries stayed in port.", "Harbour strike: Live updates", "Dockworkers walked"),
        # a dateline's place in capitals, then prose that opens with "Breaking news": never split
        ("PORTVILLE (AP) — Breaking news Tuesday morning rattled the harbour market as the strike went on.\n\n"
         "Police said they would keep the quay open.", None, "Breaking news Tuesday morning"),
        # only before the body: after a body line, a paragraph is left whole
        ("Dockworkers walked off the job at dawn on Monday, the union said.\n\n"
         "Harbour strike - Latest news The union said its members would march.\n\n"
         "Police said they would keep the quay open.", None, "Dockworkers walked"),
    ],
)
def test_a_section_title_split_never_eats_a_headline_or_sentence(text: str, title: str | None,
                                                                   body_start: str) -> None:
    article = read_text(text)
    assert article.title == title
    assert article.body.startswith(body_start)
    assert "breadcrumb" not in [f.kind for f in article.furniture]


def test_an_agency_before_a_name_that_opens_with_a_section_word_is_a_dateline() -> None:
    found, rest = split_dateline("(Reuters) - Breaking News Network said on Monday it would be sold to a harbour firm.")
    assert found is not None and found.agency == "Reuters"
    assert rest.startswith("Breaking News Network said")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the dateline's day, the body's year: the first full date in the body is an event's
        ("WASHINGTON, Aug 18 (Reuters) - Talks that began on Aug. 12, 2024, ended yesterday "
         "without a deal, officials said.", "2024-08-18"),
        # the year that puts the dateline closest to the body's date: a story of Jan 2
        # naming Dec 30 of the year before
        ("KYIV, Jan 2 (Reuters) - Strikes that began on Dec. 30, 2023, went on into the "
         "new year, officials said.", "2024-01-02"),
        # no date in the body: the dateline's day has no year, and nothing says one
        ("KYIV, Jan 2 (Reuters) - Strikes went on into the new year, officials said.", None),
    ],
)
def test_a_dateline_without_a_year_takes_it_from_a_date_in_the_body(text: str,
                                                                     published: str | None) -> None:
    article = read_text(text)
    assert article.published.date == published
    if published:
        assert article.published.evidence == "dateline"
        assert article.dateline is not None and article.dateline.date == published


@pytest.mark.parametrize(
    ("text", "url", "source"),
    [
        # a bare wire text names no outlet but its dateline's agency
        ("KHARTOUM, Dec 19 (Reuters) - Fighters seized the town on Tuesday, residents said.", None, "Reuters"),
        ("GAZA, Aug 18 (AFP) - Talks resumed in Doha on Sunday, mediators said.", None, "AFP"),
        # a page's host is its outlet, even when it carries a wire story
        ("KHARTOUM, Dec 19 (Reuters) - Fighters seized the town on Tuesday, residents said.",
         "https://news.example.org/2023/12/19/sudan", "news.example.org"),
        # a dateline with no agency gives no source
        ("KHARTOUM, Dec 19 - Fighters seized the town on Tuesday, residents said.", None, None),
    ],
)
def test_a_text_with_no_page_is_its_dateline_agency_s(text: str, url: str | None, source: str | None) -> None:
    assert read_text(text, url=url).source == source
