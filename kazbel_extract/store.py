"""The store: articles, entities, events and input errors in one SQLite file, for runs day after day.

An article is keyed by its id and a hash of its input (text and given published date): a new run
skips what is stored and unchanged. Each batch is one transaction, and every write is an upsert
by id, so a run killed at any moment and started again leaves each article stored exactly once.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from .fact_store import update_facts
from .records import Article
from .sources import InputError

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    text_hash     TEXT NOT NULL,     -- input_hash(text, published): a changed input is processed again
    source        TEXT,              -- the file it was read from
    line          INTEGER,           -- its line in a .jsonl file
    published     TEXT,
    dateline_city TEXT,
    agency        TEXT,
    record        TEXT NOT NULL,     -- the whole record (Article.to_dict()) as JSON
    stored_at     TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles (id),
    position   INTEGER NOT NULL,
    label      TEXT NOT NULL,
    text       TEXT NOT NULL,
    start_char INTEGER,
    end_char   INTEGER,
    value,                           -- amount (MONEY) or number (PERCENT)
    currency   TEXT,
    actor      TEXT,                 -- canonical actor name, or NULL
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS entities_by_actor ON entities (actor);
CREATE TABLE IF NOT EXISTS events (
    article_id     TEXT NOT NULL REFERENCES articles (id),
    position       INTEGER NOT NULL,
    type           TEXT NOT NULL,    -- meeting, trade, joint_venture, agreement
    metric         TEXT,
    period         TEXT,
    value          REAL,
    currency       TEXT,
    status         TEXT,
    date           TEXT,
    location       TEXT,
    participants   TEXT,             -- JSON list of names (meetings)
    parties        TEXT,             -- JSON list, sorted: '["Belarus", "Kazakhstan"]' (trade)
    evidence_start INTEGER,
    evidence_end   INTEGER,
    record         TEXT NOT NULL,    -- the whole event record as JSON
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
# the event fields that get a column of their own (lists as JSON); the whole event is in `record`
EVENT_COLUMNS = ("type", "metric", "period", "value", "currency", "status", "date", "location",
                 "participants", "parties")


def input_hash(text: str, published: str | None = None) -> str:
    """What decides whether a stored article is still current: its text and the date it was given."""
    return hashlib.sha256(f"{published or ''}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class Store:
    """An SQLite store; `with Store(path) as store:` opens it (creating the tables) and closes it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.connection = sqlite3.connect(self.path)
        self.connection.execute("PRAGMA journal_mode = WAL")  # readers never block the run; commits are atomic
        self.connection.execute("PRAGMA synchronous = NORMAL")  # durable across a killed process
        self.connection.execute("PRAGMA busy_timeout = 30000")
        self.connection.executescript(SCHEMA)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def is_current(self, id: Any, text: str, published: str | None = None) -> bool:
        """Whether the article `id` is stored from this very input."""
        row = self.connection.execute("SELECT text_hash FROM articles WHERE id = ?", (str(id),)).fetchone()
        return row is not None and row[0] == input_hash(text, published)

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
                [(e.source, e.line or 0, None if e.id is None else str(e.id), e.reason) for e in errors],
            )

    def _replace(self, record: dict, article: Article) -> None:
        id = str(article.id)
        body = article.to_dict()
        sql = self.connection.execute
        sql("DELETE FROM entities WHERE article_id = ?", (id,))
        sql("DELETE FROM events WHERE article_id = ?", (id,))
        sql("DELETE FROM errors WHERE id = ?", (id,))
        sql(
            "INSERT OR REPLACE INTO articles (id, text_hash, source, line, published, dateline_city, agency, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (id, input_hash(record["text"], record.get("published")), record.get("source"), record.get("line"),
             article.published, article.dateline_city, article.agency, _json(body)),
        )
        self.connection.executemany(
            "INSERT INTO entities (article_id, position, label, text, start_char, end_char, value, currency, actor)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(id, n, e.label, e.text, e.start, e.end, e.value, e.currency, e.actor)
             for n, e in enumerate(article.entities)],
        )
        self.connection.executemany(
            f"INSERT INTO events (article_id, position, {', '.join(EVENT_COLUMNS)}, evidence_start, evidence_end,"
            f" record) VALUES ({', '.join('?' * (len(EVENT_COLUMNS) + 5))})",
            [(id, n, *(_column(event.get(c)) for c in EVENT_COLUMNS),
              (event.get("evidence") or {}).get("start"), (event.get("evidence") or {}).get("end"), _json(event))
             for n, event in enumerate(body["events"])],
        )


def _column(value: Any) -> Any:
    """A value SQLite can hold in a plain column (lists and dicts as JSON)."""
    return _json(value) if isinstance(value, (list, dict)) else value
