"""Datelines at the start of a story: place, date and agency found and cut."""

from __future__ import annotations

import pytest

from dateline.reader.datelines import split_dateline

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
    ],
)
def test_dateline_forms(prefix: str, place: str | None, date: str | None, agency: str | None) -> None:
    dateline, rest = split_dateline(prefix + REST)
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.agency) == (place, date, agency)
    assert dateline.text == prefix.strip()
    assert rest == REST


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
