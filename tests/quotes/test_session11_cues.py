"""Session 11: the source span of a subject the parse split ('Blinken and Sullivan said' read as
two subjects) is the whole coordinated subject on the attribution itself (the PolNeAR span), and
the person asked who answers ('X was asked whether ... and replied ...') is the answer's source.
Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.quotes.conftest import span_text

LEAD = ("President Joe Biden and Vice President Kamala Harris met Israeli Prime Minister Benjamin "
        "Netanyahu, Secretary of State Antony Blinken and national security adviser Jake Sullivan "
        "at the White House on Thursday.\n\n")


@pytest.mark.parametrize(("text", "cue", "source"), [
    (LEAD + "Blinken and Sullivan said they had told Israel “the offensive must stop at once.”",
     "said", "Blinken and Sullivan"),
    (LEAD + "Blinken and Sullivan urged both sides to show restraint in the coming days.",
     "urged", "Blinken and Sullivan"),
    ("Egypt and Qatar said the ceasefire would hold.", "said", "Egypt and Qatar"),
    # not across a clause of its own: 'X support Y, but Z say'
    ("Most Democrats support the bill, but Republicans say it costs too much.", "say", "Republicans"),
])
def test_split_subjects_are_one_source(found_in: Any, text: str, cue: str, source: str) -> None:
    hit = next(f for f in found_in(text) if span_text(text, f.cue) == cue)
    assert span_text(text, hit.source) == source


@pytest.mark.parametrize(("text", "asked", "answer", "source"), [
    ("Kirby was asked whether Washington had approved the strike and replied that it had not.",
     "whether Washington had approved the strike", "that it had not", "Kirby"),
    ("The spokesman was asked about the convoy and said the army was investigating.",
     "the convoy", "the army was investigating", "The spokesman"),
    ("The minister was asked if the border would reopen and answered: “Not yet.”",
     "if the border would reopen", "Not yet.", "The minister"),
])
def test_person_asked_gives_the_answer(found_in: Any, text: str, asked: str, answer: str,
                                       source: str) -> None:
    found = found_in(text)
    question = next(f for f in found if span_text(text, f.cue).startswith("asked"))
    assert span_text(text, question.content) == asked and question.source is None
    reply = next(f for f in found if span_text(text, f.content) == answer)
    assert span_text(text, reply.source) == source


@pytest.mark.parametrize(("text", "content", "source"), [
    # the question's own clause keeps its subject: 'Washington' replied nothing here
    ("Kirby was asked whether Washington had replied to the letter.",
     "whether Washington had replied to the letter", None),
    # an answer with a subject of its own is that subject's
    ("Kirby was asked about the strike, and the Pentagon said it had no comment.",
     "it had no comment", "the Pentagon"),
])
def test_not_the_person_asked(found_in: Any, text: str, content: str, source: str | None) -> None:
    hit = next(f for f in found_in(text) if span_text(text, f.content) == content)
    assert span_text(text, hit.source) == source


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("As the senator put it, “This bill is dead on arrival.”", "put it", "the senator"),
    ("The ambassador put it this way: “We are not going anywhere.”", "put it", "The ambassador"),
    ("The governor had this to say: “Nobody will be left behind.”", "had this to say", "The governor"),
    ("The union had this to say about the offer: “It is an insult to our members.”",
     "had this to say about", "The union"),
    ("The statement read: “The kingdom stands with the people of Gaza.”", "read", "The statement"),
])
def test_idioms_of_saying_are_the_cue(found_in: Any, text: str, cue: str, source: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.cue), span_text(text, hit.source)) == (cue, source)


def test_a_verb_reading_aloud_is_no_frame(found_in: Any) -> None:
    assert found_in("She read “The Raven” to the class on Friday.") == []


@pytest.mark.parametrize(("text", "content", "cue", "source"), [
    ("The minister's message was blunt: the army would stay in the city until the hostages came home.",
     "the army would stay in the city until the hostages came home", "message was blunt",
     "The minister's"),
    ("Rubio's response was that the tax code was unfair.", "that the tax code was unfair",
     "response was", "Rubio's"),
    ("His answer was clear: the talks were over.", "the talks were over", "answer was clear", "His"),
])
def test_a_possessed_statement_noun_frames_its_clause(found_in: Any, text: str, content: str,
                                                      cue: str, source: str) -> None:
    [hit] = found_in(text)
    assert (span_text(text, hit.content), span_text(text, hit.cue), span_text(text, hit.source)) == (
        content, cue, source)


@pytest.mark.parametrize(("text", "cue", "source"), [
    # PolNeAR: the possessor is the source, the noun and its copula the cue ('response was:')
    ("His message was clear: “We will not back down.”", "message was clear", "His"),
    ("The senator's reply was: “Ask the governor.”", "reply was", "The senator's"),
    # no possessor, or a deed, keeps the plain frame of the copula
    ("The message was clear: “We will not back down.”", "was", "The message"),
    ("The army's attack was simple: “Take the bridge by dawn.”", "was", "The army's attack"),
])
def test_a_possessed_statement_noun_frames_its_quote(found_in: Any, text: str, cue: str,
                                                     source: str) -> None:
    [hit] = found_in(text)
    assert hit.kind == "direct" and (span_text(text, hit.cue), span_text(text, hit.source)) == (cue, source)



@pytest.mark.parametrize("text", [
    "One thing was clear: the deal would not survive the winter.",  # no statement noun
    "The question is whether the ceasefire will hold.",  # nobody's question but the writer's
    "His complaint was not unfounded: the trains were late every day.",  # judges, frames nothing
    "Her message was long and rambling: it touched on taxes, trade and the weather.",
])
def test_no_copula_frame(found_in: Any, text: str) -> None:
    assert found_in(text) == []


@pytest.mark.parametrize(("text", "cue"), [
    # a participle sharing the passive's auxiliary is passive too: nobody shouted anything
    ("The comedian was booed and shouted down by protesters after her remarks.", "shouted"),
    # a verb the parse joined over a relative clause is the clause's
    ("The attacks were studied by panels that heard witnesses, found fault and made "
     "recommendations.", "found"),
])
def test_no_subject_shared_with_a_passive(found_in: Any, text: str, cue: str) -> None:
    assert not any(span_text(text, f.cue) == cue and f.source is not None for f in found_in(text))


@pytest.mark.parametrize(("text", "cue", "source"), [
    # 'all but' is the verb's (PolNeAR cue 'all but accused'), though the parse hangs it on the subject
    ("The governor all but conceded that the plan had failed.", "all but conceded", "The governor"),
    ("In 2011, he all but accused the Fed chair of trying to debase the dollar.", "all but accused", "he"),
    # a quantifier of the subject stays in it
    ("All but two senators said the bill should pass.", "said", "All but two senators"),
])
def test_all_but_is_the_cue(found_in: Any, text: str, cue: str, source: str) -> None:
    hit = next(f for f in found_in(text) if span_text(text, f.cue) == cue)
    assert span_text(text, hit.source) == source
