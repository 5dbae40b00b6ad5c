"""Session 10 follow-ups of the actors, on sentences of our own: the article's own person named
in full beats a dictionary alias for a lone name ("Abbas Araghchi ... Abbas said"); a request
for a permission is asked for the asker's own ("Russia asked Turkey to let its ships pass"); a
ship named "the" + rank + name is no person ("the Admiral Kuznetsov"); demonym plurals in -man
("German" is no "Germen")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dateline.actors.dictionary import _plurals
from tests.actors.test_conflict_news import run


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat. Abbas said the talks "
     "were useful.", "Abbas", "per:abbas-araghchi"),
    ("The Iranian director Abbas Kiarostami died. Abbas was 76.", "Abbas", "per:abbas-kiarostami"),
    # neighbours: the dictionary person named in full too, no namesake in the article, or the
    # word the dictionary person's own surname ("Michelle Obama ... Obama": tests/actors/test_coref.py)
    ("Film director Ali Abbas spoke in Cairo. Abbas said the film was finished.", "Abbas", "per:mahmoud-abbas"),
    ("Palestinian President Mahmoud Abbas met Abbas Araghchi in Doha. Abbas said the talks were useful.",
     "Abbas", "per:mahmoud-abbas"),
    ("Abbas said the talks were useful.", "Abbas", "per:mahmoud-abbas"),
    ("Palestinian President Mahmoud Abbas spoke in Ramallah. Abbas said the plan was dead.",
     "Abbas", "per:mahmoud-abbas"),
    ("Antony Blinken landed in Tel Aviv. Blinken said a deal was close.", "Blinken", "per:antony-blinken"),
])
def test_article_person_beats_alias(nlp: Language, text: str, word: str, expected: str) -> None:
    _, mentions = run(nlp, text, "2025-03-01")
    assert [m.actor for m in mentions if m.text == word] == [expected]


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the dictionary person with a title, or named already: no namesake's
    ("Fatah official Abbas Zaki said the president would not travel. President Abbas will stay in "
     "Ramallah, he said.", "President Abbas", ["per:mahmoud-abbas"]),
    ("Iranian Foreign Minister Abbas Araghchi met Palestinian President Abbas in Doha. Abbas said the "
     "talks went well.", "Abbas", ["per:mahmoud-abbas", "per:mahmoud-abbas"]),
    ("Abbas Araghchi flew to Ramallah. The Palestinian president, Abbas, welcomed him.", "Abbas",
     ["per:mahmoud-abbas"]),
    # a headline's run of capitals the model calls a person is no namesake by the surname's word
    ("Report: Obama Hid Deal From Congress\n\nObama said the deal was legal.", "Obama", ["per:barack-obama"]),
    ("Obama White House officials were split. Obama said the deal was legal.", "Obama", ["per:barack-obama"]),
])
def test_titled_alias_stays_the_dictionarys(nlp: Language, text: str, word: str, expected: list[str]) -> None:
    _, mentions = run(nlp, text, "2025-03-01")
    assert [m.actor for m in mentions if m.text.endswith(word)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia asked Turkey to let its ships pass through the straits.", "cty:RUS"),
    ("Egypt urged Israel to allow its trucks to enter Gaza.", "cty:EGY"),
    ("The UN asked Israel to let its staff enter Gaza.", "igo:un"),
    # neighbours: no request (the permitter's own), a use of the permitter's place, no permission
    ("Israel allowed its citizens to travel.", "cty:ISR"),
    ("Jordan allowed US jets to use its airspace.", "cty:JOR"),
    ("The US urged Iran to halt its enrichment.", "cty:IRN"),
    ("Hamas urged Qatar to keep its office open.", "cty:QAT"),
    ("Britain criticized Russia for its attacks on Ukraine.", "cty:RUS"),
    # a body the permitter has at home stays the permitter's
    ("France urged Lebanon to let its army deploy in the south.", "cty:LBN"),
    ("The EU pressed Hungary to let its parliament vote on the accession.", "cty:HUN"),
    # a liberty at home, not a passage: the permitter's people
    ("The US urged China to allow its citizens to speak freely.", "cty:CHN"),
    ("Amnesty urged Egypt to let its journalists work freely.", "cty:EGY"),
    ("Israel asked Egypt to allow its citizens to cross into Sinai.", "cty:ISR"),
])
def test_permission_asked_for_the_askers_own(nlp: Language, text: str, expected: str) -> None:
    _, mentions = run(nlp, text, "2025-03-01")
    assert [m.actor for m in mentions if m.text == "its"] == [expected]


@pytest.mark.parametrize(("text", "person"), [
    ("The Admiral Kuznetsov sailed through the Channel on Tuesday.", None),
    ("The Marshal Ustinov entered the Baltic.", None),
    ("Admiral Kuznetsov said the fleet was ready.", "per:kuznetsov"),
    ("In the story, the general Kuznetsov leads the army.", "per:kuznetsov"),
    ("General Herzi Halevi said the army was ready.", "per:herzi-halevi"),
])
def test_ship_named_for_a_rank_is_no_person(nlp: Language, text: str, person: str | None) -> None:
    actors, _ = run(nlp, text, "2025-03-01")
    assert [a.id for a in actors if a.type == "person"] == ([person] if person else [])


@pytest.mark.parametrize(("demonym", "plurals"), [
    ("German", ("Germans",)), ("Oklahoman", ("Oklahomans",)), ("Israeli", ("Israelis",)),
    ("Frenchman", ("Frenchmen",)), ("Dutchman", ("Dutchmen",)), ("Frenchwoman", ("Frenchwomen",)),
    ("Scotsman", ("Scotsmen",)), ("Spanish", ()),
])
def test_demonym_plurals(demonym: str, plurals: tuple[str, ...]) -> None:
    assert _plurals(demonym) == plurals
