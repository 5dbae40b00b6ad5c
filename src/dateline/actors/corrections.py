"""Correct the small model's entity slips with the actor dictionary and a place-name list.

- a PERSON that is a populated place ("Khan Yunis") becomes GPE, and so does a name of two or
  more words tagged PERSON or ORG that the places gazetteer knows as a town of 5,000 people
  ("Majdal Shams", "El Fasher") and that holds no organization word;
- a capitalised word the model took for a name before a group noun it modifies ("Riot police")
  is no entity (the group rule reads the phrase); an untagged national capital that is the
  subject of a verb ("Kyiv said") is a GPE; one word tagged ORG/GPE that is the surname of
  exactly one dictionary person ("Katz said") is a PERSON;
- an entity that is a dictionary name takes the dictionary's type ("Hamas" tagged PERSON -> ORG,
  "Israel" tagged ORG -> GPE, a demonym tagged ORG -> NORP, and so a people's adjective tagged
  ORG before its noun: "the Ibo community");
- dictionary names the model missed ("AFP") become entities, and a dictionary name that strictly
  contains a model entity ("UN Security Council" around "Security Council") replaces it;
- an entity the model ran over a results line or an aside ("Leeds 2 Ipswich", "Rossi ( Italy")
  is split; prepositions and numbers at its end are cut;
- initials and a surname ("J. Okafor") are a person; a name ending in "Bank", "Party"...
  an organization; a one-word organization that is a city of a million people ("Dhaka airport")
  the city; time zones ("GMT") and unknown organizations guessed in lines of capitals are dropped;
  demonyms in capitals ("GERMAN") are NORP; a person named in full is not a city ("Norman");
- a name ending in a facility head ("Nasser Hospital") is a facility (FAC) whether tagged PERSON
  or ORG; an ORG of an institution or business head stays one (``institution_heads``:
  "Columbia University", "Concordia College"); where it acts ("Nasser Hospital
  said") the actors give it its institution (``metonymy.acting_facility``); not a person whose
  surname the head is where a title or a speaking given name says so ("Senator Frank Church",
  "Jonathan Port said": ``slips.person_site``, ``slips.names_word``); one word twice joined by "and"
  ("Johnson and Johnson") is a company; a WORK_OF_ART that is a list of gazetteer towns where a
  place is expected ("shelled Toretsk and Marinka") is those towns;
- readings from the words around a name (``readings``): a region tagged ORG or PERSON
  ("Nagorno-Karabakh") and a name an Arabic place head opens ("Ras al-Ain") are places; an
  name opening with a given name ("Paris Hilton") is a person's; a one-word ORG or GPE that speaks
  as a surname ("Kovalenko said", "Smith wrote") is a person (``speakers``), and a one-word PERSON
  of no name list, the subject of "said to" with another reading, a market's or a common noun's
  ("Bitcoin said to rise"), is no entity; one unknown word tagged PERSON that ends in a company's
  suffix ("Gazprombank", "Lukoil"), with no person cue ("Mr. Goldbank", "Goldbank said he"), is an
  organization;
- what befalls a one-word name (``struck``): struck by a storm, a name the place list knows and
  the dictionary holds as no organization is the place ("Austin was hit by a winter storm"); shot, a common surname is a person ("Lincoln was shot"); a headline's verb the
  model took for a name is none ("Minister Quits": ``slips.headline_verb``); an untagged word
  that speaks with a he/she after it is a surname (``speakers``: "Trumka said he would").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np
from spacy.attrs import DEP, IS_ALPHA, IS_UPPER, LENGTH, ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dateline.actors import slips
from dateline.actors.dictionary import ActorDictionary, Entry
from dateline.actors.lexicon import TOWN_POPULATION, honorary_name, lexicon, town
from dateline.actors.organizations import POSSESSIVE
from dateline.actors.place_context import after_locative, feature_name, named_place, place_context
from dateline.actors.readings import (
    arabic_place,
    company_compound,
    given_and_surname,
    given_name_person,
    person_cue,
    region_org,
    speaker_given_name,
    thing_speaker,
    titled_namesake,
)
from dateline.actors.speakers import BIG_CITY, hearsay_subject, speaker_surname, speaking_surnames
from dateline.actors.state import tokens_where
from dateline.actors.struck import hazard_struck, shot_person
from dateline.actors.trades import TRADE_NOUNS, relative_subject
from dateline.actors.works import work_titles

DEMONYM = "dem|"
INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
CAPITAL_CITY = 1_000_000  # an organization named like a city this big is the city (or its government)
SCORE = re.compile(r"\d{1,3}(-\d{1,3})?")
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SEPARATORS = frozenset({"(", ")", ":", ";", "[", "]"})
#: labels the model gives names it misreads ("ISIL" PRODUCT or CARDINAL): a dictionary name wins
MISREAD_LABELS = frozenset({"PRODUCT", "CARDINAL", "WORK_OF_ART", "LAW", "EVENT"})
TRAILING_WORDS = frozenset({"on", "in", "at", "of", "to", "for", "by", "with", "from", "and", "the", "a", "an", "or"})


def label_for(entry: Entry) -> str:
    """OntoNotes label for a dictionary type."""
    if entry.type == "person":
        return "PERSON"
    return "GPE" if entry.type == "country" else "ORG"


def build_matcher(vocab: Vocab, dictionary: ActorDictionary,
                  make_doc: Callable[[str], Doc]) -> PhraseMatcher:
    """A case-sensitive phrase matcher over every dictionary name and demonym."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    patterns: dict[str, list[str]] = {}
    for entry in dictionary.entries.values():
        patterns.setdefault(entry.id, []).extend((entry.name, *entry.aliases))
        if entry.demonyms:
            patterns.setdefault(DEMONYM + entry.id, []).extend(
                d for d in entry.demonyms if len(d) > 2)
    for key, texts in patterns.items():
        unique = [t for t in dict.fromkeys(texts) if (t[:1].isupper() or t[:1].isdigit())
                  and not _described(dictionary, t, key)]
        matcher.add(key, [make_doc(t) for t in unique])
    return matcher


def _described(dictionary: ActorDictionary, alias: str, key: str) -> bool:
    """'Israeli army', 'US military', 'Likud party': a demonym, or the actor's own name, and common
    nouns describe the actor rather than name it; such an alias resolves an entity the model
    found but is not searched for in text (the entity is "Israeli" or "Likud"; the group rule makes
    "Israeli army" the country's military). "UN refugee agency" is searched: "UN" is another actor."""
    words = alias.split()
    k = len(words)
    while k > 1 and words[k - 1].islower():
        k -= 1
    if k == len(words):
        return False
    if k == 1 and dictionary.demonym(words[0]) is not None:
        return True
    own = dictionary.lookup(" ".join(words[:k]))
    return own is not None and own.id == key


#: verbs of boats and the sea whose "off" sets a name at sea, by a place ("sank off Lampedusa")
SEA_VERBS = frozenset({"sink", "capsize", "founder", "rescue", "intercept", "drown", "anchor", "wreck", "spot"})


#: verbs of coming ashore whose "on", "in" or "at" sets a name on land, a place ("arriving on Lampedusa")
LANDING_VERBS = frozenset({"arrive", "land", "dock", "disembark"})


def offshore(ent: Span) -> bool:
    """'a boat capsized off Lampedusa', 'migrants rescued off Lampedusa'; not 'see off Smith'."""
    off = ent.doc[ent.start - 1] if ent.start > 0 else None
    return off is not None and off.lower_ == "off" and off.head.lemma_.lower() in SEA_VERBS


def landed(ent: Span) -> bool:
    """The one word of ``ent`` is, somewhere in its doc, where boats sink or people come ashore
    ("Migrants kept arriving on Lampedusa. Lampedusa said it ...": the island both times); not an
    owner's name there ("Police arrived at Miller's farm": a person's farm)."""
    doc = ent.doc
    for i in np.flatnonzero(doc.to_array(ORTH) == ent[0].orth):
        prep = doc[int(i) - 1] if i > 0 else None
        if prep is None or doc[int(i)].head.i != prep.i:
            continue
        if prep.lower_ == "off" and prep.head.lemma_.lower() in SEA_VERBS or prep.lower_ in (
                "on", "in", "at") and prep.head.lemma_.lower() in LANDING_VERBS:
            return True
    return False


class EntityCorrector:
    """Entities of a Doc, corrected; see the module docstring."""

    def __init__(self, dictionary: ActorDictionary, matcher: PhraseMatcher,
                 places: dict[str, int], *, add_missing: bool = True) -> None:
        self.dictionary = dictionary
        self.matcher = matcher
        self.places = places
        self.add_missing = add_missing

    def __call__(self, doc: Doc, names: Iterable[str] = ()) -> list[Span]:
        """Corrected entities; ``names``: full names of people met earlier in the same text."""
        names, model = list(names), doc.ents  # doc.ents makes its spans anew on each access
        surnames = {n.split()[-1] for n in (*names, *(e.text for e in model if e.label_ == "PERSON"))
                    if len(n.split()) > 1}  # last words of people named in full in this text
        pieces = [s for ent in model for p in self.split_dash(ent) for q in self.split_inner(p)
                  for r in self.split_people(q) for o in slips.possessive_split(r) for s in self.split_towns(o)]
        pieces = [slips.saint_name(slips.charity_name(r)) for p in pieces for r in slips.comma_split(p, self.dictionary)]
        pieces = slips.repeated_name(slips.role_in_name(pieces))
        ents = [e for e in (self.relabel(slips.whole_name(_trim_numbers(ent)), surnames) for ent in pieces) if e is not None]
        ents = [e for e in ents if not (e.label_ == "ORG" and (e.text in lexicon().time_zones or self._caps_guess(e)))
                and not self._role_modifier(e) and not slips.common_plural(e, self.dictionary)
                and not slips.common_noun(e, self.dictionary) and not slips.suffixed_common_noun(e, self.dictionary)
                and not slips.header_cell(e, self.dictionary)
                and not slips.headline_verb(e) and not slips.hearsay_infinitive(e)]
        if self.add_missing:
            ents = self.merge_matches(doc, ents)
            ents = self.capital_subjects(doc, ents)
            ents = self.capital_places(doc, ents)
            ents = self.initials(doc, ents)
            ents = slips.bracketed_names(doc, ents)
            ents = self.surnames(doc, ents, names)
            ents = speaking_surnames(doc, ents, self.dictionary, self.places)  # "Trumka said he"
        return work_titles(doc, ents, self.dictionary)

    def surnames(self, doc: Doc, ents: list[Span], names: Iterable[str]) -> list[Span]:
        """The surname of a person named in full ("Alexander Lebed" ... "Lebed") is that person,
        whether the model missed it or took it for an organization or a place."""
        full = [*names, *(e.text for e in ents if e.label_ == "PERSON" and len(e) > 1)]
        known = set(full)
        ents = [Span(doc, e.start, e.end, label="PERSON") if e.label_ in ("ORG", "GPE", "NORP") and e.text in known
                else e for e in ents]  # "Lester Holt" is a person everywhere if once
        last = {n.split()[-1] for n in full if len(n.split()) > 1}
        last = {w for w in last if w.isalpha() and len(w) > 2 and w[0].isupper() and not self._known(w)}
        if not last:
            return ents
        by_token = {i: e for e in ents for i in range(e.start, e.end)}
        out = [e for e in ents if not (len(e) == 1 and e.text in last and e.label_ != "PERSON")]
        for tok in tokens_where(doc, ORTH, last):
            ent = by_token.get(tok.i)
            if tok.text in last and (ent is None or (len(ent) == 1 and ent.label_ != "PERSON")):
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        return out

    def _role_modifier(self, ent: Span) -> bool:
        """'Riot police', 'Border guards': a capitalised word the model took for a name that
        modifies a plural group noun after it is a kind of the group (the group rule reads it)."""
        if len(ent) != 1 or ent.label_ not in ("PERSON", "ORG", "NORP") or ent.end >= len(ent.doc):
            return False
        nxt, word = ent.doc[ent.end], ent[0]
        return (nxt.is_lower and nxt.lemma_.lower() in lexicon().group_nouns and word.head.i == nxt.i
                and self.dictionary.lookup(word.text) is None and self.dictionary.demonym(word.text) is None
                and word.text not in self.places)

    def _titled_apposition(self, ent: Span) -> bool:
        """'The Conservative leader, Kemi Badenoch, said': a name of two or more capitalised words
        the model took for a place or an organization, in apposition to an office title ("leader",
        "envoy"), that neither the dictionary nor the gazetteer knows, is the office holder's name."""
        lex, root = lexicon(), ent.root
        if ent.label_ not in ("GPE", "LOC", "ORG") or len(ent) < 2 or not all(t.is_title for t in ent) \
                or root.dep_ != "appos" or root.head.lower_ not in lex.title_ends:
            return False
        return not any(t.lower_ in lex.org_heads or t.lower_ in lex.institution_words for t in ent) \
            and self.dictionary.lookup(ent.text) is None and ent.text not in self.places \
            and town(ent.text) is None

    def capital_subjects(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Kyiv said ...': a national capital the model did not tag, subject of a verb, is
        a GPE entity (the names rule reads it as the country's government)."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        for tok in tokens_where(doc, DEP, ("nsubj", "nsubjpass")):
            if tok.i in taken or tok.dep_ not in ("nsubj", "nsubjpass") or not tok.is_title or not tok.is_alpha \
                    or tok.head.pos_ not in ("VERB", "AUX") or tok.head.i < tok.i:
                continue
            if any(c.dep_ in ("compound", "amod", "det", "poss") for c in tok.children):
                continue
            if self.dictionary.capital(tok.text) is not None and self.dictionary.lookup(tok.text) is None:
                ents.append(Span(doc, tok.i, tok.i + 1, label="GPE"))
        return ents

    def _entrant(self, ent: Span) -> bool:
        """'Bruny Surin (Canada) 10.30', 'Todd Martin (U.S.) beat Renzo Furlan (Italy)': a name
        in a results line followed by its country in brackets, or a scorer's followed by the
        minutes ("Vaduz - Daniele Polverino (90th)"), is an athlete's, whatever the model
        tagged it; not a name the dictionary or the gazetteer knows, one with an organization's
        word ("Tata Steel (India)"), nor a one-word name ("Samsung (South Korea) vs. Apple (U.S.)",
        "Apple (1st), Google (2nd)": a company as often as a person)."""
        doc, end = ent.doc, ent.end
        if ent.label_ not in ("ORG", "GPE", "LOC") or len(ent) < 2 or end + 2 >= len(doc) or doc[end].text != "(":
            return False
        close = next((t.i for t in doc[end + 1:end + 8] if t.text == ")"), end + 1)
        country = self.dictionary.lookup(doc[end + 1:close].text) if close > end + 1 else None
        minutes = close > end + 1 and all(MINUTE.fullmatch(t.lower_) for t in doc[end + 1:close]) \
            and any(t.text[:1].isdigit() for t in doc[end + 1:close]) \
            and (ent.start > 0 and doc[ent.start - 1].text in LIST_MARKS or close + 1 >= len(doc)
                 or doc[close + 1].text in LIST_MARKS or "\n" in doc[close + 1].text)
        if not minutes and (country is None or country.type != "country" or not (
                _result_word(doc, close + 1) or _result_word(doc, ent.start - 1, edge=False))):
            return False  # "Tata Steel (India) and Posco (South Korea) reported": no results line
        lex = lexicon()
        return all(t.is_title or t.text == "-" for t in ent) and ent[0].is_title \
            and not any(t.lower_ in lex.org_heads or t.lower_ in lex.institution_words for t in ent) \
            and self.dictionary.lookup(ent.text) is None and self.dictionary.demonym(ent.text) is None \
            and ent.text not in self.places

    def _surname_person(self, ent: Span) -> bool:
        """'Maduro said': one word the model took for an organization or a place that is the
        surname of exactly one dictionary person, and no dictionary name, demonym or big city."""
        text = ent.text
        return (len(ent) == 1 and ent.label_ in ("ORG", "GPE") and self.dictionary.surname(text) is not None
                and self.dictionary.lookup(text) is None and self.dictionary.demonym(text) is None
                and self.places.get(text, 0) < BIG_CITY)

    def _town_org(self, ent: Span) -> bool:
        """'The RSF shelled El Fasher': a name of two or more words the model tagged ORG that
        the gazetteer knows as a town, with no organization word in it, is the town."""
        lex = lexicon()
        if len(ent) < 2 or any(t.lower_ in lex.org_heads or t.lower_ in lex.institution_words
                               or t.lower_ in lex.org_nouns for t in ent):
            return False
        found = town(ent.text)
        return found is not None and (found[1] >= TOWN_POPULATION or place_context(ent))

    def _initialled(self, doc: Doc, start: int, end: int) -> bool:
        """'J. Okafor', 'K.L. Mensah': initials and one capitalised word are a person's name
        (not "U.S. Army": initials that name a country or body are not a person's, but a
        country's three or more, "C.A.R.", are a person's before a word no body's: "C.A.R. Hoare")."""
        first, second = doc[start].text, doc[start + 1].text if start + 1 < len(doc) else ""
        lex = lexicon()
        body = self.dictionary.lookup(first) is not None and (
            len(first) <= 4 or second in lex.org_heads or second.lower() in lex.institution_words)
        return (end - start == 2 and INITIALS.fullmatch(first) is not None and doc[start + 1].is_title
                and doc[start + 1].is_alpha and not body and self.dictionary.lookup(second) is None)

    def initials(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Initialled names the model missed ("G. Thorpe")."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        orths = doc.to_array(ORTH)
        strings = doc.vocab.strings
        keys = [o for o in np.unique(orths).tolist() if INITIALS.fullmatch(strings[o]) is not None]  # ints, not numpy scalars
        for i in np.flatnonzero(np.isin(orths[:-1], np.array(keys, dtype=np.uint64))):
            tok = doc[int(i)]  # only initials can open an initialled name
            if tok.i not in taken and tok.i + 1 not in taken and self._initialled(doc, tok.i, tok.i + 2):
                ents.append(Span(doc, tok.i, tok.i + 2, label="PERSON"))
                taken.update((tok.i, tok.i + 1))
        return ents

    def _caps_guess(self, ent: Span) -> bool:
        """An organization the model found in a line of capitals ("SCHEDULE", "DIV", "MAJOR LEAGUE
        STANDINGS") that the dictionary does not know: in a headline or a table every word looks
        like a name to the model, so the guess is dropped."""
        return ent.text.isupper() and not _plausible(ent) and self.dictionary.lookup(ent.text) is None \
            and self.dictionary.lookup(ent.text.title()) is None

    def _known(self, word: str) -> bool:
        """A dictionary name, demonym or big city is not taken for a surname."""
        return (self.dictionary.lookup(word) is not None or self.dictionary.demonym(word) is not None
                or self.places.get(word, 0) >= BIG_CITY)

    def capital_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Places written in capitals that the model misses: a dateline ("BELGRADE 1996-08-30",
        "GAZA CITY, Aug 18") or a country name in an all-capitals line ("ENGLAND")."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        arr = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH]).astype(np.int64).reshape(-1, 3)
        caps = ((arr[:, 0] != 0) & (arr[:, 1] != 0) & (arr[:, 2] > 1)).tolist()  # read in C
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and caps[j] and j - i < 3:  # is_upper, is_alpha, 2+ letters
                j += 1
            if j == i:
                i += 1
                continue
            span = doc[i:j]
            if taken.isdisjoint(range(i, j)) and self._caps_place(span):
                ents.append(Span(doc, i, j, label="GPE"))
                taken.update(range(i, j))
            else:
                for k in range(i, j):  # "FRENCH" of "FRENCH SECOND DIVISION" in a headline
                    if k not in taken and self.dictionary.demonym(doc[k].text.capitalize()) is not None:
                        ents.append(Span(doc, k, k + 1, label="NORP"))
                        taken.add(k)
            i = j
        return ents

    def _caps_place(self, span: Span) -> bool:
        name = " ".join(t.text.capitalize() for t in span)
        entry = self.dictionary.lookup(name)
        if entry is not None and entry.type == "country":
            return True
        doc, end = span.doc, span.end
        first = span.start == 0 or doc[span.start - 1].is_space or "\n" in doc[span.start - 1].text_with_ws
        dated = end < len(doc) and (doc[end].text in (",", "-", "(") or any(c.isdigit() for c in doc[end].text))
        return first and dated and self.places.get(name, 0) >= BIG_CITY

    def relabel(self, ent: Span | None, surnames: frozenset[str] | set[str] = frozenset()) -> Span | None:
        """One model entity with the label the dictionary or the place list gives it (``surnames``:
        last words of people the text names in full, never taken for a city)."""
        if ent is None:
            return ent
        if ent.label_ in MISREAD_LABELS:  # "ISIL" read as a product or a number
            entry = self.dictionary.lookup(ent.text)
            if entry is None and thing_speaker(ent, self.dictionary, unknown=True):
                return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Maersk said it would keep its ships"
            return ent if entry is None else Span(ent.doc, ent.start, ent.end, label=label_for(entry))
        if ent.label_ not in ACTOR_LABELS:
            return ent
        if len(ent) > 1 and ent[-1].text in POSSESSIVE:  # "New Zealand's" -> "New Zealand"
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
        ent = self.trim_generic(ent)
        text = ent.text
        entry = self.dictionary.lookup(text)
        if (entry is None or entry.type == "person") and text in self.places and hazard_struck(ent, surnames):
            return Span(ent.doc, ent.start, ent.end, label="GPE")  # "Austin was hit by a winter storm"; not "Boeing"
        if entry is None and shot_person(ent):
            return ent if ent.label_ == "PERSON" else Span(ent.doc, ent.start, ent.end, label="PERSON")  # "Lincoln was shot"
        if entry is not None and entry.type != "person" and titled_namesake(ent):
            return ent if ent.label_ == "PERSON" else Span(ent.doc, ent.start, ent.end, label="PERSON")  # "Mr. Jordan"
        if entry is not None:
            label = label_for(entry)
            if ent.label_ == "NORP" and self.dictionary.demonym(text) is not None:
                label = "NORP"
            return ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end, label=label)
        if ent.label_ != "NORP" and (self.dictionary.demonym(text) is not None or _people_word(ent)):
            return Span(ent.doc, ent.start, ent.end, label="NORP")  # "the Ibo community": a people's word
        if slips.shared_surname(ent, self.dictionary, surnames):  # "Serena and Venus Williams"
            full = f"{ent.text} {ent.doc[ent.end + 2].text}"  # the full name rides on the span for ``names``
            return Span(ent.doc, ent.start, ent.end, label="PERSON", kb_id=full)
        if self._entrant(ent):
            return ent if ent.label_ == "PERSON" else Span(ent.doc, ent.start, ent.end, label="PERSON")
        if ent.label_ == "NORP" and self.places.get(text, 0) >= BIG_CITY:
            return Span(ent.doc, ent.start, ent.end, label="GPE")  # "eastern Aleppo", not a people
        if ent.label_ in ("PERSON", "NORP") and len(ent) > 1 and ent[-1].text in lexicon().org_heads \
                and ent[0].is_title:
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Harbour City Bank", "Sudan People's Party"
        if ent.label_ == "PERSON" and len(ent) == 1 and company_compound(ent[0], self.dictionary) \
                and not person_cue(ent):
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Gazprombank", "Lukoil"; not "Mr. Goldbank"
        if ent.label_ in ("PERSON", "ORG", "FAC") and slips.person_site(ent):
            return ent if ent.label_ == "PERSON" else Span(ent.doc, ent.start, ent.end, label="PERSON")  # "Dave Camp"
        if ent.label_ in ("ORG", "FAC") and (whole := slips.names_word(ent)) is not None:
            return Span(ent.doc, ent.start, ent.end, label="PERSON", kb_id=whole)  # "Shirley Temple Black ... Temple"
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if ent.label_ in ("PERSON", "ORG") and (site := slips.facility(ent, after)) is not None and not (
                ent.label_ == "ORG" and site[-1].lower_ in lexicon().institution_heads):
            return site  # "Nasser Hospital", "Kamal Adwan" + "Hospital": a facility, as a FAC is
        if ent.label_ == "PERSON" and after is not None and after.is_lower and \
                after.lower_ in lexicon().site_nouns and entry is None:
            return Span(ent.doc, ent.start, ent.end + 1, label="FAC")  # "the Netzarim crossing": a site
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ == "PERSON" and named_place(ent):
            return Span(ent.doc, ent.start, ent.end, label="GPE")  # "the main town of Stepanakert"
        if ent.label_ == "PERSON" and feature_name(ent) and not person_cue(ent):
            return Span(ent.doc, ent.start, ent.end, label="LOC")  # "near Sabina Shoal"; not "Jennifer Reef said she"
        if ent.label_ == "PERSON" and before is not None and before.is_lower and (
                before.lower_ in lexicon().org_nouns or before.lower_ in TRADE_NOUNS) and not relative_subject(ent, before) \
                and not (before.lower_ in TRADE_NOUNS and before.dep_ == "pobj" and given_and_surname(ent)):
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # "the militant group Jeysh Barre", "German airline Skyvo"
        if arabic_place(ent, self.dictionary, unknown=True):  # unknown: the lookup above failed
            return Span(ent.doc, ent.start, ent.end, label="GPE")  # "Ras al-Ain", "Tal Afar": a place
        if hearsay_subject(ent):
            return None  # "Bitcoin said to rise": a market's word, no person
        if thing_speaker(ent, self.dictionary, unknown=True):
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Azov said its fighters"
        if self._surname_person(ent) or self._titled_apposition(ent) or given_name_person(ent, self.dictionary, True) \
                or speaker_surname(ent, self.dictionary, self.places) \
                or speaker_given_name(ent, self.dictionary):
            return Span(ent.doc, ent.start, ent.end, label="PERSON")  # "Maduro said", "Paris Hilton"
        if (region := region_org(ent, self.dictionary, unknown=True)) is not None:
            return Span(ent.doc, ent.start, ent.end, label=region)  # "Nagorno-Karabakh": a territory
        if ent.label_ != "PERSON" and self._initialled(ent.doc, ent.start, ent.end):
            return Span(ent.doc, ent.start, ent.end, label="PERSON")  # "J. Okafor"
        if ent.label_ == "PERSON" and self.is_place(ent, surnames):
            return Span(ent.doc, ent.start, ent.end, label="GPE")
        if slips.company_named(ent):
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Shares of Berkshire Hathaway"
        if ent.label_ == "ORG" and not _followed_by_score(ent) and (
                len(ent) == 1 and (self.dictionary.metonym(text) is not None
                                   or self.places.get(text, 0) >= CAPITAL_CITY)
                or text in self.places and after_locative(ent) or self._town_org(ent) or slips.town_in_place(ent)):
            return Span(ent.doc, ent.start, ent.end, label="GPE")  # "at Dhaka airport", "near Sinjar"
        if ent.label_ in ("GPE", "LOC", "FAC") and _followed_by_score(ent):
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # "Essex 532-8": a team
        if ent.label_ in ("ORG", "PERSON") and all(t.is_upper for t in ent) and self._caps_place(ent):
            return Span(ent.doc, ent.start, ent.end, label="GPE")  # "BRUSSELS 1996-08-30"
        return ent

    def split_inner(self, ent: Span) -> list[Span]:
        """'Leeds 2 Ipswich', 'Marco Rossi ( Italy', 'Old Trafford : Lancashire': a number,
        bracket or colon inside an entity separates two names (the model ran over a results line or
        an aside); each capitalised part keeps the entity's label, to be relabelled, except that a
        part in brackets stays only as a dictionary name or a town ("Umma (Nation) party": not
        "Nation")."""
        doc = ent.doc
        cuts = [t.i for t in ent[1:-1] if t.text in SEPARATORS or (
            SCORE.fullmatch(t.text) is not None and doc[t.i + 1].is_title and doc[t.i - 1].is_alpha)]
        if not cuts:
            return [ent]
        out = []
        for start, end in zip([ent.start, *(c + 1 for c in cuts)], [*cuts, ent.end], strict=True):
            bracketed = start > ent.start and doc[start - 1].text in ("(", "[")
            while start < end and not doc[start].text[:1].isalnum():
                start += 1
            if start >= end or not doc[start].text[:1].isupper():
                continue
            text = doc[start:end].text
            if bracketed and self.dictionary.lookup(text) is None and text not in self.places:
                continue
            out.append(Span(doc, start, end, label=ent.label_))
        return out

    def split_people(self, ent: Span) -> list[Span]:
        """'Biden and Harris' read as one organization: two dictionary people joined by "and"
        are two persons (not "Johnson and Johnson", one name twice, nor "Bosnia and Herzegovina")."""
        ands = [t.i for t in ent[1:-1] if t.lower_ == "and"] if ent.label_ == "ORG" else []
        if len(ands) != 1:
            return [ent]
        halves = [ent.doc[ent.start:ands[0]], ent.doc[ands[0] + 1:ent.end]]
        people = [self.dictionary.lookup(h.text) or self.dictionary.surname(h.text) for h in halves]
        if any(p is None or p.type != "person" for p in people) or people[0] is people[1]:
            return [ent]
        return [Span(ent.doc, h.start, h.end, label="PERSON") for h in halves]

    def split_towns(self, ent: Span) -> list[Span]:
        """'shelled Toretsk and Marinka': a WORK_OF_ART entity whose parts, joined by "and" or
        commas, are all towns the gazetteer knows, where a place is expected (after "in", "near"
        ..., or the object of "shelled", "captured"), is those towns (GPE)."""
        if ent.label_ != "WORK_OF_ART" or not place_context(ent):
            return [ent]
        doc, parts, start = ent.doc, [], ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or doc[i].lower_ == "and" or doc[i].text == ",":
                if start < i:
                    parts.append(Span(doc, start, i, label="GPE"))
                start = i + 1
        if len(parts) < 2 or any(not all(t.is_title for t in p) or town(p.text) is None for p in parts):
            return [ent]
        return parts

    def split_dash(self, ent: Span) -> list[Span]:
        """'Romania - Cosmin Contra': a spaced dash separates two names; the part before it
        stays only as a dictionary name (with the dictionary's label)."""
        doc = ent.doc
        dash = next((t.i for t in ent[1:-1] if t.text in ("-", "--", "\u2013", "\u2014") and t.whitespace_
                     and doc[t.i - 1].whitespace_), None)
        if dash is None:
            return [ent]
        out = [Span(doc, dash + 1, ent.end, label=ent.label_)]
        left = doc[ent.start:dash]
        entry = self.dictionary.lookup(left.text)
        if entry is not None:
            out.insert(0, Span(doc, left.start, left.end, label=label_for(entry)))
        return out

    def trim_generic(self, ent: Span) -> Span:
        """'Interfax news agency' -> 'Interfax': lower-case words after a dictionary name."""
        end = ent.end
        while end - ent.start > 1 and ent.doc[end - 1].is_lower and ent.doc[end - 1].is_alpha:
            end -= 1
        if end == ent.end or end == ent.start:
            return ent
        head = ent.doc[ent.start:end]
        if self.dictionary.lookup(head.text) is None:
            return ent
        return Span(ent.doc, head.start, head.end, label=ent.label_)

    def is_place(self, ent: Span, surnames: frozenset[str] | set[str] = frozenset()) -> bool:
        """A populated-place name tagged as a person: "Khan Yunis"; one word only for a city of
        100,000 people or more ("Kyiv") that is not the surname of a person of the same doc, nor a
        name towns bore after a person (``honorary_name``: "Stalin"), but where a place is expected
        (a smaller town only off which a boat sinks: ``offshore``)."""
        population = self.places.get(ent.text)
        if population is None and len(ent) > 1:  # "Majdal Shams": a town of the gazetteer
            found = town(ent.text)
            return found is not None and (found[1] >= TOWN_POPULATION or place_context(ent))
        if population is None:  # "capsized off Lampedusa", "arriving on Lampedusa": a small town where a boat is
            return (offshore(ent) or landed(ent) and not person_cue(ent)) and ent.text not in surnames \
                and town(ent.text) is not None
        if len(ent) > 1:
            return True
        if titled_namesake(ent):
            return False  # "Ms. Paris said she", "Mrs. Washington said she": a person bears the name
        if ent.text in surnames or (population < BIG_CITY or honorary_name(ent.text)) and not place_context(ent):
            return False  # "Norman" after "Greg Norman"; a small town or "Stalin" only where a place is expected
        return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents)

    def merge_matches(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Add dictionary names the model missed; widen entities a dictionary name contains."""
        taken = {i: e for e in ents for i in range(e.start, e.end)}
        for span in _longest(self.matches(doc)):
            overlapping = {id(taken[i]): taken[i] for i in range(span.start, span.end) if i in taken}
            inside = all(span.start <= e.start and e.end <= span.end for e in overlapping.values())
            if not inside or any((e.start, e.end) == (span.start, span.end) for e in overlapping.values()):
                continue
            if not overlapping and not _plausible(span):
                continue
            for e in overlapping.values():
                ents.remove(e)
            ents.append(span)
            for i in range(span.start, span.end):
                taken[i] = span
        return ents

    def matches(self, doc: Doc) -> list[Span]:
        """Dictionary names in the doc as labelled spans."""
        spans = []
        for key, start, end in self.matcher(doc):
            name = doc.vocab.strings[key]
            if name.startswith(DEMONYM):
                spans.append(Span(doc, start, end, label="NORP"))
            else:
                entry = self.dictionary.entries[name]
                spans.append(Span(doc, start, end, label=label_for(entry)))
        return spans


def _people_word(ent: Span) -> bool:
    """'the Ibo community', 'Uyghur groups', 'Tuareg separatists': a people's adjective
    (``people_adjectives``) the model tagged a body or a person, before the noun it modifies
    (``coref`` makes the group), is the people's word."""
    return ent.label_ in ("ORG", "PERSON") and ent.text in (lexicon().people_adjectives or {}) \
        and ent.root.dep_ in ("compound", "amod") and ent.root.head.i >= ent.end


def _followed_by_score(ent: Span) -> bool:
    """A town or county in a results line ("Somerset 83 and 174", "Derby 1 Leeds 0") names a
    team; countries do not count (national sides are read as the country)."""
    doc = ent.doc
    return ent.end < len(doc) and SCORE.fullmatch(doc[ent.end].text) is not None


#: the words of a scorer's minutes in brackets: "Gilbert Agius (24th)", "Arkadiusz Bak (1st and 55th pen)"
MINUTE = re.compile(r"\d{1,3}(?:st|nd|rd|th)|and|,|minute|minutes|pen|pen\.|penalty|og")
#: what stands between a results line's names: "Vaduz - Daniele Polverino (90th), Nissan Kapeta (26th)"
LIST_MARKS = frozenset({"-", "\u2013", ",", ":", ";"})
#: words around a name in a results line: "beat Renzo Furlan (Italy)", "Guy Forget (France) vs."
RESULT_WORDS = frozenset({"beat", "beats", "vs", "vs.", "v", "v.", "def", "def."})


def _result_word(doc: Doc, i: int, edge: bool = True) -> bool:
    """Token ``i`` is a number (a rank, a time, a score), a results line's word, or (``edge``)
    the end of a line."""
    if i < 0 or i >= len(doc):
        return edge
    tok = doc[i]
    return tok.like_num or tok.lower_ in RESULT_WORDS or "\n" in tok.text or any(c.isdigit() for c in tok.text)


#: a dash never ends a name: "Uchiyama 6-" of "beat Uchiyama 6-2" is a score cut in two
DASHES = frozenset({"-", "\u2013", "\u2014"})


def _trim_numbers(ent: Span) -> Span | None:
    """'MOSCOW 1996-08-30', 'Durham 114', 'Uchiyama 6-2': numbers the model ran into a name are
    not part of it, nor the paragraph break it ran into ("Peter Snijder\\n\\n")."""
    if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"):
        return ent
    end = ent.end
    while end > ent.start and (any(c.isdigit() for c in ent.doc[end - 1].text) and not ent.doc[end - 1].is_alpha
                               or ent.doc[end - 1].text in TRAILING_WORDS or ent.doc[end - 1].text in DASHES
                               or ent.doc[end - 1].is_space):
        end -= 1  # and "The Hague on": a preposition is never a name's last word
    if end == ent.end:
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


def _plausible(span: Span) -> bool:
    """A dictionary name the model did not tag counts unless its sentence is in capitals
    (headlines: "US" and "AP" are words there too)."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    sent_words = [t for t in sent if t.is_alpha]
    capitals = sum(t.is_upper for t in sent_words)
    return not (len(sent_words) > 2 and capitals > 0.6 * len(sent_words))


def _longest(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, longest first."""
    chosen: list[Span] = []
    used: set[int] = set()
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if used.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            used.update(range(span.start, span.end))
    return chosen
