"""Reading a store back: its articles, events and entities as records, filtered, or as pandas frames.

    >>> store = kazbel_extract.open_store("kazbel.sqlite")
    >>> for article_id, trade in store.events("trade", since="2023-01-01", parties=["Belarus", "Kazakhstan"]):
    ...     print(article_id, trade.period, trade.value)
    >>> frames = store.to_pandas()          # {"articles": ..., "entities": ..., "events": ...}

Filters: `since`/`until` (inclusive) are on the article's published date (articles without one are
left out when either is given): a day, a timestamp or a date object as `published` takes them, or a
year (`2023`) or month (`2023-05`), from its first day to its last; `type` is an event type or a list of them; `parties` keeps the
events between all the countries named: a trade figure's `parties`, a meeting's participants'
countries (joint ventures and agreements have no parties, so they never match).
"""
from __future__ import annotations

import calendar
import json
import re
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from . import fact_store
from .extras import require
from .published import published_day
from .records import ENTITY_LABELS, EVENT_TYPES, Article, Entity, Event
from .store import SCHEMA_VERSION, Store
from .tables import COLUMNS

SQLITE_HEADER = b"SQLite format 3\x00"
JSON_COLUMNS = {"articles": ["meta"], "entities": [],
                "events": ["participants", "participant_details", "parties", "companies", "actors"]}
DATE_PART_COLUMNS = ("year", "month", "day")
YEAR_OR_MONTH = re.compile(r"(\d{4})(?:-(0[1-9]|1[0-2]))?")


class StoreError(ValueError):
    """A path that is no store (missing, empty, not SQLite, not written by kazbel-extract), in one line."""


def check_store(path: str | Path) -> Path:
    """`path` if it is a store `run --db` wrote, else StoreError saying what it is instead."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"no such store: {path}")
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a store (a .sqlite file written by `kazbel-extract run --db`)")
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if not header:
        raise StoreError(f"{path} is empty, not a store (a .sqlite file written by `kazbel-extract run --db`)")
    if header != SQLITE_HEADER:
        hint = " (records to extract from? give them to `kazbel-extract run` as INPUT)" if path.suffix.lower() in (
            ".jsonl", ".json", ".ndjson", ".txt", ".csv", ".gz") else ""
        raise StoreError(f"{path} is not a store: not an SQLite file{hint}")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a store: {error}") from None
    missing = {"articles", "entities", "events", "errors"} - tables
    if missing:
        raise StoreError(f"{path} is an SQLite file but not a kazbel-extract store "
                         f"(no {', '.join(sorted(missing))} table)")
    return path


class ArticleEvent(NamedTuple):
    article_id: str
    event: Event


class ArticleEntity(NamedTuple):
    article_id: str
    entity: Entity


def open_store(path: str | Path) -> StoreReader:
    """A reader over the store at `path` (raises StoreError if it is none); use it in a `with` block or close it."""
    return StoreReader(path)


class StoreReader:
    """The records of a store, read-only. A store of an older version is upgraded once, when first opened."""

    def __init__(self, path: str | Path):
        self.path = check_store(path)
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.close()
        if version < SCHEMA_VERSION:
            try:
                Store(self.path).close()
            except sqlite3.Error as error:
                raise StoreError(f"{self.path} is a store of an older version and cannot be upgraded: "
                                 f"{error}") from None
        self.connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)

    def __enter__(self) -> StoreReader:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    def __len__(self) -> int:
        return self.connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def articles(self, *, type: str | Iterable[str] | None = None, since: Any = None, until: Any = None,
                 parties: Iterable[str] | None = None) -> Iterator[Article]:
        """Articles, oldest first (undated last). With `type` or `parties`, only articles with such an
        event, and only those events."""
        for article, _, _ in self.placed_articles(type=type, since=since, until=until, parties=parties):
            yield article

    def placed_articles(self, *, type: str | Iterable[str] | None = None, since: Any = None, until: Any = None,
                        parties: Iterable[str] | None = None) -> Iterator[tuple[Article, str | None, int | None]]:
        """Like `articles`, each with the file and line it was read from."""
        keep = _event_filter(type, parties)
        where, params = _published_between(since, until)
        rows = self.connection.execute(
            f"SELECT record, source, line FROM articles {where} ORDER BY published IS NULL, published, id", params)
        for record, source, line in rows:
            article = Article.from_dict(json.loads(record))
            if keep is not None:
                article.events = [event for event in article.events if keep(event)]
                if not article.events:
                    continue
            yield article, source, line

    def events(self, type: str | Iterable[str] | None = None, *, since: Any = None, until: Any = None,
               parties: Iterable[str] | None = None) -> Iterator[ArticleEvent]:
        """(article_id, event) for every event, in article order (as `articles`), then as in the article."""
        for article in self.articles(type=type, since=since, until=until, parties=parties):
            for event in article.events:
                yield ArticleEvent(article.id, event)

    def entities(self, label: str | Iterable[str] | None = None, *, since: Any = None, until: Any = None
                 ) -> Iterator[ArticleEntity]:
        """(article_id, entity) for every entity (or those of `label`: PERSON, ORG, MONEY, PERCENT)."""
        labels = None if label is None else {label} if isinstance(label, str) else set(label)
        unknown = (labels or set()) - set(ENTITY_LABELS)
        if unknown:
            raise ValueError(f"no entity label {', '.join(sorted(unknown))}: the labels are {', '.join(ENTITY_LABELS)}")
        for article in self.articles(since=since, until=until):
            for entity in article.entities:
                if labels is None or entity.label in labels:
                    yield ArticleEntity(article.id, entity)

    def facts(self, type: str | None = None, *, parties: Iterable[str] | None = None,
              disagreements: bool = False) -> list[dict]:
        """The store's facts (`fact_store.facts`): one per meeting, figure, agreement or joint venture,
        each with the reports behind it; of one `type`, with all of `parties`, or only disagreements."""
        return fact_store.facts(self.path, type=type, parties=parties, disagreements=disagreements)

    def to_pandas(self, table: str | None = None):
        """The CSV tables as pandas DataFrames: `{"articles", "entities", "events"}`, or the one `table`.

        JSON columns hold Python lists and dicts; `year`, `month` and `day` are nullable integers.
        Needs pandas (`pip install 'kazbel-extract[pandas]'`)."""
        pandas = require("pandas", "pandas", "StoreReader.to_pandas()")
        if table is not None and table not in COLUMNS:
            raise ValueError(f"no table {table!r}: the tables are {', '.join(COLUMNS)}")
        frames = {}
        for name in [table] if table else COLUMNS:
            columns = ", ".join(COLUMNS[name])
            order = "published IS NULL, published, id" if name == "articles" else "article_id, position"
            frame = pandas.read_sql_query(f"SELECT {columns} FROM {name} ORDER BY {order}", self.connection)
            for column in JSON_COLUMNS[name]:
                frame[column] = frame[column].map(lambda cell: json.loads(cell) if isinstance(cell, str) else None)
            for column in DATE_PART_COLUMNS:
                if column in frame:
                    frame[column] = frame[column].astype("Int64")
            frames[name] = frame
        return frames[table] if table else frames


def bound_day(value: Any, last: bool = False) -> str:
    """A `since` (or, with `last`, an `until`) bound as a day: what `published_day` reads, or a year or
    month, which stands for its first (or last) day. Raises ValueError for anything else."""
    if isinstance(value, str) and (match := YEAR_OR_MONTH.fullmatch(value.strip())):
        year, month = int(match[1]), int(match[2] or (12 if last else 1))
        day = calendar.monthrange(year, month)[1] if last else 1
        return f"{year:04d}-{month:02d}-{day:02d}"
    try:
        day = published_day(value)
    except ValueError:
        raise ValueError(f"a bound must be a day (YYYY-MM-DD), a year (YYYY), a month (YYYY-MM), an ISO "
                         f"timestamp or a date, not {value!r}") from None
    if day is None:
        raise ValueError(f"a bound must be a day (YYYY-MM-DD), a year or a month, not {value!r}")
    return day


def _published_between(since: Any, until: Any) -> tuple[str, list[str]]:
    conditions, params = [], []
    for bound, operator, last in ((since, ">=", False), (until, "<=", True)):
        if bound is not None:
            conditions.append(f"published {operator} ?")
            params.append(bound_day(bound, last))
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params


def _event_filter(type: str | Iterable[str] | None, parties: Iterable[str] | None):
    """A test of an event for the `type` and `parties` filters, or None when neither is given."""
    if type is None and parties is None:
        return None
    types = None if type is None else {type} if isinstance(type, str) else set(type)
    unknown = (types or set()) - set(EVENT_TYPES)
    if unknown:
        raise ValueError(f"no event type {', '.join(sorted(unknown))}: the types are {', '.join(EVENT_TYPES)}")
    wanted = None if parties is None else {parties} if isinstance(parties, str) else set(parties)

    def keep(event: Event) -> bool:
        return (types is None or event.type in types) and (wanted is None or wanted <= event_parties(event))
    return keep


def event_parties(event: Event) -> set[str]:
    """The countries an event is between: a trade figure's parties, a meeting's participants' countries."""
    if hasattr(event, "parties"):
        return set(event.parties)
    return {p.country for p in getattr(event, "participant_details", []) if p.country}
