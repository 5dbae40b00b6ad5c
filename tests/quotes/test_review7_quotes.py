"""Review 7 quotes findings 1-6 and 10: run-on past a later part's closing mark, 'citing' asides,
'X, asked about Y, said', a bare 'the official', armed 'attack', and words after a closing mark
that are no frame. Sentences are our own."""

from __future__ import annotations

from typing import Any

import pytest


def _content(q: Any, text: str) -> str:
    return text[q.start:q.end]


@pytest.mark.parametrize(("text", "expected"), [
    # 1: 'and'/'but'/'while' + a clause with its own subject ends the run-on
    ("“The offer stands,” Miller said. “Cairo has to answer” and the envoys will wait.",
     "Cairo has to answer"),
    ("“The offer stands,” Miller said. “Cairo has to answer” but Doha has not replied yet.",
     "Cairo has to answer"),
    ("“The offer stands,” Miller said, “and the next move is theirs” while the mediators wait for a reply.",
     "and the next move is theirs"),
    ("Miller said “Cairo has to answer” and the envoys will wait.", "Cairo has to answer"),
    # positives: a phrase completing the quote still runs on
    ("“We reject the raid,” the ministry said. “It is a breach” of the truce and of the law.",
     "It is a breach” of the truce and of the law"),
])
def test_run_on_stops_at_a_new_clause(quotes_of: Any, text: str, expected: str) -> None:
    assert _content(quotes_of(text)[-1], text) == expected


@pytest.mark.parametrize(("text", "content"), [
    # 2: the time inside the reported clause is not the date of the 'citing' aside nor the statement's
    ("The health ministry said, citing morgue records, that 31 people were killed on Friday.",
     "that 31 people were killed on Friday"),
    # the parser hangs the that-clause on the cited records: still the cue's content
    ("The health ministry said, citing morgue records, that 31 people died on Friday.",
     "that 31 people died on Friday"),
    ("Al Arabiya reported, citing an Egyptian source, that the envoys had landed in Cairo on Wednesday.",
     "that the envoys had landed in Cairo on Wednesday"),
])
def test_citing_aside_gives_no_date(quotes_of: Any, text: str, content: str) -> None:
    quotes = quotes_of(text)
    main = next(q for q in quotes if _content(q, text) == content)
    assert main.date is None and "date_inherited" not in main.flags
    assert all(q.date is None and " that " not in _content(q, text) for q in quotes if q.cue == "citing")


@pytest.mark.parametrize(("text", "content", "date"), [
    # 10: phrases of the frame between the cue and the aside
    ("AP reported on Monday, citing three officials, that Israel had agreed to pull back.",
     "that Israel had agreed to pull back", "2024-08-19"),
])
def test_citing_after_a_time_phrase(quotes_of: Any, text: str, content: str, date: str) -> None:
    main = next(q for q in quotes_of(text) if q.cue == "reported")
    assert _content(main, text) == content and main.date == date


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), [
    # 3: a participle aside between a name and the cue, whatever the parse made the root
    ("Kirby, asked about the strike, said he had no information.", "said", "Kirby",
     "he had no information"),
    ("Miller, asked about the convoy on Sunday, said the United States was concerned.", "said", "Miller",
     "the United States was concerned"),
    ("Zelensky, challenged on the incursion, said Ukraine had no other way.", "said", "Zelensky",
     "Ukraine had no other way"),
    ("Lavrov, asked whether Russia would take part, said: “Nobody has invited us.”", "said", "Lavrov",
     "Nobody has invited us."),
    ("The spokesman, pressed on the death toll, said: “Every victim is counted.”", "said",
     "The spokesman", "Every victim is counted."),
    ("Netanyahu, pressed by Biden to sign the deal, said Israel would not back down.", "said",
     "Netanyahu", "Israel would not back down"),
])
def test_asked_aside_after_a_surname(quotes_of: Any, text: str, cue: str, speaker: str,
                                     content: str) -> None:
    quotes = quotes_of(text)
    assert [q.cue for q in quotes] == [cue]
    assert quotes[0].speaker_text == speaker and _content(quotes[0], text) == content


@pytest.mark.parametrize(("text", "expected"), [
    # 4: the role noun must be the head of the earlier source
    ("The lawyer for a Hamas official said his client was free. “He is safe,” the official said.", ()),
    # two sides named with the same noun: ambiguous
    ("A senior Hamas official told Reuters that the group would not sign. An Israeli official said "
     "the troops would stay. “We will not give in,” the official said.", ()),
    # a nearer person of that noun with no record blocks the link
    ("A senior official of the Palestinian Authority said Ramallah would take part. The Egyptian "
     "official who briefed reporters said otherwise. “Nobody was invited,” the official said.", ()),
    # positive: one side only
    ("A senior Hamas official told Reuters that the group would not sign. “We will not give in,” "
     "the official said.", ("org:hamas",)),
    # positive: the noun as the title before the name
    ("Hamas official Osama Hamdan told Reuters the group had agreed. Miller said Hamas was stalling. "
     "“That is false,” the official said.", ("per:osama-hamdan",)),
])
def test_bare_official(quotes_of: Any, text: str, expected: tuple[str, ...]) -> None:
    last = quotes_of(text)[-1]
    assert last.speaker_text == "the official" and last.speakers == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5: an armed attack is no statement
    ("Hezbollah fighters attacked an Israeli border post on Sunday.", None),
    ("Israeli troops attacked the convoy near Khan Younis.", None),
    ("Drones attacked a base in eastern Syria.", None),
    ("Russia attacked Ukraine in February 2022.", None),
    # positives: a criticism
    ("Netanyahu attacked the plan as a gift to Hamas.", "the plan as a gift to Hamas"),
    ("The opposition leader attacked the cabinet for its handling of the war.",
     "the cabinet for its handling of the war"),
])
def test_attack_as_criticism_only(quotes_of: Any, text: str, expected: str | None) -> None:
    found = [_content(q, text) for q in quotes_of(text) if q.cue == "attacked"]
    assert found == ([] if expected is None else [expected])


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # 6: run-on words before the frame's comma are the quote's, not the speaker
    ("“The truce must hold,” Blinken said. “We need to see” more courage, he told reporters.",
     "We need to see” more courage", "he"),
    ("“The truce must hold,” Blinken said. “We need to see” restraint, Miller added.",
     "We need to see” restraint", "Miller"),
    # a verb with its own object is no frame
    ("“They are lying,” Hamdan said. “We signed the deal” on July 2 and the mediators know it.",
     "We signed the deal", "Hamdan"),
    ("“They are lying,” Hamdan said. “We signed it” on July 2, and the mediators know it.",
     "We signed it", "Hamdan"),
])
def test_words_after_the_mark_are_no_speaker(quotes_of: Any, text: str, content: str,
                                             speaker: str) -> None:
    last = quotes_of(text)[-1]
    assert _content(last, text) == content and last.speaker_text == speaker


@pytest.mark.parametrize(("text", "content"), [
    # 7: an addressee, a channel or a manner before 'that' is the frame's
    ("Macron said to parliament that the mission would go on.", "that the mission would go on"),
    ("The envoy said to the General Assembly that the siege must end.", "that the siege must end"),
    ("The Houthis said on their Al-Masirah channel that the raids would continue.",
     "that the raids would continue"),
    ("Blinken told reporters on his flight that a deal was near.", "that a deal was near"),
    ("Miller said on Monday, with clear irritation, that Hamas was stalling.", "that Hamas was stalling"),
    # 6: the reported clause read as a relative clause on a noun of the frame
    ("Sinwar said in a letter to the mediators that Hamas would not give in.",
     "that Hamas would not give in"),
    ("The Kremlin said in a summary of the call that Putin had warned Netanyahu.",
     "that Putin had warned Netanyahu"),
])
def test_content_starts_at_that(quotes_of: Any, text: str, content: str) -> None:
    quotes = quotes_of(text)
    assert any(q.cue in ("said", "told") and _content(q, text) == content for q in quotes)


@pytest.mark.parametrize(("text", "medium"), [
    # 8: media named with an owner, a topic or a person
    ("Macron said to parliament that the mission would go on.", None),
    ("Hezbollah said in a statement on Hamas that it stood with the group.", None),
    ("Putin said in an interview with Tucker Carlson that Russia had no such plans.", None),
    ("Gallant told Israel's Channel 12 that the raid would continue.", "Channel 12"),
    ("The minister said in remarks to Israel's Army Radio that the raids would go on.", "Army Radio"),
    ("Kirby said on CNN's State of the Union that a deal was close.", "CNN"),
    ("Qassem said on the group's al-Manar TV that the front would stay open.", "al-Manar TV"),
    ("Hamas said in a statement to CNN that it had accepted the plan.", "CNN"),
    ("The army said in a statement to The Times of Israel that it was looking into it.",
     "The Times of Israel"),
    ("A Hamas official said to Reuters that the group was studying the plan.", "Reuters"),
    # an account's platform
    ("Hamas, in a statement on its Telegram channel, said the proposal was a trap.", "Telegram"),
    ("Hamas said in a statement on its Telegram channel that the proposal was a trap.", "Telegram"),
    ("Zelensky said on his official X account that the strikes had hit Kharkiv.", "X"),
    ("The ministry said on its website that the talks would resume.", None),
])
def test_medium_named(quotes_of: Any, text: str, medium: str | None) -> None:
    assert quotes_of(text)[0].medium == medium


@pytest.mark.parametrize(("text", "date"), [
    # 9: a programme called 'Today' is no date
    ("Lammy told the BBC's Today programme that Britain would not send troops.", None),
    ("Lammy told BBC Radio 4's Today programme on Sunday that the talks were vital.", "2024-08-18"),
    ("Lammy said today that the talks were vital.", "2024-08-20"),
])
def test_today_programme_is_no_date(quotes_of: Any, text: str, date: str | None) -> None:
    assert quotes_of(text)[0].date == date


@pytest.mark.parametrize(("text", "kind"), [
    # 11: the person told, then several phrases set off by commas: still the frame
    ("Erdogan told lawmakers in Ankara, on Wednesday, “They will answer for this.”", "direct"),
    ("The minister told reporters, after the talks with Lavrov, “Nothing is agreed yet.”", "direct"),
    # negative: an object of another verb is what was announced, the quote beside it
    ("The minister announced the plan, in a rare interview, “We will rebuild.”", "partial"),
])
def test_addressee_then_phrases(quotes_of: Any, text: str, kind: str) -> None:
    assert [q.kind for q in quotes_of(text)] == [kind]


@pytest.mark.parametrize(("text", "content"), [
    # 12: 'both' / 'neither' as the whole answer
    ("Asked which side had broken the truce, Miller said both.", "both"),
    ("Asked who had won, the mediator said neither.", "neither"),
    ("Miller said both sides had to give ground.", "both sides had to give ground"),
])
def test_both_or_neither_answer(quotes_of: Any, text: str, content: str) -> None:
    assert [_content(q, text) for q in quotes_of(text) if q.cue == "said"] == [content]
