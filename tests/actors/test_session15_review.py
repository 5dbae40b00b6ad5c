"""Session 15 review of the actors stage, on sentences of our own: what the company reading of a
two-word name must not catch."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dateline.actors.readings import company_context
from tests.actors.test_conflict_news import by_text as _by_text
from tests.actors.test_session15_actors import _ner_only


@pytest.mark.parametrize("text", [
    # a game's quarter, a team's staff: no company's results
    "Mason Rudolph threw two touchdown passes in the fourth quarter as the Steelers won. Rudolph said the team played well.",
    "Mason Rudolph threw for 250 yards and the staff were pleased. Rudolph said the team played well.",
])
def test_a_players_sentence_is_no_companys(nlp: Language, text: str) -> None:
    found = _by_text(nlp, text)
    assert found["Mason Rudolph"] == found["Rudolph"] == "per:mason-rudolph"


def test_a_games_quarter_is_no_companys_without_a_parse() -> None:
    found = _ner_only("Mason Rudolph threw two touchdown passes in the fourth quarter , Rudolph said .")
    assert found["Mason Rudolph"] == "PER"


def test_jobs_a_politician_speaks_of_are_no_companys(nlp: Language) -> None:
    # the model tags "Mitch Daniels" ORG; the jobs are the budget's, not the name's dealings
    assert _by_text(nlp, "Mitch Daniels said the budget would create jobs in Indiana.")["Mitch Daniels"] \
        == "per:mitch-daniels"


def test_a_companys_own_jobs_keep_it_a_company(nlp: Language) -> None:
    found = _by_text(nlp, "Dow Jones cut 300 jobs. Jones said advertising fell.")
    assert found["Dow Jones"] == found["Jones"] == "org:dow-jones"


def test_a_name_under_the_main_verb_reads_to_the_end(nlp: Language) -> None:
    # "Daniels" hangs from "for", which hangs from the sentence's root: the walk up ends there
    doc = nlp.make_doc("They cheered for Mitch Daniels in Indianapolis.")
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "parser":
            break
    assert doc[4].head.head.dep_ == "ROOT"
    assert not company_context(Span(doc, 3, 5, label="ORG"))


@pytest.mark.parametrize(("tags", "company"), [
    (["B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O"], True),  # "Disney said": the company, tagged alone
    (["B-ORG", "I-ORG", "O", "O", "O", "B-PERSON", "O", "O"], False),  # the model's person
    (["B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O"], False),  # "Disney World": another name's word
])
def test_the_last_word_alone_as_an_organization(tags: list[str], company: bool) -> None:
    words = ["Walt", "Disney", "opened", "a", "park", "Disney", "World", "said"]
    if tags[6] == "O":
        words[6] = "officials"
    doc = Doc(Vocab(), words=words, ents=tags)
    assert company_context(Span(doc, 0, 2, label="ORG")) is company


@pytest.mark.parametrize(("text", "body"), [
    ("Congress and Rob Portman clashed over the bill.", "Congress"),
    ("Congress and Tom Cole clashed over the bill.", "Congress"),
    ("Parliament and Mary Smith clashed over the bill.", "Parliament"),
])
def test_a_body_beside_a_persons_name_shares_no_surname(nlp: Language, text: str, body: str) -> None:
    assert not _by_text(nlp, text)[body].startswith("per:")


def test_a_short_form_still_shares_its_surname(nlp: Language) -> None:
    assert _by_text(nlp, "Hillary and Bill Clinton arrived in Little Rock.")["Hillary"] == "per:hillary-clinton"
