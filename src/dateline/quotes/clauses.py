"""Clause shapes that change what a cue verb reports: a participle the parser read as the main
verb ('truces announced over weeks collapsed'), and a report inside a relative clause set off by
commas ('its constitution, which it says contains a claim, ...'), and an act verb whose
complement is a deed ('refused to receive envoys' is an act, 'refused that ...' speech)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.quotes.base import SUBJ_DEPS, subject_of
from dateline.quotes.lexicon import Lexicon


def reduced_relative(verb: Token) -> bool:
    """'Previous truces announced over the past weeks collapsed': a participle the parser read as
    the main verb, its 'content' a bare clause with no subject nor 'that' (the real main verb)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT":
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    if subj is None or subj.i != verb.i - 1 or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if clauses and _run_on_verb(verb, clauses[-1]):
        return True
    return bool(clauses) and all(c.tag_ in ("VBD", "VBZ", "VBP") and c.left_edge.i == c.i and not any(
        x.dep_ in (*SUBJ_DEPS, "mark") for x in c.children) for c in clauses)  # (not 'said the talks resume')


def _run_on_verb(verb: Token, clause: Token) -> bool:
    """'The ceasefire reported on Sunday the mediators had brokered [collapsed]': a tensed verb
    joined to the cue with no 'and' nor comma right after its clause is the sentence's own (not
    where the parse hung the 'and' on the clause: 'Hezbollah said it fired rockets and warned')."""
    doc = verb.doc
    return not any(c.dep_ == "cc" for c in verb.children) and any(
        c.dep_ == "conj" and c.tag_ in ("VBD", "VBN", "VBZ", "VBP") and c.left_edge.i == clause.right_edge.i + 1 and
        not doc[c.left_edge.i - 1].is_punct and doc[c.left_edge.i - 1].pos_ != "CCONJ" and
        not any(x.dep_ in SUBJ_DEPS for x in c.children) for c in verb.children)


def misread_report(verb: Token) -> tuple[Token, Token] | None:
    """'The paper reported on Wednesday the ministry had been negligent' parsed with 'reported' a
    participle of 'paper' and both 'paper' and 'ministry' subjects of 'been': the participle is
    the main verb, its noun the subject, and the clause from the second subject on (a bare
    complement, no 'that') what it reports. Returns (subject, clause verb), else None. Not a
    participle set off by a comma, with an object, or with words of its own after the second
    subject begins ('Figures reported on Monday show', one subject: a reduced relative)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0 or verb.doc[verb.i - 1].is_punct:
        return None
    noun, clause = verb.head, verb.head.head
    if noun.dep_ != "nsubj" or noun.pos_ not in ("NOUN", "PROPN") or clause.i <= verb.i or \
            clause.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "obj", "ccomp") for c in verb.children):
        return None
    other = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and verb.i < c.i < clause.i), None)
    if other is None or other.left_edge.i != verb.right_edge.i + 1 or any(t.pos_ == "VERB" for t in other.subtree):
        return None  # ('The losses reported on Monday the company blamed on X were ...': a relative)
    if any(c.dep_ in ("ccomp", "advcl", "xcomp") and c.i > other.i and _subjectless_tensed(c) for c in clause.children):
        return None  # ('The plan announced on Monday the ministry said would cut costs was dropped',
        # 'The attacks reported last week the Houthis carried out hit two tankers', 'The truce reported
        # on Sunday the rebels had signed broke down': a tensed clause
        # with no subject is the sentence's own verb after a relative)
    return noun, clause


def _subjectless_tensed(verb: Token) -> bool:
    """A tensed verb ('hit', 'would cut') with no subject or 'that' of its own."""
    kids = list(verb.children)
    return not any(x.dep_ in (*SUBJ_DEPS, "mark") for x in kids) and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or any(x.dep_ in ("aux", "auxpass") and x.lower_ != "to" for x in kids))


STATED = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def before_main_verb(verb: Token, toks: list[Token], lex: Lexicon) -> list[Token]:
    """'The man who called on his neighbours to stay calm left early', parsed with the noun as
    the root and 'left' a participle inside the request: a sentence needs a main verb, so the
    content of a report in a restrictive relative clause of a root noun ends before the last
    tensed verb in it that is the sentence's (``_main_verb``). Other content as it is ('The man
    who said the talks had collapsed': its subject; 'to keep the doors locked': the participle is
    keep's)."""
    noun, doc = verb.head, verb.doc
    if verb.dep_ != "relcl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or \
            len(toks) < 3 or doc[verb.left_edge.i - 1].is_punct or doc[noun.sent.end - 1].text != ".":
        return toks
    main = next((t for t in reversed(toks[1:]) if _main_verb(t, verb, lex)), None)
    if main is None:
        return toks
    start = min([main.i, *(c.i for c in main.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < main.i)])
    return [t for t in toks if t.i < start]


def _main_verb(t: Token, cue: Token, lex: Lexicon) -> bool:
    """A tensed verb of a relative clause's content that is the sentence's: one with no subject,
    'that' or 'to' of its own and no participle a verb governs; or one the parser hung as a clause
    on a verb inside the content that reports nothing ('urged his troops to hold the line [was
    killed]': 'hold' takes no clause), or a participle right after a verb ('asked whether the talks
    had failed [smiled]')."""
    if t.tag_ not in STATED or t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass"):
        return False
    kids = list(t.children)
    if _indicative_demanded(t, kids, cue, lex):
        return True
    if any(c.dep_ == "mark" or c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    head = t.head
    if head.pos_ == "VERB" and head.i != cue.i and head.i < t.i and lex.lemma(head) not in lex.cues:
        if t.dep_ == "ccomp":
            return True  # ('to hold the line was killed': 'hold' reports no clause)
        if t.tag_ == "VBN" and t.i == head.i + 1 and head.tag_ in ("VBN", "VBD") and \
                not any(c.dep_ in SUBJ_DEPS for c in kids):
            return True  # ('had failed smiled': two verbs in a row)
    elif t.dep_ == "ccomp" and head.dep_ == "xcomp" and head.head.i == cue.i and head.i < t.i and \
            not any(lex.lemma(head) in lex.classes[c] for c in ("speech", "cognition")):
        return True  # ('asked police to find the man ... was thanked': 'find' takes a person, not a
        # clause, where asked to; not 'urged his troops to believe the line was broken')
    return not any(c.dep_ in SUBJ_DEPS for c in kids) and (t.tag_ != "VBN" or head.pos_ not in ("VERB", "AUX"))


#: verbs whose clause is a demand, in the subjunctive ('demanded [that] the minister resign')
DEMANDS = frozenset({"demand", "request", "urge", "recommend", "require", "ask"})


def _indicative_demanded(t: Token, kids: list[Token], cue: Token, lex: Lexicon) -> bool:
    """'The protester who demanded [that] the minister resign was booed': a demand's clause takes
    the bare verb, so a past tense the parser hung as that clause is the sentence's (not a
    question: 'asked whether the minister was booed', 'asked who was booed'; nor a present, which a
    demand also takes: 'The union that demanded the government acts now.')."""
    if t.dep_ != "ccomp" or t.head.i != cue.i or lex.lemma(cue) not in DEMANDS or \
            not any(x.tag_ == "VBD" for x in (t, *(c for c in kids if c.dep_ in ("aux", "auxpass")))):
        return False
    return not any(x.tag_ in ("WP", "WRB", "WDT") or x.lower_ in ("whether", "if")
                   for x in t.doc[cue.i + 1: t.i])


def demanded_run_on(verb: Token, toks: list[Token], lex: Lexicon) -> list[Token]:
    """'The lawyer who requested the hearing be delayed was fined', parsed with 'be delayed' the
    sentence's verb and the object the whole content: a demand's object followed by a bare verb
    is the demanded clause's subject, and the clause runs up to the sentence's own tensed verb
    ('the hearing be delayed'; also between commas: 'The lawyer, who ..., was fined'). Not where
    no tensed verb follows before a comma or another clause ('Those who requested refunds
    receive them', 'get them, officials said')."""
    if verb.dep_ != "relcl" or not toks or lex.lemma(verb) not in DEMANDS:
        return toks
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or toks[-1].i != obj.right_edge.i:
        return toks
    doc, k = verb.doc, obj.right_edge.i + 1
    if k >= verb.sent.end or doc[k].tag_ not in ("VB", "VBP"):
        return toks
    set_off = verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == ","
    for t in doc[k + 1: verb.sent.end]:
        if t.tag_ in ("VBD", "VBZ") or set_off and t.text == "," and t.i + 1 < len(doc) and \
                doc[t.i + 1].tag_ in ("VBD", "VBZ"):
            return toks + list(doc[k: t.i])
        if t.is_punct or t.tag_ in ("WP", "WDT", "WRB", "MD") or t.lower_ == "that":
            break
    return toks


#: verbs that say what a word means ('“Hamas” here refers to ...', 'the term means ...')
DEFINING = frozenset({"refer", "mean", "denote", "designate"})
WORD_NOUNS = frozenset({"term", "word", "name", "phrase", "label", "acronym", "abbreviation", "expression"})
QUOTE_TOKENS = frozenset({"“", "”", '"', "‘", "’", "'", "``", "''", "«", "»"})
OPENING_TOKENS = frozenset({"“", '"', "‘", "'", "``", "«"})


def names_a_word(verb: Token, subj: Token) -> bool:
    """'Note: “Hamas” here refers to the group that ...', 'The term “settler” means ...': a
    definition of a word (an editor's gloss), not a statement by what the word names."""
    if verb.lemma_.lower() not in DEFINING or verb.tag_ not in ("VBZ", "VBP"):
        return False  # (not 'he said, referring to ...')
    if subj.lemma_.lower() in WORD_NOUNS:
        return True
    doc = subj.doc
    return 0 < subj.i < len(doc) - 1 and doc[subj.i - 1].text in OPENING_TOKENS and \
        doc[subj.i + 1].text in QUOTE_TOKENS  # ('“Hamas” here refers to')


def relative_aside(verb: Token, toks: list[Token]) -> list[Token]:
    """'X, which Baku says contains a claim, before ...': the words after the cue up to the comma
    that closes the relative clause set off by commas (not the relative pronoun nor the speaker)."""
    after = [t for t in toks if t.i > verb.i]
    comma = next((k for k, t in enumerate(after) if t.text == ","), None)
    return after[:comma] if comma is not None else after


#: the complements that are a clause_only cue's reported clause ('wrote that ...', not 'wrote a letter')
CLAUSAL = frozenset({"ccomp", "xcomp", "relcl", "acl"})


RETORTS = frozenset({"shoot", "fire", "hit"})


def retort_noun(lex: Lexicon, verb: Token, right: list[Token]) -> bool:
    """'fired back a response saying ...': a retort verb's object that is a noun of saying (not
    'fired back rockets')."""
    return lex.lemma(verb) in RETORTS and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.nouns
                                              for c in right)


def that_clause(child: Token) -> bool:
    """A complement clause opened by 'that' ('backed that the vote go ahead')."""
    return child.dep_ == "ccomp" and any(x.dep_ == "mark" and x.lower_ == "that" for x in child.children)


def mere_act(verb: Token, right: list[Token], lex: Lexicon) -> bool:
    """'the junta has refused to receive envoys', 'voters backed creating a state': an act cue of a
    body whose complement is a deed (a verb that reports nothing, no 'that' clause), not a
    statement; 'refused to concede that ...', 'backed McCain' (a stated position) and a person's
    refusal ('Paul refused to join the debate', a stance as PolNeAR marks it) still report."""
    if lex.lemma(verb) not in lex.acts or any(that_clause(c) for c in right):
        return False
    subj = subject_of(verb)
    if subj is None or not _body(subj, lex):
        return False
    deeds = [c for c in right if c.pos_ in ("VERB", "AUX")]
    return bool(deeds) and not any(lex.lemma(c) in lex.cues for c in deeds)


def _body(subj: Token, lex: Lexicon) -> bool:
    """A subject named as a body, not one person: an actor that is no person over it (the actors
    component's mentions: a named organization or country), else an organization or state by its
    entity label, a plural ('voters'), or an unnamed collective noun ('the junta', 'the ministry':
    ``issuers`` and ``bodies``, for what no mention names or without the actors component); a
    pronoun names nothing ('It has refused to punish schools' stays a statement, as PolNeAR marks
    it)."""
    if subj.pos_ == "PRON":
        return False
    mentions = subj.doc._.mentions
    if mentions:
        from dateline.quotes.speakers import body_over  # (speakers imports extract, and so this)

        types = {a.id: a.type for a in subj.doc._.actors or ()}
        if body_over(mentions, types, subj.idx, subj.idx + len(subj.text)) is not None:
            return True
    return subj.ent_type_ in ("ORG", "GPE", "NORP") or subj.tag_ in ("NNS", "NNPS") or \
        subj.lower_ in lex.issuers or subj.lower_ in lex.bodies


__all__ = ["CLAUSAL", "before_main_verb", "demanded_run_on", "mere_act", "misread_report", "reduced_relative", "relative_aside", "that_clause"]


#: subjects that attack with arms, not words ('Hamas fighters attacked an army post')
ARMED_SUBJECTS = frozenset({
    "fighter", "troop", "force", "soldier", "militant", "gunman", "jet", "warplane", "drone",
    "missile", "rocket", "army", "militia", "insurgent", "settler", "mob", "attacker", "unit",
    "battalion", "brigade", "navy", "aircraft", "helicopter", "tank", "artillery", "sniper"})
#: objects attacked with arms ('attacked a base', 'attacked the convoy')
ARMED_TARGETS = frozenset({
    "post", "base", "outpost", "position", "ship", "vessel", "tanker", "convoy", "town", "village",
    "city", "camp", "checkpoint", "hospital", "school", "building", "home", "house", "area",
    "site", "patrol", "vehicle", "tank", "airport", "port", "facility", "plant", "station",
    "embassy", "consulate", "compound", "bus", "train", "mosque", "church", "synagogue", "border",
    "territory", "neighborhood", "neighbourhood", "shelter", "refinery", "bridge", "road",
    "headquarters", "barracks", "troop", "soldier", "force", "target", "infrastructure"})
#: prepositions that give a verbal attack its charge ('attacked the plan as a surrender')
CHARGE_PREPS = frozenset({"as", "for", "over", "on"})


def armed_attack(verb: Token) -> bool:
    """Whether 'attack' is an armed attack, not a criticism: an armed subject, or a physical target
    (a facility or place: 'attacked an Israeli army post near Rafah', 'Russia attacked Ukraine')
    with no charge ('attacked the plan as a surrender', 'attacked China over trade')."""
    if verb.lemma_.lower() != "attack":
        return False
    subj = subject_of(verb)
    if subj is not None and subj.lemma_.lower() in ARMED_SUBJECTS:
        return True
    if any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPS and not any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in verb.children):
        return False  # (not 'on Monday')
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return False
    return obj.lemma_.lower() in ARMED_TARGETS or obj.ent_type_ in ("FAC", "GPE", "LOC")


#: what bears a load ('Beams supporting the roof gave way', 'Steel cables support the deck')
LOAD_BEARERS = frozenset({
    "beam", "girder", "column", "pillar", "pier", "cable", "strut", "brace", "truss", "joist",
    "rafter", "scaffolding", "scaffold", "buttress", "arch", "pile", "stilt", "wall",
    "foundation", "bracket", "trestle", "pylon", "piling"})
#: verbs of backing a side that are also verbs of bearing a load
BEARING_VERBS = frozenset({"support", "back", "hold"})


def load_bearing(verb: Token, subj: Token) -> bool:
    """Whether 'support' ('back', 'hold') is said of a structure bearing a load, not of a side
    taken ('Beams supporting the roof', 'The columns that support the bridge', 'is supported by
    steel cables'), unlike 'a super PAC supporting Faso', 'Posts supporting the candidate' or 'a
    pillar of the party backing the mayor' (a person named by 'of')."""
    if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head
    return verb.lemma_.lower() in BEARING_VERBS and subj.pos_ == "NOUN" and \
        subj.lemma_.lower() in LOAD_BEARERS and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)
