""""daily", "weekly", "monthly" naming a newspaper or magazine is no timex ("the Israeli daily
Haaretz", "The daily said"); the adverb and the adjective of a frequency stay SETs. Our own
sentences, published on Sunday 18 August 2024."""

from __future__ import annotations

from typing import Any

import pytest

SUN = "2024-08-18"


@pytest.mark.parametrize("text", [
    "The Israeli daily Haaretz reported the deal on Sunday.",
    "Egypt's state-run daily Al-Ahram said the talks would resume.",
    "He told the London-based pan-Arab daily Asharq Al-Awsat that talks would resume.",
    "He told the German news weekly Der Spiegel that talks would resume.",
    "The report was carried by the Dubai-based daily, Gulf News.",
    "The daily said the talks had stalled.",
    "According to the Israeli daily, the talks stalled.",
    "Egypt's state-run Al-Ahram daily said the talks would resume.",
    "He told Italy's daily Corriere della Sera that talks would resume.",
])
def test_periodical_is_no_timex(time_tag: Any, text: str) -> None:
    assert [t.text for t in time_tag(text, SUN) if t.type == "SET"] == []


@pytest.mark.parametrize(("text", "words", "value"), [
    ("Flights leave daily for Bombay.", "daily", "P1D"),
    ("The flights leave daily, officials said.", "daily", "P1D"),
    ("Flights leave daily. Officials said the route was popular.", "daily", "P1D"),
    ("Ferries run daily Monday to Friday.", "daily", "P1D"),
    ("Take the pill twice daily.", "daily", "P1D"),
    ("The daily tally of inspections did not mention him.", "daily", "P1D"),
    ("He gives a weekly address.", "weekly", "P1W"),
    # a capitalised word after the adjective that is no name of a paper, and a list of frequencies
    ("The army said daily Israeli strikes killed dozens.", "daily", "P1D"),
    ("A daily Hamas statement gave the toll.", "daily", "P1D"),
    ("The daily, weekly and monthly figures are published.", "daily", "P1D"),
    ("The daily reports from the ministry show the toll rising.", "daily", "P1D"),
    ("The two sides held daily talks in Cairo.", "daily", "P1D"),
    ("The daily death toll rose to 40.", "daily", "P1D"),
    ("The newsletter is published daily.", "daily", "P1D"),
    ("The pope attends daily Mass.", "daily", "P1D"),
])
def test_frequency_stays_a_set(time_tag: Any, text: str, words: str, value: str) -> None:
    assert [(t.type, t.value) for t in time_tag(text, SUN) if t.text == words] == [("SET", value)]
