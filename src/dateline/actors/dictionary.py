"""The actor dictionary: canonical actors, their aliases, and roles with date ranges.

Sources, merged in order (a later entry with the same id adds aliases and roles and overrides
the other fields it gives):

1. every country of ISO 3166 (``pycountry``) with our own names and capital metonyms from
   ``data/actors/countries.tsv``, and the aliases and demonyms of countries' names in the one
   list of each the places read too (``data/places/aliases.tsv``, ``data/places/demonyms.tsv``:
   ``dateline.nlp.shared_places.shared_rows``);
2. ``data/actors/actors.jsonl``: IGOs, NGOs, media, armed groups and office holders;
3. the user's files (``extra``): JSON Lines in the same format (see ``data/actors/README.md``).

A malformed line raises :class:`DictionaryError` naming the file and the line.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from dateline.actors.census import census_surnames
from dateline.actors.lexicon import capital_country, lexicon
from dateline.nlp.shared_places import SHARED_NAMES as PLACES_SHARED_NAMES
from dateline.nlp.shared_places import shared_rows

TYPES = frozenset({"person", "organization", "country", "group", "igo", "media", "ngo", "party", "military"})
_ID = re.compile(r"^[a-z]{3}:[A-Za-z0-9][A-Za-z0-9._+-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
FIELDS = frozenset({"id", "name", "type", "country", "sector", "affiliation", "gender", "aliases", "roles", "note",
                    "trade"})
ROLE_FIELDS = frozenset({"title", "of", "from", "to", "role", "note"})


class DictionaryError(ValueError):
    """A line of an actor dictionary file is malformed."""


@dataclass(frozen=True)
class Role:
    """An office held by an actor, optionally between two dates (inclusive, ISO strings)."""

    title: str  # lower case, as in lexicon.json titles ("prime minister")
    of: str | None  # actor id the office belongs to ("cty:ISR", "org:hamas")
    start: str | None = None
    end: str | None = None
    label: str | None = None  # "US Secretary of State"; derived when absent

    def active(self, date: str | None) -> bool:
        """Whether the role was held on ``date``; with no date, whether it is still held."""
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True)
class Entry:
    """One dictionary actor."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str | None = None  # "m", "f" or None (pronoun agreement)
    affiliation: str | None = None  # actor id of the body the actor acts for
    demonyms: tuple[str, ...] = ()  # countries only
    metonyms: tuple[str, ...] = ()  # countries only: "Washington", "the Kremlin"
    trade: str | None = None  # a firm's trade ("air"): a trade noun of another ("the bank") is not it


@lru_cache(maxsize=16384)
def norm(text: str) -> str:
    """Key for case-insensitive alias lookup: NFKC, straight quotes, no leading 'the', casefolded
    (cached: the same names are looked up again and again)."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = " ".join(text.split())
    if text.lower().startswith("the "):
        text = text[4:]
    return text.casefold()


def _exact_case_only(alias: str) -> bool:
    """Capitals that match only with their exact case: two or three letters ("US", "AP"), or an
    acronym that is also a surname of the census ("SOMO", not "Mr. Somo"; "NATO" is "Nato" too)."""
    bare = alias.replace(".", "")
    return bare.isupper() and (len(bare) <= 3 or bare.title() in census_surnames())


_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=16384)
def _squash(text: str) -> str:
    """``text`` with straight apostrophes and single spaces (``ActorDictionary.lookup``'s key)."""
    return " ".join(text.replace("\u2019", "'").split())


def slug(text: str) -> str:
    """ASCII slug for ids: 'Sami Abu Zuhri' -> 'sami-abu-zuhri'. Never empty: a name with no
    ASCII letter or digit ("ПУТИН", "حماس") is ``u`` and a hash of its normalized text, so two such
    names do not share one id."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if out:
        return out
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return "u" + hashlib.blake2s(folded.encode("utf-8"), digest_size=5).hexdigest()


@dataclass
class ActorDictionary:
    """Entries by id with alias, demonym and metonym indexes."""

    entries: dict[str, Entry] = field(default_factory=dict)
    _exact: dict[str, str] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict)
    _demonyms: dict[str, str] = field(default_factory=dict)
    _metonyms: dict[str, str] = field(default_factory=dict)
    _surnames: dict[str, set[str]] = field(default_factory=dict)  # last word of a person's name -> ids
    _owners: dict[str, str] = field(default_factory=dict)  # places' own country aliases -> ids (``_state_owners``)

    def add(self, entry: Entry) -> None:
        """Add an entry, or merge it into the one with the same id."""
        old = self.entries.get(entry.id)
        if old is not None:
            entry = _merge(old, entry)
        self.entries[entry.id] = entry
        for alias in (entry.name, *entry.aliases):
            self._exact.setdefault(alias, entry.id)
            if not _exact_case_only(alias):
                self._folded.setdefault(norm(alias), entry.id)
        for demonym in entry.demonyms:
            for form in (demonym, *_plurals(demonym)):
                self._demonyms.setdefault(norm(form), entry.id)
        for metonym in entry.metonyms:
            self._metonyms.setdefault(norm(metonym), entry.id)
        if entry.type == "person" and len(entry.name.split()) > 1:
            self._surnames.setdefault(entry.name.split()[-1], set()).add(entry.id)

    def lookup(self, text: str) -> Entry | None:
        """The entry one of whose names is ``text`` (exact case first, then case-insensitive)."""
        text = _squash(text)
        key = self._exact.get(text)
        if key is None and text.lower().startswith("the "):
            key = self._exact.get(text[4:])
        if key is None:
            key = self._folded.get(norm(text))
        return self.entries.get(key) if key else None

    def demonym(self, text: str) -> Entry | None:
        """The country of a demonym or adjective ("Israeli", "Israelis", "US")."""
        key = self._demonyms.get(norm(text))
        return self.entries.get(key) if key else None

    def metonym(self, text: str) -> Entry | None:
        """The country a capital or seat of government stands for ("Washington")."""
        key = self._metonyms.get(norm(text))
        return self.entries.get(key) if key else None

    def surname(self, word: str) -> Entry | None:
        """The one dictionary person whose name ends in ``word`` ("Maduro" -> Nicolas Maduro);
        None when none or several do."""
        ids = self._surnames.get(word, set())
        return self.entries[next(iter(ids))] if len(ids) == 1 else None

    def capital(self, text: str) -> Entry | None:
        """The country a capital stands for: the table's metonyms ("Washington", "the Kremlin"),
        else a national capital the places gazetteer knows (GeoNames PPLC: "Kyiv", "Nairobi")."""
        entry = self.metonym(text)
        if entry is not None or not text[:1].isupper():
            return entry
        iso2 = capital_country(text)
        country = pycountry.countries.get(alpha_2=iso2) if iso2 else None
        return self.entries.get(f"cty:{country.alpha_3}") if country is not None else None

    def for_article(self, text: str) -> ActorDictionary:
        """This dictionary as the article ``text`` reads it: a name two countries share ("Congo")
        has one reading per article, the other country's (``SHARED_NAMES``) when the text names one
        of its cues, the default country's otherwise. Returns ``self`` when nothing changes."""
        view = self
        for names, demonyms, default, other, cues in SHARED_NAMES:
            if other not in self.entries or not cues.search(text):
                continue
            if view is self:
                view = replace(self, _exact=dict(self._exact), _folded=dict(self._folded),
                               _demonyms=dict(self._demonyms))
            for index, keys in ((view._exact, names), (view._folded, [norm(n) for n in names]),
                                (view._demonyms, [norm(d) for d in demonyms])):
                for key in keys:
                    if index.get(key) == default:
                        index[key] = other
            adjectives = {norm(d) for d in demonyms}
            for index in (view._exact, view._folded):  # "Congolese army": the default country's military
                for key in [k for k, v in index.items() if v != default and len(k.split()) > 1
                            and norm(k.split()[0]) in adjectives and self.entries[v].country == default[4:]]:
                    del index[key]
        return view._bank_acronyms(text, self)._state_owners(text, self)

    def owner_read(self, name: str) -> bool:
        """Is ``name`` a place's alias this article reads as a country (``_state_owners``)?"""
        return name in self._owners and self._exact.get(name) == self._owners[name]

    def _state_owners(self, text: str, base: ActorDictionary) -> ActorDictionary:
        """This view with an alias only the places read ("Antigua": Antigua Guatemala is a town
        too) the country's in an article that makes it the owner of a state's office or body
        ("Antigua's prime minister", "Antigua's government"): one reading per article."""
        pattern = _owner_pattern(tuple(self._owners))
        found = {m.group(1) for m in pattern.finditer(text) if self.lookup(_with_word_before(text, m)) is None} \
            if pattern is not None else set()
        if not found:
            return self
        view = replace(self, _exact=dict(self._exact)) if self is base else self
        for alias in found:
            view._exact[alias] = self._owners[alias]
        return view

    def _bank_acronyms(self, text: str, base: ActorDictionary) -> ActorDictionary:
        """This view with the shared acronyms of ``BANK_ACRONYMS`` a bank's where the article names
        the bank in full ("the Asian Development Bank ... the ADB said"), else the first bank's
        where it speaks of lending ("the IDB approved a loan"); no one's otherwise ("the NDB party")."""
        view = self
        for acronym, ids in BANK_ACRONYMS.items():
            if acronym not in text or _party_apposition(acronym).search(text):
                continue  # "The NDB, a Nepali party, called for grants": the party, whatever it asks
            named = [i for i in ids if i in self.entries and self.entries[i].name in text]
            pick = named[0] if named else ids[0] if ids[0] in self.entries and _LENDING.search(text) else None
            if pick is None:
                continue
            if view is base:
                view = replace(self, _exact=dict(self._exact))
            view._exact[acronym] = pick
        return view

    def holders(self, title: str, of: str, date: str | None) -> list[Entry]:
        """Persons holding office ``title`` of ``of`` on ``date``; titles compare by their canonical
        form ("secretary of state" is the US "foreign minister")."""
        lex = lexicon()
        canon = lex.canonical_title(title) or title
        return [
            e for e in self.entries.values()
            if e.type == "person" and any(
                r.of == of and (lex.canonical_title(r.title) or r.title) == canon and r.active(date)
                for r in e.roles)
        ]

    def aliases(self) -> Iterator[tuple[str, str]]:
        """(surface form, entry id) for every name, alias, demonym and metonym."""
        for entry in self.entries.values():
            for alias in (entry.name, *entry.aliases):
                yield alias, entry.id
            for demonym in entry.demonyms:
                for form in (demonym, *_plurals(demonym)):
                    yield form, entry.id


def _iso3(iso2: str) -> str:
    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        raise DictionaryError(f"dateline.nlp.shared_places.SHARED_NAMES: {iso2!r} is no ISO 3166 alpha-2 code")
    return str(country.alpha_3)


#: names two countries share, read one way per article: (names, demonyms, default id, other id,
#: cues in the text for the other): the table the places read too (``nlp.shared_places.SHARED_NAMES``:
#: the Republic of the Congo when the article names Brazzaville, Sassou Nguesso, or "Republic of
#: (the) Congo" without "Democratic"; the DRC otherwise)
#: acronyms a multilateral bank shares with other bodies, and the banks each stands for (the first
#: one where the article names none of them in full but speaks of lending)
BANK_ACRONYMS = {"ADB": ("igo:adb",), "IDB": ("igo:iadb", "igo:isdb"), "NDB": ("igo:ndb",)}
#: words of lending and development finance (``ActorDictionary._bank_acronyms``; not a "finance
#: minister" or "ministry", whom any article may name)
_LENDING = re.compile(r"\b(?:loans?|lend(?:s|ing)?|lender|financ(?:e|es|ed|ing)(?!\s+minist)|bonds?|grants?|"
                      r"development bank|multilateral)\b", re.IGNORECASE)
#: what a possessive country owns: a state's office or body ("Antigua's prime minister")
_STATE_OWNED = ("prime minister", "president", "government", "foreign minister", "foreign ministry", "army",
                "military", "navy", "coast guard", "police", "cabinet", "parliament", "central bank")


@lru_cache(maxsize=4)
def _owner_pattern(aliases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A place alias of ``aliases`` and a possessive before a word of ``_STATE_OWNED``."""
    if not aliases:
        return None
    names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"\b({names})['\u2019]s (?:new |former )?(?:{'|'.join(_STATE_OWNED)})\b")


def _with_word_before(text: str, match: re.Match[str]) -> str:
    """The alias ``match`` found with the word right before it ("North Korea" of "North Korea's",
    which names another country; "But Korea", "Tuesday Korea" name none)."""
    before = text[max(0, match.start() - 40):match.start()]
    return f"{before.split()[-1]} {match.group(1)}" if before.endswith(" ") and before.strip() else match.group(1)


def place_owners(dictionary: ActorDictionary) -> dict[str, str]:
    """The country aliases only the places read (``shared_rows(..., "places")``) that name no
    entry of ``dictionary`` -> the country's id ("Antigua" -> cty:ATG)."""
    shared = set(shared_rows("aliases.tsv", "actors"))
    return {alias: country.id for alias, place in shared_rows("aliases.tsv", "places")
            if (alias, place) not in shared and dictionary.lookup(alias) is None
            and (country := dictionary.lookup(place)) is not None and country.type == "country"}


@lru_cache(maxsize=8)
def _party_apposition(acronym: str) -> re.Pattern[str]:
    """The acronym and an apposition that calls it a party ("NDB, a Nepali party,")."""
    return re.compile(rf"\b{acronym}, (?:a|an|the) [^,.;]{{0,40}}\bparty\b", re.IGNORECASE)


SHARED_NAMES: tuple[tuple[tuple[str, ...], tuple[str, ...], str, str, re.Pattern[str]], ...] = tuple(
    (n.names, n.demonyms, f"cty:{_iso3(n.default)}", f"cty:{_iso3(n.other)}", n.cues)
    for n in PLACES_SHARED_NAMES)


def _plurals(demonym: str) -> tuple[str, ...]:
    """'Israeli' -> ('Israelis',), 'Frenchman' -> ('Frenchmen',), 'German' -> ('Germans',);
    adjectives in -ese/-ish/-ch and acronyms have no plural."""
    if demonym.isupper() or demonym.endswith(("ese", "sh", "ch", "ss", "i Arabian")) or " " in demonym:
        return ()
    if demonym.endswith(("sman", "shman", "chman", "woman")):  # the noun "man" compounded, not German, Oklahoman
        return (demonym[:-3] + "men",)
    return (demonym + "s",)


def _merge(old: Entry, new: Entry) -> Entry:
    """A user entry over a shipped one: fields it gives win, aliases and roles add up."""
    return replace(
        old,
        name=new.name or old.name,
        type=new.type or old.type,
        country=new.country or old.country,
        sector=new.sector or old.sector,
        gender=new.gender or old.gender,
        affiliation=new.affiliation or old.affiliation,
        trade=new.trade or old.trade,
        aliases=tuple(dict.fromkeys((*old.aliases, *new.aliases))),
        roles=(*old.roles, *new.roles),
        demonyms=tuple(dict.fromkeys((*old.demonyms, *new.demonyms))),
        metonyms=tuple(dict.fromkeys((*old.metonyms, *new.metonyms))),
    )


def _data_file(name: str) -> Path:
    return Path(str(resources.files("dateline") / "data" / "actors" / name))


def read_countries(path: Path) -> Iterator[Entry]:
    """Country entries: pycountry's names, completed by our TSV (iso3, name, metonyms) and the
    aliases and demonyms of ``country_words``."""
    rows: dict[str, list[str]] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or not _ISO3.match(cols[0]):
            raise DictionaryError(
                f"{path}:{lineno}: expected 3 tab-separated columns (iso3, name, metonyms) "
                f"with an ISO 3166 alpha-3 code first, got {line!r}"
            )
        rows[cols[0]] = cols
    entries = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        cols = rows.pop(iso3, [iso3, "", ""])
        official = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
        name = cols[1] or getattr(country, "common_name", None) or country.name
        entries.append(_country(iso3, name, [n for n in official if n], cols[2]))
    for iso3, cols in rows.items():  # codes pycountry lacks (XKX Kosovo)
        entries.append(_country(iso3, cols[1] or iso3, [], cols[2]))
    aliases, demonyms = country_words(entries)
    for entry in entries:
        own = (*entry.aliases, *aliases.get(entry.id, ()))
        yield replace(entry, aliases=tuple(dict.fromkeys(
            a for a in (*own, *(dotted(a) for a in own if _INITIALISM.fullmatch(a))) if a != entry.name)),
            demonyms=tuple(demonyms.get(entry.id, ())))


_INITIALISM = re.compile(r"[A-Z]{2,5}")


def dotted(initialism: str) -> str:
    """A country's initials as news also writes them, one stop after each ("DRC" -> "D.R.C.")."""
    return "".join(f"{c}." for c in initialism)


def country_words(countries: Sequence[Entry]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Country id -> its aliases, and -> its demonyms (the first its adjective): the rows of
    the places' aliases and demonyms (``shared_rows(..., "actors")``) whose place is one of
    ``countries`` by a name or an alias read before ("DRC" -> "Democratic Republic of the
    Congo", itself an alias), in their order; a name two countries share gives its demonyms
    to both (``SHARED_NAMES``: "Congolese")."""
    names = ActorDictionary()
    for entry in countries:
        names.add(entry)
    rows = shared_rows("aliases.tsv", "actors")
    found: dict[int, str] = {}
    while True:  # an alias's place may be an alias of a later row
        new = {i: e.id for i, (alias, place) in enumerate(rows)
               if i not in found and (e := names.lookup(place)) is not None}
        if not new:
            break
        for i, aid in new.items():
            names.add(replace(names.entries[aid], aliases=(rows[i][0],)))
        found.update(new)
    aliases: dict[str, list[str]] = {}
    for i in sorted(found):
        aliases.setdefault(found[i], []).append(rows[i][0])
    demonyms: dict[str, list[str]] = {}
    for demonym, place in shared_rows("demonyms.tsv", "actors"):
        country = names.lookup(place)  # none for a region's or a town's ("Texan", "Londoner")
        if country is not None and demonym not in demonyms.setdefault(country.id, []):
            demonyms[country.id].append(demonym)
    for _names, shared, default, other, _cues in SHARED_NAMES:
        own = demonyms.setdefault(other, [])
        own += [d for d in shared if d in demonyms.get(default, ()) and d not in own]
    return aliases, demonyms


def _country(iso3: str, name: str, names: list[str], metonyms: str) -> Entry:
    return Entry(id=f"cty:{iso3}", name=name, type="country", country=iso3,
                 aliases=tuple(dict.fromkeys(n for n in names if n != name)),
                 metonyms=tuple(x for x in metonyms.split("|") if x))


def read_jsonl(path: Path, countries: set[str] | None = None) -> Iterator[Entry]:
    """Entries of a JSON Lines actor file; blank lines and lines starting with '#' are skipped."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark (Notepad) is no JSON
    except OSError as err:
        raise DictionaryError(f"{path}: cannot read the actor dictionary ({err.strerror})") from err
    except UnicodeDecodeError as err:
        raise DictionaryError(f"{path}: the actor dictionary is not UTF-8 text (byte {err.start})") from err
    seen: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise DictionaryError(f"{where}: not valid JSON ({err.msg} at column {err.colno})") from err
        entry = _entry(data, where, countries)
        if entry.id in seen:
            raise DictionaryError(f"{where}: id {entry.id!r} is already defined on line {seen[entry.id]}; "
                                  "give each actor one line")
        seen[entry.id] = lineno
        yield entry


def _entry(data: Any, where: str, countries: set[str] | None) -> Entry:
    def fail(what: str) -> DictionaryError:
        return DictionaryError(f"{where}: {what} (format: dateline/data/actors/README.md)")

    if not isinstance(data, dict):
        raise fail("each line must be one JSON object")
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise fail(f"unknown field {unknown[0]!r}; fields are {sorted(FIELDS)}")
    for key in ("id", "name", "type"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise fail(f"'{key}' is required and must be a non-empty string")
    if not _ID.match(data["id"]):
        raise fail(f"id {data['id']!r} must look like 'per:benjamin-netanyahu' (3-letter prefix, colon, slug)")
    if data["type"] not in TYPES:
        raise fail(f"type {data['type']!r} is not one of {sorted(TYPES)}")
    country = data.get("country")
    if country is not None and (not isinstance(country, str) or not _ISO3.match(country)
                                or (countries is not None and country not in countries)):
        raise fail(f"country {country!r} is not an ISO 3166 alpha-3 code")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise fail("'aliases' must be a list of non-empty strings")
    if data.get("gender") not in (None, "m", "f"):
        raise fail(f"gender {data['gender']!r} must be \"m\" or \"f\" (or left out)")
    affiliation = data.get("affiliation")
    if affiliation is not None and (not isinstance(affiliation, str) or not _ID.match(affiliation)):
        raise fail(f"affiliation {affiliation!r} must be an actor id such as 'org:hamas'")
    roles = data.get("roles", [])
    if not isinstance(roles, list):
        raise fail("'roles' must be a list of objects")
    return Entry(
        id=data["id"], name=data["name"], type=data["type"], country=country,
        sector=_opt_str(data, "sector", fail), aliases=tuple(aliases),
        roles=tuple(_role(r, fail) for r in roles), gender=_opt_str(data, "gender", fail),
        affiliation=_opt_str(data, "affiliation", fail), trade=_opt_str(data, "trade", fail),
    )


def _opt_str(data: dict[str, Any], key: str, fail: Any) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise fail(f"'{key}' must be a string")
    return value


def _role(data: Any, fail: Any) -> Role:
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        raise fail("each role needs a 'title' string, e.g. {\"title\": \"prime minister\", \"of\": \"cty:ISR\"}")
    unknown = sorted(set(data) - ROLE_FIELDS)
    if unknown:
        raise fail(f"unknown role field {unknown[0]!r}; role fields are {sorted(ROLE_FIELDS)}")
    for key in ("from", "to"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not _DATE.match(value)):
            raise fail(f"role '{key}' {value!r} must be a date YYYY-MM-DD (or YYYY-MM, YYYY)")
    start, end = data.get("from"), data.get("to")
    if start and end and end < start:
        raise fail(f"role ends ({end}) before it starts ({start})")
    of = data.get("of")
    if of is not None and (not isinstance(of, str) or not _ID.match(of)):
        raise fail(f"role 'of' {of!r} must be an actor id such as 'cty:ISR'")
    label = data.get("role")
    return Role(title=data["title"].lower(), of=of, start=start, end=end,
                label=label if isinstance(label, str) else None)


def load_dictionary(extra: Sequence[str | Path] = ()) -> ActorDictionary:
    """The shipped dictionary plus the user's JSON Lines files (cached per list of files)."""
    return _load(tuple(str(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ActorDictionary:
    dictionary = ActorDictionary()
    for entry in read_countries(_data_file("countries.tsv")):
        dictionary.add(entry)
    iso3 = {e.country for e in dictionary.entries.values() if e.type == "country" and e.country}
    for path in (_data_file("actors.jsonl"), *(Path(p) for p in extra)):
        for entry in read_jsonl(path, iso3):
            dictionary.add(entry)
    dictionary._owners = place_owners(dictionary)
    return dictionary


__all__ = [
    "ActorDictionary", "DictionaryError", "Entry", "Role", "load_dictionary", "norm", "read_jsonl", "slug",
]
