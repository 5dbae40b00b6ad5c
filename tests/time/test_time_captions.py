"""A caption's present is its picture's scene (PAST), even for a planned act, when it is a
caption: credited, or left in the body by the reader on a page that carried pictures (furniture
of the article). Without pictures, or in body prose, the planned act is the timetable; a caption's
explicit or subordinate future stays ahead. Our own sentences;
(text, published, furniture kinds, weekday, expected)."""

from __future__ import annotations

from typing import Any

import pytest

SAT, TUE = "2024-08-24", "2024-08-20"
PICTURES = ("image_slug",)

CASES = [
    # a caption left in the body on a page with pictures: the Monday before
    ("Children return to school in Kyiv on Monday", SAT, PICTURES, "Monday", "2024-08-19"),
    ("Children return to school in Kyiv on Monday.", SAT, ("caption",), "Monday", "2024-08-19"),
    ("Students attend class at a school in Kharkiv on Monday.", SAT, PICTURES, "Monday", "2024-08-19"),
    ("Displaced Palestinians return to their homes in Khan Younis on Monday.", SAT, ("credit",), "Monday",
     "2024-08-19"),
    ("Hamas rejected the plan.\n\nChildren return to school in Kyiv on Monday.\n\nThe war goes on.", SAT,
     PICTURES, "Monday", "2024-08-19"),
    # the same words on a page without pictures: the timetable (the decision where words cannot tell)
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
