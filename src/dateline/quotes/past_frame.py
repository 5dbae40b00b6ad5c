"""A quote whose sentence goes on past the frame that interrupts it: '“It's our bad luck,” he
said, that both men knew the mosque', '“This deal must be enforced,” she said, and “broken
promises must cost something.”', '“Only you,” she said, would take it so well'. The quoted words
end in a comma, the frame (source, cue, the phrases that say where or to whom) closes with a comma,
and what follows finishes the quoted sentence: a 'that' clause, 'and' before a second quote that
ends the sentence, or a modal verb the quoted words are the subject of. Not a participle of the
frame (', adding that ...'), nor a clause of the writer's own (', and then he left'), nor a modal
with a subject of its own after it (', should anyone ask why')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.base import SENT_END, State
from dateline.quotes.marks import QuotedSpan


def past_frame(st: State, q: QuotedSpan, cue: Token) -> int | None:
    """Where the content ends when the quoted sentence runs on past its frame after the quote,
    else None."""
    inner = st.text[q.start: q.end].rstrip().rstrip("'’\"”").rstrip()
    if not inner.endswith(",") or cue.idx < q.outer_end:
        return None
    doc = st.doc
    sent = cue.sent
    comma = next((t for t in doc[cue.i + 1: sent.end] if t.text == "," or t.text in SENT_END or
                  t.pos_ in ("VERB", "AUX") or "\n" in t.text), None)
    if comma is None or comma.text != "," or comma.i + 2 >= sent.end:
        return None
    nxt = doc[comma.i + 1]
    if nxt.lower_ == "and":
        return _quote_ending_sentence(st, doc[comma.i + 2])
    if nxt.lower_ == "that" and nxt.dep_ == "mark" or nxt.tag_ == "MD" and \
            doc[nxt.i + 1].dep_ not in ("nsubj", "nsubjpass", "expl"):  # (not 'should anyone ask')
        last = _sentence_end(doc, sent.start, sent.end)
        if last is None or "\n" in doc[nxt.i: last.i + 1].text or last.i - nxt.i < 3:
            return None
        end = last.idx + len(last.text)  # (into the closing mark of a quote it ends in)
        return next((o.outer_end for o in st.quotes if o.outer_start < end <= o.outer_end), end)
    return None


def _quote_ending_sentence(st: State, first: Token) -> int | None:
    """'..., and “broken promises must cost something.”': the end of the quote opening at
    ``first`` when the sentence ends with it."""
    q2 = next((q for q in st.quotes if q.outer_start == first.idx), None)
    if q2 is None:
        return None
    after = st.text[q2.outer_end: q2.outer_end + 2]
    inner = st.text[q2.start: q2.end].rstrip()
    if inner.endswith((".", "!", "?")) and (not after.strip() or after[:1] in (" ", "\n")) or \
            after[:1] in (".", "!", "?"):
        return q2.outer_end
    return None


def _sentence_end(doc: Doc, start: int, end: int) -> Token | None:
    """The last word of the sentence [start, end), before its closing punctuation and marks."""
    last = end - 1
    while last > start and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[last] if doc[end - 1].text in SENT_END or doc[end - 1].is_punct else None
