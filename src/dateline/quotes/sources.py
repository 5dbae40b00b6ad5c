"""The whole source phrase where the parse split it: coordinated subjects read as several
subjects of the cue ('Blinken and Sullivan said' -> 'Blinken and Sullivan'), a title made a
subject of its own ('Sudan's army chief Abdel Fattah al-Burhan said'), less a floating quantifier
('Clinton and Sanders both said' -> 'Clinton and Sanders'). Applied to every ``Found``,
so the PolNeAR source span and ``Quote.speaker_text`` agree."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from dateline.nlp.lemmas import lookup_table
from dateline.nlp.memo import text_of
from dateline.quotes.base import Found, says_nothing
from dateline.quotes.extents import title_cased
from dateline.quotes.marks import quoted_spans


def split_subjects(tok: Token) -> list[Token]:
    """Subjects of the same verb before ``tok`` ('Blinken and Sullivan said' read as two)."""
    if tok.dep_ != "nsubj" or tok.head.i == tok.i:
        return []
    return [t for t in tok.head.children if t.dep_ == "nsubj" and t.i < tok.i]


def whole_source(doc: Doc, f: Found) -> Found:
    """``f`` with its source widened over a split title and the conjuncts before 'and'; no source
    where it is words, not a speaker (``says_nothing``), or runs on into its own cue ('remarks
    appearing to' for 'to praise'; not the subject a question's cue is split around: 'do you think')
    beyond an adverb both took in ('Mcfeely also' of 'also stated' is 'Mcfeely')."""
    span = f.source
    if span is None:
        return f
    if f.cue is not None and span[0] < f.cue[0] < span[1] and _adverbs(doc, f.cue[0], span[1]):
        span = (span[0], span[0] + len(text_of(doc)[span[0]:f.cue[0]].rstrip()))
    if f.source_token is not None and says_nothing(doc[f.source_token]) or \
            f.cue is not None and span[0] < f.cue[0] < span[1]:
        return replace(f, source=None, source_token=None)
    source = _without_quantifier(doc, _joined_source(doc, f, _with_split_title(doc, f, span)))
    source = _before_borne(doc, f, to_closing_mark(text_of(doc), source))
    return f if source == f.source else replace(f, source=source)


def _before_borne(doc: Doc, f: Found, span: tuple[int, int]) -> tuple[int, int]:
    """'The banner bore “Basta,” urging' ('bore' read as the noun the participle hangs on): a
    source whose head is right before quoted words closed by a comma, and those words right
    before its cue, ends before them, and before its head where that is a verb's irregular past
    after the noun it was read to modify ('The banner'). Not quoted words further inside the
    source ('Joe Scarborough, host of MSNBC's “Morning Joe,” suggested')."""
    a, b = span
    text = text_of(doc)
    if f.cue is None or f.source_token is None or f.cue[0] < b or text[b: f.cue[0]].strip():
        return span
    head = doc[f.source_token]
    q = next((q for q in quoted_spans(text) if q.outer_end == b and q.outer_start == head.idx + len(head) + 1), None)
    if q is None or not text[q.start: q.end].endswith(","):
        return span
    noun = doc[head.i - 1] if head.i > 0 else head
    if noun.dep_ == "compound" and noun.head.i == head.i and head.is_lower and head.text in _past_forms():
        head = noun  # ('The banner bore': the verb's past read as the noun 'banner' modifies; not 'Derrick Rose')
    return a, head.idx + len(head)


@cache
def _past_forms() -> frozenset[str]:
    """Verb forms the model's lemmatizer lists as exceptions: irregular pasts ('bore', 'wore',
    'flew'), and doubled or -ied spellings ('begged', 'begging', 'buried')."""
    forms = lookup_table("lemma_exc").get("verb") or {}
    return frozenset(w for w, lemmas in forms.items() if w not in lemmas)


def _adverbs(doc: Doc, start: int, end: int) -> bool:
    """The characters [start, end) are adverbs only: what a source and its cue both took in
    ('Mcfeely also' and 'also stated'), no run of the source into its cue's verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.pos_ == "ADV" for t in span)


def to_closing_mark(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """'according to the report “Hidden Costs,” the program ...': a source that opens a title in
    marks ends at its closing mark, not before the punctuation and the mark the parse left out;
    'according to the audit “Paying Twice.”': a title right after a source that ends in a common
    noun names it."""
    a, b = span
    q = next((q for q in quoted_spans(text) if a <= q.outer_start and q.start < b < q.outer_end), None)
    if q is not None and not any(c.isalnum() for c in text[b: q.outer_end]):
        return a, q.outer_end
    q = next((q for q in quoted_spans(text) if q.outer_start == b + 1), None)
    last = text[a: b].split()[-1:]
    if q is not None and text[b] == " " and last and last[0].isalpha() and last[0].islower() and \
            title_cased(text, q):
        return a, q.outer_end
    return span


def _without_quantifier(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """'Clinton and Sanders both said', 'they all said': the floating quantifier is no speaker
    (PolNeAR's source ends before it); not one inside the source ('who started it all')."""
    words = doc.char_span(*span, alignment_mode="expand")
    if words is None or len(words) < 2 or words[-1].lower_ not in ("both", "all", "each"):
        return span
    if words.start <= words[-1].head.i < words.end - 1 and words[-1].head.dep_ not in ("nsubj", "nsubjpass", "conj"):
        return span
    return span[0], words[-2].idx + len(words[-2])


def _joined_source(doc: Doc, f: Found, span: tuple[int, int]) -> tuple[int, int]:
    """'Blinken and Sullivan said' parsed as two subjects, the source being the last: the words
    from the first, joined by 'and', are the speakers."""
    if f.source_token is None:
        return span
    first = [t for t in split_subjects(doc[f.source_token])
             if any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children) and
             t.right_edge.i + 1 == doc[f.source_token].left_edge.i and
             not any(w.pos_ in ("VERB", "AUX") for w in t.subtree)]  # ('X support Y, but Z say')
    return (min(span[0], first[0].left_edge.idx), span[1]) if first else span


def _with_split_title(doc: Doc, f: Found, span: tuple[int, int]) -> tuple[int, int]:
    """'Sudan's army chief Abdel Fattah al-Burhan said': a title the parser made a second subject of
    the cue, right before the name, belongs to the speaker's words."""
    if f.cue_token is None or f.source_token is None:
        return span
    first = doc.char_span(*span, alignment_mode="expand")
    if first is None or not len(first) or first[0].i == 0 or not doc[first[0].i - 1].whitespace_ or \
            doc[f.source_token].pos_ != "PROPN":
        return span  # ('co-host X': a word cut at its hyphen; 'Clinton's forces': no name)
    title = next((c for c in doc[f.cue_token].children if c.dep_ == "nsubj" and
                  c.i != f.source_token and c.right_edge.i + 1 == first[0].i and c.pos_ == "NOUN"), None)
    if title is None or any(t.is_punct and t.text not in ("-", "--", "—", "–") for t in title.subtree):
        return span  # (not across a quotation mark or a colon: '“…,” X said', 'Note: X')
    if first[0].lower_ in ADDRESS or [t.dep_ for t in title.subtree] == ["det", "nsubj"]:
        return span  # ('The pride Mr. Cruz feels ...': a noun the name's relative clause tells of)
    return title.left_edge.idx, span[1]


#: forms of address no title goes before ('army chief Abdel Fattah al-Burhan', never 'chief Mr. X')
ADDRESS = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms"})
