"""Actor readings found in a QA pass over our own diplomacy articles (tests/quotes/qa2_articles.jsonl):
"the spokesman" after an unnamed one, a Korean name written family name first, he/she after an
unnamed person noun. Sentences are our own."""

from __future__ import annotations

import pytest

from dateline.actors.names import surname
from tests.actors.test_conflict_news import run


@pytest.mark.parametrize(("text", "expected"), [
    # an unnamed spokesman since the named one: "the spokesman" is not the named one
    ("Mohammed Abdulsalam, the Houthi spokesman, denounced the strikes. A spokesman for the Saudi "
     "foreign ministry called for restraint. \"We call for calm,\" the spokesman said.", None),
    # negative: no other spokesman in between, the named one it is
    ("Mohammed Abdulsalam, the Houthi spokesman, denounced the strikes. \"We will respond,\" the "
     "spokesman said.", "per:mohammed-abdulsalam"),
])
def test_the_title_after_an_unnamed_holder(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-01-12")
    at = text.rindex("spokesman said")
    got = [m.actor for m in mentions if m.start <= at < m.end]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(("name", "expected"), [
    ("Kim Jong Un", "Kim"), ("Lee Sung-yoon", "Lee"), ("Moon Jae-in", "Moon"), ("Yoon Suk Yeol", "Yoon"),
    # negatives: Western order, or a family name of the list before a Western given name
    ("Antony Blinken", "Blinken"), ("Lee Anderson", "Anderson"), ("Kim Kardashian", "Kardashian"),
    ("Abu Bakr Ali", "Ali"), ("Sami Abu Zuhri", "Abu Zuhri"),
])
def test_surname(name: str, expected: str) -> None:
    assert surname(name) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("North Korean leader Kim Jong Un met Putin on Wednesday. Kim said Pyongyang stood with Moscow.",
     "Kim said", "per:kim-jong-un"),
    ("South Korean President Yoon Suk Yeol spoke by phone with Biden. Yoon said Seoul would respond.",
     "Yoon said", "per:yoon-suk-yeol"),
])
def test_family_name_first_links_to_the_full_name(nlp, text: str, word: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    actors, mentions = run(nlp, text, "2023-09-14")
    at = text.index(word)
    assert [m.actor for m in mentions if m.start <= at < m.end] == [expected]
    assert not [a for a in actors if a.name in ("Kim", "Yoon")]


@pytest.mark.parametrize(("text", "expected"), [
    # "She" takes up the spokeswoman nobody named, not the woman named two sentences before
    ("EU foreign policy chief Kaja Kallas welcomed the news. Pashinyan's spokeswoman said later that no "
     "date had been set. She said talks could take six weeks.", None),
    # negatives: a named woman right before; a spokesman is no "she"
    ("EU foreign policy chief Kaja Kallas welcomed the news. She said talks could take six weeks.",
     "per:kaja-kallas"),
    ("EU foreign policy chief Kaja Kallas welcomed the news. A spokesman said later that no date had "
     "been set. She said talks could take six weeks.", "per:kaja-kallas"),
])
def test_she_after_an_unnamed_person_noun(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2025-03-14")
    at = text.index("She said")
    assert [m.actor for m in mentions if m.start == at] == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    # "the secretary" after a named secretary is that person
    ("U.S. Secretary of State Antony Blinken said Washington was ready. The secretary added that aid "
     "should reach Khartoum.", "per:antony-blinken"),
    ("Defence Secretary Lloyd Austin said the strikes hit radars. The secretary said the Houthis had "
     "been warned.", "per:lloyd-austin"),
    # negative: no person with a secretary's office named before
    ("The party's general secretary said the vote was fair. The secretary added that turnout was high.", None),
])
def test_the_secretary(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2023-05-21")
    at = text.index("The secretary")
    got = [m.actor for m in mentions if m.start <= at + 4 < m.end]
    assert got == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "expected"), [
    # a capital the model tagged ORG stands for its government where a capital would
    ("He said Georgetown would not negotiate the matter bilaterally.", ["cty:GUY"]),
    # negatives: the university; a capital as a place
    ("Students at Georgetown University protested.", ["org:georgetown-university"]),
    ("He studied at Georgetown before joining the ministry.", []),
])
def test_capital_tagged_org(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2023-12-15")
    assert [m.actor for m in mentions if "Georgetown" in m.text] == expected


@pytest.mark.parametrize(("text", "gid", "name"), [
    # a count before a group noun is no part of the group's name
    ("Hamas will free 50 hostages in exchange for 150 Palestinian prisoners.", "grp:pse-prisoners",
     "Palestinian prisoners"),
    ("Three Israeli officials said the talks would resume.", "grp:isr-officials", "Israeli officials"),
    # negative: no count, the name as written
    ("Palestinian prisoners were released on Friday.", "grp:pse-prisoners", "Palestinian prisoners"),
])
def test_group_name_without_count(nlp, text: str, gid: str, name: str) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, text, "2023-11-22")
    assert [a.name for a in actors if a.id == gid] == [name]
