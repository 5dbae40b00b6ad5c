"""Slips an events QA round found on ordinary news, each as a general rule, on our own sentences:
role nouns after a modifier ("Riot police"), towns the model tags as people or organizations,
a dictionary person's surname tagged ORG, capitals acting for their country (every national
capital the gazetteer knows), groups "from" several countries, and "its" in a reason phrase."""

from __future__ import annotations

import pytest

from dateline.model import Actor, Mention


def run(nlp, text: str) -> tuple[dict[str, Actor], list[Mention]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-10"
    doc = nlp(doc)
    return {a.id: a for a in doc._.actors}, doc._.mentions


def actors_of(mentions: list[Mention], text: str) -> list[str]:
    return [m.actor for m in mentions if m.text == text]


# --- 1. mis-typed ids -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Riot police fired tear gas at protesters in Nairobi on Tuesday.", "Riot police", "grp:ken-riot-police"),
    ("Border police detained two men near Lviv on Friday.", "Border police", "grp:ukr-border-police"),
    ("Traffic police closed the main road in Lahore.", "Traffic police", "grp:pak-traffic-police"),
])
def test_role_nouns_after_a_modifier_are_the_countrys_group(nlp, text, mention, expected) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert actors_of(mentions, mention) == [expected], mentions
    assert actors[expected].type == "group" and actors[expected].sector == "police"
    assert not any(a.startswith("per:") for a in actors), actors


@pytest.mark.parametrize("text", [
    "The RSF shelled El Fasher on Sunday.",
    "Paramilitaries tightened the siege of El Fasher.",
    "A rocket struck a football field in Majdal Shams, killing 12 children.",
    "Majdal Shams mourned its dead on Sunday.",
])
def test_towns_the_model_tags_as_actors_are_no_actors(nlp, text) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert not [m for m in mentions if m.text in ("El Fasher", "Majdal Shams")], mentions
    assert not any(a.endswith(("el-fasher", "majdal-shams")) for a in actors), actors


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Maduro said the election was fair.", "Maduro", "per:nicolas-maduro"),
    ("Zelensky said the front was holding.", "Zelensky", "per:volodymyr-zelensky"),
    # negative: a surname is a dictionary person only through the dictionary's own aliases
    ("Jim Johnson, a farmer, said the field was flooded. Johnson said he would stay.", "Johnson",
     "per:jim-johnson"),
    ("Johnson said the farm was flooded.", "Johnson", "per:johnson"),
])
def test_a_dictionary_persons_surname_is_that_person(nlp, text, mention, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert actors_of(mentions, mention) == [expected], mentions


# --- 2. metonymy ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Kyiv said the drones were shot down.", "Kyiv", "cty:UKR"),
    ("Moscow rejected the proposal on Monday.", "Moscow", "cty:RUS"),
    ("Beijing warned against provocations.", "Beijing", "cty:CHN"),
    ("Washington urged restraint.", "Washington", "cty:USA"),
    ("Nairobi denied the report.", "Nairobi", "cty:KEN"),  # any national capital of the gazetteer
    ("Ankara condemned the attack.", "Ankara", "cty:TUR"),
    ("Oslo condemned the attack.", "Oslo", "cty:NOR"),  # capitals our country table does not list
    ("Lima rejected the claims.", "Lima", "cty:PER"),
    ("Canberra said it would send aid.", "Canberra", "cty:AUS"),
])
def test_a_capital_acting_is_its_country(nlp, text, mention, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert actors_of(mentions, mention) == [expected], mentions


@pytest.mark.parametrize(("text", "name", "country"), [
    ("In Kyiv, officials said the power was cut.", "Kyiv", "cty:UKR"),
    ("Moscow's mayor said the metro was closed.", "Moscow", "cty:RUS"),
    ("Nairobi's residents said the water was off.", "Nairobi", "cty:KEN"),
    ("A Beijing court sentenced him to ten years.", "Beijing", "cty:CHN"),
    ("The Washington Post reported the deal.", "Washington", "cty:USA"),
    ("Paris Hilton said she was happy.", "Paris", "cty:FRA"),
    ("Denzel Washington said he loved the role.", "Washington", "cty:USA"),
    ("The minister flew to Ankara on Monday.", "Ankara", "cty:TUR"),
    ("The minister flew to Oslo on Monday.", "Oslo", "cty:NOR"),
    ("Oslo's streets were empty on Sunday.", "Oslo", "cty:NOR"),
])
def test_a_capital_as_a_place_or_a_name_is_not_its_country(nlp, text, name, country) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert country not in actors, mentions
    assert not [m for m in mentions if name in m.text and m.actor == country], mentions


# --- 3. groups of several countries ---------------------------------------------------------

@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Negotiators from Egypt, Qatar and the United States met in Doha.",
     "Negotiators from Egypt, Qatar and the United States",
     ["grp:egy-negotiators", "grp:qat-negotiators", "grp:usa-negotiators"]),
    ("Officials from Jordan and Egypt arrived on Monday.", "Officials from Jordan and Egypt",
     ["grp:jor-officials", "grp:egy-officials"]),
    ("Negotiators from Egypt met the delegation.", "Negotiators from Egypt", ["grp:egy-negotiators"]),
])
def test_a_group_from_several_countries_is_each_countrys(nlp, text, phrase, expected) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text)
    assert actors_of(mentions, phrase) == expected, mentions
    assert [actors[g].country for g in expected] == [g[4:7].upper() for g in expected]
    if len(expected) > 1:  # each group is named for its own country, not the whole phrase
        assert len({actors[g].name for g in expected}) == len(expected), [actors[g].name for g in expected]
        assert actors["grp:egy-" + expected[-1].split("-", 1)[1]].name.startswith("Egypt ")


# --- 4. "its" in a reason phrase ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Britain criticized Russia for its attacks on Ukraine.", "cty:RUS"),
    ("Israel thanked Egypt for its mediation.", "cty:EGY"),
    ("The EU sanctioned Iran over its nuclear programme.", "cty:IRN"),
    # negative: no reason phrase, the subject's
    ("Britain said its troops would stay.", "cty:GBR"),
    ("Britain increased its aid to Ukraine.", "cty:GBR"),
])
def test_its_in_a_reason_phrase_is_the_objects(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text)
    assert actors_of(mentions, "its") == [expected], mentions
