"""Review of the session 17 actors rules, on sentences of our own: the near misses each rule
must leave alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import by_text


@pytest.mark.parametrize("text, company, owner", [
    ("Elon Musk complained on Monday. Wells Fargo closed his account, he said.", "Wells Fargo", "Elon Musk"),
    ("John Smith left the bank in May. Goldman Sachs hired his son as an analyst.", "Goldman Sachs",
     "John Smith"),
    ("Wells Fargo closed his account, Donald Trump's lawyer said.", "Wells Fargo", "Donald Trump"),
])
def test_a_his_with_another_person_named_is_that_persons_not_the_companys(nlp: Language, text: str,
                                                                       company: str, owner: str) -> None:
    found = by_text(nlp, text)
    assert found[company].startswith("org:")
    assert found.get("his", found[owner]) == found[owner]  # a "his" before its owner stays unread


@pytest.mark.parametrize("text, person, actor", [
    ("Harper published the book Vladimir Putin, a biography, last year. Vladimir Putin did not comment.",
     "Vladimir Putin", "per:vladimir-putin"),
    ("The documentary Navalny, which won an award, tells of Alexei Navalny. Navalny died in prison.",
     "Alexei Navalny", "per:alexei-navalny"),
    ("Critics praised the film Mandela, a biopic, in London. Mandela was freed in 1990, after 27 years in "
     "prison.", "Mandela", "per:mandela"),
    ("Viewers flocked to the film Gandhi, which won eight awards. Gandhi led the salt march in 1930.",
     "Gandhi", "per:gandhi"),
])
def test_a_title_that_is_a_persons_name_leaves_the_person_elsewhere(nlp: Language, text: str, person: str,
                                                                    actor: str) -> None:
    """The work is the mention after its noun; the person it is named for stays a person."""
    found = by_text(nlp, text)
    assert found[person] == actor
    assert found.get(person.split()[-1], actor) == actor


def test_a_headlines_capitalised_work_noun_introduces_no_title(nlp: Language) -> None:
    """'Film' in a headline's capitals is no noun before a title: "About Joe Biden" is no work."""
    assert by_text(nlp, "Studio Buys Film About Joe Biden.\n\nThe studio paid millions.")["Joe Biden"] \
        == "per:joe-biden"


def test_a_title_inside_a_longer_name_leaves_that_name(nlp: Language) -> None:
    found = by_text(nlp, "The documentary Goldman, released in May, angered Goldman Sachs executives.")
    assert found["Goldman Sachs"].startswith("org:")
