"""Where and through what a statement was made: ``medium`` ('told AFP', 'on Telegram', 'in an
op-ed in The Washington Post', 'in a video message') and ``setting`` ('at a cabinet meeting' ->
'cabinet meeting'), read from the frame's verb, its participle aside and a phrase set off by
commas after the subject."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy as np
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from dateline.nlp.memo import per_doc
from dateline.quotes.base import quoted_as
from dateline.quotes.extract import Found
from dateline.quotes.lexicon import Lexicon
from dateline.quotes.token_lookup import doc_ents, token_indices, token_starts, tokens_in

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
    quoting = _quoting_medium(verb, lex)
    if quoting is not None:
        return quoting
    for child in _frame_children(doc, f):
        if child.dep_ in ("dobj", "dative") and verb.lemma_ in ("tell", "say") and \
                child.head.i == verb.i and not (f.content[0] <= child.idx < f.content[1]):
            outlet = outlet_told(doc, child) or _media_told(child, lex)
            if outlet is not None:
                return outlet
        if child.dep_ == "prep" and child.lower_ in ("on", "to", "with", "in"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is None or f.content[0] <= obj.idx < f.content[1] or obj.ent_type_ in _WHEN:
                continue
            if child.lower_ == "on" and (platform := _platform(obj, lex)) is not None:
                return platform  # ('said on his X account')
            if child.lower_ == "on" and (obj.lower_.rstrip(".") in lex.media or obj.ent_type_ == "ORG"):
                return _on_outlet(obj)
            if child.lower_ == "to" and obj.pos_ == "PROPN" and obj.ent_type_ in ("ORG", "") and \
                    not _not_a_medium(doc, obj):
                return _compound_text(obj)  # (not 'said to Congress', 'to the Security Council')
            if child.lower_ == "in" and (outlet := _carried_on(doc, obj, lex)) is not None:
                return outlet
            if child.lower_ == "in" and obj.lemma_ == "interview":
                inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                pobj = next((c for c in inner.children if c.dep_ == "pobj"), None) if inner else None
                if pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("PERSON", "GPE", "NORP"):
                    return _compound_text(pobj)  # (not 'an interview with Tucker Carlson')
            if child.lower_ == "in" and (form := _broadcast(obj, lex)) is not None:
                return form
    return None


OUTLET_NOUNS = frozenset({"media", "television", "radio", "newspaper", "paper", "agency", "broadcaster"})


def _quoting_medium(verb: Token, lex: Lexicon) -> str | None:
    """'The Times quoted Rivera as saying ...' -> The Times: the subject of an active 'quoted'
    that is an outlet (an organisation or a medium noun: 'state media'), not a person quoting
    another ('Smith quoted Rivera as saying')."""
    quoted = quoted_as(verb) if verb.lemma_ == "say" else None
    subj = next((c for c in quoted.children if c.dep_ == "nsubj"), None) if quoted is not None else None
    if subj is None or not (subj.ent_type_ == "ORG" or subj.lower_ in lex.media or subj.lower_ in OUTLET_NOUNS) or \
            _not_a_medium(verb.doc, subj, ("med:", "org:")):
        return None
    return _compound_text(subj)


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
        if t.dep_ not in ("pobj", "appos") or t.head.lower_ not in ("on", "by", "to") and t.dep_ == "pobj" \
                and not (t.head.lower_ == "in" and _hyphened_lemma(t.head.head) in PRINTED and t.pos_ == "PROPN"):
            continue  # ('in an op-ed in The Washington Post': the paper it came out in)
        if t.head.lower_ == "to":  # ('a statement to CNN' is CNN's; not 'a letter to Biden')
            told = outlet_told(doc, t) if t.dep_ == "pobj" and (t.lower_.rstrip(".") in lex.media or
                                                               not _not_a_medium(doc, t)) else None
            ent = next((e for e in doc_ents(doc) if e.start <= t.i < e.end and e.label_ == "ORG"), None)
            if told is not None:  # ('to The Times of Israel': the whole name)
                return ent.text if ent is not None and ent.end - 1 > t.i else told
            continue
        if t.dep_ == "pobj" and (platform := _platform(t, lex)) is not None:
            return platform  # ('in a statement on its Telegram channel')
        if t.lower_.rstrip(".") in lex.media or t.ent_type_ == "ORG" and not _not_a_medium(doc, t):
            return _compound_text(t)  # (not 'a statement on Hamas': what it was about)
        outlet = outlet_told(doc, t) if t.head.lower_ == "by" else None
        if outlet is not None:
            return outlet
    return None


#: a place of one's own on a platform ('its Telegram channel', 'his X account')
ACCOUNTS = frozenset({"channel", "account", "page", "feed", "handle", "profile"})


def _platform(obj: Token, lex: Lexicon) -> str | None:
    """'its Telegram channel' -> Telegram, 'his official X account' -> X: the platform of an
    account (not 'the ministry's website', 'Channel 12': no platform named before it)."""
    if obj.lemma_.lower() not in ACCOUNTS or obj.pos_ != "NOUN":
        return None
    named = [c for c in obj.lefts if c.dep_ == "compound" and
             (c.lower_ in lex.media or c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "GPE", "NORP"))]
    return _compound_text(named[-1]) if named else None


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


def outlet_told(doc: Doc, tok: Token) -> str | None:
    """The medium told: 'told AFP' -> AFP, 'told state broadcaster TRT' -> TRT, 'told CNN's State of
    the Union' -> CNN; not a person ('told President Donald Trump')."""
    if tok.pos_ != "PROPN" and tok.ent_type_ != "ORG":
        tok = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), tok)
    owner = next((c for c in tok.lefts if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")),
                 None)
    if owner is not None and tok.ent_type_ != "PERSON" and owner.ent_type_ not in ("GPE", "NORP") and \
            not _not_a_medium(doc, owner, ("med:", "org:")):
        tok = owner  # the outlet of the programme (not 'Israel's Channel 12')
    elif owner is not None and tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "GPE", "NORP"):
        names = sorted((t for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                        for t in c.subtree), key=lambda t: t.i)
        return doc_text([*names, tok, *(c for c in tok.rights if c.dep_ == "nummod" and c.i == tok.i + 1)])
    if tok.pos_ != "PROPN" and tok.ent_type_ != "ORG" or tok.ent_type_ in ("PERSON", "GPE", "NORP") or \
            tok.lower_ in AUDIENCES:
        return None
    for m in doc._.mentions or ():
        if m.start <= tok.idx < m.end and not m.actor.startswith(("med:", "org:")):
            return None  # a person or a state told, not a medium
    return _compound_text(tok, names_only=True)


def _on_outlet(obj: Token) -> str:
    """'on CNN's State of the Union' -> CNN (the outlet of the programme); 'on the group's
    al-Manar TV' -> al-Manar TV (an owner that is no name is left out)."""
    owner = next((c for c in obj.lefts if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ not in ("GPE", "NORP", "PERSON") \
            and not _not_a_medium(obj.doc, owner):
        return _compound_text(owner)
    if owner is not None:
        toks = sorted((t for c in obj.lefts if c.dep_ == "compound" for t in c.subtree), key=lambda t: t.i)
        return doc_text([*toks, obj])
    return _compound_text(obj)


def _not_a_medium(doc: Doc, tok: Token, media: tuple[str, ...] = ("med:",)) -> bool:
    """Whether the actors stage read ``tok`` as an actor of no type in ``media`` (by default, no
    news outlet: a body, a state)."""
    return any(m.start <= tok.idx < m.end and not m.actor.startswith(media)
               for m in doc._.mentions or ())


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
    # a preposition right after the content (its first two characters), from the cue on: the
    # tokens there found by offset (not a walk over every token of the content)
    after = next((t for t in tokens_in(doc, f.content[1], f.content[1] + 3) if t.i >= verb.i and
                  t.dep_ == "prep" and t.head.i != verb.i and t.i < _sentence_of(doc, verb.i)[1]), None)
    if after is not None and not any(h.i == after.head.i for h in heads) and \
            after.i not in {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}:
        heads.append(after.head)  # ('condemned the attack in a statement': the phrase the content
        # left out; not the reported clause's own words after a partial quote: 'adding that the
        # West had “no interest” in talks')
    return heads


#: the last (Doc, Found, children) asked for: medium_of and setting_of ask about the same quote in turn
_last_frame: list[tuple[Doc, Found, tuple[Token, ...]]] = []


def _frame_children(doc: Doc, f: Found) -> tuple[Token, ...]:
    """The children of the frame's heads, and a phrase set off by commas after the subject ('The
    RSF, in a post on X, called ...': where it was said)."""
    last = _last_frame[0] if _last_frame else None  # one read: another thread may replace it
    if last is not None and last[0] is doc and last[1] is f:
        return last[2]
    kids: list[Token] = []
    if _venue_words_around(doc, f):
        kids = [c for head in _frame_heads(doc, f) for c in head.children]
        if f.source_token is not None:
            kids.extend(prep_aside(doc[f.source_token]))
    found = tuple(kids)
    _last_frame[:] = [(doc, f, found)]
    return found


#: the words a medium or setting hangs on: its preposition, or a verb whose object it is
#: ('told AFP', 'addressing the UN'; 'said' is the cue itself, asked directly)
VENUE_WORDS = ("on", "to", "with", "in", "at", "during", "after", "tell", "tells", "told", "telling",
               "address", "addresses", "addressed", "addressing", "brief", "briefs", "briefed", "briefing")
TELLING = frozenset({"tell", "say", "address", "brief"})


@per_doc
def _venue_index(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """The tokens of ``doc`` that are venue words and their first characters, and the sentences'
    first tokens (with the Doc's length last), in order: read in C once per Doc (its LOWER and
    offset arrays are shared by the whole quotes stage)."""
    opens = np.flatnonzero(doc.to_array(SENT_START).astype(np.int64) == 1).tolist()
    if not opens or opens[0] != 0:
        opens.insert(0, 0)
    venue = token_indices(doc, VENUE_WORDS)
    return venue, token_starts(doc)[venue].tolist(), [*opens, len(doc)]


def _sentence_of(doc: Doc, i: int) -> tuple[int, int]:
    """The first token and the end of the sentence of token ``i`` (``Token.sent`` builds a Span)."""
    opens = _venue_index(doc)[2]
    k = bisect_right(opens, i)
    return opens[k - 1], opens[k]


def _venue_words_around(doc: Doc, f: Found) -> bool:
    """Whether a medium or a setting can be named around the cue: the cue is a verb of telling
    with an object, or its sentence holds a venue word outside the content (every frame head and
    child lies in the cue's sentence). Without one, no frame head need be found."""
    if f.cue_token is None:
        return False
    verb = doc[f.cue_token]
    if verb.lemma_ in TELLING and any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return True  # ('told AFP', 'said it to CNN')
    venue, chars, opens = _venue_index(doc)
    k = bisect_right(opens, f.cue_token)
    a, b = f.content
    return any(not a <= c < b for c in chars[bisect_left(venue, opens[k - 1]): bisect_left(venue, opens[k])])


def prep_aside(subj: Token) -> list[Token]:
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
            when = {t.i for c in obj.rights if is_time(c) or c.dep_ == "prep" and c.lower_ in ("on", "to") or
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


def is_time(tok: Token) -> bool:
    """'on Sunday', 'last week' hung on a noun or verb: a time, not part of the setting."""
    if tok.dep_ == "prep":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        return obj is not None and obj.ent_type_ in ("DATE", "TIME")
    return tok.dep_ in ("npadvmod", "tmod") and tok.ent_type_ in ("DATE", "TIME")


__all__ = ["doc_text", "medium_of", "outlet_told", "prep_aside", "setting_of", "is_time"]
