"""Line classifier: each furniture kind, and body lines that must stay body."""

from __future__ import annotations

import pytest

from dateline.model import Furniture
from dateline.reader.furniture import LineContext, classify_line


@pytest.mark.parametrize(
    ("line", "kind", "credit"),
    [
        ("rafah-crossing-1724000000000", "image_slug", None),
        ("displaced_families_2024-1723993484", "image_slug", None),
        ("Smoke rises over Khan Younis on Sunday. Image Credit: AFP", "caption", "AFP"),
        ("Aid trucks queue at the crossing. Photo: Reuters", "caption", "Reuters"),
        ("A boy carries water in Deir al-Balah. (AP Photo/John Doe)", "caption", "AP Photo/John Doe"),
        ("Image Credit: AFP", "credit", "AFP"),
        ("Photo: Getty Images", "credit", "Getty Images"),
        ("(AP Photo/Jane Roe)", "credit", "AP Photo/Jane Roe"),
        ("Get exclusive content with Coastal Ledger WhatsApp channel", "promo", None),
        ("Subscribe to our newsletter for the latest updates", "promo", None),
        ("Sign up for our daily briefing", "promo", None),
        ("Follow us on Twitter", "promo", None),
        ("Download the Coastal Ledger app", "promo", None),
        ("Also read", "related_links", None),
        ("Read more:", "related_links", None),
        ("Related: What is in the bridging proposal?", "related_links", None),
        ("More:", "related_links", None),
        ("You may also like", "related_links", None),
        ("By Jane Roe", "byline", None),
        ("By Jane Roe and Samir Haddad", "byline", None),
        ("By Nadia Karim, Coastal Ledger", "byline", None),
        ("Reporting by Mark Stone; Editing by Alice Grey", "byline", None),
        ("Share", "share", None),
        ("Share Facebook Twitter Email", "share", None),
        ("Share this article on WhatsApp", "share", None),
        ("Copyright 2024 The Associated Press. All rights reserved.", "copyright", None),
        ("© 2024 Emirates News Agency", "copyright", None),
        ("Advertisement", "advertisement", None),
        ("Story continues below advertisement", "advertisement", None),
        ("Published: Aug. 19, 2024, 6:12 a.m.", "timestamp", None),
        ("Last updated: 18 August 2024 15:04 GMT", "timestamp", None),
        ("Sun 18 Aug 2024, 15:04 GMT", "timestamp", None),
        ("Updated 18 August 2024", "timestamp", None),
        ("Posted on Aug 18, 2024 by Jane Roe", "timestamp", None),
        ("Tags: Gaza, ceasefire, diplomacy", "tags", None),
        ("Reading time: 3 min", "reading_time", None),
        ("5 min read", "reading_time", None),
        ("___", "separator", None),
        ("(Reporting by Mark Stone; Editing by Alice Grey)", "byline", None),
        ("Gulf News Report", "byline", None),
        ("By Harbor Post wire staff", "byline", None),
        ("Harbor Post | World | Middle East", "breadcrumb", None),
        ("Web Desk", "byline", None),
        ("Read: What is in the bridging proposal", "related_links", None),
        ("WATCH: Blinken lands in Tel Aviv for talks", "related_links", None),
        ("Video: Blinken lands in Tel Aviv for talks with Netanyahu", "related_links", None),
        ("Video: Reuters", "credit", "Reuters"),
        ("Listen to this article", "interface", None),
        ("Loading...", "interface", None),
        ("Mediators fly to Cairo as pressure mounts [LATEST]", "related_links", None),
        ("Her book on the talks is out now. Follow her on Twitter.", "promo", None),
        ("The installation at night, photos © Coastal Ledger, 2024", "caption", "Coastal Ledger"),
        ('[button link="https://example.com/tips"] Send us your story[/button]', "markup", None),
        ("Tell us what you think...", "promo", None),
    ],
)
def test_furniture_kinds(line: str, kind: str, credit: str | None) -> None:
    found = classify_line(line)
    assert found is not None, line
    assert (found.kind, found.credit) == (kind, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Israel and Hamas are at odds over the progress of ceasefire talks in Gaza.",
        "But a Hamas official told AFP: “We are not facing a deal.”",
        "By Sunday, the talks in Doha had produced a text that both sides were studying.",
        "Readers who subscribe to the idea of a quick deal were disappointed, officials said on Monday.",
        "The photo, taken on Sunday, shows families leaving the camp with what they could carry.",
        "The stakes have heightened following the late July killings of militant leaders.",
        "Related talks in Cairo are expected to begin on Wednesday, two officials said.",
        "Share prices in Tel Aviv rose after the announcement, traders said.",
        "According to a Reuters/Ipsos poll, the two candidates are level nationally.",
        "12",
        "Updated figures released on Aug. 18 show the death toll rising again.",
        "Posted guards at the crossing turned back two convoys on August 18.",
        "By Sunday, the talks had ended.",
        "It was a clichÃ© that the talks would fail, and they did not.",  # mojibake é holds a ©
        "by late evening the delegations had left Doha.",
        "“Even textbooks of [gastrointestinal] medicine had no idea,” he said.",
    ],
)
def test_body_lines_stay_body(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Hostage families urge Blinken to keep pressure on both sides", "related_links"),
        ("Making his ninth trip to the region, Blinken is set to meet Israeli leaders on Monday.", None),
    ],
)
def test_headline_under_also_read_is_a_link(line: str, kind: str | None) -> None:
    found = classify_line(line, LineContext(previous_kind="related_links"))
    assert (found.kind if found else None) == kind


def test_line_after_image_slug_is_a_caption() -> None:
    found = classify_line("Families leave the camp on foot", LineContext(previous_kind="image_slug"))
    assert found is not None and found.kind == "caption"


@pytest.mark.parametrize(
    ("line", "index", "kind"),
    [
        ("Blinken arrives in Israel as ceasefire push intensifies", 0, "headline"),
        ("Blinken arrives in Israel as the ceasefire push intensifies", 1, "headline"),
        ("Blinken arrives in Israel as the ceasefire push intensifies", 5, None),
    ],
)
def test_title_lines(line: str, index: int, kind: str | None) -> None:
    title = "Blinken arrives in Israel as ceasefire push intensifies"
    found = classify_line(line, LineContext(title=title, index=index))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("line", "previous", "kind"),
    [
        # a teaser of another story: its headline, then how long ago it was posted
        ("Caught on camera: a comet grazes the sun 1 hour ago", "image_slug", "related_links"),
        ("Fishermen's union backs the new quota 3 hours ago", "related_links", "related_links"),
        ("Court delays ruling on port expansion · 35 mins ago", None, "related_links"),
        ("Mediators fly to Cairo for talks | 2 days ago", None, "related_links"),
        # a source, a section or a byline with the story's age is no teaser (a byline stays a byline)
        ("Reuters · 2 hours ago", None, None),
        ("Middle East News · 3 hours ago", None, None),
        ("By Jane Doe and John Roe · 2 hours ago", None, "byline"),
        ("Posted by the news desk team | 3 days ago", None, None),
        ("Rain returns to the coast • an hour ago", None, "related_links"),
        # neighbours: a caption or a body line that ends in "ago", a bare age
        ("Smoke rises over the port after the strike, 2 hours ago.", "image_slug", "caption"),
        ("Families leave the camp on foot, a week ago.", "image_slug", "caption"),
        ("The first strike came about an hour ago", None, None),
        ("Residents said the convoy left 2 hours ago", None, None),
        ("The minister said the talks ended two days ago.", None, None),
        ("1 hour ago", None, "timestamp"),
        ("Updated 2 hours ago", None, "timestamp"),
    ],
)
def test_a_teaser_with_its_age_is_a_related_link(line: str, previous: str | None, kind: str | None) -> None:
    found = classify_line(line, LineContext(previous_kind=previous))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("line", "previous", "kind"),
    [
        # the teaser's age before its headline, or a short stamp after a separator
        ("3h ago Ministers back the harbour levy on Sunday", None, "related_links"),
        ("3h ago Ministers back the harbour levy on Sunday", "image_slug", "related_links"),
        ("Updated 5 mins ago: Ferry service resumes on Monday", None, "related_links"),
        ("2 hours ago Ministers back the harbour levy", None, "related_links"),
        ("Ferry service resumes after the storm · Yesterday", None, "related_links"),
        ("Yesterday | Ferry service resumes after the storm", None, "related_links"),
        ("Ferry service resumes after the storm • 1d", None, "related_links"),
        ("3h ago", "image_slug", "related_links"),
        ("Yesterday", "related_links", "related_links"),
        # a credit caption with a listing's stamp at its end is a teaser too
        ("Ferry docks at the pier. Photo: AFP 3h ago", None, "related_links"),
        # prose that opens with an age, a short source line, a bare word: no teasers
        ("2 hours ago, jets struck the camp, officials said.", None, None),
        ("An hour ago the army said it had struck the camp", None, None),
        ("5 days ago I was on the quay with my family", None, None),
        ("2 days ago we sailed out of the harbour together", None, None),
        ("Ferry service resumes | Yesterday", None, None),
        ("By Jane Doe · 1d", None, "byline"),
        ("Yesterday", None, None),
    ],
)
def test_teaser_shapes(line: str, previous: str | None, kind: str | None) -> None:
    found = classify_line(line, LineContext(previous_kind=previous))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a headline in title case or with a link's arrow under an image is a promo's teaser
        ("Ministers Vote To Back The Harbour Levy For Another Year", "related_links"),
        ("Ferry Operators Say The Harbour Levy Is Too High", "related_links"),
        ("Port Authority To Raise The Harbour Levy", "related_links"),
        # a scene in title case with prepositions, "As", or a late "To" of purpose stays a caption
        ("Crowds Return To Their Homes As The Storm Passes", "caption"),
        ("Smoke Rises Over The Harbour After The Warehouse Fire", "caption"),
        ("Dockers Rally In The Market Square To Demand Higher Pay", "caption"),
        ("Families Wait For Ferries As The Port Reopens", "caption"),
        # an early "To" of purpose after a scene's gathering or waiting: a caption; after any other
        # verb, an object or the subject: a headline, a plural subject's included
        ("Mourners Gather To Bury The Crew Of The Trawler", "caption"),
        ("Harbour Residents Queue To Collect Water In The Square", "caption"),
        ("Crowds Line Up To Greet The Returning Fleet", "caption"),
        ("Fishermen Wait To Unload Their Catch At The Quay", "caption"),
        ("Unions Threaten To Strike Over The Harbour Levy", "related_links"),
        ("Ferry Talks Set To Resume After The Storm", "related_links"),
        ("Dock Workers To Vote On The New Contract", "related_links"),
        ("Lawmakers Approve Bill To Fund The Harbour Repairs", "related_links"),
        ("Residents Scramble To Find Shelter As The Storm Hits", "related_links"),
        ("Rescuers Rush To Reach The Crew Of The Trawler", "related_links"),
        # a bare name saying something, with no stop, is a teaser's headline; a caption shows a
        # scene, names a person in full or with a title (sentence case with no stop is a house style
        # of captions), and a line that ends in a stop is a sentence
        ("Doe says there was nothing unusual about the tender", "related_links"),
        ("Doe insists he followed the council's rules", "related_links"),
        ("President Doe says there has been real progress at the port", "caption"),
        ("Mr Doe says he will not sign the harbour deal", "caption"),
        ("Jane Doe insists she followed the council's rules", "caption"),
        ("Residents say they have had no water for a week", "caption"),
        ("Doe says he was never told of the risk [Jane Roe/Reuters]", "caption"),
        ("Doe says he was never told of the risk (Jane Roe/Harbour Gazette)", "caption"),
        ("Doe says there was nothing unusual about the tender.", "caption"),
        # a story's sentence with its past-tense attribution is a caption that lost its stop; a
        # headline's attribution is in the present
        ("Doe says there was no warning, the auditor told a hearing", "caption"),
        ("Doe denies he signed the tender, the harbour inquiry heard", "caption"),
        ("Doe insists there was no danger, officials said on Tuesday", "caption"),
        ("Doe says there will be no levy, port officials say", "related_links"),
        # a headline's second predicate or clause, no attribution: still a teaser
        ("Doe says he was sacked, told to keep quiet about the levy", "related_links"),
        ("Doe says he was sacked, then told to keep quiet about the levy", "related_links"),
        ("Doe says there was no warning, as he had said in May", "related_links"),
        ("Doe says there was no warning", "related_links"),
        # a plural subject saying something stays a caption, a teaser's included: "Ferry operators
        # say ..." is written as "Residents say ..." is, under a lead image as under a teaser's
        ("Ferry operators say the harbour levy is too high", "caption"),
        ("Mourners say goodbye to the crew on the quay", "caption"),
        ("Jane Doe says farewell to her crew at the pier", "caption"),
        ("He says there was nothing unusual about the tender", "caption"),
        ("Jane Doe, who says she saw the fire, stands on the quay", "caption"),
        # a caption's sentence that opens with an age is no teaser; a byline with its stamp is a byline
        ("10 days ago Storm Ciara flooded the quay, killing two people.", "caption"),
        ("By Jane Doe · 3h ago", "byline"),
        ("By Jane Doe | Yesterday", "byline"),
        # a scene in title case stays a caption
        ("The Harbour Master At The Quay On Monday", "caption"),
        ("Inside the harbour talks »", "related_links"),
        # a caption: a sentence, names with "of" in lower case, a short name, words in lower case
        ("Fishermen mend their nets on the quay at dawn", "caption"),
        ("Mayor of Harbourtown Jane Doe and Minister of Ports John Roe", "caption"),
        ("Ferry Docks At The Pier.", "caption"),
        ("Nintendo", "caption"),
        ("Jane Doe Submitted photo", "caption"),
    ],
)
def test_a_line_under_an_image_is_a_caption_unless_a_headline(line: str, kind: str) -> None:
    found = classify_line(line, LineContext(previous_kind="image_slug"))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Pakistan Tehreek-e-Insaf (PTI) - Latest news", "breadcrumb"),
        ("Harbour Strike | Latest News and Updates | The Coast Times", "breadcrumb"),
        ("Harbour strike: latest updates", "breadcrumb"),
        ("The strike ended with the latest news from the port.", None),
    ],
)
def test_a_site_section_title_is_no_dateline(line: str, kind: str | None) -> None:
    found = classify_line(line)
    assert (found.kind if found else None) == kind



#: a caption is only looked for on a line with one of the credit's cues (furniture._CREDIT_CUES):
#: each form of a trailing credit, a label, a bracket or an agency's own name, must still be found
@pytest.mark.parametrize(("credit", "clean"), [
    ("Photo: Xinhua", "Xinhua"), ("Picture | AAP", "AAP"), ("(Anadolu Photo)", "Anadolu Photo"),
    ("AP Photo/Brian Inganga", "AP Photo/Brian Inganga"), ("AFP/Tony Karumba", "AFP/Tony Karumba"),
    ("REUTERS/Monicah Mwangi", "REUTERS/Monicah Mwangi"), ("Reuters/Monicah Mwangi", "Reuters/Monicah Mwangi"),
    ("EPA/Daniel Irungu", "EPA/Daniel Irungu"), ("Getty Images/Luis Tato", "Getty Images/Luis Tato"),
    ("AFP via Getty Images/Simon Maina", "AFP via Getty Images/Simon Maina"),
    ("Shutterstock/Jane Roe", "Shutterstock/Jane Roe"),
])
def test_caption_of_each_trailing_credit_form(credit: str, clean: str) -> None:
    line = f"Traders march past the parliament buildings in Nairobi on Tuesday {credit}"
    assert classify_line(line) == Furniture("caption", line, clean)


@pytest.mark.parametrize("line", [
    "Traders marched past parliament on Tuesday, the news agency AFP reported",
    "Traders marched past parliament on Tuesday, according to Reuters",
    "The APEC summit in Lima heard from traders on Tuesday about the levy",
])
def test_agency_named_in_a_sentence_is_no_credit(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize("line", [
    "Published: February 06, 2024 14:32 | Last updated: February 06, 2024 16:10",
    "Published: 20 June 2024, 11:45 AM | Updated: 20 June 2024, 06:10 PM",
    "First published: Mon 5 Feb 2024 09.00 GMT • Last modified: Mon 5 Feb 2024 11.02 GMT",
    "Updated: 19 Aug 2024 · Published: 18 Aug 2024",
])
def test_two_stamps_on_one_line_are_a_timestamp(line: str) -> None:
    assert classify_line(line, LineContext(index=2)) == Furniture("timestamp", line)


@pytest.mark.parametrize("line", [
    "Published: February 06 | Updated forecasts for the Gulf region show rain this week",
    "The report was published on 3 March | Updated guidance followed on 9 March, officials said.",
    "Updated guidance was published on 3 March 2024, the ministry said on Tuesday in a statement.",
    "Health | Updated: 3 hours ago",
    "Published by Penguin in 2019 | Posted by Jane Roe",
])
def test_a_stamp_beside_other_words_is_no_timestamp(line: str) -> None:
    found = classify_line(line, LineContext(index=2))
    assert found is None or found.kind != "timestamp"


@pytest.mark.parametrize(("line", "kind"), [
    ("Agencies", "byline"), ("News agencies", "byline"), ("With inputs from PTI", "byline"),
    ("With agency inputs", "byline"),
    ("Catch all the Latest News and Breaking News on our website. Download the News app to get daily updates.",
     "promo"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "copyright"),
])
def test_wire_credit_and_footer_lines(line: str, kind: str) -> None:
    assert classify_line(line, LineContext(index=4)) == Furniture(kind, line)


@pytest.mark.parametrize("line", [
    "Agencies such as the WFP have cut rations by half.", "UN agencies warned of famine", "With inputs from farmers",
    "Catch all the fish you can, officials told anglers on Monday.",
    "Our standards are high, the minister said on Tuesday in parliament.",
    "Police said they would catch all the breaking-and-entering suspects named in the news report within a week.",
])
def test_body_lines_near_wire_credits_and_footers(line: str) -> None:
    assert classify_line(line, LineContext(index=4)) is None


@pytest.mark.parametrize(("line", "kind", "credit"), [
    ("Scientists at the ISRO centre in Bengaluru celebrate the landing. (PTI Photo)", "caption", "PTI Photo"),
    ("Tractors on the A12 near The Hague on Wednesday morning. (ANP/Remko de Waal)", "caption", "ANP/Remko de Waal"),
    ("Fans cheer in Seoul on Sunday. (Yonhap/Kim Min-jun)", "caption", "Yonhap/Kim Min-jun"),
    ("(PTI Photo)", "credit", "PTI Photo"), ("dpa", "credit", "dpa"),
])
def test_national_agency_photo_credits(line: str, kind: str, credit: str) -> None:
    assert classify_line(line) == Furniture(kind, line, credit)


@pytest.mark.parametrize("line", [
    "The minister said the talks would resume next week in Delhi. (PTI)",
    "Officials said the ANPR cameras caught the car (ANPR data)",
    "PTI leader Imran Khan was sentenced on Tuesday",
    "dpa reported that the chancellor would travel to Paris on Friday for talks with the president.",
])
def test_agency_names_in_body_lines(line: str) -> None:
    assert classify_line(line) is None
