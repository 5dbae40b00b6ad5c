"""The SQLite schema as numbered migrations, applied in order, each in its own transaction.

The version reached is kept both in ``schema_migrations`` (one row per applied migration, with
its time) and in ``PRAGMA user_version`` (so tools see it without reading a table). Never edit a
released migration: append a new one.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime

# Migration 1: everything. Child rows are keyed by (article_id, seq) where seq is the position in
# the record's list, so a record's lists can be rebuilt in order and replaced atomically.
_V1 = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT,
    title TEXT,
    author TEXT,
    language TEXT,
    published TEXT,
    published_evidence TEXT,
    dateline_place TEXT,
    dateline_date TEXT,
    dateline_agency TEXT,
    body TEXT NOT NULL,
    origin TEXT,
    record TEXT NOT NULL,
    digest TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body)
    VALUES ('delete', old.rowid, old.title, old.body);
END;

CREATE TABLE furniture (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    credit TEXT,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX furniture_kind ON furniture(kind);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    roles TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX actors_name ON actors(name COLLATE NOCASE);

CREATE TABLE article_actors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    roles TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX article_actors_actor ON article_actors(actor_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    anchor TEXT,
    date_start TEXT,
    date_end TEXT,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX timexes_date ON timexes(date_start, date_end);

CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    lat REAL,
    lon REAL,
    geonames_id INTEGER,
    confidence REAL NOT NULL,
    feature TEXT,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX places_name ON places(name COLLATE NOCASE);

CREATE TABLE quotes (
    quote_id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    cue TEXT NOT NULL,
    speaker_text TEXT,
    medium TEXT,
    date TEXT,
    date_start TEXT,
    date_end TEXT,
    setting TEXT,
    UNIQUE (article_id, seq)
);
CREATE INDEX quotes_date ON quotes(date_start, date_end);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='quote_id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.quote_id, new.text);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.quote_id, old.text);
END;

CREATE TABLE quote_speakers (
    quote_id INTEGER NOT NULL REFERENCES quotes(quote_id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (quote_id, seq)
);
CREATE INDEX quote_speakers_actor ON quote_speakers(actor_id);

CREATE TABLE events (
    event_key INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    trigger TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    date TEXT,
    date_anchor TEXT,
    date_start TEXT,
    date_end TEXT,
    place TEXT,
    status TEXT NOT NULL,
    confidence REAL NOT NULL,
    UNIQUE (article_id, seq)
);
CREATE INDEX events_id ON events(id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_start, date_end);

CREATE TABLE event_actors (
    event_key INTEGER NOT NULL REFERENCES events(event_key) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    seq INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (event_key, role, seq)
);
CREATE INDEX event_actors_actor ON event_actors(actor_id);

CREATE TABLE proposals (
    proposal_key INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    terms TEXT NOT NULL DEFAULT '[]',
    UNIQUE (article_id, seq)
);

CREATE TABLE proposal_actors (
    proposal_key INTEGER NOT NULL REFERENCES proposals(proposal_key) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('proposer', 'endorser', 'rejecter')),
    seq INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (proposal_key, role, seq)
);
CREATE INDEX proposal_actors_actor ON proposal_actors(actor_id);

CREATE TABLE stances (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    "on" TEXT NOT NULL,
    stance TEXT,
    blames TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE INDEX stances_actor ON stances(actor_id);
"""

# Migration 2: cross-article state kept by `dateline corpus update` (dateline.corpus). Every row
# hangs off an article or an event and goes with it (ON DELETE CASCADE); a replaced article is
# simply new again for the next update.
_V2 = """
CREATE TABLE corpus_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL,
    shingles INTEGER NOT NULL,
    length INTEGER NOT NULL,
    published TEXT,
    sortkey TEXT NOT NULL,
    duplicate_of TEXT,
    similarity REAL,
    story_id TEXT,
    story_sortkey TEXT,
    features INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX corpus_articles_duplicate ON corpus_articles(duplicate_of);
CREATE INDEX corpus_articles_story ON corpus_articles(story_id);

CREATE TABLE lsh_bands (
    key INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX lsh_bands_key ON lsh_bands(key);
CREATE INDEX lsh_bands_article ON lsh_bands(article_id);

CREATE TABLE duplicate_pairs (
    a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX duplicate_pairs_b ON duplicate_pairs(b);

CREATE TABLE event_clusters (
    event_key INTEGER PRIMARY KEY REFERENCES events(event_key) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL,
    sortkey TEXT NOT NULL,
    type TEXT NOT NULL,
    day_start TEXT,
    day_end TEXT,
    sent_start INTEGER,
    sent_end INTEGER
);
CREATE INDEX event_clusters_cluster ON event_clusters(cluster_id);

CREATE TABLE event_blocks (
    key TEXT NOT NULL,
    day_start TEXT NOT NULL,
    day_end TEXT NOT NULL,
    event_key INTEGER NOT NULL REFERENCES events(event_key) ON DELETE CASCADE
);
CREATE INDEX event_blocks_key ON event_blocks(key, day_end);
CREATE INDEX event_blocks_event ON event_blocks(event_key);

CREATE TABLE event_links (
    a INTEGER NOT NULL REFERENCES events(event_key) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES events(event_key) ON DELETE CASCADE,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX event_links_b ON event_links(b);

CREATE TABLE story_features (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    feature TEXT NOT NULL,
    day TEXT,
    PRIMARY KEY (article_id, feature)
);
CREATE INDEX story_features_feature ON story_features(feature, day);

CREATE TABLE story_links (
    a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX story_links_b ON story_links(b);
"""

# 3: which text a place's offsets index (NULL: the body; "dateline"; "furniture:N"), as in
# Place.offsets_in; without it a caption's toponym looked like a body span.
_V3 = """
ALTER TABLE places ADD COLUMN offsets_in TEXT;
"""

# 4: a clustered event that names no actors is also stored under its word keys as "n:" (the keys
# that reports with actors look up: corpus.events.block_keys), so that a report with actors
# meets an earlier one without, as the other way round; without it the CLI's clusters depended on
# the order of arrival and differed from corpus.events.merge.
_V4 = """
INSERT INTO event_blocks (key, day_start, day_end, event_key)
SELECT substr(b.key, 1, instr(b.key, '|')) || 'n:' || substr(b.key, instr(b.key, '|') + 3),
b.day_start, b.day_end, b.event_key FROM event_blocks b
WHERE substr(b.key, instr(b.key, '|') + 1, 2) = 'w:'
AND NOT EXISTS (SELECT 1 FROM event_actors x WHERE x.event_key = b.event_key);
"""

# 5: each story's label, stored by `dateline corpus update` (its label pass, ``_labels_batch``)
# so that a search of stories by label filters and pages in SQL instead of summarising every
# story up to the page. ``folded`` is the label casefolded (a search matches a casefolded
# substring, as before); ``labeller`` is the version of the label function that wrote it
# (dateline.corpus.stories.LABELLER): rows of another version count as missing. A label row goes
# as soon as its story changes (a member joins, leaves or is deleted with its article, a
# duplicate becomes canonical or the other way round, its order changes; an article is inserted
# straight into a story): the triggers below, so a label is never stale; an update that leaves
# those columns as they were drops nothing. The next update writes the missing labels, and
# readers meanwhile summarise the stories that lack one. Stories that exist when this migration
# runs get their labels at the next `corpus update`.
_V5 = """
CREATE TABLE story_labels (
    story_id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    folded TEXT NOT NULL,
    labeller INTEGER NOT NULL
);
CREATE TRIGGER story_labels_update AFTER UPDATE OF story_id, duplicate_of, story_sortkey
ON corpus_articles WHEN old.story_id IS NOT new.story_id OR old.duplicate_of IS NOT new.duplicate_of
OR old.story_sortkey IS NOT new.story_sortkey BEGIN
    DELETE FROM story_labels WHERE story_id IN (old.story_id, new.story_id);
END;
CREATE TRIGGER story_labels_delete AFTER DELETE ON corpus_articles BEGIN
    DELETE FROM story_labels WHERE story_id = old.story_id;
END;
CREATE TRIGGER story_labels_insert AFTER INSERT ON corpus_articles WHEN new.story_id IS NOT NULL
BEGIN
    DELETE FROM story_labels WHERE story_id = new.story_id;
END;
"""

# 6: the running sums that story labels are made of (dateline.store.labels), so that the label
# pass of `corpus update` adds what joined a story and takes off what left it instead of
# summarising the whole story again. ``corpus_articles.labelled_in``: the story whose sums count
# the article; ``story_label_state``: the stories whose sums are whole. A counted article that is
# deleted (or whose order in its story changes) makes its story's sums start again (the triggers);
# the story lost its label too (migration 5), so the next update counts its articles again.
# Stories that exist when this migration runs get their sums at their next labelling.
_V6 = """
ALTER TABLE corpus_articles ADD COLUMN labelled_in TEXT;
DROP INDEX corpus_articles_story;
CREATE INDEX corpus_articles_story ON corpus_articles(story_id, labelled_in);
CREATE INDEX corpus_articles_labelled ON corpus_articles(labelled_in, duplicate_of);
CREATE TABLE story_terms (
    story_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    n INTEGER NOT NULL,
    tie INTEGER NOT NULL DEFAULT 0,
    first TEXT,
    pos INTEGER,
    seen INTEGER NOT NULL DEFAULT 0,
    upper INTEGER NOT NULL DEFAULT 0,
    pcl INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (story_id, kind, key)
) WITHOUT ROWID;
CREATE INDEX story_terms_rank ON story_terms(story_id, kind, n DESC, tie DESC, first, pos);
CREATE TABLE story_label_state (story_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER story_terms_delete AFTER DELETE ON corpus_articles WHEN old.labelled_in IS NOT NULL BEGIN
    DELETE FROM story_label_state WHERE story_id = old.labelled_in;
    DELETE FROM story_terms WHERE story_id = old.labelled_in;
END;
CREATE TRIGGER story_terms_sortkey AFTER UPDATE OF story_sortkey ON corpus_articles
WHEN old.labelled_in IS NOT NULL AND old.story_sortkey IS NOT new.story_sortkey BEGIN
    DELETE FROM story_label_state WHERE story_id = old.labelled_in;
    DELETE FROM story_terms WHERE story_id = old.labelled_in;
END;
"""

# 7: the outlets of a story as a running sum too (``story_terms`` kind ``o``: articles per
# ``source``), so that a listing of stories and one story read a story's outlets from its sums
# instead of one row per member. The sums of each story that has whole sums get their outlets
# here, recounted from the articles they count (``labelled_in``), as ``store.labels.sums_of``
# would have added them.
_V7 = """
INSERT INTO story_terms (story_id, kind, key, n, tie, first, pos, seen, upper, pcl)
SELECT c.labelled_in, 'o', a.source, COUNT(*), 0, a.source, 0, 0, 0, 0
FROM corpus_articles c JOIN articles a ON a.id = c.article_id
WHERE c.labelled_in IN (SELECT story_id FROM story_label_state) AND a.source IS NOT NULL AND a.source != ''
GROUP BY c.labelled_in, a.source;
"""

# 8: which text a time expression's offsets index (NULL: the body; "furniture:N": a caption), as
# Timex.offsets_in (the time component reads captions too); the timexes stored before it are the
# body's, NULL, as they were.
_V8 = """
ALTER TABLE timexes ADD COLUMN offsets_in TEXT;
"""

# 9: a stored FTS5 index of the story labels (external content: ``story_labels``, by rowid),
# with the tokenizer of the articles' search, kept by triggers as labels are written, replaced
# (``store.corpus.put_story_labels`` upserts: a REPLACE would delete without firing the delete
# trigger) or dropped (migration 5's triggers), so that a search of stories by label
# (``corpus_read.stories``) is an index lookup instead of indexing every label in memory at each
# search. The labels stored when it runs are indexed here ('rebuild'). IF NOT EXISTS: a store
# whose version was set back by hand migrates again.
_V9 = """
CREATE VIRTUAL TABLE IF NOT EXISTS story_labels_fts USING fts5(
    label, content='story_labels', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS story_labels_fts_insert AFTER INSERT ON story_labels BEGIN
    INSERT INTO story_labels_fts(rowid, label) VALUES (new.rowid, new.label);
END;
CREATE TRIGGER IF NOT EXISTS story_labels_fts_delete AFTER DELETE ON story_labels BEGIN
    INSERT INTO story_labels_fts(story_labels_fts, rowid, label) VALUES ('delete', old.rowid, old.label);
END;
CREATE TRIGGER IF NOT EXISTS story_labels_fts_update AFTER UPDATE ON story_labels BEGIN
    INSERT INTO story_labels_fts(story_labels_fts, rowid, label) VALUES ('delete', old.rowid, old.label);
    INSERT INTO story_labels_fts(rowid, label) VALUES (new.rowid, new.label);
END;
INSERT INTO story_labels_fts(story_labels_fts) VALUES ('rebuild');
"""

# 10: the work left to ``corpus update``, kept by triggers as articles, events, state and labels
# are written, so that an update finds it by reading these tables instead of scanning the store
# for what its state lacks. ``pending_articles``: stored articles without a ``corpus_articles``
# row (the dedup pass); ``pending_events``: events without an ``event_clusters`` row (the event
# pass); ``pending_stories``: stories (a ``story_id`` some member has) without a row in
# ``story_labels`` (the label pass; a label of another labeller version is found by
# ``story_labels_labeller`` instead: the version is the code's, not the schema's). A row goes when
# the state is written (in the update's own transaction: an update cut short leaves it pending),
# when its article or event is deleted (foreign keys), or when its story is gone; it comes back
# when the state is forgotten (``corpus update --rebuild``) or a label dropped. What the old scans
# would find is pending here at migration. IF NOT EXISTS and OR IGNORE: a store whose version
# was set back by hand migrates again.
_V10 = """
CREATE TABLE IF NOT EXISTS pending_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending_events (
    event_key INTEGER PRIMARY KEY REFERENCES events(event_key) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS pending_stories (story_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_labels_labeller ON story_labels(labeller, story_id);
CREATE TRIGGER IF NOT EXISTS pending_articles_new AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO pending_articles (article_id) SELECT new.id
    WHERE NOT EXISTS (SELECT 1 FROM corpus_articles WHERE article_id = new.id);
END;
CREATE TRIGGER IF NOT EXISTS pending_articles_done AFTER INSERT ON corpus_articles BEGIN
    DELETE FROM pending_articles WHERE article_id = new.article_id;
    INSERT OR IGNORE INTO pending_stories (story_id) SELECT new.story_id WHERE new.story_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM story_labels WHERE story_id = new.story_id);
END;
CREATE TRIGGER IF NOT EXISTS pending_articles_forgotten AFTER DELETE ON corpus_articles BEGIN
    INSERT OR IGNORE INTO pending_articles (article_id) SELECT id FROM articles WHERE id = old.article_id;
    DELETE FROM pending_stories WHERE story_id = old.story_id
    AND NOT EXISTS (SELECT 1 FROM corpus_articles WHERE story_id = old.story_id);
END;
CREATE TRIGGER IF NOT EXISTS pending_stories_member AFTER UPDATE OF story_id ON corpus_articles
WHEN old.story_id IS NOT new.story_id BEGIN
    DELETE FROM pending_stories WHERE story_id = old.story_id
    AND NOT EXISTS (SELECT 1 FROM corpus_articles WHERE story_id = old.story_id);
    INSERT OR IGNORE INTO pending_stories (story_id) SELECT new.story_id WHERE new.story_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM story_labels WHERE story_id = new.story_id);
END;
CREATE TRIGGER IF NOT EXISTS pending_stories_unlabelled AFTER DELETE ON story_labels BEGIN
    INSERT OR IGNORE INTO pending_stories (story_id) SELECT old.story_id
    WHERE EXISTS (SELECT 1 FROM corpus_articles WHERE story_id = old.story_id);
END;
CREATE TRIGGER IF NOT EXISTS pending_stories_labelled AFTER INSERT ON story_labels BEGIN
    DELETE FROM pending_stories WHERE story_id = new.story_id;
END;
CREATE TRIGGER IF NOT EXISTS pending_stories_relabelled AFTER UPDATE ON story_labels BEGIN
    DELETE FROM pending_stories WHERE story_id IN (old.story_id, new.story_id);
END;
CREATE TRIGGER IF NOT EXISTS pending_events_new AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO pending_events (event_key) SELECT new.event_key
    WHERE NOT EXISTS (SELECT 1 FROM event_clusters WHERE event_key = new.event_key);
END;
CREATE TRIGGER IF NOT EXISTS pending_events_done AFTER INSERT ON event_clusters BEGIN
    DELETE FROM pending_events WHERE event_key = new.event_key;
END;
CREATE TRIGGER IF NOT EXISTS pending_events_forgotten AFTER DELETE ON event_clusters BEGIN
    INSERT OR IGNORE INTO pending_events (event_key) SELECT event_key FROM events WHERE event_key = old.event_key;
END;
INSERT OR IGNORE INTO pending_articles (article_id) SELECT a.id FROM articles a
WHERE NOT EXISTS (SELECT 1 FROM corpus_articles c WHERE c.article_id = a.id);
INSERT OR IGNORE INTO pending_events (event_key) SELECT e.event_key FROM events e
WHERE NOT EXISTS (SELECT 1 FROM event_clusters c WHERE c.event_key = e.event_key);
INSERT OR IGNORE INTO pending_stories (story_id) SELECT DISTINCT c.story_id FROM corpus_articles c
WHERE c.story_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM story_labels l WHERE l.story_id = c.story_id);
"""

# 11: the places of each gazetteer entry by article, so that the places query
# (``store.places``: one row per entry, most covered first) counts each entry's articles and
# mentions from this index alone instead of grouping every place row, and reads the rows of the
# entries it lists by their id. IF NOT EXISTS: a store whose version was set back by hand
# migrates again.
_V11 = """
CREATE INDEX IF NOT EXISTS places_entry ON places(geonames_id, article_id);
"""

# 12: one row per gazetteer entry (``place_entries``: its label, counts, coordinates' sums, best
# confidence, names and words), kept by triggers on ``places`` (a row inserted, deleted by its
# article's deletion or re-ingest, or updated), so that the places listing and its search read
# entries, not every place row of them. An entry is a GeoNames id, else a name and country:
# ``entry`` is its JSON key ([id] or [name, country]). What the triggers count from: ``place_groups``
# (rows per name, country, feature code and words: a search's filter, the label, the names),
# ``place_entry_articles`` (rows per article: the distinct articles) and ``place_entry_confidence``
# (rows per confidence: the best after a delete). Filled from the stored rows here; run again
# (a version set back by hand), it fills them afresh.
_ENTRY = "CASE WHEN {p}geonames_id IS NULL THEN json_array({p}name, {p}country) ELSE json_array({p}geonames_id) END"
_GROUP = "json_array({p}geonames_id, {p}name, {p}country, {p}feature, {p}text)"
#: an entry's label, commonest country and feature code, names, words and best confidence, from
#: its groups (the names and values most rows hold first, then in code point order, as before)
_REFRESH = """UPDATE place_entries SET
    name = (SELECT g.name FROM place_groups g WHERE g.entry = place_entries.entry
            GROUP BY g.name ORDER BY SUM(g.n) DESC, g.name LIMIT 1),
    country = (SELECT g.country FROM place_groups g WHERE g.entry = place_entries.entry AND g.country IS NOT NULL
               GROUP BY g.country ORDER BY SUM(g.n) DESC, g.country LIMIT 1),
    feature = (SELECT g.feature FROM place_groups g WHERE g.entry = place_entries.entry AND g.feature IS NOT NULL
               GROUP BY g.feature ORDER BY SUM(g.n) DESC, g.feature LIMIT 1),
    names = (SELECT json_group_array(name) FROM (SELECT g.name FROM place_groups g
             WHERE g.entry = place_entries.entry GROUP BY g.name ORDER BY SUM(g.n) DESC, g.name)),
    texts = (SELECT json_group_array(text) FROM (SELECT DISTINCT g.text FROM place_groups g
             WHERE g.entry = place_entries.entry ORDER BY g.text)),
    confidence = (SELECT MAX(c.confidence) FROM place_entry_confidence c WHERE c.entry = place_entries.entry)
WHERE {where}"""


def _counted(p: str) -> str:
    """The statements that count place row ``p`` ("new.") in: its entry's counts, then its labels."""
    e, g = _ENTRY.format(p=p), _GROUP.format(p=p)
    return f"""
    INSERT INTO place_entries (entry, geonames_id, name, articles, mentions, lat_sum, lat_n, lon_sum, lon_n)
    VALUES ({e}, {p}geonames_id, {p}name, 1, 1, COALESCE({p}lat, 0), {p}lat IS NOT NULL, COALESCE({p}lon, 0),
            {p}lon IS NOT NULL)
    ON CONFLICT(entry) DO UPDATE SET mentions = mentions + 1, articles = articles + NOT EXISTS (
        SELECT 1 FROM place_entry_articles a WHERE a.entry = excluded.entry AND a.article_id = {p}article_id),
        lat_sum = lat_sum + excluded.lat_sum, lat_n = lat_n + excluded.lat_n,
        lon_sum = lon_sum + excluded.lon_sum, lon_n = lon_n + excluded.lon_n;
    INSERT INTO place_entry_articles (entry, article_id, n) VALUES ({e}, {p}article_id, 1)
    ON CONFLICT(entry, article_id) DO UPDATE SET n = n + 1;
    INSERT INTO place_groups (key, entry, name, country, feature, text, n)
    VALUES ({g}, {e}, {p}name, {p}country, {p}feature, {p}text, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1;
    INSERT INTO place_entry_confidence (entry, confidence, n) VALUES ({e}, {p}confidence, 1)
    ON CONFLICT(entry, confidence) DO UPDATE SET n = n + 1;
    {_REFRESH.format(where=f"entry = {e}")};"""


def _uncounted(p: str) -> str:
    """The statements that take place row ``p`` ("old.") off its entry; an entry left without
    rows goes."""
    e, g = _ENTRY.format(p=p), _GROUP.format(p=p)
    return f"""
    UPDATE place_entry_articles SET n = n - 1 WHERE entry = {e} AND article_id = {p}article_id;
    DELETE FROM place_entry_articles WHERE entry = {e} AND article_id = {p}article_id AND n <= 0;
    UPDATE place_groups SET n = n - 1 WHERE key = {g};
    DELETE FROM place_groups WHERE key = {g} AND n <= 0;
    UPDATE place_entry_confidence SET n = n - 1 WHERE entry = {e} AND confidence = {p}confidence;
    DELETE FROM place_entry_confidence WHERE entry = {e} AND confidence = {p}confidence AND n <= 0;
    UPDATE place_entries SET mentions = mentions - 1, articles = articles - NOT EXISTS (
        SELECT 1 FROM place_entry_articles a WHERE a.entry = place_entries.entry AND a.article_id = {p}article_id),
        lat_sum = lat_sum - COALESCE({p}lat, 0), lat_n = lat_n - ({p}lat IS NOT NULL),
        lon_sum = lon_sum - COALESCE({p}lon, 0), lon_n = lon_n - ({p}lon IS NOT NULL) WHERE entry = {e};
    DELETE FROM place_entries WHERE entry = {e} AND mentions <= 0;
    {_REFRESH.format(where=f"entry = {e}")};"""


_V12 = f"""
CREATE TABLE IF NOT EXISTS place_entries (
    entry TEXT PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    country TEXT,
    feature TEXT,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    lat_sum REAL NOT NULL,
    lat_n INTEGER NOT NULL,
    lon_sum REAL NOT NULL,
    lon_n INTEGER NOT NULL,
    confidence REAL,
    names TEXT NOT NULL DEFAULT '[]',
    texts TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS place_entries_rank ON place_entries(articles DESC, mentions DESC, name);
CREATE TABLE IF NOT EXISTS place_groups (
    key TEXT PRIMARY KEY,
    entry TEXT NOT NULL,
    name TEXT NOT NULL,
    country TEXT,
    feature TEXT,
    text TEXT NOT NULL,
    n INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS place_groups_entry ON place_groups(entry);
CREATE TABLE IF NOT EXISTS place_entry_articles (
    entry TEXT NOT NULL,
    article_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (entry, article_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS place_entry_confidence (
    entry TEXT NOT NULL,
    confidence REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (entry, confidence)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS place_entries_insert AFTER INSERT ON places BEGIN{_counted("new.")}
END;
CREATE TRIGGER IF NOT EXISTS place_entries_delete AFTER DELETE ON places BEGIN{_uncounted("old.")}
END;
CREATE TRIGGER IF NOT EXISTS place_entries_update AFTER UPDATE ON places BEGIN{_uncounted("old.")}{_counted("new.")}
END;
DELETE FROM place_entries;
DELETE FROM place_groups;
DELETE FROM place_entry_articles;
DELETE FROM place_entry_confidence;
INSERT INTO place_groups (key, entry, name, country, feature, text, n)
SELECT {_GROUP.format(p="")}, {_ENTRY.format(p="")}, name, country, feature, text, COUNT(*) FROM places
GROUP BY geonames_id, name, country, feature, text;
INSERT INTO place_entry_articles (entry, article_id, n)
SELECT {_ENTRY.format(p="")}, article_id, COUNT(*) FROM places GROUP BY 1, 2;
INSERT INTO place_entry_confidence (entry, confidence, n)
SELECT {_ENTRY.format(p="")}, confidence, COUNT(*) FROM places GROUP BY 1, 2;
INSERT INTO place_entries (entry, geonames_id, name, articles, mentions, lat_sum, lat_n, lon_sum, lon_n)
SELECT entry, MAX(geonames_id), '', COUNT(DISTINCT article_id), COUNT(*), TOTAL(lat), COUNT(lat), TOTAL(lon),
COUNT(lon) FROM (SELECT {_ENTRY.format(p="")} AS entry, * FROM places) GROUP BY entry;
{_REFRESH.format(where="1")};
"""

# 13: each actor's counts (``actor_counts``: articles, mentions, quotes and events that name it),
# kept by triggers on the rows they count (a row inserted, deleted with its article or quote or
# event, or updated), so that the actors listing ranks actors by an index instead of counting
# every actor's rows at each page. An article or event that names an actor twice counts once: a
# row counts where no other row of its article (event) names that actor. Filled from the stored
# rows here; run again (a version set back by hand), it fills it afresh.
#: (table, counted column, the rows of one article or event that name the same actor: ``{p}``
#: is "new." or "old.", a row other than the one written, or None where every row counts)
_ACTOR_COUNTS = (("article_actors", "articles", "o.article_id = {p}article_id"),
                 ("mentions", "mentions", None), ("quote_speakers", "quotes", None),
                 ("event_actors", "events", "o.event_key = {p}event_key"))


def _actor_counted(table: str, column: str, same: str | None, p: str, sign: str) -> str:
    """The statement that counts row ``p`` of ``table`` in (``sign`` "+") or out ("-")."""
    # ``+o.actor_id``: look the other rows up by their article (event), a few rows, not by the
    # actor's index, which holds every row of an actor named in thousands of articles
    step = "1" if same is None else (f"NOT EXISTS (SELECT 1 FROM {table} o WHERE {same.format(p=p)} "
                                     f"AND +o.actor_id = {p}actor_id AND o.rowid != {p}rowid)")
    if sign == "+":
        return (f"\n    INSERT INTO actor_counts (actor_id, {column}) VALUES ({p}actor_id, 1) "
                f"ON CONFLICT(actor_id) DO UPDATE SET {column} = {column} + {step};")
    return (f"\n    UPDATE actor_counts SET {column} = {column} - {step} WHERE actor_id = {p}actor_id;"
            f"\n    DELETE FROM actor_counts WHERE actor_id = {p}actor_id AND articles = 0 AND mentions = 0 "
            "AND quotes = 0 AND events = 0;")


def _actor_triggers() -> str:
    out = []
    for table, column, same in _ACTOR_COUNTS:
        counted, uncounted = (_actor_counted(table, column, same, "new.", "+"),
                              _actor_counted(table, column, same, "old.", "-"))
        out.append(f"CREATE TRIGGER IF NOT EXISTS actor_counts_{table}_insert AFTER INSERT ON {table} "
                   f"BEGIN{counted}\nEND;\n"
                   f"CREATE TRIGGER IF NOT EXISTS actor_counts_{table}_delete AFTER DELETE ON {table} "
                   f"BEGIN{uncounted}\nEND;\n"
                   f"CREATE TRIGGER IF NOT EXISTS actor_counts_{table}_update AFTER UPDATE ON {table} "
                   f"BEGIN{uncounted}{counted}\nEND;")
    return "\n".join(out)


_V13 = f"""
CREATE TABLE IF NOT EXISTS actor_counts (
    actor_id TEXT PRIMARY KEY,
    articles INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS actor_counts_rank ON actor_counts(articles DESC, mentions DESC, actor_id);
{_actor_triggers()}
DELETE FROM actor_counts;
INSERT INTO actor_counts (actor_id, articles, mentions, quotes, events)
SELECT actor_id, SUM(articles), SUM(mentions), SUM(quotes), SUM(events) FROM (
    SELECT actor_id, COUNT(DISTINCT article_id) AS articles, 0 AS mentions, 0 AS quotes, 0 AS events
    FROM article_actors GROUP BY actor_id
    UNION ALL SELECT actor_id, 0, COUNT(*), 0, 0 FROM mentions GROUP BY actor_id
    UNION ALL SELECT actor_id, 0, 0, COUNT(*), 0 FROM quote_speakers GROUP BY actor_id
    UNION ALL SELECT actor_id, 0, 0, 0, COUNT(DISTINCT event_key) FROM event_actors GROUP BY actor_id)
GROUP BY actor_id;
"""

#: (version, SQL), in order. Append only.
MIGRATIONS: tuple[tuple[int, str], ...] = ((1, _V1), (2, _V2), (3, _V3), (4, _V4), (5, _V5), (6, _V6),
                                           (7, _V7), (8, _V8), (9, _V9), (10, _V10), (11, _V11),
                                           (12, _V12), (13, _V13))

LATEST = MIGRATIONS[-1][0]

#: migrations that readers may go without: they only add rows or keys that writers look up
#: (4: the "n:" event block keys of ``corpus update``), or a table that read queries use only
#: where it exists (5: the stored story labels; without them a search summarises every story,
#: as before), so a store one of them has not reached yet (a read-only v3 or v4 store) is read
#: as it is; 6 and 7: the running sums of labels, which ``corpus update`` writes and readers use
#: only at schema 7 (``store.labels.stored_summary``; an older store's stories are summarised in full);
#: 8: a column of ``timexes`` that only writers fill (readers take timexes from the stored record);
#: 9: the stored index of story labels, which a search uses only where it exists (else it indexes
#: the labels in memory, as before); 10: the work left to ``corpus update``, which only writers
#: read (``store.corpus.count_new`` counts it by the old scans where it is missing); 11: an
#: index of places, which the places query uses where it exists (else it reads the table); 12: the
#: places' entries, which the places query reads where they exist (else it reads the rows); 13: the
#: actors' counts, which the actors query reads where they exist (else it counts the rows)
READERS_MAY_SKIP: frozenset[int] = frozenset({4, 5, 6, 7, 8, 9, 10, 11, 12, 13})


def readable(version: int) -> bool:
    """Whether a store at schema ``version`` can be read, unmigrated, by this dateline: every
    migration it lacks is one readers may skip."""
    return 1 <= version <= LATEST and all(
        number in READERS_MAY_SKIP for number, _ in MIGRATIONS if number > version)


class NewerSchema(RuntimeError):
    """The database was written by a newer dateline than this one."""


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version of an open database (0 for a new, empty file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration newer than the database; return the versions applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``); each migration runs in
    its own ``BEGIN IMMEDIATE`` transaction and is rolled back whole when it fails.
    """
    version = current_version(conn)
    if version > LATEST:
        raise NewerSchema(f"schema version {version} is newer than this dateline's ({LATEST}); upgrade dateline")
    applied: list[int] = []
    for number, sql in MIGRATIONS:
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if current_version(conn) >= number:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            for statement in _statements(sql):
                if not _column_exists(conn, statement):
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)",
                (number, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied


_ADD_COLUMN = re.compile(r"ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)", re.I)


def _column_exists(conn: sqlite3.Connection, statement: str) -> bool:
    """``statement`` adds a column its table already has (SQLite has no ADD COLUMN IF NOT EXISTS):
    a store whose version was set back by hand, or by a tool that kept the column, migrates again."""
    m = _ADD_COLUMN.match(statement)
    if m is None:
        return False
    return any(row[1] == m.group(2) for row in conn.execute(f"PRAGMA table_info({m.group(1)})"))


def _statements(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers hold inner semicolons)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
