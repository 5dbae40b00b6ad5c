"""Events from a parsed Doc: triggers from the lexicon, arguments from the dependency parse.

``extract(doc)`` returns ``Found`` items (the ``Event`` record plus the texts of its sources
and targets, which scorers match when no actor dictionary resolves them); ``extract_events``
returns the records alone, ordered by sentence, main clause first, then position.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from dateline.events.aims import aimed
from dateline.events.anaphora import restated, restating_subject
from dateline.events.arguments import ActorIndex, Arg, resolve
from dateline.events.attributes import chain, effective_head, evidence, status
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
from dateline.events.discontinue import actors_of, side
from dateline.events.drills import civil_drill
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
from dateline.events.labels import label
from dateline.events.lexicon import Lexicon, load_lexicon
from dateline.events.locations import aimed_place, object_place, place_name, place_of
from dateline.events.modality import lent_by
from dateline.events.participants import act_doers, named_doers, noun_args, stray_possessor, subject
from dateline.events.questions import asked, yes_no_spans
from dateline.events.readings import CEASE, stopped_act
from dateline.events.refusals import refusal, supposed
from dateline.events.sites import airspace, destination, posted_from
from dateline.events.strikes import stops
from dateline.events.targets import act_ended, actors, dedupe, preps, verb_targets
from dateline.events.triggers import Trigger
from dateline.model import Event, event_id
from dateline.nlp.memo import text_of
from dateline.time.calendar import parse_dct

_VERBAL = frozenset({"verb", "light", "intent", "speech", "commit", "criticized", "under"})
_MAIN_DEPS = frozenset({"ROOT", "ccomp", "conj", "xcomp", "acomp"})
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



#: what one side asks of another: its owner is who a concession is made to
_ASKS = frozenset({"demand", "request", "condition", "grievance", "claim"})


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
            and not plan_terms(t) and not ceased(t, by_index) and not aimed(t, lex)
            and not civil_drill(t)]
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
    asserted: set[int] = set()  # verbs of rhetorical negative questions ("Didn't Russia invade ...?")
    questions = yes_no_spans(doc, asserted)
    out: list[Found] = []
    done: list[tuple[int, Event]] = []  # attacks and protests told so far: "the attack" names one again
    for trig in kept:
        found = _build(doc, trig, index, lex, when, published, key, told, questions, asserted)
        named = bool(found.source_texts or found.target_texts)
        if trig.kind == "noun" and background(trig, found.event, named, lex):
            continue
        first = restated(trig.token, found.event, named, done) if trig.kind == "noun" else None
        if first is not None and (first.sources or not found.event.sources):
            continue  # "Hamas condemned the attack": the attack told before
        subj = restating_subject(trig.token) if trig.type == "ASSAULT" and trig.kind != "noun" else None
        if subj is not None:
            first = restated(subj, replace(found.event, targets=()), bool(found.source_texts), done)
        if first is not None:  # "The attack killed 20 people", "Al-Shabaab claimed the bombing": on the day, and
            # where, the attack told before was; the latter names who did it
            found = replace(found, event=replace(found.event, date=first.date, date_anchor=first.date_anchor,
                                                 place=found.event.place or first.place))
        out.append(found)
        if found.event.type in ("ASSAULT", "PROTEST") and found.event.status in ("happened", "ongoing"):
            done.append((trig.token.sent.start, found.event))
    out.sort(key=lambda f: f.rank)
    return out


#: stops that may be another side's doing, told in the passive
_FOILING = frozenset({"halt", "stop"})


def _stopper(verb: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """Who stops, or refuses to stop, an act told in the passive with no agent ("the Russian offensive was / would
    not be called off"): the stopped act's own side, named by the speaker when it is that side ("Moscow said ..."),
    else by the act's own modifier ("Russian"); an act of no named side that is called off or suspended is the
    speaker's own ("The offensive was suspended / called off, the Kremlin said")."""
    if not stops(verb) or not any(c.dep_ == "auxpass" for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return []
    act = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    owners = [a for c in (act.children if act is not None else ()) if c.dep_ in ("poss", "amod", "compound")
              for a in resolve(c, index, lex) if a.actor]
    if not owners and act is not None:
        owners = _story_owner(act, index, lex)  # "Russia launched an offensive ... Kyiv said the offensive was
        # called off": Russia's
    teller = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.speech_verbs else None
    speaker = next((c for c in teller.children if c.dep_ == "nsubj"), None) if teller is not None else None
    said = resolve(speaker, index, lex) if speaker is not None else []
    if not owners:  # not one halted or stopped, which another side's defence may have done ("The offensive was
        # halted, Ukrainian officials said")
        return said if speaker is not None and side(speaker) and verb.lemma_.lower() not in _FOILING and not any(
            a.type == "igo" for a in actors_of(speaker)) else []  # not "..., the UN said": a body of many states
        # reports others' offensives
    return said if said and {a.actor for a in said} <= {a.actor for a in owners} else owners


def _story_owner(act: Token, index: ActorIndex, lex: Lexicon) -> list[Arg]:
    """The side of an act "the <noun>" names again, from the nearest same noun in an earlier sentence."""
    sense = lex.nouns.get(act.lemma_.lower())
    if sense is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in act.children):
        return []
    for t in reversed(act.doc[:act.sent.start]):
        if t.pos_ == "NOUN" and t.lemma_ == act.lemma_:
            return [a for a in noun_args(Trigger(t, sense[0], sense[1], "noun", [t]), index, lex)[0] if a.actor]
    return []


def _own_country(target: Arg, sources: list[Arg], index: ActorIndex) -> bool:
    """A bare country target of sources that all belong to it: "Israeli leaders vowed to
    continue the Israeli offensive" is not Israel threatening Israel."""
    if not sources or not target.actor or not target.actor.startswith("cty:") or target.group:
        return False
    country = target.actor.removeprefix("cty:")
    return all(s.actor and index.countries.get(s.actor) == country for s in sources)


def _build(doc: Doc, trig: Trigger, index: ActorIndex, lex: Lexicon,
           when: dict[int, tuple[str, int]], published: str | None, key: str,
           told: dict[int, tuple[str, int]] | None = None,
           questions: list[tuple[int, int]] | None = None, asserted: set[int] | None = None) -> Found:
    if trig.kind == "noun":
        sources, targets = noun_args(trig, index, lex)
    else:
        sources = subject(trig.token, index, lex)[0]
        targets = verb_targets(trig, index, lex)
        if trig.type == "ACCUSE" and trig.kind == "verb" and label(trig.token) is not None:
            targets = named_doers(trig.token, index, lex)  # "called the US sanctions an act of aggression": the US
        if trig.kind in ("criticized", "under"):  # "X came under fire from Y over Z": Y accuses (attacks) X
            givers = preps(trig.token, {"from", "by"}) + (preps(trig.noun, {"from"}) if trig.noun is not None else [])
            sources, targets = actors(givers, index, lex), sources
        if not sources and trig.noun is not None:  # "began with the militants' attack"
            owners = [c for c in trig.noun.children if c.dep_ == "poss"] + stray_possessor(trig.noun)
            found = [a for o in owners for a in resolve(o, index, lex)]
            if trig.type == "CONCEDE" and trig.noun.lemma_.lower() in _ASKS:
                targets = targets or found  # "its demands were met": met for the side that made them
            else:
                sources = found
        if not sources and trig.type == "ASSAULT":
            sources = act_doers(trig.token, index, lex)  # "The attack carried out by Hamas killed 20": Hamas's
    if (trig.type == "REJECT" or (trig.type, trig.mode) == ("RETREAT", "ceasefire")) and not sources:
        sources = _stopper(trig.token, index, lex)  # "Moscow said the Russian offensive would not be / was called
        # off": Russia refuses, or calls off its own offensive
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
    if not targets and place_tok is not None and not act_ended(trig, lex) and (
            trig.type in _PLACE_TARGET or trig.type == "CONSULT" and trig.mode in ("visit", None)
            or trig.kind == "commit"):  # "will evacuate the settlements in Gaza"
        targets = resolve(place_tok, index, lex)  # "imposed a curfew in Cizre": the place is hit
    if trig.type == "SANCTION" and trig.mode == "withdraw" and targets:
        targets = posted_from(targets, doc)  # "recalled its ambassador from Zagreb": from Croatia
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
    if questions and asked(trig.token, questions) and trig.token.dep_ != "pobj":
        st = "hypothetical"  # "Did Russia attack the plant?": asked, neither asserted nor denied; not the
        # strike in "Had Israel warned residents before the strike?", which the question takes as known
    elif asserted and st == "negated" and (trig.token.i in asserted or trig.kind == "noun" and trig.token.dep_ in (
            "nsubj", "nsubjpass") and trig.token.head.i in asserted):  # "Didn't the talks collapse?": talks held
        st = "happened"  # "Didn't Russia invade Ukraine in 2022?": the question's "n't" asserts the act
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
    sources, targets = noun_args(Trigger(fight, "ASSAULT", None, "noun", [fight]), index, lex)
    return sources + targets + actors(preps(fight, {"between", "among"}), index, lex)


def _stopped_args(act: Token, targets: list[Arg], place: Token | None, index: ActorIndex,
                  lex: Lexicon) -> tuple[list[Arg], Token | None]:
    """A stopped attack lends its cessation the side it hit and where ("stopped shelling Kharkiv",
    "halted attacks on shipping in the Red Sea") when the cessation names none of its own."""
    if not targets:
        stopped = Trigger(act, "ASSAULT", None, "noun" if act.pos_ == "NOUN" else "verb", [act])
        targets = noun_args(stopped, index, lex)[1] if act.pos_ == "NOUN" else verb_targets(stopped, index, lex)
    if place is None:
        place = place_of(act, lex) or object_place(act) or aimed_place(act, lex)
    return targets, place


def extract_events(doc: Doc, lexicon: Lexicon | None = None) -> list[Event]:
    """The Event records of a parsed doc (see ``extract``)."""
    return [f.event for f in extract(doc, lexicon)]


__all__ = ["Found", "article_key", "extract", "extract_events", "find_triggers"]
