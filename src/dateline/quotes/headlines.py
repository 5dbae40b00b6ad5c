"""Headline colons: 'Sanders: Clinton Email Story Has Moved', a line opened by a speaker's name."""

from __future__ import annotations

from dateline.quotes.base import Found, State, char_span, trim_tokens
from dateline.quotes.labels import named_elsewhere, names_a_person, names_no_speaker
from dateline.quotes.marks import paragraphs
from dateline.quotes.token_lookup import token_at, tokens_in


def attribute_headlines(st: State) -> None:
    """'Sanders: Clinton Email Story Has Moved': a line opened by a name and a colon."""
    doc, text = st.doc, st.text
    for pa, pb in paragraphs(text):
        for line_start, line in _lines(text, pa, pb):
            colon = line.find(": ")
            if colon <= 0 or colon > 60 or len(line) - colon < 12:
                continue
            head = tokens_in(doc, line_start, line_start + colon)
            quoted = text[line_start + colon + 2: line_start + colon + 3] in OPENING_MARKS
            if not head or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in head) or \
                    head[0].i in st.direct_tokens or names_no_speaker(st, head):
                continue  # (a dateline 'Dubai: ...', a kicker 'Exclusive: ...', not a speaker)
            single = quoted and len(head) == 1 and head[0].is_title and (
                head[0].pos_ == "PROPN" or names_a_person(doc, head) or named_elsewhere(doc, head[0]))  # ('Reid: ‘Never ...’',
            # the name tagged as a common noun, is a person; 'Analysis: ‘...’' is no one)
            if not single and (len(head) == 1 and quoted or not any(t.pos_ == "PROPN" for t in head)):
                continue
            cstart = line_start + colon + 2
            body = trim_tokens(doc, tokens_in(doc, cstart, line_start + len(line)))
            if len(body) < 3 or any(f.outer[0] <= body[0].idx < f.outer[1] for f in st.found
                                    if "no_speaker" not in f.flags):
                continue  # ('Trump: ‘I’m the Worst ...’': a quote nobody framed is the line's)
            lo, hi = char_span(body)
            if not quoted and any(f.cue is not None and lo <= f.cue[0] < hi and
                                  not _quoted_at(st, f.cue[0]) for f in st.found):
                continue  # 'Voter participation: Sanders ... said ...': a label, the line has its own speaker
            # (but 'Sanders: ‘It Is Not A Radical Idea’ To Ask ...': the words after a quote
            # opening the line are the speaker's headline, whatever verbs they hold)
            colon_tok = token_at(doc, line_start + colon)
            span = char_span(body)
            st.found.append(Found(span, span, "indirect", (line_start + colon, line_start + colon + 1),
                                  char_span(head), colon_tok.i if colon_tok else None, head[-1].i))


OPENING_MARKS = frozenset({"“", "‘", '"', "'", "«", "`"})


def _quoted_at(st: State, pos: int) -> bool:
    return any(q.outer_start <= pos < q.outer_end for q in st.quotes)


def _lines(text: str, pa: int, pb: int) -> list[tuple[int, str]]:
    out, pos = [], pa
    for line in text[pa:pb].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out
