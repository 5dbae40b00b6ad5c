"""The complements of a cue verb that carry what was said ("said [that ...]", "warned the company
[about the risks]", "called for [the US to step up]"), leaving out the addressee, the channel or
time ("on Twitter", "on Monday") and a frame participle (", adding that ...")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.pronouns import PERSON_NOUNS
from dateline.quotes.base import (
    ADDRESSEE_LEMMAS,
    COMPLEMENT_DEPS,
    CONTENT_PREPS,
    SUBJ_DEPS,
    subject_of,
)
from dateline.quotes.clauses import ARMED_SUBJECTS, ARMED_TARGETS
from dateline.quotes.lexicon import Lexicon


def content_children(verb: Token, lex: Lexicon) -> list[Token]:
    """Complements of a cue verb to its right that carry what was said."""
    out: list[Token] = []
    kids = [c for c in verb.children if c.i > verb.i]
    lemma = verb.lemma_.lower()
    has_clause = any(c.dep_ == "ccomp" for c in kids) or lemma == "ask" and any(_question(c) for c in kids)
    particles = lex.particles.get(lemma, frozenset())
    topic = _warned_about(verb, kids)
    if topic is not None:
        return topic
    if not has_clause and (clause := _stray_that_clause(verb, kids, lex)) is not None:
        return [clause]
    for c in kids:
        if c.dep_ not in COMPLEMENT_DEPS:
            continue
        if c.dep_ == "conj" and (subject_of_own(c) is not None or c.pos_ in ("VERB", "AUX")):
            continue  # another clause or verb phrase: its own statement, if any
        if c.dep_ == "dative" or c.dep_ in ("dobj", "obj") and lemma in ADDRESSEE_LEMMAS and has_clause:
            continue  # the addressee: 'told reporters that ...'
        if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in particles:
            objects = [x for x in c.children if x.dep_ in ("pobj", "pcomp")]
            if any(visited(x) for x in objects):
                return []  # 'called on the house to offer condolences': a visit, nothing said
            if not day_or_medium(c, lex):  # ('called on the eve of the vote for a boycott': when)
                out.extend(objects)
            continue
        if c.dep_ == "prep" and (c.lower_ not in CONTENT_PREPS or _channel_or_time(c, lex, verb)):
            continue
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                k.i > c.i and (k.dep_ in ("dobj", "obj") or k.dep_ == "prep" and k.lower_ == "about") for k in kids):
            continue  # 'described to reporters the scene', 'talked to reporters about it': whom it was told
        if c.dep_ == "prep" and c.lower_ == "to" and lemma in TOLD_TO and (
                any(k.i > c.i and k.dep_ == "ccomp" for k in kids) or
                any(_party(x, lex) and x.ent_type_ not in ("GPE", "LOC") for x in c.children if x.dep_ == "pobj")):
            continue  # 'explained to reporters how the levee failed', 'he writes to his readers': whom
        if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in ("about", "of", "on", "to", "for"):
            out.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))  # 'talked about X'
            continue
        if c.dep_ == "advcl" and c.tag_ != "VBG" and not _particle_mark(verb, c, particles, lex) and \
                not asked_infinitive(verb, c, lex):
            continue
        if frame_participle(c):
            continue  # 'S, X said, adding that ...' / ', speaking on condition of anonymity': the frame's
        out.append(c)
    return out


def undirected(verb: Token, lex: Lexicon) -> bool:
    """A cue of ``needs_object`` in its physical sense, which reports nothing, the verb's record
    and any fallback content alike ('In its shadow, viewers pressed against a fence', 'reporters
    pressed forward to hear him', 'She pressed the button'): no clause or particle of its
    directive sense ('pressed Iran to halt', 'pressed for talks', 'The talks must go on, he
    pressed'), no passive ('was pressed on it') and no object but a party urged or a point
    insisted on ('pressed Netanyahu', 'pressed the case')."""
    if lex.lemma(verb) not in lex.needs_object:
        return False
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in ("forward", "ahead") for c in kids):
        return True
    particles = lex.particles.get(verb.lemma_.lower(), frozenset())
    if any(c.dep_ in ("dative", "xcomp", "ccomp", "auxpass") or
           c.dep_ in ("prep", "prt") and c.lower_ in particles or
           c.dep_ == "advcl" and _particle_mark(verb, c, particles, lex) is not None for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ in ("dobj", "obj")), None)
    return obj is None or not (_party(obj, lex) or _pressed_point(verb, obj, lex))


#: what one presses in insisting on it ('pressed the case that ...', 'pressed the issue'), beside
#: the statement nouns of the lexicon ('pressed his attack', 'pressed the claim')
PRESSED_POINTS = frozenset({"case", "issue", "point", "matter", "cause", "agenda"})


#: verbs whose 'to' names whom it was said to, never what ('wrote to his readers', 'explained to the
#: committee'; unlike 'responded to the criticism', 'pointed to the data')
TOLD_TO = frozenset({"write", "explain", "describe", "speak", "talk", "complain", "confide", "admit",
                     "confess", "recount", "boast"})


def _party(obj: Token, lex: Lexicon) -> bool:
    """A person, a body, a country or an audience, one that can be urged or told ('pressed
    Netanyahu', 'pressed the government', 'wrote to his readers'), not a thing ('pressed the button')."""
    lemma = obj.lemma_.lower()
    return obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or \
        lemma in PERSON_NOUNS or lemma in ADDRESSEES or lemma in lex.bodies or lemma in lex.issuers or \
        lemma.endswith(("man", "men"))


def _pressed_point(verb: Token, obj: Token, lex: Lexicon) -> bool:
    """An object that is a point insisted on ('pressed his attack', 'pressed the case that ...',
    'pressed the point home', where the parse makes 'point' a compound of 'home'); not charges
    filed ('would not press charges') nor an armed attack, by an armed force or on a physical
    target ('Russian forces pressed the attack on Kharkiv', 'pressed the attack on the town')."""
    if obj.lower_ == "charges":
        return False
    lemmas = {t.lemma_.lower() for t in (obj, *obj.children) if t is obj or t.dep_ == "compound"}
    if "attack" in lemmas:
        subj = subject_of(verb)
        targets = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                   for o in p.children if o.dep_ == "pobj"]
        return not (subj is not None and subj.lemma_.lower() in ARMED_SUBJECTS or
                    any(o.lemma_.lower() in ARMED_TARGETS or o.ent_type_ in ("FAC", "LOC") for o in targets))
    return bool(lemmas & PRESSED_POINTS or lemmas & lex.nouns)


WARN_LEMMAS = frozenset({"warn", "caution", "alert", "remind", "brief"})
TOPIC_PREPS = frozenset({"about", "of"})


def _warned_about(verb: Token, kids: list[Token]) -> list[Token] | None:
    """'warned the company about the risks': the topic is what was said, the person warned is the
    addressee, wherever the parser hangs 'about' (on the verb or on the addressee)."""
    if verb.lemma_.lower() not in WARN_LEMMAS:
        return None
    obj = next((c for c in kids if c.dep_ in ("dobj", "obj")), None)
    if obj is None or any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return None
    prep = next((c for c in (*kids, *obj.rights) if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS
                 and c.i > obj.i), None)
    if prep is None or prep.i != obj.right_edge.i + 1 and prep.head.i == verb.i:
        return None
    pobj = [x for x in prep.children if x.dep_ in ("pobj", "pcomp")]
    return pobj or None


def _takes_no_clause(noun: Token, lex: Lexicon) -> bool:
    """A noun that cannot have a that-clause of its own: a place, a date, a setting, a person told
    ('a news conference in Beirut', 'reporters'), unlike 'evidence', 'reports', 'claims'."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "PERSON", "NORP") or \
        lemma in lex.settings or lemma in ADDRESSEES or lemma in DOCUMENTS or lemma in lex.broadcasts


#: what a statement is written or posted in ('said in a letter that ...'): no that-clause of its own there
DOCUMENTS = frozenset({"letter", "note", "message", "email", "e-mail", "post", "tweet", "memo", "op-ed",
                       "editorial", "column", "essay", "article", "communique", "communiqué", "blog",
                       "filing", "declaration"})
ADDRESSEES = frozenset({"reporter", "journalist", "lawmaker", "legislator", "supporter", "crowd",
                        "audience", "parliament", "senator", "delegate", "official", "diplomat",
                        "reader", "viewer", "listener", "follower", "colleague", "constituent"})


def _stray_that_clause(verb: Token, kids: list[Token], lex: Lexicon) -> Token | None:
    """'told reporters at a news conference in Beirut that Israel had violated the deal': the
    parser hung the that-clause on the noun before it (a relative clause of 'Beirut' or
    'conference'); a clause opened by 'that' with a subject of its own is the cue's complement."""
    for c in kids:
        if c.dep_ != "prep" and not (c.dep_ in ("dobj", "dative") and verb.lemma_ in ADDRESSEE_LEMMAS):
            continue  # ('denied claims that ...': the noun's own clause)
        told = c.lower_ == "to" and verb.lemma_.lower() in TOLD_TO  # ('wrote to the board that ...')
        for t in c.subtree:
            if t.dep_ not in ("relcl", "acl") or t.head.i == verb.i or not (
                    _takes_no_clause(t.head, lex) or told and t.head.head.i == c.i and _party(t.head, lex)):
                continue
            left = t.doc[t.left_edge.i]
            if left.lower_ == "that" and (left.dep_ == "mark" or told) and \
                    any(x.dep_ in ("nsubj", "nsubjpass") and x.i > left.i for x in t.children):
                return t
    return None


def _question(child: Token) -> bool:
    """A question or its topic after 'ask': 'if/whether ...', 'who/what ...', 'about X'. The person
    asked before it is the addressee, not what was asked ('asked the governor [if he ...]')."""
    if child.dep_ == "prep":
        return child.lower_ == "about"
    return child.dep_ in ("advcl", "ccomp") and (
        any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children) or
        child.left_edge.tag_ in ("WDT", "WP", "WRB"))


def _particle_mark(verb: Token, clause: Token, particles: frozenset[str], lex: Lexicon) -> Token | None:
    """'calling for the US to step up': the cue's particle parsed as the mark of a for-to clause."""
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ in particles and
                 (m.i == verb.i + 1 or m.i == _after_time(verb, lex))), None)


def _after_time(verb: Token, lex: Lexicon) -> int:
    """Where the words after a cue start past its day or medium ('called on Monday for the army
    to leave', 'called in March for', 'called on Twitter for the senator to resign')."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.head.i != verb.i or not day_or_medium(nxt, lex) and \
            not any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in nxt.children):
        return verb.i + 1
    return nxt.right_edge.i + 1


#: what 'called on the ...' names when it says when or where, not whom ('on the eve of the vote',
#: 'on the sidelines of the summit', 'on the phone')
CALLED_WHEN = frozenset({"eve", "morning", "afternoon", "evening", "night", "weekend", "day", "anniversary",
                         "sidelines", "phone", "telephone"})


def day_or_medium(prep: Token, lex: Lexicon) -> bool:
    """'called on Monday', 'called on Twitter', 'called on the eve of the vote': the particle's
    object is when or where it was said, no one a request is made of ('called on delegates'). Only
    'on' and 'upon' say when or where: 'called for two days of mourning' asks for the days. A
    platform asked to act is addressed ('called on Twitter to ban the account'), one said on is
    not ('called on Twitter to say')."""
    return prep.lower_ in ("on", "upon") and any(
        p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or p.lower_ in lex.broadcasts or
                              p.pos_ == "NOUN" and p.lower_ in CALLED_WHEN or
                              p.lower_ in lex.media and not _platform_asked(p, prep.head, lex))
        for p in prep.children)


def addressed_on(verb: Token, lex: Lexicon) -> Token | None:
    """The object of 'called on [Congress]' right after the cue: the one a request is made of (not
    'called on Monday'); None where the cue has no such particle."""
    prep = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if prep is None or prep.head.i != verb.i or prep.dep_ != "prep" or \
            prep.lower_ not in ("on", "upon") or prep.lower_ not in lex.particles.get(verb.lemma_.lower(), ()) or \
            day_or_medium(prep, lex):
        return None
    addressee = next((p for p in prep.children if p.dep_ == "pobj"), None)
    return None if addressee is None or visited(addressee) else addressee


#: dwellings one calls on in visiting ('called on the house [to offer condolences]'); capitalised,
#: a body asked ('called on the House to pass the bill')
DWELLINGS = frozenset({"house", "home", "residence", "apartment", "farm", "mansion", "villa"})
#: institutions one may visit ('called on his office'), but asked to act when an infinitive follows:
#: the people in them ('called on her office to review the case', 'called on the embassy to issue visas')
INSTITUTIONS = frozenset({"office", "palace", "embassy", "hospital", "consulate"})


def visited(noun: Token) -> bool:
    """'the house' of 'called on the house', 'his office' of 'called on his office': a place
    visited, no one asked."""
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    lemma = noun.lemma_.lower()
    if lemma in DWELLINGS:
        return True
    to = noun.right_edge.i + 1
    asked = to + 1 < len(noun.doc) and noun.doc[to].lower_ == "to" and noun.doc[to + 1].tag_ == "VB"
    return lemma in INSTITUTIONS and not asked


def asked_infinitive(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """'called on Congress on Tuesday [to pass the bill]': an infinitive after the one a request is
    made of is what was asked, wherever the parser hung it (here as a clause of purpose)."""
    addressee = addressed_on(verb, lex)
    return addressee is not None and clause.i > addressee.i and \
        any(c.dep_ == "aux" and c.lower_ == "to" and c.i == clause.left_edge.i for c in clause.children)


def asked_subject(verb: Token) -> bool:
    """'Senator called on to resign', 'Witnesses called upon to testify at the trial': 'called on'
    with an infinitive right after the particle, no one asked between them, is a passive without
    its auxiliary (a headline's): its subject is the one asked, not who asks. Not an aside set off
    by a comma ('The coach, called on to explain the loss, said ...': no record, as 'asked about')."""
    doc, i = verb.doc, verb.i
    return verb.lemma_ == "call" and 0 < i < len(doc) - 3 and not doc[i - 1].is_punct and \
        doc[i + 1].lower_ in ("on", "upon") and doc[i + 2].lower_ == "to" and doc[i + 3].tag_ == "VB"


def misread_request(verb: Token, lex: Lexicon) -> Token | None:
    """'The coach called on his players to keep calm' parsed as one noun phrase ('coach' the root,
    'called' its participle): with no verb of the sentence outside it, the participle after the
    noun, with someone asked and an infinitive after them, is the main verb and the noun its
    subject (returned). Not a participle set off by a comma ('The coach, called on to explain the
    loss, said ...'), nor one whose 'on' says when or where ('called on Monday', 'called on the
    phone') or a place visited ('called on the house')."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or verb.i < head.i or \
            verb.doc[verb.i - 1].is_punct:
        return None
    inside = {t.i for t in verb.subtree}
    if any(t.pos_ in ("VERB", "AUX") and t.i not in inside for t in verb.sent):
        return None
    return head if any(asked_infinitive(verb, c, lex) for c in verb.children) else None


def _platform_asked(medium: Token, verb: Token, lex: Lexicon) -> bool:
    """'Twitter' of 'called on Twitter to ban the account': a named platform before an infinitive
    that reports nothing is the one asked to act."""
    return medium.pos_ == "PROPN" and any(
        c.dep_ == "xcomp" and c.i > medium.i and lex.lemma(c) not in lex.cues and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _channel_or_time(prep: Token, lex: Lexicon, verb: Token) -> bool:
    """'on Twitter', 'on CNN', 'on Monday': where or when it was said, not what; and right after
    the verb, how long or when ('sang for hours', 'decided over the last month'; after an object,
    'proposed $30 billion over five years' keeps its span in the content)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ in ("for", "over"):
        return prep.i == verb.i + 1 and obj is not None and obj.ent_type_ in ("DATE", "TIME")
    if prep.lower_ != "on":
        return False
    return obj is not None and (obj.lower_ in lex.media or obj.ent_type_ in (
        "DATE", "TIME", "ORG", "PERSON") or obj.lower_ in ("monday", "tuesday", "wednesday",
                                                            "thursday", "friday", "saturday", "sunday"))


def subject_of_own(tok: Token) -> Token | None:
    """The token's own subject: a conjoined clause that has one is a statement of its own."""
    return next((c for c in tok.children if c.dep_ in SUBJ_DEPS), None)


def frame_participle(tok: Token) -> bool:
    """', adding that ...', ', speaking on condition of anonymity': a participle set off by a comma."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.left_edge.i > 0 and \
        tok.doc[tok.left_edge.i - 1].text == ","


__all__ = ["addressed_on", "asked_infinitive", "asked_subject", "content_children", "day_or_medium", "frame_participle", "misread_request", "subject_of_own", "undirected"]
