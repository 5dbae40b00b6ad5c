"""A definite role noun as a subject ("the general said", "the minister said", "the envoy told
reporters") is the one person of that role named before it (``actors.role_nouns`` and
``roles._earlier_holder``); nothing when several carry the role or an unnamed one was given it
since. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import run

PUB = "2024-08-14"


def _noun(mentions, text: str, noun: str) -> list[str]:  # type: ignore[no-untyped-def]
    start = text.rindex(f" {noun} ") + 1
    return [m.actor for m in mentions if m.start == start and m.text == noun]


@pytest.mark.parametrize(("text", "noun", "expected"), [
    ("Israeli Army General Herzi Halevi visited the base. The general said the army was ready.",
     "general", ["per:herzi-halevi"]),
    ("Gen. Michael Kurilla met Israeli officials on Monday. The general told reporters the visit went well.",
     "general", ["per:michael-kurilla"]),
    ("Britain's foreign minister, David Lammy, arrived in Cairo. The minister said talks would continue.",
     "minister", ["per:david-lammy"]),
    ("The UN envoy, Hans Grundberg, met Houthi leaders. The envoy told reporters that progress was made.",
     "envoy", ["per:hans-grundberg"]),
    ("Governor Gavin Newsom signed the bill on Friday. The governor said it would help renters.",
     "governor", ["per:gavin-newsom"]),
    ("Rear Admiral Daniel Hagari spoke to reporters. Later the admiral said the strikes would go on.",
     "admiral", ["per:daniel-hagari"]),
])
def test_role_noun_links(nlp, text: str, noun: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert _noun(mentions, text, noun) == expected, [(m.text, m.actor) for m in mentions]


@pytest.mark.parametrize(("text", "noun"), [
    # two people of the role
    ("Gen. Michael Kurilla met Gen. Herzi Halevi on Monday. The general said the visit went well.", "general"),
    ("Foreign Minister David Lammy met Foreign Minister Wang Yi in Beijing. The minister said the talks were frank.",
     "minister"),
    # another office's word
    ("Attorney General Merrick Garland spoke on Monday. The general said nothing.", "general"),
    # an unnamed one given the role since
    ("Ambassador Linda Thomas-Greenfield spoke at the council. A Chinese ambassador objected. "
     "The ambassador said the vote was unfair.", "ambassador"),
])
def test_role_noun_stays_open(nlp, text: str, noun: str) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, PUB)
    assert _noun(mentions, text, noun) == [], [(m.text, m.actor) for m in mentions]
