"""Session 14: the people an agentive event noun's "of" names do it; "not a single" subjects deny
their act; nobody's denial leaves an act undisputed; a relative clause's object the parser made a
second subject."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import extract


def _found(nlp: Any, text: str, trigger: str) -> Any:
    return next(f for f in extract(nlp(text)) if f.event.trigger == trigger)


@pytest.mark.parametrize(("text", "trigger", "doers"), [
    ("Police fired tear gas amid protests of Palestinians in Hebron.", "protests", ("Palestinians",)),
    ("Soldiers fired tear gas during a march of farmers in Delhi.", "march", ("farmers",)),
    ("The hunger strike of prisoners entered its third week.", "hunger strike", ("prisoners",)),
])
def test_an_agentive_nouns_of_people_are_its_doers(nlp: Any, text: str, trigger: str, doers: tuple[str, ...]) -> None:
    found = _found(nlp, text, trigger)
    assert doers in found.source_texts and doers not in found.target_texts, found


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    # near misses: a patient noun's "of" is whom it hits
    ("The UN condemned the killings of civilians in Gaza.", "killings", ("civilians",)),
    ("The detention of activists drew criticism.", "detention", ("activists",)),
])
def test_a_patient_nouns_of_people_are_its_targets(nlp: Any, text: str, trigger: str, victims: tuple[str, ...]) -> None:
    found = _found(nlp, text, trigger)
    assert victims in found.target_texts and victims not in found.source_texts, found


def test_a_protest_of_a_policy_names_no_doer(nlp: Any) -> None:
    found = _found(nlp, "Israel condemned the protests of Iran's policy.", "protests")
    assert "cty:IRN" not in found.event.sources, found


def _status(nlp: Any, text: str, trigger: str) -> str:
    return str(_found(nlp, text, trigger).event.status)


@pytest.mark.parametrize(("text", "trigger", "status"), [
    ("Not a single shot was fired at the protesters.", "fired", "negated"),
    ("No shots were fired at the border on Sunday.", "fired", "negated"),
    ("Not one soldier fired at the crowd.", "fired at", "negated"),
    ("Not one of the soldiers fired at the crowd.", "fired at", "negated"),
    ("Police said not a single shot was fired at the protesters.", "fired", "negated"),
    # near misses: some did
    ("Not only soldiers fired at the crowd.", "fired at", "happened"),
    ("Not all soldiers fired at the crowd.", "fired at", "happened"),
    ("Not one but two rockets were fired at Tel Aviv.", "rockets fired", "happened"),
    ("Not one soldier but three fired at the crowd.", "fired at", "happened"),
    ("Shots were fired at the protesters.", "fired", "happened"),
    # denied by nobody, the firing is undisputed; denied by someone, or not denied, it is not
    ("Nobody denied that Hamas fired rockets at Israel.", "fired rockets", "happened"),
    ("Israel denied that Hamas fired rockets at Egypt.", "fired rockets", "denied"),
    ("Hamas did not deny that it fired rockets at Israel.", "fired rockets", "hypothetical"),
])
def test_negative_quantifier_subjects(nlp: Any, text: str, trigger: str, status: str) -> None:
    assert _status(nlp, text, trigger) == status


def test_not_a_single_official_commits_no_one(nlp: Any) -> None:
    assert _status(nlp, "Not a single official said Israel would withdraw.", "withdraw") == "hypothetical"


def test_a_relative_clauses_object_is_no_second_subject(nlp: Any) -> None:
    # the parser reads "Sudan's army" as a second subject of "stormed"; it is what the protesters defied
    text = ("Protesters who began marching over bread prices in December and defied Sudan's army stormed "
            "the palace in April.")
    found = _found(nlp, text, "stormed")
    assert "org:saf" not in found.event.sources and ("Protesters",) in found.source_texts, found
    assert "org:saf" in _found(nlp, text, "defied").event.targets


def test_a_split_subject_still_takes_its_head(nlp: Any) -> None:
    # near miss: two subjects with no relative clause between them are one name split
    found = _found(nlp, "Sudan's paramilitary Rapid Support Forces attacked El Fasher.", "attacked")
    assert found.event.sources == ("org:rsf",)


def test_a_strike_of_workers_is_their_walkout(nlp: Any) -> None:
    found = _found(nlp, "A strike of dockworkers entered its second week.", "strike")
    assert (found.event.type, found.source_texts) == ("PROTEST", (("dockworkers",),))
