"""Boxes a page shows only on hover or when unhidden are not read into the paragraph around them."""

from __future__ import annotations

import pytest

from dateline.reader import read_html

PAGE = """<html><head><title>Lake levels</title></head><body><article>
<p>Minnesota Sen. <span class="rollover-people"><a class="rollover-people-link" href="/people/jane-roe">Jane Roe</a><span
class="rollover-people-block"><span class="rollover-block"><img src="/roe.jpg"><a class="name"
href="/people/jane-roe">Jane Alice Roe</a><a href="/a/1">Senator asks for lake study</a> <a
class="more" href="/people/jane-roe">MORE</a></span></span></span> (D) asked federal agencies on
Tuesday to explain why the water in the northern lakes has dropped for a third year.</p>
<p>She said the <span class="tooltip">survey<span class="tooltiptext">A count by the state's
wildlife office</span></span> found fewer fish in every lake that had been measured since the
spring, and she asked for money to repeat it next year.</p>
<p>The agencies have <span style="display: none">Advertisement</span>thirty days to answer her
letter, which was signed by four other members of the state's delegation in Congress.</p>
</article></body></html>"""


def test_hover_cards_tooltips_and_hidden_text_stay_out_of_the_body() -> None:
    body = read_html(PAGE).body
    assert "Minnesota Sen. Jane Roe (D) asked federal agencies" in body
    assert "Jane Alice Roe" not in body and "MORE" not in body
    assert "She said the survey found fewer fish" in body
    assert "The agencies have thirty days" in body


@pytest.mark.parametrize(("inner", "kept"), [
    ('would expand <span class="tooltip">Medicaid</span> coverage', "would expand Medicaid coverage"),
    ('opened a <span class="popup-store">pop-up shop</span> on Main Street',
     "opened a pop-up shop on Main Street"),
    ('counted <abbr class="tooltip" title="percent">62 pct</abbr> of the vote',
     "counted 62 pct of the vote"),
])
def test_a_popup_class_alone_is_the_text_itself(inner: str, kept: str) -> None:
    """Only a box inside a popup's wrapper goes: an element that merely has such a class is the
    term the reader sees."""
    page = (f"<html><body><article><p>The county {inner} on Tuesday, the clerk said, after a long "
            "night of counting in the gym of the high school where the ballots were kept.</p>"
            "<p>Officials will certify the result next week once the last mailed ballots have "
            "been checked against the voter rolls.</p></article></body></html>")
    assert kept in read_html(page).body
