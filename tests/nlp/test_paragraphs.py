"""The spine of understanding: paragraphs bound sentences; the Doc carries the article."""

from __future__ import annotations

import pytest

from dateline.model import CleanArticle, Published
from dateline.nlp.records import prepare, to_record


@pytest.mark.parametrize(
    "body",
    [
        "Talks resumed in Cairo on Monday without a\n\nbreakthrough, officials said.",
        "The envoy said the gap was narrowing and\n\nmediators would meet again",
    ],
)
def test_no_sentence_crosses_a_paragraph_break(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(body)
    cut = body.index("\n\n")
    for sent in doc.sents:
        assert not (sent.start_char < cut and sent.end_char > cut + 2), sent.text


def test_record_carries_article_metadata_and_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Hamas rejected the plan.\n\nIsrael said talks would go on."
    article = CleanArticle(
        body=body, paragraphs=((0, 24), (26, len(body))), source="Example Wire",
        published=Published("2024-08-18", "given"), origin="x.txt",
    )
    doc = nlp(prepare(nlp.make_doc, article))
    assert doc._.published == "2024-08-18"
    record = to_record(doc)
    assert record.body == body and record.source == "Example Wire"
    assert record.published.evidence == "given"
    assert len(record.id) == 16
    for mention in record.mentions:
        assert body[mention.start : mention.end] == mention.text
