"""Facts in the store: the `facts` table and `fact_reports` (fact -> article id, event index), kept
up to date batch by batch, and read back as dicts, JSON lines or CSV.

`update_facts` is called by the store with the batch it has just written, in the same transaction.
It rebuilds only the blocks (see `facts.py`) that the batch's old and new reports fall in, from the
distinct contents of their reports (SQLite counts them), and writes only what changed, so the cost
of a batch does not grow with the number of reports a fact already has, and a rerun over the same
inputs changes nothing. `facts()` reads them back with their reports.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterable, Iterator

from .facts import Group, facts_of_block, reports_of, signature
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
    disagreement    INTEGER NOT NULL,  -- 1 when reports differ beyond rounding (or give two dates or places)
    record          TEXT NOT NULL      -- the fact as JSON, with counts in place of the lists of reports
);
CREATE INDEX IF NOT EXISTS facts_by_block ON facts (block);
CREATE INDEX IF NOT EXISTS facts_by_type ON facts (type, metric, period);
CREATE TABLE IF NOT EXISTS fact_reports (
    article_id TEXT NOT NULL,
    position   INTEGER NOT NULL,       -- the event's index in its article (events.position)
    fact_id    TEXT NOT NULL,
    block      TEXT NOT NULL,
    content    TEXT NOT NULL,          -- what the report says (facts.signature), as JSON
    published  TEXT,
    agency     TEXT,
    dateline   TEXT,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS fact_reports_by_content ON fact_reports (block, content);
CREATE INDEX IF NOT EXISTS fact_reports_by_fact ON fact_reports (fact_id);
"""
COLUMNS = ("id", "type", "block", "metric", "period", "status", "reporter", "parties", "value", "currency",
           "qualifier", "date", "location", "actors", "title", "reports", "articles", "first_published",
           "last_published", "disagreement")
CSV_COLUMNS = (*(c for c in COLUMNS if c != "block"), "change_pct", "change_factor", "count", "companies",
               "participants", "values", "disagreements", "report_ids")
SOURCE_COLUMNS = ("article_id", "position", "published", "agency", "dateline")
SQL_VARIABLES = 500  # values per IN (...) list


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _chunks(items: list, size: int = SQL_VARIABLES) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _in(connection: sqlite3.Connection, sql: str, values: Iterable) -> list[tuple]:
    """Run `sql` with its `IN ({})` filled with `values`, in chunks; the rows it gives."""
    rows = []
    for chunk in _chunks(sorted(set(values))):
        rows += connection.execute(sql.format(", ".join("?" * len(chunk))), chunk).fetchall()
    return rows


def create_tables(connection: sqlite3.Connection) -> None:
    """Statement by statement: `executescript` would commit the caller's open transaction."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            connection.execute(statement)


# --- writing: batch by batch

def update_facts(connection: sqlite3.Connection, articles: Iterable[Article | dict]) -> None:
    """Bring the facts up to date with `articles`, just written to the store (new, or replacing what
    their ids had). Runs in the caller's transaction."""
    records = [_events_record(a) if isinstance(a, Article) else a for a in articles]
    if not records:
        return
    create_tables(connection)
    ids = [str(r["id"]) for r in records]
    blocks = {b for (b,) in _in(connection, "SELECT DISTINCT block FROM fact_reports WHERE article_id IN ({})", ids)}
    _in(connection, "DELETE FROM fact_reports WHERE article_id IN ({})", ids)
    blocks |= _insert_reports(connection, [report for r in records for report in reports_of(r)])
    _refresh(connection, blocks)


def rebuild_facts(connection: sqlite3.Connection) -> None:
    """All facts anew from the stored article records (for a store written before it had facts)."""
    create_tables(connection)
    connection.execute("DELETE FROM fact_reports")
    connection.execute("DELETE FROM facts")
    blocks: set[str] = set()
    cursor = connection.execute("SELECT record FROM articles")
    while batch := cursor.fetchmany(1000):
        blocks |= _insert_reports(connection, [report for (record,) in batch for report in reports_of(json.loads(record))])
    _refresh(connection, blocks)


def _events_record(article: Article) -> dict:
    """What `reports_of` reads of an article, without converting its text, entities and evidence."""
    return {"id": article.id, "published": article.published,
            "dateline": {"city": article.dateline_city, "agency": article.agency},
            "events": [{"type": event.type, **{f.name: _plain(getattr(event, f.name)) for f in fields(event)
                                               if f.name not in ("evidence", "sources")}} for event in article.events]}


def _plain(value: Any) -> Any:
    """Participant records as dicts (the other event fields are plain already)."""
    return [dict(vars(v)) if hasattr(v, "__dataclass_fields__") else v for v in value] if isinstance(value, list) else value


def _insert_reports(connection: sqlite3.Connection, reports: list[dict]) -> set[str]:
    """Store `reports` (their fact decided by `_refresh`); returns their blocks."""
    connection.executemany(
        "INSERT INTO fact_reports (article_id, position, fact_id, block, content, published, agency, dateline)"
        " VALUES (?, ?, '', ?, ?, ?, ?, ?)",
        [(r["article_id"], r["event_index"], r["block"], signature(r["content"]), r["published"], r["agency"],
          r["dateline"]) for r in reports])
    return {r["block"] for r in reports}


def _refresh(connection: sqlite3.Connection, blocks: set[str]) -> None:
    """Rebuild the facts of `blocks` from their reports' distinct contents, touching only what changes."""
    groups: dict[str, list[Group]] = {}
    for block, content, count in _in(
            connection, "SELECT block, content, COUNT(*) FROM fact_reports WHERE block IN ({}) GROUP BY block, content",
            blocks):
        groups.setdefault(block, []).append(Group(json.loads(content), count))
    built = [made for block, found in groups.items() for made in facts_of_block(block, found)]
    connection.executemany(
        "UPDATE fact_reports SET fact_id = ? WHERE block = ? AND content = ? AND fact_id != ?",
        [(fact["id"], fact["block"], group.signature, fact["id"]) for fact, members in built for group in members])
    counts = {id: rest for id, *rest in _in(
        connection, "SELECT fact_id, COUNT(DISTINCT article_id), MIN(published), MAX(published) FROM fact_reports"
                    " WHERE block IN ({}) GROUP BY fact_id", blocks)}
    facts = {}
    for fact, _ in built:
        fact["articles"], fact["first_published"], fact["last_published"] = counts[fact["id"]]
        facts[fact["id"]] = fact
    stored = dict(_in(connection, "SELECT id, record FROM facts WHERE block IN ({})", blocks))
    _in(connection, "DELETE FROM facts WHERE id IN ({})", [id for id in stored if id not in facts])
    records = {id: _json(fact) for id, fact in facts.items()}
    connection.executemany(
        f"INSERT OR REPLACE INTO facts ({', '.join(COLUMNS)}, record) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})",
        [(*_row(fact, COLUMNS).values(), records[id]) for id, fact in facts.items() if stored.get(id) != records[id]])


def _row(fact: dict, columns: Iterable[str]) -> dict:
    """A fact as flat cells: the number of `reports`, 0/1 for `disagreement`, lists and dicts as JSON."""
    row = {}
    for column in columns:
        if column == "reports":
            value = fact["report_count"]
        elif column == "report_ids":
            value = [f"{r['article_id']}#{r['event_index']}" for r in fact.get("reports", [])]
        else:
            value = fact.get(column)
        row[column] = int(value) if isinstance(value, bool) else _json(value) if isinstance(value, (list, dict)) else value
    return row


# --- reading

def facts(store: str | Path | sqlite3.Connection, type: str | None = None, parties: Iterable[str] | None = None,
          disagreements: bool = False) -> list[dict]:
    """The facts of a store (a path or an open connection), oldest first, each with its reports: of
    one `type`, with all of `parties` (compared case-insensitively), or only those whose reports disagree."""
    connection = store if isinstance(store, sqlite3.Connection) else sqlite3.connect(Path(store))
    try:
        if not _has_facts(connection):
            with connection:
                rebuild_facts(connection)
        sql, params = "SELECT id, block, record FROM facts WHERE 1 = 1", []
        if type:
            sql, params = sql + " AND type = ?", [type]
        if disagreements:
            sql += " AND disagreement = 1"
        wanted = {p.strip().casefold() for p in parties or () if p.strip()}
        chosen = [(id, block) for id, block, record in connection.execute(sql, params)
                  if wanted <= {p.casefold() for p in json.loads(record).get("parties") or ()}]
        return _with_reports(connection, chosen)
    finally:
        if connection is not store:
            connection.close()


def _with_reports(connection: sqlite3.Connection, chosen: list[tuple[str, str]]) -> list[dict]:
    """The facts `chosen` ((id, block) pairs) built again from their reports, so that each lists them."""
    groups: dict[str, dict[str, Group]] = {}
    contents: dict[str, dict] = {}  # each distinct content parsed once
    for fact_id, content, *source in _in(
            connection, f"SELECT fact_id, content, {', '.join(SOURCE_COLUMNS)} FROM fact_reports WHERE fact_id IN ({{}})",
            [id for id, _ in chosen]):
        if content not in contents:
            contents[content] = json.loads(content)
        group = groups.setdefault(fact_id, {}).setdefault(content, Group(contents[content], 0, []))
        group.count += 1
        group.sources.append(dict(zip(("article_id", "event_index", *SOURCE_COLUMNS[2:]), source)))
    found = [facts_of_block(block, list(groups[id].values()))[0][0] for id, block in chosen]
    return sorted(found, key=lambda f: (f["type"], f["first_published"] or "", f["id"]))


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
