"""Review of session 19's round 2, on sentences of our own: profits or revenue a public body or a
charity reports make no firm of it ("The Zorvath Oil Ministry reported revenue"), while a firm's
still do; "S.A." closing a name is no legal form (South Africa's initials: "Cricket S.A."); a US
state's name makes an office holder American only where it stands right before the title, not
across a comma ("In Texas, Senator Ali Rahimi of Kabul")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import actor_field


@pytest.mark.parametrize(("text", "actor_id"), [
    ("The Zorvath Oil Ministry reported revenue of $3 billion.", "org:zorvath-oil-ministry"),
    ("The Zorvath Revenue Authority reported record revenue this year.", "org:zorvath-revenue-authority"),
    ("The Zorvath Central Bank reported a profit of $2 billion.", "org:zorvath-central-bank"),
    ("The Zorvath Foundation reported revenues of $4 million.", "org:zorvath-foundation"),
    ("Cricket S.A. said it would appeal the ban.", "org:cricket-s-a"),  # South Africa's initials
])
def test_no_firm_of_a_public_body_nor_of_initials(nlp: Language, text: str, actor_id: str) -> None:
    assert actor_field(nlp, text, actor_id, "sector") is None


@pytest.mark.parametrize(("text", "actor_id"), [
    ("Zorvath Capital reported record profits on Tuesday.", "org:zorvath-capital"),
    ("The Zorvath Ministry Ltd reported revenue of $3 million.", "org:zorvath-ministry-ltd"),  # its legal form
])
def test_a_firms_results_still_make_a_firm(nlp: Language, text: str, actor_id: str) -> None:
    assert actor_field(nlp, text, actor_id, "sector") == "business"


@pytest.mark.parametrize(("text", "actor_id", "country"), [
    ("In Texas, Senator Ali Rahimi of Kabul said he would act.", "per:ali-rahimi", None),
    ("Indiana Senator Todd Young said he would act.", "per:todd-young", "USA"),
    ("New York Mayor Eric Adams said he would act.", "per:eric-adams", "USA"),
])
def test_the_state_stands_right_before_the_title(nlp: Language, text: str, actor_id: str, country: str | None) -> None:
    assert actor_field(nlp, text, actor_id, "country") == country
