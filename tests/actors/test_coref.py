"""Mentions without a name (actors/coref.py) and the article's reading of a shared country name,
on our own sentences: "Congo" read once per article, "the army" after a named military, "the
bloc"/"the parliament"/"the organisation" only for the body meant, dated roles by title."""

from __future__ import annotations

import pytest

from tests.actors.test_conflict_news import run


def actor_of(mentions, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.actor for m in mentions if m.text == text]


# -- "Congo": the Republic of the Congo when the article names Brazzaville, Sassou Nguesso or
# -- "Republic of (the) Congo" without "Democratic"; the DRC otherwise (one reading per article)

@pytest.mark.parametrize(("text", "expected"), [
    ("Congo's President Denis Sassou Nguesso met French officials in Brazzaville on Monday.", "cty:COG"),
    ("The Republic of Congo's foreign minister said Congo would mediate between the parties.", "cty:COG"),
    ("Officials in Brazzaville said Congo would hold a vote in March.", "cty:COG"),
    ("Congo will host the summit, Sassou-Nguesso told reporters.", "cty:COG"),
    # negatives: the DRC
    ("Fighting continued in eastern Congo, where M23 rebels seized Goma.", "cty:COD"),
    ("The Democratic Republic of the Congo said Congo would not negotiate with the rebels.", "cty:COD"),
    ("Officials in Kinshasa said Congo would hold talks with Rwanda.", "cty:COD"),
])
def test_congo_has_one_reading_per_article(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2025-03-01")
    assert set(actor_of(mentions, "Congo")) == {expected}


@pytest.mark.parametrize(("text", "actor_id", "country"), [
    ("Congo's President Denis Sassou Nguesso met French officials in Brazzaville on Monday.",
     "per:denis-sassou-nguesso", "COG"),
    ("Congolese President Felix Tshisekedi met M23 envoys in Doha.", "per:felix-tshisekedi", "COD"),
])
def test_congo_reading_reaches_people(nlp, text, actor_id, country) -> None:  # type: ignore[no-untyped-def]
    actors, _ = run(nlp, text, "2025-03-01")
    assert {a.id: a.country for a in actors}.get(actor_id) == country


@pytest.mark.parametrize(("text", "expected"), [
    ("In Brazzaville, Congolese officials said the Congolese army was ready.", None),  # not the DRC's FARDC
    ("The Congolese army said its soldiers were fighting near Goma.", "org:fardc"),
])
def test_congolese_army_follows_the_reading(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2025-03-01")
    assert ("org:fardc" if "org:fardc" in actor_of(mentions, "Congolese army") else None) == expected


# -- "the army": a named military before the speaker's own army, unless the speaker commands one

@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan's army and the RSF clashed in Khartoum. US Secretary of State Antony Blinken said the army "
     "must allow aid into the city.", "org:saf"),
    ("Sudan's army and the RSF clashed in Khartoum. The US envoy Tom Perriello said the army had to "
     "stop the shelling.", "org:saf"),
    # negatives of the change: with no military named, or a defence minister speaking, the speaker's army
    ("Israel's defence minister, Yoav Gallant, said the army was ready.", "org:idf"),
    ("Sudan's army and the RSF clashed in Khartoum. Israel's defence minister, Israel Katz, said the army "
     "was ready.", "org:idf"),
])
def test_the_army_after_a_named_military(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2024-10-28")
    assert actor_of(mentions, "army") == [expected]


# -- "the parliament", "the organisation", "the bloc": not a distant or another body

@pytest.mark.parametrize(("text", "noun", "body"), [
    ("The European Parliament condemned the law. In Kyiv, the parliament passed the bill on Tuesday.",
     "parliament", "org:european-parliament"),
    ("Guterres addressed the United Nations on Monday. Amnesty International said the killings were "
     "unlawful, and the organisation called for an inquiry.", "organisation", "igo:un"),
    ("The European Union imposed sanctions on Iraq. In Baghdad, the Sadrist bloc won the most seats, and "
     "the bloc's leader said he would form a government.", "bloc", "igo:eu"),
    ("The European Union imposed sanctions. Markets fell. Oil prices rose sharply. The bloc said it would "
     "review them.", "bloc", "igo:eu"),
])
def test_the_body_is_not_a_distant_or_other_one(nlp, text, noun, body) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2025-03-01")
    assert body not in actor_of(mentions, noun)


@pytest.mark.parametrize(("text", "noun", "body"), [
    ("The European Parliament condemned the law, and the parliament called for sanctions.", "parliament",
     "org:european-parliament"),
    ("The European Union imposed sanctions. The bloc said it would review them.", "bloc", "igo:eu"),
    ("Guterres addressed the United Nations on Monday, and the organisation called for a ceasefire.",
     "organisation", "igo:un"),
    ("The European Parliament met in Strasbourg. In Strasbourg, the parliament voted on the law.",
     "parliament", "org:european-parliament"),
    # an organization no one would call "the alliance" does not stand between; news agencies count
    ("NATO met in Brussels. Harvard University hosted a debate, and the alliance agreed to expand.",
     "alliance", "igo:nato"),
    ("Egypt's official Middle East News Agency said the talks had failed. The agency quoted witnesses.",
     "agency", "med:mena"),
])
def test_the_body_named_close_before(nlp, text, noun, body) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, "2025-03-01")
    assert actor_of(mentions, noun) == [body]


# -- Mohammad Bagheri: his surname and his dated title

@pytest.mark.parametrize(("text", "published", "actor_id", "expected"), [
    ("Bagheri said Iran was ready to respond to any attack.", "2025-03-01", "per:mohammad-bagheri",
     ["Bagheri"]),
    ("Iran's armed forces chief of staff said the country was ready.", "2025-03-01", "per:mohammad-bagheri",
     ["Iran's armed forces chief of staff"]),
    ("Iran's armed forces chief of staff said the country was ready.", "2025-08-01", "per:mohammad-bagheri",
     []),  # the role ended in June 2025
    # a full name in the article wins over the dictionary's surname alias
    ("Ali Bagheri Kani arrived in Vienna. Bagheri said talks would continue.", "2024-06-01",
     "per:ali-bagheri-kani", ["Ali Bagheri Kani", "Bagheri"]),
    ("Ali Bagheri Kani arrived in Vienna. Bagheri said talks would continue.", "2024-06-01",
     "per:mohammad-bagheri", []),
    # a surname alias does not yield to another person's surname ("Michelle Obama" ... "Obama")
    ("Michelle Obama spoke first. Obama said the vote mattered.", "2016-09-19", "per:barack-obama", ["Obama"]),
])
def test_bagheri(nlp, text, published, actor_id, expected) -> None:  # type: ignore[no-untyped-def]
    _, mentions = run(nlp, text, published)
    assert [m.text for m in mentions if m.actor == actor_id] == expected
