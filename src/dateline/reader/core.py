"""Assemble a CleanArticle from lines: body paragraphs, furniture, dateline, date, source, title."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit

from dateline.model import CleanArticle, Dateline, Furniture, Published
from dateline.reader import dates
from dateline.reader.datelines import (
    byline_dateline,
    known_agencies,
    known_city,
    later_dateline,
    place_line,
    split_dateline,
)
from dateline.reader.furniture import (
    LineContext,
    classify_line,
    split_section_title,
    split_shortcodes,
    stamp_parts,
    unglue_stamp,
)
from dateline.reader.html import PageMetadata
from dateline.reader.language import language_of
from dateline.reader.outlets import (
    clean_sitename,
    host_of,
    outlet_from_copyright,
    outlet_from_promo,
    outlet_from_url,
)
from dateline.sources.items import InputError


@dataclass(frozen=True)
class ReaderOptions:
    """Settings of the reader stage (one object, defaults here)."""

    filter_furniture: bool = True  # classify furniture lines out of the body
    fast: bool = False  # HTML: True skips trafilatura's fallback extractors (~10% faster, less robust)
    recall_fallback_chars: int = 250  # HTML: below this many body characters, retry favoring recall
    headline_max_words: int = 25  # plain text: longest first line taken as a headline


@dataclass(frozen=True)
class Given:
    """What the caller knows about the article; wins over anything found in it."""

    origin: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    id: str | None = None


#: the longest body the NLP stage takes (spaCy's ``nlp.max_length``; its parser needs about
#: 1 GB per 100,000 characters): a longer "article" is refused here with a reason.
MAX_BODY_CHARS = 1_000_000

#: the longest line taken as a headline when the next body paragraph opens with a dateline
TITLE_MAX_WORDS = 20

#: how many sentences (paragraphs with a stop at the end, or long) may come before the story's
#: dateline, and how many paragraphs in all (short unstopped ones are a page's labels and bars)
LATER_DATELINE_PARAGRAPHS = 2
LATER_DATELINE_LINES = 8

_GLUED_CAPS = re.compile(r" (?=[A-Z][A-Z'’.\-]*[A-Z.][ ,(/—–-])")
_LINE_END = re.compile(r"[.!?:;\"”’)\]…]$")


def unwrap(lines: Sequence[str], *, width: int = 100) -> list[str]:
    """Join hard-wrapped paragraphs (wire copy, e-mail: blocks of three or more lines of half to
    full ``width`` characters that mostly stop mid-sentence, none of them furniture) into one line
    each; other text unchanged."""
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line.strip())
            continue
        inner = block[:-1]
        wrapped = (len(block) >= 3 and all(width // 2 <= len(x) <= width for x in inner)
                   and len(block[-1]) <= width
                   and sum(not _LINE_END.search(x) for x in inner) >= 2 * len(inner) / 3
                   and any(x[:1].islower() for x in block[1:])  # a sentence runs on
                   and not any(classify_line(x) for x in block))
        out.extend([" ".join(block)] if wrapped else block)
        out.append("")
        block = []
    return out[:-1]


def _tab_row(line: str) -> str | None:
    """A line of cells split by tabs ("Candidate\tParty\tVotes") is a table row, written as the
    HTML reader writes one ("| Candidate | Party | Votes |"), so the cells stay apart and no
    name runs into the next cell ("Mary Lin\tGreen": not "Mary Lin Green"); None for a line
    without an inner tab."""
    if "\t" not in line.strip():
        return None
    cells = [" ".join(cell.split()) for cell in line.strip().split("\t")]
    cells = [cell for cell in cells if cell]
    return f"| {' | '.join(cells)} |" if len(cells) > 1 else None


def classify_lines(lines: Sequence[str], *, title: str | None = None, plain_text: bool = False,
                   options: ReaderOptions = ReaderOptions()) -> list[tuple[str, Furniture | None]]:
    """Each non-empty line with its furniture record (None for body), in order."""
    out: list[tuple[str, Furniture | None]] = []
    previous: str | None = None
    body = False  # a body line in ``out`` yet
    for n, line in enumerate(lines):
        text = _tab_row(line) or " ".join(line.split())
        if options.filter_furniture:
            text, codes = split_shortcodes(text)
            out.extend((code.text, code) for code in codes)
        if not text:
            continue
        found = None
        if options.filter_furniture and len(out) < 3 and not body and (split := split_section_title(text)):
            out.append((split[0], Furniture("breadcrumb", split[0])))
            text = split[1]
        if options.filter_furniture:
            found = classify_line(text, LineContext(previous_kind=previous, title=title, index=len(out)))
            if found is None and plain_text and not out and _kicker_over_headline(text, lines[n + 1:], options):
                found = Furniture("breadcrumb", text)
            elif (found is None and plain_text and all(f and f.kind == "breadcrumb" for _, f in out)
                    and _looks_like_headline(text, lines[n + 1:], options)):
                found = Furniture("headline", text)
            elif found is None and not body and (glued := _furniture_before_dateline(text)):
                out.append((glued.text, glued))
                text = text[len(glued.text):].strip()
        out.append((text, found))
        previous = found.kind if found else None
        body = body or found is None
    return out


def _furniture_before_dateline(line: str) -> Furniture | None:
    """Furniture glued on one line before the story's dateline, in capitals ("Share this article
    JERUSALEM, Aug 18 (Reuters) - ...", "Advertisement CAIRO — ..."): the words before it, when
    they are furniture on their own and ``later_dateline`` takes what follows, its place a known
    city (not "ROE JERUSALEM" after "By JANE", nor "AP GAZA CITY" after a credit "Photo: Jane Roe")."""
    for match in _GLUED_CAPS.finditer(line, 0, 120):
        if ((dateline := later_dateline(line[match.end():])) is not None and known_city(dateline.place or "")
                and (found := classify_line(line[:match.start()])) is not None):
            return found
    return None


def _kicker_over_headline(line: str, after: Sequence[str], options: ReaderOptions) -> bool:
    """A plain text's first line is a kicker when a label of one or two words (``_kicker_label``:
    "Sudan war", "Analysis") over a headline (``_looks_like_headline``)."""
    rest = [x.strip() for x in after if x.strip()]
    return _kicker_label(line) and bool(rest) and _looks_like_headline(rest[0], rest[1:], options)


def _looks_like_headline(line: str, after: Sequence[str], options: ReaderOptions) -> bool:
    """The first line of a plain text (or the first under its breadcrumbs) is a headline when
    short and unpunctuated, no dateline alone on its line, and the first body line ``after`` it
    (bylines and timestamps skipped) is a longer paragraph."""
    words = line.split()
    if not 3 <= len(words) <= options.headline_max_words or line[-1] in ".,;:…\"”’":
        return False
    if split_dateline(line + " " + "x" * 20)[0] is not None:
        return False
    previous: str | None = None
    for other in [x for x in after if x.strip()][:4]:
        found = classify_line(other.strip(), LineContext(previous_kind=previous, index=1))
        if found is None:  # and no dateline alone on its line over the story ("New Delhi, Aug 18")
            return len(other.split()) > 2 * len(words) and place_line(line, other.strip()) is None
        previous = found.kind
    return False


def build_article(classified: list[tuple[str, Furniture | None]], given: Given, *,
                  meta: PageMetadata | None = None) -> CleanArticle:
    """Body, paragraphs, furniture and metadata from classified lines."""
    meta = meta or PageMetadata()
    refused = dates.given_date(given.published)[1]
    if refused:
        raise InputError(given.origin or "<input>",
                         f"published date {given.published!r} {refused}; give it as YYYY-MM-DD")
    if given.url and url_problem(given.url):
        raise InputError(given.origin or "<input>", f"url {given.url!r} is not a URL "
                         f"({url_problem(given.url)}); correct it or leave it out")
    classified = title_over_dateline(classified)
    paragraphs = [text for text, kind in classified if kind is None]
    furniture = tuple(kind for _, kind in classified if kind is not None)
    if not paragraphs:
        raise InputError(given.origin or "<input>", "no article text found (only page furniture or markup)")
    url = given.url or (meta.url if meta.url and not url_problem(meta.url) else None)
    dateline, paragraphs = cut_dateline(paragraphs, None, byline_place(classified))
    if dateline is not None and dateline.date and dateline.date.startswith("XXXX"):
        reference = _reference_date(given, meta, url, furniture) or _text_date(furniture, paragraphs)
        dateline = _complete_year(dateline, reference)
    body, spans = join_paragraphs(paragraphs)
    if len(body) > MAX_BODY_CHARS:
        raise InputError(given.origin or "<input>",
                         f"article text too long ({len(body):,} characters; at most {MAX_BODY_CHARS:,}); "
                         "split it into articles, e.g. one per JSON Lines row")
    title = meta.title or next((f.text for f in furniture if f.kind == "headline"), None)
    return CleanArticle(
        body=body, paragraphs=spans, furniture=furniture,
        source=given.source or find_source(meta, furniture, url, dateline),
        title=title, author=meta.author or _byline_author(furniture), url=url,
        published=publication_date(given.published, meta, url, dateline, furniture, paragraphs),
        dateline=dateline, language=language_of(body, meta.language), origin=given.origin, id=given.id,
    )


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be parsed as a URL ('Invalid IPv6 URL'), or None when it can: later
    stages read its host and path."""
    try:
        parts = urlsplit(url)
        _ = parts.hostname, parts.port
    except ValueError as err:
        return str(err)
    return None


def cut_dateline(paragraphs: list[str], year: int | None,
                 byline: Dateline | None = None) -> tuple[Dateline | None, list[str]]:
    """The dateline cut from the first paragraph, or a first paragraph that is only a dateline
    ("GAZA CITY (AP) —" or "New Delhi" on a line of its own) dropped in favour of the record's
    dateline. Else a later paragraph's dateline (``later_dateline``: "ABU DHABI, Aug 18 (Reuters) -",
    "DUBLIN —") under at most ``LATER_DATELINE_PARAGRAPHS`` sentences (a standfirst, a caption)
    and any short unstopped lines (a kicker, "Listen to this article", "3 min read") is cut from
    it: left in, its place reads as the sentence's subject. The reporter's place of a ``byline``
    over the story ("By Jane Roe in Kyiv") outranks a later one with no date or agency (a
    section's "MOSCOW —"), and stands where there is none, the body left whole."""
    dateline, rest = split_dateline(paragraphs[0], year=year)
    if dateline is not None:
        return dateline, [rest.strip(), *paragraphs[1:]]
    first = paragraphs[0].strip()
    if len(paragraphs) > 1 and len(first.split()) <= 8:
        dateline, rest = split_dateline(f"{first} {paragraphs[1]}", year=year)
        if dateline is not None and dateline.text == first:
            return dateline, paragraphs[1:]
        if dateline := place_line(first, paragraphs[1], year=year):
            return dateline, paragraphs[1:]
    sentences = 0
    for i in range(1, min(len(paragraphs), LATER_DATELINE_LINES)):
        before = paragraphs[i - 1]
        sentences += bool(_LINE_END.search(before) or len(before.split()) > TITLE_MAX_WORDS)
        if sentences > LATER_DATELINE_PARAGRAPHS:
            break
        if dateline := later_dateline(paragraphs[i], (before, *paragraphs[i + 1:i + 2]), year=year):
            if byline is not None and not (dateline.date or dateline.agency):
                break  # a section's "MOSCOW —" under the reporter's place
            rest = paragraphs[i][len(dateline.text or ""):]
            return dateline, [*paragraphs[:i], rest.strip(), *paragraphs[i + 1:]]
    return byline, paragraphs


def byline_place(classified: list[tuple[str, Furniture | None]]) -> Dateline | None:
    """The reporter's place (``byline_dateline``) of the first byline over the story that names
    a place ("By Jane Roe in Kyiv")."""
    for _, f in classified:
        if f is None:
            break
        if f.kind == "byline" and " in " in f.text:
            return byline_dateline(f.text)
    return None


def title_over_dateline(classified: list[tuple[str, Furniture | None]]
                        ) -> list[tuple[str, Furniture | None]]:
    """A short unpunctuated first body line over a paragraph that opens with a dateline is a
    headline ("UN talks" / "GENEVA, (Reuters) - ..."): the dateline opens the story, so that
    line is furniture, and the dateline is cut from the story's first paragraph. So is one with a
    place as its kicker ("Sudan: RSF fighters seize key town" / "KHARTOUM, Dec 19 (Reuters) -"),
    not a dateline alone on its line nor one with a date, an agency or a dash. A place alone on
    the line under it ("New Delhi") is such a dateline too. A label of one or two words over
    that headline ("Analysis", "Sudan war") is its kicker: furniture too."""
    body = [i for i, (_, kind) in enumerate(classified) if kind is None][:4]
    out = list(classified)
    if _headline_over_dateline(classified, body[:3]):
        out[body[0]] = (classified[body[0]][0], Furniture("headline", classified[body[0]][0]))
    elif len(body) > 2 and _kicker_label(classified[body[0]][0]) and _headline_over_dateline(classified, body[1:]):
        out[body[0]] = (classified[body[0]][0], Furniture("breadcrumb", classified[body[0]][0]))
        out[body[1]] = (classified[body[1]][0], Furniture("headline", classified[body[1]][0]))
    return out


def _headline_over_dateline(classified: list[tuple[str, Furniture | None]], body: list[int]) -> bool:
    """Whether the body line at ``body[0]`` is a headline over a dateline at ``body[1]`` (or a
    place alone on its line at ``body[1]`` over the story at ``body[2]``)."""
    if len(body) < 2:
        return False
    first, second = classified[body[0]][0], classified[body[1]][0]
    if (len(first.split()) > TITLE_MAX_WORDS or first[-1] in ".,;:!?…\"”’'"
            or (split_dateline(second)[0] is None
                and (len(body) < 3 or place_line(second, classified[body[2]][0]) is None))):
        return False
    kicker, rest = split_dateline(first)
    return kicker is None or (bool(rest.strip()) and not kicker.date and not kicker.agency
                              and (kicker.text or "").endswith(":"))


def _kicker_label(line: str) -> bool:
    """A line of one or two capitalised words with no mark at its end ("Analysis", "Red Sea")."""
    words = line.split()
    return len(words) <= 2 and line[:1].isupper() and line[-1].isalnum()


def join_paragraphs(paragraphs: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Paragraphs joined by blank lines, with each one's (start, end) offsets in the result."""
    spans: list[tuple[int, int]] = []
    start = 0
    for text in paragraphs:
        spans.append((start, start + len(text)))
        start += len(text) + 2
    return "\n\n".join(paragraphs), tuple(spans)


def publication_date(given: str | None, meta: PageMetadata, url: str | None, dateline: Dateline | None,
                     furniture: Sequence[Furniture], paragraphs: Sequence[str]) -> Published:
    """By precedence: given > metadata > URL > dateline > image-slug Unix time > a date in text.
    Each is looked for only when none before it was found (the text's is a scan of the body)."""
    candidates: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("given", lambda: dates.given_date(given)[0]),
        ("metadata", lambda: dates.normalize_date(meta.date) or _timestamp_date(furniture)),
        ("url", lambda: dates.date_from_url(url)),
        ("dateline", lambda: dateline.date if dateline and dateline.date and "X" not in dateline.date else None),
        ("image_slug", lambda: next((d for f in furniture if f.kind == "image_slug"
                                     if (d := dates.date_from_slug(f.text))), None)),
        ("text", lambda: _text_date(furniture, paragraphs)),
    )
    for evidence, find in candidates:
        if value := find():
            return Published(value, evidence)
    return Published()


def _timestamp_date(furniture: Sequence[Furniture]) -> str | None:
    """A "Published: ..." line of scraped text is the page's own metadata, rendered as text (its
    parts spaced where a copied page glued them: "August 18, 20243:15 PM GMT+4Updated ...")."""
    stamps = [part for f in furniture if f.kind == "timestamp" for part in stamp_parts(unglue_stamp(f.text))]
    stamps.sort(key=lambda s: bool(re.match(r"\s*(?:last\s+)?(?:updated|modified)", s, re.I)))
    for text in stamps:
        found = dates.first_date_in_text(text)
        if found:
            return found
    return None


def _text_date(furniture: Sequence[Furniture], paragraphs: Sequence[str]) -> str | None:
    """The first full date in a caption, else in the body."""
    for f in furniture:
        if f.kind == "caption" and (found := dates.first_date_in_text(f.text)):
            return found
    for text in paragraphs:
        if found := dates.first_date_in_text(text):
            return found
    return None


def _reference_date(given: Given, meta: PageMetadata, url: str | None,
                    furniture: Sequence[Furniture]) -> str | None:
    """The best other date evidence, to give a year to a dateline written without one. Dates in
    the body may be of any earlier or later event, so only where there is none of this does the
    first full date of a caption or the body lend its year ("WASHINGTON, Aug 18 (Reuters) - Talks
    that began on Aug. 12, 2024, ended yesterday": published 2024-08-18, not 2024-08-12)."""
    for found in (dates.given_date(given.published)[0], dates.normalize_date(meta.date),
                  _timestamp_date(furniture), dates.date_from_url(url)):
        if found:
            return found
    for f in furniture:
        if f.kind == "image_slug" and (found := dates.date_from_slug(f.text)):
            return found
    return None


def _complete_year(dateline: Dateline, reference: str | None) -> Dateline:
    """"XXXX-08-18" + reference 2024-08-19 -> "2024-08-18": the year that puts the dateline
    closest to the reference (a story datelined Dec 31 and published Jan 1 keeps its year)."""
    if not reference or not dateline.date:
        return dateline
    month, day = int(dateline.date[5:7]), int(dateline.date[8:10])
    ref = date.fromisoformat(reference)
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
               if (d := dates.iso(y, month, day))]
    if not options:
        return dateline
    best = min(options, key=lambda d: abs((date.fromisoformat(d) - ref).days))
    return replace(dateline, date=best)


def find_source(meta: PageMetadata, furniture: Sequence[Furniture], url: str | None,
                dateline: Dateline | None = None) -> str | None:
    """The outlet: page metadata, else a promo line naming it, else a known URL host, else the
    copyright holder, else the host itself (what trafilatura reports when a page names none),
    else, for a text with no page at all, the wire agency of its dateline ("(Reuters) -")."""
    from_meta = clean_sitename(meta.sitename)
    if from_meta:
        return from_meta
    for f in furniture:
        if f.kind == "promo" and (name := outlet_from_promo(f.text)):
            return name
    known = outlet_from_url(url or meta.url)
    if known:
        return known
    for f in furniture:
        if f.kind == "copyright" and (name := outlet_from_copyright(f.text)):
            return name
    return host_of(url or meta.url) or (dateline.agency if dateline else None)


def _byline_author(furniture: Sequence[Furniture]) -> str | None:
    for f in furniture:
        if f.kind == "byline":
            match = re.match(r"(?i:(?:written\s+|reported\s+)?by)\s+([^,|/]+)", f.text)
            if match:  # the reporter's place after "in" is no part of the name ("By Jane Roe in Kyiv")
                return _without_agency(re.sub(r"\s+in\s+[A-Z][^,|/]*$", "", match.group(1).strip(" .")))
    return None


def _without_agency(name: str) -> str:
    """A byline's names without the agency set after them ("JANE ROE Associated Press", "Jane
    Roe The Associated Press", "Jane Roe AFP": the reporter): an agency of two words, or of one
    in another case than the names ("By Jane Saba" is a name)."""
    words = name.split()
    for n in (2, 1):
        agency, rest = " ".join(words[-n:]), words[:-n]
        if rest[-1:] in (["The"], ["THE"]):
            rest = rest[:-1]
        if len(rest) >= 2 and agency.lower() in known_agencies() and (n == 2 or agency.isupper() != " ".join(rest).isupper()):
            return " ".join(rest)
    return name
