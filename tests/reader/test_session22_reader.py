"""Session 22: datelines the reader missed: one that opens a later paragraph (under a kicker or
a standfirst), one with a wire name it does not know, a place alone on its line. Texts of our own."""

from __future__ import annotations

import pytest

from dateline.reader import read_html, read_text
from dateline.reader.furniture import classify_line

LEDE = "Russia and Ukraine exchanged prisoners on Sunday in a deal brokered by the UAE, officials said."
BORDER = "India and China agreed on Monday to resume talks on their disputed border, the ministry said."
TITLE = "India and China agree to resume border talks"


@pytest.mark.parametrize(("text", "place", "date", "agency", "body"), [
    (f"Prisoner swap\n\nABU DHABI, Aug 18 (Reuters) - {LEDE}", "Abu Dhabi", "XXXX-08-18", "Reuters", LEDE),
    (f"Swap in Gulf\n\nThe exchange was confirmed late on Sunday.\n\nABU DHABI, Aug 18 (Reuters) - {LEDE}",
     "Abu Dhabi", "XXXX-08-18", "Reuters", f"The exchange was confirmed late on Sunday.\n\n{LEDE}"),
    (f"Talks resumed in Geneva on Monday, officials said.\n\nGENEVA (AP) — {LEDE}", "Geneva", None, "AP",
     f"Talks resumed in Geneva on Monday, officials said.\n\n{LEDE}"),
    (f"ABU DHABI, Aug 18 (Gulf Wire) - {LEDE}", "Abu Dhabi", "XXXX-08-18", "Gulf Wire", LEDE),  # unknown wire
    (f"Talks resumed.\n\nAmman, Aug 18 (Petra) - {LEDE}", "Amman", "XXXX-08-18", "Petra", f"Talks resumed.\n\n{LEDE}"),
    (f"{TITLE}\n\nNew Delhi\n\n{BORDER}", "New Delhi", None, None, BORDER),  # a place alone on its line
    (f"{TITLE}\n\nNEW DELHI, Aug 18\n\n{BORDER}", "New Delhi", "XXXX-08-18", None, BORDER),
    (f"New Delhi\n\n{BORDER}", "New Delhi", None, None, BORDER),
    (f"{TITLE}\n\nKyiv\n\n{BORDER}", "Kyiv", None, None, BORDER),  # one word: a capital
    ("Islanders win in overtime\n\nPittsburgh\n\nThe New York Islanders beat the Pittsburgh Penguins 5-4 in overtime on "
     "Tuesday night.", "Pittsburgh", None, None,
     "The New York Islanders beat the Pittsburgh Penguins 5-4 in overtime on Tuesday night."),  # named again
])
def test_dateline_found(text: str, place: str, date: str | None, agency: str | None, body: str) -> None:
    article = read_text(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (place, date, agency)
    assert article.body == body
    assert all(article.body[a:b].strip() for a, b in article.paragraphs)


@pytest.mark.parametrize(("text", "furniture", "body"), [
    (f"Analysis\n\nPrisoner swap in Gulf\n\nABU DHABI, Aug 18 (Reuters) - {LEDE}",
     [("breadcrumb", "Analysis"), ("headline", "Prisoner swap in Gulf")], LEDE),  # a kicker over the headline
    (f"Border talks\n\n{TITLE}\n\nNew Delhi\n\n{BORDER}", [("breadcrumb", "Border talks"), ("headline", TITLE)], BORDER),
    (f"Analysis\n\nPrisoners were swapped.\n\nABU DHABI, Aug 18 (Reuters) - {LEDE}", [],
     f"Analysis\n\nPrisoners were swapped.\n\n{LEDE}"),  # a sentence, no headline: the label stays
    (f"Gulf states broker a new swap of prisoners\n\nPrisoner swap\n\nABU DHABI, Aug 18 (Reuters) - {LEDE}", [],
     f"Gulf states broker a new swap of prisoners\n\nPrisoner swap\n\n{LEDE}"),  # too long for a label
])
def test_kicker_over_headline(text: str, furniture: list[tuple[str, str]], body: str) -> None:
    article = read_text(text)
    assert [(f.kind, f.text) for f in article.furniture] == furniture
    assert article.body == body


@pytest.mark.parametrize("text", [
    f"Talks resumed in Geneva.\n\nThe envoys met.\n\nThe talks went on.\n\nGENEVA (AP) — {LEDE}",  # too deep
    "Talks resumed.\n\nNATO — the alliance of 32 states — said it would send observers to the talks.",
    "Talks resumed.\n\nJane Doe (D-CA) said the talks were a waste of time and money for all sides.",
    "Talks resumed.\n\nDubai: The emirate said it would host the next round of the talks in June.",
    "Talks resumed.\n\nUpdate, Aug 19: The talks were suspended on Tuesday, a spokesman said.",
    "Talks resumed.\n\nJane Doe, Aug 18 (Senate Speech) - the senator said the talks had failed.",
    "Talks resumed.\n\nThe talks ended Aug 18 (Monday) - the second round is due in June, a spokesman said.",
    f"{TITLE}\n\nUkraine\n\n{BORDER}",  # a country: a section's label
    f"{TITLE}\n\nReading\n\n{BORDER}",  # one mixed-case word: a town only when a capital or a great city
    f"{TITLE}\n\nSplit\n\n{BORDER}",
    f"{TITLE}\n\nJackson\n\n{BORDER}",
    f"{TITLE}\n\nBREAKING\n\n{BORDER}",
    f"{TITLE}\n\nCharlotte Smith\n\n{BORDER}",
    f"{TITLE}\n\nWorld\n\n{BORDER}",
    f"{TITLE}\n\nNew Delhi is calm\n\n{BORDER}",
    f"{TITLE}\n\nNew Delhi\n\nTalks resume.",  # no story under it
    f"{TITLE}\n\nNew Delhi\n\nthe ministry said talks would resume on the border after a pause of two years.",
])
def test_no_dateline(text: str) -> None:
    assert read_text(text).dateline is None


@pytest.mark.parametrize(("line", "credit"), [
    ("Protesters march in Paris on Sunday. Photo by Jane Roe", "Jane Roe"),
    ("Protesters march in Paris on Sunday. Photograph by Jane Roe/AFP", "Jane Roe/AFP"),
    ("Protesters march in Paris on Sunday (Photo by Jane Roe/Getty Images)", "Jane Roe/Getty Images"),
    ("Protesters march in Paris on Sunday | Photo by Jane Roe on Unsplash", "Jane Roe on Unsplash"),
    ("Protesters march in Paris on Sunday — Photo by Jane Roe for The Dateline", "Jane Roe for The Dateline"),
    ("Protesters march in Paris on Sunday. Photograph: Jane Roe/Reuters", "Jane Roe/Reuters"),
])
def test_caption_with_a_photographer(line: str, credit: str) -> None:
    found = classify_line(line)
    assert found is not None and (found.kind, found.credit) == ("caption", credit)


@pytest.mark.parametrize("line", [
    "The jury praised a portrait by Jane Roe, and the prize went to a Video by John Doe.",
    "She won the award for the best Photo by Jane Roe",
    "The minister was pictured in a photo by Jane Roe taken on Sunday.",
    "Thousands marched in Paris on Sunday, organisers said. The march was led by Jane Roe",
    "The report, written by Jane Roe for the UN, was published on Monday, officials said.",
    "Home > Away: fans return to stadiums after two years",  # headlines that open with "Home"
    "Home secretary says police will get new powers",
    "Homes > Offices as Dubai rents climb",
    "Home Office > Ministry of Justice in spending row",
    "Home: The town where the talks were held",
])
def test_body_lines_stay(line: str) -> None:
    assert classify_line(line) is None


SWAP = "Russia and Ukraine exchanged prisoners on Sunday in a deal brokered by the UAE, officials said on Monday."


@pytest.mark.parametrize(("crumb", "title"), [
    ("Home » World", None),
    ("Home > Middle East", None),
    ("Home / News / World", None),
    ("Home > Middle East\n\nPrisoners swapped in UAE-brokered deal", "Prisoners swapped in UAE-brokered deal"),
    ("Home » World » Europe\n\nPrisoners swapped in UAE-brokered deal", "Prisoners swapped in UAE-brokered deal"),
])
def test_home_breadcrumb_is_no_headline(crumb: str, title: str | None) -> None:
    article = read_text(f"{crumb}\n\n{SWAP}")
    assert article.title == title
    assert article.body == SWAP
    assert article.furniture[0].kind == "breadcrumb"


GOVERNOR = "The governor said the plan would expand coverage to millions of people in the state."


@pytest.mark.parametrize(("line", "body", "kinds"), [
    (f'[caption id="attachment_12" align="alignnone" width="800"]Protesters in Paris[/caption] {GOVERNOR}',
     GOVERNOR, ["caption"]),
    (f"{GOVERNOR} [embed]https://video.example.com/watch?v=abc[/embed]", GOVERNOR, ["markup"]),
    (f'{GOVERNOR} [button link="https://example.com/sub"]Subscribe[/button] More would follow.',
     f"{GOVERNOR} More would follow.", ["markup"]),
    ('The governor said [tooltip text="A health programme"]Medicaid[/tooltip] would grow this year.',
     "The governor said Medicaid would grow this year.", []),  # the wrapped word is the sentence's
    ("The governor said the plan [b]would[/b] expand coverage, aides said [1].",
     "The governor said the plan would expand coverage, aides said [1].", []),
    ('The [tooltip text="Philadelphi"]corridor[/tooltip]\'s future and [b]aid[/b], the governor said.',
     "The corridor's future and aid, the governor said.", []),  # the wrapped words as spaced
    ("The governor said [the plan] would expand coverage in the state [sic] on [date].",
     "The governor said [the plan] would expand coverage in the state [sic] on [date].", []),  # no shortcode
])
def test_shortcode_cut_sentence_kept(line: str, body: str, kinds: list[str]) -> None:
    article = read_text(f"Talks\n\n{line}\n\nMore talks are due.")
    assert article.body == f"Talks\n\n{body}\n\nMore talks are due."
    assert [f.kind for f in article.furniture] == kinds


_TALKS = " ".join(["The talks between the two sides went on for hours in the capital, officials said."] * 4)


@pytest.mark.parametrize(("inline", "sentence"), [
    ('<span class="glossary-term">Medicaid<span class="glossary-tooltip">A health programme for the poor</span>'
     "</span> coverage", "The plan would expand Medicaid coverage, the governor said."),  # the box goes
    ('<span class="lead">the <span class="tooltip-link">Medicaid</span> plan</span>',
     "The plan would expand the Medicaid plan, the governor said."),  # the term stays
    ('<span class="x">coverage of <span class="tooltip-term">Medicaid for all poor families</span></span>',
     "The plan would expand coverage of Medicaid for all poor families, the governor said."),
    ('<span class="x">coverage of "<span class="tooltip-term">Medicaid for all poor families</span></span>"',
     'The plan would expand coverage of "Medicaid for all poor families", the governor said.'),
    ('<span class="x">Medicaid and <span class="hovercard-name">Medicare</span></span> coverage',
     "The plan would expand Medicaid and Medicare coverage, the governor said."),
])
def test_tooltip_box_in_a_wrapper(inline: str, sentence: str) -> None:
    html = (f"<html><body><article><h1>Talks resume in Geneva</h1><p>{_TALKS}</p>"
            f"<p>The plan would expand {inline}, the governor said.</p><p>{_TALKS}</p></article></body></html>")
    article = read_html(html)
    assert sentence in [article.body[a:b] for a, b in article.paragraphs]
