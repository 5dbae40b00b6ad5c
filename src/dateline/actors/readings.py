"""Readings of model entities that the small model's label gets wrong, from the words around them:

- a region or territory tagged ORG or PERSON ("Nagorno-Karabakh", "Karabakh") is a place, no actor;
  so is a name an Arabic place-name head noun opens ("Ras al-Ain", "Tal Afar");
- (one unknown word that speaks as a surname, "Kovalenko said", is read in ``speakers``, which
  asks ``spoken_of``: a speech verb's subject, or hearsay's where the name's own form reads it,
  "Kovalenko said to be weighing a run"; hearsay alone makes no speaker: "Zelnik is said to be ...");
- one unknown word tagged PERSON that speaks of itself as "its" ("Azov said its fighters") is an
  organization's name;
- an unknown name of two or three words tagged ORG that opens with a given name ("Paris Hilton")
  is a person's; a given name that is also a place or brand ("Georgia Tech", "Lincoln Electric")
  only with a person cue ("Paris Hilton said she"); a short form ("Mitch Daniels") or an unlisted first
  word whose last word stands alone as a person ("Mason Rudolph ... Rudolph said") not where the
  text is about a company ("Walt Disney reported higher profits", "Dow Jones cut 300 jobs");
- a country's name that is also a state of another country ("Georgia") is the state or the
  country by the one decision ``state_names.state_senses``, which the places stage asks too.

Word lists: ``data/actors/readings.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dateline.actors.census import census_names, census_surnames, common_surnames, first_names
from dateline.actors.dictionary import ActorDictionary, Entry
from dateline.actors.lexicon import lexicon, town
from dateline.actors.state_names import POSSESSIVE_AFTER, other_states, state_senses
from dateline.nlp.lemmas import wordnet_words
from dateline.nlp.memo import per_doc
from dateline.nlp.shared_places import PLACE_HEADS, place_head


@dataclass(frozen=True)
class Readings:
    speech_verbs: frozenset[str]
    surname_endings: tuple[str, ...]
    weak_surname_endings: tuple[str, ...]
    given_names: frozenset[str]
    place_given_names: frozenset[str]
    short_given_names: frozenset[str]
    company_words: frozenset[str]
    company_suffixes: tuple[str, ...]
    person_cues: frozenset[str]
    person_titles: frozenset[str]
    subnational_words: tuple[str, ...]  # state_titles included, longest first
    state_titles: frozenset[str]
    state_abbreviations: frozenset[str]
    state_prefixes: tuple[str, ...]
    region_features: frozenset[str]
    bare_state_countries: frozenset[str]
    primary_followers: frozenset[str]


@lru_cache(maxsize=1)
def readings() -> Readings:
    """The shipped word lists (loaded once)."""
    path = resources.files("dateline") / "data" / "actors" / "readings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    listed = frozenset(data["given_names"])
    shares, places = census_names()
    return Readings(
        speech_verbs=frozenset(data["speech_verbs"]),
        surname_endings=tuple(data["surname_endings"]),
        weak_surname_endings=tuple(data["weak_surname_endings"]),
        given_names=listed | shares.keys(),
        place_given_names=frozenset(data["place_given_names"]) | (places - listed),
        short_given_names=frozenset(data["short_given_names"]),
        company_words=frozenset(data["company_words"]),
        company_suffixes=tuple(data["company_suffixes"]),
        person_cues=frozenset(data["person_cues"]),
        person_titles=frozenset(data["person_titles"]),
        subnational_words=tuple(sorted(data["subnational_words"] + data["state_titles"], key=len, reverse=True)),
        state_titles=frozenset(data["state_titles"]),
        state_abbreviations=frozenset(data["state_abbreviations"]),
        state_prefixes=tuple(data["state_prefixes"]),
        region_features=frozenset(data["region_features"]),
        bare_state_countries=frozenset(data["bare_state_countries"]),
        primary_followers=frozenset(data["primary_followers"]),
    )


def org_word(tok: Token) -> bool:
    """A word that makes a name an organization's or a site's ("Bank", "Ministry", "crossing")."""
    lex, low = lexicon(), tok.lower_
    return (tok.text in lex.org_heads or low in lex.institution_words or low in lex.org_nouns
            or low in lex.site_nouns or low in lex.document_nouns)


def given_and_surname(ent: Span) -> bool:
    """'the airline Jonathan Price said': two or three capitalised words before a speech verb, the
    first a given name that is no place's or brand's ("Jonathan"; not "Virgin", "Lincoln"), none a
    firm's or body's word ("Duke Energy"), and no company's results their own: a person's name,
    which a trade noun a preposition governs before it ("a lawyer for the airline") does not make
    a firm's (the caller checks the noun)."""
    rd, lex = readings(), lexicon()
    return 2 <= len(ent) <= 3 and all(t.is_title and t.is_alpha for t in ent) and ent[0].text in rd.given_names \
        and ent[0].text not in rd.place_given_names \
        and not any(org_word(t) or t.lower_ in lex.trade_words for t in ent) and not company_context(ent) \
        and ent.end < len(ent.doc) and ent.doc[ent.end].lemma_.lower() in rd.speech_verbs


def company_compound(tok: Token, dictionary: ActorDictionary) -> bool:
    """'Gazprombank', 'Sberbank', 'Lukoil', 'Gazpromneft': one capitalised word that ends in a
    company suffix (``company_suffixes``) or is a dictionary organization's name (five letters or
    more) run on with four or more letters ("Gazpromexport"), and that no name list holds as a
    person's ("Eubank", "Fairbank": census surnames) nor is an English noun ("Turmoil", "Tinfoil",
    "Riverbank": ``suffixed_noun``), is a company's name."""
    text, rd = tok.text, readings()
    if not (tok.is_title and tok.is_alpha and len(text) > 5):
        return False
    if text in rd.given_names or text in first_names() or text in census_surnames() or english_noun(tok):
        return False
    if tok.lower_.endswith(rd.company_suffixes) and len(text) - max(len(s) for s in rd.company_suffixes
                                                                      if tok.lower_.endswith(s)) >= 3:
        return True
    return any((e := dictionary.lookup(text[:k])) is not None and e.type == "organization"
               for k in range(5, len(text) - 3))


def english_noun(tok: Token) -> bool:
    """The word, lower-case, is one of WordNet's nouns (the model lemmatizer's index)."""
    return tok.lower_ in wordnet_words("noun")


def suffixed_noun(tok: Token) -> bool:
    """'Turmoil gripped the capital', 'Sandbank shifted': a capitalised English noun that only ends
    as a company's name does (``company_suffixes``), no company."""
    return tok.is_title and english_noun(tok) and tok.lower_.endswith(readings().company_suffixes)


@lru_cache(maxsize=4096)
def region_label(name: str) -> str | None:
    """"LOC" when the places gazetteer knows ``name`` as a region, territory, peninsula or desert
    ("Donbas"), "GPE" when as an administrative area too ("Crimea"); None when it knows a populated
    place or a country of that name, only administrative areas ("Surrey": often a team), or nothing."""
    from dateline.gazetteer import load

    entries = load().lookup(name)
    features = {e.feature for e in entries}
    if not features or any(f.startswith(("PPL", "PCLI")) for f in features):
        return None
    wanted = readings().region_features
    if not features & wanted:
        return None
    return "GPE" if any(f.startswith("ADM") for f in features) else "LOC"


def region_org(ent: Span, dictionary: ActorDictionary, unknown: bool = False) -> str | None:
    """The label of an ORG or PERSON entity that is a region or territory ("Nagorno-Karabakh" ->
    LOC), else None: a capitalised name with no organization word that the dictionary lacks
    (``unknown``: the caller's lookup of ``ent.text`` already failed)."""
    if ent.label_ not in ("ORG", "PERSON") or ent.text.isupper():
        return None  # the cheap tests first
    if not all(t.is_title or t.text == "-" for t in ent) or any(org_word(t) for t in ent):
        return None
    if not unknown and dictionary.lookup(ent.text) is not None:
        return None
    return region_label(ent.text)


def person_cue(span: Span, titles: bool = True, owners: bool = True) -> bool:
    """Whether the text shows ``span`` is a person's name: a personal pronoun after it in its
    sentence or the next with no other person named between ("Paris Hilton ... Hilton said she"), or
    (``titles``) a title before its last word anywhere ("Ms. Hilton"); without ``owners``, no
    possessive "his"/"her" counts ("Sumitomo Mitsui froze her bonus, and its shares fell": an employee's)."""
    doc, rd = span.doc, readings()
    if titles and span[-1].text in _titled_words(doc):
        return True
    if not doc.has_annotation("SENT_START"):
        return False  # no parse (entity scoring runs the model's ner alone): no pronoun to read
    sent = span.sent
    stop = sent.end
    if stop < len(doc):
        stop = doc[stop].sent.end
    for tok in doc[span.end:stop]:
        if tok.ent_type_ == "PERSON" and tok.text not in span.text.split() and not team(tok):
            return False  # another person named between (not the name's own "Hilton said she")
        if tok.lower_ in rd.person_cues and tok.pos_ == "PRON" and (owners or tok.dep_ != "poss"):
            return True
    return False


def _surname_alone(ent: Span) -> bool:
    """'Mason Rudolph threw ... Rudolph said': the name's last word stands alone elsewhere in the
    text as a person the model tagged (or after a title: "Mr. Rudolph"), and is not the surname of
    a person the text names in full ("Dow Jones ... Tom Jones ... Jones said": his); a word after a
    determiner is no surname ("Blue Moon ... on the Moon"). One pass over the entities."""
    last, doc = ent[-1].text, ent.doc
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e[-1].text == last]
    if any(len(e) > 1 for e in persons):
        return False
    return last in _titled_words(doc) or any(e.start != ent.end - 1 and not determined(e[0]) for e in persons)


def _its_subject(ent: Span, own: bool = False) -> bool:
    """'Morgan Stanley raised its forecast': the name is the subject of a verb an "its" of its clause
    hangs from, a thing's name. A hint to weigh with others ("Walt Disney said the state would lose
    its case"); ``own``, as proof alone: an "its" of no clause with a subject of its own ("Yoweri
    Museveni said Uganda would defend its sovereignty": Uganda's)."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass") and any(
        t.lower_ == "its" and (_clause_of(t, root.head) if own else root.head in t.ancestors)
        for t in root.doc[ent.end:root.sent.end])


def _his_subject(ent: Span) -> bool:
    """'Masayoshi Son raised his stake': the name, before its verb, is the subject of a verb whose
    object a "his" or "her" owns, a person's name, where no person comes before it or later in
    its sentence to own that "his" ("Elon Musk complained. Wells Fargo closed his account",
    "Wells Fargo closed his account, Donald Trump's lawyer said": Trump's; nor an inverted
    subject: "declared La Stampa ..., but demonstrated his knack" is another's). Only where the
    census knows the first word as no surname (a given name it lacks: "Masayoshi", "Tadashi"): a
    name that opens with a surname is as often a firm named for its founders ("Goldman Sachs",
    "Wells Fargo", "Morgan Stanley doubled her salary": an employee's)."""
    root = ent.root
    verb = root.head
    doc = root.doc
    return ent[0].text not in common_surnames() and root.dep_ == "nsubj" and root.i < verb.i and any(
        c.dep_ == "dobj" and any(t.dep_ == "poss" and t.lower_ in ("his", "her") for t in c.children)
        for c in verb.children) and not any(
        t.ent_type_ == "PERSON" or t.lower_ in _HE_SHE for t in doc[:ent.start]) and not any(
        t.ent_type_ == "PERSON" for t in doc[ent.end:root.sent.end])


def _given_then_surname(ent: Span) -> bool:
    """'Morgan Freeman said he', 'Nadia Rosneft said she would run': two words, a given name and a
    second word no one is given, with a person cue of the name's own verb (``_own_pronoun``), are
    a person's, whatever the second word also names (a company: "Rosneft"). The first is one of
    ``given_names`` ("Nadia"), or a name the census finds people given however many more bear it
    as a surname ("Morgan", "Harvey") before a census surname ("Freeman"). Two surnames a firm may
    be named for read no person so ("Morgan Stanley doubled her salary", "JP Morgan Chase":
    "Stanley", "Chase" are given names too; "Wells Fargo said he had been fired": no given name)."""
    if len(ent) != 2:
        return False
    first, last, rd = ent[0].text, ent[-1].text, readings()
    given = first in rd.given_names or first in first_names() and last in census_surnames()
    return given and last not in first_names() and last not in rd.given_names and _own_pronoun(ent) \
        and person_cue(ent)


#: titles only people bear before a name ("Dr Pepper", "Dr. Martens" carry theirs in the brand's own name)
_PERSON_HONORIFICS = frozenset({"dr", "dr."})


def titled_namesake(name: Span) -> bool:
    """'Mr. Pemex said he would resign', 'Ms. Nioc said she', 'Mr. Jordan said he': a name right
    after a person's title (``person_titles``, "Dr."; not a capitalised "DR": "DR Congo") is a
    person's though the dictionary gives it to an organization or a country (it folds case: "Nioc"
    is NIOC), unless the name's own words are an organization's: a company's dealings or an "its"
    (``company_context``; not the company named elsewhere, "Bloomberg reported that Mr. Bloomberg
    said he"), an "it" of its verb's clause ("Mr. Pemex said it would cut output") unless the
    clause has the name's own he/she too ("Mr. Pemex said he thought it was unfair"). ``name``:
    the words after the title."""
    if name.start == 0:
        return False
    before = name.doc[name.start - 1]
    title = before.lower_
    if title not in readings().person_titles and (title not in _PERSON_HONORIFICS or before.is_upper):
        return False
    root = name.root
    return not company_context(name, alone=False) \
        and (_own_pronoun(name) or not (root.dep_ == "nsubj" and said_of_a_thing(root.head)))


def _own_pronoun(ent: Span) -> bool:
    """The name is the subject of a verb whose reported clause a he/she opens ("said he would") or
    whose object a his/her owns ("raised his voice"); not a pronoun of another's clause ("fired the
    manager, who said he")."""
    root = ent.root
    verb = root.head
    return root.dep_ == "nsubj" and any(
        t.lower_ in _HE_SHE and t.head.head.i == verb.i and t.head.i != verb.i
        and (t.dep_ == "nsubj" and t.head.dep_ == "ccomp" or t.dep_ == "poss" and t.head.dep_ == "dobj")
        for t in ent.doc[ent.end:root.sent.end])


#: words that show a person named before a name ("... he said. Wells Fargo closed his account")
_HE_SHE = frozenset({"he", "him", "his", "she", "her"})


def _clause_of(tok: Token, verb: Token) -> bool:
    """``tok`` hangs from ``verb`` through no word with a subject of its own."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i == verb.i:
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
    return False


def company_context(ent: Span, alone: bool = True) -> bool:
    """'Shares of Walt Disney rose', 'Walt Disney reported higher profits', 'Dow Jones cut 300
    jobs', 'Morgan Stanley raised its forecast', 'Walt Disney ... Disney said park visits rose':
    a word of a company's results, holdings or staff (``company_words``) is the name's own
    (``_dealings``; with no parse, anywhere in the text), the name is an "its" subject, or its
    last word stands alone elsewhere as an organization the model tagged. Not a game's "fourth
    quarter", nor the jobs a speaker's clause speaks of ("Mitch Daniels said the budget would
    create jobs"). Without ``alone``, the word's other mentions are no cue ("Bloomberg reported
    that Mr. Bloomberg said he": a namesake's)."""
    doc, words = ent.doc, readings().company_words
    near = _dealings(ent) if doc.has_annotation("DEP") else doc
    return any(t.lower_ in words for t in near) or _its_subject(ent) or alone and _org_alone(ent)


#: a stock's nouns: "shares of X" are a listed company's ("X shares", "X's shares" may be a holder's)
_STOCK = frozenset({"shares", "stock", "stocks"})
#: a company's results after "reported", "posted", "booked" ("a loss", "record profits", "earnings")
_RESULTS = frozenset({"loss", "losses", "profit", "profits", "earnings", "revenue", "revenues"})
#: those only a firm reports (an armed group reports "heavy losses" too)
EARNINGS = frozenset({"profit", "profits", "earnings", "revenue", "revenues"})
_REPORT_VERBS = frozenset({"report", "post", "book"})
#: prepositions that make results someone else's: a firm's an officer reports ("at Microsoft"), a
#: rival's win ("a loss to Alcaraz"), a person's earnings' source ("from endorsements"), a gain on
#: one deal, anyone's ("a profit on the port sale"; not "on Saturday"), a loss of a thing ("of
#: support"; not "of $2 billion")
_NOT_OWN = frozenset({"at", "to", "from", "against", "on", "of"})
#: what those may name and leave the results a company's own: a date, a sum, its turnover ("on sales")
_OWN_OBJECTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
_TURNOVER = _RESULTS | {"sales"}


def company_only(ent: Span) -> bool:
    """'Shares of Berkshire Hathaway', 'Goldman Sachs reported a loss',
    'Goldman Sachs, the investment bank,', 'Goldman Sachs raised its forecast': the name's own words
    are a company's only (its stock, results it reports, not one's at a firm, to a rival, from a
    source or on a deal, "<it> shares" where it opens with a region's name, a company noun in its
    apposition, an "its" of its verb), and no he/she follows it
    (``person_cue``; a title elsewhere, "Mr. Sachs", is another's). A person sells shares or holds
    a company ("Elon Musk sold shares", "Elon Musk's shares in Tesla", "Warren Buffett's Berkshire",
    "the Mukesh Ambani shares"): no stock of the person."""
    if not ent.doc.has_annotation("DEP"):
        return False
    root = ent.root
    apposed = ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "," and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in lexicon().org_nouns and c.left_edge.i == ent.end + 1
        for c in root.children)  # "Robey Warshaw, a firm"; not "Mujtaba Rahman of the Eurasia Group, a company"
    return (listed_results(ent) or apposed or _its_subject(ent, own=True)) and not person_cue(ent, titles=False)


def listed_results(ent: Span, results_words: frozenset[str] = _RESULTS) -> bool:
    """'Shares of Zorvath fell', 'Zorvath reported a loss', 'Berkshire Hathaway shares': the parse
    makes the name's own a listed company's stock or the results it reports (not one's at a firm,
    to a rival, from a source or on a deal), of ``results_words``."""
    if not ent.doc.has_annotation("DEP"):
        return False
    root = ent.root
    head = root.head
    stock = root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _STOCK
    results = root.dep_ == "nsubj" and head.lemma_.lower() in _REPORT_VERBS and any(
        c.dep_ == "dobj" and c.lower_ in results_words for c in head.children) and not any(
        t.dep_ == "prep" and t.lower_ in _NOT_OWN and not _own_object(t)
        for c in head.children if c.dep_ in ("dobj", "prep") for t in (c, *c.children))
    held = root.dep_ == "compound" and head.i == ent.end and head.lower_ in _STOCK and _region_first(ent)
    return stock or held or results


def _region_first(ent: Span) -> bool:
    """The name opens with a state's or county's name that is no one's given name, as a company
    named for its home does ("Berkshire Hathaway", "Texas Instruments"; not "Mukesh Ambani",
    "Georgia Hall"): "<it> shares" are the company's stock, not a holder's."""
    from dateline.gazetteer import load

    first, rd = ent[0].text, readings()
    if first in rd.given_names or first in rd.short_given_names or first in rd.place_given_names \
            or first in first_names():
        return False
    return any(e.feature in ("ADM1", "ADM2") for e in load().lookup(first))


def _own_object(prep: Token) -> bool:
    """The preposition's object is a date, a sum or a turnover ("on Saturday", "of $2 billion",
    "on higher sales"; not "on the sale", one deal)."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in _OWN_OBJECTS or c.lower_ in _TURNOVER) for c in prep.children)


def _org_alone(ent: Span) -> bool:
    """The name's last word is elsewhere in its text an organization the model tagged alone ("Disney
    said"; not the name itself, "Turmoil gripped the capital"): a vectorised look for the word, then
    at its few tokens' tags, not the entities built anew."""
    doc = ent.doc
    for i in numpy.flatnonzero(doc.to_array(ORTH) == get_string_id(ent[-1].text)):
        tok = doc[int(i)]
        if not ent.start <= tok.i < ent.end and tok.ent_iob_ == "B" and tok.ent_type_ == "ORG" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I"):
            return True
    return False


def _dealings(ent: Span) -> Iterator[Token]:
    """The words that say what a name is dealt with as: the nouns it belongs to up to a subject or
    object ("Shares of Walt Disney", "Walt Disney's profits", "a stake in Walt Disney"), and where it
    is a subject, its verb's objects ("Walt Disney reported higher profits")."""
    tok = ent.root
    while tok.dep_ not in ("nsubj", "nsubjpass", "dobj") and tok.head.i != tok.i:
        tok = tok.head
        yield tok
    if tok.dep_ in ("nsubj", "nsubjpass"):
        for child in tok.head.children:
            if child.dep_ == "dobj":
                yield from child.subtree


def determined(tok: Token) -> bool:
    """'the Moon', 'our Moon': a word after a determiner names a thing, no person by a surname."""
    return tok.i > 0 and tok.nbor(-1).tag_ in ("DT", "PRP$")


def team(tok: Token) -> bool:
    """'the Steelers', 'the Lakers': a plural name after "the" that the model tagged a person is a
    team's (or a family's) name, no one person's."""
    return tok.tag_ == "NNPS" and tok.i > 0 and tok.nbor(-1).lower_ == "the"


@per_doc
def _titled_words(doc: Doc) -> frozenset[str]:
    """The words a person title stands before anywhere in ``doc`` ("Ms. Hilton": Hilton), computed
    once per document."""
    lower = doc.to_array(LOWER)
    after = numpy.flatnonzero(numpy.isin(lower[:-1], _title_ids())) + 1
    return frozenset(doc[int(i)].text for i in after)


@lru_cache(maxsize=1)
def _title_ids() -> numpy.ndarray:
    """The string ids of the person titles, for a vectorised look at a document's words."""
    return numpy.array([get_string_id(t) for t in readings().person_titles], dtype=numpy.uint64)


def hearsay(verb: Token) -> bool:
    """'Putin is said to be furious', 'Kovalenko said to be weighing a run', 'Zelnik said to have
    met the buyers': "say" with a to-infinitive complement reports what others say of its subject,
    who says nothing, where "say" is passive ("is said to") or the infinitive's own verb is "be" or
    a perfect "have" ("to be weighing", "to be furious", "to have met"). Active "said to" before a
    plain verb is an instruction to others ("Police said to expect delays", "Smith said to call
    him"): its subject speaks."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return any(passive or _be_or_perfect(c) for c in _to_infinitives(verb))


def _be_or_perfect(verb: Token) -> bool:
    """The infinitive is "be" ("to be furious") or has a "be" or perfect "have" ("to be weighing",
    "to have met"); not a bare "have" ("to have your papers ready": an instruction)."""
    return verb.lemma_.lower() == "be" or any(
        a.dep_ in ("aux", "auxpass") and a.lower_ in ("be", "have") for a in verb.children)


def said_to(verb: Token) -> bool:
    """'Bitcoin said to rise', 'Police said to expect delays': "say" with a to-infinitive
    complement, hearsay or an instruction."""
    return bool(_to_infinitives(verb))


def _to_infinitives(verb: Token) -> list[Token]:
    """The to-infinitive complements of a "say" ("said to rise": "rise"); none of another verb."""
    if verb.lemma_.lower() != "say":
        return []
    return [c for c in verb.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def speaks(tok: Token) -> bool:
    """``tok`` is the subject of a speech verb ("Kovalenko said", "Smith wrote"), not of hearsay."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in readings().speech_verbs and not hearsay(tok.head)


def spoken_of(tok: Token) -> bool:
    """``tok`` speaks or is the subject of hearsay ("Kovalenko (is) said to be weighing a run"): where
    a name's own form reads it (a surname's ending, a given name), hearsay leaves that evidence; it
    only makes no speaker of the word ("Zelnik is said to be weighing a bid")."""
    return speaks(tok) or tok.dep_ in ("nsubj", "nsubjpass") and hearsay(tok.head)


def said_of_a_thing(verb: Token) -> bool:
    """'Sky said it would cut jobs', 'Azov said its fighters': the speech verb's complement
    refers back to its subject as a thing."""
    return any(t.lower_ == "its" or t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass")
               for t in verb.subtree if t.i > verb.i)


def arabic_place(ent: Span, dictionary: ActorDictionary, unknown: bool = False) -> bool:
    """'Ras al-Ain', 'Jisr al-Shughur', 'Tal Afar': a name tagged PERSON or ORG that an Arabic
    place-name head noun opens (``nlp.shared_places``, the places' list too) before an article,
    or before a name the gazetteer knows as a town, is a place, no person's or organization's
    (``unknown``: the caller's lookup of ``ent.text`` already failed)."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 2 or ent[0].lower_ not in PLACE_HEADS:
        return False  # the cheap tests first
    if any(org_word(t) for t in ent) or not unknown and dictionary.lookup(ent.text) is not None:
        return False
    if place_head(ent.text):
        return True
    from dateline.gazetteer import load

    return any(e.feature.startswith("PPL") for e in load().lookup(ent.text))


def thing_speaker(ent: Span, dictionary: ActorDictionary, unknown: bool = False) -> bool:
    """'Azov said its fighters had repelled an assault', 'Maersk said it would keep its ships away':
    one unknown word tagged PERSON or PRODUCT, the subject of a speech verb whose complement calls
    it "its", is an organization's name (``unknown``: the caller's lookup of ``ent.text`` already
    failed)."""
    if ent.label_ not in ("PERSON", "PRODUCT") or len(ent) != 1 or ent[0].dep_ != "nsubj":
        return False
    if not unknown and dictionary.lookup(ent.text) is not None:
        return False
    tok = ent[0]
    return tok.head.lemma_.lower() in readings().speech_verbs and any(
        t.lower_ == "its" for t in tok.head.subtree if t.i > tok.head.i)


def speaker_given_name(ent: Span, dictionary: ActorDictionary) -> bool:
    """'Vladimir said': one word (tagged a person or a place or body), a given name of ``given_names`` (one that is
    also a US place, "Austin", only with a person cue), the subject of a speech verb or of hearsay
    ("Vladimir said to be weighing a run") and not referred back to as "it", that no dictionary,
    demonym or capital names, is a person: a town that shares the name does not speak."""
    if len(ent) != 1 or ent.label_ not in ("GPE", "ORG", "LOC", "PERSON"):
        return False
    tok, rd = ent[0], readings()
    if tok.text not in rd.given_names or not spoken_of(tok):
        return False  # the cheap checks first: "Vladimir said", "Vladimir said to be weighing a run"
    if any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children) or said_of_a_thing(tok.head):
        return False
    if tok.text in rd.place_given_names and not person_cue(ent):
        return False
    return dictionary.lookup(tok.text) is None and dictionary.demonym(tok.text) is None \
        and dictionary.metonym(tok.text) is None and dictionary.capital(tok.text) is None


def given_name_person(ent: Span, dictionary: ActorDictionary, unknown: bool = False) -> bool:
    """'Paris Hilton said she': two or three capitalised words tagged ORG, the first a given
    name, none an organization or site word, that neither the dictionary nor the gazetteer knows;
    a given name that is also a place or brand ("Georgia Tech", "Lincoln Electric") only with a
    person cue; a short form ("Mitch McConnell") or a first word the list lacks where the last
    word stands alone as a person ("Mason Rudolph threw ... Rudolph said") or a "his" of its verb
    says so ("Masayoshi Son raised his stake") only where the text is
    not about a company (``company_context``: "Shares of Walt Disney", "Dow Jones cut 300 jobs ...
    Jones said") or a person cue says so; a given name and the name's own he/she
    (``_given_then_surname``) make a person whatever its second word also names ("Nadia Rosneft
    said she") (``unknown``: the caller's lookup of ``ent.text`` already failed)."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    first, rd, own = ent[0].text, readings(), _given_then_surname(ent)
    if first not in rd.given_names:
        if first not in rd.short_given_names and (not _surname_alone(ent) or _its_subject(ent)) \
                and not _his_subject(ent) and not own:
            return False  # a first word the list lacks: the model's own "Rudolph" elsewhere or "his" must say so
        if company_context(ent) and not person_cue(ent, owners=False) or company_only(ent):
            return False  # "Walt Disney", "Dow Jones": the company; "Goldman Sachs reported a loss ... Mr. Sachs"
    if first in rd.place_given_names and not person_cue(ent):
        return False
    if any(org_word(t) for t in ent) or not unknown and dictionary.lookup(ent.text) is not None:
        return False
    return (own or not any(dictionary.lookup(t.text) is not None or dictionary.demonym(t.text) is not None
                           for t in ent[1:])) and town(ent.text) is None and region_label(ent.text) is None


def state_reading(ent: Span, entry: Entry, ents: list[Span], text: str) -> bool:
    """Whether a country entity ``ent`` ("Georgia", ``entry`` cty:GEO) is a state of another
    country here (``ents``: the article's entities; ``text``: its body): the one decision of
    ``state_names.state_senses`` over the article's mentions of the name."""
    if entry.type != "country" or entry.country is None or not _has_states(ent.text, entry.country):
        return False
    same = _same_text(ent.doc, ents, ent.text)
    if not any(e.start == ent.start for e in same):
        same.append(ent)
    return _senses(ent.doc, entry, text, same).get(ent.start_char, False)


def state_demonym(ent: Span, country: Entry, ents: list[Span], text: str) -> bool:
    """Whether a demonym ("Georgians", ``country`` cty:GEO) names a state's residents here: the
    plural where a mention of the country's name is read as the state, the singular ("a Georgian
    flag") where every mention is."""
    if country.type != "country" or country.country is None or not _has_states(country.name, country.country):
        return False
    same = _same_text(ent.doc, ents, country.name)
    senses = list(_senses(ent.doc, country, text, same).values()) if same else []
    return any(senses) if ent.text.endswith("s") else bool(senses) and all(senses)


def _has_states(name: str, iso3: str) -> bool:
    """Whether another country has a state called ``name`` (else ``state_senses`` reads every
    mention as the country: no need to gather them)."""
    return bool(other_states(POSSESSIVE_AFTER.sub("", name), iso3))


@per_doc
def _ents_index(doc: Doc) -> dict[int, tuple[list[Span], dict[str, list[Span]]]]:
    """The article's entity lists indexed by text (one per Doc; keyed on the list, held with it)."""
    return {}


def _same_text(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """The entities of ``ents`` whose text is ``text``, in order (a new list)."""
    memo = _ents_index(doc)
    held = memo.get(id(ents))
    if held is None or held[0] is not ents:
        index: dict[str, list[Span]] = {}
        for e in ents:
            index.setdefault(e.text, []).append(e)
        held = memo[id(ents)] = (ents, index)
    return list(held[1].get(text, ()))


@per_doc
def _sense_memo(doc: Doc) -> dict[tuple[str, tuple[tuple[int, int], ...]], dict[int, bool]]:
    """The article's ``state_senses`` answers, by country and mention offsets (one per Doc)."""
    return {}


def _senses(doc: Doc, entry: Entry, text: str, mentions: list[Span]) -> dict[int, bool]:
    """``state_senses`` of ``entry``'s mentions, by start offset: computed once per article and
    set of mentions (each mention and each demonym asks the same question)."""
    spans = tuple(sorted({(e.start_char, e.end_char) for e in mentions}))
    memo = _sense_memo(doc)
    key = (entry.id, spans)
    found = memo.get(key)
    if found is None:
        found = memo[key] = {s: v for (s, _), v in zip(spans, state_senses(text, entry, spans), strict=True)}
    return found
