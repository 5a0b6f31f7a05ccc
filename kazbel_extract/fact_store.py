"""Facts in the store: the `facts` table and `fact_reports` (fact -> article id, event index), kept
up to date batch by batch, and read back as dicts, JSON lines or CSV.

`update_facts` is called by the store with the batch it has just written, in the same transaction.
It rebuilds only the blocks (see `facts.py`) that the batch's old and new reports fall in, and
writes only the facts that changed, so a rerun over the same inputs changes nothing.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator

from .facts import build_facts, reports_of
from .records import Article

SCHEMA = """
CREATE TABLE IF NOT EXISTS facts (
    id              TEXT PRIMARY KEY,  -- readable and stable: type | key fields (| date, for a meeting)
    type            TEXT NOT NULL,     -- meeting, trade, joint_venture, agreement
    block           TEXT NOT NULL,     -- facts are rebuilt block by block
    metric          TEXT,
    period          TEXT,
    status          TEXT,
    reporter        TEXT,
    parties         TEXT,              -- JSON list, sorted (for a meeting: the participants' countries)
    value           REAL,              -- the consensus value (trade, NULL on a disagreement), or the sum (agreement)
    currency        TEXT,
    qualifier       TEXT,
    date            TEXT,
    location        TEXT,
    actors          TEXT,              -- JSON list of canonical actors (meeting)
    title           TEXT,
    reports         INTEGER NOT NULL,  -- event records that report it
    articles        INTEGER NOT NULL,
    first_published TEXT,
    last_published  TEXT,
    disagreement    INTEGER NOT NULL,  -- 1 when reports differ beyond rounding (or give two dates, places)
    record          TEXT NOT NULL      -- the whole fact as JSON
);
CREATE INDEX IF NOT EXISTS facts_by_block ON facts (block);
CREATE INDEX IF NOT EXISTS facts_by_type ON facts (type, metric, period);
CREATE TABLE IF NOT EXISTS fact_reports (
    article_id TEXT NOT NULL,
    position   INTEGER NOT NULL,       -- the event's index in its article (events.position)
    fact_id    TEXT NOT NULL,
    block      TEXT NOT NULL,
    report     TEXT NOT NULL,          -- the event's fields the fact is built from, as JSON
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS fact_reports_by_block ON fact_reports (block);
CREATE INDEX IF NOT EXISTS fact_reports_by_fact ON fact_reports (fact_id);
"""
COLUMNS = ("id", "type", "block", "metric", "period", "status", "reporter", "parties", "value", "currency",
           "qualifier", "date", "location", "actors", "title", "reports", "articles", "first_published",
           "last_published", "disagreement")
CSV_COLUMNS = (*(c for c in COLUMNS if c != "block"), "change_pct", "change_factor", "count", "companies", "month",
               "participants", "values", "disagreements", "report_ids")
SQL_VARIABLES = 500  # ids per IN (...) list


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _chunks(items: list, size: int = SQL_VARIABLES) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _select(connection: sqlite3.Connection, sql: str, values: Iterable) -> list[tuple]:
    """`sql` with `IN ({})` filled for `values`, in chunks."""
    rows = []
    for chunk in _chunks(sorted(set(values))):
        rows += connection.execute(sql.format(", ".join("?" * len(chunk))), chunk).fetchall()
    return rows


def create_tables(connection: sqlite3.Connection) -> None:
    """Statement by statement: `executescript` would commit the caller's open transaction."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)


def update_facts(connection: sqlite3.Connection, articles: Iterable[Article | dict]) -> None:
    """Bring the facts up to date with `articles`, just written to the store (new or replacing
    what their ids had). Runs in the caller's transaction."""
    records = [_events_record(a) if isinstance(a, Article) else a for a in articles]
    if not records:
        return
    create_tables(connection)
    ids = [str(r["id"]) for r in records]
    new = [report for r in records for report in reports_of(r)]
    old_blocks = {b for (b,) in _select(connection, "SELECT DISTINCT block FROM fact_reports WHERE article_id IN ({})", ids)}
    for chunk in _chunks(ids):
        connection.execute(f"DELETE FROM fact_reports WHERE article_id IN ({', '.join('?' * len(chunk))})", chunk)
    blocks = old_blocks | {r["block"] for r in new}
    kept = [json.loads(r) for (r,) in _select(connection, "SELECT report FROM fact_reports WHERE block IN ({})", blocks)]
    _write(connection, blocks, build_facts(kept + new), new)


def _events_record(article: Article) -> dict:
    """What `reports_of` reads of an article, without converting its text and entities."""
    return {"id": article.id, "published": article.published,
            "dateline": {"city": article.dateline_city, "agency": article.agency},
            "events": [event.to_dict() for event in article.events]}


def _write(connection: sqlite3.Connection, blocks: set[str], facts: list[dict], new: list[dict]) -> None:
    """Replace the facts of `blocks` by `facts`, touching only rows that change."""
    stored = dict(_select(connection, "SELECT id, record FROM facts WHERE block IN ({})", blocks))
    records = {fact["id"]: _json(fact) for fact in facts}
    gone = [id for id in stored if id not in records]
    for chunk in _chunks(gone):
        connection.execute(f"DELETE FROM facts WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
    changed = [fact for fact in facts if stored.get(fact["id"]) != records[fact["id"]]]
    connection.executemany(
        f"INSERT OR REPLACE INTO facts ({', '.join(COLUMNS)}, record) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})",
        [(*_row(fact, COLUMNS).values(), records[fact["id"]]) for fact in changed])
    fact_of = {(ref["article_id"], ref["event_index"]): fact["id"] for fact in facts for ref in fact["reports"]}
    connection.executemany(
        "INSERT INTO fact_reports (article_id, position, fact_id, block, report) VALUES (?, ?, ?, ?, ?)",
        [(r["article_id"], r["event_index"], fact_of[(r["article_id"], r["event_index"])], r["block"], _json(r))
         for r in new])
    connection.executemany(
        "UPDATE fact_reports SET fact_id = ? WHERE article_id = ? AND position = ? AND fact_id != ?",
        [(fact["id"], ref["article_id"], ref["event_index"], fact["id"]) for fact in changed for ref in fact["reports"]])


def _row(fact: dict, columns: Iterable[str]) -> dict:
    """A fact as flat cells: counts for `reports`, 0/1 for `disagreement`, lists and dicts as JSON."""
    row = {}
    for column in columns:
        value = fact.get(column)
        if column == "reports":
            value = len(value)
        elif column == "report_ids":
            value = [f"{r['article_id']}#{r['event_index']}" for r in fact["reports"]]
        row[column] = int(value) if isinstance(value, bool) else _json(value) if isinstance(value, (list, dict)) else value
    return row


def rebuild_facts(connection: sqlite3.Connection) -> None:
    """All facts anew from the stored article records (for a store written before it had facts)."""
    create_tables(connection)
    connection.execute("DELETE FROM fact_reports")
    connection.execute("DELETE FROM facts")
    reports = [report for (record,) in connection.execute("SELECT record FROM articles")
               for report in reports_of(json.loads(record))]
    _write(connection, {r["block"] for r in reports}, build_facts(reports), reports)


# --- reading facts back

def facts(store: str | Path | sqlite3.Connection, type: str | None = None, parties: Iterable[str] | None = None,
          disagreements: bool = False) -> list[dict]:
    """The facts of a store (a path or an open connection), oldest first: of one `type`, with all of
    `parties` (compared case-insensitively), or only those whose reports disagree."""
    connection = store if isinstance(store, sqlite3.Connection) else sqlite3.connect(Path(store))
    try:
        if not _has_facts(connection):
            with connection:
                rebuild_facts(connection)
        sql, params = "SELECT record FROM facts WHERE 1 = 1", []
        if type:
            sql, params = sql + " AND type = ?", [type]
        if disagreements:
            sql += " AND disagreement = 1"
        rows = connection.execute(sql + " ORDER BY type, first_published, id", params).fetchall()
    finally:
        if connection is not store:
            connection.close()
    found = [json.loads(record) for (record,) in rows]
    wanted = {p.strip().casefold() for p in parties or () if p.strip()}
    return [f for f in found if wanted <= {p.casefold() for p in f.get("parties") or ()}]


def _has_facts(connection: sqlite3.Connection) -> bool:
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'facts'").fetchone() is not None


def write_facts(found: list[dict], output: Path) -> None:
    """`OUT.jsonl`: one fact per line, whole; `OUT.csv`: one row per fact, lists and dicts as JSON."""
    output.parent.mkdir(parents=True, exist_ok=True)
    if output.suffix == ".jsonl":
        output.write_text("".join(_json(fact) + "\n" for fact in found), encoding="utf-8")
        return
    with output.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(_row(fact, CSV_COLUMNS) for fact in found)
