"""Organizations the dictionary does not know: discovered names, state institutions named by their
country ("Qatar's Foreign Ministry"), descriptors before a name ("the Palestinian group Hamas"),
acronyms defined in the text ("Kurdistan Democratic Party (KDP)")."""

from __future__ import annotations

from spacy.tokens import Span

from dateline.actors.dictionary import slug
from dateline.actors.lexicon import lexicon
from dateline.actors.metonymy import church_institution, speaking_worship_place, worship_site
from dateline.actors.readings import EARNINGS, listed_results
from dateline.actors.state import ArticleState
from dateline.actors.trades import TRADE_NOUNS, trade_named

MAX_NAME_TOKENS = 8  # longer "names" are the model running over a line ("state" is a word, not an org)
MAX_NAME_CHARS = 80
POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
DETERMINERS = frozenset({"the", "a", "an"})
#: a company's legal form closing its name ("Acme Widgets Inc.", "Zorvath Ltd"): a firm's; not "S.A.",
#: which is also South Africa's or South Australia's initials ("Cricket S.A.")
LEGAL_FORMS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Limited", "LLC", "PLC", "Plc", "plc",
                         "GmbH", "N.V."})
#: last words of a state's body or a charity, which report revenue and profits too ("the Oil Ministry
#: reported revenue", "the Central Bank reported a profit", "the Foundation reported revenues")
PUBLIC_HEADS = frozenset({"ministry", "department", "office", "authority", "agency", "bureau", "commission",
                          "council", "administration", "treasury", "government", "foundation", "charity"})


def _firm(name: str, ent: Span) -> bool:
    """The text says the organization is a firm: its legal form, its trade ("the carmaker Voltaro",
    ``trades``), its stock, the profits it reports (not a public body's or a charity's, nor a
    central bank's)."""
    words = name.split()
    if words[-1] in LEGAL_FORMS or trade_named(ent):
        return True
    public = words[-1].lower() in PUBLIC_HEADS or " ".join(words[-2:]).lower() == "central bank"
    return not public and listed_results(ent, EARNINGS)


def discovered_organization(state: ArticleState, ent: Span, text: str) -> None:
    """An ORG entity that no dictionary knows: a state institution named by its country ("Qatar's
    Foreign Ministry" -> ``org:qat-foreign-ministry``), else an organization of its own name."""
    name = strip_possessive(text)
    head = name.split()[-1].lower() if name else None
    if head is not None and (head in state.lexicon.document_nouns or head in state.lexicon.site_nouns
                             or worship_site(name)) and not (church_institution(state, ent) or speaking_worship_place(ent)):
        return  # "the Abraham Accords", "the Umayyad Mosque", "the Church of the Nativity": a text or a site
    if name and any(c.isupper() for c in name) and len(ent) <= MAX_NAME_TOKENS and len(name) <= MAX_NAME_CHARS:
        country = country_in(state, ent) or owner_country(state, ent) or seat_country(state, ent)
        generic = institution(state, name)
        if country is not None and generic is not None:  # "Qatar's Foreign Ministry": Qatar's own
            owner = state.dictionary.entries.get(f"cty:{country}")
            adjective = owner.demonyms[0] if owner is not None and owner.demonyms else country
            info = state.new_actor(f"org:{country.lower()}-{slug(generic)}", f"{adjective} {generic}",
                                   "organization", country=country, sector=sector_of(generic))
            state.local_aliases.setdefault(generic, info.id)  # a later "the Foreign Ministry"
        else:
            info = state.new_actor(f"org:{slug(name)}", name, "organization", country=country)
            if info.sector is None and _firm(name, ent):
                info.sector = "business"  # the text says it is a firm: its legal form, its stock, its results
            elif info.sector is None and (name in LABOUR or name.split()[-1].lower() == "party"):
                info.sector = "party"  # "the Labour Party", "Labour", "Israel's Labour party"
        state.add(*trim_the(ent), info.id, "name")
        acronym_after(state, ent, info.id)



#: the labour parties' short names, which name no other body alone ("Labour won the election")
LABOUR = frozenset({"Labour", "Labor"})
_ORG_TYPES = frozenset({"organization", "igo", "ngo", "media", "party", "military"})


def org_descriptors(state: ArticleState) -> None:
    """'the Palestinian group Hamas', 'Kenyan rights group Haki Watch': a descriptor ending in an
    organization noun before an organization's name widens its mention; the name is the head, a
    country named in the descriptor (not as "Iran-backed") its country, a word such as "militant"
    its sector, where the dictionary left them open."""
    for f in list(state.found):
        info = state.actors.get(f.actor)
        if f.kind != "name" or info is None or info.type not in _ORG_TYPES:
            continue
        start, country = _org_descriptor_start(state, f.start)
        if start == f.start:
            continue
        state.add(start, f.end, f.actor, "descriptor")
        if info.country is None and country is not None:
            info.country = country
        if info.sector is None:
            info.sector = state.lexicon.sector_of([t.lower_ for t in state.doc[start:f.start]])


def _org_descriptor_start(state: ArticleState, name_start: int) -> tuple[int, str | None]:
    """First token of an organization's descriptor ("Palestinian" of "the Palestinian group
    Hamas") and the country it names; ``name_start`` and None when there is none."""
    doc = state.doc
    noun = name_start - 1
    if noun < 0 or doc[noun].lower_ not in state.lexicon.org_nouns and doc[noun].lower_ not in TRADE_NOUNS \
            or not doc[noun].is_lower:
        return name_start, None
    floor = doc[name_start].sent.start if doc.has_annotation("SENT_START") else 0
    start, country, i = noun, None, noun - 1
    while i >= max(floor, noun - 6):
        tok = doc[i]
        f = state.covered(i, ("name", "demonym", "metonym"))
        if f is not None and state.actors.get(f.actor) is not None:
            backed = f.end < len(doc) and doc[f.end].text == "-"
            owner = state.actors[f.actor]
            if owner.type == "country" and not backed and country is None:
                country = owner.country
            start = i = f.start
        elif tok.text == "-" or (tok.is_lower and tok.is_alpha and tok.pos_ in ("ADJ", "NOUN", "VERB")
                                 and tok.tag_ not in ("VBD", "VBZ", "VBP", "VB")) or (
                tok.ent_type_ == "NORP" and tok.is_title and f is None):  # "the Islamist group HTS"
            start = i
        else:
            break
        i -= 1
    while doc[start].text == "-":
        start += 1
    return start, country


def acronym_after(state: ArticleState, ent: Span, actor: str) -> None:
    """'Kurdistan Democratic Party (KDP)': the acronym names the same organization here."""
    doc, end = state.doc, ent.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        acronym = doc[end + 1].text
        if acronym.isupper() and acronym.isalpha() and 1 < len(acronym) <= 8:
            state.local_aliases.setdefault(acronym, actor)
            state.add(end + 1, end + 2, actor, "name")


def institution(state: ArticleState, name: str) -> str | None:
    """The generic name of a state institution ("Egyptian Foreign Ministry" -> "Foreign Ministry"):
    the name without its country words, when every other word is an institution word
    (``institution_words`` in the lexicon); None for a distinctive name ("Red Crescent")."""
    bare = [w.removesuffix("'s").removesuffix("\u2019s") for w in name.split()]
    words = [w for w in bare if state.dictionary.demonym(w) is None and (
        (entry := state.dictionary.lookup(w)) is None or entry.type != "country")]
    inst = lexicon().institution_words
    if not words or not all(w.lower() in inst for w in words) or not any(w[:1].isupper() for w in words):
        return None
    return " ".join(words)


_ARMED_WORDS = frozenset({"army", "navy", "forces", "force", "guard", "air"})


def sector_of(institution: str) -> str:
    """Armed services are military; every other state institution is government."""
    return "military" if set(institution.lower().split()) & _ARMED_WORDS else "government"


def owner_country(state: ArticleState, ent: Span) -> str | None:
    """The country a possessive before the name gives ("Qatar's Foreign Ministry" -> QAT)."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in POSSESSIVE:
        return None
    owner = next((e for e in doc.ents if e.end == ent.start - 1), None)
    if owner is None:
        return None
    entry = state.dictionary.lookup(strip_the(owner.text)) or state.dictionary.metonym(strip_the(owner.text))
    return entry.country if entry is not None and entry.type == "country" else None


def seat_country(state: ArticleState, ent: Span) -> str | None:
    """The country of a capital after a state institution ("the Foreign Ministry in Kinshasa")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "in":
        return None
    seat = next((e for e in doc.ents if e.start == ent.end + 1), None)
    entry = state.dictionary.metonym(seat.text) if seat is not None else None
    return entry.country if entry is not None and institution(state, strip_the(ent.text)) is not None else None


def country_in(state: ArticleState, ent: Span) -> str | None:
    """The country an organization's own name gives ("Sudanese Red Crescent" -> SDN)."""
    for tok in ent:
        entry = state.dictionary.demonym(tok.text) or state.dictionary.lookup(tok.text)
        if entry is not None and entry.type == "country" and tok.text[:1].isupper():
            return entry.country
    return None


def strip_the(text: str) -> str:
    text = " ".join(text.split())
    return text[4:] if text.lower().startswith("the ") else text


def strip_possessive(text: str) -> str:
    for p in POSSESSIVE:
        if text.endswith(p) and len(text) > len(p):
            return text[: -len(p)].rstrip()
    return text


def trim_the(ent: Span) -> tuple[int, int]:
    start, end = ent.start, ent.end
    if end - start > 1 and ent.doc[start].lower_ in DETERMINERS:
        start += 1
    while end - start > 1 and ent.doc[end - 1].text in POSSESSIVE:
        end -= 1
    return start, end
