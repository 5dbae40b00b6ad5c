"""'X refused to ...' is an act, not a statement, when X is a body: an actor over the subject that is
no person (the actors component's mention) says so first; the entity label, a plural and the
collective nouns of the lexicon decide where no mention does. Our own sentences."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Actor, Mention
from dateline.quotes.extract import find_attributions


def _cues(nlp: Any, text: str, actor: Actor | None) -> list[str]:
    """The cues found in ``text`` with ``actor`` the one mention of its first word (or none)."""
    doc = nlp(text)
    first = doc[0]
    doc._.mentions = [Mention(first.idx, first.idx + len(first.text), first.text, actor.id)] \
        if actor else []
    doc._.actors = [actor] if actor else []
    return [doc.text[f.cue[0]:f.cue[1]] for f in find_attributions(doc) if f.cue]


@pytest.mark.parametrize(("text", "actor", "cues"), [
    # an unknown name with no entity label: a stated refusal, as PolNeAR marks a person's
    ("Ennahda refused to join the new cabinet.", None, ["refused"]),
    # the actors component knows it as an organization: an act
    ("Ennahda refused to join the new cabinet.", Actor("org:ennahda", "Ennahda", "organization"), []),
    # a person's mention decides nothing: the other tests stay as they were
    ("Ennahda refused to join the new cabinet.", Actor("per:ennahda", "Ennahda", "person"), ["refused"]),
    # an unnamed collective noun: the lexicon's bodies, with or without mentions
    ("The junta has refused to receive envoys.", None, []),
    # a pronoun names nothing, whatever it was resolved to
    ("It refused to join the new cabinet.", Actor("org:ennahda", "Ennahda", "organization"), ["refused"]),
])
def test_body_subject_of_an_act(nlp: Any, text: str, actor: Actor | None, cues: list[str]) -> None:
    assert _cues(nlp, text, actor) == cues
