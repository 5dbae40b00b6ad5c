"""Quote readings found in a QA pass over our own diplomacy articles (qa2_articles.jsonl), one
cause per test, each with sentences that must change and sentences that must not. Our own writing."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Quote

PUBLISHED = "2023-07-18"  # a Tuesday: read by the quotes_of fixture (conftest)


def _by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue.split()[-1] == cue]


@pytest.mark.parametrize(("text", "content"), [
    # a participle of the frame after a comma is no content: the clause before the frame is
    ("The talks will resume next week, a Saudi official said, speaking on condition of anonymity.",
     "The talks will resume next week"),
    ("The pause will begin within 24 hours, the spokesman said, adding that the start time would be "
     "announced later.", "The pause will begin within 24 hours"),
    # negative: content after the cue stays the content
    ("The spokesman said the pause would begin within 24 hours.", "the pause would begin within 24 hours"),
])
def test_frame_participle_is_not_content(quotes_of: Any, text: str, content: str) -> None:
    said = _by_cue(quotes_of(text), "said")
    assert [q.text for q in said] == [content]


@pytest.mark.parametrize(("text", "date"), [
    # a time of a clause under the cue is when that act happens, not when it was said
    ("Erdogan said he believed the deal would continue, and that he would discuss it with Putin in "
     "August.", None),
    ("Kuleba accused Moscow of starving the world and said Kyiv would raise the matter next month.", None),
    ("Talks will continue next week, a Saudi official said.", None),
    # negatives: the time of the cue, right after it, or of the frame's noun
    ("The minister said on Monday that the border would open.", "2023-07-17"),
    ("The minister said Monday the border would open.", "2023-07-17"),
    ("\u201cThe parties must honour their commitments,\u201d Blinken said in a video message posted on Sunday.",
     "2023-07-16"),
])
def test_date_is_the_statement_own(quotes_of: Any, text: str, date: str | None) -> None:
    q = _by_cue(quotes_of(text), "said") or _by_cue(quotes_of(text), "accused")
    assert q and q[0].date == date, q


def test_second_that_clause_stays_in_the_content(quotes_of: Any) -> None:
    text = "Erdogan said he believed the deal would continue, and that he would discuss it with Putin in August."
    quotes = quotes_of(text)
    assert [q.text for q in _by_cue(quotes, "said")] == [
        "he believed the deal would continue, and that he would discuss it with Putin in August"]
    assert not _by_cue(quotes, "discuss")


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # a participle read as the main verb: no statement of the truces
    ("Previous truces announced over the past five weeks collapsed within hours.", "announced", None),
    # inside another statement, 'agreed on <noun>' / 'signalled <noun>' is a deed, not a statement
    ("Bayramov said the two sides had agreed on all 17 articles of the draft.", "agreed", "said"),
    ("Analysts said the summit signalled a deepening partnership.", "signalled", "said"),
    # quoted words found at 'said' are not quoted again by the verb of the act
    ("He said the two sides had discussed \u201call issues\u201d.", "discussed", "said"),
])
def test_no_statement_of(quotes_of: Any, text: str, absent: str, kept: str | None) -> None:
    quotes = quotes_of(text)
    assert not _by_cue(quotes, absent), quotes
    if kept:
        assert _by_cue(quotes, kept)


@pytest.mark.parametrize(("text", "cue"), [
    # negatives of the above: a statement with a clause of its own stays
    ("Officials said the talks resume.", "said"),
    ("Bayramov said the two sides had agreed that the text was final.", "agreed"),
    ("The army announced a curfew in the capital.", "announced"),
])
def test_statements_kept(quotes_of: Any, text: str, cue: str) -> None:
    assert _by_cue(quotes_of(text), cue)


def test_report_of_a_sentence_with_its_own_cue(quotes_of: Any) -> None:
    text = ("Kim Jong Un invited Russian President Vladimir Putin to visit Pyongyang at the end of their summit "
            "at a spaceport in Russia's Far East on Wednesday, North Korean state media KCNA reported on Thursday.")
    (q,) = _by_cue(quotes_of(text), "reported")
    assert q.text.startswith("Kim Jong Un invited") and q.speaker_text == "North Korean state media KCNA"
    assert q.date == "2023-07-13"


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # a person's possession is another speaker ('His party'); a spokesperson speaks for the person
    ("Bazoum has been held at his residence since July 26. His party said on Wednesday that the family "
     "had no food.", "His party", ()),
    ("Armenian Prime Minister Nikol Pashinyan welcomed the text. Pashinyan's spokeswoman said no date "
     "had been set.", "Pashinyan's spokeswoman", ("per:nikol-pashinyan",)),
    # a plural noun with two actors after 'of' stands for both
    ("The presidents of Venezuela and Guyana agreed that they would not use force.",
     "The presidents of Venezuela and Guyana", ("cty:VEN", "cty:GUY")),
    ("The president of Guyana said the border was settled.", "The president of Guyana", ("per:irfaan-ali",)),
])
def test_speakers(quotes_of: Any, text: str, speaker: str, expected: tuple[str, ...]) -> None:
    q = [q for q in quotes_of(text) if q.speaker_text == speaker]
    assert q and set(q[0].speakers) >= set(expected) and (expected or not q[0].speakers), q


@pytest.mark.parametrize(("text", "unexpected"), [
    # "She" is the spokeswoman just named, not the woman named before her
    ("EU foreign policy chief Kaja Kallas welcomed the news. Pashinyan's spokeswoman said later that no "
     "date had been set. She said talks could take six weeks.", "per:kaja-kallas"),
])
def test_pronoun_takes_up_the_unnamed_speaker(quotes_of: Any, text: str, unexpected: str) -> None:
    (q,) = [q for q in quotes_of(text) if q.speaker_text == "She"]
    assert unexpected not in q.speakers


@pytest.mark.parametrize(("text", "kept"), [
    # a statement with its own speaker and cue: 'according to' names where it was seen
    ("\u201cRussia is rising to a sacred fight,\u201d Kim said, according to a state media video of the talks.", False),
    # negatives: 'according to' is the only source of the words
    ("More than a million people have fled their homes, according to the United Nations.", True),
    ("Voters backed the plan, according to the electoral authority.", True),
])
def test_according_to_around_a_quote(quotes_of: Any, text: str, kept: bool) -> None:
    assert bool([q for q in quotes_of(text) if q.cue.lower() == "according to"]) == kept


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # conjoined modifiers of a plural noun: both actors
    ("The army signed a truce, Saudi and U.S. mediators said in a joint statement.",
     "Saudi and U.S. mediators", {"cty:SAU", "cty:USA"}),
    # a person in a participle clause of the source is not the source
    ("The junta, led by General Abdourahamane Tiani, said it would not receive the envoys.",
     "The junta, led by General Abdourahamane Tiani", set()),
    # negatives: one modifier; the person is the source's own name
    ("The army signed a truce, U.S. mediators said.", "U.S. mediators", {"grp:usa-mediators"}),
    ("General Abdourahamane Tiani, who leads the junta, said he would not receive the envoys.",
     "General Abdourahamane Tiani", {"per:abdourahamane-tiani"}),
])
def test_speakers_of_modified_nouns(quotes_of: Any, text: str, speaker: str, expected: set[str]) -> None:
    q = [q for q in quotes_of(text) if q.speaker_text == speaker]
    assert q and set(q[0].speakers) == expected, quotes_of(text)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a relative clause set off by commas: the words after its cue, up to its closing comma
    ("He said Baku wanted Armenia to change its constitution, which it says contains a territorial claim "
     "on Azerbaijan, before the treaty could be signed.", "says", "contains a territorial claim on Azerbaijan"),
    # negative: an ordinary report keeps its whole clause
    ("The ministry says the constitution contains a territorial claim on Azerbaijan.", "says",
     "the constitution contains a territorial claim on Azerbaijan"),
])
def test_relative_clause_report(quotes_of: Any, text: str, cue: str, content: str) -> None:
    assert [q.text for q in _by_cue(quotes_of(text), cue)] == [content]


@pytest.mark.parametrize(("text", "date"), [
    # the bound of a period is no date of the statement
    ("The Houthis have attacked ships since mid-November, saying they act in solidarity with Gaza.", None),
    ("The army has held the town since Monday, saying it will not withdraw.", None),
    # negative: a plain time of the sentence stays
    ("The Houthis attacked a ship on Monday, saying they act in solidarity with Gaza.", "2023-07-17"),
])
def test_period_bound_is_no_date(quotes_of: Any, text: str, date: str | None) -> None:
    (q,) = _by_cue(quotes_of(text), "saying")
    assert q.date == date
