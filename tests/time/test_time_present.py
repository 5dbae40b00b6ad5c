"""A weekday under a simple present: a caption's or headline's past, an aftermath's past, or the
body's timetable (the coming day). Our own sentences; (text, published, weekday, expected)."""

from __future__ import annotations

from typing import Any

import pytest

TUE, THU, SUN, MON = "2024-08-20", "2024-08-22", "2024-08-18", "2024-08-19"

CASES = [
    # an aftermath points to the past, though the coming Friday is nearer to a Tuesday
    ("Palestinians inspect the rubble after an Israeli strike on Friday.", TUE, "Friday", "2024-08-16"),
    ("Palestinians inspect the rubble following an Israeli strike on Friday in Gaza City.", TUE, "Friday", "2024-08-16"),
    ("Residents clear debris in the aftermath of a Russian missile attack on Thursday.", TUE, "Thursday", "2024-08-15"),
    ("Firefighters battle a blaze after a drone attack on Friday.", TUE, "Friday", "2024-08-16"),
    ("People gather at the scene after a suicide bombing on Friday in Kabul.", TUE, "Friday", "2024-08-16"),
    ("A woman reacts at the site of a strike on Friday in Khan Younis.", TUE, "Friday", "2024-08-16"),
    ("The minister visits the town after the attack on Friday.", TUE, "Friday", "2024-08-16"),
    # captions: a photo credit, a position marker, described people
    ("Secretary of State Antony Blinken, left, meets Prime Minister Benjamin Netanyahu in Jerusalem "
     "on Monday. (AP Photo/Jane Doe)", THU, "Monday", "2024-08-19"),
    ("Rescuers search the rubble of a house in Kharkiv on Friday. REUTERS/John Roe", TUE, "Friday", "2024-08-16"),
    ("Children wait for food at a kitchen in Rafah on Friday.", TUE, "Friday", "2024-08-16"),
    ("A boy sits in the rubble of his home in Gaza City on Friday (AFP/John Roe).", TUE, "Friday", "2024-08-16"),
    # an agency dateline is no photo credit
    ("JERUSALEM, Aug 20 (Reuters) - Blinken meets Netanyahu on Thursday, officials said.", TUE, "Thursday",
     "2024-08-22"),
    ("JERUSALEM, Aug 24 (Reuters) - Blinken meets Netanyahu on Thursday, officials said.", "2024-08-24",
     "Thursday", "2024-08-29"),
    # a headline: one short sentence without closing punctuation
    ("Blinken arrives in Israel on Sunday", THU, "Sunday", "2024-08-18"),
    ("Blinken arrives in Israel on Sunday for his ninth visit since the war began\n\nJERUSALEM (Reuters) - "
     "Blinken pressed Netanyahu on the deal.", TUE, "Sunday", "2024-08-18"),
    # body prose: a planned action of a named or definite actor is a timetable
    ("Blinken arrives in Israel on Sunday for his ninth visit since the war began.", TUE, "Sunday", "2024-08-25"),
    ("Hamas rejected the latest proposal.\n\nBlinken arrives in Israel on Sunday for talks with "
     "Netanyahu, the State Department said.", TUE, "Sunday", "2024-08-25"),
    ("Blinken is due to arrive in Israel on Sunday.", TUE, "Sunday", "2024-08-25"),
    ("Blinken arrives in Israel on Sunday for talks, the State Department said.", THU, "Sunday", "2024-08-25"),
    ("Blinken arrives in Israel on Sunday for talks.", SUN, "Sunday", "2024-08-18"),
    ("The foreign minister travels to Cairo on Friday to meet Egyptian officials.", TUE, "Friday", "2024-08-23"),
    ("Blinken is meeting Netanyahu on Thursday.", "2024-08-24", "Thursday", "2024-08-29"),
    ("The delegation leaves for Cairo on Friday, the ministry said.", "2024-08-17", "Friday", "2024-08-23"),
    ("The ministry says the delegation heads to Cairo on Friday.", MON, "Friday", "2024-08-23"),
    ("The delegation returns home on Saturday after three days of talks.", TUE, "Saturday", "2024-08-24"),
    ("The minister meets his counterpart on Thursday after a week of clashes.", TUE, "Thursday", "2024-08-22"),
    ("Parliament votes on the budget in early January.", "2024-12-31", "early January", "2025-01"),
    # an action in the present under an attribution is no timetable: the nearest day
    ("Hezbollah launches drones at northern Israel on Thursday, the group says.", "2024-08-23", "Thursday",
     "2024-08-22"),
    # a described thing as a caption's subject
    ("Smoke rises over Khan Younis on Saturday, as seen from Rafah.", "2024-08-21", "Saturday", "2024-08-17"),
    ("A man walks past a destroyed building in Kharkiv on Friday.", TUE, "Friday", "2024-08-16"),
    # a caption's passive in the present
    ("Smoke is seen over Khan Younis on Friday.", TUE, "Friday", "2024-08-16"),
    ("The bodies of victims are laid out at a morgue in Deir al-Balah on Friday.", TUE, "Friday", "2024-08-16"),
    ("The new cabinet is sworn in on Friday, officials said.", TUE, "Friday", "2024-08-23"),
    # a present in a subordinate clause looks ahead with its main clause, no caption
    ("The lawyers will fight when the case is heard in May.", "2024-03-29", "May", "2024-05"),
    ("Aid will flow once the crossing is opened on Friday.", TUE, "Friday", "2024-08-23"),
    ("Voters go to the polls on Sunday in a snap election.", TUE, "Sunday", "2024-08-25"),
    ("The two leaders hold talks in Ankara on Friday.", "2024-08-24", "Friday", "2024-08-30"),
    ("The new president takes office on Friday.", "2024-08-24", "Friday", "2024-08-30"),
    # no planned action: a caption's scene
    ("Palestinian gunmen open fire on an Israeli checkpoint on Friday.", TUE, "Friday", "2024-08-16"),
    ("A woman holds a picture of a hostage during a protest in Tel Aviv on Friday.", TUE, "Friday", "2024-08-16"),
    ("Trucks carrying aid enter Gaza on Friday.", TUE, "Friday", "2024-08-16"),
    # a gathering in body prose, bare or with its purpose, takes the nearest day (a preview as often as
    # a caption's scene); with its event or a round named, a timetable (the coming day)
    ("Protesters gather in Tel Aviv on Saturday to demand a deal.", "2024-08-15", "Saturday", "2024-08-17"),
    ("Activists gather outside the embassy on Thursday to call for a ceasefire.", TUE, "Thursday", "2024-08-22"),
    ("Doctors march on parliament on Wednesday to protest the cuts.", "2024-08-22", "Wednesday", "2024-08-21"),
    ("Hundreds gather for the funeral on Wednesday.", "2024-08-22", "Wednesday", "2024-08-28"),
    ("Protesters gather in Tel Aviv on Saturday.", "2024-08-15", "Saturday", "2024-08-17"),
    ("Protesters gather in Tel Aviv on Saturday to demand a deal.", "2024-08-18", "Saturday", "2024-08-17"),
    ("Thousands protest in Tel Aviv on Saturday.", "2024-08-19", "Saturday", "2024-08-17"),
    ("World leaders gather in New York on Tuesday.", "2024-07-23", "Tuesday", "2024-07-23"),
    ("Crowds gather at the border crossing on Friday, waiting for aid.", TUE, "Friday", "2024-08-16"),
    # a timetable's month-day a few days gone is that day, not next year's (which would carry its year)
    ("Protesters gather in Tel Aviv on August 17 to demand a deal.", "2024-08-22", "August 17", "2024-08-17"),
    ("Protesters gather in Tel Aviv on August 24 to demand a deal.", "2024-08-22", "August 24", "2024-08-24"),
    ("Delegates gather in Cairo on August 17 for another round.", "2024-08-22", "August 17", "2024-08-17"),
    ("The summit opens on August 1.", "2024-08-22", "August 1", "2025-08-01"),
    # a market's "rally" or "march" is no gathering, with a purpose or bare: the scene's past
    ("Stocks rally on Monday to hit a record high.", "2024-08-22", "Monday", "2024-08-19"),
    ("Oil prices march higher on Tuesday to reach $90 a barrel.", "2024-08-22", "Tuesday", "2024-08-20"),
    ("Gold prices rally on Monday.", "2024-08-24", "Monday", "2024-08-19"),
    ("Market traders rally on Monday to protest the new tax.", "2024-08-22", "Monday", "2024-08-19"),
    # a caption's gathering is its picture's scene; a past gathering is past
    ("Protesters gather in Tel Aviv on Saturday to demand a deal. REUTERS/Jane Roe", "2024-08-15", "Saturday",
     "2024-08-10"),
    ("Protesters gathered in Tel Aviv on Saturday to demand a deal.", "2024-08-15", "Saturday", "2024-08-10"),
    # a state keeps the nearest day
    ("Prices are higher on Friday.", TUE, "Friday", "2024-08-23"),
    ("Prices are higher on Friday.", "2024-08-17", "Friday", "2024-08-16"),
]


@pytest.mark.parametrize(("text", "published", "span", "expected"), CASES)
def test_present_weekday(time_tag: Any, text: str, published: str, span: str, expected: str) -> None:
    hits = [t for t in time_tag(text, published) if t.text == span]
    assert hits, f"no timex {span!r} in {text!r}"
    assert hits[0].value == expected
