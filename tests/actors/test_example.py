"""Every person, organization and country of the gold example's ``entities``, resolved."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Actor, Mention

#: gold affiliations written as names -> our ids
ORGS = {"Hamas": "org:hamas"}
#: gold organizations that appear only in page furniture (the record's source), not in the text
FURNITURE_ONLY = {"Gulf News"}


def _plain(text: str) -> str:
    return text.replace("\u2019", "'")


@pytest.fixture(scope="module")
def resolved(nlp, example_text: str, example_gold: dict[str, Any]) -> tuple[dict[str, Actor], list[Mention]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(example_text)
    doc._.published = example_gold["document"]["publication_date"]
    doc = nlp(doc)
    by_name = {a.name: a for a in doc._.actors}
    return by_name, doc._.mentions


def _people(example_gold: dict[str, Any]) -> list[dict[str, Any]]:
    return example_gold["entities"]["person"]


def test_people(resolved, example_gold) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = resolved
    for person in _people(example_gold):
        actor = actors.get(person["name"])
        assert actor is not None, person["name"]
        assert actor.type == "person"
        texts = [_plain(m.text) for m in mentions if m.actor == actor.id]
        for gold_mention in person["mentions"]:
            assert _plain(gold_mention) in texts, (person["name"], gold_mention, texts)
        if "role" in person:
            role = person["role"].casefold()
            assert any(role in r.casefold() for r in actor.roles), (person["name"], actor.roles)
        affiliation = person.get("affiliation")
        if affiliation in ORGS:
            assert actor.affiliation == ORGS[affiliation], actor
        elif affiliation:
            assert actor.country == affiliation, actor


def test_organizations(resolved, example_gold) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = resolved
    for name in example_gold["entities"]["organization"]:
        if name in FURNITURE_ONLY:
            continue
        actor = actors.get(name)
        assert actor is not None, name
        assert any(m.actor == actor.id for m in mentions)
    assert actors["AFP"].type == "media"
    assert actors["UN Security Council"].type == "igo"
    assert (actors["Hamas"].country, actors["Hamas"].sector) == ("PSE", "rebel")


def test_countries(resolved, example_gold) -> None:  # type: ignore[no-untyped-def]
    actors, _ = resolved
    for name in example_gold["entities"]["country"]:
        actor = actors.get(name)
        assert actor is not None and actor.type == "country", name
        assert actor.id == f"cty:{actor.country}"


def test_places_are_not_actors(resolved, example_gold) -> None:  # type: ignore[no-untyped-def]
    actors, _ = resolved
    for place in example_gold["entities"]["place"]:
        assert place["name"] not in actors


def test_groups(resolved) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = resolved
    by_text = {_plain(m.text): m.actor for m in mentions}
    assert by_text["hostage supporters in Israel"] == "grp:isr-hostage-supporters"
    assert by_text["Israeli leaders"] == "grp:isr-leaders"
    assert by_text["Palestinian militants"] == "org:hamas"
    supporters = next(a for a in actors.values() if a.id == "grp:isr-hostage-supporters")
    assert (supporters.type, supporters.country) == ("group", "ISR")
