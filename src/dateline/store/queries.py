"""Read queries over the store: plain dict rows (JSON-ready), filters as bound parameters only.

Date filters work on day intervals: an event dated ``2024-07`` matches ``--since 2024-07-15``
(the month overlaps the range). Actor filters match an actor id exactly, or any actor whose id or
name contains the text (case-insensitive), e.g. ``hamas`` matches ``org:hamas``.
"""

from __future__ import annotations

import heapq
import itertools
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from dateline.store.dates import (
    ACTOR_TYPES,
    EVENT_STATUSES,
    EVENT_TYPES,
    FilterError,
    known,
    window,
)

Row = dict[str, Any]


def like(text: str) -> str:
    """A LIKE pattern for 'contains text', with LIKE's wildcards escaped (ESCAPE '\\'). SQLite's
    LIKE ends a pattern at a NUL ('%' + NUL + '%' matched every row): a NUL becomes U+FFFE, a
    noncharacter that text does not hold, so such a filter matches nothing instead of everything."""
    text = text.replace("\x00", "\ufffe")
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class SearchError(FilterError):
    """A search whose syntax is wrong; the message names the search and the problem."""


#: the one search syntax of every search over text (articles, quotes, story labels), for help texts
SEARCH_SYNTAX = ('words (each must occur, as a whole word, any case), prefix*, "a phrase", '
                 "OR / NOT / AND (capitals) between terms, ( ) to group")

#: a phrase, a quote that opens none, a bracket, or a word: a double quote inside a word is a
#: character of it ('don"t', '5\'11"'), as in FTS5's tokenizer, not the start of a phrase
_SEARCH_TOKEN = re.compile(r'"[^"]*"\*?|"|\(|\)|[^\s()"][^\s()]*')
_OPERATORS = ("AND", "OR", "NOT")
_NOTHING = '""'  # an FTS5 phrase of no tokens: it matches no row


def search_query(text: str, option: str = "--search") -> str:
    """``text``, in the search syntax (``SEARCH_SYNTAX``: FTS5's, less NEAR and column filters),
    as an FTS5 query, else a ``SearchError`` naming ``option``, the text and the problem.

    Each word is a phrase of the words FTS5 makes of it (``Hamas-backed`` is "hamas backed",
    ``don't`` no syntax error); terms side by side are ANDed. A word or phrase of no letter or
    digit ("—", "&" in ``Israel & Hamas``) is no term: FTS5 makes no token of it. A search of
    such words alone ("-", ",", a NUL) is the error "no words to search for", as a blank one is.
    A term holding text that was not UTF-8 (a lone surrogate, U+FFFD) matches nothing: no text
    holds it."""
    cleaned = "".join(ch if ch.isprintable() or "\ud800" <= ch <= "\udfff" else " "
                      for ch in text)  # NUL would end the query; a surrogate stays, to match nothing

    def fail(problem: str) -> SearchError:
        return SearchError(f"{option} {text!r}: {problem} (search syntax: {SEARCH_SYNTAX})")

    parts: list[str] = []
    depth, want = 0, True  # want: a term comes next (at the start, after an operator or "(")
    for token in _SEARCH_TOKEN.findall(cleaned):
        if token in _OPERATORS:
            if want:
                raise fail(f"{token} needs a term before it" if not parts or parts[-1] == "("
                           else f"{parts[-1]} {token}: two operators in a row")
            want = True
        elif token == ")":
            if not depth:
                raise fail("a ')' without its '('")
            if want:
                raise fail("empty brackets" if parts[-1] == "(" else f"{parts[-1]} needs a term after it")
            depth -= 1
        elif token == '"':
            raise fail("a double quote is not closed")
        elif token not in ("(", "*") and _wordless(token) and token.strip('"* '):
            continue  # no term ('"—"' too; but '""' is an empty phrase, "*" a misplaced star)
        else:
            if not want:
                parts.append("AND")  # FTS5 takes no implicit AND beside brackets: "(a OR b) c"
            depth, want = depth + (token == "("), token == "("
            token = token if token == "(" else _search_term(token, fail)
        parts.append(token)
    if depth:
        raise fail("a '(' is not closed")
    if want:
        raise fail(f"{parts[-1]} needs a term after it" if parts else "no words to search for")
    return " ".join(parts)


def _search_term(token: str, fail: Callable[[str], SearchError]) -> str:
    """One word or "phrase" (either may end in ``*``: a prefix) as an FTS5 phrase."""
    prefix = token.endswith("*")
    core = token[:-1] if prefix else token
    if core.startswith('"'):
        core = core[1:-1]
        if not core.strip():
            raise fail('an empty phrase ""')
    elif not core or "*" in core:
        raise fail(f"{token!r}: '*' goes at the end of a word, as in Gaza* (the words that begin so)")
    elif core == "NEAR":
        raise fail('NEAR is not part of the search syntax; use "a phrase" or words')
    if "\ufffd" in core or not _encodes(core):
        return _NOTHING
    return '"' + core.replace('"', '""') + '"' + ("*" if prefix else "")


def _wordless(word: str) -> bool:
    """Whether FTS5 makes no token of ``word`` (no letter or digit; text that was not UTF-8 is
    kept, to match nothing)."""
    return not any(ch.isalnum() or ch == "\ufffd" or "\ud800" <= ch <= "\udfff" for ch in word)


def _encodes(text: str) -> bool:
    """Whether ``text`` is valid Unicode text (SQLite takes only UTF-8: no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def fts_query(conn: sqlite3.Connection, table: str, text: str, option: str = "--search") -> str:
    """``text`` as an FTS5 query (``search_query``) that FTS5 takes on ``table``; a
    ``SearchError`` naming the search and FTS5's words otherwise."""
    query = search_query(text, option)
    try:
        conn.execute(f"SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT 1", (query,)).fetchone()
    except sqlite3.OperationalError as err:
        raise SearchError(f"{option} {text!r}: {err} (search syntax: {SEARCH_SYNTAX})") from err
    return query


def _actor_ids_sql(column: str) -> str:
    """SQL true when ``column`` (an actor id) is the actor asked for by :actor / :actor_like."""
    return (
        f"({column} = :actor OR {column} IN (SELECT id FROM actors WHERE id LIKE :actor_like "
        "ESCAPE '\\' OR name LIKE :actor_like ESCAPE '\\'))"
    )


def _limit(sql: str, params: dict[str, Any], limit: int | None) -> str:
    if limit is not None and limit > 0:
        params["limit"] = min(int(limit), 2**63 - 1)  # SQLite's largest integer: no limit at all
        return sql + " LIMIT :limit"
    return sql


def split_list(values: str | None, upper: bool) -> list[str]:
    """A comma-separated filter's values ("PS, il" -> ["PS", "IL"]), blanks dropped, in capitals
    or small letters."""
    if not values:
        return []
    parts = [v.strip() for v in values.split(",") if v.strip()]
    return [p.upper() if upper else p.lower() for p in parts]


def _date_window(where: list[str], params: dict[str, Any], since: str | None, until: str | None,
                 *, ends: str, starts: str) -> None:
    """Keep rows whose date range (SQL expressions ``starts``..``ends``) meets --since/--until
    (``store.dates.window``: every bad bound named; swapped bounds an error, not an empty answer)."""
    first, last = window(since, until)
    if first:
        params["since"] = first
        where.append(f"{ends} >= :since")
    if last:
        params["until"] = last
        where.append(f"{starts} <= :until")


def marks(name: str, values: Sequence[Any], params: dict[str, Any]) -> str:
    """Named placeholders ``:name0, :name1...`` for an IN list, their values put in ``params``."""
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
    return ", ".join(f":{name}{i}" for i in range(len(values)))


def chunks(values: Sequence[Any], size: int = 500) -> Iterator[Sequence[Any]]:
    """``values`` in slices of ``size``: SQLite caps the parameters of one statement."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


def articles(conn: sqlite3.Connection, *, search: str | None = None, source: str | None = None,
             since: str | None = None, until: str | None = None, limit: int | None = None) -> list[Row]:
    """Articles newest first, or by relevance with ``search`` (FTS5 over title and body)."""
    params: dict[str, Any] = {}
    where: list[str] = []
    cols = ("a.id, a.published, a.published_evidence, a.source, a.title, a.dateline_place, "
            "a.dateline_agency, a.url, a.origin, a.ingested_at, substr(a.body, 1, 160) AS lead, "
            "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
            "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events")
    if search:
        params["q"] = fts_query(conn, "articles_fts", search)
        params["hit_open"], params["hit_close"] = HIT_OPEN, HIT_CLOSE
        sql = (f"SELECT {cols}, snippet(articles_fts, 1, :hit_open, :hit_close, '…', 12) AS snippet "
               "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid")
        where.append("articles_fts MATCH :q")
        order = "bm25(articles_fts), a.published DESC, a.id"
    else:
        sql = f"SELECT {cols} FROM articles a"
        order = "a.published IS NULL, a.published DESC, a.id"
    if source:
        params["source"] = like(source)
        where.append("a.source LIKE :source ESCAPE '\\'")
    _date_window(where, params, since, until, ends="a.published", starts="a.published")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql = _limit(sql + " ORDER BY " + order, params, limit)
    rows = [dict(r) for r in conn.execute(sql, params)]
    if search:
        _snippets(conn, rows, params["q"])
    return rows


#: what FTS5 puts around a hit: a control character with a private-use one, never in a body's
#: text (the body's own ``[``/``]`` stay text; the public snippet escapes them, see bracketed)
HIT_OPEN, HIT_CLOSE = "\x02\ue000", "\ue001\x03"


def _snippets(conn: sqlite3.Connection, rows: list[Row], query: str) -> None:
    """Each row's FTS5 snippet (taken with HIT_OPEN/HIT_CLOSE) as ``snippet_text``, its hits'
    offsets ``snippet_hits`` and the bracket form ``snippet``, right even in a body that holds
    those markers itself (its own text would look like a hit, or hide one): such a row's snippet
    is taken again with markers its body does not contain (``_resnip``)."""
    bodies = _marked_bodies(conn, [row["id"] for row in rows])
    for row in rows:
        opening, closing = HIT_OPEN, HIT_CLOSE
        if row["id"] in bodies:
            opening, closing = _absent_pair(bodies[row["id"]])
            row["snippet"] = _resnip(conn, row["id"], query, opening, closing)
        text, hits = split_snippet(row["snippet"], opening, closing)
        row["snippet"], row["snippet_text"], row["snippet_hits"] = bracketed(text, hits), text, hits


def _marked_bodies(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The bodies among articles ``ids`` that hold a hit marker (most often none)."""
    bodies: dict[str, str] = {}
    for part in chunks(ids):
        params: dict[str, Any] = {"open": HIT_OPEN, "close": HIT_CLOSE}
        bodies.update(conn.execute(
            f"SELECT id, body FROM articles WHERE id IN ({marks('a', part, params)}) AND "
            "(instr(body, :open) > 0 OR instr(body, :close) > 0)", params).fetchall())
    return bodies


def _resnip(conn: sqlite3.Connection, article_id: str, query: str, opening: str, closing: str) -> str | None:
    """The FTS5 snippet of one article's body for ``query``, with the given hit markers."""
    raw = conn.execute(
        "SELECT snippet(articles_fts, 1, ?, ?, '…', 12) FROM articles_fts JOIN articles a "
        "ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND a.id = ?",
        (opening, closing, query, article_id)).fetchone()
    return str(raw[0]) if raw and raw[0] is not None else None


def _absent_pair(body: str) -> tuple[str, str]:
    """Two private-use characters that ``body`` does not contain (its own text cannot be them)."""
    present = set(body)
    free = (chr(c) for c in (*range(0xE000, 0xF900), *range(0xF0000, 0xFFFFE)) if chr(c) not in present)
    return next(free), next(free)


def split_snippet(raw: str | None, opening: str = HIT_OPEN, closing: str = HIT_CLOSE
                  ) -> tuple[str, list[list[int]]]:
    """An FTS5 snippet with ``opening``/``closing`` markers (HIT_OPEN/HIT_CLOSE unless a body
    holds those: ``_snippets``) as its plain text and the hits' ``[start, end]``
    character (code point) offsets in that text."""
    text: list[str] = []
    hits: list[list[int]] = []
    at = start = 0
    for part in re.split(f"({re.escape(opening)}|{re.escape(closing)})", raw or ""):
        if part == opening:
            start = at
        elif part == closing:
            if at > start:
                hits.append([start, at])
        else:
            text.append(part)
            at += len(part)
    return "".join(text), hits


def _escape_brackets(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def bracketed(text: str, hits: list[list[int]]) -> str:
    """The snippet in its bracket form: each hit in ``[...]``, the text's own ``\\``, ``[`` and
    ``]`` escaped with a backslash (``\\[``), so that an unescaped bracket is always a hit's."""
    out: list[str] = []
    at = 0
    for start, end in hits:
        out += [_escape_brackets(text[at:start]), "[", _escape_brackets(text[start:end]), "]"]
        at = end
    out.append(_escape_brackets(text[at:]))
    return "".join(out)


def actor_names(conn: sqlite3.Connection, ids: set[str]) -> dict[str, str]:
    """Actor id -> display name, for the ids that are in the store."""
    names: dict[str, str] = {}
    for part in chunks(sorted(ids)):
        params: dict[str, Any] = {}
        sql = f"SELECT id, name FROM actors WHERE id IN ({marks('a', part, params)})"
        names.update((r["id"], r["name"]) for r in conn.execute(sql, params))
    return names


def _speakers(conn: sqlite3.Connection, quote_ids: list[int]) -> dict[int, list[str]]:
    speakers: dict[int, list[str]] = defaultdict(list)
    for part in chunks(quote_ids):
        params: dict[str, Any] = {}
        for r in conn.execute("SELECT quote_id, actor_id FROM quote_speakers WHERE quote_id IN "
                              f"({marks('k', part, params)}) ORDER BY quote_id, seq", params):
            speakers[r["quote_id"]].append(r["actor_id"])
    return speakers


def event_roles(conn: sqlite3.Connection, keys: list[int]) -> dict[tuple[int, str], list[str]]:
    """(event key, "source" or "target") -> actor ids in order, for the given events."""
    roles: dict[tuple[int, str], list[str]] = defaultdict(list)
    for part in chunks(keys):
        params: dict[str, Any] = {}
        for r in conn.execute("SELECT event_key, role, actor_id FROM event_actors WHERE event_key IN "
                              f"({marks('k', part, params)}) ORDER BY event_key, role, seq", params):
            roles[(r["event_key"], r["role"])].append(r["actor_id"])
    return roles


def quotes(conn: sqlite3.Connection, *, speaker: str | None = None, since: str | None = None,
           until: str | None = None, search: str | None = None, article: str | None = None,
           limit: int | None = None) -> list[Row]:
    """Quotes in date order. A quote without its own date counts at its article's publication
    date for ``since``/``until`` (its ``date`` stays null: the text did not give one). ``start``
    and ``end`` are the quote's character offsets in its article's body (as in the record)."""
    params: dict[str, Any] = {}
    where: list[str] = []
    sql = ("SELECT q.quote_id, q.article_id, q.seq, q.date, q.kind, q.speaker_text, q.cue, "
           "q.medium, q.setting, q.text, a.published, a.source, a.title, a.url, "
           "COALESCE(q.date_start, a.published) AS day_start, "
           "COALESCE(q.date_end, a.published) AS day_end, q.start, q.\"end\" "
           "FROM quotes q JOIN articles a ON a.id = q.article_id")
    if search:
        params["q"] = fts_query(conn, "quotes_fts", search)
        where.append("q.quote_id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :q)")
    if speaker:
        params["actor"], params["actor_like"] = speaker, like(speaker)
        where.append(
            "(q.speaker_text LIKE :actor_like ESCAPE '\\' OR EXISTS (SELECT 1 FROM quote_speakers s "
            f"WHERE s.quote_id = q.quote_id AND {_actor_ids_sql('s.actor_id')}))"
        )
    _date_window(where, params, since, until, ends="COALESCE(q.date_end, a.published)",
                 starts="COALESCE(q.date_start, a.published)")
    if article:
        params["article"] = article
        where.append("q.article_id = :article")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY day_start IS NULL, day_start, a.published, q.article_id, q.seq"
    rows = [dict(r) for r in conn.execute(_limit(sql, params, limit), params)]
    speakers = _speakers(conn, [r["quote_id"] for r in rows])
    names = actor_names(conn, {a for ids in speakers.values() for a in ids})
    for row in rows:
        ids = speakers.get(row["quote_id"], [])
        row["speakers"] = ids
        row["speaker_names"] = [names.get(a, a) for a in ids]
    return rows


def events(conn: sqlite3.Connection, *, actor: str | None = None, type: str | None = None,
           since: str | None = None, until: str | None = None, place: str | None = None,
           status: str | None = None, article: str | None = None,
           limit: int | None = None) -> list[Row]:
    """Events in date order (undated last). ``type`` and ``status`` take comma-separated lists."""
    params: dict[str, Any] = {}
    where: list[str] = []
    sql = ("SELECT e.event_key, e.article_id, e.id, e.type, e.mode, e.status, e.date, "
           "e.date_anchor, e.date_start, e.date_end, e.place, e.trigger, e.confidence, "
           "e.evidence_start, e.evidence_end, "
           "substr(a.body, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence, "
           "a.published, a.source, a.title, a.url FROM events e JOIN articles a ON a.id = e.article_id")
    if actor:
        params["actor"], params["actor_like"] = actor, like(actor)
        where.append("EXISTS (SELECT 1 FROM event_actors x WHERE x.event_key = e.event_key AND "
                     f"{_actor_ids_sql('x.actor_id')})")
    if types := known(split_list(type, upper=True), EVENT_TYPES, option="--type"):
        where.append(f"e.type IN ({marks('type', types, params)})")
    if statuses := known(split_list(status, upper=False), EVENT_STATUSES, option="--status"):
        where.append(f"e.status IN ({marks('status', statuses, params)})")
    if place:
        params["place"] = like(place)
        where.append("e.place LIKE :place ESCAPE '\\'")
    _date_window(where, params, since, until, ends="e.date_end", starts="e.date_start")
    if article:
        params["article"] = article
        where.append("e.article_id = :article")
    # Unfiltered but for dates, the dated events, then the undated: each part in an order whose
    # first key the index events_date gives, so that a page reads the earliest dates, not every
    # event sorted. Another filter reads the events it passes and sorts them (read in the
    # order of dates, most events of a rare actor or status would be looked up before a page).
    parts = ([("e.date_start IS NOT NULL", ""), ("e.date_start IS NULL", "")]
             if not (actor or types or statuses or place or article) else [("1", "e.date_start IS NULL, ")])
    rows: list[Row] = []
    for part, undated_last in parts:
        left = limit - len(rows) if limit is not None and limit > 0 else None
        if left == 0:
            break
        query = (f"{sql} WHERE {' AND '.join([*where, part])} "
                 f"ORDER BY {undated_last}e.date_start, a.published, e.article_id, e.seq")
        rows += [dict(r) for r in conn.execute(_limit(query, params, left), params)]
    roles = event_roles(conn, [r["event_key"] for r in rows])
    names = actor_names(conn, {a for ids in roles.values() for a in ids})
    for row in rows:
        for role in ("source", "target"):
            ids = roles.get((row["event_key"], role), [])
            row[f"{role}s"] = ids
            row[f"{role}_names"] = [names.get(a, a) for a in ids]
    return rows


def actors(conn: sqlite3.Connection, *, search: str | None = None, type: str | None = None,
           limit: int | None = None) -> list[Row]:
    """Actors seen in stored articles, most covered first, with their counts: those kept in
    ``actor_counts`` (schema 13), else counted from the rows (an older store read as it is)."""
    params: dict[str, Any] = {}
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'actor_counts'").fetchone():
        where, order = ["c.articles > 0"], "c.articles DESC, c.mentions DESC, c.actor_id"
        sql = ("SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.roles, c.articles, c.mentions, "
               "c.quotes, c.events FROM actor_counts c JOIN actors ac ON ac.id = c.actor_id")
    else:
        where, order = ["EXISTS (SELECT 1 FROM article_actors aa WHERE aa.actor_id = ac.id)"], \
            "articles DESC, mentions DESC, ac.id"
        sql = ("SELECT ac.id, ac.name, ac.type, ac.country, ac.sector, ac.roles, "
               "(SELECT COUNT(DISTINCT article_id) FROM article_actors aa WHERE aa.actor_id = ac.id) AS articles, "
               "(SELECT COUNT(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions, "
               "(SELECT COUNT(*) FROM quote_speakers s WHERE s.actor_id = ac.id) AS quotes, "
               "(SELECT COUNT(DISTINCT event_key) FROM event_actors x WHERE x.actor_id = ac.id) AS events "
               "FROM actors ac")
    if search:
        params["actor"], params["actor_like"] = search, like(search)
        where.append(_actor_ids_sql("ac.id"))
    if types := known(split_list(type, upper=False), ACTOR_TYPES, option="--type"):
        where.append(f"ac.type IN ({marks('type', types, params)})")
    sql += " WHERE " + " AND ".join(where) + " ORDER BY " + order
    rows = [dict(r) for r in conn.execute(_limit(sql, params, limit), params)]
    for row in rows:
        row["roles"] = json.loads(row["roles"])
    return rows


def timeline(conn: sqlite3.Connection, *, actor: str | None = None, type: str | None = None,
             since: str | None = None, until: str | None = None, place: str | None = None,
             status: str | None = None, statements: bool | None = None,
             limit: int | None = None) -> list[Row]:
    """Events and statements in one chronology. Statements (quotes) come in unless a filter that
    only events have (type, place, status) is given, or ``statements`` says otherwise.

    Both queries sort as the chronology does (day, undated last, then publication, article, order
    in the article), so the first ``limit`` rows of each are enough: a page reads a page, not
    the whole store."""
    limit = min(int(limit), 2**63 - 1) if limit and limit > 0 else None
    found: list[Row] = []
    for e in events(conn, actor=actor, type=type, since=since, until=until, place=place, status=status,
                    limit=limit):
        found.append({"date": e["date"], "date_anchor": e["date_anchor"], "day": e["date_start"],
                      "kind": "event", "what": e["type"], "status": e["status"],
                      "actors": e["source_names"] + e["target_names"], "place": e["place"],
                      "text": e["evidence"], "article_id": e["article_id"], "source": e["source"],
                      "published": e["published"], "sources": e["sources"],
                      "targets": e["targets"]})
    if statements is None:
        statements = not (type or place or status)
    said: list[Row] = []
    if statements:
        for q in quotes(conn, speaker=actor, since=since, until=until, limit=limit):
            said.append({"date": q["date"] or q["published"],
                         "date_anchor": "text" if q["date"] else ("publication" if q["published"] else None),
                         "day": q["day_start"], "kind": "statement", "what": q["kind"],
                         "status": None, "actors": q["speaker_names"] or ([q["speaker_text"]] if q["speaker_text"] else []),
                         "place": None, "text": q["text"], "article_id": q["article_id"],
                         "source": q["source"], "published": q["published"],
                         "sources": q["speakers"], "targets": []})
    # a stable merge: on a tie an event comes before a statement, as in one sort of both
    merged = heapq.merge(found, said, key=lambda r: (r["day"] is None, r["day"] or "",
                                                     r["published"] or "", r["article_id"]))
    rows = list(itertools.islice(merged, limit))
    for row in rows:
        del row["day"]
    return rows
