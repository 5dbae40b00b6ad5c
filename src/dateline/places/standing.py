"""Names that stand where a place stands: a town the tagger took for a person or an
organisation, or left untagged, read as a place from its position in the sentence.

"Russian forces advanced on Kurakhove" (ORG), "settlers attacked Huwara" (PERSON), "the attack
on Be'eri", "evictions in Sheikh Jarrah" ("Jarrah" PERSON, "Sheikh" taken for a title): the
name follows a preposition of movement or location, a place noun's "of" ("the town of"), or a
verb of assault or capture; it is a strong entry of the gazetteer (a town of our conflict
tables, or one of ``STAND_POPULATION`` people by its own name); and nothing in the text makes it
a person's (a title or honorific before it, a full personal name ending with it, a say-verb
with it as subject, "X, who" or "X, 45,"). Pure functions over text, the Doc and the gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from difflib import SequenceMatcher

from spacy.tokens import Doc

from dateline import gazetteer
from dateline.gazetteer import COUNTRY_FEATURES, Entry, Gazetteer
from dateline.nlp.titles import title_before
from dateline.places.readings import is_table_town

#: a GeoNames town this big is a strong entry (Huwara 5,600, Sudzha 6,900, Kurakhove 18,000)
STAND_POPULATION = 5_000
#: ... or of this many by an alternate name ("Avdiivka", GeoNames' Avdiyivka)
STAND_ALTERNATE_POPULATION = 20_000
#: the verbs of assault no one uses of words ("shelled", "stormed"; not "attacked")
_FORCE_VERB = (r"shell(?:ed|s|ing)?|captur(?:e|ed|es|ing)|enter(?:ed|s|ing)?|"
                 r"storm(?:ed|s|ing)?|raid(?:ed|s|ing)?|bomb(?:ed|s|ing)?|seiz(?:e|ed|es|ing)|retook|"
                 r"retak(?:e|en|es|ing)|recaptur(?:e|ed|es|ing)|besieg(?:e|ed|es|ing)|overr[au]n|"
                 r"encircl(?:e|ed|es|ing)|liberat(?:e|ed|es|ing)|occup(?:y|ied|ies|ying)|"
                 r"invad(?:e|ed|es|ing)|pound(?:ed|s|ing)?|torch(?:ed|es|ing)?|struck|evacuat(?:e|ed|es|ing)")
_ATTACK = r"attack(?:ed|s|ing)?"
_ASSAULT_VERB = rf"{_ATTACK}|{_FORCE_VERB}"
#: who attacks with arms, not words ("settlers attacked", "troops again attacked")
_ARMED = (r"(?i:settlers|forces|troops|soldiers|militants|fighters|gunmen|rebels|militias?|army|jets|"
          r"drones|warplanes|mobs?|insurgents|attackers)")
#: "take" of a place taken by force ("had taken Avdiivka", "took back Khiam", "taken control of")
_TAKE = r"t(?:ook|ak(?:e|en|es|ing))(?:\s+(?:back|over|(?:full\s+)?control\s+of))?"
#: a capture by armed men of any strong entry ("Russian forces seized Soledar", "troops took Kherson")
_ARMED_TAKE = re.compile(rf"\b(?:{_ARMED})\s+(?:ha(?:ve|s|d)\s+)?(?:[a-z]+ly\s+)?(?:{_TAKE}|captur(?:e|ed|es|ing)|"
                         r"seiz(?:e|ed|es|ing)|liberat(?:e|ed|es|ing))\s+$")
#: what follows a person a verb acts on, not a town ("took Manara to court", "took Silwan aside",
#: "captured Zeitoun alive", "the idea struck Manara as strange"), a person's apposition ("seized Fatima, a teacher"; not "Manara, a
#: kibbutz on the border"), or what a person owns ("raided Manara's
#: home", "seized Manara's passport"; not a town's part: "attacked Huwara's main road", "took
#: Avdiivka's coke plant")
_PERSON_OBJECT_AFTER = re.compile(
    r"\s+(?:to|hostage|prisoner|captive|aside|by\s+surprise|out|home|away|into|off|seriously|along|"
    r"apart|alive|years|months|by\s+(?:the\s+)?(?:police|officers|agents|detectives)|"
    r"from\s+(?:his|her)\s+(?:home|house|car|bed)|as\s+(?:an?|odd|strange|unusual|"
    r"surprising|absurd|unfair|naive|funny|ironic|curious|bizarre|wrong|rude|arrogant|unlikely|obvious|false))\b"
    r"|,\s+(?:an?|the)\s+(?!(?:[\w'’-]+\s+){0,4}?(?:town|village|city|kibbutz|settlement|hamlet|district|"
    r"neighbou?rhood|suburb|camp|capital|region|province|area|stronghold|hub|port|community)\b)"
    r"|['’]s\s+(?!(?:[\w-]+\s+)?(?:outskirts|streets?|roads?|main|old|centre|center|residents|villagers|homes|"
    r"houses|neighbou?rhoods?|eastern|western|northern|southern|central|mayor|municipality|council|"
    r"farmland|fields|mosques?|city|town|village|plant|factory|airport|hospital|station|bridge|defen[cs]es|"
    r"defenders|garrison)\b)")
_ASSAULT_NOUN = (r"attacks?|assaults?|strikes?|raids?|offensive|advanc(?:e|ed|es|ing)|"
                 r"march(?:ed|es|ing)?|clos(?:ed|es|ing)\s+in|push(?:ed|es|ing)?|press(?:ed|es|ing)|"
                 r"bombardment|shelling|rampage|pogrom|massacre|converg(?:e|ed|es|ing)|assault")
#: a town's nouns of war before "of" ("the siege of Mariupol", "the outskirts of Bakhmut")
_HELD_NOUN = r"siege|fall|capture|encirclement|outskirts|ruins|residents|evacuation|shelling|bombardment"
#: a name of one to three capitalised words in a list of names ("raided Tulkarm and
#: Qalqilya", "battered Cornwall and Devon"), and what joins two of them
LISTED = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
LIST_JOIN = r"(?:,\s+|,?\s+(?:and|or)\s+)"
_PLACE_NOUN = r"town|village|city|kibbutz|settlement|hamlet|district|neighbou?rhood|suburb"  # not "camp of"
#: what stands right before a place's name ("pushed into", "advanced on", "the town of",
#: "settlers attacked")
STANDS_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Ii]nto|[Ii]nside|[Nn]ear|[Oo]utside|[Tt]owards?|[Ff]rom)"
    rf"|\b(?:{_ASSAULT_NOUN})\s+on|\b(?:{_ASSAULT_VERB})|\b(?:{_HELD_NOUN})\s+of"
    r"|\b(?:battle|fight|fighting|struggle)\s+for|\b(?:fled|flee(?:s|ing)?|return(?:ed|s|ing)?|"
    r"travell?(?:ed|ing)|head(?:ed|ing)|evacuated|deployed|withdr[eai]w(?:n|ing)?|retreat(?:ed|ing)|"
    r"displaced)\s+(?:back\s+)?to"
    rf"|\bthe\s+(?:[a-z-]+\s+){{0,2}}(?:{_PLACE_NOUN})\s+of)\s+"
    rf"(?:{LISTED}{LIST_JOIN})*$")
#: the stronger cues an untagged name needs (a preposition alone is ``finders.untagged_towns``')
STRONG_CUE = re.compile(
    rf"(?:\b(?:{_ASSAULT_NOUN})\s+on|\b(?:{_ASSAULT_VERB})"
    rf"|\bthe\s+(?:[a-z-]+\s+){{0,2}}(?:{_PLACE_NOUN})\s+of)[ \t]+(?=[A-Z])")
_SAY = r"said|says|told|added|wrote|tweeted|posted|argued|insisted|stated|denied|explained|announced"
#: after a person's name: ", who", an age (", 45,"), a regnal number or "Jr." ("Pedro I"), a
#: possessive's family word
_PERSON_AFTER = re.compile(r"\s*,\s*(?:who\b|\d{1,3}\s*,|an?\s+\d{1,3}-year-old\b)|,?\s+(?:I|II|III|IV|V|VI|Jr|Sr)\b|['’]s\s+(?:wife|husband|son|daughter|"
                           r"mother|father|family|lawyer|campaign|spokesman|spokeswoman)\b")
#: a title before a name (``titles``), or one written in full ("Mayor Huwara", "Sheikh Jarrah" cut
#: short is grown back before this is asked)
_TITLE_BEFORE = title_before(("President", "Minister", "Prime", "Judge", "Justice", "Sheikh", "Prince", "King",
                              "Queen", "Imam", "Rabbi", "Father", "Pope", "Mayor", "Senator", "Governor",
                              "General", "Chief", "Officer", "Coach"))
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}")
#: an alternate name is a strong entry's only as a spelling of its own name (Avdiivka/Avdiyivka
#: 0.94, Kurakhove/Kurakhovo 0.89; not Hamas/Hamm 0.67, Khan/Haan 0.75, Google/Topeka 0.33)
VARIANT_RATIO = 0.8
#: the cues only a place follows, whoever the name might be ("in", "into", "near", "outside",
#: "the town of", "the siege of", "the outskirts of", "advanced on", "pushed into", "shelled"):
#: never a bare transitive verb ("attacked Cheney"), "from"/"towards" ("a message from Cruz")
_NOT_INTO = r"(?<!investigation\s)(?<!inquiry\s)(?<!probe\s)(?<!faith\s)(?<!trust\s)(?<!interest\s)"
PLACE_CUE = re.compile(
    rf"(?:{_NOT_INTO}\b(?:[Ii]n|[Ii]nto|[Ii]nside|[Nn]ear|[Oo]utside)"
    r"|\b(?:siege|outskirts|encirclement|ruins|shelling|bombardment)\s+of|\bbattle\s+for"
    r"|\b(?:advanc(?:e|ed|es|ing)|clos(?:ed|es|ing)\s+in)\s+on|\bpush(?:ed|es|ing)?\s+(?:into|on)"
    r"|\b(?:shelled|besieged|retook|recaptured|overran|encircled)"
    rf"|\bthe\s+(?:[a-z-]+\s+){{0,2}}(?:{_PLACE_NOUN})\s+of)\s+"
    rf"(?:{LISTED}{LIST_JOIN})*$")
#: a preposition of place and a list of names before the name ("in Dodge City, Hutchinson,
#: Kingman"): a town's place even for a name the tagger took for a person's
_LISTED_AFTER_PREP = re.compile(rf"^(?:[Ii]n|[Ii]nto|[Nn]ear|[Oo]utside)\s+(?:{LISTED}{LIST_JOIN})+$")
#: the people of a place ("residents of Huwara", "a man from Huwara", "families from Avdiivka"):
#: the subject of a say-verb after the name is theirs, not the name's ("a man from Huwara told")
_FOLK_FROM = (r"(?i:(?:residents|villagers|people|families|survivors|refugees|displaced)\s+(?:of|from)|"
              r"(?:m[ae]n|wom[ae]n|boys?|girls?|farmers?|teachers?|doctors?|nurses?|soldiers?|"
              r"witness(?:es)?|resident|villager|someone|others|many|those)\s+from)")
_FOLK_BEFORE = re.compile(rf"\b(?:(?i:{_HELD_NOUN})\s+of|{_FOLK_FROM})\s+$")
#: ... and, for a town of our own tables, an assault's noun ("the attack on Be'eri"), the siege's,
#: fall's or residents' "of" ("the fall of Avdiivka"), its people's "from", a verb of
#: force ("stormed Huwara") or armed attackers' "attacked" ("settlers [from Yitzhar] attacked Huwara"; not
#: "critics attacked Manara", "Republicans attacked Cheney": words)
_CURATED_CUE = re.compile(rf"\b(?:(?:{_ASSAULT_NOUN})\s+on|(?i:{_HELD_NOUN})\s+of|{_FOLK_FROM}|{_FORCE_VERB}|{_TAKE}|"
                          rf"(?:{_ARMED})\s+(?:from\s+{LISTED}\s+)?(?:who\s+)?"
                          rf"(?:[a-z]+ly\s+|again\s+)?{_ATTACK})\s+(?:{LISTED}{LIST_JOIN})*$")


def strong_entry(gaz: Gazetteer, name: str, curated_only: bool = False) -> Entry | None:
    """The strong entry ``name`` reads as: a town of our conflict tables, or (unless
    ``curated_only``) a town of ``STAND_POPULATION`` people by its own name or of
    ``STAND_ALTERNATE_POPULATION`` by an alternate name that spells its own (``variant``);
    else None. A name that is a country's or a wide area's is left to the other rules."""
    k = gazetteer.key(name)
    entries = gaz.lookup(name)
    if any(e.feature in COUNTRY_FEATURES for e in entries):
        return None
    own = [e for e in entries if strong(e) and (is_table_town(e) or not curated_only and (
        gazetteer.key(e.name) == k
        or e.population >= STAND_ALTERNATE_POPULATION and variant(k, gazetteer.key(e.name))))]
    return max(own, key=lambda e: e.population, default=None)


def variant(a: str, b: str) -> bool:
    """Two folded names spell the same name (``VARIANT_RATIO``: "avdiivka", "avdiyivka")."""
    return SequenceMatcher(None, a, b).ratio() >= VARIANT_RATIO


def strong(e: Entry) -> bool:
    """A town of our conflict tables, or a GeoNames town of ``STAND_POPULATION`` people."""
    return e.feature.startswith("PPL") and (is_table_town(e) or e.population >= STAND_POPULATION)


def known_person(text: str, start: int, end: int, surnames: Collection[str] = ()) -> bool:
    """The text makes the name at [start, end) a person's: a title or honorific before it, a
    full personal name ending with it (``surnames``), ", who" or an age after it, or the name
    as the subject or object of a say-verb anywhere ("Huwara said", "said Huwara")."""
    name = text[start:end]
    if name in surnames or _TITLE_BEFORE.search(text, max(0, start - 12), start) \
            or _PERSON_AFTER.match(text, end):
        return True
    return _said_with(text, name)


class _SaidMemo:
    """The last text asked about and its names' say-verb answers, held as one tuple that is
    read and replaced at once (one text per Doc: the places component asks about the same
    one-word names many times per article, each a whole-text search)."""

    last: tuple[str, dict[str, bool]] | None = None
    #: the last text and its say-verbs: (start, end, end of the text before less its whitespace,
    #: start of the text after past its whitespace)
    says: tuple[str, list[tuple[int, int, int, int]]] | None = None


_SAY_WORD = re.compile(rf"\b(?:{_SAY})\b")


def _beside_say(text: str, name: str) -> bool:
    """Whether ``name`` stands next to a say-verb of ``text`` across whitespace: the only place
    ``_said_with``'s pattern can match, tested without compiling a pattern per name (the say-verbs
    found once per text). True for a name with whitespace at an end (not tested)."""
    if not name or name[0].isspace() or name[-1].isspace():
        return True
    says = _SaidMemo.says  # one read: another thread may replace it
    if says is None or says[0] is not text:
        spans = []
        for m in _SAY_WORD.finditer(text):
            before, after = m.start(), m.end()
            while before > 0 and text[before - 1].isspace():  # re's \s is str.isspace
                before -= 1
            while after < len(text) and text[after].isspace():
                after += 1
            spans.append((m.start(), m.end(), before, after))
        says = _SaidMemo.says = (text, spans)
    return any(before < start and text.endswith(name, 0, before) or after > end and text.startswith(name, after)
               for start, end, before, after in says[1])


def _said_with(text: str, name: str) -> bool:
    """``name`` as the subject or object of a say-verb anywhere in ``text`` (memoised per text
    object and name)."""
    last = _SaidMemo.last  # one read: another thread may replace it
    if last is None or last[0] is not text:
        last = _SaidMemo.last = (text, {})
    found = last[1].get(name)
    if found is None and not _beside_say(text, name):
        found = last[1][name] = False  # no say-verb beside it: its pattern cannot match
    if found is None:
        said = re.compile(rf"\b{re.escape(name)}\s+(?:{_SAY})\b|\b(?:{_SAY})\s+{re.escape(name)}\b")
        found = last[1][name] = any(  # not "residents of Huwara said": their saying
            not m.group().startswith(name) or _FOLK_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
            for m in said.finditer(text))
    return found


_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+$")


def _grown_back(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """The start of the name grown back over one capitalised word the tagger left out ("Sheikh"
    of "Sheikh Jarrah") where the longer name is a strong entry; else ``start``."""
    m = _WORD_BEFORE.search(text[max(0, start - 30):start])
    if m is None:
        return start
    longer = max(0, start - 30) + m.start(1)
    return longer if strong_entry(gaz, text[longer:end]) is not None else start


def stands_cued(text: str, start: int, curated: bool, person: bool) -> bool:
    """A place's cue before ``start`` for a strong entry (``curated``: a town of our tables):
    any of ``STANDS_BEFORE`` for our tables' town, else only ``PLACE_CUE``; a name that may be
    a person's (``person``) only ``PLACE_CUE``, in a list of names after a preposition ("in
    Dodge City, Hutchinson, Kingman"), or for our tables' town an assault's noun or verb ("the
    attack on Be'eri", "settlers attacked Huwara")."""
    window = max(0, start - 60)
    if cue := PLACE_CUE.search(text, window, start):
        return not person or curated or _LISTED_AFTER_PREP.search(cue.group()) is not None
    if not curated:
        return _ARMED_TAKE.search(text, window, start) is not None
    return (_CURATED_CUE if person else STANDS_BEFORE).search(text, window, start) is not None


def standing(text: str, start: int, end: int, gaz: Gazetteer,
             surnames: Collection[str] = (), person: bool = False) -> tuple[int, int] | None:
    """The span of a name tagged otherwise than a place that stands where a place stands
    (``stands_cued``: stricter for a name that may be a person's, ``person``, unless the name
    grew back), is a strong entry (``strong_entry``) and no known person's
    (``known_person``), grown back over a word the tagger left out ("Sheikh Jarrah", "Mission
    Viejo"); else None."""
    grown = _grown_back(text, start, end, gaz)
    person = person and grown == start  # "Viejo" of "in Mission Viejo": a town's name cut short
    start = grown
    name = text[start:end]
    entry = strong_entry(gaz, name)
    curated = entry is not None and strong_entry(gaz, name, curated_only=True) is not None
    if entry is None or not stands_cued(text, start, curated, person) or known_person(text, start, end, surnames):
        return None
    if person and not PLACE_CUE.search(text, max(0, start - 60), start) and (
            _PERSON_OBJECT_AFTER.match(text, end) or not curated and entry.country not in war_countries(gaz)):
        return None  # a verb's person ("took Manara to court", "raided Manara's home", "gunmen seized Fatima")
    return start, end


class _WarMemo:
    """The last gazetteer asked about and the countries of its towns of our tables."""

    last: tuple[Gazetteer, frozenset[str | None]] | None = None


def war_countries(gaz: Gazetteer) -> frozenset[str | None]:
    """The countries of our conflict tables' towns (``is_table_town``: PS, IL, LB, UA, SD ...): where
    armed men's capture of a GeoNames town tagged PERSON reads the town ("Russian forces seized
    Soledar"); elsewhere it may be a person seized ("gunmen seized Fatima")."""
    last = _WarMemo.last
    if last is None or last[0] is not gaz:
        last = _WarMemo.last = (gaz, frozenset(e.country for e in gaz.entries if is_table_town(e)))
    return last[1]


def untagged_standing(doc: Doc, gaz: Gazetteer, text: str, surnames: Collection[str] = (),
                      claimed: Collection[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Capitalised names outside every entity after a strong cue (``STRONG_CUE``: "advanced
    on", "attacked", "the village of") that are strong entries cued as such (``stands_cued``),
    not ``claimed`` by an actor and no known person's."""
    out: list[tuple[int, int]] = []
    for m in STRONG_CUE.finditer(text):
        run = _NAME_RUN.match(text, m.end())
        if run is None:
            continue
        span = doc.char_span(run.start(), run.end(), alignment_mode="expand")
        if span is None or any(t.ent_type_ for t in span) or gaz.demonym(run.group()):
            continue  # ("occupied Arab lands": a people's adjective)
        start, end = run.span()
        while end > start:  # the longest leading words that name a strong entry
            if strong_entry(gaz, text[start:end]) is not None:
                curated = strong_entry(gaz, text[start:end], curated_only=True) is not None
                if stands_cued(text, start, curated, False) and not known_person(
                        text, start, end, surnames) and not any(
                        s < end and start < e for s, e in claimed):
                    out.append((start, end))
                break
            cut = text.rfind(" ", start, end)
            end = cut if cut > start else start
    return out


__all__ = ["LISTED", "LIST_JOIN", "PLACE_CUE", "STANDS_BEFORE", "STAND_ALTERNATE_POPULATION", "STAND_POPULATION", "STRONG_CUE",
           "VARIANT_RATIO", "known_person", "stands_cued", "standing", "strong", "strong_entry",
           "untagged_standing", "variant", "war_countries"]
