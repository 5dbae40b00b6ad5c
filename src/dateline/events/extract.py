"""Events from a parsed Doc: triggers from the lexicon, arguments from the dependency parse.

``extract(doc)`` returns ``Found`` items (the ``Event`` record plus the texts of its sources
and targets, which scorers match when no actor dictionary resolves them); ``extract_events``
returns the records alone, ordered by sentence, main clause first, then position.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.events.agents import (
    controlled_owner,
    controller,
    drawn,
    generic_agent,
    led_by,
    relative_antecedent,
)
from dateline.events.arguments import ActorIndex, Arg, resolve
from dateline.events.attributes import (
    aimed_place,
    chain,
    culprit_clause,
    effective_head,
    evidence,
    object_place,
    place_name,
    place_of,
    status,
)
from dateline.events.dating import (
    TOLD,
    after,
    ahead,
    attendant,
    cumulative,
    dates,
    inherit_dates,
    time_clause,
    told_dates,
)
from dateline.events.filters import (
    aspect,
    aspect_of,
    background,
    ceased,
    natural,
    plan_terms,
    suppressed,
    toll,
)
from dateline.events.finding import find_triggers
from dateline.events.lexicon import Lexicon, load_lexicon
from dateline.events.modality import adopter, lent_by
from dateline.events.readings import CEASE, JUDGES, foiled, stopped_act
from dateline.events.refusals import refusal, supposed
from dateline.events.sites import airspace, destination
from dateline.events.targets import actors, authors, dedupe, listed_actors, preps, verb_targets
from dateline.events.triggers import Trigger
from dateline.model import Event, event_id
from dateline.nlp.memo import text_of
from dateline.time.calendar import parse_dct

_VERBAL = frozenset({"verb", "light", "intent", "speech", "commit", "criticized", "under"})
_MAIN_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "acomp"})
_SUBJ = ("nsubj", "csubj", "expl")
_PLACE_TARGET = frozenset({"COERCE", "ASSAULT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "AID", "CONCEDE"})


@dataclass(frozen=True)
class Found:
    """An event with the texts that name its sources and targets."""

    event: Event
    source_texts: tuple[tuple[str, ...], ...]
    target_texts: tuple[tuple[str, ...], ...]
    rank: tuple[int, int, int]


def article_key(doc: Doc) -> str:
    """The article id events are keyed on: the article's id when known, else a hash of the text."""
    article = getattr(doc._, "article", None)
    if article is not None:
        from dateline.nlp.records import identify

        return identify(article)
    return hashlib.sha256(text_of(doc).encode("utf-8")).hexdigest()[:16]


def _subject(token: Token, index: ActorIndex, lex: Lexicon, depth: int = 0) -> tuple[list[Arg], bool]:
    """Sources of a verbal trigger, and whether the trigger is passive. Above the trigger
    (depth > 0) a passive raising verb lends its subject ("Blinken is set to ... making a trip")."""
    kids = list(token.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
    for agent in (c for c in kids if c.dep_ == "agent"):
        for pobj in (c for c in agent.children if c.dep_ in ("pobj", "pcomp")):  # "killed by Russian shelling"
            return resolve(pobj, index, lex) or authors(pobj, index, lex), True
    if passive and token.lemma_.lower() in _STATE_PASSIVES:  # "Serb forces were engaged in ethnic cleansing"
        for subj in (c for c in kids if c.dep_ == "nsubjpass"):
            return resolve(subj, index, lex), False
    if passive and depth == 0:  # "X was accused of ..., by Y": a "by" the parser hung lower, after a comma
        for agent in (t for t in token.subtree if t.dep_ in ("agent", "prep") and t.lower_ == "by"
                      and t.head.i != token.i and t.doc[t.i - 1].text == ","):
            found = [a for p in agent.children if p.dep_ == "pobj" for a in resolve(p, index, lex)]
            if found:
                return found, True
    if passive:
        if depth > 0:
            for subj in (c for c in kids if c.dep_ == "nsubjpass"):
                return resolve(subj, index, lex), False
        return [], True
    subjects = [c for c in kids if c.dep_ in _SUBJ]
    if len(subjects) > 1 and all(c.i < token.i for c in subjects) and not any(
            c.dep_ == "cc" for c in subjects[0].children):  # "Sudan's paramilitary | Rapid Support Forces
        near = resolve(subjects[-1], index, lex)  # attacked": one subject split; the head is by the verb
        far = {a.actor for a in resolve(subjects[0], index, lex)}
        if any(a.actor for a in near) and not {a.actor for a in near} <= far:
            return near + _companions(token, subjects[-1], index, lex), False
    for subj in subjects:
        if subj.pos_ == "PRON" and not index.covering(subj) and subj.lower_ in _ANAPHORS:
            speaker = _speaker_of(token, lex)
            if speaker is not None:  # "Japan said it had halted aid": "it" is Japan
                return resolve(speaker, index, lex), False
        if subj.tag_ in ("WP", "WDT") and token.dep_ == "relcl":  # "the president, who visited Kyiv"
            return resolve(token.head, index, lex), False
        found = _held_by(subj, index, lex) + _companions(token, subj, index, lex)
        return (_lent_by_antecedent(token, index, lex) if generic_agent(subj, found) else None) or found, False
    misread = _subject_as_object(token)
    if misread is not None:  # "a day after Azerbaijan launched an offensive": "Azerbaijan" hung on "after"
        return resolve(misread, index, lex), False
    head, dep = effective_head(token)
    if dep == "advcl" and token.tag_ == "VBG" and time_clause(head):
        head = head.head  # "pounded the suburbs, hours before the truce began, killing 10": the pounding's
    if depth < 4 and head.i != token.i:
        if dep in ("xcomp", "acomp", "conj", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
            if dep == "ccomp" and not token.tag_.startswith("VB"):
                return [], False
            ctrl = controller(token, index, lex)
            if ctrl is not None:  # "helped Ukraine to strike": Ukraine strikes
                return resolve(ctrl, index, lex), False
            if dep == "xcomp":  # raising/control: subject of "set", "expected", "plans"
                raised = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if raised:
                    return resolve(raised[0], index, lex), False
            return _subject(head, index, lex, depth + 1)[0], False
        if dep == "pcomp" and head.dep_ == "prep":  # "guilty of violating", "resorted to throwing stones"
            above = head.head
            if above.pos_ == "ADJ" and above.dep_ in ("acomp", "amod") or above.pos_ == "VERB" and not any(
                    c.dep_ in ("dobj", "nsubjpass") for c in above.children):
                return _subject(above.head if above.pos_ == "ADJ" and above.dep_ == "acomp" else above,
                                index, lex, depth + 1)[0], False
            if head.lower_ == "in" and above.lemma_.lower() == "join":  # "its warship joined U.S. vessels in
                partners = [a for c in above.children if c.dep_ == "dobj" for a in resolve(c, index, lex)]
                return _subject(above, index, lex, depth + 1)[0] + partners, False  # repelling": both repel
        active = token.tag_ != "VBN" or any(c.dep_ == "dobj" for c in kids)
        if dep in ("relcl", "acl") and active:  # "airstrikes killed 30" misread as a participle
            return _held_by(head, index, lex), False
    return [], False


def _lent_by_antecedent(verb: Token, index: ActorIndex, lex: Lexicon) -> list[Arg] | None:
    """The doer of the event noun a relative clause hangs on ("the Hamas-led attack, in which militants
    killed ...": Hamas), for a subject that names no side."""
    ante = relative_antecedent(verb, lex)
    sense = lex.nouns.get(ante.lemma_.lower()) if ante is not None else None
    if ante is None or sense is None or sense[0].startswith("_"):
        return None
    return _noun_args(Trigger(ante, sense[0], sense[1], "noun", [ante]), index, lex)[0] or None


_CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till"})


def _held_by(noun: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The actors of a subject noun; an adopted motion speaks first for the body that adopted it
    ("The Security Council adopted a resolution demanding ...": the Council demands)."""
    own = resolve(noun, index, lex)
    body = adopter(noun)
    return own if body is None else resolve(body, index, lex) + own


def _subject_as_object(verb: Token) -> Token | None:
    """The noun right before a finite verb that the parser made the object of a clause-opening
    preposition ("after Azerbaijan launched", "since Russia invaded"): the verb's subject."""
    if not verb.tag_.startswith("VB") or verb.tag_ in ("VB", "VBG", "VBN") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ == "pobj" and prev.head.lower_ in _CLAUSE_PREPS and prev.pos_ in ("PROPN", "NOUN") and (
            prev.head.i < prev.i):
        return prev
    return None


_ANAPHORS = frozenset({"it", "they", "he", "she", "we"})
#: passives that describe what the subject does ("were engaged in", "are involved in")
_STATE_PASSIVES = frozenset({"engage", "involve"})


def _companions(verb: Token, subj: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Who acts beside the subject: "France, along with Germany, condemned", "Egypt together with
    Qatar mediated", "Britain as well as France rejected" (a second subject)."""
    linked = any(c.dep_ == "cc" for c in subj.children)  # "as well as"; not two subjects of a misparse
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i and linked]
    for holder in (verb, subj):
        for prep in (c for c in holder.children if c.dep_ in ("prep", "advmod")):
            if prep.lower_ in ("along", "together"):
                heads += [p for w in prep.children if w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
            elif prep.lower_ == "with" and any(m.lower_ in ("along", "together") for m in prep.children):
                heads += [p for p in prep.children if p.dep_ == "pobj"]
    return [a for h in heads for a in resolve(h, index, lex)]


def _speaker_of(token: Token, lex: Lexicon) -> Token | None:
    """The subject of the speech verb whose reported clause ``token`` heads."""
    head, dep = effective_head(token)
    if dep == "ccomp" and head.lemma_.lower() in lex.speech_verbs:
        for subj in (c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"):
            return subj
    return None


def _noun_args(trig: Trigger, index: ActorIndex, lex: Lexicon) -> tuple[list[Arg], list[Arg]]:
    """Sources and targets of an event noun: "X's attack on Y", "killings of Y", "talks with Y"."""
    n = trig.token
    src_heads = [c for c in n.children if c.dep_ == "poss"]
    src_heads += [c for c in n.children if c.dep_ in ("compound", "amod", "nmod")
                  and (index.covering(c) or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
                  and not (c.i + 1 < len(n.doc) and n.doc[c.i + 1].text == "-")]
    pulled = trig.type == "RETREAT" and trig.mode == "withdraw"  # "the withdrawal of X from Y": X leaves Y
    src_heads += preps(n, {"by"} if pulled else {"by", "from"}) + _stray_possessor(n)
    for acl in (c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"):  # "the march staged by students"
        src_heads += [p for ag in acl.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"]
    for obj in preps(n, {"of"}):  # "the killing of X by Y": "by" often hangs on X
        src_heads += preps(obj, {"by"})
    tgt_prep = {"on", "against", "with", "to", "at", "toward", "towards", "into"}
    if pulled:
        src_heads += preps(n, {"of"})
        tgt_prep.add("from")
    elif trig.type in ("ASSAULT", "COERCE", "SANCTION", "ACCUSE", "RETREAT", "PROTEST"):
        tgt_prep.add("of")
    else:
        src_heads += preps(n, {"of"})
    if trig.type == "CONSULT":
        src_heads += preps(n, {"between", "among"})
    head, dep = effective_head(n)
    if dep == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        blamed = [c for c in head.head.children if c.dep_ == "dobj"]  # "criticized Russia for its attacks": Russia's
        if blamed:
            src_heads = [blamed[0] if h.dep_ == "poss" and h.pos_ == "PRON" else h for h in src_heads]
    owner = controlled_owner(n, index, lex)  # "giving Israel cover to press on with its offensive": Israel's
    if owner is not None:
        src_heads = [owner if h.dep_ == "poss" and h.pos_ == "PRON" else h for h in src_heads]
    sources = [a for h in src_heads for a in resolve(h, index, lex)] + led_by(n, index, lex)  # "Hamas-led"
    targets = actors(preps(n, tgt_prep), index, lex)
    if dep == "dobj" and (head.lemma_.lower() in CEASE and foiled(head, n) or drawn(head, trig.type)):
        targets = targets or _subject(head, index, lex)[0]  # "troops halted the Russian advance": on them;
        # "the raid drew condemnation", "Iran faces sanctions": the subject is the one reacted to
    elif not sources and dep in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") \
            and head.lemma_.lower() not in _WITNESS_VERBS:
        sources = _subject(head, index, lex)[0]
    if trig.type == "CONSULT" and not sources and not targets:
        sources = _go_betweens(n, index, lex)
    if trig.type == "CONSULT" and not sources and targets:
        sources = _holder(n, index, lex)  # "circulated the text after weeks of talks with Egypt": the circulator's
    culprit = culprit_clause(n)
    if not sources and culprit is not None:
        sources = _subject(culprit, index, lex)[0]  # "Moscow was behind the attack": Moscow's
    if not sources and dep == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        claim = head.head.head  # "the Houthis claimed responsibility for the attack": theirs
        if claim.lemma_.lower() in ("claim", "accept", "admit", "take", "bear", "deny", "disclaim"):
            sources = _subject(claim, index, lex)[0]  # denied: status says so
    return sources, targets


#: what one side asks of another: its owner is who a concession is made to
_ASKS = frozenset({"demand", "request", "condition", "grievance", "claim"})

#: verbs whose subject suffers, reports or judges the event in their object, not does it
#: ("refugees fleeing the fighting", "Hamas condemned the attack")
_WITNESS_VERBS = JUDGES | {"flee", "escape", "investigate", "fear", "blame", "deny", "hail", "disperse", "prevent",
                           "ban", "break", "suppress", "crush", "quell", "repel", "repulse", "avenge"}


#: nouns naming the parties who carry talks on ("talks in Doha ... from US and Egyptian mediators")
_GO_BETWEENS = frozenset({"mediator", "negotiator", "delegation", "delegate", "envoy", "interlocutor"})


_AROUND = frozenset({"after", "during", "following", "through", "in", "at", "before", "for"})


def _holder(n: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Who held talks "with" someone that are only a time or setting of the verb above them: its
    subject ("The United States circulated the text after weeks of talks with Egypt and Qatar")."""
    below, around = n, False
    for _ in range(4):
        head = below.head
        if head.i == below.i or below.dep_ not in ("pobj", "prep"):
            return []
        around = around or below.dep_ == "pobj" and head.lower_ in _AROUND
        if head.pos_ in ("VERB", "AUX"):  # "will travel to Doha for talks with X": the traveller's talks
            judged = head.lemma_.lower() in _WITNESS_VERBS | {"criticize", "criticise", "praise", "thank"}
            return _subject(head, index, lex)[0] if around and below.dep_ == "prep" and not judged else []
        below = head
    return []


def _go_betweens(n: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Talks that name no party of their own are held by the mediators or negotiators the same
    sentence names, when it names exactly one such group."""
    groups = [t for t in n.sent if t.lemma_.lower() in _GO_BETWEENS and t.pos_ == "NOUN"]
    if len(groups) != 1:
        return []
    return listed_actors(groups[0], index, lex)


def _stray_possessor(n: Token) -> list[Token]:
    """"the militants’ October 7 attack": a plural possessor whose apostrophe the parser hung
    elsewhere (typographic quotes) still owns the noun phrase that follows it."""
    start = n.left_edge.i
    if start < 2 or any(c.dep_ == "poss" for c in n.children):
        return []
    mark, owner = n.doc[start - 1], n.doc[start - 2]
    if mark.text in ("'", "\u2019") and mark.dep_ != "case" and owner.tag_ in ("NNS", "NNPS") \
            and owner.lower_.endswith("s"):
        return [owner]
    return []


def _rank(trig: Trigger) -> int:
    if trig.kind not in _VERBAL:
        return 2
    if trig.token.dep_ == "ROOT":
        return 0
    return 0 if all(dep in _MAIN_DEPS for _h, dep in chain(trig.token, 6)) else 1


def _in_direct_quote(doc: Doc, start: int) -> bool:
    return any(q.kind == "direct" and q.start <= start < q.end for q in getattr(doc._, "quotes", None) or ())


def extract(doc: Doc, lexicon: Lexicon | None = None) -> list[Found]:
    """All events of a parsed doc, ordered: sentence, main clause first, position."""
    lex = lexicon or load_lexicon()
    index = ActorIndex(doc)
    triggers = find_triggers(doc, lex)
    by_index = {t.token.i: t for t in triggers}
    kept = [t for t in triggers if not suppressed(t, by_index, lex) and not natural(t, lex) and not toll(t)
            and not plan_terms(t) and not ceased(t, by_index)]
    when = dates(doc, [t.token for t in kept])
    when = inherit_dates(kept, when, lex)
    aspects = {t.token.i: a for t in kept if (t.kind == "noun" or t.token.tag_ == "VBG")
               and t.token.dep_ in ("nsubj", "nsubjpass")
               and (a := aspect_of(t.token.head, lex) or aspect(t.token.head, lex)) is not None}
    if aspects:  # "talks resumed on Monday", "the talks are expected to resume on Thursday": the verb's date
        later = dates(doc, list(aspects.values()))
        when.update({i: later[a.i] for i, a in aspects.items() if i not in when and a.i in later})
    published = getattr(doc._, "published", None)
    told = told_dates(doc, kept, when, lex)
    key = article_key(doc)
    out: list[Found] = []
    for trig in kept:
        found = _build(doc, trig, index, lex, when, published, key, told)
        named = bool(found.source_texts or found.target_texts)
        if trig.kind != "noun" or not background(trig, found.event, named, lex):
            out.append(found)
    out.sort(key=lambda f: f.rank)
    return out


def _own_country(target: Arg, sources: list[Arg], index: ActorIndex) -> bool:
    """A bare country target of sources that all belong to it: "Israeli leaders vowed to
    continue the Israeli offensive" is not Israel threatening Israel."""
    if not sources or not target.actor or not target.actor.startswith("cty:") or target.group:
        return False
    country = target.actor.removeprefix("cty:")
    return all(s.actor and index.countries.get(s.actor) == country for s in sources)


def _build(doc: Doc, trig: Trigger, index: ActorIndex, lex: Lexicon,
           when: dict[int, tuple[str, int]], published: str | None, key: str,
           told: dict[int, tuple[str, int]] | None = None) -> Found:
    if trig.kind == "noun":
        sources, targets = _noun_args(trig, index, lex)
    else:
        sources = _subject(trig.token, index, lex)[0]
        targets = verb_targets(trig, index, lex)
        if trig.kind in ("criticized", "under"):  # "X came under fire from Y over Z": Y accuses (attacks) X
            givers = preps(trig.token, {"from", "by"}) + (preps(trig.noun, {"from"}) if trig.noun is not None else [])
            sources, targets = actors(givers, index, lex), sources
        if not sources and trig.noun is not None:  # "began with the militants' attack"
            owners = [c for c in trig.noun.children if c.dep_ == "poss"] + _stray_possessor(trig.noun)
            found = [a for o in owners for a in resolve(o, index, lex)]
            if trig.type == "CONCEDE" and trig.noun.lemma_.lower() in _ASKS:
                targets = targets or found  # "its demands were met": met for the side that made them
            else:
                sources = found
    fight = _fight(trig) if trig.kind == "verb" and (trig.type, trig.mode) == ("RETREAT", "ceasefire") else None
    if not sources and fight is not None:
        sources = _sides(fight, index, lex)  # "fighting between the army and the RSF stopped": both sides
    place_tok = place_of(trig.token, lex) or (place_of(fight, lex) if fight is not None else None)
    if place_tok is None and trig.noun is not None:
        place_tok = place_of(trig.noun, lex)
    act = (trig.noun or stopped_act(trig.token)) if trig.kind == "verb" and trig.type == "RETREAT" else None
    if act is not None and trig.token.lemma_.lower() in CEASE:  # "halted attacks on ships in the Red Sea"
        targets, place_tok = _stopped_args(act, targets, place_tok, index, lex)
    lead = trig.token.head if trig.token.dep_ == "conj" and trig.token.tag_ == "VBG" else trig.token
    if place_tok is None and attendant(lead):
        act = lead.head.head if lead.tag_ == "VBG" and time_clause(lead.head) else lead.head
        place_tok = place_of(act, lex) or object_place(act)  # "struck a block in Kharkiv, killing four"
    if place_tok is None and trig.kind == "verb" and (trig.type in ("ASSAULT", "COERCE") or trig.mode == "visit"):
        place_tok = object_place(trig.token)  # "shelled the city of El Fasher", "to visit Beijing"
    if place_tok is None and trig.type == "ASSAULT" and trig.kind == "verb":
        place_tok = airspace(trig.token)  # "shot down a drone over the Red Sea"
    if place_tok is None and trig.type == "CONSULT" and trig.mode == "visit":
        place_tok = destination(trig.token, trig.noun)  # "travelled to Cairo", "made a trip to the Middle East"
    if place_tok is None and trig.type == "ASSAULT" and (trig.noun is not None or trig.kind == "noun"):
        place_tok = aimed_place(trig.noun or trig.token, lex)  # "launched an offensive on Rafah"
    if place_tok is None and trig.kind == "noun":
        head, dep = effective_head(trig.token)
        if dep in ("nsubj", "nsubjpass", "compound") and head.lemma_.lower() in lex.aspect_verbs:
            place_tok = place_of(head, lex)
        elif dep in ("nsubj", "nsubjpass") and aspect_of(head, lex) is not None:
            place_tok = place_of(aspect_of(head, lex), lex)  # type: ignore[arg-type]
    if not targets and place_tok is not None and (
            trig.type in _PLACE_TARGET or trig.type == "CONSULT" and trig.mode in ("visit", None)
            or trig.kind == "commit"):  # "will evacuate the settlements in Gaza"
        targets = resolve(place_tok, index, lex)  # "imposed a curfew in Cizre": the place is hit
    sources, targets = dedupe(sources), dedupe(targets)
    src_keys = {(a.actor, a.texts) for a in sources}
    targets = [a for a in targets if (a.actor, a.texts) not in src_keys
               and (a.actor is None or a.actor not in {s.actor for s in sources})
               and not _own_country(a, sources, index)]
    date, anchor, start = None, None, 0
    if trig.token.i in when:
        (date, start), anchor = when[trig.token.i], "text"
    elif published:
        date, anchor = published, "publication"
    span = evidence(trig.token, [t for t in trig.words if t.i != trig.token.i])
    st = status(trig.token, lex)
    if st == "negated" and refusal(trig, lex):
        st = "hypothetical" if supposed(trig.token) else "happened"  # "Russia would not accept the deal": the
        # refusal is made, not denied; "If the talks fail, Iran will not accept ...": only foreseen
    if trig.kind == "light" and st in ("happened", "ongoing"):
        st = lent_by(trig.token, trig.noun) or st  # "is planning a visit": the visit is planned
    if anchor != "text" and told and trig.token.i in told and not cumulative(trig.token):
        coming = after(told[trig.token.i][0], parse_dct(published))
        if st in TOLD and not coming or st == "planned" and coming:  # a reported act is no later than its report;
            (date, start), anchor = told[trig.token.i], "text"  # a motion's planned content is on its coming vote
    if st == "planned" and date is not None and anchor == "text":
        date = ahead(doc, date, start)  # "scheduled talks for Thursday": the coming one
    conf = trig.confidence + (0.1 if sources else -0.15) + (0.05 if targets else 0.0)
    if _in_direct_quote(doc, trig.token.idx):
        conf *= 0.8
    src_ids = tuple(dict.fromkeys(a.actor for a in sources if a.actor))
    tgt_ids = tuple(dict.fromkeys(a.actor for a in targets if a.actor))
    event = Event(
        id=event_id(key, trig.type, src_ids, tgt_ids, span), type=trig.type, trigger=trig.text,
        evidence=span, mode=trig.mode, sources=src_ids, targets=tgt_ids, date=date,
        date_anchor=anchor, place=place_name(place_tok) if place_tok is not None else None,
        status=st, confidence=round(max(0.05, min(conf, 0.99)), 2),
    )
    sent = trig.token.sent.start
    return Found(event, tuple(a.texts for a in sources), tuple(a.texts for a in targets),
                 (sent, _rank(trig), trig.token.idx))


def _fight(trig: Trigger) -> Token | None:
    """The fighting that stopped of itself, a subject among a ceasefire's words ("the fighting ended")."""
    return next((w for w in trig.words if w.dep_ == "nsubj" and w.head.i == trig.token.i), None)


def _sides(fight: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The sides of fighting that stopped of itself ("Fighting between the army and the RSF ended")."""
    sources, targets = _noun_args(Trigger(fight, "ASSAULT", None, "noun", [fight]), index, lex)
    return sources + targets + actors(preps(fight, {"between", "among"}), index, lex)


def _stopped_args(act: Token, targets: list[Arg], place: Token | None, index: ActorIndex,
                  lex: Lexicon) -> tuple[list[Arg], Token | None]:
    """A stopped attack lends its cessation the side it hit and where ("stopped shelling Kharkiv",
    "halted attacks on shipping in the Red Sea") when the cessation names none of its own."""
    if not targets:
        stopped = Trigger(act, "ASSAULT", None, "noun" if act.pos_ == "NOUN" else "verb", [act])
        targets = _noun_args(stopped, index, lex)[1] if act.pos_ == "NOUN" else verb_targets(stopped, index, lex)
    if place is None:
        place = place_of(act, lex) or object_place(act) or aimed_place(act, lex)
    return targets, place


def extract_events(doc: Doc, lexicon: Lexicon | None = None) -> list[Event]:
    """The Event records of a parsed doc (see ``extract``)."""
    return [f.event for f in extract(doc, lexicon)]


__all__ = ["Found", "article_key", "extract", "extract_events", "find_triggers"]
