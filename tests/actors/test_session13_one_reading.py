"""One reading of a one-word name in an article (our own sentences): the surname of a person
named in full is that person, the first word of a company named in full is that company, the
nearest full name decides between them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.actors.test_conflict_news import run


def _actors_of(nlp: Language, text: str, word: str) -> list[str]:
    _, mentions = run(nlp, text)
    return [m.actor for m in mentions if m.text == word]


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("Dell Technologies reported higher sales on Thursday. Dell said demand for servers had grown.",
     "Dell", "org:dell-technologies"),
    ("Ford Motor Company cut its forecast on Monday. Ford said tariffs had raised its costs.",
     "Ford", "org:ford-motor-company"),
    ("The Walt Disney Company reported a profit. Disney said its parks were full all summer.",
     "Disney", "org:walt-disney-company"),
    # the nearest full name before the word decides
    ("Harrison Ford drove a pickup to the set. Ford Motor Company later said it had lent him the truck."
     " Ford said the truck was on loan.", "Ford", "org:ford-motor-company"),
    ("Ford Motor Company lent a truck for the film. Harrison Ford drove it to the set. Ford said he liked it.",
     "Ford", "per:harrison-ford"),
    # a company's later word that a person's name has: the person
    ("Chase Elliott won the race on Sunday. JPMorgan Chase Bank sponsored the event. Chase said the car"
     " handled well.", "Chase", "per:chase-elliott"),
    # a person named in full, no company: the person, as before
    ("Michael Dell founded the firm in 1984. Dell said he was proud of its staff.", "Dell", "per:michael-dell"),
    ("Gov. Kristi Noem of South Dakota signed the bill on Tuesday. Noem said the state would not back down.",
     "Noem", "per:kristi-noem"),
])
def test_a_short_name_follows_the_nearest_full_name(nlp: Language, text: str, word: str, actor: str) -> None:
    assert set(_actors_of(nlp, text, word)) == {actor}


def test_a_bare_name_tagged_both_ways_is_one_organization(nlp: Language) -> None:
    _, mentions = run(nlp, "Dell G3 15 gaming laptop, now $699 after the discount.\n\n"
                           'Use the code "SAVE50" to get it at Dell for $749.99.')
    assert [m.actor for m in mentions if m.text == "Dell"] == ["org:dell", "org:dell"]


def test_a_titled_bare_name_stays_a_person(nlp: Language) -> None:
    actors = _actors_of(nlp, "Mr. Dell spoke at the launch. Dell Technologies shares rose on the news.", "Mr. Dell")
    assert actors and all(a.startswith("per:") for a in actors)


def test_a_full_name_reads_no_word_before_it(nlp: Language) -> None:
    actors = _actors_of(nlp, "Volkova said the shelter was full. The Volkova Foundation, named for her father,"
                             " said it would help.", "Volkova")
    assert "org:volkova-foundation" not in actors


def test_an_institution_word_is_no_short_name(nlp: Language) -> None:
    _, mentions = run(nlp, "The World Health Organisation reported new cases. UK Secretary of Health Alan Johnson"
                           " said the organisation needed more flexibility.")
    assert [m.text for m in mentions if m.actor == "igo:who"][:1] == ["World Health Organisation"]
    assert not any(m.text == "Health" and m.actor == "igo:who" for m in mentions)


@pytest.mark.parametrize(("text", "word", "actor"), [
    # a company named for a capital: the capital's word alone is the government it stands for
    ("The Washington Post Co. reported lower revenue. Washington said it would impose new sanctions on Iran.",
     "Washington", "cty:USA"),
])
def test_a_capital_is_no_companys_short_name(nlp: Language, text: str, word: str, actor: str) -> None:
    assert _actors_of(nlp, text, word) == [actor]


def test_a_town_beside_its_state_is_no_companys_short_name(nlp: Language) -> None:
    actors = _actors_of(nlp, "Lincoln National Corp reported a loss on Tuesday. Floods hit Lincoln, Nebraska,"
                             " on Wednesday.", "Lincoln")
    assert "org:lincoln-national-corp" not in actors
