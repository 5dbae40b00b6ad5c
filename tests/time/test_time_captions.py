"""A credited caption's present is its picture's scene (PAST), even for a planned act. An
uncredited one-sentence paragraph is body prose, even on a page that carried pictures (furniture
of the article): the planned act is the timetable, as in a wire preview. A caption's explicit or
subordinate future stays ahead. Our own sentences; (text, published, furniture kinds, weekday,
expected)."""

from __future__ import annotations

from typing import Any

import pytest

SAT, TUE = "2024-08-24", "2024-08-20"
MON = "2024-10-14"
PICTURES = ("image_slug",)

CASES = [
    # an uncredited one-sentence paragraph on a page with pictures: a preview's timetable
    ("EU leaders meet in Brussels on Thursday.", MON, PICTURES, "Thursday", "2024-10-17"),
    ("Hamas rejected the plan.\n\nEU leaders meet in Brussels on Thursday.\n\nThe war goes on.", MON,
     PICTURES, "Thursday", "2024-10-17"),
    ("Negotiators reconvene in Doha on Thursday.", "2024-08-12", PICTURES, "Thursday", "2024-08-15"),
    ("Delegates arrive in Baku on Monday for the climate summit.", "2024-11-09", ("caption",), "Monday",
     "2024-11-11"),
    ("Children return to school in Kyiv on Monday.", SAT, PICTURES, "Monday", "2024-08-26"),
    ("Children return to school in Kyiv on Monday.", SAT, (), "Monday", "2024-08-26"),
    # body prose on a page with pictures: no place, a named subject, a speech verb, a longer paragraph
    ("Voters go to the polls on Sunday in a snap election.", TUE, PICTURES, "Sunday", "2024-08-25"),
    ("Blinken arrives in Israel on Sunday for talks.", TUE, PICTURES, "Sunday", "2024-08-25"),
    ("Children return to school in Kyiv on Monday, the ministry said.", SAT, PICTURES, "Monday", "2024-08-26"),
    ("Children return to school in Kyiv on Monday. Teachers fear the sirens will disrupt lessons.", SAT,
     PICTURES, "Monday", "2024-08-26"),
    # a credited caption: its scheduled present is the scene too
    ("Talks resume in Cairo on Monday. REUTERS/Jane Roe", "2024-08-22", (), "Monday", "2024-08-19"),
    ("Children return to school in Kyiv on Monday. (AP Photo/John Doe)", SAT, (), "Monday", "2024-08-19"),
    # a caption's future stays ahead: explicit, in a relative clause, a headline's timetable
    ("Talks resume in Cairo on Monday, officials said. REUTERS/Jane Roe", "2024-08-22", (), "Monday", "2024-08-26"),
    ("Children will return to school in Kyiv on Monday. (AP Photo/John Doe)", SAT, (), "Monday", "2024-08-26"),
    ("A man walks past a poster for the vote, which takes place on Sunday. (AP Photo/John Doe)", TUE, (),
     "Sunday", "2024-08-25"),
    ("Talks resume in Cairo on Monday", "2024-08-22", PICTURES, "Monday", "2024-08-26"),
]


@pytest.mark.parametrize(("text", "published", "furniture", "span", "expected"), CASES)
def test_caption_weekday(time_tag: Any, text: str, published: str, furniture: tuple[str, ...], span: str,
                         expected: str) -> None:
    hits = [t for t in time_tag(text, published, furniture) if t.text == span]
    assert hits, f"no timex {span!r} in {text!r}"
    assert hits[0].value == expected
