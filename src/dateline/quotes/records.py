"""``Found`` attributions -> ``Quote`` records: speakers resolved to actors, medium and setting
(``venue.py``), date.

Speakers map through ``doc._.mentions`` (actors component; see ``speakers.py``). Without mentions
(actors component absent) ``speakers`` stays empty and ``speaker_text`` is still set. The date is the sentence's own time
expression (``doc._.timexes``), else that of the same speaker's statement just before; never the
publication date.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from dateline.model import Quote, Timex
from dateline.quotes.base import doc_text as full_text
from dateline.quotes.extents import split_citing_aside
from dateline.quotes.extract import Found
from dateline.quotes.issuers import with_issuers
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.marks import quoted_spans
from dateline.quotes.sources import split_subjects
from dateline.quotes.speakers import MentionIndex, resolve_speakers
from dateline.quotes.venue import is_time, medium_of, outlet_told, prep_aside, setting_of

_DATE_RE = re.compile(r"^\d{4}(-\d{2}){0,2}")


def _date_in(doc: Doc, f: Found, timexes: Sequence[Timex], found: Sequence[Found]) -> str | None:
    """The value of a DATE/TIME expression of the cue's sentence, outside quoted words, its own
    or those of another statement of the sentence ('said on Saturday that Gonzalez won the July 28
    election, and urged ...': the urging's Saturday)."""
    if f.cue_token is None or f.cue is None:
        return None
    cue = doc[f.cue_token]
    sent = cue.sent
    lo, hi = sent.start_char, sent.end_char
    best: tuple[int, str] | None = None
    inside = _aside_host(cue)
    said = [g.content for g in found if g.cue != f.cue and lo <= g.content[0] < hi and
            not g.content[0] <= f.cue[0] < g.content[1]]  # (not the same cue's wrapper of a partial
    # quote: 'called it “...” on Friday'; nor words that hold this cue: a run-on)
    for tx in timexes:
        if not lo <= tx.start < hi or tx.type not in ("DATE", "TIME") or not _DATE_RE.match(tx.value or ""):
            continue  # (the cheap test first: most of an article's times are in other sentences)
        if _titled_today(doc, tx):
            continue  # 'told the BBC's Today programme': a programme's name, not a day
        if inside is not None and inside[0] <= tx.start < inside[1]:
            continue  # 'said, citing hospital records, that 40 were killed on Saturday': not the cue's
        if f.content[0] <= tx.start < f.content[1] and not _on_cue(doc, f, tx) or \
                any(a <= tx.start < b for a, b in said):
            continue  # a date inside what was said
        if _in_other_clause(doc, f.cue_token, tx) or \
                full_text(doc)[max(0, tx.start - 7): tx.start].lower().rstrip().endswith(PERIOD_BOUNDS):
            continue  # 'said X, and that he would discuss it in August': when Y is to happen
        dist = abs(tx.start - cue.idx)
        if best is None or dist < best[0]:
            best = (dist, tx.value[:10])
    return best[1] if best else None


def _titled_today(doc: Doc, tx: Timex) -> bool:
    """A capitalized 'Today' inside a sentence (after 'the', a possessive or a name): a title."""
    text = full_text(doc)
    if text[tx.start: tx.end] != "Today" or tx.start == 0:
        return False
    before = text[:tx.start].rstrip()
    return bool(before) and before[-1] not in ".!?:\n“\"" and not before.endswith(("—", "-"))


def _aside_host(cue: Token) -> tuple[int, int] | None:
    """For a participle aside of a frame that the parse hung on the reported clause ('X said,
    citing Y, that S'), the characters of that clause past the aside (its times are S's)."""
    head = cue.head
    if cue.dep_ != "advcl" or cue.tag_ != "VBG":
        return None
    if head.dep_ == "ccomp" and head.head.i < cue.i < head.i:
        return cue.right_edge.idx + len(cue.right_edge.text), head.right_edge.idx + len(head.right_edge.text)
    own = split_citing_aside(cue)  # ('citing X, that S' with S read as X's relative clause)
    if own:
        return own[-1].idx + len(own[-1].text), cue.right_edge.idx + len(cue.right_edge.text)
    return None


#: words before a time that make it the bound of a period ('have attacked ships since mid-November,
#: saying ...'), not when anything was said
PERIOD_BOUNDS = (" since", " until", " till")
CLAUSE_DEPS = frozenset({"ccomp", "conj", "xcomp", "csubj", "parataxis"})  # (not the frame noun's acl: 'a video posted on Sunday')


def _in_other_clause(doc: Doc, cue: int, tx: Timex) -> bool:
    """A time hung on a verb of a clause under the cue ('accused X of Y and said Kyiv would raise it
    next month'): the time of that clause's act, not of the statement."""
    span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
    cue_end = doc[cue].idx + len(doc[cue])
    if span is None or full_text(doc)[cue_end: tx.start].strip().lower() in ("", "on"):
        return False  # 'said (on) Monday the West was escalating': right after the cue, its time
    tok = span.root
    clause = False
    while tok.head.i != tok.i and tok.i != cue:
        tok = tok.head
        if tok.i != cue and tok.pos_ in ("VERB", "AUX") and tok.dep_ in CLAUSE_DEPS:
            clause = True
    return clause and tok.i == cue


def _on_cue(doc: Doc, f: Found, tx: Timex) -> bool:
    """'warned Israel on Sunday against ...': a time inside the reported span (not inside quote
    marks) that hangs on the cue verb itself is when it was said."""
    if f.kind != "indirect" or f.cue_token is None:
        return False
    if full_text(doc)[f.content[0]: tx.start].strip().lower() in ("", "on") and \
            full_text(doc)[tx.end: tx.end + 2] not in ("'s", "’s") and \
            doc[f.cue_token].idx < f.content[0] <= doc[f.cue_token].idx + len(doc[f.cue_token]) + 1:
        return True  # 'said on Monday the West was escalating': the time opens the words after the cue
    inside = [t for t in doc.char_span(tx.start, tx.end, alignment_mode="expand") or ()]
    tok = next((t for t in inside if not tx.start <= t.head.idx < tx.end or t.head.i == t.i), None)
    if tok is None:
        return False
    top = tok.head if tok.head.dep_ == "prep" and tok.dep_ == "pobj" else tok
    return top.head.i == f.cue_token and is_time(top) and not _in_quote_marks(full_text(doc), f, tx.start)


def _in_quote_marks(text: str, f: Found, pos: int) -> bool:
    inner = text[f.content[0]: pos]
    return sum(inner.count(m) for m in "“«") > sum(inner.count(m) for m in "”»")


def to_quotes(doc: Doc, found: Sequence[Found], lex: Lexicon, *,
              keep_wrappers: bool = False) -> list[Quote]:
    """Quote records for the attributions of ``doc``. Reported speech that only wraps a partial
    quote of the same cue is left out unless ``keep_wrappers``; reported speech with no source
    named is left out (the PolNeAR scorer still counts it)."""
    mentions = MentionIndex(doc._.mentions) if doc._.mentions is not None else None
    timexes = [t for t in doc._.timexes or () if t.offsets_in is None]  # body offsets only (not captions)
    types = {a.id: a.type for a in (doc._.actors or ())}
    text = full_text(doc)  # Doc.text joins every token: read it once
    marked = {(q.outer_start, q.outer_end): q for q in quoted_spans(text)}
    out: list[Quote] = []
    inside = _Inside(doc, found, lex)
    reports = {id(f): _according_to_a_report(text, f, found) for f in found}
    outlets = {id(g): outlet for f in found if (g := reports[id(f)]) is not None and
               (outlet := _report_outlet(doc, f)) is not None}
    for f in found:
        if f.wrapper and not keep_wrappers:
            continue
        if f.kind == "indirect" and f.source is None:
            continue  # reported speech nobody is named for ('criticism of X', 'is expected to')
        if _nested_act(doc, f, found, lex) or inside.said_by_another(f) or reports[id(f)] is not None:
            continue
        source = f.source
        if source is not None and text[source[1] - 1: source[1]] == "," and source[1] - source[0] > 1:
            source = (source[0], source[1] - 1)  # the appositive's closing comma
        if source is not None:
            source = _plain_source(doc, text, source)
            if f.cue is not None and source[0] >= f.cue[1]:  # ('said Grossi, reached by phone')
                source = (source[0], _without_trailing_aside(doc, *source))
        speaker_text = text[source[0]: source[1]] if source else None
        speakers = resolve_speakers(doc, replace(f, source=source) if source else f, mentions, types)
        if f.kind == "indirect":
            f = _without_trailing_comment(doc, _without_trailing_setting(doc, f, lex))
        whole = marked.get(f.content) if f.kind == "indirect" else None
        if whole is not None:  # 'Sunak: ‘We will not be intimidated’': all quoted words, direct
            f = replace(f, kind="direct", content=(whole.start, whole.end))
        q = Quote(
            start=f.content[0], end=f.content[1], text=text[f.content[0]: f.content[1]],
            kind=f.kind, cue=text[f.cue[0]: f.cue[1]] if f.cue else "",
            speakers=speakers, speaker_text=speaker_text,
            medium=medium_of(doc, f, lex) or outlets.get(id(f)), date=_date_in(doc, f, timexes, found),
            setting=setting_of(doc, f, lex), speaker_span=source, cue_span=f.cue, flags=f.flags,
        )
        out.append(q)
    framed = {(q.start, q.end) for q in out if q.speaker_text}
    out = [q for q in out if q.speaker_text or "unframed" not in q.flags or (q.start, q.end) not in framed]
    return _inherit_dates(_plural_pronouns(with_issuers(doc, out, lex, types, mentions)))


SAYING = ("speech", "directive", "accusation", "evaluation")
#: cues that with a noun phrase (no clause) name an act, not words: 'agreed to a truce', 'signalled a shift'
DEEDS_WITH_OBJECT = frozenset({"agree", "signal", "discuss", "accept"})


def _nested_act(doc: Doc, f: Found, found: Sequence[Found], lex: Lexicon) -> bool:
    """Reported speech inside another statement's words whose cue is no saying: an infinitive or
    gerund ('urged both sides to show flexibility', 'accused X of attacking civilians') or a verb
    of thought or stance ('said Tehran did not seek war', 'said the two discussed access').
    PolNeAR counts such nested attributions; a record of who said what does not."""
    if f.kind != "indirect" or f.cue_token is None:
        return False
    a, b = f.content
    verb = doc[f.cue_token]
    lemma = lex.lemma(verb)
    nonfinite = verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "pcomp", "acl")
    saying = _says(lemma, lex)
    if not nonfinite and lemma not in DEEDS_WITH_OBJECT and saying:
        return False  # a saying (the cheap test first: the scan below reads every record)
    cue_at = verb.idx
    if not any(g is not f and not g.wrapper and g.content[0] <= min(a, cue_at) and b <= g.content[1]
               for g in found):
        return False
    if nonfinite:
        return True  # (not ', saying ...': the participle of the frame is a statement of its own)
    if lemma in DEEDS_WITH_OBJECT and not any(t.pos_ in ("VERB", "AUX") for t in
                                               doc.char_span(a, b, alignment_mode="expand") or ()):
        return True  # 'said the two sides had agreed on all 17 articles': a deed, not a statement
    return not saying


def _says(lemma: str, lex: Lexicon) -> bool:
    return any(lemma in lex.classes.get(c, frozenset()) for c in SAYING)


def _according_to_a_report(text: str, f: Found, found: Sequence[Found]) -> Found | None:
    """'"...," Kim said, according to a video of the talks': the sentence is already a statement
    (returned) with its speaker and cue; 'according to' names where it was seen, no second one."""
    if f.cue is None or text[f.cue[0]: f.cue[1]].lower() != "according to":
        return None
    a, b = f.content
    return next((g for g in found if g is not f and g.cue is not None and g.source is not None and
                 g.kind == "direct" and a <= g.cue[0] and g.cue[1] <= b and a <= g.source[0] and
                 g.source[1] <= b), None)


def _report_outlet(doc: Doc, f: Found) -> str | None:
    """The medium an 'according to' names ('according to KCNA' -> KCNA), for the statement it
    reports; not a person nor a document ('according to a video')."""
    return outlet_told(doc, doc[f.source_token]) if f.source_token is not None else None


def _saying(doc: Doc, f: Found, lex: Lexicon) -> bool:
    return f.cue_token is not None and _says(lex.lemma(doc[f.cue_token]), lex)


class _Inside:
    """A document's statements by content start, with ``_saying`` read once per statement."""

    def __init__(self, doc: Doc, found: Sequence[Found], lex: Lexicon) -> None:
        self.doc, self.lex, self.text = doc, lex, full_text(doc)
        self.found = sorted(found, key=lambda g: g.content[0])
        self.starts = [g.content[0] for g in self.found]
        self.saying: dict[int, bool] = {}

    def says(self, f: Found) -> bool:
        key = id(f)
        if key not in self.saying:
            self.saying[key] = _saying(self.doc, f, self.lex)
        return self.saying[key]

    def said_by_another(self, f: Found) -> bool:
        """'He said the two sides had discussed "all issues"': the quoted words are the speaker's,
        found at 'said'; the verb of the reported act ('discussed') does not quote them again.
        Nor does a verb of stance inside the quote's clause ('He said the two sides opposed
        "unilateral sanctions"', 'said Israel had rejected "every proposal"'): one record of
        the quoted words, the speaker's, not a second one giving them to the clause's subject.
        A verb of speech there quotes a third party ('Biden said Netanyahu had told him "we will
        not stop"'): its record stays."""
        if f.cue_token is not None and self.lex.lemma(self.doc[f.cue_token]) in self.lex.classes["speech"]:
            return self._retold(f)
        if f.cue_token is None:
            return False
        stance = self.says(f)
        a, b = f.content
        words = self.text[a:b].strip(QUOTE_MARKS)
        lo, hi = bisect_left(self.starts, a), bisect_right(self.starts, b)
        return any(g is not f and g.content[1] <= b and
                   self.text[g.content[0]: g.content[1]].strip(QUOTE_MARKS) == words and self.says(g)
                   and (not stance or g.kind == "partial" and g.cue_token != f.cue_token and
                        g.outer[0] <= self.doc[f.cue_token].idx < g.outer[1])
                   for g in self.found[lo:hi])


    def _retold(self, f: Found) -> bool:
        """'Blinken said he had told Netanyahu “…”': the speaker telling of his own words, one
        statement (the quote under 'said', Blinken's), not a second record by 'he'."""
        if f.source_token is None or f.cue_token is None or f.kind == "partial":
            return False
        doc = self.doc
        pron, verb = doc[f.source_token], doc[f.cue_token]
        if pron.lower_ not in RETELLERS:
            return False
        a, b = f.content
        words = self.text[a:b].strip(QUOTE_MARKS)
        lo, hi = bisect_left(self.starts, a - 1), bisect_right(self.starts, b)
        for g in self.found[lo:hi]:
            if g is f or g.kind != "partial" or g.source_token is None or g.cue_token is None or \
                    self.text[g.content[0]: g.content[1]].strip(QUOTE_MARKS) != words:
                continue
            if any(t.i == g.cue_token for t in verb.ancestors) and \
                    _same_person(doc[g.source_token], pron) and self._same_actor(doc[g.source_token], pron):
                return True
        return False

    def _same_actor(self, antecedent: Token, pron: Token) -> bool:
        """Unless the actors stage tells them apart: the antecedent is an actor and the pronoun,
        by its gender or number, is not that actor ('Blinken said she had told ...'), or the
        pronoun is an actor the antecedent is not ('Harris's aide said she had told ...',
        'A spokesman for Netanyahu said he had told ...')."""
        mentions = self.doc._.mentions
        if not mentions:
            return True
        said = {m.actor for m in mentions if m.start <= pron.idx < m.end}
        heads = _conjuncts(antecedent) if pron.lower_ == "they" else [antecedent]
        if len(heads) > 1 and not said:  # 'they' is both, unresolved, unless a nearer plural could be
            return not any(t.tag_ in ("NNS", "NNPS") for t in self.doc[antecedent.right_edge.i + 1: pron.i]) \
                and not any(c.dep_ == "conj" for c in pron.children)  # ('they and the Israelis')
        named = {m.actor for m in mentions for h in heads if m.start <= h.idx < m.end}
        return bool(named & said) if named else not said


#: a pronoun subject that can be the outer speaker again
RETELLERS = frozenset({"he", "she", "they", "it"})


def _same_person(antecedent: Token, pron: Token) -> bool:
    """Whether ``pron`` (he, she, they, it) can stand for the subject ``antecedent`` by number."""
    if antecedent.lower_ in RETELLERS:
        return antecedent.lower_ == pron.lower_
    plural = antecedent.tag_ in ("NNS", "NNPS") or len(_conjuncts(antecedent)) > 1
    if pron.lower_ == "they":
        return plural or antecedent.tag_ == "NN"  # ('the government said they had told ...')
    if pron.lower_ == "it":
        return not plural and antecedent.ent_type_ != "PERSON"
    if antecedent.pos_ == "NOUN" and any(c.dep_ == "poss" for c in antecedent.children):
        return False  # ('the prime minister's office said he had told ...': he, the possessor)
    return not plural and antecedent.pos_ in ("PROPN", "NOUN")


def _conjuncts(tok: Token) -> list[Token]:
    """A subject and the words joined to it by 'and' ('Biden and Harris', 'Egypt, Qatar and the
    US'), also where the parser made the first of them a second subject of the verb ('Blinken
    [nsubj] and Sullivan [nsubj] said') or hung it on the last name ('Secretary Antony Blinken
    [nmod] and Defense Secretary Lloyd Austin'): [tok] when it stands alone."""
    out = [tok, *tok.conjuncts] if any(c.dep_ == "conj" for c in tok.children) else [tok]
    out += [t for t in (*split_subjects(tok), *tok.children) if t not in out and
            (t.dep_ in ("nmod", "compound") and tok.pos_ == t.pos_ == "PROPN" or t.head.i != tok.i) and
            any(c.dep_ == "cc" for c in t.children)]
    return out


QUOTE_MARKS = " \"'“”‘’«»"


def _plain_source(doc: Doc, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The speaker's words without surrounding space nor a relative clause set off by a comma
    ('Blinken, who was visiting Egypt,' -> 'Blinken'). PolNeAR's source span keeps the clause."""
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    for tok in doc.char_span(a, b, alignment_mode="expand") or ():
        if tok.dep_ == "relcl" and tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == "," and \
                a < doc[tok.left_edge.i - 1].idx and tok.left_edge.lower_ in ("who", "which") and \
                tok.right_edge.idx + len(tok.right_edge) >= b - 1:
            b = doc[tok.left_edge.i - 1].idx
            break
    head = next((t for t in doc.char_span(a, b, alignment_mode="expand") or ()
                 if t.head.i == t.i or not a <= t.head.idx < b), None)
    aside = prep_aside(head) if head is not None else []
    if aside and a < aside[0].idx and aside[-1].right_edge.idx + len(aside[-1].right_edge) >= b - 1:
        b = len(text[: doc[aside[0].i - 1].idx].rstrip())  # ('The RSF, in a post on X,' -> 'The RSF')
    return a, b


def _without_trailing_aside(doc: Doc, a: int, b: int) -> int:
    """The end of an inverted frame's speaker words before a participle set off by a comma
    ('said Grossi, reached by phone in Vienna', 'Osama Hamdan, speaking in Beirut') or a date
    ('declared the headline on May 8, 1945') that closes them."""
    for tok in doc.char_span(a, b, alignment_mode="expand") or ():
        end = tok.right_edge.idx + len(tok.right_edge)
        if end < b - 1 or tok.i == 0 or tok.idx <= a:
            continue
        if tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN") and tok.left_edge.i == tok.i and \
                doc[tok.i - 1].text == "," and a < doc[tok.i - 1].idx:
            return doc[tok.i - 1].idx
        if tok.dep_ == "prep" and tok.lower_ in ("on", "in") and (pobj := [
                c for c in tok.children if c.dep_ == "pobj"]) and pobj[0].ent_type_ == "DATE":
            return doc[tok.i - 1].idx + len(doc[tok.i - 1])
    return b


FRAME_NOUNS = frozenset({"statement", "interview", "speech", "address", "briefing", "conference"})


def _without_trailing_setting(doc: Doc, f: Found, lex: Lexicon) -> Found:
    """'condemned the attack [in a statement carried by SPA]', 'urged both sides to show flexibility
    [in a joint statement]': a setting phrase the parser hung on the last noun is the frame's, not
    the words (the record's content only: PolNeAR's gold keeps it, 'present themes in her speech')."""
    toks = [t for t in doc.char_span(*f.content, alignment_mode="expand") or ()]
    if len(toks) < 3:
        return f
    last = toks[-1].i
    for k, t in enumerate(toks[1:], start=1):
        if t.dep_ != "prep" or t.lower_ not in ("in", "at", "during") or t.right_edge.i < last:
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in FRAME_NOUNS and \
                any(c.lower_ in ("a", "an") for c in obj.children):
            end = toks[k - 1].idx + len(toks[k - 1])
            while end > f.content[0] and full_text(doc)[end - 1] in " ,":
                end -= 1
            return replace(f, content=(f.content[0], end), outer=(f.outer[0], end))
    return f


#: nouns by which the reporter calls what was said one side's word ('..., a claim that could not be
#: verified', '..., an accusation Paris denies')
CLAIM_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "assertion", "contention"})


def _without_trailing_comment(doc: Doc, f: Found) -> Found:
    """'its troops had killed dozens of jihadists, [a claim that could not be independently
    verified]': a phrase with 'a' or 'an' set off by a comma at the content's end that calls it a
    claim is the reporter's comment, not the words (the record's content only, as the setting)."""
    a, b = f.content
    words = full_text(doc)[a:b]
    if ", a" not in words:  # (', a ...', ', an ...': most contents have none)
        return f
    for t in doc.char_span(a, b, alignment_mode="expand") or ():
        first = t.left_edge
        if t.pos_ != "NOUN" or t.lemma_.lower() not in CLAIM_NOUNS or first.lower_ not in ("a", "an") or \
                first.i == 0 or doc[first.i - 1].text != "," or doc[first.i - 1].idx <= a or \
                t.right_edge.idx + len(t.right_edge) < b:
            continue
        end = doc[first.i - 1].idx
        while end > a and full_text(doc)[end - 1].isspace():
            end -= 1
        return replace(f, content=(a, end), outer=(f.outer[0], min(f.outer[1], end)))
    return f


def _plural_pronouns(quotes: list[Quote]) -> list[Quote]:
    """'Hamas and Islamic Jihad said … that they rejected …': a plural pronoun right after a
    statement by several speakers stands for all of them."""
    out: list[Quote] = []
    for q in quotes:
        prev = max((p for p in out if p.start < q.start and len(p.speakers) > 1), key=lambda p: p.start,
                   default=None)
        if prev is not None and (q.speaker_text or "").lower() in ("they", "we", "them") and \
                prev.start <= (q.speaker_span or (q.start, q.end))[0] <= prev.end + 300:
            q = replace(q, speakers=prev.speakers)
        out.append(q)
    return out


def _inherit_dates(quotes: list[Quote]) -> list[Quote]:
    """A statement without a date of its own, right after one by the same speaker that has one,
    takes that date (the same occasion)."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if q.date is None and prev is not None and prev.date and _same_speaker(prev, q) \
                and q.start - prev.end < 600:
            q = replace(q, date=prev.date, flags=(*q.flags, "date_inherited"))
        out.append(q)
    return out


def _same_speaker(a: Quote, b: Quote) -> bool:
    if a.speakers and b.speakers:
        return bool(set(a.speakers) & set(b.speakers))
    if a.speaker_text and b.speaker_text:
        last_a = a.speaker_text.split()[-1].strip(",").lower()
        return last_a in b.speaker_text.lower()
    return False


__all__ = ["medium_of", "resolve_speakers", "setting_of", "to_quotes"]
