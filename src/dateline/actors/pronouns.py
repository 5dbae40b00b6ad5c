"""Pronouns: "he"/"his"/"she" to the person a rule can decide on, "it"/"its"/"they" to the
body that is the subject of the clause or of the previous sentence, relative "who"/"which" to
the noun the clause modifies; pronouns inside quotation marks stay unresolved."""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import LOWER
from spacy.tokens import Token

from dateline.actors.institution_nouns import NOUNS as INSTITUTION_NOUNS
from dateline.actors.state import ArticleState, Found, tokens_where
from dateline.nlp.clauses import to_infinitive

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "they", "their", "them"})
RELATIVE = frozenset({"which", "who"})


def resolve_pronouns(state: ArticleState) -> None:
    """he/his/she/her -> a person: the subject of the main clause a fronted clause leads into,
    else the person subject earlier in the sentence, else the person of the nearest earlier sentence
    (its subject when it has several). Pronouns inside quotation marks stay unresolved."""
    doc = state.doc
    if not doc.has_annotation("DEP"):
        return
    for tok in tokens_where(doc, LOWER, RELATIVE | NEUTER | MALE | FEMALE):  # the only words read
        low = tok.lower_
        if low in RELATIVE:
            actor = _relative(state, tok)
            if actor is not None:
                state.add(tok.i, tok.i + 1, actor, "relative")
            continue
        if low in NEUTER and not _in_quote(state.text, tok):
            actor = _clause_subject(state, tok)
            if actor is None and low in ("it", "its"):
                actor = _previous_subject(state, tok)
            if actor is not None:
                state.add(tok.i, tok.i + 1, actor, "pronoun")
            continue
        if low not in MALE and low not in FEMALE or _in_quote(state.text, tok):
            continue
        gender = "m" if low in MALE else "f"
        actor = _told_person(state, tok, gender) or _cataphora(state, tok, gender) or _antecedent(state, tok, gender)
        if actor is not None:
            state.add(tok.i, tok.i + 1, actor, "pronoun")


def _told_person(state: ArticleState, tok: Token, gender: str) -> str | None:
    """'Biden told Netanyahu he should not invade Rafah': the person addressed, whom the reported
    obligation binds (``obligee``), of the pronoun's gender or none known; None where none is bound."""
    told = obligee(tok.head.head, tok.head, lambda t: _outlet_of(state, t)) if _bound(tok) else None
    f = state.covered(told.i) if told is not None else None
    info = state.actors.get(f.actor) if f is not None and f.kind != "pronoun" else None
    return info.id if info is not None and info.type == "person" \
        and _gender(state, info.id, info.gender, tok.i) in (None, gender) else None


def _relative(state: ArticleState, tok: Token) -> str | None:
    """'Egypt, which said ...', 'Antony Blinken, who said ...': the relative pronoun subject of a
    relative clause is the noun the clause modifies, when that noun is an actor's mention ("who" a
    person, "which" not)."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" or verb.head.i >= tok.i:
        return None
    f = _widest_over(state, verb.head.i)
    info = state.actors.get(f.actor) if f is not None else None
    if info is None or (info.type == "person") != (tok.lower_ == "who"):
        return None
    return info.id


def _widest_over(state: ArticleState, i: int) -> Found | None:
    hits = [f for f in state.found if f.start <= i < f.end and f.kind not in ("pronoun", "relative")]
    return max(hits, key=lambda f: f.end - f.start) if hits else None


#: verbs of "it is unclear whether", "it remains to be seen": "it" refers to nothing
EXPLETIVE_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "take", "look", "happen", "rain"})


def _previous_subject(state: ArticleState, tok: Token) -> str | None:
    """'Hamas rejected the plan. It said ...': an "it"/"its" that opens its sentence's first clause
    (no actor named before it in the sentence) is the organization or country that is the only
    subject of the previous sentence's main clause. Not "it" of "it is unclear"."""
    doc, sent = state.doc, tok.sent
    if sent.start == 0 or any(state.covered(i) or doc[i].dep_ in ("nsubj", "nsubjpass")
                              for i in range(sent.start, tok.i)):
        return None  # "The network said it ...": its own clause has a subject
    if tok.lower_ == "it" and (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() in EXPLETIVE_VERBS):
        return None
    root = doc[sent.start - 1].sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return None
    f = _widest_over(state, subjects[0].i)
    info = state.actors.get(f.actor) if f is not None else None
    if info is None or info.type == "person" or info.type == "group" and not _one_of(subjects[0]):
        return None
    return info.id


def _clause_subject(state: ArticleState, tok: Token) -> str | None:
    """'Hamas said it would ...', 'Israel said its forces ...': it/its/they/their in a clause
    under the verb whose subject is a country, organization or group; in a non-finite clause
    under a verb with an object, the object ("Hamas accused Israel of expanding its offensive",
    "urged Hamas to accept its terms"). An "it" that says something in a relative clause
    ("wanted Armenia to change its constitution, which it says ...") is the subject of the finite
    clause above, not the subject or object of the infinitive its noun belongs to."""
    told = obligee(tok.head.head, tok.head, lambda t: _outlet_of(state, t)) if _bound(tok) else None
    if told is not None:  # "Qatar told Hamas it should accept": Hamas (the addressee)
        f = state.covered(told.i)
        info = state.actors.get(f.actor) if f is not None and f.kind != "pronoun" else None
        if info is None or info.type == "person":
            return None  # "Blinken told Netanyahu it should": not Blinken's side either
        agrees = info.type in ("group", "organization") if tok.lower_ == "they" else info.type != "group"
        return info.id if agrees else None
    relative = False
    relative_it = tok.lower_ == "it" and tok.head.dep_ == "relcl"
    for verb in tok.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                    and not (relative_it and c.tag_ in ("WDT", "WP"))]  # ('which it says': not 'which')
        reason = _reason_object(verb, tok)
        if reason is not None:  # "Britain criticized Russia for its attacks": Russia's
            subjects = [reason]
        if relative and verb.tag_ == "VB" and to_infinitive(verb):
            continue  # "wanted Armenia to change its constitution, which it says": not Armenia
        relative = relative or relative_it and tok.head.i == verb.i
        if tok.tag_ == "PRP$" and _attacked_own(tok, verb):
            continue  # "the army said M23 attacked its positions": the army's, not M23's
        if tok.tag_ == "PRP$" and _lent(tok, verb):
            continue  # "Jordan allowed US jets to use its airspace": Jordan's, not the jets'
        if not subjects and tok.tag_ == "PRP$" and (asker := _requester(tok, verb)) is not None:
            subjects = [asker]  # "Russia asked Turkey to let its ships pass": Russia's ships
        ctrl = _controller(state, verb) if not subjects and tok.tag_ == "PRP$" and not _answered(tok) else None
        if ctrl is not None:  # "giving Israel cover to press on with its offensive": Israel's
            subjects = [ctrl]
        if not subjects and verb.dep_ in ("xcomp", "pcomp") and verb.tag_ in ("VBG", "VB"):
            governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
            if governor.lemma_.lower() not in SUBJECT_CONTROL:  # "Iran promised Qatar to respect its": Iran's
                subjects = [c for c in governor.children if c.dep_ == "dobj" and c.i < verb.i]
        if not subjects:
            continue
        if any(c.dep_ == "conj" for c in subjects[0].children):
            return None  # "Israel and Hamas said they ...": more than one
        f = state.covered(subjects[0].i)
        info = state.actors.get(f.actor) if f is not None and f.kind != "pronoun" else None
        if info is None or info.type == "person":
            return None
        plural = tok.lower_ in ("they", "their", "them")
        agrees = info.type in ("group", "organization") if plural else info.type != "group" or _one_of(subjects[0])
        return info.id if agrees else None
    return None


def _one_of(noun: Token) -> bool:
    """'A hospital in Rafah said it ...': a singular institution noun standing for its place's group
    (``institution_nouns``) is taken up as "it"."""
    return noun.lower_ in INSTITUTION_NOUNS


#: attack verbs and the positions they hit: attackers do not attack their own ("attacked its positions")
ATTACK_VERBS = frozenset({"attack", "shell", "strike", "hit", "bomb", "raid", "storm", "target", "overrun", "assault"})
POSITION_NOUNS = frozenset({"position", "base", "post", "outpost", "barracks", "positions", "bases", "posts",
                            "outposts", "checkpoint", "checkpoints"})


def _attacked_own(tok: Token, verb: Token) -> bool:
    """The possessive of the positions an attack verb hits ("M23 attacked its positions"): not
    the attack's subject, so the subject of a clause above (the reporting one) or no one."""
    noun = tok.head
    return tok.dep_ == "poss" and noun.head.i == verb.i and noun.dep_ == "dobj" \
        and noun.lower_ in POSITION_NOUNS and verb.lemma_.lower() in ATTACK_VERBS


#: verbs whose addressee a reported obligation binds: "told / warned Hezbollah it should not attack"
ADDRESSING = frozenset({"tell", "warn", "urge", "advise", "remind", "caution", "inform", "instruct"})
BINDING = frozenset({"should", "must", "ought"})
#: subjects a reported obligation binds to its addressee ("told Netanyahu he should not invade")
BOUND = frozenset({"it", "they", "he", "she"})
#: addressees who hear a statement rather than take on its obligation ("told Reuters it should not ...")
PRESS = frozenset({"reporter", "journalist", "press", "medium", "media", "correspondent", "audience", "viewer",
                   "listener", "reader", "interviewer", "newspaper", "broadcaster", "channel", "agency"})


def _bound(tok: Token) -> bool:
    """Whether ``tok`` is the "it"/"they" subject of a should/must/ought clause reported by an
    addressing verb ("told Hezbollah it should ..."): cheap word tests before ``obligee``."""
    clause = tok.head
    return tok.dep_ == "nsubj" and tok.lower_ in BOUND and clause.dep_ == "ccomp" \
        and clause.head.lemma_.lower() in ADDRESSING and any(
            c.dep_ == "aux" and c.lower_ in BINDING for c in clause.children)


def _outlet(tok: Token) -> bool:
    mentions = getattr(tok.doc._, "mentions", None) or ()
    return any(m.start <= tok.idx < m.end and str(m.actor or "").startswith("med:") for m in mentions)


def _outlet_of(state: ArticleState, tok: Token) -> bool:
    f = state.covered(tok.i)
    info = state.actors.get(f.actor) if f is not None else None
    return info is not None and (info.type == "media" or info.id.startswith("med:"))


def obligee(verb: Token, clause: Token, outlet: Callable[[Token], bool] = _outlet) -> Token | None:
    """The addressee an "it/they/he/she should (not)" clause reported by ``verb`` binds: "told
    Hezbollah it should not attack Israel" -> Hezbollah, "told Netanyahu he should not" -> Netanyahu. None for the press ("told Reuters it should not be
    blamed"), a plural addressee of "it" ("told reporters it should not ..."), or a passive or copular
    clause ("told its allies it should not be pressured"), whose "it" is the speaker's side.
    ``outlet(token)``: whether a news outlet's mention covers the token (default: ``doc._.mentions``).
    Events reads it too: the act of "it" and the party a request asks."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.dep_ != "nsubj" or subj.lower_ not in BOUND or clause.lemma_.lower() == "be" \
            or any(c.dep_ == "auxpass" for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj") and c.i < clause.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.lemma_.lower() in PRESS or (subj.lower_ == "it" and obj.tag_ == "NNS") \
            or (subj.lower_ in ("he", "she") and obj.tag_ != "NNP"):
        return None  # "he/she": a named person only ("told his aides he should" keeps the teller)
    return None if outlet(obj) else obj


#: verbs whose object does what their infinitive says ("urged Iran to halt its enrichment", "gave
#: Israel cover to press on with its offensive"); events' agents read the same list
OBJECT_CONTROL = frozenset({"give", "allow", "let", "help", "enable", "urge", "permit", "encourage", "ask",
                            "tell", "order", "force", "compel", "authorize", "authorise", "invite", "persuade",
                            "pressure", "push", "empower", "embolden", "license"})

#: verbs with an object whose subject still does what their infinitive says ("promised Qatar to")
SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "swear"})


def _controller(state: ArticleState, verb: Token) -> Token | None:
    """The object of an object-control verb above the to-infinitive ``verb``: "helped Ukraine to
    strengthen" -> Ukraine; where the parser misread the object ("giving Israel cover to", "Israel"
    a subject or compound of "cover"), the first actor's word between the two verbs."""
    above = verb.head
    if above.i >= verb.i or above.lemma_.lower() not in OBJECT_CONTROL or verb.tag_ != "VB" \
            or verb.dep_ not in ("xcomp", "advcl", "ccomp") or not to_infinitive(verb):
        return None
    objs = [c for c in above.children if c.dep_ in ("dobj", "dative", "iobj") and state.covered(c.i)]
    if objs:
        return objs[0]
    return next((t for t in state.doc[above.i + 1:verb.i] if t.pos_ == "PROPN" and state.covered(t.i)), None)


#: verbs of an answer: what one answers is the other side's ("gave Hamas a week to respond to its proposal")
ANSWER_VERBS = frozenset({"respond", "reply", "react"})


def _answered(tok: Token) -> bool:
    """The possessive ``tok`` in the object of "respond to" or "reply to": the other side's."""
    prep = tok.head.head
    return prep.lower_ == "to" and prep.dep_ == "prep" and prep.head.lemma_.lower() in ANSWER_VERBS


#: a permission to use a place: the one who permits owns it ("allowed US jets to use its airspace")
PERMIT_VERBS = frozenset({"allow", "let", "permit", "authorize", "authorise"})
USE_VERBS = frozenset({"use", "cross", "enter", "transit", "overfly"})
LENT_NOUNS = frozenset({"airspace", "territory", "soil", "water", "waters", "port", "base", "bases", "airbase",
                        "airfield", "land", "road", "corridor", "facility", "border", "crossing"})


def _lent(tok: Token, verb: Token) -> bool:
    """The possessive ``tok`` of a place that the infinitive ``verb`` under a verb of permission
    uses ("allowed the United States to use its bases"): the permitter's, not the object's."""
    return verb.lemma_.lower() in USE_VERBS and (tok.head.lemma_.lower() in LENT_NOUNS or tok.head.lower_ in LENT_NOUNS) \
        and verb.head.lemma_.lower() in PERMIT_VERBS and verb.head.i < verb.i


#: verbs of a request to someone to do something ("asked Turkey to let", "urged Israel to allow")
REQUEST_VERBS = frozenset({"ask", "urge", "press", "pressure", "push", "persuade", "tell", "order", "force", "compel"})
#: what one sends abroad and asks another to let through ("let its ships pass", "allow its
#: trucks to enter"); not a body the permitter has at home ("let its army deploy", "let its
#: parliament vote": the permitter's own, left to the object control rule)
SENT_NOUNS = frozenset({"ship", "vessel", "warship", "tanker", "boat", "truck", "lorry", "convoy", "aid", "plane",
                        "aircraft", "jet", "flight", "staff", "worker", "diplomat", "national", "citizen",
                        "journalist", "inspector", "personnel", "envoy", "delegation", "fisherman", "cargo"})
#: what the sent go to do there: move across ("let its ships pass", "allow its citizens to leave");
#: not a liberty at home ("urged Egypt to let its journalists work", "allow its citizens to protest":
#: the permitter's own)
MOTION_VERBS = frozenset({"pass", "enter", "leave", "cross", "exit", "return", "travel", "sail", "transit", "visit",
                          "reach", "go", "come", "dock", "land", "fly", "depart", "evacuate", "arrive", "access",
                          "use", "move", "continue", "proceed"})


def _requester(tok: Token, verb: Token) -> Token | None:
    """The subject of a request whose object is asked to permit what the possessive ``tok``
    owns ("Russia asked Turkey to let its ships pass", "Egypt urged Israel to allow its trucks
    to enter"): the one who asks for a permission asks it for what it sends (``SENT_NOUNS``) to
    move across (``MOTION_VERBS``); ``verb`` the verb of permission, ``tok`` inside the subject
    of its clause. Else None."""
    if verb.lemma_.lower() not in PERMIT_VERBS or verb.dep_ != "xcomp" or tok.head.dep_ != "nsubj" \
            or tok.head.lemma_.lower() not in SENT_NOUNS \
            or tok.head.head.head.i != verb.i or tok.head.head.dep_ not in ("ccomp", "xcomp") \
            or tok.head.head.lemma_.lower() not in MOTION_VERBS:
        return None
    above = verb.head
    if above.lemma_.lower() not in REQUEST_VERBS or not any(c.dep_ == "dobj" for c in above.children):
        return None
    return next((c for c in above.children if c.dep_ == "nsubj"), None)


def _reason_object(verb: Token, tok: Token) -> Token | None:
    """The object of ``verb`` when the possessive ``tok`` sits in a "for"/"over" phrase after it
    ("criticized Russia for its attacks", "sanctioned Iran over its nuclear programme")."""
    if tok.lower_ not in ("its", "their"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
             and c.i < tok.i and tok.i <= c.right_edge.i]
    return objects[0] if objects and preps and objects[0].i < preps[0].i else None


def _persons(state: ArticleState, start: int, end: int, gender: str) -> list[Found]:
    """The mentions of people in tokens [start, end) of no other gender than ``gender`` (recorded, or
    given by the text before ``end``: ``stated_gender``)."""
    out = []
    for f in state.found:
        info = state.actors.get(f.actor)
        if start <= f.start and f.end <= end and info is not None and info.type == "person" \
                and f.kind != "pronoun" and _gender(state, info.id, info.gender, end) in (None, gender):
            out.append(f)
    return out


def _gender(state: ArticleState, actor: str, recorded: str | None, before: int) -> str | None:
    """An actor's recorded gender, else the one its mentions before token ``before`` give."""
    if recorded is not None:
        return recorded
    doc = state.doc
    return stated_gender(state.text, [(doc[f.start].idx, doc[f.start:f.end].text) for f in state.found
                                      if f.actor == actor and f.start < before])


PRONOUN_GENDER = {**dict.fromkeys(MALE, "m"), **dict.fromkeys(FEMALE, "f")}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}


def stated_gender(text: str, mentions: list[tuple[int, str]]) -> str | None:
    """The gender ``text`` gives an actor by its mentions ((character offset, text), in order): a
    he/she already read as the actor, an honorific on or before a name ("Mr. Haines", "Ms. Ruiz"),
    a gendered noun ("the spokeswoman"); None where none does. (``quotes.speakers._gender_of`` checks
    the same on its own and can call this.)"""
    for start, said in mentions:
        words = said.split()
        if not words:
            continue
        gender = PRONOUN_GENDER.get(said.lower()) if len(words) == 1 else None
        prev = text[max(0, start - 5):start].split()
        gender = gender or HONORIFIC_GENDER.get(words[0].lower()) or (
            HONORIFIC_GENDER.get(prev[-1].lower()) if prev else None)
        gender = gender or next((g for w in words if w.islower() for g in (_noun_gender(w),) if g), None)
        if gender is not None:
            return gender
    return None


def _is_subject(state: ArticleState, f: Found) -> bool:
    """A mention that is (or is conjoined with) the subject of a clause."""
    return any(t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass"))
               for t in state.doc[f.start:f.end])


def _cataphora(state: ArticleState, tok: Token, gender: str) -> str | None:
    """'Making his ninth trip ..., Blinken is set to ...': a pronoun in a fronted participle
    clause refers to the person who opens the main clause after the comma."""
    doc, sent = state.doc, tok.sent
    first = doc[sent.start]
    second = doc[sent.start + 1] if sent.start + 1 < sent.end else None
    fronted = first.tag_ in ("VBG", "VBN") or (
        first.pos_ in ("ADP", "SCONJ") and second is not None and second.tag_ == "VBG")
    if not fronted:
        return None
    comma = next((t.i for t in doc[tok.i:sent.end] if t.text == ","), None)
    if comma is None:
        return None
    for f in _persons(state, comma + 1, sent.end, gender):
        if f.start == comma + 1 and f.end < sent.end and doc[f.end].pos_ in ("VERB", "AUX"):
            return f.actor
    return None


def _unquoted(state: ArticleState, found: list[Found]) -> list[Found]:
    """Mentions outside quotation marks: a person named inside a quote is the speaker's topic,
    not the antecedent of a pronoun in the narrative ('"Russia's top diplomat came with nothing,"
    he told reporters': "he" is the speaker named before)."""
    return [f for f in found if not _in_quote(state.text, state.doc[f.start])]


#: object pronouns: never the subject of their own clause ("Biden called Netanyahu to congratulate him")
OBJECTS = frozenset({"him", "her"})


def _clause_subjects(tok: Token) -> set[int]:
    """Tokens of the subjects of the clause a pronoun is an object in ("called him", "spoke with
    him"), following clauses without a subject of their own ("to congratulate him") up to the verb
    that has one; a relative "who" subject stands for the noun its clause modifies ("Blinken, who
    called him")."""
    if tok.tag_ == "PRP$":
        return set()
    verb = tok.head.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and verb.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "dobj" for c in verb.children):
            return set()  # "kept the boy with him": a place beside an object may be the subject's own
        tok = tok.head  # "spoke with him", "be returned to him": the object of the verb's preposition
    elif tok.dep_ not in ("dobj", "dative", "iobj"):
        return set()
    for verb in tok.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            owners = {t.i for c in subjects for p in c.children if p.dep_ == "poss" for t in p.subtree}
            out = {t.i for c in subjects for t in c.subtree} - owners  # "Elian's relatives cared for him"
            if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in subjects):
                out |= {verb.head.i}  # "Blinken, who called him": "who" is Blinken
            return out
        if verb.dep_ not in ("xcomp", "advcl", "conj", "ccomp"):
            return set()
    return set()


def _antecedent(state: ArticleState, tok: Token, gender: str) -> str | None:
    """The person a he/she outside quotation marks refers to (see ``resolve_pronouns``)."""
    doc = state.doc
    sent = tok.sent
    here = _unquoted(state, _persons(state, sent.start, tok.i, gender))
    if tok.lower_ in OBJECTS:
        bound = _clause_subjects(tok)
        here = [f for f in here if not any(f.start <= i < f.end for i in bound)]
    subjects = [f for f in here if _is_subject(state, f)]
    if subjects:
        return subjects[-1].actor
    if len({f.actor for f in here}) == 1:
        return here[0].actor
    if here or _unknown_subject(state, tok):
        return None
    prev = sent.start - 1
    for _ in range(3):
        if prev < 0:
            return None
        psent = doc[prev].sent
        if _unnamed_subject(state, psent.root, gender):
            return None  # "Pashinyan's spokeswoman said ... She said": the woman never named
        found = _unquoted(state, _persons(state, psent.start, psent.end, gender))
        actors = {f.actor for f in found}
        if len(actors) == 1:
            return found[0].actor
        subject_ids = {f.actor for f in found if _is_subject(state, f)}
        if len(subject_ids) == 1:
            return subject_ids.pop()
        if actors:
            return None
        prev = psent.start - 1
    return None


def _unknown_subject(state: ArticleState, tok: Token) -> bool:
    """'Groth, whose home flooded in 1997, said she ...': a proper name no mention covers is the
    subject of a verb the pronoun's clause hangs from, the person it most likely refers to, whom
    the article's actors do not hold; no one earlier."""
    return any(c.dep_ == "nsubj" and c.i < tok.i and c.pos_ == "PROPN" and c.is_title
               and c.ent_type_ in ("", "PERSON") and state.covered(c.i) is None
               for verb in tok.ancestors for c in verb.children)


def _noun_gender(word: str) -> str | None:
    """'spokeswoman' -> 'f', 'chairman' -> 'm', 'official' -> None (either)."""
    if word.endswith(("woman", "women")):
        return "f"
    return "m" if word.endswith(("man", "men")) else None


def _unnamed_subject(state: ArticleState, root: Token, gender: str) -> bool:
    """Whether the previous sentence's subject is a person nobody named (``unnamed_subject``)."""
    def named(tok: Token) -> bool:
        f = state.covered(tok.i)
        info = state.actors.get(f.actor) if f is not None else None
        return info is not None and info.type == "person"
    return unnamed_subject(root, gender, named) is not None


#: nouns of a person a he/she of the next sentence may stand for when nobody is named for them
#: ('-man'/'-woman' nouns are matched by form); shared by actors (pronouns) and quotes (speakers)
PERSON_NOUNS = frozenset({
    "official", "diplomat", "spokesperson", "minister", "negotiator", "mediator", "source", "aide",
    "adviser", "advisor", "envoy", "commander", "officer", "analyst", "witness", "resident", "doctor",
    "teacher", "lawmaker", "legislator", "leader", "activist", "captive", "child", "citizen",
    "civilian", "demonstrator", "detainee", "fighter", "hostage", "insurgent", "journalist", "medic",
    "militant", "patient", "prisoner", "protester", "protestor", "rebel", "refugee", "reporter",
    "settler", "sniper", "soldier", "student", "supporter", "villager", "voter", "worker",
    "ambassador", "chancellor", "chief", "director", "director-general", "general", "head", "king",
    "queen", "prince", "emir", "amir", "premier", "president", "vice-president", "secretary",
    "secretary-general", "speaker", "boss"})


def unnamed_subject(root: Token, gender: str, named: Callable[[Token], bool]) -> Token | None:
    """The subject of ``root`` when it is a person noun nobody named ('a spokeswoman', 'an
    official') that a he/she (``gender`` 'm' or 'f') of the next sentence may stand for; None
    when the noun says the other gender or a person is named over it or in apposition beside it
    ('A spokesman for the military, Daniel Hagari, said'). ``named(token)``: whether a person's
    mention covers the token."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    word = subj.lower_
    if word not in PERSON_NOUNS and not word.endswith(("man", "woman")):
        return None
    if _noun_gender(word) not in (None, gender) or named(subj):
        return None
    beside = (t for a in subj.subtree if a.dep_ == "appos" for t in a.subtree)
    return None if any(named(t) for t in beside) else subj


def _in_quote(text: str, tok: Token) -> bool:
    """Whether a token sits between quotation marks of its paragraph."""
    para_start = text.rfind("\n", 0, tok.idx) + 1
    before = text[para_start:tok.idx]
    opened = before.count("\u201c") - before.count("\u201d")
    return opened > 0 or before.count('"') % 2 == 1
