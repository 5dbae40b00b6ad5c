"""Reported speech framed by no cue verb: 'according to Z', a poll or survey as the source of a
finding, a stated attitude ('voters are optimistic that ...'), a noun that names a statement
('Trump's criticism of Clinton'). Split from ``reported.py``; each returns ``Found`` items."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.quotes.as_frames import REPORTING, as_mark
from dateline.quotes.base import Found, State, char_span, source_span, subtree_span, trim_tokens
from dateline.quotes.sources import to_closing_mark
from dateline.quotes.token_lookup import tokens_lower


def according(st: State) -> list[Found]:
    """'according to Z, ...' and '..., according to Z'."""
    out: list[Found] = []
    for tok in tokens_lower(st.doc, ("according",)):
        if tok.lower_ != "according" or tok.i in st.direct_tokens:
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(st.doc) and st.doc[tok.i + 1].lower_ == "to":
            to = st.doc[tok.i + 1]
        if to is None:
            continue
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        sent = tok.sent
        phrase = {t.i for t in tok.subtree} | {t.i for t in to.subtree} | {tok.i, to.i}
        src = to_closing_mark(st.text, subtree_span(pobj))  # ('according to the audit “Paying Twice”')
        toks = [t for t in sent if t.i not in phrase and not src[0] <= t.idx < src[1]]
        toks = trim_tokens(st.doc, toks)
        words = [t for t in toks if not t.is_punct]
        if len(words) < 3:
            continue
        span = char_span(toks)
        out.append(Found(span, span, "indirect", char_span([tok, to]), src, tok.i, pobj.i))
    return out


ATTITUDE_PREPS = frozenset({"about", "of", "on", "over", "with", "that", "for", "in", "toward",
                            "towards", "against"})
COPULAS = frozenset({"be", "remain", "seem", "appear", "sound", "become", "grow"})


def attitudes(st: State) -> list[Found]:
    """'Voters are optimistic that ...', 'X was critical of Y', 'the council is divided over Z':
    a stated attitude (copula + attitude adjective) with its subject as source."""
    out: list[Found] = []
    for adj in tokens_lower(st.doc, st.lex.attitudes):
        if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.lower_ not in st.lex.attitudes or \
                adj.i in st.direct_tokens or adj.head.lemma_.lower() not in COPULAS:
            continue
        verb = adj.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("it", "there", "that", "this") or subj.i in st.direct_tokens:
            continue
        clause = next((c for c in adj.children if c.dep_ in ("ccomp", "xcomp") and c.i > adj.i), None)
        prep = next((c for c in adj.children if c.dep_ == "prep" and c.i == adj.i + 1
                     and c.lower_ in ATTITUDE_PREPS), None)
        if clause is not None:
            toks, cue = list(clause.subtree), [verb, adj]
        elif prep is not None:
            toks, cue = [t for t in prep.subtree if t.i != prep.i], [verb, adj, prep]
        else:
            continue
        toks = trim_tokens(st.doc, toks)
        if not toks or any(t.i in st.used_cues for t in toks):
            continue
        cue_toks = [t for t in st.doc[verb.i: cue[-1].i + 1] if not t.is_punct]
        span = char_span(toks)
        src = source_span(subj, verb, st.text, {t.i for t in toks} | {verb.i})
        out.append(Found(span, span, "indirect", char_span(cue_toks), src, verb.i,
                         subj.i if src is not None else None))
    return out


EVIDENCE_NOUNS = frozenset({"poll", "survey", "study", "report", "analysis", "census", "tally",
                            "estimate", "projection", "forecast", "ranking", "index", "audit"})


def _as_verb(prep: Token) -> Token | None:
    """'as described in the report', 'as stated in the filing': the reporting participle after
    'as' that ``prep`` hangs on; the frame, 'as' included, is no part of the content."""
    verb = prep.head
    if verb.i >= prep.i or verb.tag_ != "VBN" or verb.lemma_ not in REPORTING or as_mark(verb) is None:
        return None
    return verb


def surveys(st: State) -> list[Found]:
    """'Trump leads in the latest poll': the poll is the source of the finding."""
    out: list[Found] = []
    for tok in tokens_lower(st.doc, ("in",)):
        if tok.lower_ != "in" or tok.dep_ != "prep" or tok.i in st.direct_tokens:
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or st.lex.lemma(pobj) not in EVIDENCE_NOUNS:
            continue
        sent = tok.sent
        if any(t.i in st.used_cues for t in sent):
            continue
        cue = _as_verb(tok) or tok  # ('as described in the report': the verb is the cue)
        phrase = {t.i for t in (cue.subtree if cue is not tok else tok.subtree)}
        toks = trim_tokens(st.doc, [t for t in sent if t.i not in phrase])
        if len([t for t in toks if not t.is_punct]) < 3:
            continue
        span = char_span(toks)
        src_toks = [t for t in pobj.subtree]
        out.append(Found(span, span, "indirect", char_span([cue]), char_span(src_toks), cue.i, pobj.i))
    return out


NOUN_CONTENT_PREPS = frozenset({"of", "for", "against", "about", "on", "over"})
#: nouns whose 'to' names what they answer or oppose ('opposition to the deal', 'response to the
#: report'); after the others it names the addressee ('message to the donors', 'remarks to reporters')
TO_CONTENT_NOUNS = frozenset({"opposition", "objection", "response", "reply", "answer"})


def nominal(st: State, noun: Token) -> Found | None:
    """'Trump's criticism of Clinton', 'the campaign's claim that ...': a statement named by a noun,
    its source the possessor (or 'by/from X'), its content the clause or the object."""
    if noun.pos_ != "NOUN" or st.lex.lemma(noun) not in st.lex.nouns or noun.i in st.direct_tokens:
        return None
    if noun.i > 0 and st.doc[noun.i - 1].lower_ == "in" and noun.lower_ == "charge":
        return None  # 'the agent in charge of ...'
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    framed = _copula_frame(st, noun, src)
    if framed is not None:
        return framed
    if src is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        src = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and
                   any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i and
                 (c.lower_ in NOUN_CONTENT_PREPS or c.lower_ == "to" and
                  st.lex.lemma(noun) in TO_CONTENT_NOUNS)), None)
    if clause is not None:
        toks = list(clause.subtree)
    elif prep is not None:
        toks = [t for t in prep.subtree if t.i != prep.i]
    else:
        return None
    toks = trim_tokens(st.doc, toks)
    if not toks or src is not None and src.lower_ in ("its", "it"):
        return None
    cue = [noun] if clause is not None or prep is None else [noun, prep]
    span = char_span(toks)
    source = subtree_span(src) if src is not None else None
    return Found(span, span, "indirect", char_span(cue), source, noun.i,
                 src.i if src is not None else None)


#: adjectives of a copula that introduces the words after its colon ('His message was clear: ...')
PLAIN = frozenset({"clear", "simple", "blunt", "plain", "direct", "short", "succinct", "brief", "stark",
                   "unequivocal", "straightforward", "unmistakable", "firm", "emphatic", "explicit"})
#: statement nouns that also name a deed or a place, whose colon tells of that ('The army's attack
#: was simple: tanks crossed ...', 'The rebels' position was stark: they were surrounded ...')
DEEDS = frozenset({"attack", "support", "opposition", "position", "call", "charge", "defense",
                   "defence", "threat"})


def _copula_frame(st: State, noun: Token, src: Token | None) -> Found | None:
    """'Rubio's response was that ...', 'His message was blunt: the army would stay ...': a
    possessed statement noun whose copula frames a clause (after 'that'/'whether', or, if it is no
    deed, a colon after the copula or a plain adjective: 'clear', 'simple'). Source the
    possessor, cue the words from after it to the copula or the colon (PolNeAR: 'answer was', 'most
    surprising suggestion was'). Not 'the question is whether ...', mostly the writer's question."""
    verb, doc = noun.head, st.doc
    if src is None or not _copula_of(noun, src):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and any(
        t.dep_ == "mark" and t.lower_ in ("that", "whether") for t in c.children)), None)
    if clause is not None:
        toks, last = list(clause.subtree), verb
    elif st.lex.lemma(noun) in DEEDS:
        return None
    else:
        colon = _before_colon(verb)
        if colon is None or colon.i + 2 >= verb.sent.end or doc[colon.i + 2].is_quote:
            return None  # (a quote after the colon is a direct quote's: quoted_copula)
        toks, last = list(doc[colon.i + 2: verb.sent.end]), colon
    toks = trim_tokens(doc, toks)
    if not toks or any(t.i in st.direct_tokens for t in toks):
        return None
    span = char_span(toks)
    return Found(span, span, "indirect", char_span([doc[src.right_edge.i + 1], last]), subtree_span(src),
                 noun.i, src.i)


def quoted_copula(st: State, verb: Token) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
    """'His message was clear: “...”', 'Clinton's response was: “...”': the frame of a quote after
    the colon of a possessed statement noun's copula (not a deed's: 'The army's attack was simple:
    “...”'). Returns the cue span, the source span and the source head, as
    ``_copula_frame`` does for a clause (PolNeAR: 'response was:', source 'Clinton's')."""
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.pos_ != "NOUN" or st.lex.lemma(noun) not in st.lex.nouns or \
            st.lex.lemma(noun) in DEEDS:
        return None
    src = next((c for c in noun.children if c.dep_ == "poss"), None)
    last = _before_colon(verb)
    if src is None or last is None or not _copula_of(noun, src):
        return None
    return char_span([st.doc[src.right_edge.i + 1], last]), subtree_span(src), src


def _copula_of(noun: Token, src: Token) -> bool:
    """Whether ``noun``, possessed by ``src`` right before it, is the subject of an affirmative
    copula after it ('Rubio's response was', not 'His answer was not')."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_ == "be" and verb.i > noun.i and \
        src.right_edge.i < noun.i and not any(c.dep_ == "neg" for c in verb.children)


def _before_colon(verb: Token) -> Token | None:
    """The copula or its last plain adjective when a colon follows ('was:', 'was clear:'); None
    otherwise ('His question was not unfounded: ...' judges the words, it frames none)."""
    doc = verb.doc
    adjectives = [c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i]
    if any(a.lower_ not in PLAIN or a.right_edge.i != a.i for a in adjectives):
        return None
    end = max([verb.i, *(a.i for a in adjectives)])
    return doc[end] if end + 1 < len(doc) and doc[end + 1].text == ":" else None


def reportedly(st: State) -> list[Found]:
    """'The club is reportedly spending $1.5 million ...': a report whose source is not named; the
    clause around the adverb is the content (PolNeAR marks 16 of 25 uses so in the train subsets),
    unless its verb is a cue of its own ('the minister reportedly said ...')."""
    out: list[Found] = []
    for tok in tokens_lower(st.doc, ("reportedly",)):
        if tok.lower_ != "reportedly" or tok.dep_ != "advmod" or tok.i in st.direct_tokens:
            continue
        verb = tok.head
        while verb.dep_ == "conj" and verb.head.i < verb.i:
            verb = verb.head  # 'X is a Republican, but has reportedly been critical of Y'
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if verb.i in st.used_cues or tok.head.i in st.used_cues or subj is None:
            continue
        skip = {t.i for c in verb.children if c.dep_ == "conj" and c.i > tok.i and
                any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for t in c.subtree}
        skip |= {c.i for c in verb.children if c.dep_ == "cc" and c.i > tok.i and
                 any(c.i < k for k in skip)}
        toks = trim_tokens(st.doc, [t for t in verb.subtree if t.i not in skip and t.i != tok.i
                                    and t.i >= subj.left_edge.i])  # ('In total, [the hackers ...]')
        if len([t for t in toks if not t.is_punct]) < 3:
            continue
        span = char_span([t for t in verb.subtree if t.i not in skip and toks[0].i <= t.i <= toks[-1].i])
        out.append(Found(span, span, "indirect", char_span([tok]), None, tok.i, None))
    return out


__all__ = ["according", "attitudes", "nominal", "reportedly", "surveys"]
