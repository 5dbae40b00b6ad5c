"""Toponyms found from cues the model's labels miss, and names that stay people and outlets
(real pipeline, session ``nlp`` fixture)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import gazetteer
from dateline.places.finders import is_street, party_homes, untagged_towns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers of the Brookfield Police Department said the road was closed.", "Brookfield"),
        ("He was taken to a Khan Younis hospital after the strike.", "Khan Younis"),
        ("Kansas City Power & Light reported 2,300 homes without power.", "Kansas City"),
        ("He spent two years leading the New London Police Department.", "New London"),
        ("Samples were tested by the U.S. Centers for Disease Control last week.", "U.S."),
        ("The crash happened at the junction of Fore Street, Edmonton, and the ring road.",
         "Edmonton"),
        ("Senator Trump - Wisconsin and Ohio were close. Officials in Wisconsin said so.",
         "Wisconsin"),
        ("Officials from the Gaza City police said two men were hurt.", "Gaza City"),
        ("The suspect was booked into the Titus County Jail on Tuesday.", "Titus County"),
        ("She is a professor at the University of Hartford, friends say.", "Hartford"),
        ("Sen. Bob Casey, D-Pa., said the bill would pass.", "Pa."),
        ("Storm hits town. COLUMBUS -- A storm knocked down trees overnight.", "COLUMBUS"),
        ("Neighbours saw smoke rising from a house on Elm Hollow Drive at dawn.",
         "Elm Hollow Drive"),
        ("Heavy rain. BEIRUT: Gunmen stormed a bank near the port on Sunday.", "BEIRUT"),
        ("Fire hits barn. CROMWELL — The blaze began shortly after midnight.", "CROMWELL"),
        ("Rebecca Sears, 41, of Grovetown, was charged on Monday.", "Grovetown"),
    ],
)
def test_cue_finds_place(nlp: Any, text: str, expected: str) -> None:
    places = [p.text for p in nlp(text)._.places]
    assert expected in places, places


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Paris Hilton arrived late at the gala in a borrowed gown.", {"Paris", "Paris Hilton"}),
        ("Georgia Meloni told reporters she would not resign.", {"Georgia", "Georgia Meloni"}),
        ("The Washington Post reported the deal on Sunday.", {"Washington", "The Washington"}),
        ("A manager told The Moscow Times that flights would resume.", {"Moscow", "The Moscow"}),
        ("Mr. Washington said he would run again next year.", {"Washington"}),
        ("The Justice Department sued the company on Friday.", {"Justice"}),
        ("Pupils at Franklin Elementary raised money for the shelter.", {"Franklin"}),
        ("The Smith home was sold to a developer last spring.", {"Smith"}),
    ],
)
def test_names_stay_people_and_outlets(nlp: Any, text: str, not_places: set[str]) -> None:
    places = {p.text for p in nlp(text)._.places}
    assert not places & not_places, places


@pytest.mark.parametrize(
    ("text", "expected"),
    [("W. Bridge St.", True), ("Interstate 70", True), ("County Road 4045", True),
     ("North Oak Trafficway", True), ("Main Street", True), ("Street Fighter", False),
     ("Drive Capital", False), ("Springfield", False)],
)
def test_is_street(text: str, expected: bool) -> None:
    assert is_street(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Rep. Ann Lee, R-Elbow Lake, spoke.", ["Elbow Lake"]),
     ("Nancy Pelosi, D-Calif., told colleagues.", ["Calif."]),
     ("Tom Bakk, DFL-Cook, said.", ["Cook"]),
     ("A rival, R-Elbow Lake. He spoke.", ["Elbow Lake"]),
     ("The T-Mobile deal and the X-Men film.", [])],
)
def test_party_homes(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in party_homes(text, gazetteer.load())] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Rebels held onto nearly half of Aleppo for four years.", ["Aleppo"]),
     ("He sent a note to Georgia Meloni and to Paris Hilton.", []),
     ("Aleppo fell in December.", []),
     ("They asked for Justice and for Hope.", [])],
)
def test_untagged_towns(nlp: Any, text: str, expected: list[str]) -> None:
    doc = nlp.make_doc(text)  # no entities: every name is untagged
    for tok in doc[1:]:
        tok.is_sent_start = False
    assert [text[s:e] for s, e in untagged_towns(doc, gazetteer.load())] == expected
