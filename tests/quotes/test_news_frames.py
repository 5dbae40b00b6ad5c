"""Frames of conflict and diplomacy wire copy (our own sentences), checked field by field on the
Quote records: datelines before a quote, 'S, X told Y', the person warned, participle asides,
settings and media, dates hung on the cue, and acts nested in a statement."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Quote


def _by_cue(quotes: list[Quote], cue: str) -> Quote:
    hits = [q for q in quotes if q.cue == cue]
    assert hits, f"no statement with cue {cue!r} in {quotes}"
    return hits[0]


@pytest.mark.parametrize(("text", "kind"), [
    ("JERUSALEM — “We will fight on until victory,” the prime minister said on Sunday.", "direct"),
    ("GAZA CITY (AP) — “There is no safe place left,” a UN official said.", "direct"),
    ("KYIV, Ukraine — “We need air defence now,” Zelensky said in a video address.", "direct"),
    ("BEIRUT - “We won't be dragged into war,” the minister said.", "direct"),
])
def test_quote_after_a_dateline_is_direct(quotes_of: Any, text: str, kind: str) -> None:
    assert [q.kind for q in quotes_of(text) if q.cue == "said"] == [kind]


@pytest.mark.parametrize("text", [
    # a lower-case word or a name before the dash is no dateline: the quote stays partial
    "The plan — “a road to nowhere,” the minister said — was dropped.",
    "Talks in Cairo — “a last chance,” one diplomat said — ended without a deal.",
])
def test_words_before_a_dash_are_no_dateline(quotes_of: Any, text: str) -> None:
    assert all(q.kind != "direct" for q in quotes_of(text))


@pytest.mark.parametrize(("text", "content", "speaker", "cue", "medium"), [
    ("The union rejected the offer, a negotiator told the radio station.",
     "The union rejected the offer", "a negotiator", "told", None),
    ("Hamas accused Israel of stalling, a diplomat told Reuters.",
     "Hamas accused Israel of stalling", "a diplomat", "told", "Reuters"),
    ("The army denied the report, a military source said.",
     "The army denied the report", "a military source", "said", None),
])
def test_frame_after_a_clause_with_its_own_cue(quotes_of: Any, text: str, content: str, speaker: str,
                                               cue: str, medium: str | None) -> None:
    q = _by_cue(quotes_of(text), cue)
    assert (q.text, q.speaker_text, q.medium) == (content, speaker, medium)


def test_the_nested_statement_is_kept_too(quotes_of: Any) -> None:
    q = _by_cue(quotes_of("The union rejected the offer, a negotiator said."), "rejected")
    assert (q.text, q.speaker_text) == ("the offer", "The union")


@pytest.mark.parametrize(("text", "content"), [
    ("The union warned the company about the risks of cutting jobs.", "the risks of cutting jobs"),
    ("The union warned workers about the risks.", "the risks"),
    ("Officials warned the public of a second wave of attacks.", "a second wave of attacks"),
    # no topic after 'about'/'of': the person warned stays in (PolNeAR keeps 'China against ...')
    ("The minister warned Hamas against any escalation.", "Hamas against any escalation"),
    ("He warned Iran to stop its attacks.", "Iran to stop its attacks"),
    ("The minister warned that the truce was fragile.", "that the truce was fragile"),
])
def test_the_person_warned_is_no_content(quotes_of: Any, text: str, content: str) -> None:
    assert [q.text for q in quotes_of(text) if q.cue.endswith("warned")] == [content]


@pytest.mark.parametrize(("text", "speaker", "setting"), [
    ("Qatar's prime minister, speaking at a news conference in Doha, said: “We are closer than ever.”",
     "Qatar's prime minister", "news conference in Doha"),
    ("Erdogan, speaking at a summit in Kazan, said the war must end.", "Erdogan", "summit in Kazan"),
    # an aside that is no participle stays in the source
    ("Ali Bagheri, Iran's top negotiator, said the talks would go on.",
     "Ali Bagheri, Iran's top negotiator", None),
])
def test_participle_aside_is_the_setting_not_the_speaker(quotes_of: Any, text: str, speaker: str,
                                                         setting: str | None) -> None:
    q = _by_cue(quotes_of(text), "said")
    assert (q.speaker_text, q.setting) == (speaker, setting)


@pytest.mark.parametrize(("text", "medium", "setting", "date"), [
    ("“We will continue,” Netanyahu said at a cabinet meeting on Sunday.",
     None, "cabinet meeting", "2024-08-18"),
    ("“Any attack will be answered,” the foreign minister wrote on X.", "X", None, None),
    ("“Any attack will be answered,” the foreign minister said on Telegram.", "Telegram", None, None),
    ("“We are ready,” the envoy told a briefing in Geneva.", None, "briefing in Geneva", None),
])
def test_setting_medium_and_date(quotes_of: Any, text: str, medium: str | None, setting: str | None,
                                 date: str | None) -> None:
    q = quotes_of(text)[0]
    assert (q.medium, q.setting, q.date) == (medium, setting, date)


@pytest.mark.parametrize(("text", "date"), [
    # the time hangs on the cue inside the reported span: it is when it was said
    ("Iran's foreign minister warned Israel on Sunday against any attack on its facilities.", "2024-08-18"),
    # the time belongs to what was said
    ("The minister said the talks would resume on Sunday.", None),
    ("The minister said that “on Sunday the talks resume.”", None),
])
def test_date_hung_on_the_cue_inside_the_span(quotes_of: Any, text: str, date: str | None) -> None:
    q = next(q for q in quotes_of(text) if q.kind in ("indirect", "partial"))
    assert q.date == date


@pytest.mark.parametrize(("text", "cues"), [
    ("The United States, Egypt and Qatar urged both sides to show flexibility.", ["urged"]),
    ("In an interview with CNN, Araghchi said Tehran did not seek war.", ["said"]),
    ("The army has accused the Rapid Support Forces of attacking civilians.", ["has accused"]),
    ("Lamamra said the two men discussed humanitarian access.", ["said"]),
    # a nested statement with a verb of saying stays: two records
    ("The union rejected the offer, a negotiator said.", ["rejected", "said"]),
    ("Officials said Hamas had accused Israel of stalling.", ["said", "had accused"]),
    # a participle of the frame after a partial quote is a statement of its own
    ('The Kremlin dismissed the report as "fake news," saying no such talks had taken place.',
     ["dismissed", "saying"]),
])
def test_nested_acts_are_no_statements(quotes_of: Any, text: str, cues: list[str]) -> None:
    assert sorted(q.cue for q in quotes_of(text)) == sorted(cues)


@pytest.mark.parametrize(("text", "medium"), [
    ("The minister later told state broadcaster TRT that talks had been productive.", "TRT"),
    ("Kirby told CNN's State of the Union on Sunday that a deal was within reach.", "CNN"),
    ("A diplomat told The New York Times that the talks had stalled.", "New York Times"),
    ("A diplomat told Reuters that the talks had stalled.", "Reuters"),
    # a person told is no medium
    ("King Abdullah told President Donald Trump last week that Jordan would take in sick children.", None),
    ("The envoy told reporters that the talks had stalled.", None),
])
def test_medium_told(quotes_of: Any, text: str, medium: str | None) -> None:
    assert next(q for q in quotes_of(text) if q.cue.endswith("told")).medium == medium


@pytest.mark.parametrize(("text", "speaker", "ids"), [
    # the dateline is no part of the speaker, nor its actor
    ("NEW YORK — UN Secretary-General Antonio Guterres on Wednesday condemned an Israeli strike on a school.",
     "UN Secretary-General Antonio Guterres", ("per:antonio-guterres",)),
    # a phrase the parser hung on the subject after the cue is no part of the speaker
    ("Israel's military said it had targeted a command centre inside the school, an accusation Hamas denied.",
     "Israel's military", None),
    # a relative clause set off by commas is left out of the speaker's words
    ("Secretary of State Antony Blinken, who was visiting Egypt, voiced optimism about the talks.",
     "Secretary of State Antony Blinken", ("per:antony-blinken",)),
    # a restrictive one stays
    ("Officials who attended the meeting said the talks had stalled.",
     "Officials who attended the meeting", None),
])
def test_speaker_words(quotes_of: Any, text: str, speaker: str, ids: tuple[str, ...] | None) -> None:
    q = next(q for q in quotes_of(text) if q.speaker_text and q.start > text.find(speaker))
    assert q.speaker_text == speaker
    if ids is not None:
        assert q.speakers == ids


def test_headline_speaker_is_not_the_words_after_the_colon(quotes_of: Any) -> None:
    q = _by_cue(quotes_of("Erdogan: Turkey ready to host Russia-Ukraine talks\n\nAnkara has offered "
                          "to host talks before."), ":")
    assert (q.speaker_text, q.speakers) == ("Erdogan", ("per:recep-tayyip-erdogan",))


@pytest.mark.parametrize(("text", "content", "setting"), [
    # the that-clause the parser hung on the place or the setting belongs to the cue
    ("Mikati told reporters at a news conference in Beirut that Israel had violated the deal.",
     "that Israel had violated the deal", "news conference in Beirut"),
    ("He said at a rally in Ankara that Turkey would never abandon Gaza.",
     "that Turkey would never abandon Gaza", "rally in Ankara"),
])
def test_that_clause_hung_on_a_place(quotes_of: Any, text: str, content: str, setting: str) -> None:
    q = next(q for q in quotes_of(text) if q.cue in ("told", "said"))
    assert (q.text, q.setting) == (content, setting)


@pytest.mark.parametrize(("text", "content"), [
    # a noun with a that-clause of its own keeps it
    ("He denied claims that the army had fired on civilians.", "claims that the army had fired on civilians"),
    ("She cited the report as evidence that the truce had collapsed.", None),
])
def test_noun_complement_stays_with_its_noun(quotes_of: Any, text: str, content: str | None) -> None:
    texts = [q.text for q in quotes_of(text)]
    if content is not None:
        assert content in texts
    assert "that the truce had collapsed" not in texts


@pytest.mark.parametrize(("text", "medium", "setting"), [
    ("Hamas said in a statement on Telegram: \"The new proposal does not meet our demands.\"",
     "Telegram", "statement"),
    ("The ministry said in a post on X that the strikes would continue.", "X", None),
    ("Lapid said in an interview with Channel 12 that the government had lost its way.",
     "Channel 12", "interview"),  # (the outlet is the medium, as 'on Telegram' above)
    # a time after the statement is no medium
    ("The minister said in a statement on Sunday that talks would resume.", None, "statement"),
])
def test_medium_of_a_statement_or_post(quotes_of: Any, text: str, medium: str | None,
                                       setting: str | None) -> None:
    q = _by_cue(quotes_of(text), "said")
    assert (q.medium, q.setting) == (medium, setting)


@pytest.mark.parametrize(("text", "cue", "speaker", "medium"), [
    # a cue inside a relative clause after the quote frames nothing; the anonymity terms are no statement
    ("\"We are ready for a long war,\" a senior Hamas official, who asked not to be named, told AFP.",
     "told", "a senior Hamas official", "AFP"),
    ("\"It is over,\" said the official, who declined to be named.", "said", "the official", None),
    ("“We will not back down,” the commander, who has repeatedly threatened Israel, said.",
     "said", "the commander", None),
])
def test_relative_clause_after_the_quote(quotes_of: Any, text: str, cue: str, speaker: str,
                                         medium: str | None) -> None:
    quotes = quotes_of(text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.cue, q.speaker_text, q.medium) for q in direct] == [(cue, speaker, medium)]
    assert not any(q.cue in ("asked", "declined") for q in quotes)


@pytest.mark.parametrize(("text", "content"), [
    # 'declined to identify X' is a statement; 'declined to be identified' is the reporter's terms
    ("The ministry declined to identify the officers involved in the raid.",
     "to identify the officers involved in the raid"),
    ("The official, who declined to be identified, said the talks had stalled.", "the talks had stalled"),
])
def test_anonymity_terms(quotes_of: Any, text: str, content: str) -> None:
    assert [q.text for q in quotes_of(text)] == [content]


@pytest.mark.parametrize(("text", "ids"), [
    # the person named beside a role noun, wherever the parser hangs the apposition
    ("A spokesman for the Israeli military, Daniel Hagari, said troops had found tunnels.",
     ("per:daniel-hagari",)),
    ("Qatar and Egypt, which have mediated between Israel and Hamas, said they would present a plan.",
     ("cty:QAT", "cty:EGY")),
    # the possessor, not the phrase after the noun
    ("Iran's mission to the UN said that Tehran had the right to self-defence.", ("cty:IRN",)),
    ("A spokesman for Hamas said the group had received the proposal.", ("org:hamas",)),
])
def test_speaker_ids_of_role_nouns(quotes_of: Any, text: str, ids: tuple[str, ...]) -> None:
    assert _by_cue(quotes_of(text), "said").speakers == ids


@pytest.mark.parametrize(("text", "setting"), [
    ("“This war must end,” Pope Francis said during his weekly prayer at the Vatican on Sunday.",
     "weekly prayer at the Vatican"),
    ("“We are close,” the envoy said during talks in Cairo.", "talks in Cairo"),
    # a place alone is no setting
    ("“We are close,” the envoy said in Cairo.", None),
])
def test_settings(quotes_of: Any, text: str, setting: str | None) -> None:
    assert _by_cue(quotes_of(text), "said").setting == setting


@pytest.mark.parametrize(("text", "ids"), [
    ("Hamas and Islamic Jihad said in a joint statement that they rejected the proposal.",
     ("org:hamas", "org:islamic-jihad")),
    # a singular pronoun is not the group
    ("Netanyahu and Gallant met on Sunday. Netanyahu and Gallant said the operation would go on. "
     "He said it would take months.", ("per:yoav-gallant",)),
])
def test_plural_pronoun_after_several_speakers(quotes_of: Any, text: str, ids: tuple[str, ...]) -> None:
    q = [q for q in quotes_of(text) if (q.speaker_text or "").lower() in ("they", "he")][-1]
    assert q.speakers == ids


@pytest.mark.parametrize(("text", "setting"), [
    ("Putin told a meeting of his Security Council last week that Russia would respond.",
     "meeting of his Security Council"),
    ("Putin told reporters last week that Russia would respond.", None),
])
def test_setting_told(quotes_of: Any, text: str, setting: str | None) -> None:
    assert _by_cue(quotes_of(text), "told").setting == setting


def test_british_quote_run_over_paragraphs(quotes_of: Any) -> None:
    text = ("'This is a moment for unity,' he told MPs. 'Hamas does not speak for the Palestinians.\n\n"
            "'We will do everything to bring the hostages home.'")
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == [
        "This is a moment for unity,", "Hamas does not speak for the Palestinians.",
        "We will do everything to bring the hostages home."]


@pytest.mark.parametrize("text", [
    # an apostrophe left open is no quote when the next paragraph does not reopen one
    "The ministers' talks ended. Officials said the 'final offer was rejected.\n\nTalks resume today.",
    "He told MPs the 'plan is dead.\n\nMPs voted on Tuesday.",
])
def test_open_single_mark_without_a_reopening_paragraph(quotes_of: Any, text: str) -> None:
    assert all(q.kind != "direct" for q in quotes_of(text))


@pytest.mark.parametrize(("text", "content"), [
    ("Sunak: 'We will not be intimidated'\n\nLONDON — Rishi Sunak spoke on Monday.",
     "We will not be intimidated"),
    ("Lavrov: “The West wants war”\n\nMOSCOW — Sergei Lavrov spoke on Monday.", "The West wants war"),
])
def test_quoted_headline_is_one_direct_quote(quotes_of: Any, text: str, content: str) -> None:
    hits = [(q.kind, q.cue, q.speaker_text) for q in quotes_of(text) if q.text == content]
    assert hits == [("direct", ":", text.split(":")[0])]


@pytest.mark.parametrize(("text", "content", "date"), [
    ("Lavrov said on Monday the West was escalating.", "the West was escalating", "2024-08-19"),
    ("Lavrov said Monday the West was escalating.", "the West was escalating", "2024-08-19"),
    # the time of what was said, or part of a noun, stays
    ("Lavrov said the West was escalating on Monday.", "the West was escalating on Monday", None),
    ("Lavrov said Monday's strikes were a provocation.", "Monday's strikes were a provocation", None),
    ("Lavrov said that on Monday the West would escalate.", "that on Monday the West would escalate", None),
])
def test_time_right_after_the_cue(quotes_of: Any, text: str, content: str, date: str | None) -> None:
    q = _by_cue(quotes_of(text), "said")
    assert (q.text, q.date) == (content, date)


@pytest.mark.parametrize(("text", "medium"), [
    ("'We stand with Ukraine,' Sunak told the Commons.", None),
    ("'We stand with Ukraine,' Sunak told the Knesset.", None),
    ("'We stand with Ukraine,' Sunak told the BBC.", "BBC"),
])
def test_a_chamber_told_is_no_medium(quotes_of: Any, text: str, medium: str | None) -> None:
    assert _by_cue(quotes_of(text), "told").medium == medium


@pytest.mark.parametrize(("text", "content", "medium", "setting"), [
    ("Saudi Arabia's foreign ministry condemned the attack in a statement carried by the state news agency SPA.",
     "the attack", "SPA", "statement"),
    ("The United States, Egypt and Qatar urged both sides to show flexibility in a joint statement.",
     "both sides to show flexibility", None, "joint statement"),
    ("Egypt's foreign minister said in remarks broadcast on state television that Cairo rejected the plan.",
     "that Cairo rejected the plan", "state television", None),
    # a phrase of the words themselves stays ('his speech' is no frame of this statement)
    ("Critics attacked the claims made in his speech.", "the claims made in his speech", None, None),
])
def test_statement_phrase_after_the_words(quotes_of: Any, text: str, content: str, medium: str | None,
                                          setting: str | None) -> None:
    q = next(q for q in quotes_of(text) if q.kind == "indirect" and q.start < text.find(content) + 1)
    assert (q.text, q.medium, q.setting) == (content, medium, setting)
