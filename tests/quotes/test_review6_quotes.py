"""Review 6 quotes findings 1, 3, 7, 9 and reported speech with a medium between the cue and its
that-clause. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _quotes(nlp: Any, text: str) -> list[Any]:
    return list(nlp(text)._.quotes)


def _said(nlp: Any, text: str, cue: str = "said") -> Any:
    return next(q for q in _quotes(nlp, text) if q.cue == cue)


@pytest.mark.parametrize(("text", "expected"), [
    # 1: he/she after a role noun whose holder is named in apposition is that person
    ("A spokesman for the Israeli military, Daniel Hagari, said troops had entered Rafah. "
     "He said the operation was limited.", ("per:daniel-hagari",)),
    ("The chairman of the Joint Chiefs of Staff, Gen. Charles Q. Brown, said the strikes were limited. "
     "He added that more could follow.", ("per:charles-q-brown",)),
    ("A spokeswoman for the State Department, Tammy Bruce, said the talks were over. "
     "She said more were planned.", ("per:tammy-bruce",)),
])
def test_pronoun_after_a_named_role(nlp: Any, text: str, expected: tuple[str, ...]) -> None:
    last = _quotes(nlp, text)[-1]
    assert last.speaker_text in ("He", "She") and last.speakers == expected


@pytest.mark.parametrize("text", [
    # negative: the role noun nobody named is not the person before it
    "Blinken arrived in Cairo on Monday. A spokeswoman for the embassy said the talks were over. "
    "She said more were planned.",
])
def test_pronoun_after_an_unnamed_role(nlp: Any, text: str) -> None:
    assert "per:antony-blinken" not in _quotes(nlp, text)[-1].speakers


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # 3: a frame participle after 'S, X said,' is no part of S
    ("Israel will retaliate, Netanyahu said, adding that the army was ready.",
     "Israel will retaliate", "Netanyahu"),
    ("The truce will hold, an official said, speaking on condition of anonymity.",
     "The truce will hold", "an official"),
    ("The truce will hold, Blinken said, speaking on condition of anonymity.",
     "The truce will hold", "Blinken"),
    ("The talks failed, Lavrov said, noting that the West had walked out.", "The talks failed", "Lavrov"),
    ("Aid will flow next week, Guterres said, adding that trucks were waiting at Rafah.",
     "Aid will flow next week", "Guterres"),
    ("Hamas has accepted the plan, a senior official said, speaking on condition of anonymity.",
     "Hamas has accepted the plan", "a senior official"),
])
def test_frame_participle_after_the_frame(nlp: Any, text: str, content: str, speaker: str) -> None:
    q = _said(nlp, text)
    assert (q.text, q.speaker_text) == (content, speaker)


@pytest.mark.parametrize(("text", "content"), [
    # negatives: a real parenthetical frame keeps the sentence around it
    ("In his state, Christie said, offenders are sent to prison.",
     "In his state, Christie said, offenders are sent to prison"),
    ("The deal, Lavrov said, was dead.", "The deal, Lavrov said, was dead"),
])
def test_parenthetical_frame_kept(nlp: Any, text: str, content: str) -> None:
    assert _said(nlp, text).text == content


@pytest.mark.parametrize(("text", "speaker", "flags"), [
    # 7: a reaction verb, or any verb after a quote carried from the frame before, frames nothing
    ('"Israel must stop the killing," Macron said. "The war has to end now." Biden agreed.',
     "Macron", ("speaker_carried",)),
    ('"Israel must stop the killing," Macron said. "The war has to end now." Biden said.',
     "Macron", ("speaker_carried",)),
    # positives: a plain speech verb after a quote of its own
    ('"The river has never been this low." Ms. Lane added.', "Ms. Lane", ()),
    ('The crowd cheered.\n\n"We will find every missing ballot." Okafor said.', "Okafor", ()),
])
def test_bare_frame_after_a_quote(nlp: Any, text: str, speaker: str, flags: tuple[str, ...]) -> None:
    last = [q for q in _quotes(nlp, text) if q.kind == "direct"][-1]
    assert (last.speaker_text, last.flags) == (speaker, flags)


@pytest.mark.parametrize("text", [
    '"The river has never been this low." Ms. Lane nodded.',
    '"The talks are over." Hamas responded.',
])
def test_no_bare_frame_with_a_reaction_verb(nlp: Any, text: str) -> None:
    assert all(q.speaker_text is None for q in _quotes(nlp, text))


@pytest.mark.parametrize(("text", "medium"), [
    # 9: the outlet of 'according to' is the kept quote's medium, and no second statement
    ('"We will never give up," Kim said, according to KCNA.', "KCNA"),
    ('According to KCNA, Kim said: "We will never give up."', "KCNA"),
    ('"We will never give up," Kim said, according to Reuters.', "Reuters"),
    # negatives: a document or a person is no medium
    ('"We will never give up," Kim said, according to a video of the meeting.', None),
    ('"The border stays shut," the minister said, according to Blinken.', None),
])
def test_according_to_outlet(nlp: Any, text: str, medium: str | None) -> None:
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1 and quotes[0].kind == "direct" and quotes[0].medium == medium


@pytest.mark.parametrize(("text", "cue", "content"), [
    # reported speech with the medium (and a time or place) between the cue and its that-clause
    ("The envoy said in a letter that talks would resume.", "said", "that talks would resume"),
    ("The ministry said in a statement on Monday that the border would reopen.", "said",
     "that the border would reopen"),
    ("Blinken told reporters in Geneva that a deal was close.", "told", "that a deal was close"),
    ("The president wrote in an op-ed that the alliance must grow.", "wrote", "that the alliance must grow"),
    ("The envoy said in a message to staff that the embassy would close.", "said",
     "that the embassy would close"),
])
def test_that_clause_after_a_medium(nlp: Any, text: str, cue: str, content: str) -> None:
    assert _said(nlp, text, cue).text == content


@pytest.mark.parametrize("text", [
    # negative: a relative clause of a letter read is no statement
    "The envoy read a letter that the prisoners had written.",
])
def test_relative_clause_of_a_document(nlp: Any, text: str) -> None:
    assert _quotes(nlp, text) == []
