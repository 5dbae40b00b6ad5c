"""Mentions without a name: groups ("Israeli leaders", "hostage supporters in Israel"), role
nouns ("the Palestinian militants" -> the salient armed group, "Israel's prime minister" -> the
office holder on the article's date) and personal pronouns ("he", "his")."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.actors.dictionary import Entry, slug
from dateline.actors.names import DETERMINERS, POSSESSIVE
from dateline.actors.state import ArticleState, Found

NOT_AFFILIATION = frozenset({"backed", "allied", "aligned", "supported", "sponsored", "funded", "linked",
                             "affiliated", "inspired", "based", "led", "run", "controlled"})
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
NEUTER = frozenset({"it", "its", "they", "their", "them"})
RELATIVE = frozenset({"which", "who"})
ARMED_FORCES = frozenset({"army", "military", "navy"})
LEADER_TITLES = frozenset({"leader", "political bureau chief", "secretary-general", "supreme leader"})


def resolve_groups(state: ArticleState) -> None:
    """Group nouns with a country or organization, state nouns, and anaphoric armed-group nouns."""
    lex = state.lexicon
    for tok in state.doc:
        if tok.lower_ in ARMED_FORCES and tok.head.i > tok.i and _national_forces(state, tok):
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or state.covered(tok.i, ("descriptor", "name", "role")):
            continue
        if tok.tag_ in ("NN", "NNP") and _ends_title(state, tok):
            continue  # "Egypt's foreign minister" is one person, not a group
        if tok.dep_ == "compound" and tok.head.i > tok.i:
            continue
        lemma, low = tok.lemma_.lower(), tok.lower_
        if lemma in lex.group_nouns or low in lex.state_nouns or low in ("group", "movement"):
            _group(state, tok)


def _national_forces(state: ArticleState, tok: Token) -> bool:
    """'Israeli army bulldozers', 'Israeli military policies': a demonym and "army"/"military"
    modifying another noun name the country's military (when the dictionary has one)."""
    if tok.i == 0 or state.covered(tok.i):
        return False
    f = state.covered(tok.i - 1, ("demonym", "name"))
    owner = state.dictionary.entries.get(f.actor) if f is not None and f.end == tok.i else None
    army = _army(state, owner) if owner is not None and owner.type == "country" else None
    if f is None or army is None:
        return False
    state.actor_from_entry(army)
    state.add(f.start, tok.i + 1, army.id, "group")
    return True


def _group(state: ArticleState, head: Token) -> None:
    doc, lex = state.doc, state.lexicon
    start = max(head.left_edge.i, head.i - 6)
    while start < head.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    definite = head.left_edge.i < start and doc[head.left_edge.i].lower_ == "the" or (
        start > 0 and doc[start - 1].lower_ == "the")
    end = head.i + 1
    owners = _owners(state, start, head.i)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "from") and child.i == end:
            pobj = [c for c in child.children if c.dep_ == "pobj"]
            found = [state.covered(p.i, ("name", "demonym")) for p in pobj]
            entries = [state.dictionary.entries.get(f.actor) for f in found if f]
            if entries and all(e is not None and e.type == "country" for e in entries):
                owners.extend(e for e in entries if e is not None)
                end = pobj[0].right_edge.i + 1
    owners = list({e.id: e for e in owners}.values())
    lemma, low = head.lemma_.lower(), head.lower_
    plural, sector = lex.group_nouns.get(lemma, (low, None))
    anaphoric = definite and (low in lex.anaphoric or f"{doc[head.i - 1].lower_} {low}" in lex.anaphoric)
    if len(owners) > 1:
        return
    owner = owners[0] if owners else None
    if owner is None:
        org = None
        if anaphoric:
            org = _salient_armed_group(state, head.i, None)
        elif definite and sector == "military" and low in ("army", "military", "forces"):
            org = _last_military(state, head.i)  # "the army" after "the Israeli military"
        if org is not None:
            state.add(start, end, org, "group")
        return
    if owner.type != "country":
        if sector not in (None, "civilian", "media") or low in ("group", "movement"):
            state.add(start, end, owner.id, "group")
        return
    if low in lex.state_nouns:
        state.add(start, end, owner.id, "group")
        return
    if sector == "military":
        army = _army(state, owner)
        if army is not None:
            state.actor_from_entry(army)
            state.add(start, end, army.id, "group")
            return
    if anaphoric or (sector == "rebel" and definite):
        org = _salient_armed_group(state, head.i, owner.country)
        if org is not None:
            state.add(start, end, org, "group")
            return
    if sector is None:
        return
    extra = [t.lower_ for t in doc[start:head.i] if t.dep_ == "compound" and not state.covered(t.i)
             and t.is_alpha]
    gid = f"grp:{(owner.country or '').lower()}-{slug(' '.join([*extra, plural]))}"
    name = doc[start:end].text
    state.new_actor(gid, name, "group", country=owner.country, sector=sector)
    state.add(start, end, gid, "group")


def _ends_title(state: ArticleState, tok: Token) -> bool:
    words, titles = state.lower, state.lexicon.titles
    return any(" ".join(words[max(0, tok.i - n + 1):tok.i + 1]) in titles
               for n in range(1, state.lexicon.max_title_len + 1))


def _owners(state: ArticleState, start: int, head: int) -> list[Entry]:
    """Countries and organizations named before a group noun, not as '<X>-backed'."""
    owners = []
    for f in state.found:
        if not (start <= f.start and f.end <= head) or f.kind not in ("name", "demonym", "metonym"):
            continue
        nxt = state.doc[f.end: f.end + 2]
        if len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in NOT_AFFILIATION:
            continue
        entry = state.dictionary.entries.get(f.actor)
        if entry is not None:
            owners.append(entry)
        elif f.actor in state.actors and state.actors[f.actor].type == "organization":
            owners.append(Entry(f.actor, state.actors[f.actor].name, "organization"))
    return owners


def _army(state: ArticleState, country: Entry) -> Entry | None:
    """The country's armed forces: a military organization with an alias such as 'Russian army'
    (a demonym and a common noun); None when the dictionary has none ("French troops" are then
    the group ``grp:fra-forces``)."""
    armies = [e for e in state.dictionary.entries.values()
              if e.type == "organization" and e.sector == "military" and e.country == country.country]
    national = [e for e in armies if any(
        a.split()[0] in country.demonyms and len(a.split()) > 1 and all(w.islower() for w in a.split()[1:])
        for a in e.aliases)]
    return national[0] if national else None  # not the Pentagon, not Wagner: a group of the country


def _last_military(state: ArticleState, before: int) -> str | None:
    """The military organization named last before token ``before``."""
    military = [f for f in state.found if f.start < before and f.actor in state.actors
                and state.actors[f.actor].type == "organization" and state.actors[f.actor].sector == "military"]
    return max(military, key=lambda f: f.start).actor if military else None


def _salient_armed_group(state: ArticleState, before: int, country: str | None) -> str | None:
    """The armed group (sector rebel) of ``country`` mentioned most often before token ``before``
    (ties: latest); with no country, the one named last. None when the article names none."""
    counts: dict[str, tuple[int, int]] = {}
    for f in state.found:
        info = state.actors.get(f.actor)
        if f.start >= before or info is None or info.sector != "rebel" or info.type == "person":
            continue
        if country is not None and info.country != country:
            continue
        n, _ = counts.get(f.actor, (0, -1))
        counts[f.actor] = (n + 1, f.start)
    if not counts:
        return None
    if country is None:  # "the group": the armed group named last
        return max(counts, key=lambda a: counts[a][1])
    return max(counts, key=lambda a: counts[a])


def resolve_roles(state: ArticleState) -> None:
    """'Israel's prime minister', 'the US president': the office holder on the article's date."""
    doc, lex = state.doc, state.lexicon
    words = state.lower
    i = 0
    while i < len(doc):
        i = _role_at(state, i, words, lex.max_title_len) + 1


def _role_at(state: ArticleState, i: int, words: list[str], longest: int) -> int:
    """Try a role phrase whose title starts at token i; the last token it used (or i)."""
    doc, lex = state.doc, state.lexicon
    if words[i] not in lex.title_starts:
        return i
    for n in range(min(longest, len(doc) - i), 0, -1):
        canon = lex.titles.get(" ".join(words[i:i + n]))
        if canon is None or state.covered(i) or state.covered(i + n - 1):
            continue
        nxt = doc[i + n] if i + n < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.is_title and nxt.pos_ == "PROPN"):
            continue
        start, owner = _role_owner(state, i, i + n)
        if owner is None:
            earlier = _earlier_holder(state, i, canon) if i > 0 and words[i - 1] == "the" else None
            if earlier is not None:  # "Netanyahu ... the prime minister said"
                state.add(i, i + n, earlier, "role")
                return i + n - 1
            continue
        holders = _holders(state, canon, owner)
        if len(holders) == 1:
            state.add(start, i + n, state.actor_from_entry(holders[0]).id, "role")
            return i + n - 1
    return i


def _earlier_holder(state: ArticleState, before: int, canon: str) -> str | None:
    """The person named last before token ``before`` whose roles include the title ``canon``."""
    variants = [v for v, c in state.lexicon.titles.items() if c == canon]
    people = sorted((f for f in state.found if f.end <= before and f.kind != "pronoun"
                     and f.actor in state.actors and state.actors[f.actor].type == "person"),
                    key=lambda f: f.start, reverse=True)
    for f in people:
        roles = [f" {r.lower()} " for r in state.actors[f.actor].roles]
        if any(f" {v} " in r for v in variants for r in roles):
            return f.actor
    return None


def _role_owner(state: ArticleState, start: int, end: int) -> tuple[int, str | None]:
    """The country/organization before a title ("Israel's", "Israeli", "Hamas") or after it
    ("of Israel"), and where the role phrase starts."""
    doc = state.doc
    j = start - 1
    if j >= 0 and doc[j].text in POSSESSIVE:
        j -= 1
    if j >= 0:
        f = state.covered(j, ("name", "demonym"))
        if f is not None and f.end == (j + 1) and _is_owner(state, f):
            return f.start, f.actor
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        f = state.covered(end + 1, ("name", "demonym"))
        if f is not None and _is_owner(state, f):
            return start, f.actor
    return start, None


def _is_owner(state: ArticleState, f: Found) -> bool:
    info = state.actors.get(f.actor)
    return info is not None and info.type != "person"


def _holders(state: ArticleState, title: str, owner: str) -> list[Entry]:
    holders = state.dictionary.holders(title, owner, state.date)
    if not holders and title == "leader":
        for alt in LEADER_TITLES - {"leader"}:
            holders.extend(state.dictionary.holders(alt, owner, state.date))
    return list({e.id: e for e in holders}.values())


def resolve_pronouns(state: ArticleState) -> None:
    """he/his/she/her -> a person: the subject of the main clause a fronted clause leads into,
    else the person subject earlier in the sentence, else the person of the nearest earlier sentence
    (its subject when it has several). Pronouns inside quotation marks stay unresolved."""
    doc = state.doc
    if not doc.has_annotation("DEP"):
        return
    for tok in doc:
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
        actor = _cataphora(state, tok, gender) or _antecedent(state, tok, gender)
        if actor is not None:
            state.add(tok.i, tok.i + 1, actor, "pronoun")


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
    if info is None or info.type in ("person", "group"):
        return None
    return info.id


def _clause_subject(state: ArticleState, tok: Token) -> str | None:
    """'Hamas said it would ...', 'Israel said its forces ...': it/its/they/their in a clause
    under the verb whose subject is a country, organization or group; in a non-finite clause
    under a verb with an object, the object ("Hamas accused Israel of expanding its offensive",
    "urged Hamas to accept its terms")."""
    for verb in tok.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if not subjects and verb.dep_ in ("xcomp", "pcomp") and verb.tag_ in ("VBG", "VB"):
            governor = verb.head.head if verb.dep_ == "pcomp" else verb.head
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
        agrees = info.type in ("group", "organization") if plural else info.type != "group"
        return info.id if agrees else None
    return None


def _persons(state: ArticleState, start: int, end: int, gender: str) -> list[Found]:
    out = []
    for f in state.found:
        info = state.actors.get(f.actor)
        if start <= f.start and f.end <= end and info is not None and info.type == "person" \
                and info.gender in (None, gender) and f.kind != "pronoun":
            out.append(f)
    return out


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


def _antecedent(state: ArticleState, tok: Token, gender: str) -> str | None:
    doc = state.doc
    sent = tok.sent
    here = _persons(state, sent.start, tok.i, gender)
    subjects = [f for f in here if _is_subject(state, f)]
    if subjects:
        return subjects[-1].actor
    if len({f.actor for f in here}) == 1:
        return here[0].actor
    if here:
        return None
    prev = sent.start - 1
    for _ in range(3):
        if prev < 0:
            return None
        psent = doc[prev].sent
        found = _persons(state, psent.start, psent.end, gender)
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


def _in_quote(text: str, tok: Token) -> bool:
    """Whether a token sits between quotation marks of its paragraph."""
    para_start = text.rfind("\n", 0, tok.idx) + 1
    before = text[para_start:tok.idx]
    opened = before.count("\u201c") - before.count("\u201d")
    return opened > 0 or before.count('"') % 2 == 1
