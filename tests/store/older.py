"""A store as an older dateline left it: its later migrations undone (for migration tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: what each migration made that an older store lacks, undone newest first (4 only adds rows:
#: each test removes those it needs gone; 7 only adds the outlets' sums)
_UNDO = {13: tuple(f"DROP TRIGGER actor_counts_{t}_{w}" for t in ("article_actors", "mentions", "quote_speakers",
                                                                     "event_actors")
                   for w in ("insert", "delete", "update")) + ("DROP TABLE actor_counts",),
         12: tuple(f"DROP TRIGGER place_entries_{t}" for t in ("insert", "delete", "update")) + tuple(
             f"DROP TABLE {t}" for t in ("place_entries", "place_groups", "place_entry_articles",
                                         "place_entry_confidence")),
         11: ("DROP INDEX places_entry",),
         10: tuple(f"DROP TRIGGER {t}" for t in (
             "pending_articles_new", "pending_articles_done", "pending_articles_forgotten", "pending_stories_member",
             "pending_stories_unlabelled", "pending_stories_labelled", "pending_stories_relabelled",
             "pending_events_new", "pending_events_done", "pending_events_forgotten")) + (
             "DROP TABLE pending_articles", "DROP TABLE pending_events", "DROP TABLE pending_stories",
             "DROP INDEX story_labels_labeller"),
         9: ("DROP TRIGGER story_labels_fts_insert", "DROP TRIGGER story_labels_fts_delete",
             "DROP TRIGGER story_labels_fts_update", "DROP TABLE story_labels_fts"),
         7: ("DELETE FROM story_terms WHERE kind = 'o'",),
         6: ("DROP TRIGGER story_terms_delete", "DROP TRIGGER story_terms_sortkey", "DROP TABLE story_terms",
             "DROP TABLE story_label_state", "DROP INDEX corpus_articles_labelled", "DROP INDEX corpus_articles_story",
             "ALTER TABLE corpus_articles DROP COLUMN labelled_in",
             "CREATE INDEX corpus_articles_story ON corpus_articles(story_id)"),
         5: ("DROP TRIGGER story_labels_update", "DROP TRIGGER story_labels_delete",
             "DROP TRIGGER story_labels_insert", "DROP TABLE story_labels")}


def downgrade(conn: sqlite3.Connection, version: int) -> None:
    """Make the open database ``conn`` a store of schema ``version``: the tables and triggers of
    later migrations dropped, their rows in ``schema_migrations`` deleted, ``user_version`` set."""
    for number in sorted(_UNDO, reverse=True):
        if number > version:
            for statement in _UNDO[number]:
                conn.execute(statement)
    conn.execute("DELETE FROM schema_migrations WHERE version > ?", (version,))
    conn.commit()
    conn.execute(f"PRAGMA user_version = {version}")


def set_version(db: Path, version: int) -> None:
    """``db`` as a dateline of schema ``version`` left it (its later migrations not applied)."""
    conn = sqlite3.connect(db)
    try:
        downgrade(conn, version)
    finally:
        conn.close()
