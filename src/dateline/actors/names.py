"""Named mentions: people with their descriptors, countries, demonyms, capitals, surnames
(organizations the dictionary lacks: ``organizations``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from dateline.actors.acronyms import media_acronym_reading
from dateline.actors.dictionary import Entry, slug
from dateline.actors.lexicon import Lexicon, lexicon
from dateline.actors.local_namesakes import local_apposition
from dateline.actors.metonymy import (
    acting_facility,
    church_building,
    church_institution,
    government_voice,
    metonymic,
)
from dateline.actors.organizations import (
    DETERMINERS,
    MAX_NAME_CHARS,
    MAX_NAME_TOKENS,
    POSSESSIVE,
    country_in,
    discovered_organization,
    institution,
    org_descriptors,
    owner_country,
    strip_the,
    trim_the,
)
from dateline.actors.pronouns import PERSON_NOUNS
from dateline.actors.readings import (
    company_context,
    state_demonym,
    state_reading,
    team,
    titled_namesake,
)
from dateline.actors.slips import namesakes
from dateline.actors.state import BRACKETS, ActorInfo, ArticleState, unbracketed
from dateline.actors.works import TITLE

#: lower-case words inside a person's name that open the surname ("Sami Abu Zuhri", "Ursula von der
#: Leyen"); not the places' ``particles.JOINERS``, which join a place's parts ("Rostov-on-Don",
#: "Stratford-upon-Avon", "Frankfurt am Main", the Arabic article's sun-letter forms "ash", "at",
#: "as"): a person's name has the kunya and patronyms ("abu", "ben") a place's joiners lack, and
#: those English words in a name are no particles ("Andrew At Smith" is not surnamed "At Smith")
PARTICLES = frozenset({"abu", "al", "el", "bin", "ben", "ibn", "bint", "van", "von", "de", "der", "da",
                       "di", "du", "la", "le", "dos", "del", "al-", "el-"})


def resolve_names(state: ArticleState) -> None:
    """Mentions of every corrected entity that is an actor, then surnames the model missed."""
    ents = state.ents
    persons = [e for e in ents if e.label_ == "PERSON"]
    full_names = [_name_text(state, e) for e in persons]
    full_names = [n for n in full_names if len(n.split()) > 1]
    surnames = {surname(n) for n in full_names} | {n.split()[-1] for n in full_names}
    short = _short_readings(state, ents, surnames)
    for ent in ents:
        if ent.start in short:
            if short[ent.start] is None and ent.label_ != "PERSON":
                persons.append(ent)
            elif short[ent.start] is not None and ent.label_ == "PERSON":
                persons.remove(ent)
        elif ent.label_ in ("ORG", "GPE") and ent.text in surnames or _titled_name(state, ent):
            persons.append(ent)  # "Kovalenko met ...": the model's ORG is the surname of a person
        elif ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            _named(state, ent)
    for ent in ents:  # "Dell Technologies ... Dell said": the company, once it is read
        if (full := short.get(ent.start)) is not None:
            found = state.covered(full.start) or state.covered(full.end - 1)
            if found is not None and state.actors[found.actor].type != "person":
                state.add(ent.start, ent.end, found.actor, "name")
    org_descriptors(state)
    for ent in persons:
        _person(state, ent, full_names)
    state.drop_inside_descriptors()
    _surnames(state)


def _short_readings(state: ArticleState, ents: list[Span], surnames: set[str]) -> dict[int, Span | None]:
    """One reading of a one-word name in an article, whatever the model's label on each
    mention: the name the article last gave in full before it, a
    person's ("Gov. Kristi Noem ... Noem said") or a company's ("Dell Technologies ... Dell
    said", "Harrison Ford ... Ford Motor Company ... Ford said", and after a trade or a two-word name,
    "Samsung Electronics ... Samsung", "Walt Disney ... Disney", though never a place the model
    tagged, "Tampa Electric ... in Tampa"); a company's later word only
    where no person's name has it ("Chase Elliott ... JPMorgan Chase Bank"); never a place's word
    (a country, a capital: "Washington Post Co. ... Washington said"; "Lincoln, Nebraska"). Token -> the company's
    full mention, or None where the word is the person; words no earlier full name bears are absent."""
    lex, dic = state.lexicon, state.dictionary
    people = {w for e in ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split()}
    full: dict[str, list[tuple[int, Span | None]]] = {}
    bare: set[int] = set()  # names with no company word ("Walt Disney", "Tampa Electric")
    plain: set[int] = set()  # those of two plain words ("Walt Disney")
    for e in ents:
        words = strip_the(e.text).split()
        if e.label_ == "PERSON" and len(words) > 1:
            for w in {surname(_name_text(state, e)), words[-1]} & surnames:
                full.setdefault(w, []).append((e.start, None))
        elif e.label_ == "ORG" and len(words) > 1 and all(w[:1].isupper() for w in words):
            core = _company_core(words, lex)
            if words[-1] not in lex.org_heads:
                bare.add(e.start)  # no company word: no place the model tagged joins it ("in Tampa")
            if core == words and not company_context(e):
                plain.add(e.start)  # nor a trade nor a company's dealings ("Dow Jones cut 300 jobs"):
                # only a short form the model too calls ORG joins it
            for w in {core[0]} | ({core[-1]} - people) if 0 < len(core) <= 2 else ():
                if w not in lex.org_heads and w not in lex.trade_words and w.lower() not in lex.institution_words \
                        and dic.lookup(w) is None and dic.demonym(w) is None and dic.capital(w) is None:
                    full.setdefault(w, []).append((e.start, e))  # not "Health", "Washington"
    orgs = {e.text: e for e in reversed(ents) if e.label_ == "ORG" and len(strip_the(e.text).split()) == 1}
    states = {e.start for e in ents if e.label_ == "GPE"}
    out: dict[int, Span | None] = {}
    for e in ents:
        if e.end + 1 in states and e.doc[e.end].text == ",":
            continue  # "Lincoln, Nebraska": a town beside its state, not "Lincoln National Corp"
        if len(e) == 1 and e.label_ in ("PERSON", "ORG", "GPE") and e.text in full:
            named = full[e.text]
            if all(f is None for _, f in named) or _title_before(state, e.start, e.start) is not None:
                continue  # only people bear it, or a title makes it one ("Mr. Dell"): ``_person``
            before = [f for s, f in named if s < e.start and (
                f is None or (s not in plain or e.label_ == "ORG") and (s not in bare or e.label_ != "GPE"))]
            if before:
                out[e.start] = before[-1]
        elif e.label_ == "PERSON" and e.text in orgs and _title_before(state, e.start, e.start) is None \
                and dic.lookup(e.text) is None:
            out[e.start] = orgs[e.text]  # "at Dell ... Dell G3 laptop": no person named Dell here
    return out


#: second words that make a two-word name a brand's product or division ("Amazon Music", "Apple Pay"):
#: the brand's word alone is then the brand ("Amazon said"), no short form of the product
PRODUCT_WORDS = frozenset({
    "Ads", "Air", "Arcade", "Books", "Card", "Cloud", "Credit", "Drive", "Games", "Health", "Home", "Maps",
    "Mobile", "Music", "News", "One", "Pay", "Photos", "Plus", "Podcasts", "Prime", "Search", "Shopping",
    "Store", "TV", "Video", "Wallet", "Watch", "Web",
})


def _company_core(words: list[str], lex: Lexicon) -> list[str]:
    """The words of an organization's name before its company word or trade ("Ford Motor" of
    "Ford Motor Company", "Samsung" of "Samsung Electronics Co."); a name of two plain words with neither is its
    own core ("Walt Disney", "Goldman Sachs"), unless the second names a product ("Amazon Music"); else []."""
    core = words[:-1] if words[-1] in lex.org_heads else words
    if len(core) > 1 and core[-1] in lex.trade_words:
        core = core[:-1]
    if core == words:  # not "USS Mason" (a ship), "Gaza-based Group", "Apple Music"
        plain = len(words) == 2 and all(w.istitle() and w.isalpha() for w in words)
        return words if plain and words[-1] not in PRODUCT_WORDS else []
    return core


def _titled_name(state: ArticleState, ent: Span) -> bool:
    """An ORG that is a person's name: two or three capitalised words, no dictionary or
    institution word, in apposition to an office ("the deputy defence minister, Hanna Maliar,")."""
    words = ent.text.split()
    if ent.label_ != "ORG" or not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    lex = state.lexicon
    if state.dictionary.lookup(ent.text) is not None or any(
            w.lower() in lex.institution_words or w.lower() in lex.org_heads or w.lower() in lex.org_nouns
            or state.dictionary.lookup(w) is not None or state.dictionary.demonym(w) is not None for w in words):
        return False
    root = ent.root
    return root.dep_ == "appos" and root.head.i < ent.start and root.head.lower_ in lex.title_words \
        and ent.start > 0 and ent.doc[ent.start - 1].text == ","


def _named(state: ArticleState, ent: Span) -> None:
    """An ORG/GPE/NORP entity: dictionary actor, country, demonym, or a discovered organization."""
    if ent.label_ in ("ORG", "FAC") and church_building(state, ent):
        return  # "shells hit the Greek Orthodox Church": a building, no actor
    text = strip_the(ent.text)
    dic = state.dictionary
    entry = dic.lookup(text)
    if entry is not None and state_reading(ent, entry, state.ents, state.text):
        return  # "Atlanta, Georgia", "Georgia voters": the US state, no country
    if entry is not None and entry.type == "person" and ent.label_ == "GPE":
        return  # "Austin was hit by a storm": the corrections' place, not the person of the alias
    demonym = dic.demonym(text) if entry is None or ent.label_ == "NORP" else None
    if demonym is not None and state_demonym(ent, demonym, state.ents, state.text):
        return  # "Georgians" in an article on the US state: its residents
    if demonym is not None and (entry is None or entry.type == "country"):
        if text.endswith("s") and not text.endswith("ss") and dic.lookup(text) is None and ent.root.tag_ in ("NNPS", "NNS"):
            info = state.new_actor(f"grp:{slug(text)}", text, "group", country=demonym.country, sector="civilian")
            state.add(ent.start, ent.end, info.id, "group")
            return
        state.actor_from_entry(demonym)
        state.add(ent.start, ent.end, demonym.id, "demonym")
        return
    if entry is not None and entry.type != "country" and ent.label_ == "ORG" and institution(state, text):
        iso3 = country_in(state, ent) or owner_country(state, ent)
        if iso3 is not None and iso3 != entry.country:
            entry = None  # "Russia's Security Council" is Russia's, not the UN's
    other = media_acronym_reading(state, ent, text, entry) if entry is not None else None
    if other is not None:  # "Imran Khan's party, PTI,": the party, not the news agency
        state.add(*trim_the(ent), other, "name")
        return
    if entry is not None:
        state.actor_from_entry(entry)
        state.add(*trim_the(ent), entry.id, "name")
        return
    metonym = dic.metonym(text) or (dic.capital(text) if ent.label_ == "GPE" or ent.label_ == "ORG" and len(ent) == 1
                                    and metonymic(ent) and government_voice(state, ent) else None)
    if metonym is not None or ent.label_ == "GPE":
        if metonym is not None and metonymic(ent):
            state.actor_from_entry(metonym)
            state.add(ent.start, ent.end, metonym.id, "metonym")
        return
    local = state.local_aliases.get(text)
    if local is not None:  # "KDP" after "Kurdistan Democratic Party (KDP)"
        state.add(ent.start, ent.end, local, "name")
        return
    if ent.label_ == "ORG" or ent.label_ == "FAC" and (acting_facility(ent) or church_institution(state, ent)):
        discovered_organization(state, ent, text)  # "Nasser Hospital said": the hospital as a body

def _person(state: ArticleState, ent: Span, full_names: list[str]) -> None:
    """A PERSON entity: the dictionary person, the article's full name it shortens, or a new person;
    the descriptor before it ("Hamas political bureau member") widens the mention and gives roles."""
    doc = state.doc
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_ in state.lexicon.honorifics:
        start += 1
    end = ent.end
    while end > start + 1 and doc[end - 1].text in POSSESSIVE:
        end -= 1
    name = unbracketed(doc[start:end].text)  # "[Bob] Corker" (``slips.bracketed_names``): "Bob Corker"
    if name != doc[start:end].text and name.lower() in STOP_WORDS:
        return  # "[W]e encourage": a quotation's first word the writer recased, no name
    if landmark(doc, end) or landmark(doc, end - 1) and _known_name(state, doc[start:end - 1].text, full_names):
        return  # "Trump Tower", "Carter Street": a building or street named for a person, no person
    if county(doc, start, end):
        return  # "County Kerry", "in County [Kerry]": a county, no person
    if end - start == 1 and (namesakes(doc[start]) or team(doc[start])):
        return  # "Williams and Williams were both injured", "the Steelers won": no one person
    if end - start == 1 and _ship_rank(state, start) or end - start == 2 and _ship_rank(state, start + 1):
        return  # "the Admiral Kuznetsov", "the General Belgrano": a ship named for a commander
    title = _title_before(state, ent.start, start)
    crowned = _crowned_entry(state, title, name) if title is not None and " " not in name else None
    entry = crowned or state.dictionary.lookup(name)
    if entry is not None and entry.type != "person":
        if state.dictionary.owner_read(name):  # "Antigua's prime minister" the model read as a person
            state.actor_from_entry(entry)
            state.add(start, end, entry.id, "name")
        if not titled_namesake(doc[start:end]):
            return
        entry = None  # "Mr. Pemex said he", "Mr. Jordan said he": a person bears the name
    if entry is None and len(name.split()) == 1:
        longer = [f for f in full_names if surname(f) == name or f.split()[-1] == name]
        if not longer and title is not None and title.lower_ not in CROWNS:  # "governor Oleksandr" of "Oleksandr Prokudin"
            longer = [f for f in full_names if f.split()[0] == name]
            longer = longer if len(set(longer)) == 1 else []
        if longer:
            name = _nearest_full_name(state, start, longer)
            entry = state.dictionary.lookup(name)
        elif ent.kb_id_ and name in ent.kb_id_.split()[:-1]:
            name = ent.kb_id_  # "Serena and Venus Williams", "Shirley Temple Black ... Temple" (``corrections``)
    elif entry is not None and len(name.split()) == 1 and crowned is None:
        entry = _compound_surname(state, entry, name, full_names)
        if (own := _namesake(state, entry, name, start, full_names)) is not None:
            name, entry = own, state.dictionary.lookup(own)
    if entry is None and (end - start > MAX_NAME_TOKENS or len(name) > MAX_NAME_CHARS):
        return  # not a name: the model ran over a line
    if " " in name and entry is not None and entry.type == "person":
        state.local_aliases.pop(name.split()[-1], None)  # "Emmanuel Macron" after the local "Macron": a later "Macron" is his
    namesake = state.local_aliases.get(name) if " " not in name else None
    if entry is not None and entry.type == "person" and namesake is None and " " not in name \
            and local_apposition(doc, end):
        namesake = _discovered_person(state, name).id  # "Mr. Macron, a local pastor," (``local_namesakes``)
        if entry.id not in state.actors:  # the article's later "Macron", unless it named the famous one before
            state.local_aliases[name] = namesake
        entry = None
    info = state.actors[namesake] if namesake in state.actors else \
        state.actor_from_entry(entry) if entry else _discovered_person(state, name)
    d_start = descriptor_start(state, start)
    if d_start < start:
        _apply_descriptor(state, info, d_start, start)
    _fronted_apposition(state, info, d_start, end)  # "Pakistan's army chief, General Asim Munir,"
    _apposition(state, info, end)
    _of_country(state, info, end)
    state.add(min(d_start, start), end, info.id, "descriptor" if d_start < start else "name")


#: words after a person's name that make it a building's or a place's ("Trump Tower", "Carter Center"),
#: besides the lexicon's facility heads ("Hospital", "Bridge", "Stadium"), which do so too
LANDMARKS = frozenset({"arena", "avenue", "boulevard", "building", "center", "centre", "dam",
                       "hall", "library", "memorial", "museum", "plaza", "square", "street",
                       "tower", "towers"})


def county(doc: Doc, start: int, end: int) -> bool:
    """The name between tokens ``start`` and ``end``, with "County" as its first word or right before
    it, is a county the gazetteer knows ("County Londonderry", "County Kerry")."""
    from dateline.gazetteer import load

    if doc[start].text == "County" and end - start > 1:
        text = doc[start:end].text
    elif start > 0 and doc[start - 1].text == "County":
        text = doc[start - 1:end].text
    else:
        return False
    return any(e.feature.startswith("ADM") for e in load().lookup(text))


#: lower-case nouns after a name that make it a field's ("the Lula oil field", "the Lula field")
FIELDS = frozenset({"field", "fields", "oilfield", "gasfield"})


def landmark(doc: Doc, end: int) -> bool:
    """The name ending before token ``end`` is the first part of a landmark's ("Trump Tower"), a
    facility's ("Trump Hospital": ``facility_heads``) or an oil or gas field's ("the Lula oil field")."""
    if end < len(doc) and (doc[end].lower_ in FIELDS or doc[end].lower_ in ("oil", "gas")
                           and end + 1 < len(doc) and doc[end + 1].lower_ in FIELDS):
        return True
    if end >= len(doc) or not doc[end].is_title:
        return False
    low = doc[end].lower_
    return low in LANDMARKS or low in lexicon().facility_heads


def _known_name(state: ArticleState, name: str, full_names: list[str]) -> bool:
    """``name`` is a dictionary person's or the surname of a person the article names in full."""
    entry = state.dictionary.lookup(name)
    return entry is not None and entry.type == "person" or any(surname(f) == name for f in full_names)


#: titles of a name's other bearers: monarchs, popes, saints ("Queen Victoria" is not Victoria Nuland)
CROWNS = frozenset({"queen", "king", "pope", "saint", "st", "st.", "prince", "princess", "emperor", "empress", "tsar"})


def _title_before(state: ArticleState, ent_start: int, start: int) -> Token | None:
    """The title word that opens the name at token ``start`` ("King" of "King Abdullah", inside
    the entity or just before it), or None."""
    i = start - 1
    if i < max(ent_start - 1, 0):
        return None
    tok = state.doc[i]
    lex = state.lexicon
    return tok if tok.lower_ in lex.title_words or tok.lower_ in lex.honorifics else None


def _crowned_entry(state: ArticleState, title: Token, name: str) -> Entry | None:
    """'King Abdullah' with Abdullah Abdullah in the same article: the dictionary person the
    titled form names, when one of its roles bears that title (Jordan's king), else None."""
    entry = state.dictionary.lookup(f"{title.text} {name}")
    if entry is None or entry.type != "person":
        return None
    low = title.lower_
    return entry if any(r.title == low or r.title.endswith(" " + low) for r in entry.roles) else None


#: ranks ships are named with ("the Admiral Kuznetsov", "the General Belgrano", "the Marshal Ustinov")
SHIP_RANKS = frozenset({"admiral", "general", "marshal"})


def _ship_rank(state: ArticleState, start: int) -> bool:
    """The one-word name at token ``start`` follows "the" and a rank ("the Admiral Kuznetsov"):
    a ship's name; a person goes by the rank without "the" ("Admiral Kuznetsov said")."""
    return start >= 2 and state.lower[start - 1] in SHIP_RANKS and state.doc[start - 1].is_title \
        and state.lower[start - 2] == "the"


def _namesake(state: ArticleState, entry: Entry | None, word: str, start: int, full_names: list[str]) -> str | None:
    """'Foreign Minister Abbas Araghchi ... Abbas said': a one-word name the dictionary gives a
    person by an alias (Mahmoud Abbas) is the article's own person named in full before it with
    the word as given name (a described person's, ``_described``, where the word is the dictionary
    person's surname too), or as surname where the word is not the dictionary person's surname
    too ("Michelle Obama ... Obama said" stays Barack Obama's), unless the article names the
    dictionary's person in full, has named them already, or gives the word a title here
    ("Abbas Zaki ... President Abbas", "the Palestinian president, Abbas,"). The full name, else None."""
    if entry is None or not full_names or entry.id in state.actors \
            or any(state.dictionary.lookup(f) == entry for f in full_names):
        return None
    doc = state.doc
    floor = max(start - 4, doc[start].sent.start if doc.has_annotation("SENT_START") else 0)
    if any(w in state.lexicon.title_words for w in state.lower[floor:start]):
        return None
    theirs = surname(entry.name) == word
    earlier = [n for e in state.ents if e.label_ == "PERSON" and e.end <= start
               and len((n := _name_text(state, e)).split()) > 1
               and (n.split()[0] == word and (not theirs or _described(state, n))
                    or not theirs and word in (n.split()[-1], surname(n)))
               and state.dictionary.lookup(n) != entry]
    return earlier[-1] if earlier else None


def _described(state: ArticleState, name: str) -> bool:
    """The article's person ``name`` is a known or described one (a dictionary person, or one
    with a role, country or affiliation: "Foreign Minister Abbas Araghchi"), not a headline's
    run of capitals the model called a person ("Obama Hid It", "Obama White House")."""
    entry = state.dictionary.lookup(name)
    info = state.actors.get(entry.id if entry is not None else f"per:{slug(name)}")
    return info is not None and info.type == "person" and bool(info.roles or info.country or info.affiliation)


def _nearest_full_name(state: ArticleState, start: int, longer: list[str]) -> str:
    """Of the full names a one-word name may shorten, the one the text names last before token
    ``start`` ("Kim Jong Un ... Kim Yong-hyun ... Kim told lawmakers": Kim Yong-hyun); else the first."""
    if len(set(longer)) == 1:
        return longer[0]
    earlier = [e for e in state.ents if e.label_ == "PERSON" and e.end <= start and _name_text(state, e) in longer]
    return _name_text(state, earlier[-1]) if earlier else longer[0]


def _compound_surname(state: ArticleState, entry: Entry, word: str, full_names: list[str]) -> Entry:
    """'Ali Bagheri Kani ... Bagheri said': a one-word name that the dictionary gives one person
    ("Bagheri", Mohammad Bagheri) is another dictionary person when the article names that one in
    full with the word inside a compound surname, and does not name the first in full."""
    if any(state.dictionary.lookup(f) == entry for f in full_names):
        return entry
    others = [e for f in full_names if word in f.split()[1:-1]
              and (e := state.dictionary.lookup(f)) is not None and e.type == "person" and e.id != entry.id]
    return others[0] if len({e.id for e in others}) == 1 else entry


def _discovered_person(state: ArticleState, name: str) -> ActorInfo:
    return state.new_actor(f"per:{slug(name)}", name, "person")


def descriptor_start(state: ArticleState, name_start: int) -> int:
    """First token of the descriptor before a name ("top US diplomat", "Israel's Prime Minister"),
    or ``name_start`` when there is none. A descriptor needs at least one title word."""
    doc, lex = state.doc, state.lexicon
    ent_at = state.ent_at
    floor = doc[name_start].sent.start if doc.has_annotation("SENT_START") else 0
    i, start = name_start - 1, name_start
    while i >= floor:
        tok = doc[i]
        if tok.lower_ in lex.title_words or tok.lower_ in lex.honorifics:
            start = i
        elif start == i + 1 and tok.is_lower and tok.pos_ in ("ADJ", "NOUN") and i - 1 in ent_at \
                and ent_at[i - 1].label_ in ("GPE", "NORP", "ORG"):
            start = i  # "Wagner mercenary chief": a word between the body and the title
        elif start == i + 1 and tok.is_lower and tok.pos_ in ("ADJ", "VERB") and tok.lower_ != "new" \
                and i - 2 >= floor and doc[i - 1].text in POSSESSIVE and i - 2 in ent_at \
                and ent_at[i - 2].label_ == "GPE":
            start = i  # "Niger's ousted president": a word between the owner's possessive and the title
        elif i in ent_at and _owner_ent(state, ent_at[i]) and ent_at[i].end <= name_start:
            start = i = ent_at[i].start
        elif (tok.text in POSSESSIVE and i - 1 in ent_at) or (
                tok.lower_ in ("of", "-") and i > floor and doc[i - 1].lower_ in lex.title_words
                and start == i + 1):
            start = i  # "Secretary of State", "Secretary-General"
        elif tok.text == "-" and start == i + 1 and i > floor and doc[i - 1].lower_ == "ex":
            start = i = i - 1  # "Ex-President": a past holder, whose role says so
        else:
            break
        i -= 1
    words = [t.lower_ for t in doc[start:name_start]]
    if not any(w in lex.title_words for w in words):
        start = name_start  # no title: only honorifics ("Mr Blinken") join the name
        while start > floor and doc[start - 1].lower_ in lex.honorifics:
            start -= 1
        return start
    while start < name_start and (doc[start].lower_ in ("of", "-") or doc[start].text in POSSESSIVE):
        start += 1
    return start


def _apply_descriptor(state: ArticleState, info: ActorInfo, start: int, end: int) -> None:
    """Roles, affiliation, country and sector of a person from its descriptor tokens."""
    doc, lex = state.doc, state.lexicon
    ent_at = state.ent_at
    words: list[str] = []
    affiliation: Entry | None = None
    found: ActorInfo | None = None
    owned = False
    i = start
    while i < end:
        tok = doc[i]
        ent = ent_at.get(i)
        if ent is not None and _owner_ent(state, ent):
            entry = _entry_of(state, ent)
            possessive = ent.end < end and doc[ent.end].text in POSSESSIVE
            brief = affiliation is not None and i > start and doc[i - 1].lower_ in ("for", "to", "on")
            if entry is not None and entry.type != "person" and not owned and not brief:
                affiliation = entry  # (not "the UN envoy for Syria": the UN's)
                owned = possessive  # "Israel's UN ambassador": Israel's, not the UN's
            elif entry is None and ent.label_ == "ORG" and found is None and not owned:
                found = _discovered_at(state, ent.end - 1)  # "spokesperson for the Ukrainian Air Force"
            if possessive:
                i = ent.end + 1
                continue
            words.extend(t.text_with_ws for t in doc[ent.start:ent.end])
            i = ent.end
            continue
        keep = tok.lower_ not in lex.honorifics or tok.lower_ in lex.title_words
        if keep and not (tok.lower_ in DETERMINERS and not words):
            words.append(tok.text_with_ws)
        i += 1
    while len(words) > 1 and words[-1].strip().lower() in lex.address_forms and any(
            w.strip().lower() in lex.title_words for w in words[:-1]):
        words.pop()  # "Supreme Leader Ayatollah" -> "Supreme Leader"
    role = "".join(words).strip()
    if role and role.lower() not in lex.honorifics - lex.title_words:
        info.add_role(role)
    if affiliation is None and found is not None and info.affiliation is None:
        info.affiliation, info.country = found.id, info.country or found.country
        if found.sector in ("rebel", "igo", "media", "ngo", "military"):
            info.sector = info.sector or found.sector
    _affiliate(state, info, affiliation, [t.lower_ for t in doc[start:end]])


def _owner_ent(state: ArticleState, ent: Span) -> bool:
    """May ``ent`` own a descriptor: a place, people or body, or a place's alias of a country the
    model read as a person ("Antigua's prime minister Gaston Browne")?"""
    return ent.label_ in ("GPE", "NORP", "ORG") or state.dictionary.owner_read(ent.text)


def _discovered_at(state: ArticleState, i: int) -> ActorInfo | None:
    """The organization the article's own text named at token ``i`` (not in the dictionary)."""
    f = state.covered(i)
    info = state.actors.get(f.actor) if f is not None else None
    return info if info is not None and info.type == "organization" else None


def _entry_of(state: ArticleState, ent: Span) -> Entry | None:
    """The dictionary actor or demonym's country an entity names; None for a country's name read
    as another country's state ("Georgia Gov.")."""
    entry = state.dictionary.lookup(ent.text)
    if entry is not None and state_reading(ent, entry, state.ents, state.text):
        return None
    return entry or state.dictionary.demonym(ent.text)


def _fronted_apposition(state: ArticleState, info: ActorInfo, start: int, end: int) -> None:
    """'The former president, Donald Trump,', 'The UN envoy for Yemen, Hans Grundberg': a title
    phrase that the name stands in apposition to (the parser's ``appos``) is a mention of the
    person and gives its role; not "After meeting the president, Blinken ..." (no apposition)."""
    doc, lex = state.doc, state.lexicon
    if start < 2 or doc[start - 1].text != ",":
        return
    root = doc[start:end].root
    head = root.head
    if root.dep_ != "appos" or not head.i < start - 1:
        return
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lower_ in lex.title_words \
            and head.lemma_.lower() not in PERSON_NOUNS:  # "the son of the minister, X": X may be the minister
        head = head.head.head  # "the chief of the general staff, Valery Gerasimov"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
        return  # "the driver of the ambassador, Ahmed Khalil": the name may be the driver's
    if head.lower_ not in lex.title_words or head.pos_ not in ("NOUN", "PROPN"):
        return
    first, last = head.left_edge.i, start - 2  # the phrase runs from its head up to the comma
    if head.i > last or any(not head.is_ancestor(t) for t in doc[head.i + 1:last + 1]) \
            or last - first > 10 or first < doc[start].sent.start \
            or any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PERSON" for t in doc[first:last + 1]):
        return
    if doc[first].tag_ == "PRP$":
        return  # "His brother, X": a relation, not an office
    while first < last and doc[first].lower_ in DETERMINERS:
        first += 1
    owned = [t.i for t in doc[first:last] if t.text in POSSESSIVE and t.i > first and not doc[t.i - 1].ent_type_]
    if owned:  # "the (rebel) group's leader": the group noun stays the group's mention
        first = owned[-1] + 1
    if any(state.covered(i, ("descriptor", "role")) for i in range(first, last + 1)):
        return
    _apply_descriptor(state, info, first, last + 1)
    state.add(first, last + 1, info.id, "role")


def _apposition(state: ArticleState, info: ActorInfo, end: int) -> None:
    """'Antony Blinken, the US secretary of state,': the role after the name."""
    doc, lex = state.doc, state.lexicon
    if end + 2 >= len(doc) or doc[end].text != ",":
        return
    i = end + 1
    if doc[i].lower_ in DETERMINERS:
        i += 1
    j = i
    while j < len(doc) and doc[j].text not in (",", ".", ";") and j - i < 8:
        j += 1
    if j >= len(doc) or doc[j].text not in (",", ".", ";") or j == i:
        return
    toks = doc[i:j]
    if not any(t.lower_ in lex.title_words for t in toks) or toks[0].lower_ not in lex.title_words \
            and not toks[0].ent_type_ or any(t.pos_ == "VERB" or t.ent_type_ == "PERSON" for t in toks):
        return
    if not all(t.lower_ in lex.title_words or t.ent_type_ in ("GPE", "NORP", "ORG") or t.text in POSSESSIVE
               or t.lower_ == "of" for t in toks):
        return
    info.add_role(toks.text)
    entries = [_entry_of(state, e) for e in toks.ents]
    affiliation = next((e for e in reversed(entries) if e is not None and e.type != "person"), None)
    _affiliate(state, info, affiliation, [t.lower_ for t in toks])


def _of_country(state: ArticleState, info: ActorInfo, end: int) -> None:
    """'Foreign Minister Maria Kovalenko of Moldova': the country after the name."""
    doc = state.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end + 1].ent_type_:
        return
    ent = next((e for e in state.ents if e.start == end + 1), None)
    entry = _entry_of(state, ent) if ent is not None else None
    if entry is not None and entry.type == "country":
        _affiliate(state, info, entry, [])


def _affiliate(state: ArticleState, info: ActorInfo, affiliation: Entry | None, words: list[str]) -> None:
    """Fill a person's affiliation, country and sector where the dictionary left them open."""
    if affiliation is not None:
        state.actor_from_entry(affiliation)
        if info.affiliation is None:
            info.affiliation = affiliation.id
        if info.country is None:
            info.country = affiliation.country
    if info.sector is None:
        owner_sector = affiliation.sector if affiliation is not None else None
        info.sector = owner_sector if owner_sector in ("rebel", "igo", "media", "ngo", "military") \
            else state.lexicon.sector_of(words) or owner_sector


@lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """'Sami Abu Zuhri' -> 'Abu Zuhri'; 'Antony Blinken' -> 'Blinken'; a Korean name written
    family name first ('Kim Jong Un', 'Lee Sung-yoon') -> its first word (cached: coreference
    asks for the same names again and again)."""
    words = name.split()
    if family_name_first(words):
        return words[0]
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in PARTICLES:
        k -= 1
    return " ".join(words[k:])


#: family names of mainland China written before one given name of one or two syllables
CHINESE_FAMILY = frozenset({"Chen", "Hou", "Li", "Liu", "Wang", "Xi", "Yang", "Zhang", "Zhao"})
_PINYIN_SYLLABLE = r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:[iu]?[aeiouv]{1,2})(?:ng|n|r)?"
_PINYIN = re.compile(rf"(?i)^{_PINYIN_SYLLABLE}(?:{_PINYIN_SYLLABLE})?$")


def family_name_first(words: list[str]) -> bool:
    """'Kim Jong Un', 'Lee Sung-yoon', 'Moon Jae-in': a family name of the lexicon's list written
    first, before one or two given names (not 'Kim' alone, nor 'Song' of a longer Western name)."""
    if len(words) not in (2, 3) or words[0] not in lexicon().family_first:
        return False
    given = words[1:]
    if len(given) == 1 and words[0] in CHINESE_FAMILY and given[0].istitle() and given[0].isalpha():
        return _PINYIN.match(given[0]) is not None  # 'Li Qiang', 'Wang Yi', 'Xi Jinping' (not 'Kim Jones')
    if len(given) == 2:  # 'Jong Un', 'Suk Yeol': two one-syllable names
        return all(len(w) <= 5 and w.istitle() and w.isalpha() for w in given)
    parts = given[0].split("-")  # 'Sung-yoon', 'Jae-in', 'Ki-moon'
    return len(parts) == 2 and parts[0].istitle() and parts[1].islower() and len(given[0]) <= 10


def _surnames(state: ArticleState) -> None:
    """Surnames of the article's people that the model did not tag ("Blinken's visit"). A family
    name written first ("Ban", "Park", "Oh") is also a word: see ``_family_name_hit``."""
    doc = state.doc
    titled = {i for e in state.ents if e.kb_id_ == TITLE for i in range(e.start, e.end)}  # "book Clinton Cash"
    for info in list(state.actors.values()):
        if info.type != "person" or len(info.name.split()) < 2:
            continue
        last = surname(info.name)
        family = family_name_first(info.name.split())
        for start, end in word_hits(state.text, last):
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is None or any(state.covered(i) or i in titled for i in range(span.start, span.end)) \
                    or landmark(doc, span.end):
                continue
            if family and not _family_name_hit(state, span, info.id):
                continue
            state.add(span.start, span.end, info.id, "surname")


def word_hits(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Offsets of ``word`` in ``text`` where no letter, digit, underscore or hyphen touches it,
    left to right without overlap, as a regex of the word between lookarounds for word characters
    and hyphens finds it, without compiling one pattern per name."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not _joins(text[start - 1])) and (end == len(text) or not _joins(text[end])):
            yield start, end
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def _joins(char: str) -> bool:
    """A character that makes a word run on: a regex word character or a hyphen."""
    return char.isalnum() or char in "_-"


def _family_name_hit(state: ArticleState, span: Span, actor: str) -> bool:
    """Does a bare family name ("Kim", "Ban", "Park") stand as the name of ``actor`` here? It must
    be tagged PERSON or be a subject or possessor, stand alone (not "Test Ban Treaty", "Central
    Park", "Park Avenue", nor an interjection "Oh, ..."), and ``actor`` be the last person of
    that family name named before it ("Kim Yong-hyun ... Kim told lawmakers")."""
    doc = state.doc
    tok = doc[span.start]
    if tok.ent_type_ and tok.ent_type_ != "PERSON":
        return False
    if tok.ent_type_ != "PERSON" and tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.is_title and not before.is_sent_start and before.lower_ not in state.lexicon.title_words \
            and before.lower_ not in state.lexicon.honorifics:
        return False
    if after is not None and (after.is_title and after.text not in POSSESSIVE or after.text in (",", "!")
                              and tok.is_sent_start):
        return False
    return _last_named(state, tok.text, span.start) in (actor, None)


def _last_named(state: ArticleState, family: str, before: int) -> str | None:
    """The person whose full name of family name ``family`` the text gives last before token
    ``before``, or None."""
    best: tuple[int, str] | None = None
    for f in state.found:
        info = state.actors.get(f.actor)
        if f.start >= before or f.kind == "surname" or info is None or info.type != "person":
            continue
        words = info.name.split()
        if family_name_first(words) and words[0] == family and (best is None or f.start > best[0]):
            best = (f.start, f.actor)
    return best[1] if best else None


def _name_text(state: ArticleState, ent: Span) -> str:
    """The name as ``_person`` reads it: without honorifics before it or a possessive after it
    (one inside stays: "Hassan Sheikh Mohamud")."""
    toks = [t for t in ent if t.text not in POSSESSIVE]
    while len(toks) > 1 and (toks[0].text in BRACKETS or toks[0].lower_ in state.lexicon.honorifics):
        toks.pop(0)  # "[Sen. Marco] Rubio": "Marco Rubio"
    # "al-Houthi" stays one word; a writer's brackets go, their spaces stay ("[Bob] Corker": "Bob Corker")
    return "".join(t.whitespace_ if t.text in BRACKETS else t.text_with_ws for t in toks).strip()
