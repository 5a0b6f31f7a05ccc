"""Facts in the store: the `facts` table and `fact_reports` (fact -> article id, event index), kept
up to date batch by batch, and read back as dicts, JSON lines or CSV.

`update_facts` is called by the store with the batch it has just written, in the same transaction.
It rebuilds only the blocks (see `facts.py`) that the batch's old and new reports fall in, from the
distinct contents of their reports (SQLite counts them), and writes only what changed, so the cost
of a batch does not grow with the number of reports a fact already has, and a rerun over the same
inputs changes nothing. `facts()` reads them back with their reports. The tables are rebuilt from
the stored records when their layout (`FACTS_LAYOUT`) is older than this code's.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import asdict, fields, is_dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .facts import SOURCE_FIELDS, Group, facts_of_block, reports_of, signature
from .records import EVENT_TYPES, Article

FACTS_LAYOUT = 3  # raise when the tables or what a fact is made of change: stores then rebuild their facts
SCHEMA = """
CREATE TABLE IF NOT EXISTS fact_layout (version INTEGER NOT NULL);
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
    first_published TEXT,
    last_published  TEXT,
    disagreement    INTEGER NOT NULL,  -- 1 when reports differ beyond rounding (or give two dates or places)
    record          TEXT NOT NULL      -- the fact as JSON, with counts in place of the lists of reports
);
CREATE INDEX IF NOT EXISTS facts_by_block ON facts (block);
CREATE INDEX IF NOT EXISTS facts_by_type ON facts (type, metric, period);
CREATE TABLE IF NOT EXISTS fact_contents (
    id              INTEGER PRIMARY KEY,
    block           TEXT NOT NULL,
    content         TEXT NOT NULL,     -- what its reports say (facts.signature), as JSON
    reports         INTEGER NOT NULL,  -- how many reports say it
    first_published TEXT,
    last_published  TEXT,
    fact_id         TEXT NOT NULL,
    UNIQUE (block, content)
);
CREATE INDEX IF NOT EXISTS fact_contents_by_fact ON fact_contents (fact_id);
CREATE TABLE IF NOT EXISTS fact_reports (
    article_id TEXT NOT NULL,
    position   INTEGER NOT NULL,       -- the event's index in its article (events.position)
    content_id INTEGER NOT NULL REFERENCES fact_contents (id),  -- and through it, its fact
    published  TEXT,
    agency     TEXT,
    dateline   TEXT,
    stated_by  TEXT,                   -- JSON list of the bodies its sentence names ({"name", "country"})
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS fact_reports_by_content ON fact_reports (content_id);
CREATE VIEW IF NOT EXISTS fact_links AS  -- fact -> (article id, event index)
    SELECT fact_contents.fact_id, fact_reports.article_id, fact_reports.position
    FROM fact_reports JOIN fact_contents ON fact_contents.id = fact_reports.content_id;
"""
COLUMNS = ("id", "type", "block", "metric", "period", "status", "reporter", "parties", "value", "currency",
           "qualifier", "date", "location", "actors", "title", "reports", "first_published", "last_published",
           "disagreement")
CSV_COLUMNS = (*(c for c in COLUMNS if c != "block"), "articles", "change_pct", "change_factor", "count", "companies",
               "participants", "values", "disagreements", "report_ids")
FACT_TABLES = ("fact_reports", "fact_contents", "facts", "fact_layout")
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
    latest = {str(a.id if isinstance(a, Article) else a["id"]): a for a in articles}  # an id twice: the last, as stored
    records = [_events_record(a) if isinstance(a, Article) else a for a in latest.values()]
    if not records:
        return
    if not _has_facts(connection):  # the first batch, or a store written before these facts: all its articles
        rebuild_facts(connection)
        return
    ids = [str(r["id"]) for r in records]
    replaced = {c for (c,) in _in(connection, "SELECT DISTINCT content_id FROM fact_reports WHERE article_id IN ({})", ids)}
    _in(connection, "DELETE FROM fact_reports WHERE article_id IN ({})", ids)
    blocks = _insert_reports(connection, [report for r in records for report in reports_of(r)])
    _recount(connection, replaced)
    blocks |= {b for (b,) in _in(connection, "SELECT DISTINCT block FROM fact_contents WHERE id IN ({})", replaced)}
    _in(connection, "DELETE FROM fact_contents WHERE reports = 0 AND id IN ({})", replaced)
    _refresh(connection, blocks)


def rebuild_facts(connection: sqlite3.Connection) -> None:
    """All facts anew from the stored article records (for a store written before it had these facts)."""
    connection.execute("DROP VIEW IF EXISTS fact_links")
    for table in FACT_TABLES:
        connection.execute(f"DROP TABLE IF EXISTS {table}")
    create_tables(connection)
    connection.execute("INSERT INTO fact_layout (version) VALUES (?)", (FACTS_LAYOUT,))
    blocks: set[str] = set()
    cursor = connection.execute("SELECT record FROM articles ORDER BY id")
    while batch := cursor.fetchmany(1000):
        blocks |= _insert_reports(connection, [report for (record,) in batch for report in reports_of(json.loads(record))])
    _refresh(connection, blocks)


def _events_record(article: Article) -> dict:
    """What `reports_of` reads of an article (its events, their evidence's offsets, the ORG entities
    with an actor), without converting its text and the other entities."""
    return {"id": article.id, "published": article.published,
            "dateline": {"city": article.dateline_city, "agency": article.agency},
            "entities": [{"label": e.label, "start": e.start, "end": e.end, "actor": e.actor}
                         for e in article.entities if e.label == "ORG" and e.actor],
            "events": [{"type": event.type, **{f.name: _plain(getattr(event, f.name)) for f in fields(event)
                                               if f.name not in ("evidence", "sources")},
                        "evidence": event.evidence and {"start": event.evidence.start, "end": event.evidence.end}}
                       for event in article.events]}


def _plain(value: Any) -> Any:
    """Participant records as dicts (the other event fields are plain already)."""
    return [asdict(v) if is_dataclass(v) else v for v in value] if isinstance(value, list) else value


def _insert_reports(connection: sqlite3.Connection, reports: list[dict]) -> set[str]:
    """Store `reports`, counted into the contents they say (their facts are decided by `_refresh`);
    returns their blocks."""
    for report in reports:
        key = (report["block"], signature(report["content"]))
        published = report["published"]
        connection.execute(
            "INSERT INTO fact_contents (block, content, reports, first_published, last_published, fact_id)"
            " VALUES (?, ?, 1, ?, ?, '') ON CONFLICT (block, content) DO UPDATE SET reports = reports + 1,"
            " first_published = coalesce(min(first_published, excluded.first_published), first_published, excluded.first_published),"
            " last_published = coalesce(max(last_published, excluded.last_published), last_published, excluded.last_published)",
            (*key, published, published))
        connection.execute(
            "INSERT INTO fact_reports (article_id, position, content_id, published, agency, dateline, stated_by)"
            " VALUES (?, ?, (SELECT id FROM fact_contents WHERE block = ? AND content = ?), ?, ?, ?, ?)",
            (report["article_id"], report["event_index"], *key, published, report["agency"], report["dateline"],
             _json(report["stated_by"])))
    return {r["block"] for r in reports}


def _recount(connection: sqlite3.Connection, content_ids: set[int]) -> None:
    """Count again the reports of contents that lost some (those of replaced articles)."""
    _in(connection, "UPDATE fact_contents SET"
                    " reports = (SELECT COUNT(*) FROM fact_reports WHERE content_id = fact_contents.id),"
                    " first_published = (SELECT MIN(published) FROM fact_reports WHERE content_id = fact_contents.id),"
                    " last_published = (SELECT MAX(published) FROM fact_reports WHERE content_id = fact_contents.id)"
                    " WHERE id IN ({})", content_ids)


def _refresh(connection: sqlite3.Connection, blocks: set[str]) -> None:
    """Rebuild the facts of `blocks` from the distinct contents of their reports, writing only what changes."""
    groups: dict[str, list[Group]] = {}
    assigned: dict[int, str] = {}
    for id, block, content, count, first, last, fact_id in _in(
            connection, "SELECT id, block, content, reports, first_published, last_published, fact_id"
                        " FROM fact_contents WHERE block IN ({})", blocks):
        groups.setdefault(block, []).append(Group(json.loads(content), count, first, last, key=id))
        assigned[id] = fact_id
    built = {fact["id"]: (fact, members) for block, found in groups.items() for fact, members in facts_of_block(block, found)}
    connection.executemany("UPDATE fact_contents SET fact_id = ? WHERE id = ?",
                           [(id, g.key) for id, (_, members) in built.items() for g in members if assigned[g.key] != id])
    stored = dict(_in(connection, "SELECT id, record FROM facts WHERE block IN ({})", blocks))
    _in(connection, "DELETE FROM facts WHERE id IN ({})", [id for id in stored if id not in built])
    records = {id: _json(fact) for id, (fact, _) in built.items()}
    connection.executemany(
        f"INSERT OR REPLACE INTO facts ({', '.join(COLUMNS)}, record) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})",
        [(*_row(fact, COLUMNS).values(), records[id]) for id, (fact, _) in built.items() if stored.get(id) != records[id]])


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
    one `type`, with all of `parties` (compared case-insensitively), or only those whose reports disagree.
    Raises StoreError for a path that is no store, ValueError for an unknown type."""
    if type is not None and type not in EVENT_TYPES:
        raise ValueError(f"no event type {type}: the types are {', '.join(EVENT_TYPES)}")
    if not isinstance(store, sqlite3.Connection):
        from .reader import check_store  # the reader reads facts through this module

        store = check_store(store)
    connection = store if isinstance(store, sqlite3.Connection) else sqlite3.connect(store)
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
    groups: dict[str, dict[int, Group]] = {}
    for fact_id, content_id, content, *source in _in(
            connection, "SELECT fact_contents.fact_id, content_id, content, article_id, position, published, agency,"
                        " dateline, stated_by FROM fact_reports JOIN fact_contents ON fact_contents.id = content_id"
                        " WHERE fact_contents.fact_id IN ({})", [id for id, _ in chosen]):
        by_content = groups.setdefault(fact_id, {})
        if content_id not in by_content:
            by_content[content_id] = Group(json.loads(content), sources=[])
        by_content[content_id].add(dict(zip(SOURCE_FIELDS, (*source[:-1], json.loads(source[-1] or "[]")))))
    found = [facts_of_block(block, list(groups[id].values()))[0][0] for id, block in chosen]
    return sorted(found, key=lambda f: (f["type"], f["first_published"] or "", f["id"]))


def _has_facts(connection: sqlite3.Connection) -> bool:
    """Whether the store has facts of the current layout."""
    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'fact_layout'").fetchone() is None:
        return False
    return connection.execute("SELECT MAX(version) FROM fact_layout").fetchone()[0] == FACTS_LAYOUT


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
