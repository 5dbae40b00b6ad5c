"""Actor readings from review 6: a Korean family name as a word, "the secretary of X", a capital
tagged ORG that is a university, team or company, and a person's government. Sentences are our own."""

from __future__ import annotations

import pytest

from dateline.actors.readings import person_cue
from dateline.actors.speakers import speaker_surname
from tests.actors.test_conflict_news import run


def _at(mentions, text: str, word: str, nth: int = 0) -> list[str]:  # type: ignore[no-untyped-def]
    """Actors of the mentions over the ``nth`` occurrence of ``word`` in ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return [m.actor for m in mentions if m.start <= at < m.end]


@pytest.mark.parametrize(("text", "word", "nth", "expected"), [
    # a family name inside a longer proper name, or an interjection, is no person
    ("Former diplomat Ban Ki-moon praised the Partial Test Ban Treaty. The Test Ban Treaty is old.", "Ban", 1, []),
    ("Former diplomat Ban Ki-moon praised the Partial Test Ban Treaty. The Test Ban Treaty is old.", "Ban", 2, []),
    ("Busan Mayor Oh Se-hoon toured the port. \"Oh, what a mess,\" a fisherman said.", "Oh", 1, []),
    ("Former leader Park Geun-hye was freed. Crowds met in Central Park and on Park Avenue.", "Park", 1, []),
    ("Former leader Park Geun-hye was freed. Crowds met in Central Park and on Park Avenue.", "Park", 2, []),
    # positives: the bare family name standing as the name
    ("Former leader Park Geun-hye was freed on Monday. Park thanked her supporters.", "Park", 1,
     ["per:park-geun-hye"]),
    ("North Korean leader Kim Jong Un met Putin on Wednesday. Kim said Pyongyang stood with Moscow.", "Kim", 1,
     ["per:kim-jong-un"]),
    # the most recent person of that family name, not the first
    ("North Korean leader Kim Jong Un watched the test on Monday. South Korea's Defence Minister Kim Yong-hyun "
     "said the army was on alert. Kim told lawmakers the army was ready.", "Kim", 2, ["per:kim-yong-hyun"]),
    # Vietnamese names: the last word is the one wire copy uses
    ("Vietnamese Prime Minister Pham Minh Chinh met Thai leaders on Friday. Chinh said ties would deepen.",
     "Chinh said", 0, ["per:pham-minh-chinh"]),
])
def test_family_name_first(nlp, text: str, word: str, nth: int, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-08-14")
    assert _at(mentions, text, word, nth) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the secretary of <another body>" is that body's officer, not the secretary named before
    ("U.S. Secretary of State Antony Blinken landed in Cairo on Monday. The secretary of the Arab League council "
     "said the meeting would go ahead.", []),
    ("U.S. Secretary of State Antony Blinken met Israeli officials on Monday. The secretary of the Navy said two "
     "carriers would stay.", []),
    # positive: the bare title takes up the holder named before
    ("U.S. Secretary of State Antony Blinken met Israeli officials on Monday. The secretary added that talks would "
     "continue.", ["per:antony-blinken"]),
])
def test_secretary_of_another_body(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-08-14")
    at = text.index("The secretary") + 4
    assert [m.actor for m in mentions if m.start <= at < m.end and m.actor.startswith("per:")] == expected


@pytest.mark.parametrize(("text", "word", "unexpected"), [
    ("Georgetown said it would close its law clinic after the protests, the university said.", "Georgetown", "cty:GUY"),
    ("Georgetown beat Villanova 70-65 on Saturday.", "Georgetown", "cty:GUY"),
    ("Kingston said the new drives would ship in May.", "Kingston", "cty:JAM"),
])
def test_capital_tagged_org_not_a_government(nlp, text: str, word: str, unexpected: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-08-14")
    assert unexpected not in _at(mentions, text, word)


@pytest.mark.parametrize(("text", "expected"), [
    ("He said Georgetown would not negotiate the matter bilaterally.", "cty:GUY"),
    ("Guyana's president spoke on Monday. Georgetown said it would not give up the region.", "cty:GUY"),
])
def test_capital_tagged_org_as_government(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-08-14")
    got = _at(mentions, text, "Georgetown")
    assert got in ([expected], [])  # the model may tag it GPE (a place) or ORG (the government)
    assert not any(a.startswith("org:") for a in got)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Israeli Prime Minister Benjamin Netanyahu met Blinken on Monday. Netanyahu's government said it would "
     "send a delegation.", "government said", ["cty:ISR"]),
    ("President Joe Biden spoke on Monday. Biden's administration said it would send aid.", "administration said",
     ["cty:USA"]),
    # negatives: another noun the person owns is no government
    ("Israeli Prime Minister Benjamin Netanyahu met Blinken on Monday. Netanyahu's party said it would vote no.",
     "party said", []),
    ("President Joe Biden spoke on Monday. Biden's sister said she would campaign.", "sister said", []),
])
def test_persons_government(nlp, text: str, word: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-08-14")
    assert _at(mentions, text, word) == expected


def test_persons_government_is_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    from dateline.model import CleanArticle, Published

    text = "Israeli Prime Minister Benjamin Netanyahu met Blinken on Monday. Netanyahu's government said it would " \
           "send a delegation."
    result = pipeline.process(CleanArticle(body=text, paragraphs=((0, len(text)),),
                                           published=Published("2024-08-14", "given")))
    said = [q for q in result.quotes if q.cue == "said"]
    assert said and said[0].speakers == ("cty:ISR",)


@pytest.mark.parametrize(("text", "expected"), [
    ("Zharkov said he would stay.", True),
    ("Azov said its fighters held the line.", False),
    ("Rostov beat Zenit on Sunday.", False),  # no speech verb: the cheap checks answer before person_cue
])
def test_speaker_surname_weak_ending(nlp, text: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from dateline.actors.dictionary import load_dictionary

    doc = nlp(text)
    ent = Span(doc, 0, 1, label="ORG")
    assert speaker_surname(ent, load_dictionary(), {}) is expected
    assert person_cue(ent) is (text.startswith("Zharkov"))
