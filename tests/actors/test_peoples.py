"""Peoples named in the plural are group actors (``actors.peoples``): the country where the
people has one, no sector; not a word before another noun nor inside a body's name. Sentences
are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import actor, run

PUB = "2024-08-14"


@pytest.mark.parametrize(("text", "words", "actor_id", "country"), [
    ("Kurds said they would resist the offensive.", "Kurds", "grp:kurds", None),
    ("Rohingya fled across the border overnight.", "Rohingya", "grp:rohingya", "MMR"),
    ("Thousands of Rohingya crossed into Bangladesh.", "Rohingya", "grp:rohingya", "MMR"),
    ("Uighurs in Xinjiang face surveillance, the report said.", "Uighurs", "grp:uyghurs", "CHN"),
    ("Yazidis returned to Sinjar last year.", "Yazidis", "grp:yazidis", "IRQ"),
    ("Sunnis and Shiites clashed in the city, while the Druze stayed out.", "Druze", "grp:druze", None),
    ("Crimean Tatars protested in Kyiv on Monday.", "Crimean Tatars", "grp:crimean-tatars", "UKR"),
])
def test_people_group(nlp, text: str, words: str, actor_id: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text, PUB)
    assert [m.actor for m in mentions if m.text == words] == [actor_id], [(m.text, m.actor) for m in mentions]
    group = actor(actors, actor_id)
    assert (group.type, group.country, group.sector, group.roles) == ("group", country, None, ())


@pytest.mark.parametrize(("text", "words"), [
    ("Rohingya refugees live in crowded camps.", "Rohingya"),  # the refugees' word
    ("The Baloch Liberation Army claimed the attack.", "Baloch"),  # inside a body's name
    ("Druze leaders met the governor.", "Druze"),
])
def test_people_word_not_a_group(nlp, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    start = text.index(words)
    assert not [m for m in mentions if m.actor.startswith("grp:") and m.start == start and m.text == words]


def test_national_plural_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, "Palestinians say the checkpoint is closed.", PUB)
    assert [m.actor for m in mentions if m.text == "Palestinians"] == ["grp:palestinians"]


@pytest.mark.parametrize(("text", "person"), [
    ("Pakistani police arrested rights activist Mahrang Baloch in Quetta. Baloch, who leads a rights group, "
     "denied the charges. Baloch said she would continue her protest.", "per:mahrang-baloch"),
    ("Police detained lawyer Imaan Baloch on Monday. Baloch has led protests in the province for a year.",
     "per:imaan-baloch"),
])
def test_surname_of_a_person_stays_the_person(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    lone = [m.actor for m in mentions if m.text == "Baloch"]
    assert lone and set(lone) == {person}, [(m.text, m.actor) for m in mentions]


def test_the_people_after_a_person_of_the_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Pakistani police arrested rights activist Mahrang Baloch in Quetta. Baloch said she would continue. "
            "The Baloch have long complained of neglect.")
    _, mentions = run(nlp, text, PUB)
    assert [m.actor for m in mentions if m.text == "Baloch"] == ["per:mahrang-baloch", "grp:baloch"], \
        [(m.text, m.actor) for m in mentions]
