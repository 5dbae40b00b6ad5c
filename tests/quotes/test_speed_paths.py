"""The quotes component's fast paths give what the plain computation gave."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.quotes import issuers, records, speakers

TEXTS = (
    "A senior Hamas official told Al Jazeera that the movement would study the offer.\n\n"
    "\u201cWe will give our answer soon,\u201d said the official.",
    "The Israeli minister said the talks would go on.\n\n\u201cThere is no deal yet,\u201d the minister told reporters.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_same_role_with_doc_text(nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = list(nlp(text)._.quotes)
    assert fast
    monkeypatch.setattr(issuers, "text_of", lambda doc: doc.text)
    assert fast == list(nlp(text)._.quotes)


def _scanned_unheld_name(doc: Any, end: int, mentions: Any) -> int:
    """The last speaking name no mention holds before ``end``, found by a scan back over every token."""
    span = doc.char_span(0, end, alignment_mode="contract")
    for t in reversed(span if span is not None else []):
        if t.pos_ == "PROPN" and t.dep_ == "nsubj" and t.head.lemma_ in speakers.REPORTING and \
                t.is_title and t.ent_type_ in ("", "PERSON") and \
                speakers._mention_over(mentions, t.idx, t.idx + len(t.text)) is None:
            return t.idx
    return -1


PRONOUN_TEXTS = (
    "Mayor Tom Haines said the levee held. Greta Groth, whose home flooded, said the water rose "
    "in minutes.\n\n\u201cWe had no warning,\u201d she said.",
    "Senator Maria Ruiz said the bill would pass. \u201cWe have the votes,\u201d she said. Her rival, "
    "Mr. Dale Hart, said it would not.\n\n\u201cThey are dreaming,\u201d he said.",
)


@pytest.mark.parametrize("text", PRONOUN_TEXTS)
def test_pronoun_checks_once_per_document(nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The speaking names read once per document and the genders asked once per actor and offset
    give the speakers that a scan per pronoun and a plain list of mentions gave."""
    fast = [(q.text, q.speakers) for q in nlp(text)._.quotes]
    assert any(q[1] for q in fast)
    monkeypatch.setattr(speakers, "_last_unheld_name", _scanned_unheld_name)
    monkeypatch.setattr(records, "MentionIndex", list)
    assert fast == [(q.text, q.speakers) for q in nlp(text)._.quotes]


ARRAY_TEXT = ("The lawyer for the mayor, asked about the claims, said the audit was flawed. "
              "Her criticism of the council drew a rebuttal from Senator Ana Ruiz of Chile.\n\n"
              "\u201cThe report stands,\u201d the council's statement said.")


def test_array_lookups_match_tokens(nlp: Any) -> None:
    """Words, entities and statement nouns read off the Doc's arrays are what the tokens say."""
    from dateline.quotes.lexicon import load_lexicon
    from dateline.quotes.token_lookup import doc_ents, token_words, tokens_pos_lemma

    doc = nlp(ARRAY_TEXT)
    lex = load_lexicon()
    assert token_words(doc) == [t.text for t in doc]
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    nouns = tokens_pos_lemma(doc, "NOUN", lambda lemma: lex.spelling(lemma) in lex.nouns)
    assert [t.i for t in nouns] == [t.i for t in doc if t.pos_ == "NOUN" and lex.lemma(t) in lex.nouns]
    assert {t.lower_ for t in nouns} >= {"criticism", "statement"}
