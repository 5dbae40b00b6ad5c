"""A country's name that is also a US state's ("Georgia") is the state throughout an article
where a mention of it has a US state's words around it (its governor, voters, primary, "the
state of"), unless the article names the country otherwise (its capital, "Georgian")
(``dateline.places.town_use.us_states``, which asks ``dateline.actors.state_names``). Our own
sentences."""

from __future__ import annotations

import pytest

from dateline import gazetteer
from dateline.actors.state_names import state_senses_of
from dateline.places import resolve_spans
from tests.places.spans import spans as _spans

STATE = [  # every mention of the name is the US state
    ("Georgia voters head to the polls in November. Georgia Gov. Brian Kemp said turnout would "
     "be high.\n\nGeorgia is a key swing state.", ["Georgia", "Georgia", "Georgia"]),
    ("Georgia's primary on May 21 will decide the Senate nominee.", ["Georgia"]),
    ("Georgia Secretary of State Brad Raffensperger certified the results.", ["Georgia"]),
    ("The state of Georgia sued the company. Georgia says the plant polluted the river.",
     ["Georgia", "Georgia"]),
    ("In Atlanta, Georgia, voters lined up before dawn.", ["Atlanta", "Georgia"]),
    ("The rally in Athens, Georgia drew thousands. Georgia has 16 electoral votes.",
     ["Athens", "Georgia", "Georgia"]),
    ("The shooting happened in Rome, Georgia, police said. Georgia has tightened gun laws.",
     ["Rome", "Georgia", "Georgia"]),
]

COUNTRY = [  # the country: no state's words, or the country named otherwise
    ("Georgia's primary goal remains membership of the European Union.\n\nGeorgia applied to "
     "join in 2022.", ["Georgia", "European Union", "Georgia"]),
    ("Georgia's voters cast ballots on Saturday in an election the opposition in Tbilisi "
     "called a choice between Europe and Russia.", ["Georgia", "Tbilisi", "Europe", "Russia"]),
    ("Georgian voters went to the polls. Georgia voters also backed the ruling party.",
     ["Georgian", "Georgia"]),
    ("Heads of state of Georgia, Armenia and Azerbaijan met in Brussels.",
     ["Georgia", "Armenia", "Azerbaijan", "Brussels"]),
    ("Brussels is worried about the state of Georgia's democracy.\n\nGeorgia has been a "
     "candidate since 2023.", ["Brussels", "Georgia", "Georgia"]),
]


@pytest.mark.parametrize(("text", "phrases"), STATE)
def test_the_state_by_its_words(text: str, phrases: list[str]) -> None:
    places = resolve_spans(text, _spans(text, phrases), gazetteer.load())
    georgia = [p for p in places if p.text == "Georgia"]
    assert georgia and all(p.country == "US" and p.feature == "ADM1" for p in georgia), places


@pytest.mark.parametrize(("text", "phrases"), COUNTRY)
def test_the_country_stays_the_country(text: str, phrases: list[str]) -> None:
    places = resolve_spans(text, _spans(text, phrases), gazetteer.load())
    georgia = [p for p in places if p.text == "Georgia"]
    assert georgia and all(p.country == "GE" for p in georgia), places


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgia Gov. Brian Kemp", True),
    ("Georgia's governor said", True),
    ("Georgia Republicans met", True),
    ("Georgia's primary on May 21", True),
    ("the state of Georgia", True),
    ("Georgia's Governor-General", False),
    ("Georgia's primary goal", False),
    ("heads of state of Georgia", False),
    ("the state of Georgia's democracy", False),
    ("Georgia is a key state", False),
])
def test_us_state_words(text: str, expected: bool) -> None:
    """The words around one mention, as the one decision places and actors share reads them."""
    start = text.index("Georgia")
    assert state_senses_of(text, [(start, start + len("Georgia"))]) == [expected]
