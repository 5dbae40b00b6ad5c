"""Correct the small model's entity slips with the actor dictionary and a place-name list.

- a PERSON that is a populated place ("Khan Yunis") becomes GPE;
- an entity that is a dictionary name takes the dictionary's type ("Hamas" tagged PERSON -> ORG,
  "Israel" tagged ORG -> GPE, a demonym tagged ORG -> NORP);
- dictionary names the model missed ("AFP") become entities, and a dictionary name that strictly
  contains a model entity ("UN Security Council" around "Security Council") replaces it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from dateline.actors.dictionary import ActorDictionary, Entry

DEMONYM = "dem|"
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
BIG_CITY = 100_000
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


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
        unique = [t for t in dict.fromkeys(texts) if t[:1].isupper() or t[:1].isdigit()]
        matcher.add(key, [make_doc(t) for t in unique])
    return matcher


class EntityCorrector:
    """Entities of a Doc, corrected; see the module docstring."""

    def __init__(self, dictionary: ActorDictionary, matcher: PhraseMatcher,
                 places: dict[str, int], *, add_missing: bool = True) -> None:
        self.dictionary = dictionary
        self.matcher = matcher
        self.places = places
        self.add_missing = add_missing

    def __call__(self, doc: Doc) -> list[Span]:
        ents = [self.relabel(ent) for ent in doc.ents]
        if self.add_missing:
            ents = self.merge_matches(doc, ents)
        return sorted(ents, key=lambda s: s.start)

    def relabel(self, ent: Span) -> Span:
        """One model entity with the label the dictionary or the place list gives it."""
        if ent.label_ not in ACTOR_LABELS:
            return ent
        if len(ent) > 1 and ent[-1].text in POSSESSIVE:  # "New Zealand's" -> "New Zealand"
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
        text = ent.text
        entry = self.dictionary.lookup(text)
        if entry is not None:
            label = label_for(entry)
            if ent.label_ == "NORP" and self.dictionary.demonym(text) is not None:
                label = "NORP"
            return ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end, label=label)
        if ent.label_ != "NORP" and self.dictionary.demonym(text) is not None:
            return Span(ent.doc, ent.start, ent.end, label="NORP")
        if ent.label_ == "PERSON" and self.is_place(ent):
            return Span(ent.doc, ent.start, ent.end, label="GPE")
        return ent

    def is_place(self, ent: Span) -> bool:
        """A populated-place name tagged as a person: "Khan Yunis"; one word only for a city of
        100,000 people or more ("Kyiv") that is not the surname of a person of the same doc."""
        population = self.places.get(ent.text)
        if population is None:
            return False
        if len(ent) > 1:
            return True
        if population < BIG_CITY:
            return False
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
