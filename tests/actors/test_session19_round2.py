"""Session 19, round 2, on sentences of our own: an organization the dictionary does not know is a
firm (sector business) where the text says so: a legal form closing its name, shares of it, the
profits or earnings it reports; not a group's "heavy losses", nor a bare "its offer". A US-style
office title with a US state's name before it or "of <state>" after the name makes the person
American ("Texas Governor Greg Abbott"); a state name another country's larger division bears does not. A
person's title before a city's one-word name makes a person unless the name's own words say
otherwise ("Ms. Paris said she"; "Mr. Paris said it would host" stays the city)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import actor_field, run


@pytest.mark.parametrize(("text", "actor_id"), [
    ("Acme Widgets Inc. said it would cut 300 jobs.", "org:acme-widgets-inc"),
    ("Zorvath Ltd. and the union signed a deal.", "org:zorvath-ltd"),
    ("Shares of Zorvath Motors rose 4 percent.", "org:zorvath-motors"),
    ("Zorvath Capital reported record profits on Tuesday.", "org:zorvath-capital"),
])
def test_the_text_says_the_organization_is_a_firm(nlp: Language, text: str, actor_id: str) -> None:
    assert actor_field(nlp, text, actor_id, "sector") == "business"


@pytest.mark.parametrize(("text", "actor_id"), [
    ("The Kivu Liberation Front reported heavy losses.", "org:kivu-liberation-front"),  # a group's losses
    ("The Kivu Relief Fund reported a loss of support among donors.", "org:kivu-relief-fund"),
    ("Analysts at Zorvath Capital said shares of banks fell.", "org:zorvath-capital"),  # others' shares
    ("The Zorvath Foundation said it would fund the school.", "org:zorvath-foundation"),
])
def test_no_firm_without_the_texts_word(nlp: Language, text: str, actor_id: str) -> None:
    assert actor_field(nlp, text, actor_id, "sector") is None


@pytest.mark.parametrize(("text", "actor_id"), [
    ("Texas Governor Greg Abbott said he would send more troops.", "per:greg-abbott"),
    ("Gov. Ron DeSantis of Florida signed the bill.", "per:ron-desantis"),  # not Uruguay's Florida
    ("North Carolina Gov. Josh Stein declared an emergency.", "per:josh-stein"),
    ("Georgia Gov. Brian Kemp signed the bill.", "per:brian-kemp"),
])
def test_a_us_states_office_holder_is_american(nlp: Language, text: str, actor_id: str) -> None:
    assert actor_field(nlp, text, actor_id, "country") == "USA"


@pytest.mark.parametrize(("text", "actor_id", "country"), [
    ("Governor Greg Abbott said he would send more troops to the border.", "per:greg-abbott", None),
    ("Rep. Dan Ortiz of Victoria spoke to reporters.", "per:dan-ortiz", None),  # Australia's state
    ("Sen. Maria Ortega, who visited Georgia last week, said she was pleased.", "per:maria-ortega", None),
    ("Central bank Governor Alan Ortiz of Mexico said rates would fall.", "per:alan-ortiz", "MEX"),
])
def test_no_us_without_a_us_state_at_the_title(nlp: Language, text: str, actor_id: str, country: str | None) -> None:
    assert actor_field(nlp, text, actor_id, "country") == country


@pytest.mark.parametrize(("text", "name"), [
    ("Ms. Paris said she would appeal the ruling.", "Ms. Paris"),
    ("Mrs. Washington said she had not been told.", "Mrs. Washington"),
    ("Mr. Kyiv told reporters he was tired.", "Mr. Kyiv"),
])
def test_a_titled_namesake_of_a_city_is_a_person(nlp: Language, text: str, name: str) -> None:
    found = {m.text: m.actor for m in run(nlp, text)[1]}
    assert found.get(name, "").startswith("per:"), found


@pytest.mark.parametrize(("text", "name", "actor_id"), [
    ("Mr. Paris said it would host the summit.", "Paris", "cty:FRA"),  # the name's own "it"
    ("Kyiv said it would respond.", "Kyiv", "cty:UKR"),  # no title
])
def test_the_city_stays_without_a_person_at_its_name(nlp: Language, text: str, name: str, actor_id: str) -> None:
    found = {m.text: m.actor for m in run(nlp, text)[1]}
    assert found.get(name) == actor_id, found
