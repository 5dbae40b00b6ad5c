"""``Found`` attributions -> ``Quote`` records: speakers resolved to actors, medium, date, setting.

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
from dateline.quotes.extract import Found
from dateline.quotes.issuers import with_issuers
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.marks import quoted_spans
from dateline.quotes.speakers import MentionIndex, resolve_speakers

_DATE_RE = re.compile(r"^\d{4}(-\d{2}){0,2}")
_WHEN = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "GPE", "LOC"})
_SPEAKING = frozenset({"speak", "talk", "address", "write", "post", "tell", "testify", "brief"})
AUDIENCES = frozenset({"commons", "lords", "senate", "congress", "parliament", "knesset", "duma",
                       "bundestag", "assembly", "council", "committee", "cabinet", "house"})
_DETERMINERS = ("a ", "an ", "the ", "his ", "her ", "its ", "their ")


def medium_of(doc: Doc, f: Found, lex: Lexicon) -> str | None:
    """'told AFP' -> AFP; 'said on Twitter' -> Twitter; 'in an interview with CNN' -> CNN."""
    if f.cue_token is None or f.kind == "indirect" and doc[f.cue_token].lower_ == "according":
        return None
    verb = doc[f.cue_token]
    for child in _frame_children(doc, f):
        if child.dep_ in ("dobj", "dative") and verb.lemma_ in ("tell", "say") and \
                child.head.i == verb.i and not (f.content[0] <= child.idx < f.content[1]):
            outlet = _outlet(doc, child) or _media_told(child, lex)
            if outlet is not None:
                return outlet
        if child.dep_ == "prep" and child.lower_ in ("on", "to", "with", "in"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None or f.content[0] <= obj.idx < f.content[1] or obj.ent_type_ in _WHEN:
                continue
            if child.lower_ == "on" and (obj.lower_.rstrip(".") in lex.media or obj.ent_type_ == "ORG"):
                return _compound_text(obj)
            if child.lower_ == "to" and obj.pos_ == "PROPN" and obj.ent_type_ in ("ORG", ""):
                return _compound_text(obj)
            if child.lower_ == "in" and (outlet := _carried_on(doc, obj, lex)) is not None:
                return outlet
            if child.lower_ == "in" and obj.lemma_ == "interview":
                inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                pobj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner else None
                if pobj is not None and pobj.pos_ == "PROPN":
                    return _compound_text(pobj)
            if child.lower_ == "in" and (form := _broadcast(obj, lex)) is not None:
                return form
    return None


#: what a statement comes out as; PRINTED: what a newspaper prints ('an op-ed in the Post')
WRITINGS = frozenset({"statement", "post", "message", "video", "interview", "remark", "comment",
                      "address", "speech", "letter", "op-ed", "column", "article", "editorial",
                      "essay", "commentary"})
PRINTED = frozenset({"op-ed", "column", "article", "editorial", "essay", "commentary", "interview",
                     "letter"})


def _hyphened_lemma(tok: Token) -> str:
    """The lemma, with the word joined to it by a hyphen the tokenizer split off ('op-ed')."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and \
            not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def _carried_on(doc: Doc, obj: Token, lex: Lexicon) -> str | None:
    """'in a statement on Telegram', 'in remarks broadcast on state television', 'in a statement
    carried by the state news agency SPA': where the statement or remarks came out."""
    if _hyphened_lemma(obj) not in WRITINGS:
        return None
    for t in obj.subtree:
        if t.dep_ not in ("pobj", "appos") or t.head.lower_ not in ("on", "by") and t.dep_ == "pobj" \
                and not (t.head.lower_ == "in" and _hyphened_lemma(t.head.head) in PRINTED and t.pos_ == "PROPN"):
            continue  # ('in an op-ed in The Washington Post': the paper it came out in)
        if t.lower_.rstrip(".") in lex.media or t.ent_type_ == "ORG":
            return _compound_text(t)
        outlet = _outlet(doc, t) if t.head.lower_ == "by" else None
        if outlet is not None:
            return outlet
    return None


def _broadcast(obj: Token, lex: Lexicon) -> str | None:
    """'in a video message' -> 'video message', 'in a televised address' -> 'televised address',
    'in a video' -> 'video': a recorded or broadcast form is the medium (where it came out, when
    named, is found first: 'in a video posted on Telegram' -> Telegram)."""
    mods = [c for c in obj.lefts if c.dep_ in ("amod", "compound") and c.lower_ in lex.broadcast_modifiers]
    if mods:
        return doc_text([mods[0], obj])
    return obj.lower_ if obj.lower_ in lex.broadcasts else None


def _media_told(tok: Token, lex: Lexicon) -> str | None:
    """'told state television' -> 'state television', 'told Iranian state radio': a broadcaster
    named by what it is (the noun with its modifiers) is the medium told."""
    if tok.lower_ not in lex.media:
        return None
    return doc_text([*(c for c in tok.lefts if c.dep_ in ("amod", "compound")), tok])


def _outlet(doc: Doc, tok: Token) -> str | None:
    """The medium told: 'told AFP' -> AFP, 'told state broadcaster TRT' -> TRT, 'told CNN's State of
    the Union' -> CNN; not a person ('told President Donald Trump')."""
    if tok.pos_ != "PROPN" and tok.ent_type_ != "ORG":
        tok = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)
    owner = next((c for c in tok.lefts if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")),
                 None)
    if owner is not None and tok.ent_type_ != "PERSON":
        tok = owner  # the outlet of the programme
    if tok.pos_ != "PROPN" and tok.ent_type_ != "ORG" or tok.ent_type_ in ("PERSON", "GPE", "NORP") or \
            tok.lower_ in AUDIENCES:
        return None
    for m in doc._.mentions or ():
        if m.start <= tok.idx < m.end and not m.actor.startswith(("med:", "org:")):
            return None  # a person or a state told, not a medium
    return _compound_text(tok, names_only=True)


def _compound_text(tok: Token, names_only: bool = False) -> str:
    """The name with its compounds ('New York Times'); ``names_only``: proper nouns only
    ('state broadcaster TRT' -> 'TRT')."""
    toks = [t for c in tok.lefts if c.dep_ in ("compound", "poss", "case")
            and (not names_only or c.pos_ == "PROPN") for t in c.subtree] + [tok] + \
        [c for c in tok.rights if c.dep_ == "nummod" and c.i == tok.i + 1]  # ('Channel 12')
    toks.sort(key=lambda t: t.i)
    toks = toks[next(k for k, t in enumerate(toks) if t.dep_ != "det"):]  # ('The New York Times')
    text = doc_text(toks)
    if text.endswith(".") and text.count(".") == 1 and tok.i == tok.sent.end - 1:
        text = text[:-1]  # 'wrote on X.': the sentence's period, read into the name's token
    return text


def _frame_heads(doc: Doc, f: Found) -> list[Token]:
    """The cue verb and a participle of the frame that says where or to whom it was said: 'X,
    speaking at a news conference, said', 'Speaking to reporters in Doha, X said'."""
    from dateline.quotes.base import participle_aside, subject_of

    verb = doc[f.cue_token] if f.cue_token is not None else None
    if verb is None:
        return []
    heads = [verb]
    subj = subject_of(verb)
    aside = participle_aside(subj) if subj is not None else None
    if aside is not None:
        heads.append(aside)
    heads.extend(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                 and c.lemma_ in _SPEAKING)
    heads = [h for h in heads if h is verb or not f.content[0] <= h.idx < f.content[1]]
    after = next((t for t in doc[verb.i:verb.sent.end] if f.content[1] <= t.idx <= f.content[1] + 2
                  and t.dep_ == "prep" and t.head.i != verb.i), None)
    if after is not None and not any(h.i == after.head.i for h in heads):
        heads.append(after.head)  # ('condemned the attack in a statement': the phrase the content left out)
    return heads


def _frame_children(doc: Doc, f: Found) -> list[Token]:
    """The children of the frame's heads, and a phrase set off by commas after the subject ('The
    RSF, in a post on X, called ...': where it was said)."""
    kids = [c for head in _frame_heads(doc, f) for c in head.children]
    if f.source_token is not None:
        kids.extend(_prep_aside(doc[f.source_token]))
    return kids


def _prep_aside(subj: Token) -> list[Token]:
    """'The RSF, in a post on X,': prepositions hung on the subject and set off by commas."""
    doc = subj.doc
    return [c for c in subj.rights if c.dep_ == "prep" and c.i > 0 and doc[c.i - 1].text == "," and
            c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ","]


def doc_text(toks: list[Token]) -> str:
    """The text from the first token to the last (tokens in order), what lies between included."""
    return toks[0].doc[toks[0].i: toks[-1].i + 1].text


def setting_of(doc: Doc, f: Found, lex: Lexicon) -> str | None:
    """'said at a cabinet meeting' -> 'cabinet meeting' (the phrase, determiner dropped)."""
    if f.cue_token is None:
        return None
    for child in _frame_children(doc, f):
        told = child.dep_ in ("dobj", "dative") and child.head.lemma_ in ("tell", "address", "brief")
        if not told and (child.dep_ != "prep" or child.lower_ not in ("at", "during", "in", "after")):
            continue
        obj = child if told else next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is None or f.content[0] <= obj.idx < f.content[1]:
            continue
        if child.lower_ == "in" and _broadcast(obj, lex) is not None:
            continue  # 'in a televised address': the medium ('in a video message' too)
        if obj.lemma_.lower() in lex.settings or obj.lower_ in lex.settings:
            when = {t.i for c in obj.rights if _is_time(c) or c.dep_ == "prep" and c.lower_ == "on" or
                    c.dep_ in ("acl", "relcl") or _outlet_interviewing(obj, c) for t in c.subtree}
            # ('statement on Sunday', 'statement on Telegram', 'statement carried by SPA', 'interview
            # with CNN': the medium, not the setting)
            text = doc_text(sorted((t for t in obj.subtree if t.i not in when and
                                    not f.content[0] <= t.idx < f.content[1]), key=lambda t: t.i))
            lowered = text.lower()
            for det in _DETERMINERS:
                if lowered.startswith(det):
                    return text[len(det):]
            return text
    return None


def _outlet_interviewing(obj: Token, prep: Token) -> bool:
    """'an interview with CNN': the outlet that held the interview (the medium)."""
    if obj.lemma_ != "interview" or prep.dep_ != "prep" or prep.lower_ != "with":
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ == "ORG") and \
        pobj.ent_type_ not in ("PERSON", "GPE", "NORP")


def _is_time(tok: Token) -> bool:
    """'on Sunday', 'last week' hung on a noun or verb: a time, not part of the setting."""
    if tok.dep_ == "prep":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        return obj is not None and obj.ent_type_ in ("DATE", "TIME")
    return tok.dep_ in ("npadvmod", "tmod") and tok.ent_type_ in ("DATE", "TIME")


def _date_in(doc: Doc, f: Found, timexes: Sequence[Timex]) -> str | None:
    """The value of a DATE/TIME expression of the cue's sentence, outside quoted words."""
    if f.cue_token is None:
        return None
    sent = doc[f.cue_token].sent
    lo, hi = sent.start_char, sent.end_char
    best: tuple[int, str] | None = None
    for tx in timexes:
        if tx.type not in ("DATE", "TIME") or not _DATE_RE.match(tx.value or ""):
            continue
        if not (lo <= tx.start < hi) or f.content[0] <= tx.start < f.content[1] and \
                not _on_cue(doc, f, tx):
            continue  # another sentence, or a date inside what was said
        if _in_other_clause(doc, f.cue_token, tx) or \
                full_text(doc)[max(0, tx.start - 7): tx.start].lower().rstrip().endswith(PERIOD_BOUNDS):
            continue  # 'said X, and that he would discuss it in August': when Y is to happen
        dist = abs(tx.start - doc[f.cue_token].idx)
        if best is None or dist < best[0]:
            best = (dist, tx.value[:10])
    return best[1] if best else None


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
    return top.head.i == f.cue_token and _is_time(top) and not _in_quote_marks(full_text(doc), f, tx.start)


def _in_quote_marks(text: str, f: Found, pos: int) -> bool:
    inner = text[f.content[0]: pos]
    return sum(inner.count(m) for m in "“«") > sum(inner.count(m) for m in "”»")


def to_quotes(doc: Doc, found: Sequence[Found], lex: Lexicon, *,
              keep_wrappers: bool = False) -> list[Quote]:
    """Quote records for the attributions of ``doc``. Reported speech that only wraps a partial
    quote of the same cue is left out unless ``keep_wrappers``; reported speech with no source
    named is left out (the PolNeAR scorer still counts it)."""
    mentions = MentionIndex(doc._.mentions) if doc._.mentions is not None else None
    timexes = doc._.timexes or ()
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
        speaker_text = text[source[0]: source[1]] if source else None
        speakers = resolve_speakers(doc, replace(f, source=source) if source else f, mentions, types)
        if f.kind == "indirect":
            f = _without_trailing_setting(doc, f, lex)
        whole = marked.get(f.content) if f.kind == "indirect" else None
        if whole is not None:  # 'Sunak: ‘We will not be intimidated’': all quoted words, direct
            f = replace(f, kind="direct", content=(whole.start, whole.end))
        q = Quote(
            start=f.content[0], end=f.content[1], text=text[f.content[0]: f.content[1]],
            kind=f.kind, cue=text[f.cue[0]: f.cue[1]] if f.cue else "",
            speakers=speakers, speaker_text=speaker_text,
            medium=medium_of(doc, f, lex) or outlets.get(id(f)), date=_date_in(doc, f, timexes),
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
    cue_at = doc[f.cue_token].idx
    if not any(g is not f and not g.wrapper and g.content[0] <= min(a, cue_at) and b <= g.content[1]
               for g in found):
        return False
    verb = doc[f.cue_token]
    if verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "pcomp", "acl"):
        return True  # (not ', saying ...': the participle of the frame is a statement of its own)
    lemma = lex.lemma(verb)
    if lemma in DEEDS_WITH_OBJECT and not any(t.pos_ in ("VERB", "AUX") for t in
                                               doc.char_span(a, b, alignment_mode="expand") or ()):
        return True  # 'said the two sides had agreed on all 17 articles': a deed, not a statement
    return not any(lemma in lex.classes.get(c, frozenset()) for c in SAYING)


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
    return _outlet(doc, doc[f.source_token]) if f.source_token is not None else None


def _saying(doc: Doc, f: Found, lex: Lexicon) -> bool:
    lemma = lex.lemma(doc[f.cue_token]) if f.cue_token is not None else None
    return lemma is not None and any(lemma in lex.classes.get(c, frozenset()) for c in SAYING)


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
        found at 'said'; the verb of the reported act ('discussed') does not quote them again."""
        if f.cue_token is None or self.says(f):
            return False
        a, b = f.content
        words = self.text[a:b].strip(QUOTE_MARKS)
        lo, hi = bisect_left(self.starts, a), bisect_right(self.starts, b)
        return any(g is not f and g.content[1] <= b and
                   self.text[g.content[0]: g.content[1]].strip(QUOTE_MARKS) == words and self.says(g)
                   for g in self.found[lo:hi])


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
    aside = _prep_aside(head) if head is not None else []
    if aside and a < aside[0].idx and aside[-1].right_edge.idx + len(aside[-1].right_edge) >= b - 1:
        b = len(text[: doc[aside[0].i - 1].idx].rstrip())  # ('The RSF, in a post on X,' -> 'The RSF')
    return a, b


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
