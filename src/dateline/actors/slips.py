"""Entity slips of the small model that no dictionary entry mends, read from the tokens around:

- a person's name cut short: the model stops before a hyphenated given name's tail ("Moon
  Jae" of "Moon Jae-in", "Lai Ching" of "Lai Ching-te") or before the third word of a name that
  opens with a family name ("Lee Hsien" of "Lee Hsien Loong");
- a common plural noun that opens a sentence ("Warplanes struck ...", "Gunmen stormed ...") is
  no name, only capitalised; so is a singular one the model took for a person ("Turnout was low"),
  and an English noun that only ends as a company's name does ("Turmoil gripped the capital");
- a people's adjective the model tagged alone before a charity's head word ("Islamic" of
  "Islamic Relief") is, with it, an organization's name;
- an entity run over a comma from a place into a person's name ("Kharkiv, Ihor Terekhov") is
  the two;
- a one-word organization that the gazetteer knows as a town, where the words around it make it
  a place ("residents of Nuseirat", "the Nuseirat camp", "Kosti was shelled");
- one capitalised word twice joined by "and" or "&" ("Johnson and Johnson") is a company's
  name; not where the words make them two namesakes ("Smith and Smith said they ..."), who
  are no one person (``namesakes``);
- a lone word before "and" and a person's two-word name that opens with a known given name
  shares the surname ("Serena and Venus Williams"; not "Jabalia and Beit Lahia");
- a church's name cut before "of" and its saint ("the Roman Catholic Church of St. Mary") is,
  with them, one building's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from dateline.actors.census import census_surnames, first_names
from dateline.actors.dictionary import ActorDictionary
from dateline.actors.lexicon import TOWN_POPULATION, camp_site, lexicon, town
from dateline.actors.place_context import LOCATIVE
from dateline.actors.readings import (
    company_context,
    company_only,
    determined,
    person_cue,
    readings,
    said_of_a_thing,
    speaks,
    spoken_of,
    suffixed_noun,
)
from dateline.actors.state import tokens_where
from dateline.nlp.lemmas import lookup_table, wordnet_words
from dateline.nlp.memo import text_of

#: nouns before "of" whose object is a place ("residents of Nuseirat", "the outskirts of Kosti")
PLACE_OF = frozenset({
    "residents", "resident", "people", "outskirts", "centre", "center", "east", "west", "north", "south",
    "town", "city", "village", "camp", "streets", "edge", "heart", "entrance", "mayor", "governor", "parts",
    "area", "areas", "suburbs", "siege", "fall", "capture", "shelling", "bombing", "bombardment"})
#: nouns after a name that make it a place ("Kosti residents", "the Nuseirat refugee camp")
PLACE_AFTER = frozenset({
    "residents", "resident", "camp", "outskirts", "suburbs", "mayor", "governor", "hospital", "market",
    "neighbourhood", "neighborhood", "district", "bridge", "frontline", "front"})
#: words of ``PLACE_AFTER`` that also head a company's or club's phrase ("market share", "the Chelsea camp")
WEAK_AFTER = frozenset({"market", "camp", "hospital"})
#: verbs whose passive subject is a place ("Kosti was shelled", "the town was captured")
SIEGE_VERBS = frozenset({
    "shell", "bomb", "bombard", "besiege", "encircle", "surround", "capture", "recapture", "retake", "overrun",
    "storm", "raze", "secure", "liberate", "evacuate", "seize"})
#: verbs whose passive subject is a place when an attack is the agent ("hit by airstrikes")
STRIKE_VERBS = frozenset({"hit", "strike", "target", "pound", "rock", "shake"})
ATTACK_NOUNS = frozenset({
    "airstrike", "airstrikes", "strike", "strikes", "shelling", "missile", "missiles", "rocket", "rockets",
    "drone", "drones", "bomb", "bombs", "shell", "shells", "artillery", "fire", "bombardment", "raid", "raids"})
#: verbs of going somewhere ("fighting spread to Kosti", "families fled to Rafah")
MOTION_VERBS = frozenset({"spread", "flee", "move", "return", "advance", "head", "go", "travel", "come", "push",
                          "extend", "deploy", "send", "evacuate", "relocate", "escape", "retreat", "withdraw"})
#: one romanised syllable of a Korean or Chinese given name ("Un", "Loong", "in", "te"; not
#: "Thought", "Beijing", "led", "era" is caught by ``hyphen_suffixes``)
SYLLABLE = re.compile(r"^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|l|k|p|t|r|h)?$", re.IGNORECASE)
BIG_TOWN = 100_000  # a town this big before a comma is the town without a preposition before it


def whole_name(ent: Span | None) -> Span | None:
    """A PERSON entity with the part of the name the model left out: a hyphenated tail written
    without spaces ("Moon Jae" + "-in"); after a two-word name that opens with a family name
    (``family_name_first``) or whose next word stands alone elsewhere in the text ("Machado
    called"), a third capitalised word no entity takes that ends the name ("Lee Hsien" + "Loong",
    "Maria Corina" + "Machado"; not "Lee Hsien Loong Park"); a capitalised word before a name
    that the text writes with it elsewhere ("Min" + "Aung Hlaing"); without a verb the model ran
    into the name ("Entrusting Donald Trump"; before a headline's words, after a name that opens
    with a given name, the census's too: "Bernie Sanders Suffered A Defeat", "Lee Harvey Oswald Shot
    Kennedy"; after a title, a verb in -s: "President Obama Wins Second Term", "Pope Francis Blasts
    Critics"; not "John Foster Dulles, criticized"); any entity without the words from the "Said"
    of a title-case hearsay headline on (``_before_hearsay``)."""
    ent = _before_hearsay(ent) if ent is not None else None
    if ent is None or ent.label_ != "PERSON":
        return ent
    if len(ent) >= 3 and ent[0].tag_ == "VBG" and ent[0].lower_.endswith("ing") and ent[0].lemma_ != ent[0].lower_:
        ent = Span(ent.doc, ent.start + 1, ent.end, label="PERSON")  # "Entrusting Donald Trump with"
    rd = readings()
    first = ent[0].text
    verb = next((t.i for t in ent[2:4] if t.is_stop or _headline_verb(t)), None) \
        if first in rd.given_names or first in rd.short_given_names or first in first_names() else None
    if verb is None and ent.start > 0 and _title_word(ent.doc[ent.start - 1]):
        verb = next((t.i for t in ent[1:3] if _titled_verb(t)), None)  # "President Obama Wins Second Term"
    if verb is not None and not ent.doc[verb].is_stop and _headline_after(ent.doc, verb):  # not "Lopez On Why"
        ent = Span(ent.doc, ent.start, verb, label="PERSON")  # "Bernie Sanders Suffered", "Ted Cruz Blames Donors"
    lex = lexicon()
    if len(ent) >= 3 and ent[-2].text == "-" and ent[-1].lower_ in lex.hyphen_suffixes:
        return Span(ent.doc, ent.start, ent.end - 2, label="PERSON")  # "Donald Trump-era": the name
    if ent.end >= len(ent.doc) - 1:
        return ent
    doc, end = ent.doc, ent.end
    dash, tail = doc[end], doc[end + 1]
    family = len(ent) == 2 and ent[0].text in lex.family_first
    if dash.text == "-" and not doc[end - 1].whitespace_ and not dash.whitespace_ and tail.is_lower \
            and tail.is_alpha and len(tail) <= 5 and not tail.ent_type_ and family \
            and SYLLABLE.match(tail.text) and tail.lower_ not in lex.hyphen_suffixes:
        return Span(doc, ent.start, end + 2, label="PERSON")  # "Moon Jae-in"; not "Netanyahu-led"
    third = dash
    if len(ent) == 2 and _name_word(third) and doc[end - 1].whitespace_ \
            and not (end + 1 < len(doc) and doc[end + 1].is_title) \
            and (family and SYLLABLE.match(third.text.lower()) or _stands_alone(third)):
        return Span(doc, ent.start, end + 1, label="PERSON")  # not "Xi Jinping Thought"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _name_word(before) and before.whitespace_ and not _title_word(before) \
            and text_of(doc).count(doc[ent.start - 1:end].text) > 1:
        return Span(doc, ent.start - 1, end, label="PERSON")  # "Min" + "Aung Hlaing", named so before
    return ent


def bracketed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """'[Bob] Corker said', 'Newt [Gingrich] said': a writer's brackets round part of a quoted
    name cut it for the model; capitalised words in square brackets and the capitalised words
    right after them (or, with none, right before them), two or three in all, one a given name or
    tagged a person, none a title ("[President] Obama"), are one person's name (``names`` reads it
    without the brackets). A title opening the brackets stays outside the name, before it, as
    written unbracketed ("[Sen. Marco] Rubio": "Marco] Rubio", as "Sen. Marco Rubio")."""
    rd, out = readings(), ents

    def named(t: Token) -> bool:
        return t.text in rd.given_names or t.text in rd.short_given_names or t.ent_type_ == "PERSON"

    for tok in tokens_where(doc, ORTH, ("[",)):
        first = tok.i + 1
        while first < len(doc) and _title_word(doc[first]):  # "[Sen. Marco] Rubio": the writer's title
            first += 2 if doc[first].is_alpha and first + 1 < len(doc) and doc[first + 1].text == "." else 1
        inner = _title_run(doc, first, 1)
        close = first + len(inner)
        if not inner or close >= len(doc) or doc[close].text != "]":
            continue
        after = _title_run(doc, close + 1, 1) if doc[close].whitespace_ else []
        before = [] if after or first > tok.i + 1 or not (tok.i and doc[tok.i - 1].whitespace_) \
            else _title_run(doc, tok.i - 1, -1)
        while before and not named(before[0]):
            before = before[1:]  # "Yesterday Newt [Gingrich]": from the name's first word
        words = [*before, *inner, *after]
        if not (before or after) or not 2 <= len(words) <= 3 or not any(named(t) for t in words) \
                or any(_title_word(t) for t in words):
            continue  # "[President] Obama": a title the writer adds, no part of the name
        start, end = (before[0].i, close + 1) if before else (tok.i if first == tok.i + 1 else first, after[-1].i + 1)
        out = [e for e in out if e.end <= start or e.start >= end] + [Span(doc, start, end, label="PERSON")]
    return out


def _before_hearsay(ent: Span) -> Span | None:
    """The entity up to the "Said" of a title-case hearsay headline the model ran it into ("Putin
    Said", "Trump Said To Consider Pardons", "Goldman Sachs Said": the name before it; "Prime
    Minister Said": None), unless "Said" is a name's there (``_said_a_name``: "Edward Said to
    Speak at Columbia"; "Edward Said Said to Have ...": "Edward Said")."""
    for i in range(ent.start, ent.end):
        if _hearsay_headline(ent.doc, i) and not _said_a_name(ent.doc[min(ent.start, i - 1):i + 1]):
            return Span(ent.doc, ent.start, i, label=ent.label_) if i > ent.start else None
    return ent


def _hearsay_headline(doc: Doc, i: int) -> bool:
    """Token ``i`` is the "Said" of a title-case hearsay headline: "Said to" and a capitalised
    verb ("Apple Said to Plan Job Cuts", "Putin Said to Weigh Cabinet Shake-Up")."""
    if not (0 < i < len(doc) - 2 and doc[i].text == "Said" and doc[i + 1].lower_ == "to" and doc[i + 2].is_title):
        return False
    verbs = lemmas("verb")
    return verbs is not None and doc[i + 2].lower_ in verbs


def _said_a_name(ent: Span) -> bool:
    """'Edward Said to Speak at Columbia': "Said" ends a name after a given name alone, or where
    the text writes the same name elsewhere ("Khaled Said, who died in 2010"). ``ent``: two
    words or more, the last "Said"."""
    rd, first = readings(), ent[0].text
    if len(ent) == 2 and (first in rd.given_names or first in first_names()):
        return True
    text = text_of(ent.doc)
    return any(text[m.end():m.end() + 4].lower() != " to " for m in re.finditer(re.escape(ent.text), text)
               if m.start() != ent.start_char)


def hearsay_infinitive(ent: Span) -> bool:
    """'Putin Said to Weigh Cabinet Shake-Up': the words the model found from the infinitive of a
    title-case hearsay headline on ("Weigh Cabinet Shake-Up", "Edward Said to Speak") are no name."""
    return ent.start >= 2 and _hearsay_headline(ent.doc, ent.start - 2)


def _title_run(doc: Doc, i: int, step: int) -> list[Token]:
    """Up to three capitalised words from token ``i`` on (``step`` 1) or back (-1), in text order."""
    run: list[Token] = []
    while 0 <= i < len(doc) and len(run) < 3 and doc[i].is_title and doc[i].is_alpha:
        run.append(doc[i])
        i += step
    return run if step > 0 else run[::-1]


def _headline_after(doc: Doc, i: int) -> bool:
    """The words after token ``i`` on its line are a headline's: its next three words, if any,
    capitalised but for small words, one at least ("Suffered A Defeat In", "Rampages to Point
    Lead"; not "Dulles, criticized", "Leads’ simply", "Wins to a")."""
    words: list[Token] = []
    for tok in doc[i + 1:]:
        if "\n" in tok.text or len(words) == 3:
            break
        if tok.is_alpha:
            words.append(tok)
    capitalised = [t for t in words if t.is_title or t.is_upper]
    return all(t.is_stop for t in words if t not in capitalised) and (not words or bool(capitalised))


def _headline_verb(tok: Token, surnames: bool = True) -> bool:
    """'Suffered', 'Wins', 'Shot': a capitalised verb form in -ed or -s of a verb the lemmatizer
    knows, or one of its irregular forms, no common surname ("Sanders", "Parks", "Hughes" end names;
    without ``surnames``, where a surname comes before it, a surname may be the verb: "Speaks")."""
    from dateline.actors.census import common_surnames

    low, verbs = tok.lower_, lemmas("verb")
    if not tok.is_title or verbs is None or surnames and tok.text in common_surnames():
        return False
    if low in irregular_verbs():  # "Shot", "Fell": a past the lemmatizer lists, no given name ("Sang", "Drew")
        return tok.text not in readings().given_names and tok.text not in readings().short_given_names
    if low.endswith("ied") or low.endswith("ies"):
        stems = [low[:-3] + "y"]  # "carried", "carries"
    elif low.endswith("ed"):
        stems = [low[:-2], low[:-1]] + ([low[:-3]] if len(low) > 4 and low[-3] == low[-4] else [])  # "suffered", "liked", "stopped"
    elif low.endswith("s"):
        stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])  # "wins", "pushes"
    else:
        return False
    return any(len(stem) > 1 and stem in verbs for stem in stems)


def _titled_verb(tok: Token) -> bool:
    """'Wins', 'Speaks', 'Blasts' after "President Obama", "Senator Hollings": a headline's verb in
    -s, no given name ("Wes", "Charles"); a common surname only after a surname of the census that
    is no given name, the name's own ("Senator Hollings Speaks"; not "Senator Mike Waters", "Judge
    Mary Hughes", nor after a given name no list holds, "Judge Kwame Sparks")."""
    rd = readings()
    before = tok.nbor(-1).text
    given = before in rd.given_names or before in rd.short_given_names or before in first_names()
    surname = not given and before in census_surnames()
    return tok.lower_.endswith("s") and _headline_verb(tok, surnames=not surname) \
        and tok.text not in rd.given_names and tok.text not in rd.short_given_names and tok.text not in first_names()


def headline_verb(ent: Span) -> bool:
    """'"Minister Quits," the headline read', 'John Paul Fell Blames Donors For Loss': a name the model
    found in a headline's verb in -s ("Quits", "Blames"; no common surname nor given name: "Powers",
    "Wes") right after the capitalised words that open the line or the quote, the headline going on
    capitalised or closing there, is no name."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return False
    doc, first = ent.doc, ent[0]
    run = _title_run(doc, ent.start - 1, -1)
    if not run or not first.lower_.endswith("s") or not _headline_verb(first) or first.text in first_names() \
            or first.text in readings().given_names or first.text in readings().short_given_names:
        return False
    opener = doc[run[0].i - 1] if run[0].i > 0 else None
    if opener is not None and not (opener.is_punct or opener.is_space or "\n" in opener.whitespace_) \
            and not run[0].is_sent_start:
        return False  # "said Judge Sparks": a name within the sentence
    return ent.end >= len(doc) or doc[ent.end].is_punct or "\n" in doc[ent.end - 1].whitespace_ \
        or _headline_after(doc, ent.start)


def _title_word(tok: Token) -> bool:
    """A title, honorific or office word ("Senator", "Speaker", "Judge", "Mayor"): no part of a name."""
    lex, low = lexicon(), tok.lower_
    return low in lex.title_words or low in lex.honorifics or low in lex.title_starts \
        or low in lex.title_ends or lex.canonical_title(low) is not None


def _stands_alone(tok: Token) -> bool:
    """The word stands elsewhere in the text as a name ("Machado called" after "Maria Corina
    Machado"): the model's shorter name left out the surname the article goes on to use."""
    return any(t.text == tok.text and t.i != tok.i and t.ent_type_ in ("PERSON", "ORG", "GPE", "")
               for t in tok.doc)


def _name_word(tok: Token) -> bool:
    """A short capitalised proper noun that no entity takes."""
    return tok.is_title and tok.is_alpha and len(tok) <= 7 and not tok.ent_type_ and tok.pos_ == "PROPN"


def common_plural(ent: Span, dictionary: ActorDictionary) -> bool:
    """'Warplanes struck ...': one word that opens its sentence, tagged as a common plural noun
    whose lemma is its own lower-case singular, that names no dictionary actor or people
    ("Kurds", "Houthis"), is no name (only capitalised)."""
    if len(ent) != 1 or ent.label_ not in ("ORG", "PERSON"):
        return False
    tok = ent[0]
    if tok.tag_ != "NNS" or not tok.is_title or tok.lemma_ == tok.lower_ or tok.lemma_ != tok.lemma_.lower():
        return False
    nouns = lemmas()
    if nouns is not None and tok.lemma_ not in nouns:
        return False  # "Mercedes" (lemma "mercede"): no English noun's plural
    opens = bool(tok.is_sent_start) or tok.i > 0 and bool(tok.nbor(-1).is_sent_start) and not tok.nbor(-1).is_alpha
    return opens and dictionary.lookup(tok.text) is None and dictionary.demonym(tok.text) is None


def common_noun(ent: Span, dictionary: ActorDictionary) -> bool:
    """'Turnout was low', 'Attendance was high': one capitalised word the model tagged a person that
    opens its sentence as the subject of "be" and an adjective (a level a quantity is at), is an
    English noun, no common surname ("Hope", "Price", "Baker") nor given name, is nowhere else
    capitalised within a sentence nor part of another name, names no dictionary actor and has no
    person cue (a title, a he/she after it) is no name, only capitalised. The model's noun list has
    famous people too ("lenin", "saddam", "gorbachev"): a one-word name that dies, resigns, is
    buried, is a dictator or says something is a person's ("Lenin died in 1924")."""
    if len(ent) != 1 or ent.label_ != "PERSON" or not ent[0].is_title or not ent[0].is_sent_start:
        return False
    tok = ent[0]
    if not (tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(c.dep_ == "acomp" for c in tok.head.children)):
        return False
    from dateline.actors.census import common_surnames

    nouns, rd = lemmas(), readings()
    if nouns is None or tok.lower_ not in nouns or tok.text in common_surnames() or tok.text in rd.given_names \
            or tok.text in rd.short_given_names or tok.text in rd.place_given_names:
        return False
    return not _named_elsewhere(tok) and dictionary.lookup(tok.text) is None and not person_cue(ent)


def suffixed_common_noun(ent: Span, dictionary: ActorDictionary) -> bool:
    """'Turmoil gripped the capital', 'Sandbank shifted after the storm': one English noun that
    only ends as a company's name does (``readings.suffixed_noun``) and opens its sentence is no
    name, only capitalised, whatever the model tagged it; not where it speaks ("Turmoil said it"),
    deals as a company does ("Sandbank reported a loss", "Recoil ran its first ad":
    ``readings.company_context``), has a person cue, names a dictionary actor or is capitalised
    elsewhere within a sentence."""
    if len(ent) != 1 or ent.label_ not in ("ORG", "PERSON") or not ent[0].is_sent_start \
            or not suffixed_noun(ent[0]) or speaks(ent[0]) or dictionary.lookup(ent.text) is not None \
            or company_context(ent):
        return False
    return not _named_elsewhere(ent[0]) and not person_cue(ent)


def _named_elsewhere(tok: Token) -> bool:
    """The word stands elsewhere capitalised within a sentence ("according to Politico") or as one
    word of a longer entity ("Saddam" of "Saddam Hussein"): a name, not a capitalised noun."""
    return any(t.i != tok.i and (not t.is_sent_start or _in_longer_name(t))
               for t in tokens_where(tok.doc, ORTH, (tok.text,)))


def _in_longer_name(tok: Token) -> bool:
    """The token is one word of an entity of two words or more ("Saddam" of "Saddam Hussein")."""
    return tok.ent_iob_ == "I" or tok.ent_iob_ == "B" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"


_CELL_EDGES = frozenset({"|", "\t"})


def header_cell(ent: Span, dictionary: ActorDictionary) -> bool:
    """'| Candidate | Party | Votes |': one capitalised English noun that fills a cell of a table's
    header row (a line of cells without a figure) names a column, not an actor; a row of results
    ("| John Okafor | Labour | 45127 |") and a name the dictionary knows ("| Labour | Likud |") stay."""
    if len(ent) != 1 or ent.label_ not in ("ORG", "PERSON") or not ent[0].is_title:
        return False
    text, start, end = text_of(ent.doc), ent.start_char, ent.end_char
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    before, after = text[line_start:start].rstrip(" "), text[end:line_end].lstrip(" ")
    if not (before[-1:] in _CELL_EDGES and after[:1] in _CELL_EDGES):
        return False
    nouns = lemmas()
    return (nouns is None or ent[0].lower_ in nouns or ent[0].lemma_.lower() in nouns) \
        and not any(c.isdigit() for c in text[line_start:line_end]) \
        and dictionary.lookup(ent.text) is None and dictionary.demonym(ent.text) is None


def lemmas(pos: str = "noun") -> frozenset[str] | None:
    """The English nouns (verbs: ``pos="verb"``) the model's lemmatizer knows (its ``lemma_index``
    table), or None where the model package or its table is missing (then any regular plural counts)."""
    return wordnet_words(pos) or None


@lru_cache(maxsize=1)
def irregular_verbs() -> frozenset[str]:
    """The verb forms the model's lemmatizer lists as exceptions, but for '-ing' forms ("shot",
    "won", "fell", "stopped"; its ``lemma_exc`` table): empty where the table is missing."""
    verbs = lookup_table("lemma_exc").get("verb", {})
    return frozenset(w for w, base in verbs.items() if not w.endswith("ing") and w not in base)


def town_in_place(ent: Span) -> bool:
    """'residents of Nuseirat', 'the Nuseirat refugee camp', 'Kosti was shelled', 'hit by
    airstrikes': one word tagged ORG that the gazetteer knows as a town stands where a place does."""
    if ent.label_ != "ORG" or len(ent) != 1:
        return False
    found = town(ent.text)
    if found is None or found[1] < TOWN_POPULATION:
        return False
    doc, tok = ent.doc, ent[0]
    before = doc[ent.start - 1] if ent.start > 0 else None
    held = before is not None and before.i > 0 and doc[before.i - 1].lower_ in lexicon().holding_words
    if before is not None and (before.lower_ in LOCATIVE and not held or before.lower_ == "of" and before.i > 0
                               and doc[before.i - 1].lower_ in PLACE_OF
                               or before.lower_ == "to" and before.head.lemma_.lower() in MOTION_VERBS
                               and before.head.pos_ == "VERB"):
        return True  # "fled to Rafah"; not "his move to Chelsea"
    after = doc[ent.end:ent.end + 2]
    words = [t.lower_ for t in after]
    if words == ["refugee", "camp"]:
        return True
    if words[:1] == ["camp"]:  # "the Nuseirat camp"; not "The Walker camp said", a politician's
        return camp_site(ent.text)
    if words[:1] and words[0] in PLACE_AFTER:  # "Kosti residents"; a weak word only alone ("Mercedes market share")
        return words[0] not in WEAK_AFTER or len(after) > 1 and after[1].pos_ not in ("NOUN", "PROPN")
    head = tok.head
    if tok.dep_ != "nsubjpass":
        return False
    lemma = head.lemma_.lower()
    if lemma in SIEGE_VERBS:
        return True
    return lemma in STRIKE_VERBS and any(
        c.dep_ == "agent" and any(g.lower_ in ATTACK_NOUNS for g in c.subtree) for c in head.children)


def charity_name(ent: Span) -> Span:
    """'Islamic Relief', 'Christian Aid': a NORP the model tagged alone before a capitalised
    charity head (``charity_heads``) that no entity takes is, with it, an organization's name."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "NORP" or end >= len(doc) or not ent[-1].whitespace_:
        return ent
    head = doc[end]
    if head.text not in lexicon().charity_heads or head.ent_type_ or _title_case(head.sent):
        return ent  # not in a headline ("Congress Approves Israeli Aid Package")
    if end + 1 < len(doc) and doc[end + 1].is_title and doc[end].whitespace_:
        return ent  # "Turkish Rescue Teams", "Israeli Aid Package": the head of a longer phrase
    return Span(doc, ent.start, end + 1, label="ORG")


#: the words a saint's name opens with after "Church of" ("the Church of St. Mary")
_SAINT_WORDS = frozenset({"st", "st.", "saint", "ss", "ss.", "sts", "sts."})
_SAINTED_HEADS = frozenset({"church", "cathedral", "basilica", "chapel", "parish", "monastery"})


def saint_name(ent: Span) -> Span:
    """'the Roman Catholic Church of St. Mary': a place of worship's name that the model cut
    before "of" and its saint is, with them, one building's name (FAC)."""
    doc, end = ent.doc, ent.end
    if ent.label_ not in ("ORG", "FAC") or ent[-1].lower_ not in _SAINTED_HEADS or end + 2 >= len(doc) \
            or doc[end].lower_ != "of" or doc[end + 1].lower_ not in _SAINT_WORDS:
        return ent
    stop = end + 2
    while stop < len(doc) and doc[stop].is_title and doc[stop].is_alpha and doc[stop].ent_type_ not in ("GPE", "LOC"):
        stop += 1
    return ent if stop == end + 2 else Span(doc, ent.start, stop, label="FAC")


_OWNS = frozenset({"'s", "\u2019s"})


def possessive_split(ent: Span) -> list[Span]:
    """'Jeff Bezos\u2019s Blue Origin', 'Elon Musk\u2019s SpaceX': a person's name the model ran over
    a possessive (it does so after a curly apostrophe) into a capitalised name is the person and
    the name after it (ORG, relabelled by the dictionary: "Putin\u2019s Russia")."""
    if ent.label_ != "PERSON":
        return [ent]
    cut = next((t.i for t in ent[1:-1] if t.text in _OWNS), None)
    if cut is None or not ent.doc[cut + 1].text[:1].isupper():
        return [ent]
    return [Span(ent.doc, ent.start, cut, label="PERSON"), Span(ent.doc, cut + 1, ent.end, label="ORG")]


def _title_case(sent: Span) -> bool:
    """A headline: every word but the small function words is capitalised ("Turkish Rescue Teams
    Reach Quake Zone"; not "Islamic Relief and Christian Aid appealed for funds")."""
    words = [t for t in sent if t.is_alpha]
    return len(words) >= 3 and not any(t.is_lower and not t.is_stop for t in words)


def comma_split(ent: Span, dictionary: ActorDictionary) -> list[Span]:
    """'the mayor of Kharkiv, Ihor Terekhov,': an entity the model ran over a comma from a place
    (a country, a town after "of"/"in", or a town of ``BIG_TOWN`` people) into two or three
    capitalised words that no dictionary, place or organization word claims is the place and,
    in apposition, a person's name."""
    if ent.label_ not in ("ORG", "GPE", "PERSON", "LOC") or len(ent) < 4:
        return [ent]
    comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
    if comma is None:
        return [ent]
    doc, lex = ent.doc, lexicon()
    left, right = doc[ent.start:comma], doc[comma + 1:ent.end]
    entry, found = dictionary.lookup(left.text), town(left.text)
    after_of = ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "in", "for", "from")
    if not (entry is not None and entry.type == "country" or found is not None and (after_of or found[1] >= BIG_TOWN)):
        return [ent]  # "the mayor of Bucha, ...", "Kharkiv, ..."; not "Smith, John Adams"
    if not 2 <= len(right) <= 3 or not all(t.is_title and t.is_alpha for t in right) or any(
            t.text in lex.org_heads or t.lower_ in lex.institution_words for t in right):
        return [ent]
    if town(right.text) is not None or dictionary.lookup(right.text) is not None:
        return [ent]
    return [Span(doc, left.start, left.end, label="GPE"), Span(doc, right.start, right.end, label="PERSON")]



def role_in_name(pieces: list[Span]) -> list[Span]:
    """'Kherson Oblast governor Oleksandr Prokudin': a PERSON entity with a lower-case title word
    inside ("governor" after a place) holds a role, not a name: the name is the capitalised words
    after the title (the words before are left to the descriptor reading); and a PERSON entity
    that a second one follows after one space ("Oleksandr" + "Prokudin": the model cut the name
    in two) is one name with it, when all its words are capitalised ones."""
    out: list[Span] = []
    for ent in pieces:
        ent = _after_role(ent)
        last = out[-1] if out else None
        if last is not None and _cut_name(last, ent):
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _after_role(ent: Span) -> Span:
    if ent.label_ != "PERSON" or len(ent) < 3:
        return ent
    titles = lexicon().title_words
    inside = [t.i for t in ent[1:-1] if t.is_lower and t.lower_ in titles]
    if not inside or not all(t.is_title and t.is_alpha for t in ent.doc[inside[-1] + 1:ent.end]):
        return ent
    return Span(ent.doc, inside[-1] + 1, ent.end, label="PERSON")


def _cut_name(left: Span, right: Span) -> bool:
    doc = left.doc
    return left.label_ == right.label_ == "PERSON" and right.start == left.end and len(left) + len(right) <= 4 \
        and doc[left.end - 1].whitespace_ == " " and all(t.is_title and t.is_alpha for t in doc[left.start:right.end])


def facility(ent: Span, after: Token | None) -> Span | None:
    """'Nasser Hospital', 'Kamal Adwan' + 'Hospital': a PERSON entity that ends in a capitalised
    facility head noun (``facility_heads``), or that one follows at once, is a facility (FAC)."""
    heads = lexicon().facility_heads
    if len(ent) > 1 and ent[-1].is_title and ent[-1].lower_ in heads and _word_end(ent[-1]):
        return Span(ent.doc, ent.start, ent.end, label="FAC")
    if after is not None and after.is_title and after.lower_ in heads and ent[-1].whitespace_ and _word_end(after):
        return Span(ent.doc, ent.start, ent.end + 1, label="FAC")
    return None


#: heads of worship sites: named for a given name ("Grace Church") as often as a person bears them
_WORSHIP = frozenset({"church", "temple"})
#: titles that open a facility's name ("King Hussein Hospital", "Imam Ali Mosque", "Dr. Soetomo
#: Hospital", "General Hospital"): before a facility head no common surname, no person's
_SITE_TITLES = frozenset({"king", "queen", "prince", "princess", "crown", "emperor", "empress", "tsar", "emir",
                          "amir", "sheikh", "sultan", "ayatollah", "pope", "rabbi", "imam", "cleric", "bishop",
                          "saint", "st", "st.", "dr", "dr.", "doctor", "general", "president", "martyr"})


def person_site(ent: Span) -> bool:
    """'Former congressman Dave Camp said', 'Senator Frank Church', 'Jonathan Port said': a name of
    two or three capitalised words that ends in a facility head that is also a common surname
    (``census.common_surnames``: Camp, Church, Temple, Port), the first no facility word ("Camp
    David") and no determiner before it ("the Jordan Church"), is a person's where a person title or
    role noun stands right before it, or where it opens with a given name and is the subject of a
    speech verb or of hearsay ("Jonathan Port said to be weighing a bid": the name's own form
    stands) not taken up as "it"/"its" or a he/she follows it (``person_cue``; a church's or
    temple's only so: "Grace Church said"). Before any other facility head, a civil title makes it
    a person's only so ("Mayor Tom Market said"; not "taken to Governor Juan Luis Hospital")."""
    heads, doc = lexicon().facility_heads, ent.doc
    if not 2 <= len(ent) <= 3 or ent[-1].lower_ not in heads or ent[0].lower_ in heads \
            or not all(t.is_title and t.is_alpha for t in ent):
        return False  # the cheap tests first
    from dateline.actors.census import common_surnames

    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.tag_ in ("DT", "PRP$"):
        return False
    titled = before is not None and person_title(before)
    surname = ent[-1].text in common_surnames()
    if titled and surname:
        return True  # "Senator Frank Church"
    if not surname and not (titled and before is not None and before.lower_ not in _SITE_TITLES):
        return False  # "Mayor Tom Market said", not "taken to Governor Juan Luis Hospital"
    rd = readings()
    if ent[0].text not in rd.given_names and ent[0].text not in rd.short_given_names:
        return False
    root = ent.root
    place = ent[0].text in rd.place_given_names or ent[-1].lower_ in _WORSHIP
    return (spoken_of(root) and not said_of_a_thing(root.head) and not place) or person_cue(ent)


def names_word(ent: Span) -> str | None:
    """'Shirley Temple Black ... Temple said she was honoured': one capitalised facility head that
    is a common surname, a later word of a person's name the model tagged elsewhere in the text,
    with a he/she after it (``person_cue``), is that person: their full name, else None."""
    tok = ent[0]
    if len(ent) != 1 or not tok.is_title or tok.lower_ not in lexicon().facility_heads or determined(tok):
        return None  # the cheap tests first; "the Temple" is the building
    from dateline.actors.census import common_surnames

    if tok.text not in common_surnames():
        return None
    full = next((e.text for e in ent.doc.ents if e.label_ == "PERSON" and e.start != ent.start
                 and any(t.text == tok.text for t in e[1:])), None)
    return full if full is not None and person_cue(ent) else None


def person_title(tok: Token) -> bool:
    """'congressman', 'Senator', 'Mr.': a person's title or role noun."""
    low, lex = tok.lower_, lexicon()
    return low in lex.title_words or low in lex.honorifics or low in lex.role_nouns \
        or low in readings().person_titles


def _word_end(tok: Token) -> bool:
    """No hyphen joins ``tok`` to the next word ("Hospital-Smith")."""
    return bool(tok.whitespace_) or tok.i + 1 == len(tok.doc) or tok.nbor(1).text not in ("-", "\u2013")


def repeated_name(pieces: list[Span]) -> list[Span]:
    """'Johnson & Johnson', 'Johnson and Johnson reported higher sales': one capitalised word
    twice joined by "and" or "&" is a company's name (ORG), not the person of that surname once or
    twice; the entities the model gave its words give way to it. Not where the first word ends a
    longer name ("Boris Johnson and Johnson's aides": a person, then his namesake), nor where the
    words make them two people (``_two_people``: "Williams and Williams were both injured")."""
    if not pieces:
        return pieces
    doc, out = pieces[0].doc, list(pieces)
    for ent in pieces:
        for i in (ent.start - 2, ent.start):
            if i < 0 or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("and", "&") or any(
                    p.start < i < p.end for p in pieces):
                continue
            first, last = doc[i], doc[i + 2]
            if first.text != last.text or not (first.is_title and first.is_alpha) or _two_people(pieces, first):
                continue
            out = [p for p in out if p.end <= i or p.start >= i + 3]
            out.append(Span(doc, i, i + 3, label="ORG"))
    return sorted({(p.start, p.end): p for p in out}.values(), key=lambda s: s.start)


#: words after "X and X" that take it up as one body, or as two people
_BODY_WORDS = frozenset({"it", "its", "itself"})
_PEOPLE_WORDS = frozenset({"they", "their", "them", "both", "each", "he", "his", "she", "her"})


def _two_people(pieces: list[Span], first: Token) -> bool:
    """'Smith and Smith said they would appeal', 'Williams and Williams were both injured': "X and
    X" (not "X & X", nor one the model tagged ORG) whose sentence next takes it up as two people
    ("they", "both", "each") rather than one body ("it", "its")."""
    doc, i = first.doc, first.i
    if doc[i + 1].text == "&" or any(p.label_ == "ORG" and p.start <= i and i + 3 <= p.end for p in pieces):
        return False
    later = (t.lower_ for t in doc[i + 3:first.sent.end])
    return next((w in _PEOPLE_WORDS for w in later if w in _BODY_WORDS | _PEOPLE_WORDS), False)


#: a region or town this big is the place, not a given name, before "and" and a person ("Texas and Mary Smith")
_PLACE_NOT_NAME = 500_000


def shared_surname(ent: Span, dictionary: ActorDictionary, surnames: set[str] | frozenset[str]) -> bool:
    """'Serena and Venus Williams': a lone capitalised word joined by "and" to a person's
    two-word name that the model tagged a person and that opens with a known given name
    (``readings.given_names``, or a short form: "Hillary and Bill Clinton") shares that surname,
    so it is a person, whatever the model tagged it; not two towns ("Jabalia and Beit Lahia", the second tagged a person), a word the
    dictionary or the article knows otherwise ("Blinken and Jake Sullivan", "Jones and Mary Smith"
    after "Tom Jones"), a large place ("Texas and Mary Smith"), a body's word ("Congress and Tom
    Cole": ``org_heads``, ``institution_words``), nor the end of a longer name ("Rio Grande and
    Maria Lopez"). Read once, by ``corrections.relabel``, whose span carries the full
    name ("Serena Williams") as its ``kb_id`` for ``names``."""
    doc, i = ent.doc, ent.start
    if len(ent) != 1 or i + 3 >= len(doc) or doc[i + 1].lower_ != "and" or not all(
            t.is_title and t.is_alpha for t in (doc[i], doc[i + 2], doc[i + 3])) or not _word_end(doc[i + 3]) \
            or doc[i + 2].text not in readings().given_names and doc[i + 2].text not in readings().short_given_names \
            or not (doc[i + 2].ent_type_ == doc[i + 3].ent_type_ == "PERSON" and doc[i + 3].ent_iob_ == "I"):
        return False  # "Jarry and Hans Podlipnik-Castillo": a double name, no shared surname
    word = doc[i].text
    after = doc[i + 4] if i + 4 < len(doc) else None
    if word in surnames or word == doc[i + 3].text or after is not None and after.is_title \
            or i > 0 and (doc[i - 1].is_title or doc[i - 1].text in _OWNS) \
            or dictionary.lookup(word) is not None or dictionary.demonym(word) is not None \
            or word in lexicon().org_heads or word.lower() in lexicon().institution_words:
        return False  # "Congress and Tom Cole", "Parliament and Mary Smith": a body, no namesake
    from dateline.gazetteer import load

    return all(e.population < _PLACE_NOT_NAME for e in load().lookup(word))

def namesakes(tok: Token) -> bool:
    """'Williams and Williams were both injured': a lone surname joined by "and" to itself names
    two people of that name, neither of whom the words single out."""
    doc, i = tok.doc, tok.i
    return any(0 <= j < len(doc) and doc[j].text == tok.text and doc[(i + j) // 2].lower_ == "and"
               for j in (i - 2, i + 2))




def company_named(ent: Span) -> bool:
    """'Shares of Berkshire Hathaway rose', 'Goldman Sachs, the investment bank,': a name of two or
    three capitalised words the model tagged PERSON, the first no given name (``readings``), whose
    own words are a company's only (``readings.company_only``) is a company's."""
    if ent.label_ != "PERSON" or not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    rd = readings()
    return ent[0].text not in rd.given_names and ent[0].text not in rd.short_given_names and company_only(ent)
