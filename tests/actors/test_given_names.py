"""Given names as reference names (``actors.given_names``): Ethiopian, Eritrean, Icelandic, Thai and
Indonesian people are taken up by the first word of their name; no link when another person of the
article has the word, nor for family-name-first names. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import run
from tests.actors.test_review7_slips import _at

PUB = "2024-08-14"


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    ("Ethiopian Prime Minister Abiy Ahmed met the delegation. Abiy said the dam would be finished.",
     "Abiy", 1, ["per:abiy-ahmed"]),
    ("Eritrean President Isaias Afwerki met the envoys in Asmara. Isaias said peace would hold.",
     "Isaias", 1, ["per:isaias-afwerki"]),
    ("Icelandic Prime Minister Bjarni Benediktsson called an election. Bjarni told reporters it was time.",
     "Bjarni", 1, ["per:bjarni-benediktsson"]),
    ("Thai Prime Minister Paetongtarn Shinawatra met the king. Paetongtarn said the cabinet would stay.",
     "Paetongtarn", 1, ["per:paetongtarn-shinawatra"]),
    ("Indonesian President Prabowo Subianto visited Beijing. Prabowo's trip was his first abroad.",
     "Prabowo", 1, ["per:prabowo-subianto"]),
    # a family name written first is still the reference name
    ("Former South Korean President Moon Jae-in met reporters. Moon said he was tired.",
     "Moon", 1, ["per:moon-jae-in"]),
])
def test_given_name_links(nlp, text: str, word: str, nth: int, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize(("text", "word", "nth", "wrong"), [
    # two people carry the word: which one is not said
    ("Ethiopian officials Ahmed Ali and Ahmed Hassan met in Addis Ababa. Ahmed said the talks went well.",
     "Ahmed", 2, {"per:ahmed-ali", "per:ahmed-hassan"}),
    ("Ethiopian envoy Redwan Hussien met Ethiopian general Redwan Ali. Redwan said the border was calm.",
     "Redwan", 2, {"per:redwan-hussien", "per:redwan-ali"}),
    # not a culture that goes by the given name: "Ahmed" after one Pakistani Ahmed stays apart
    ("Pakistani minister Ahmed Khan met the envoys. Ahmed said the talks went well.",
     "Ahmed", 1, {"per:ahmed-khan"}),
    # a common given name (and the Prophet's) is no reference name, even in Indonesian copy
    ("Indonesian cleric Muhammad Rizieq Shihab led protests over cartoons of the Prophet Muhammad. "
     "The protesters said insulting Muhammad was unacceptable.", "Muhammad", 2, {"per:muhammad-rizieq-shihab"}),
    ("Indonesian minister Siti Nurbaya Bakar visited Riau. Residents said Siti had promised help.",
     "Siti", 1, {"per:siti-nurbaya-bakar"}),
])
def test_given_name_no_false_link(nlp, text: str, word: str, nth: int, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert not set(_at(mentions, text, word, nth)) & wrong
