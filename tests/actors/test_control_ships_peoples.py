"""Session 9 actors: a possessive in an infinitive under an object-control verb is the object's
(``pronouns``); a former holder takes no later bare title (``names``, ``roles``); a ship's bare
name after "the" is the ship (``ships``); a people's adjective before a group noun makes a group
(``coref``); a given name no other person bears names its person (``given_names``). Sentences
are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import actor, run
from tests.actors.test_review6_fixes import _at

PUB = "2024-08-20"


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    ("The United States vetoed the resolution, giving Israel cover to press on with its offensive.", "its", 0,
     ["cty:ISR"]),
    ("Washington's veto gave Israel cover to continue its offensive.", "its", 0, ["cty:ISR"]),
    ("Britain helped Ukraine to strengthen its defences.", "its", 0, ["cty:UKR"]),
    ("The European Union urged Iran to halt its enrichment.", "its", 0, ["cty:IRN"]),
    ("Egypt asked Hamas to soften its demands.", "its", 0, ["org:hamas"]),
    ("France encouraged Lebanon to deploy its army in the south.", "its", 0, ["cty:LBN"]),
    ("Germany told Russia to withdraw its troops.", "its", 0, ["cty:RUS"]),
    ("The United Nations urged the Houthis to end their attacks on shipping.", "their", 0, ["org:houthis"]),
    # subject control: the subject's, with or without an object
    ("Russia vowed to press on with its offensive.", "its", 0, ["cty:RUS"]),
    ("Iran promised Qatar to respect its commitments.", "its", 0, ["cty:IRN"]),
    ("Israel sent troops to secure its border.", "its", 0, ["cty:ISR"]),
])
def test_possessive_under_control(nlp, text: str, word: str, nth: int,  # type: ignore[no-untyped-def]
                                  expected: list[str]) -> None:
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize(("text", "word", "nth", "wrong"), [
    ("Former President Donald Trump criticized the deal. The president said it was weak.", "president", 0,
     "per:donald-trump"),
    ("Ex-President Dmitry Medvedev warned Kyiv. The president said Russia would respond.", "president", 0,
     "per:dmitry-medvedev"),
    ("Russia's ex-president Dmitry Medvedev warned Kyiv. The president said Russia would respond.", "president", 1,
     "per:dmitry-medvedev"),
    ("Former Prime Minister Boris Johnson visited Kyiv. The prime minister said Britain stood with Ukraine.",
     "prime minister", 0, "per:boris-johnson"),
])
def test_former_holder_takes_no_bare_title(nlp, text: str, word: str, nth: int,  # type: ignore[no-untyped-def]
                                           wrong: str) -> None:
    _, mentions = run(nlp, text, PUB)
    assert wrong not in _at(mentions, text, word, nth)


def test_current_holder_takes_bare_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President Joe Biden spoke to Donald Trump. The president said the talks were good."
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, "president", 0) == ["per:joe-biden"]


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    ("The destroyer USS Carney shot down drones. The Carney was not damaged.", "Carney", 1,
     ["org:us-armed-forces"]),
    ("The Russian cruiser Moskva sank. The Moskva had been hit by missiles.", "Moskva", 1,
     ["org:russian-armed-forces"]),
    ("The Russian cruiser Moskva sank in April. Ukraine said the Moskva was hit by two missiles.", "Moskva", 1,
     ["org:russian-armed-forces"]),
    ("HMS Diamond shot down a drone. Later the Diamond returned to port.", "Diamond", 1, ["grp:gbr-navy"]),
])
def test_the_ship(nlp, text: str, word: str, nth: int, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize(("text", "word", "nth", "wrong"), [
    # a longer name, and the bare name without "the"
    ("USS Carney downed a drone. Analysts at the Carney Institute said more would come.", "Carney", 1,
     "org:us-armed-forces"),
    ("USS Carney downed a drone. Mark Carney said Canada would send a frigate.", "Carney", 1,
     "org:us-armed-forces"),
])
def test_not_the_ship(nlp, text: str, word: str, nth: int, wrong: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert wrong not in _at(mentions, text, word, nth)


@pytest.mark.parametrize(("text", "words", "actor_id", "country", "sector"), [
    ("Kurdish fighters seized the town.", "Kurdish fighters", "grp:kurdish-fighters", None, "rebel"),
    ("Kurdish forces said they had captured the town.", "Kurdish forces", "grp:kurdish-forces", None, "military"),
    ("The Kurdish fighters withdrew at dawn.", "Kurdish fighters", "grp:kurdish-fighters", None, "rebel"),
    ("Rohingya refugees fled to Bangladesh.", "Rohingya refugees", "grp:rohingya-refugees", "MMR", "civilian"),
    ("Druze residents protested in Sweida.", "Druze residents", "grp:druze-residents", None, "civilian"),
    ("Sunni militants bombed the mosque.", "Sunni militants", "grp:sunni-militants", None, "rebel"),
    # a country's demonym keeps its rules: its armed forces, its own group, a named armed group
    ("Israeli soldiers raided the camp.", "Israeli soldiers", "org:idf", "ISR", None),
    ("Palestinian militants fired rockets.", "Palestinian militants", "grp:pse-militants", "PSE", "rebel"),
    ("Houthi fighters fired missiles at ships.", "Houthi fighters", "org:houthis", None, None),
])
def test_people_group(nlp, text: str, words: str, actor_id: str,  # type: ignore[no-untyped-def]
                      country: str | None, sector: str | None) -> None:
    actors, mentions = run(nlp, text, PUB)
    at = text.index(words)
    assert [m.actor for m in mentions if m.start == at and m.text == words] == [actor_id], \
        [(m.text, m.actor) for m in mentions]
    found = actor(actors, actor_id)
    if actor_id.startswith("grp:"):
        assert (found.country, found.sector) == (country, sector)


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    ("US Secretary of State Antony Blinken arrived in Cairo. Antony said talks would continue.", "Antony", 1,
     ["per:antony-blinken"]),
    ("Senator Lindsey Graham met the Ukrainian president. Lindsey said aid would flow.", "Lindsey", 1,
     ["per:lindsey-graham"]),
    ("Kamala Harris spoke to Benjamin Netanyahu. Benjamin thanked her for her support.", "Benjamin", 1,
     ["per:benjamin-netanyahu"]),
])
def test_unique_given_name(nlp, text: str, word: str, nth: int,  # type: ignore[no-untyped-def]
                           expected: list[str]) -> None:
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize(("text", "word", "nth", "wrong"), [
    ("Joe Biden met Joe Manchin on Tuesday. Joe said the bill would pass.", "Joe", 2,
     {"per:joe-biden", "per:joe-manchin"}),
    ("Israeli Defence Minister Israel Katz visited the base. Israel said it would respond.", "Israel", 2,
     {"per:israel-katz"}),
    ("Victoria Nuland flew to Kyiv. In Victoria, officials met the premier.", "Victoria", 1,
     {"per:victoria-nuland"}),
])
def test_given_name_not_unique_or_a_place(nlp, text: str, word: str, nth: int,  # type: ignore[no-untyped-def]
                                          wrong: set[str]) -> None:
    _, mentions = run(nlp, text, PUB)
    assert not set(_at(mentions, text, word, nth)) & wrong
