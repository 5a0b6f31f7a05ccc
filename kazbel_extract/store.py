"""The store: articles, entities, events and input errors in one SQLite file, for runs day after day.

Its tables have the columns of the CSV tables (`tables.py`), plus the whole record as JSON. An article
is keyed by its id and a hash of its input (text and given published date): a new run skips what is
stored and unchanged. Each batch is one transaction, and every write is an upsert by id, so a run
killed at any moment and started again leaves each article stored exactly once. A store written by
an older version is brought to the current tables, from its stored records, when it is opened.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from .fact_store import update_facts
from .records import Article
from .sources import STDIN, InputError
from .tables import COLUMNS, article_row, entity_rows, event_rows

SCHEMA_VERSION = 2  # PRAGMA user_version; 0 is the first store (events without the CSV's columns)
SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    published     TEXT,              -- YYYY-MM-DD, or NULL
    year          INTEGER,           -- of published
    month         INTEGER,
    day           INTEGER,
    dateline_city TEXT,
    agency        TEXT,
    entities      INTEGER NOT NULL,  -- how many
    events        INTEGER NOT NULL,
    source        TEXT,              -- the file it was read from (absolute), or <stdin>
    line          INTEGER,           -- its line in a JSON-lines file, its number in a JSON list
    meta          TEXT NOT NULL,     -- the input's other fields (url, title ...) as JSON
    text_hash     TEXT NOT NULL,     -- input_hash(text, published): a changed input is processed again
    record        TEXT NOT NULL,     -- the whole record (Article.to_dict()) as JSON
    stored_at     TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles (id),
    position   INTEGER NOT NULL,
    label      TEXT NOT NULL,        -- PERSON, ORG, MONEY, PERCENT
    text       TEXT NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    value,                           -- amount (MONEY) or number (PERCENT)
    currency   TEXT,
    actor      TEXT,                 -- canonical actor name, or NULL
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS entities_by_actor ON entities (actor);
CREATE TABLE IF NOT EXISTS events (
    article_id          TEXT NOT NULL REFERENCES articles (id),
    position            INTEGER NOT NULL,
    type                TEXT NOT NULL,  -- meeting, trade, joint_venture, agreement
    participants        TEXT,           -- JSON list of names as written (meetings)
    date                TEXT,           -- YYYY-MM-DD, or --MM-DD when the text gives no year
    location            TEXT,
    participant_details TEXT,           -- JSON list of {name, title, organisation, country, actor}
    metric              TEXT,
    value               REAL,
    currency            TEXT,
    period              TEXT,
    change_pct          REAL,
    change_factor       REAL,
    status              TEXT,
    parties             TEXT,           -- JSON list, sorted: '["Belarus", "Kazakhstan"]' (trade)
    reporter            TEXT,
    qualifier           TEXT,
    count               INTEGER,
    companies           TEXT,           -- JSON list (joint ventures)
    title               TEXT,           -- agreements
    actors              TEXT,           -- JSON list: each participant's canonical actor (else its name)
    year                INTEGER,        -- of date; NULL for --MM-DD
    month               INTEGER,
    day                 INTEGER,
    evidence_text       TEXT,
    evidence_start      INTEGER,
    evidence_end        INTEGER,
    record              TEXT NOT NULL,  -- the whole event record as JSON
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, metric, period);
CREATE TABLE IF NOT EXISTS errors (
    source      TEXT NOT NULL,
    line        INTEGER NOT NULL,    -- 0 for a whole file
    id          TEXT,
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (datetime('now')),
    PRIMARY KEY (source, line)
);
"""
# what the store holds beyond the CSV's columns
STORE_ONLY_COLUMNS = {"articles": ["text_hash", "record", "stored_at"], "entities": [], "events": ["record"]}
DUPLICATE = "duplicate id "  # how the reason of a duplicate's error begins


class StoredInput(NamedTuple):
    """What the store knows of the input an article was made from: its hash and where it was read."""

    text_hash: str
    source: str | None
    line: int | None


def input_hash(text: str, published: Any = None) -> str:
    """What decides whether a stored article is still current: its text and the date it was given."""
    return hashlib.sha256(f"{published or ''}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


def place_of(source: str | None) -> str | None:
    """Where an input was read, as the store keeps it: a file as its absolute path (runs start anywhere)."""
    return source if source in (None, "<stdin>", STDIN) else str(Path(source).resolve())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class Store:
    """An SQLite store; `with Store(path) as store:` opens it (creating or upgrading the tables) and closes it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.connection = sqlite3.connect(self.path)
        self.connection.execute("PRAGMA journal_mode = WAL")  # readers never block the run; commits are atomic
        self.connection.execute("PRAGMA synchronous = NORMAL")  # durable across a killed process
        self.connection.execute("PRAGMA busy_timeout = 30000")
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self.connection.close()
            raise sqlite3.DatabaseError(f"{path} was written by a newer kazbel-extract (store version {version})")
        if version < SCHEMA_VERSION and self._has_table("articles"):
            self._upgrade()
        self.connection.executescript(SCHEMA + f"PRAGMA user_version = {SCHEMA_VERSION};")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def _has_table(self, name: str) -> bool:
        return self.connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                       (name,)).fetchone() is not None

    def _upgrade(self) -> None:
        """Bring a store of an older version to the current tables, rebuilt from its stored records."""
        renames = "".join(f"ALTER TABLE {table} RENAME TO old_{table};" for table in ("articles", "entities", "events"))
        # one transaction: the script opens it, the rows are copied in it, and it is committed (or rolled back) last
        indexes = "DROP INDEX IF EXISTS entities_by_actor; DROP INDEX IF EXISTS events_by_type;"
        self.connection.executescript("BEGIN;" + indexes + renames + SCHEMA)
        try:
            rows = self.connection.execute("SELECT record, text_hash, source, line, stored_at FROM old_articles")
            for record, text_hash, source, line, stored_at in rows.fetchall():
                self._insert(json.loads(record), text_hash, source, line, stored_at)
            for table in ("articles", "entities", "events"):
                self.connection.execute(f"DROP TABLE old_{table}")
        except BaseException:
            self.connection.rollback()
            raise
        self.connection.commit()

    def is_current(self, id: Any, text: str, published: Any = None) -> bool:
        """Whether the article `id` is stored from this very input."""
        stored = self.stored_input(id)
        return stored is not None and stored.text_hash == input_hash(text, published)

    def stored_input(self, id: Any) -> StoredInput | None:
        """The hash and place of the input article `id` was stored from, or None."""
        row = self.connection.execute("SELECT text_hash, source, line FROM articles WHERE id = ?",
                                      (str(id),)).fetchone()
        return StoredInput(*row) if row else None

    def article(self, id: Any) -> dict | None:
        """The stored record of article `id`, or None."""
        row = self.connection.execute("SELECT record FROM articles WHERE id = ?", (str(id),)).fetchone()
        return json.loads(row[0]) if row else None

    def write(self, processed: Iterable[tuple[dict, Article]], errors: Iterable[InputError] = ()) -> None:
        """Store a batch in one transaction: each (input record, article) replaces what its id had."""
        processed = list(processed)  # read twice: written, then its facts updated
        with self.connection:
            for record, article in processed:
                self._replace(record, article)
            update_facts(self.connection, [article for _, article in processed])
            self.connection.executemany(
                "INSERT OR REPLACE INTO errors (source, line, id, reason) VALUES (?, ?, ?, ?)",
                [(place_of(e.source), e.line or 0, None if e.id is None else str(e.id), e.reason) for e in errors],
            )

    def _replace(self, record: dict, article: Article) -> None:
        body = article.to_dict()
        body["id"] = id = str(article.id)
        source = place_of(record.get("source"))
        sql = self.connection.execute
        sql("DELETE FROM entities WHERE article_id = ?", (id,))
        sql("DELETE FROM events WHERE article_id = ?", (id,))
        # errors this input gave before (not another input's duplicate of this id)
        sql("DELETE FROM errors WHERE (source = ? AND line = ?) OR (id = ? AND reason NOT LIKE ?)",
            (source, record.get("line") or 0, id, DUPLICATE + "%"))
        sql("DELETE FROM articles WHERE id = ?", (id,))
        self._insert(body, input_hash(record["text"], record.get("published")), source, record.get("line"))

    def _insert(self, body: dict, text_hash: str, source: str | None, line: int | None,
                stored_at: str | None = None) -> None:
        article = {**article_row(body, source, line), "text_hash": text_hash, "record": _json(body)}
        if stored_at:
            article["stored_at"] = stored_at
        self._insert_rows("articles", [article])
        self._insert_rows("entities", entity_rows(body))
        events = event_rows(body)
        for row, event in zip(events, body["events"]):
            row["record"] = _json(event)
        self._insert_rows("events", events)

    def _insert_rows(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        columns = [column for column in store_columns(table) if column != "stored_at" or "stored_at" in rows[0]]
        self.connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [[row.get(column) for column in columns] for row in rows],
        )


def store_columns(table: str) -> list[str]:
    """The columns of a store table: the CSV table's, then the store's own."""
    return COLUMNS[table] + STORE_ONLY_COLUMNS[table]
