"""Where a publisher is: a place prior from an article's URL, domain or outlet name.

A local paper names its town ("newarkweeklytribune.com", "The Paris Gazette") and a country-code
domain names its country ("example-press.ca", "thedoverandfolkestonemail.co.uk"), and a North
American one may name its state or province by postal code ("njdailytimes.com"). All are priors
the resolver weighs with the text, never answers: the town name may have many readings ("Paris"),
and the text decides among them. A domain label counts only when it splits wholly into place names and
newspaper words ("the", "news", "daily", "herald" ...), each place name of four letters or more
and naming a town of some size or an area by its own name, so "thecitytalk.com" or
"theweeklynews.org" give no town. A big site's section folders name its local pages' place
("example.com/arlington_news/...", "/local/philadelphia/"), read the same way, and a folder
that is a US state's postal code ("/content/oh/story/") names that state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import SplitResult, urlsplit

from dateline.gazetteer import COUNTRY_FEATURES, Entry, Gazetteer, key
from dateline.gazetteer.names import bare

MIN_TOWN = 1_000  # a town named in a domain needs at least this many people
MIN_PIECE = 4  # letters in a place name read from a domain label
MIN_PATH_TOWN = 100_000  # a URL folder that is a bare town name needs this many people
#: URL folders that are web words before they are towns ("/mobile/" pages, a "/reading/" list)
_WEB_FOLDERS = frozenset({"mobile", "reading", "surprise", "independence", "orange"})
#: folders whose children are a topic or a person, not the paper's place ("/tag/jordan/")
_TAXONOMY = frozenset({"tag", "tags", "topic", "topics", "category", "categories", "author",
                       "authors", "section", "sections", "keyword", "keywords", "subject",
                       "subjects", "people", "person", "search", "archive", "archives",
                       "world", "international", "global", "foreign", "worldnews",
                       "middle-east", "mideast", "middleeast", "africa", "asia", "europe",
                       "americas", "asia-pacific", "latin-america", "latinamerica"})
#: parents of a big site's local pages: a town's bare name below them is the page's place
_LOCAL_SECTIONS = frozenset({"local", "news", "localnews", "local-news", "local_news",
                             "communities", "community", "neighborhoods", "neighbourhoods",
                             "towns", "cities", "city", "metro", "region", "regional"})
#: newspaper words that make a folder a paper's or a local section's ("/arlington_news/");
#: fillers and geographic words of ``NEWS_WORDS`` ("the", "north", "lake") do not
PAPER_WORDS = frozenset({
    "news", "local", "times", "herald", "gazette", "tribune", "journal", "post", "review",
    "record", "courier", "press", "observer", "chronicle", "sentinel", "register", "leader",
    "bulletin", "dispatch", "reporter", "daily", "weekly", "community", "communities", "mail",
    "telegraph", "telegram", "examiner", "enquirer", "inquirer", "democrat", "republican",
    "ledger", "advocate", "advertiser", "argus", "beacon", "bugle", "clarion", "courant",
    "crier", "dealer", "intelligencer", "mercury", "messenger", "picayune", "recorder",
    "reflector", "spectator", "spokesman", "statesman", "tidings", "vindicator", "citizen",
    "enterprise", "newspaper", "newspapers", "papers", "paper", "journalnews"})
_MAX_LABEL = 60


def _news_words() -> frozenset[str]:
    text = resources.files("dateline").joinpath("data", "places", "news_words.txt")
    return frozenset(w.strip() for w in text.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


#: words of newspaper names and domain fillers (package data): never read as place names
NEWS_WORDS = _news_words()

#: country-code domains that are sold as vanity names, not used by the country's press
_VANITY_CC = frozenset({"tv", "io", "co", "me", "fm", "ly", "ws", "cc", "ai", "to", "nu", "am",
                        "la", "gg", "ag", "sh", "ac", "im", "tk", "gl", "vc", "sc", "ms"})
_CC_ALIAS = {"uk": "GB", "su": "RU"}
_LABEL = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Publisher:
    """A publisher's place priors: the country of its domain and town names in its name."""

    country: str | None = None  # ISO 3166 alpha-2 from a country-code domain
    names: tuple[str, ...] = ()  # place names read from the host or outlet ("Paris", "Kansas City")
    generic: bool = False  # a generic top-level domain (.com, .net, .org ...)


def publisher(gaz: Gazetteer, url: str | None = None, source: str | None = None) -> Publisher | None:
    """The place priors of an article's ``url`` (or bare domain) and ``source`` (outlet name or
    host); None when neither gives any."""
    host = _host(url) or _host(source)
    country, generic, labels, registrable = None, False, [], None
    if host:
        parts = host.split(".")
        tld = parts[-1]
        if len(tld) == 2 and tld not in _VANITY_CC:
            iso = _CC_ALIAS.get(tld, tld.upper())
            country = iso if gaz.country(iso) is not None else None
        generic = len(tld) > 2
        labels = [p for p in parts[:-1] if p not in _SECOND_LEVEL]
        registrable = labels[-1] if labels and tld not in _PUBLIC_TLD else None
    elif source:
        labels = [source]
    names: list[str] = []
    for label in labels:  # words of a label are read together: "New York Times", "star-telegram"
        token = "".join(re.split(r"[-_\s]+", label.lower()))
        codes = host is not None and label == registrable and (generic or country in ("US", "CA"))
        for name in _segment(gaz, token) or (_code_label(gaz, label, country) if codes else []):
            if name not in names:
                names.append(name)
    for name in _path_names(gaz, url, country, generic):
        if name not in names:
            names.append(name)
    if country is None and not names:
        return None
    return Publisher(country, tuple(names), generic)


#: Canada's provinces and territories by their postal codes (Canada Post), as domains write
#: them ("bclocalnews"); GeoNames numbers their admin-1 codes
_PROVINCES = {"ab": "Alberta", "bc": "British Columbia", "mb": "Manitoba", "nb": "New Brunswick",
              "nl": "Newfoundland and Labrador", "ns": "Nova Scotia", "nt": "Northwest Territories",
              "nu": "Nunavut", "pe": "Prince Edward Island", "qc": "Quebec", "sk": "Saskatchewan",
              "yt": "Yukon"}


#: second-level labels of country-code domains ("co.uk", "com.au") and the host's "www"
_SECOND_LEVEL = frozenset({"www", "com", "co", "org", "net", "ac", "gov"})
#: top-level domains of governments and international bodies: "va.gov" is Veterans Affairs,
#: "il.usembassy.gov" the embassy in Israel, never a state's or province's press
_PUBLIC_TLD = frozenset({"gov", "int", "mil", "edu"})
#: domains that are a postal code alone and a state's news site ("nj.com", "al.com"); another
#: bare code is a firm's or a word ("pe.com" is the Press-Enterprise of Riverside, "mi.com")
_BARE_CODES = frozenset({"al", "nj"})


def _code_label(gaz: Gazetteer, label: str, country: str | None) -> list[str]:
    """A registrable domain label that is a US state's or a Canadian province's postal code
    before newspaper words ("njdailytimes", "bclocalnews"), or alone on ``_BARE_CODES``: that
    state or province, on a generic or a US or Canadian domain. Codes that are words or
    language codes (``_NOT_POSTAL``, and Ontario's "on") are not read, nor a code before a
    hyphen ("al-monitor": the Arabic article; "al" is read alone only), nor a province's code before "news" alone
    ("nsnews" is the North Shore News of British Columbia)."""
    code, rest = label[:2], "".join(re.split(r"[-_\s]+", label[2:]))
    if code in _NOT_POSTAL or not code.isalpha() or label[2:3] in ("-", "_") or (
            code == "al" and rest):  # "almasdarnews", "almonitor": the Arabic article
        return []
    if (not rest and code not in _BARE_CODES) or (rest and not _news_only(rest)):
        return []
    if code in _PROVINCES:
        return [_PROVINCES[code]] if rest != "news" and country in (None, "CA") else []
    state = gaz.state("US", code.upper())
    return [state.name] if state is not None and country in (None, "US") else []


def _news_only(token: str) -> bool:
    """The token splits wholly into newspaper words ("localnews", "dailytimes")."""
    ok = [True] + [False] * len(token)
    for i in range(len(token)):
        if ok[i]:
            for j in range(i + 1, len(token) + 1):
                if token[i:j] in NEWS_WORDS:
                    ok[j] = True
    return ok[len(token)]


def _path_names(gaz: Gazetteer, url: str | None, country: str | None = None,
                generic: bool = True) -> list[str]:
    """Place names of a URL's section folders: a big site's local pages ("/arlington_news/",
    "/local/philadelphia/", "/news/florida/"). A folder counts when it splits wholly into
    place names and newspaper words at its own word breaks ("mt_pleasant_news"). A folder with
    no newspaper word ("/nice/", "/hollywood/", "/split/" are sections of any site) counts only
    when it names a country or a state, or when its parent is a local section ("/local/",
    "/news/", "/communities/") and it names a town of ``MIN_PATH_TOWN`` people by its own name;
    the state must lie in the domain's ``country``, or in North America for a ``generic`` one
    (on a .com, "/victoria/" and "/delta/" are sections, not Australia's or Nigeria's states).
    Folders with digits (dates, ids), the page itself (the last non-empty part, with or without
    a trailing slash) and everything from a taxonomy or foreign-news folder on ("/tag/jordan/",
    "/category/israel/", "/world/brazil/": a topic, not the paper's place) are skipped, and so are article slugs
    ("free-money-headed-to-alexandria": not every word is a place or a newspaper word), and so
    are a foreign country's news folders (``_foreign_country``: "/iran-news/" is a topic); a
    country's bare folder is a national paper's home section ("dawn.com/pakistan/",
    "straitstimes.com/singapore/", "scmp.com/news/china/").
    A two-letter folder names the US state of that postal code (``_postal_state``), and a
    county's bare name below a local section names the county ("/metro/kanawha/": Kanawha
    County, not the Iowa village; ``_county``)."""
    if not url or "/" not in url.strip("/"):
        return []
    folders = [f for f in _split(url).path.lower().split("/") if f][:-1]  # the page itself
    out: list[str] = []
    parent = ""
    for folder in folders:
        if folder in _TAXONOMY:
            break
        words = [w for w in re.split(r"[-_]+", folder) if w]
        local_parent, parent = parent in _LOCAL_SECTIONS, folder
        state = _postal_state(gaz, folder, country, generic)
        if state is not None:  # "/content/oh/story/": a chain's Ohio pages
            out += [state] if state not in out else []
            continue
        if not words or len(folder) > _MAX_LABEL or not all(w.isalpha() for w in words) \
                or folder in _WEB_FOLDERS:
            continue
        paper = any(w in PAPER_WORDS for w in words)
        found = [n for n in _segment(gaz, "".join(words))  # "/iran-news/": a topic
                 if not (paper and _foreign_country(gaz, n, country, generic))]
        if not found or not _on_breaks(gaz, words):
            continue
        if not paper:
            if len(found) != 1:
                continue
            county = _county(gaz, found[0], country, generic) if local_parent else None
            if county is not None:  # "/metro/kanawha/": the county, not a town of the name
                found = [county]
            elif not _big(gaz, found[0], local_parent, country, generic):
                continue
        out += [n for n in found if n not in out]
    return out


#: two-letter labels and folders that are English words or ISO 639-1 language codes ("/ar/",
#: "/de/", "mi" Maori) before they are US states' postal codes
_NOT_POSTAL = frozenset({"in", "me", "or", "ok", "ak", "ar", "ca", "co", "de", "ga", "hi", "ia",
                         "id", "ks", "ky", "la", "mi", "mn", "ms", "mt", "nd", "ne", "nv", "pa",
                         "sc", "sd", "tn", "wa"})
#: folders that international sites use for a country (ISO 3166: "/il/" Israel, "/md/" Moldova,
#: "/va/" the Holy See) or a language ("/az/" Azerbaijani) as often as a chain for a state
_COUNTRY_FOLDERS = frozenset({"al", "az", "il", "ma", "md", "mo", "va", "nc"})


def _foreign_country(gaz: Gazetteer, name: str, country: str | None, generic: bool) -> bool:
    """``name`` is a country's, and no country or state of that name lies in the domain's
    ``country`` (North America for a generic domain): a news folder of it is a topic
    ("/iran-news/" on a .com, "/france-news/" on a .co.uk), not the paper's place."""
    k = key(name)
    own = [e for e in gaz.lookup(name) if key(e.name) == k
           and (e.feature in COUNTRY_FEATURES or e.feature == "ADM1")]
    home = {country} if country else {"US", "CA"} if generic else set()
    return any(e.feature in COUNTRY_FEATURES for e in own) and not any(
        e.country in home for e in own)


def _postal_state(gaz: Gazetteer, folder: str, country: str | None, generic: bool) -> str | None:
    """The US state a two-letter folder names by its postal code ("/oh/", "/nj/"), on a
    generic or a .us domain; codes that are words or language codes ("/in/", "/de/") are not."""
    if len(folder) != 2 or not folder.isalpha() or folder in _NOT_POSTAL | _COUNTRY_FOLDERS:
        return None
    if not (generic and country is None or country == "US"):
        return None
    state = gaz.state("US", folder.upper())
    return state.name if state is not None else None


def _on_breaks(gaz: Gazetteer, words: list[str]) -> bool:
    """Every word of a folder is a newspaper word or part of a place name that starts and ends
    on word breaks ("mt" "pleasant" -> Mount Pleasant; "articles" is not "Arti" + "Cles")."""
    names = _compact_names(gaz)
    i = 0
    while i < len(words):
        if words[i] in NEWS_WORDS:
            i += 1
            continue
        ends = [j for j in range(len(words), i, -1) if "".join(words[i:j]) in names]
        if not ends:
            return False
        i = ends[0]
    return True


def _county(gaz: Gazetteer, name: str, country: str | None, generic: bool) -> str | None:
    """The full name of the county (or the counties of one name) a folder names by its bare
    name ("kanawha" -> "Kanawha County"), in the domain's country (North America for a generic
    domain), when no town of ``MIN_PATH_TOWN`` people has that name; None otherwise."""
    k = key(name)
    counties = {e.name for e in gaz.lookup(name) if e.feature == "ADM2"
                and k in {key(b) for b in bare(e.name)}
                and (e.country == country if country else not generic or e.country in ("US", "CA"))}
    if len(counties) != 1 or _big(gaz, name, True, country, generic):
        return None
    return counties.pop()


def _big(gaz: Gazetteer, name: str, towns: bool, country: str | None, generic: bool) -> bool:
    """A country or state of that name (a state in ``country``, or in North America when the
    domain is ``generic``), or (``towns``) a town of ``MIN_PATH_TOWN`` people by its own name (a
    county's bare name is as often a town's: "/dekalb/")."""
    def fits(e: Entry) -> bool:
        if e.feature in COUNTRY_FEATURES:
            return True
        if country is not None or generic:
            return e.country == country or country is None and e.country in ("US", "CA")
        return True

    return any((e.feature in COUNTRY_FEATURES or e.feature == "ADM1"
                or towns and e.population >= MIN_PATH_TOWN and e.feature.startswith("PPL"))
               and key(e.name) == key(name) and fits(e) for e in gaz.lookup(name))


def _host(value: str | None) -> str | None:
    if not value or " " in value.strip():
        return None
    text = value.strip().lower()
    host = _split(text).hostname or ""
    return host if "." in host and re.fullmatch(r"[a-z0-9.-]+", host) else None


def _split(url: str) -> SplitResult:
    """``urlsplit`` of a URL or a bare host; a malformed one (``http://[::1``) has no parts."""
    try:
        return urlsplit(url if "//" in url else f"//{url}")
    except ValueError:
        return urlsplit("")


def _segment(gaz: Gazetteer, token: str) -> list[str]:
    """Place names a label splits into, with newspaper words between them ("richmondand
    twickenhamtimes" -> Richmond, Twickenham); [] unless the whole label is covered."""
    token = "".join(_LABEL.findall(token))
    if not token or len(token) > _MAX_LABEL:
        return []
    names = _compact_names(gaz)
    n = len(token)
    # best[i]: (pieces, places) of the best split of token[:i]; fewest pieces wins
    best: list[tuple[int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0, ())
    for i in range(n):
        if best[i] is None:
            continue
        pieces, places = best[i]  # type: ignore[misc]
        for j in range(i + 1, n + 1):
            piece = token[i:j]
            if piece in NEWS_WORDS:
                step = (pieces + 1, places)
            elif len(piece) >= MIN_PIECE and gaz.demonym(piece):
                step = (pieces + 1, places)  # "arabnews", "irishtimes": a people, not a town
            elif len(piece) >= MIN_PIECE and piece in names:
                step = (pieces + 1, (*places, names[piece]))
            else:
                continue
            if best[j] is None or step[0] < best[j][0]:  # type: ignore[index]
                best[j] = step
    done = best[n]
    return list(done[1]) if done else []


_COMPACT: list[tuple[Gazetteer, dict[str, str]]] = []  # the last gazetteer seen and its names


def _compact_names(gaz: Gazetteer) -> dict[str, str]:
    """Names written without spaces ("kansascity") -> the name: towns of ``MIN_TOWN`` people or
    more and areas, by their own names, and US state abbreviations of four letters or more
    (built once per gazetteer)."""
    if _COMPACT and _COMPACT[0][0] is gaz:
        return _COMPACT[0][1]
    out: dict[str, str] = {}
    for e in gaz.entries:
        town = e.feature.startswith("PPL")
        if town and e.population < MIN_TOWN:
            continue
        if not town and e.feature not in COUNTRY_FEATURES and e.feature not in ("ADM1", "ADM2"):
            continue
        for name in (e.name, *bare(e.name)) if e.feature == "ADM2" else (e.name,):
            compact = key(name).replace(" ", "")  # a county also by its bare name ("hunterdon")
            if compact.isalpha() and compact not in NEWS_WORDS:
                out.setdefault(compact, name)
    for abbrev, code in gaz.state_abbrev.items():  # "mymassnews.com": Mass. is Massachusetts
        state = gaz.state("US", code)
        short = abbrev.replace(".", "").lower()
        if state is not None and len(short) >= MIN_PIECE and short not in NEWS_WORDS:
            out.setdefault(short, state.name)
    _COMPACT[:] = [(gaz, out)]  # kept by identity: an id() could be reused by a later gazetteer
    return out


__all__ = ["NEWS_WORDS", "Publisher", "publisher"]
