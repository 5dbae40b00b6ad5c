"""Review of session 17: a meaning's lead after English quoted words is the speaker's own
paraphrase, still quoted (only words of another language are translated); a source the parse cut
inside a person's name ends with the name's words, not with a day the entity ran over. Sentences
are our own."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from dateline.model import Quote


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("He said “we will fight,” meaning “we will not surrender,” and left the podium.",
     "we will not surrender,", "He"),
    ("The senator called the bill “a disgrace,” that is, “a betrayal of the voters,” in a speech on "
     "Monday.", "a betrayal of the voters,", "The senator"),
    ("The minister said the budget was “balanced,” which means “no new taxes,” her spokesman added.",
     "no new taxes,", "The minister"),
])
def test_an_english_paraphrase_after_a_meanings_lead_is_still_quoted(quotes_of: Any, text: str, words: str,
                                                                    speaker: str) -> None:
    assert (words, speaker) in [(q.text, q.speaker_text) for q in quotes_of(text)]


def _with_person(nlp: Any, text: str, words: str) -> list[Quote]:
    """The Quote records of ``text`` when the entity recognizer tags ``words`` (one run of
    tokens) as one PERSON: a tag that runs past a name."""
    doc = nlp.make_doc(text)
    doc._.published = "2024-08-20"
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            toks, ws = [t.text for t in doc], words.split()
            i = next(k for k in range(len(toks)) if toks[k: k + len(ws)] == ws)
            doc.ents = [*(e for e in doc.ents if e.end <= i or e.start >= i + len(ws)),
                        Span(doc, i, i + len(ws), label="PERSON")]
    return list(doc._.quotes)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("President Obama Tuesday said the talks would resume.", "Obama Tuesday", "President Obama"),
    ("Mayor Ana Ruiz on Tuesday said the road would reopen.", "Ruiz on Tuesday", "Mayor Ana Ruiz"),
    ("Governor Jerry Brown Wednesday told reporters the bill would pass.", "Brown Wednesday",
     "Governor Jerry Brown"),
])
def test_a_person_tag_past_the_name_adds_no_day_to_the_source(nlp: Any, text: str, words: str,
                                                               speaker: str) -> None:
    assert [q.speaker_text for q in _with_person(nlp, text, words)] == [speaker]


def test_quoted_words_after_a_participles_noun_are_no_part_of_its_source(quotes_of: Any) -> None:
    """'bore' read as the noun 'urging' hangs on: the parse's source ran through what the banner
    bore, and through 'bore' itself (an irregular past read as the head noun: session 19)."""
    text = "The banner bore “Basta,” urging the mayor to resign."
    assert [(q.speaker_text, q.cue) for q in quotes_of(text)] == [("The banner", "urging")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Dana Ruiz, a host of “The Morning Hour,” said the show would end in May.",
     "Dana Ruiz, a host of “The Morning Hour,”"),
    ("Activists with the group “Mothers Against War” urging a ceasefire marched on Sunday.",
     "Activists with the group “Mothers Against War”"),
    ("The mayor, who called the plan a “disaster,” said she would veto it.",
     "The mayor, who called the plan a “disaster,”"),
])
def test_quoted_words_inside_a_source_stay(quotes_of: Any, text: str, speaker: str) -> None:
    """A title or a word in marks inside the source's own phrase, not right after its head."""
    assert speaker in [q.speaker_text for q in quotes_of(text)]
