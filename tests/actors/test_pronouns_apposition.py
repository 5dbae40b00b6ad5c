"""he/she after a role noun with the person named in apposition beside it (review 6, finding 1):
the pronoun is that person; after a role noun nobody named it stays unresolved. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.actors.pronouns import PERSON_NOUNS, unnamed_subject


def _pronoun_actor(nlp: Any, text: str, word: str) -> str | None:
    at = text.index(f" {word} ") + 1
    return next((m.actor for m in nlp(text)._.mentions if m.start == at), None)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A spokesman for the Israeli military, Daniel Hagari, said troops had entered Rafah. "
     "He said the operation was limited.", "He", "per:daniel-hagari"),
    ("The chairman of the Joint Chiefs of Staff, Gen. Charles Q. Brown, said the strikes were limited. "
     "He added that more could follow.", "He", "per:charles-q-brown"),
    ("A spokeswoman for the State Department, Tammy Bruce, told reporters the talks were over. "
     "She said more were planned.", "She", "per:tammy-bruce"),
    ("The Pentagon press secretary, Maj. Gen. Pat Ryder, said the ship was hit. "
     "He said no one was hurt.", "He", "per:pat-ryder"),
])
def test_named_in_apposition(nlp: Any, text: str, word: str, expected: str) -> None:
    assert _pronoun_actor(nlp, text, word) == expected


@pytest.mark.parametrize(("text", "word"), [
    # negatives: the role noun is a person nobody named, so the pronoun is not the earlier person
    ("Blinken arrived in Cairo on Monday. A spokeswoman for the embassy said the talks were over. "
     "She said more were planned.", "She"),
    ("Macron met Scholz in Paris. An official at the Elysee said the meeting was cordial. "
     "He said a deal was near.", "He"),
])
def test_unnamed_role_noun_stays_unresolved(nlp: Any, text: str, word: str) -> None:
    assert _pronoun_actor(nlp, text, word) is None


@pytest.mark.parametrize(("text", "gender", "expected"), [
    ("A spokeswoman for the army said the road was closed.", "f", "spokeswoman"),
    ("A spokeswoman for the army said the road was closed.", "m", None),  # not a 'he'
    ("An official said the road was closed.", "m", "official"),
    ("The road was closed.", "m", None),  # no person noun
    ("The army said the road was closed.", "m", None),  # a body is no he/she
])
def test_unnamed_subject_predicate(nlp: Any, text: str, gender: str, expected: str | None) -> None:
    doc = nlp(text)
    subj = unnamed_subject(next(doc.sents).root, gender, lambda t: False)
    assert (subj.text if subj is not None else None) == expected
    assert "army" not in PERSON_NOUNS
