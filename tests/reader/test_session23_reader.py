"""Session 23: a dateline that opens a later paragraph with no date or agency ("DUBLIN —"), one
below a page's short unstopped lines or after furniture on its own line, a small capital alone on
its line, and their near misses.
Texts of our own."""

from __future__ import annotations

import pytest

from dateline.reader import read_html, read_text

LEAD = "Talks resumed in Brussels on Monday."
TALKS = "Israel and Hamas resumed talks on Sunday in Cairo, officials said."
BORDER = "India and China agreed {} on Monday to resume talks on their border, the ministry said."
FLOODS = "Floods in Kerala on Monday forced thousands of people from their homes, officials said."
FIRES = "Firefighters battled dozens of bushfires {} on Tuesday as temperatures rose above 40C."
IRISH = "The Irish government said on Tuesday it would send an envoy to the talks next week."


@pytest.mark.parametrize(("text", "place", "date", "agency", "body"), [
    (f"{LEAD}\n\nDUBLIN — {IRISH}", "Dublin", None, None, f"{LEAD}\n\n{IRISH}"),
    (f"{LEAD}\n\nDUBLIN — \"We are ready,\" the envoy said.", "Dublin", None, None,
     f"{LEAD}\n\n\"We are ready,\" the envoy said."),
    (f"{LEAD}\n\nTHE HAGUE — {IRISH}", "The Hague", None, None, f"{LEAD}\n\n{IRISH}"),
    (f"{LEAD}\n\nSINGAPORE — {IRISH}", "Singapore", None, None, f"{LEAD}\n\n{IRISH}"),  # a city state
    (f"Talks go on\n\nJane Roe\n\nListen to this article\n\nDUBLIN — {IRISH}", "Dublin", None, None,
     f"Talks go on\n\nJane Roe\n\n{IRISH}"),  # below short unstopped lines, the third paragraph or deeper
    (f"Swap\n\nPrisoners were swapped.\n\nTen went home.\n\nJane Roe\n\nABU DHABI, Aug 18, 2024 (Reuters) - {IRISH}",
     "Abu Dhabi", "2024-08-18", "Reuters", f"Swap\n\nPrisoners were swapped.\n\nTen went home.\n\nJane Roe\n\n{IRISH}"),
    (f"Bushfires\n\nVictoria\n\n{FIRES.format('near Victoria')}", "Victoria", None, None,
     FIRES.format("near Victoria")),  # a small capital's name alone, named again
    (f"Bushfires\n\nKyiv\n\n{FIRES.format('in the north')}", "Kyiv", None, None, FIRES.format("in the north")),
    (f"Israel and Hamas resume talks\n\nShare this article JERUSALEM, Aug 18 (Reuters) - {TALKS}", "Jerusalem", "XXXX-08-18",
     "Reuters", TALKS),  # furniture glued before the dateline
    (f"Israel and Hamas resume talks\n\nAdvertisement CAIRO — {TALKS}", "Cairo", None, None, TALKS),
    (f"Israel and Hamas resume talks\n\nPhoto: Jane Roe/AP GAZA CITY (AP) — {TALKS}", "Gaza City", None, "AP", TALKS),
    (f"Ladakh talks resume\n\nLEH, Ladakh\n\n{BORDER.format('in eastern Ladakh')}", "Leh", None, None,
     BORDER.format("in eastern Ladakh")),  # a small town and its region
    (f"Ladakh talks resume\n\nLeh, Ladakh\n\n{BORDER.format('in Leh')}", "Leh", None, None, BORDER.format("in Leh")),
    # review: a national capital of any size in capitals; the byline's or credit's last word is not the place's
    (f"{LEAD}\n\nKUWAIT CITY — {IRISH}", "Kuwait City", None, None, f"{LEAD}\n\n{IRISH}"),
    (f"{LEAD}\n\nVALLETTA — {IRISH}", "Valletta", None, None, f"{LEAD}\n\n{IRISH}"),
    (f"Israel and Hamas resume talks\n\nBy JANE ROE JERUSALEM (AP) — {TALKS}", "Jerusalem", None, "AP", TALKS),
    (f"Israel and Hamas resume talks\n\nFILE PHOTO: Jane Roe AP GAZA CITY (AP) — {TALKS}", "Gaza City", None, "AP", TALKS),
    (f"Floods\n\nHOUSTON, Texas\n\n{FLOODS.replace('Kerala', 'Texas')}", "Houston", None, None,
     FLOODS.replace("Kerala", "Texas")),
])
def test_dateline_found(text: str, place: str, date: str | None, agency: str | None, body: str) -> None:
    article = read_text(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.agency) == (place, date, agency)
    assert article.body == body


@pytest.mark.parametrize("text", [
    f"{LEAD}\n\nIRAN — Tehran said on Tuesday it would send an envoy to the talks next week.",  # a country
    f"{LEAD}\n\nNATO — The alliance said on Tuesday it would send an envoy to the talks next week.",
    f"{LEAD}\n\nDUBLIN — the city where the talks began in 1998 — will host the next round, officials said.",
    f"{LEAD}\n\nDUBLIN: {IRISH}",
    f"{LEAD}\n\nDublin — {IRISH}",  # mixed case with no date or agency: a later paragraph's subject
    f"{LEAD}\n\nUPDATE — {IRISH}",
    f"{LEAD}\n\nBREAKING — {IRISH}",
    f"{LEAD}\n\nU.S. — The State Department said it would send an envoy to the talks next week.",
    f"{LEAD}\n\nKYIV — Ukraine said on Tuesday it had retaken two villages.\n\nMOSCOW — Russia said on "
    "Tuesday it had shot down 40 drones.",  # a roundup's items
    f"{LEAD}\n\nMOSCOW — KYIV — Both sides said on Tuesday they would send envoys to the talks.",
    f"{LEAD}\n\nThe envoys met.\n\nThey spoke for an hour.\n\nDUBLIN — {IRISH}",  # three sentences above
    f"Bushfires\n\nVictoria\n\n{FIRES.format('across the state')}",  # a capital of 26,000, a state, a name
    f"Cricket\n\nHamilton\n\n{FIRES.format('in the north')}",
    f"Bushfires\n\nDouglas\n\n{FIRES.format('in the north')}",
    f"Israel and Hamas resume talks\n\nOfficials met in the morning. JERUSALEM (AP) — {TALKS}",  # a sentence before it
    f"Israel and Hamas resume talks\n\nTalks in JERUSALEM (AP) — {TALKS}",
    "Israel and Hamas resume talks\n\nShare this article NATO — The alliance said on Sunday it would send observers.",
    "Israel and Hamas resume talks\n\nAdvertisement AP — The agency said on Sunday it would send reporters to Cairo.",
    "Israel and Hamas resume talks\n\nShare this article JERUSALEM — the city where the talks began — will host them again.",
    f"Israel and Hamas resume talks\n\n{TALKS}\n\nAdvertisement CAIRO — Egypt said on Sunday it would host the next round.",
    f"Ladakh talks resume\n\nLeh, Ladakh\n\n{BORDER.format('in eastern Ladakh')}",  # mixed case, not named again
    f"Flood warning\n\nJane Roe, Kerala\n\n{FLOODS}",  # a byline
    f"Flood warning\n\nJANE ROE, Kerala\n\n{FLOODS}",
    f"Flood warning\n\nUpdate, Kerala\n\n{FLOODS}",
    f"Flood warning\n\nSmith, Jones\n\n{FLOODS}",
    "Sports news\n\nSport, Victoria\n\nVictoria's sports minister said on Monday the state would host the games.",
    "Flood warning\n\nKochi, Kerala\n\nfloods in Kerala on Monday forced thousands of people from their homes.",
    # review: the town of a town-and-region line is a GeoNames town, not a word or a name the story repeats
    f"Flood warning\n\nFloods, Kerala\n\n{FLOODS}",
    f"Flood warning\n\nMonday, Kerala\n\n{FLOODS}",
    f"Flood warning\n\nAP, Kerala\n\n{FLOODS}",
    f"Flood warning\n\nROE, Kerala\n\n{FLOODS}",
    "Flood warning\n\nRoe, Kerala\n\nRoe said floods in Kerala on Monday forced thousands of people from their homes.",
    "Flood warning\n\nJane Roe, Kerala\n\nJane Roe lost her home when floods in Kerala on Monday forced thousands out.",
    f"Flood warning\n\nSMITH, Texas\n\n{FLOODS.replace('Kerala', 'Texas')}",
    "Sudan\n\nBURHAN, Sudan\n\nThe army chief said on Monday the Rapid Support Forces would be defeated, officials said.",
])
def test_no_dateline(text: str) -> None:
    assert read_text(text).dateline is None


PAGE = ("<html><head><title>States expand health cover</title></head><body><article><h1>States expand health cover</h1>"
        "<p>WASHINGTON (AP) — Ten states voted on Tuesday to expand {} coverage to about two million more people, "
        "officials said after the vote.</p><p>The change takes effect in January, and the states will share the cost "
        "with the federal government over the next ten years, the officials said.</p><p>Governors of both parties "
        "backed the plan, which had stalled in three legislatures last year over its cost to state budgets.</p>"
        "</article></body></html>")
BOX = "A health programme for poor families."


@pytest.mark.parametrize(("markup", "words"), [
    (f'<span class="glossary-term">Medicaid <span class="glossary-tooltip">{BOX}</span></span>', "expand Medicaid coverage"),
    (f'<span class="term">Medicaid <span class="tooltiptext">{BOX}</span></span>', "expand Medicaid coverage"),
    (f'<span class="glossary-term">Medicaid<span class="glossary-tooltip">{BOX}</span></span>', "expand Medicaid coverage"),
    # near misses: a link or term of a tooltip class, no sentence, another class, text after it, a label before it
    ('<span class="x">Read about <span class="tooltip-link">Medicaid growth in ten states.</span></span>',
     "expand Read about Medicaid growth in ten states. coverage"),
    ('<span class="wrap">Read more: <span class="tooltip">Medicaid grows in ten states.</span></span>',
     "expand Read more: Medicaid grows in ten states. coverage"),
    ('<span class="glossary-term">Medicaid <span class="glossary-tooltip">A health programme for the poor</span></span>',
     "expand Medicaid A health programme for the poor coverage"),
    (f'<span class="glossary-term">Medicaid <span class="glossary-note">{BOX}</span></span>',
     f"expand Medicaid {BOX} coverage"),
    (f'<span class="glossary-term">Medicaid <span class="glossary-tooltip">{BOX}</span> plan</span>',
     f"expand Medicaid {BOX} plan coverage"),
])
def test_tooltip_beside_its_term(markup: str, words: str) -> None:
    assert f"to {words} to about" in read_html(PAGE.format(markup)).body


MEDIATORS = "Egyptian, Qatari and U.S. mediators will meet negotiators in Cairo next week, two sources said on Sunday."


@pytest.mark.parametrize(("line", "bar"), [
    ("Listen to this article 3 min", True),
    ("Listen to this article · 4 min", True),
    ("Listen to this article (2:45)", True),
    ("Listen to this story", True),
    # near misses: a sentence, a longer line, a year
    ("Listen to this story: a farmer in Rafah told us how his family fled three times.", False),
    ("Listen to the story of a refugee family 3 min", False),
    ("Listen to this story 1948", False),
])
def test_listen_bar_is_furniture(line: str, bar: bool) -> None:
    """Review: a page's audio bar with its length is no story line (it kept the headline in the body too)."""
    article = read_text(f"Ceasefire talks resume in Cairo\n\n{MEDIATORS}\n\n{line}")
    assert (line in article.body) is not bar


def test_listen_bar_glued_before_dateline() -> None:
    article = read_text(f"Ceasefire talks resume in Cairo\n\nListen to this article 3 min JERUSALEM (AP) — {MEDIATORS}")
    assert article.dateline is not None and (article.dateline.place, article.dateline.agency) == ("Jerusalem", "AP")
    assert article.body == MEDIATORS


KURSK = "Ukrainian President Volodymyr Zelenskyy said on Sunday the incursion into Russia's Kursk region aimed to create a buffer zone."


@pytest.mark.parametrize(("line", "author"), [
    ("By Jane Roe in Kyiv", "Jane Roe"),
    ("By Jane Roe and John Doe in Kyiv and Moscow", "Jane Roe and John Doe"),
    ("By Jane Roe in Port Sudan · 3h ago", "Jane Roe"),
    # near misses: one word before "in", a sentence, a year
    ("By Christmas in Ukraine", None),
    ("By Sunday in Gaza the talks had failed", None),
    ("By Jane Roe in 2024", None),
])
def test_byline_with_reporters_place(line: str, author: str | None) -> None:
    """Review: "By Jane Roe in Kyiv" is a byline (it kept the headline and itself in the body);
    the place after "in" is no part of the author's name."""
    article = read_text(f"Zelenskyy says Kursk operation aims for buffer zone\n\n{line}\n\n{KURSK}\n\nRussia did not comment.")
    assert article.author == author
    assert article.body.startswith(KURSK) is (author is not None)


HOUTHIS = "The Houthis said on Sunday they had attacked two ships in the Red Sea, a day after U.S. strikes on Hodeidah."


@pytest.mark.parametrize(("line", "kind"), [
    ("Sun 18 Aug 2024 10.12 BST", "timestamp"),  # a clock with a dot beside a year
    ("Associated Press", "credit"),
    ("Agence France-Presse", "credit"),
    ("Save", "interface"),
    ("Save for later", "interface"),
    ("August 18, 20245:42 PM GMT+8Updated 2 hours ago", "timestamp"),  # a copied page's glued stamp
    ("August 18, 202411:02 AM UTCUpdated 3 hours ago", "timestamp"),
    # near misses: opening hours, a sentence with a price, a clause, an agency's staff
    ("9.30 A.M. / 7.00 P.M.", None),
    ("Prices rose 3.50 on 18 Aug 2024", None),
    ("Save the children", None),
    ("Associated Press reporters", None),
    ("Troops Updated their plans on August 18, 2024", None),
])
def test_page_lines_under_a_headline(line: str, kind: str | None) -> None:
    """Review: a page's stamp, agency line or save button between the headline and the story kept
    both in the body; other lines stay."""
    article = read_text(f"Houthis claim new Red Sea attacks\n\n{line}\n\n{HOUTHIS}\n\nThe U.S. military did not comment.")
    assert [f.kind for f in article.furniture if f.text == line] == ([kind] if kind else [])
