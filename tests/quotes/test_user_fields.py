"""Fields users see on our own diplomacy sentences: the medium told by what it is ('told state
television'), an interview's outlet as medium and not setting, and a bare 'the official' as the
speaker named with that noun before it."""

from __future__ import annotations

from typing import Any

import pytest

PUBLISHED = "2024-03-12"


def _by_cue(quotes: list[Any], cue: str, starts: str) -> Any:
    hits = [q for q in quotes if q.cue == cue and q.text.startswith(starts)]
    assert hits, [(q.cue, q.text) for q in quotes]
    return hits[0]


@pytest.mark.parametrize(("text", "cue", "starts", "medium", "setting"), [
    ("“We will not sit at the table,” Iran's foreign minister told state television.",
     "told", "We will not", "state television", None),
    ("“We will not sit at the table,” the minister told Iranian state radio on Monday.",
     "told", "We will not", "Iranian state radio", None),
    ("In an interview with CNN on Thursday, Qatar's prime minister said the talks were stalled.",
     "said", "the talks", "CNN", "interview"),
    # negatives: a person told is no medium; an interview with no outlet is the setting
    ("“We will not sit at the table,” the minister told the radio host.",
     "told", "We will not", None, None),
    ("In an interview on Thursday, Qatar's prime minister said the talks were stalled.",
     "said", "the talks", None, "interview"),
])
def test_medium_and_setting(quotes_of: Any, text: str, cue: str, starts: str, medium: str | None,
                            setting: str | None) -> None:
    q = _by_cue(quotes_of(text), cue, starts)
    assert (q.medium, q.setting) == (medium, setting)


def test_the_official_is_the_one_named_before(quotes_of: Any) -> None:
    quotes = quotes_of("A senior Hamas official told Al Jazeera that no proposal had arrived.\n\n"
                       "“Nothing has changed,” said the official.")
    first, later = _by_cue(quotes, "told", "that no"), _by_cue(quotes, "said", "Nothing")
    assert first.speakers and later.speakers == first.speakers


def test_the_official_of_two_sides_is_unknown(quotes_of: Any) -> None:
    # (review 7 #4: with officials of two sides just named, which one speaks is not said)
    quotes = quotes_of("A Hamas official said the talks had stalled. A Qatari official said the "
                       "mediators would meet again.\n\n“We are ready,” said the official.")
    hamas, qatar = _by_cue(quotes, "said", "the talks"), _by_cue(quotes, "said", "the mediators")
    later = _by_cue(quotes, "said", "We are ready")
    assert qatar.speakers != hamas.speakers
    assert later.speakers == ()


def test_another_noun_is_nobody_named_before(quotes_of: Any) -> None:
    quotes = quotes_of("A senior Hamas official said the talks had stalled.\n\n"
                       "“Nothing has changed,” said the spokesman.")
    assert _by_cue(quotes, "said", "Nothing").speakers == ()


@pytest.mark.parametrize(("text", "cue", "speaker", "medium", "setting"), [
    # a phrase set off by commas after the subject says where it was said, not who said it
    ("The RSF, in a post on X, called the speech “a declaration of war.”",
     "called", "The RSF", "X", None),
    ("The ministry, in a statement on Telegram, said the strikes would continue.",
     "said", "The ministry", "Telegram", "statement"),
    # a broadcast form is the medium, not also the setting
    ("The general said in a televised address on Thursday that the army would not negotiate.",
     "said", "The general", "televised address", None),
    # negative: a phrase not set off by commas stays in the source
    ("Officials in Washington said the talks would resume.",
     "said", "Officials in Washington", None, None),
])
def test_source_aside_and_broadcast(quotes_of: Any, text: str, cue: str, speaker: str,
                                    medium: str | None, setting: str | None) -> None:
    q = next(q for q in quotes_of(text) if q.cue == cue)
    assert (q.speaker_text, q.medium, q.setting) == (speaker, medium, setting)


@pytest.mark.parametrize(("text", "medium"), [
    # the paper a piece of writing came out in
    ("Former U.S. envoy Dennis Ross wrote in an op-ed in The Washington Post that diplomacy was "
     "still possible.", "Washington Post"),
    ("The senator wrote in a column in the Wall Street Journal on Monday that the deal was flawed.",
     "Wall Street Journal"),
    # negative: a place is no paper
    ("The minister said in an interview in Paris that talks would resume.", None),
])
def test_paper_of_a_piece(quotes_of: Any, text: str, medium: str | None) -> None:
    q = next(q for q in quotes_of(text) if q.kind == "indirect")
    assert q.medium == medium


@pytest.mark.parametrize(("text", "speaker"), [
    # a title the parser split off the name as a second subject is still the speaker's
    ("Sudan's army chief Abdel Fattah al-Burhan said on Thursday that the army would not negotiate.",
     "Sudan's army chief Abdel Fattah al-Burhan"),
    ("Army chief Abdel Fattah al-Burhan said on Thursday that the army would not negotiate.",
     "Army chief Abdel Fattah al-Burhan"),
    # negative: one subject, nothing added
    ("Sudan's army said on Thursday that Burhan would not negotiate.", "Sudan's army"),
])
def test_title_before_the_name(quotes_of: Any, text: str, speaker: str) -> None:
    q = next(q for q in quotes_of(text) if q.cue == "said")
    assert q.speaker_text == speaker


def _speakers(quotes: list[Any], cue: str) -> tuple[str, ...]:
    return next(q for q in quotes if q.cue == cue).speakers


def test_both_named_speakers(quotes_of: Any) -> None:
    both = _speakers(quotes_of("White House spokesman John Kirby and State Department spokesman "
                               "Matthew Miller both said on Sunday that a deal was close."), "said")
    kirby = _speakers(quotes_of("White House spokesman John Kirby said on Sunday that a deal was "
                                "close."), "said")
    miller = _speakers(quotes_of("State Department spokesman Matthew Miller said on Sunday that a "
                                 "deal was close."), "said")
    assert kirby and miller and set(both) == {*kirby, *miller}
    q = next(q for q in quotes_of("John Kirby and Matthew Miller both said a deal was close.")
             if q.cue == "said")
    assert q.speaker_text == "John Kirby and Matthew Miller"


def test_a_name_after_a_preposition_adds_no_speaker(quotes_of: Any) -> None:
    said = _speakers(quotes_of("The lawyer for John Smith and the prosecutor said on Sunday that a "
                               "deal was close."), "said")
    assert len(said) <= 1  # (the lawyer speaks for the client; the name is no second speaker)


def test_person_asked_in_an_aside(quotes_of: Any) -> None:
    # the parser reads 'asked' as the verb of a clause under 'said', with the name its subject
    quotes = quotes_of("U.S. national security adviser Jake Sullivan, asked about the talks, said: "
                       "“We are working around the clock.”")
    q = _by_cue(quotes, "said", "We are working")
    assert q.speaker_text == "U.S. national security adviser Jake Sullivan"
    assert not [x for x in quotes if x.cue.lower().startswith("asked")]  # he was asked


def test_person_who_asks_is_the_speaker(quotes_of: Any) -> None:
    q = _by_cue(quotes_of("The minister asked the envoy whether the talks would resume."), "asked",
                "whether the talks")
    assert q.speaker_text == "The minister"


def test_participle_aside_after_the_cue(quotes_of: Any) -> None:
    quotes = quotes_of("Egypt's state-run Al-Qahera News reported, citing a senior source, that a "
                       "delegation would travel to Cairo.")
    reported = _by_cue(quotes, "reported", "that a delegation")
    assert reported.text == "that a delegation would travel to Cairo"
    assert _by_cue(quotes, "citing", "a senior source").speaker_text == reported.speaker_text


def test_clause_after_the_cue_stays_reported(quotes_of: Any) -> None:
    q = _by_cue(quotes_of("The envoy said, when she was in Cairo last year, a deal had been close."),
                "said", "when she was")
    assert q.text.endswith("a deal had been close")


@pytest.mark.parametrize(("text", "cue", "starts", "setting"), [
    # the reported clause's own words after a partial quote are no setting
    ("“This is not a peace conference,” Lavrov said, adding that the West had “no interest” in talks.",
     "adding", "no interest", None),
    # the phrase the content left out still is ('condemned the attack in a statement')
    ("The ministry condemned the attack in a statement on Sunday.", "condemned", "the attack",
     "statement"),
])
def test_setting_after_the_content(quotes_of: Any, text: str, cue: str, starts: str,
                                   setting: str | None) -> None:
    assert _by_cue(quotes_of(text), cue, starts).setting == setting
