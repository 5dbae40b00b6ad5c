"""Readings still wrong after the second QA pass over our own articles (qa2_articles.jsonl), one
phenomenon per test, with sentences that must change and sentences that must not. Our own writing."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Quote

PUBLISHED = "2023-07-18"  # a Tuesday: read by the quotes_of fixture (conftest)


def _by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue.split()[-1] == cue]


@pytest.mark.parametrize(("text", "cue", "speakers"), [
    # a bare 'the statement' is whoever issued the statement named just before
    ("A truce was signed, Saudi and U.S. mediators said in a joint statement. The truce will take "
     "effect on Monday, the statement said.", "said", ["cty:SAU", "cty:USA"]),
    ("Blinken said in a statement that talks would go on. The statement said Washington was ready to help.",
     "said", ["per:antony-blinken"]),
    # a bare 'the ministry' is the body named with the ministry just before (its country here)
    ("The pause will begin within a day, Qatari foreign ministry spokesman Majed al-Ansari said. \"More "
     "will be freed later,\" the ministry said in a statement.", "said", ["cty:QAT"]),
    ("Egypt's foreign ministry condemned the raid. The ministry said the talks had failed.", "said",
     ["org:egy-foreign-ministry"]),
    # negatives: no ministry named before, or a named speaker keeps its own id
    ("The ministry said the talks had failed.", "said", []),
    ("Egypt's foreign ministry condemned the raid. Blinken said the talks had failed.", "said",
     ["per:antony-blinken"]),
])
def test_bare_issuer_takes_the_body_named_before(quotes_of: Any, text: str, cue: str,
                                                 speakers: list[str]) -> None:
    last = _by_cue(quotes_of(text), cue)[-1]
    assert list(last.speakers) == speakers


@pytest.mark.parametrize(("text", "cue", "reported"), [
    # refuse/back are acts unless they carry a 'that' clause or a quote
    ("The junta has refused to receive ECOWAS envoys.", "refused", False),
    ("Voters backed creating a new state in the territory.", "backed", False),
    ("The party backed the plan, saying it would bring peace.", "backed", True),
    ("The minister refused that the deal was dead.", "refused", True),
    ("The general refused to accept \"any foreign force\" on Niger's soil.", "refused", True),
    # negatives: a deed that reports ('refused to concede that'), a position taken on a person or a
    # plan (PolNeAR's stance), and other cues with an infinitive still report
    ("The senator refused to concede that the critics had a point.", "refused", True),
    ("The senator backed the proposal.", "backed", True),
    ("Paul refused to join the debate.", "refused", True),
    ("It has refused to punish the schools.", "refused", True),
    ("The junta has promised to hold elections within three years.", "promised", True),
    ("The party said it would back the plan.", "said", True),
])
def test_refuse_and_back_are_acts(quotes_of: Any, text: str, cue: str, reported: bool) -> None:
    assert bool(_by_cue(quotes_of(text), cue)) is reported


@pytest.mark.parametrize(("text", "medium"), [
    ("\"This is a first step,\" Blinken said in a video message posted on Sunday.", "video message"),
    ("The president said in a televised address that the war would go on.", "televised address"),
    ("\"We will win,\" the president said in a video.", "video"),
    ("\"We will win,\" she said in a post on X.", "X"),
    ("Kallas said in a post on X that the deal was historic.", "X"),
    ("The president said in a video posted on Telegram that the war would go on.", "Telegram"),
    # negatives: a statement, a speech or a letter is no medium
    ("The ministry said in a statement that talks would resume.", None),
    ("The president said in a speech that the war would go on.", None),
    ("The envoy said in an interview that talks would resume.", None),
])
def test_broadcast_form_is_the_medium(quotes_of: Any, text: str, medium: str | None) -> None:
    assert _by_cue(quotes_of(text), "said")[0].medium == medium
