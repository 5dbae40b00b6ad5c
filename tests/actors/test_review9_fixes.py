"""Review of session 9's actors rules: what they must not fire on. A ship's bare name that
modifies a noun, is a person's surname or a royal's style; a given name borne by a monarch or
a pope, an ordinary word at a sentence's start or before a noun, a body named before the
"person" the model made of it; "respond to its proposal" under an object-control verb and a
place lent under a verb of permission ("allowed US jets to use its airspace").
Sentences are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import run
from tests.actors.test_review6_fixes import _at

PUB = "2024-08-20"


@pytest.mark.parametrize(("text", "word", "nth", "wrong"), [
    ("The destroyer USS Mason shot down drones. The Mason family said they were proud.", "Mason", 1,
     "org:us-armed-forces"),
    ("The destroyer USS Carney downed missiles. The Carney government in Canada said it would send aid.",
     "Carney", 1, "org:us-armed-forces"),
    ("USS Carney intercepted drones. Mark Carney said the Carney plan would help.", "Carney", 2,
     "org:us-armed-forces"),
    ("The Russian cruiser Moskva sank in the Black Sea. Tourists walked along the Moskva river in Moscow.",
     "Moskva", 1, "org:russian-armed-forces"),
    ("HMS Prince of Wales left Portsmouth. The Prince of Wales attended a ceremony in London.", "Prince", 1,
     "grp:gbr-navy"),
])
def test_not_the_ship(nlp, text: str, word: str, nth: int, wrong: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert wrong not in _at(mentions, text, word, nth)


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    ("The Russian cruiser Moskva sank. Ukraine said the Moskva was hit by two missiles.", "Moskva", 1,
     ["org:russian-armed-forces"]),
    ("HMS Queen Elizabeth left Portsmouth. Later the Queen Elizabeth reached Oslo.", "Queen", 1, ["grp:gbr-navy"]),
])
def test_still_the_ship(nlp, text: str, word: str, nth: int, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize(("text", "word", "nth", "wrong"), [
    ("Victoria Nuland flew to Kyiv. Queen Victoria ruled for 63 years.", "Victoria", 1, "per:victoria-nuland"),
    ("Francis Fukuyama wrote a book. Pope Francis called for peace. Francis said the war must end.", "Francis", 2,
     "per:francis-fukuyama"),
    ("Rose Gottemoeller spoke at the forum. Rose petals were thrown at the parade.", "Rose", 1,
     "per:rose-gottemoeller"),
    ("Faith Hill sang. Faith leaders called for peace.", "Faith", 1, "per:faith-hill"),
    ("Joy Reid hosted the show. Joy erupted in the streets of Kabul.", "Joy", 1, "per:joy-reid"),
    ("Art Garfunkel sang. Art from Gaza was shown in Paris.", "Art", 1, "per:art-garfunkel"),
    # a body named before the "person" the model made of its name
    ("Nokia said its sales rose. Nokia Bell Labs head Peter Vetter said research would grow. Nokia shares fell.",
     "Nokia", 0, "per:nokia-bell-labs"),
    ("Nokia said its sales rose. Nokia Bell Labs head Peter Vetter said research would grow. Nokia shares fell.",
     "Nokia", 2, "per:nokia-bell-labs"),
])
def test_given_name_of_another(nlp, text: str, word: str, nth: int, wrong: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert wrong not in _at(mentions, text, word, nth)


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    ("Grant Shapps visited the base. Grant said Britain would send more jets.", "Grant", 1, ["per:grant-shapps"]),
    ("Tamim bin Hamad Al Thani hosted the talks. Sheikh Tamim said Qatar would mediate.", "Tamim", 1,
     ["per:tamim-bin-hamad-al-thani"]),
    ("Antony Blinken arrived in Cairo. Officials said Antony would return on Friday.", "Antony", 1,
     ["per:antony-blinken"]),
])
def test_given_name_still_links(nlp, text: str, word: str, nth: int,  # type: ignore[no-untyped-def]
                                expected: list[str]) -> None:
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    ("Israel gave Hamas a week to respond to its proposal.", "its", 0, ["cty:ISR"]),
    ("Israel gave Hamas a week to reply to its offer.", "its", 0, ["cty:ISR"]),
    # a place the infinitive under a verb of permission uses is the permitter's
    ("Jordan allowed US jets to use its airspace.", "its", 0, ["cty:JOR"]),
    ("Jordan allowed the United States to use its bases.", "its", 0, ["cty:JOR"]),
    ("Egypt did not permit Israel to use its territory for the operation.", "its", 0, ["cty:EGY"]),
    ("Poland let Ukraine use its roads to export grain.", "its", 0, ["cty:POL"]),
    # ... not what the object owns
    ("The United States allowed Ukraine to use its missiles against targets in Russia.", "its", 0, ["cty:UKR"]),
    ("Washington let Kyiv use its long-range weapons.", "its", 0, ["cty:UKR"]),
])
def test_answer_to_the_other_side(nlp, text: str, word: str, nth: int,  # type: ignore[no-untyped-def]
                                  expected: list[str]) -> None:
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize("text", [
    "Sunni and Shiite leaders met in Baghdad.",
    "Kurdish and Arab fighters clashed near Deir ez-Zor.",
])
def test_two_peoples_make_no_one_group(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert not [m for m in mentions if m.start == 0 and m.actor.startswith("grp:")], \
        [(m.text, m.actor) for m in mentions]
