"""Attributions over a parsed Doc: direct, partial and reported speech, with cue and source spans.

Pure functions over a spaCy ``Doc`` (tokens, sentences, dependency parse). ``find_attributions``
returns ``Found`` items with character spans; ``dateline.quotes.records`` turns them into
``Quote`` records (speakers, medium, date, setting).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dateline.quotes.base import Found, State, doc_text, speaker_of, subject_of
from dateline.quotes.direct import attribute_quotes
from dateline.quotes.extents import opened_before, sentence_start
from dateline.quotes.headlines import attribute_headlines
from dateline.quotes.lexicon import Lexicon, load_lexicon
from dateline.quotes.marks import QuotedSpan, paragraphs, quoted_spans
from dateline.quotes.reopened import rejoin_unsaid, split_reframed
from dateline.quotes.reported import attribute_reported
from dateline.quotes.sources import whole_source
from dateline.quotes.token_lookup import token_at, tokens_in


def find_attributions(doc: Doc, lexicon: Lexicon | None = None) -> list[Found]:
    """Every attribution in ``doc``, in text order."""
    st = State(doc, lexicon or load_lexicon(), quoted_spans(doc_text(doc)))
    cuts = split_reframed(st)
    attribute_quotes(st)
    attribute_reported(st)
    attribute_headlines(st)
    rejoin_unsaid(st, cuts)
    paras = paragraphs(st.text)
    kept = [_whole_quotes(_in_paragraph(f, paras), st.quotes, st.text) for f in st.found
            if "no_speaker" not in f.flags]
    kept = _one_statement(kept, st)
    kept = [opened_before(st, f, kept) for f in _unframed_quotes(kept, st.quotes, st.text)]
    kept = [whole_source(st.doc, _seeming(st, _cue_preposition(st, f))) for f in kept]
    return sorted(kept, key=lambda f: (f.outer[0], f.outer[1]))


def _one_statement(found: list[Found], st: State) -> list[Found]:
    """'“A,” X said. “B” and Israel must follow, he told reporters.': a quote that only carries
    the speaker of the quote before it, whose sentence runs on past its closing mark into
    reported speech framed after it, is the quoted opening of that statement: one statement
    (the reported one, with its own frame), not two records over the same words. Only where that
    frame names the same speaker (a pronoun, or X again): '..., Tasnim reported', 'according to
    two officials' name another source, and the quote stays X's."""
    text = st.text
    framed_after = [r for r in found if r.kind == "indirect" and r.cue is not None and not r.wrapper
                    and r.content[1] <= r.cue[0] and not _ends_sentence(text[r.content[1]: r.cue[0]])]
    return [f for f in found if "speaker_carried" not in f.flags or not any(
        r.content[0] <= f.outer[0] and f.outer[1] <= r.content[1] and _same_source(st, f, r)
        for r in framed_after)]


def _same_source(st: State, carried: Found, frame: Found) -> bool:
    """The frame's source is a personal pronoun, the speaker's document ('the memo'), or the
    carried speaker named again (the same words, or the same head: 'Yoav Gallant' ... 'Gallant')."""
    if frame.source_token is None:
        return False
    head = st.doc[frame.source_token]
    if head.pos_ == "PRON" and head.lower_ in PERSONAL or head.lemma_.lower() in DOCUMENTS and any(
            c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in head.children):
        return True  # ('..., the memo stated': the speaker's own memo)
    if carried.source is None or frame.source is None:
        return False
    if st.text[slice(*carried.source)].lower() == st.text[slice(*frame.source)].lower():
        return True
    return carried.source_token is not None and st.doc[carried.source_token].lower_ == head.lower_


PERSONAL = frozenset({"he", "she", "they", "it", "we", "i"})
DEFINITE = frozenset({"the", "his", "her", "their", "its"})
DOCUMENTS = frozenset({"statement", "memo", "letter", "readout", "email", "post", "tweet", "note",
                       "communique", "communiqué", "declaration", "transcript"})


def _ends_sentence(between: str) -> bool:
    return "\n" in between or any(c in between for c in ".?!")


SEEMING = frozenset({"seem", "appear"})


def _seeming(st: State, f: Found) -> Found:
    """'Clinton's rally appeared choreographed to ...', 'there seems to be ...': the writer's
    appraisal, not a statement of the subject; the content takes in the subject and nobody is the
    source (PolNeAR annotates it so about nine times in ten on train)."""
    if f.kind != "indirect" or f.cue_token is None or st.lex.lemma(st.doc[f.cue_token]) not in SEEMING:
        return f
    verb = st.doc[f.cue_token]
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl") and c.i < verb.i), None)
    if subj is None:
        return f
    if subj.lower_ == "it":  # 'it seems likely that [...]'
        return replace(f, source=None, source_token=None)
    start = min(t.idx for t in subj.subtree)
    if start >= f.content[0] or start < sentence_start(st, verb):
        return f
    return replace(f, content=(start, f.content[1]), outer=(start, f.outer[1]), source=None,
                   source_token=None)


TOPIC_PREPS = frozenset({"about", "against", "of", "on", "for", "over"})


def _cue_preposition(st: State, f: Found) -> Found:
    """'railed against [the deal]', 'spoke about [the assault]', 'called for [a review]': the
    preposition the cue verb takes belongs to the cue, not to what was said (PolNeAR's cue spans
    take it in), when only adverbs stand between them; the person asked in 'asked the minister
    about [...]' stays out of the cue. Not a phrase of time ('said on [Tuesday] ...')."""
    if f.kind == "direct" or f.cue is None or f.cue_token is None:
        return f
    prep = token_at(st.doc, f.outer[0])
    if prep is None or prep.idx != f.outer[0] or prep.lower_ not in TOPIC_PREPS or \
            prep.head.i != f.cue_token or prep.dep_ != "prep" or prep.i + 1 >= len(st.doc):
        return f
    if any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children):
        return f
    start = st.doc[prep.i + 1].idx
    if start >= f.outer[1]:
        return f
    content = (max(f.content[0], start), f.content[1]) if f.kind == "indirect" else f.content
    between = tokens_in(st.doc, f.cue[1], prep.idx)
    cue = (f.cue[0], max(f.cue[1], prep.idx + len(prep.text))) if all(
        t.pos_ == "ADV" or t.is_space for t in between) else f.cue  # not 'asked [the minister] about'
    return replace(f, content=content, outer=(start, f.outer[1]), cue=cue)


def _unframed_quotes(found: list[Found], quotes: list[QuotedSpan], text: str) -> list[Found]:
    """Reported speech whose cue lies inside a quote that nobody was found to say ('the laugh
    line: “I want to ...”', 'the old adage, “I mean what I say”') is the speaker's voice inside
    the quote: the attribution is the quote itself, speaker unknown (flag ``unframed``). Only a
    quote that opens a sentence of its own (after a colon, a comma or a sentence end, with a
    capital letter); a partial quote inside a clause is left to the clause."""
    said = [f for f in found if f.kind != "indirect"]
    out: list[Found] = []
    taken: set[int] = set()
    for f in found:
        q = None if f.kind != "indirect" or f.cue is None else next(
            (q for q in quotes if q.double and q.start <= f.cue[0] < q.end), None)
        if q is None or not _introduced(text, q) or \
                any(d.outer[0] <= q.outer_start < d.outer[1] for d in said):
            out.append(f)
            continue
        if q.outer_start not in taken:
            taken.add(q.outer_start)
            out.append(Found((q.start, q.end), (q.outer_start, q.outer_end), "direct",
                             flags=(*q.flags, "unframed")))
    return out


def _introduced(text: str, q: QuotedSpan) -> bool:
    before = text[: q.outer_start].rstrip(" \t")
    return text[q.start: q.start + 1].isupper() and (
        not before or before[-1] in ":,.?!\n" or before.rstrip("”\"'’")[-1:] in (".", "?", "!"))


def _in_paragraph(f: Found, paras: list[tuple[int, int]]) -> Found:
    """Reported speech stays in its cue's paragraph (a parse may run a sentence over a break)."""
    if f.kind != "indirect" or f.cue is None:
        return f
    para = next(((a, b) for a, b in paras if a <= f.cue[0] < b), None)
    if para is None:
        return f
    a, b = max(f.content[0], para[0]), min(f.content[1], para[1])
    if (a, b) == f.content or a >= b:
        return f
    return replace(f, content=(a, b), outer=(a, b))


def _whole_quotes(f: Found, quotes: list[QuotedSpan], text: str) -> Found:
    """Reported speech never cuts a quoted span: a content that starts before a quote and ends
    inside it ('says “the game is soft]].”') takes in the closing mark; one that starts inside a
    quote and runs past it takes in the opening mark; one that is all of a quote's words but its
    final punctuation is the whole quote."""
    if f.kind == "direct":
        return f
    a, b = f.content
    for q in quotes:
        if "unclosed" in q.flags or "unopened" in q.flags:
            continue  # a best reading of stray marks: no whole quote to take in
        if f.kind == "indirect" and a == q.start and b <= q.end and \
                not text[b: q.end].strip(" .,;:?!"):
            a, b = q.outer_start, q.outer_end  # 'was asked, “[What ... to]?”': the whole question
            continue
        if a <= q.outer_start < b < q.outer_end:
            b = q.outer_end
        if q.outer_start < a < q.outer_end <= b:
            a = q.outer_start
    if (a, b) == f.content:
        return f
    return replace(f, content=(a, b), outer=(min(a, f.outer[0]), max(b, f.outer[1])))


__all__ = ["Found", "find_attributions", "speaker_of", "subject_of"]
