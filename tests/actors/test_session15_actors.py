"""Session 15 actor follow-ups, on sentences of our own: short forms of given names, a company
whose last word is a surname, youths as a group, buildings named for people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.eval.entities import Sentence, predict
from tests.actors.test_conflict_news import by_text as _by_text


def _ner_only(text: str) -> dict[str, str]:
    """The entity scorer's reading of one sentence (the model's ner and the corrections, no parse)."""
    words = tuple(text.split())
    (found,) = predict([Sentence(words, ("O",) * len(words))])
    return {" ".join(words[a:b]): label for a, b, label in found}


def test_a_short_form_opens_a_persons_name(nlp: Language) -> None:
    # the model tags "Mitch Daniels" ORG; "Mitch" is no census entry
    assert _by_text(nlp, "Mitch Daniels signed the budget in Indianapolis.")["Mitch Daniels"] == "per:mitch-daniels"
    assert _ner_only("Mitch Daniels signed the budget .")["Mitch Daniels"] == "PER"


@pytest.mark.parametrize("text", [
    "Walt Disney reported higher profits on Thursday .",
    "Shares of Walt Disney rose 3 percent .",
])
def test_a_short_form_leaves_a_company_alone(text: str) -> None:
    assert _ner_only(text)["Walt Disney"] == "ORG"


def test_the_company_short_form_still_joins_its_name(nlp: Language) -> None:
    found = _by_text(nlp, "Walt Disney reported higher profits on Thursday. Disney said theme park visits rose.")
    assert found["Disney"] == found["Walt Disney"] == "org:walt-disney"


def test_a_person_cue_makes_the_short_form_a_person(nlp: Language) -> None:
    found = _by_text(nlp, "Walt Disney founded the studio in 1923. Disney said he wanted a park for families.")
    assert found["Walt Disney"] == "per:walt-disney"


def test_a_lone_surname_does_not_make_a_company_a_person(nlp: Language) -> None:
    found = _by_text(nlp, "Dow Jones cut 300 jobs. Jones said advertising fell.")
    assert found["Dow Jones"] == "org:dow-jones"
    assert _ner_only("Dow Jones cut 300 jobs , Jones said .")["Dow Jones"] == "ORG"


@pytest.mark.parametrize(("text", "short", "actor"), [
    ("Dow Jones cut 300 jobs. Jones said advertising fell.", "Jones", "org:dow-jones"),
    ("Morgan Stanley cut 2,000 jobs. Stanley said the cuts would save money.", "Stanley", "org:morgan-stanley"),
])
def test_a_lone_surname_after_a_companys_dealings_is_the_company(nlp: Language, text: str, short: str,
                                                                  actor: str) -> None:
    assert _by_text(nlp, text)[short] == actor


def test_a_person_of_that_surname_keeps_the_lone_word(nlp: Language) -> None:
    found = _by_text(nlp, "Morgan Stanley cut 2,000 jobs. The trader Paul Stanley lost his post. "
                          "Stanley said he would sue.")
    assert found["Stanley"] == "per:paul-stanley"


def test_a_lone_surname_still_makes_a_player_a_person(nlp: Language) -> None:
    found = _by_text(nlp, "Mason Rudolph threw for 250 yards as the Steelers won. Rudolph said the team played well.")
    assert found["Mason Rudolph"] == found["Rudolph"] == "per:mason-rudolph"


@pytest.mark.parametrize(("text", "group"), [
    ("Police said Palestinian youths threw stones at soldiers in Hebron.", "Palestinian youths"),
    ("A Palestinian youth was shot dead in Nablus.", "Palestinian youth"),
])
def test_youths_are_a_group(nlp: Language, text: str, group: str) -> None:
    assert _by_text(nlp, text)[group] == "grp:pse-youths"


def test_a_youth_team_is_no_group(nlp: Language) -> None:
    assert not any(a.startswith("grp:") for a in _by_text(nlp, "The youth team won the cup in Spain.").values())


def test_a_facility_named_for_a_person_is_no_mention_of_him(nlp: Language) -> None:
    found = _by_text(nlp, "Jimmy Carter spoke in Atlanta. Patients were moved to Carter Hospital.")
    assert "Carter" not in found
    assert found["Jimmy Carter"] == "per:jimmy-carter"
