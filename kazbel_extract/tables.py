"""Flat tables of the records: one row per article, per entity and per event, joined on `article_id`.

The same rows make the CSV output (`STEM.articles.csv`, `STEM.entities.csv`, `STEM.events.csv`) and
the store's tables, so a column means the same in both. Event columns are the union of the event
types' fields, so each row leaves blank what its type does not have; list fields (participants,
parties, companies, participant_details, actors) and `meta` are JSON. Dates also come as numbers
(`year`, `month`, `day`), which sort and group where `--05-28` (a day without its year) would not.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterable

from .records import EVENT_TYPES, Article, Entity, Event

DATE_PARTS = ["year", "month", "day"]
ARTICLE_COLUMNS = ["id", "published", *DATE_PARTS, "dateline_city", "agency", "entities", "events",
                   "source", "line", "meta"]
ENTITY_COLUMNS = ["article_id", "position"] + [f.name for f in fields(Entity)]
EVENT_FIELDS = list(dict.fromkeys(
    f.name for cls in EVENT_TYPES.values() for f in fields(cls) if f.name not in {f.name for f in fields(Event)}
))
EVENT_COLUMNS = ["article_id", "position", "type", *EVENT_FIELDS, "actors", *DATE_PARTS,
                 "evidence_text", "evidence_start", "evidence_end"]
COLUMNS = {"articles": ARTICLE_COLUMNS, "entities": ENTITY_COLUMNS, "events": EVENT_COLUMNS}
# "2018-03-16", "2018-03", "2018", or "--03-16" (a day the text gives without its year)
DATE = re.compile(r"(?:(\d{4})|-)(?:-(\d\d)(?:-(\d\d))?)?")


def date_parts(date: str | None) -> dict[str, int | None]:
    """`year`, `month` and `day` of a record's date as numbers; what the date leaves out is None."""
    match = DATE.fullmatch(date or "")
    parts = [int(part) if part else None for part in match.groups()] if match else [None] * 3
    return dict(zip(DATE_PARTS, parts))


def json_cell(value: Any) -> Any:
    """A list or dict as JSON text (as the CSV and the store hold it); other values as they are."""
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (list, dict)) else value


def article_row(record: dict, source: str | None = None, line: int | None = None) -> dict[str, Any]:
    """The `articles` row of an article record (`Article.to_dict()`), read from `source` at `line`."""
    dateline = record.get("dateline") or {}
    return {
        "id": record["id"], "published": record.get("published"), **date_parts(record.get("published")),
        "dateline_city": dateline.get("city"), "agency": dateline.get("agency"),
        "entities": len(record["entities"]), "events": len(record["events"]),
        "source": source, "line": line, "meta": json_cell(record.get("meta") or {}),
    }


def entity_rows(record: dict) -> list[dict[str, Any]]:
    return [{"article_id": record["id"], "position": n, **entity} for n, entity in enumerate(record["entities"])]


def event_rows(record: dict) -> list[dict[str, Any]]:
    rows = []
    for n, event in enumerate(record["events"]):
        body = {k: v for k, v in event.items() if k not in ("evidence", "sources")}
        evidence = event.get("evidence") or {}
        rows.append({
            "article_id": record["id"], "position": n, **{k: json_cell(v) for k, v in body.items()},
            "actors": json_cell(participant_actors(event)) if event["type"] == "meeting" else None,
            **date_parts(event.get("date")),
            "evidence_text": evidence.get("text"), "evidence_start": evidence.get("start"),
            "evidence_end": evidence.get("end"),
        })
    return rows


def participant_actors(meeting: dict) -> list[str]:
    """Each participant as one name for all its spellings: the canonical actor, else the name as written."""
    details = meeting.get("participant_details") or []
    actors = {d.get("name"): d.get("actor") for d in details}
    return [actors.get(name) or name for name in meeting.get("participants", [])]


def table_paths(stem: str | Path) -> dict[str, Path]:
    """`out.csv` (or `out`) gives `out.articles.csv`, `out.entities.csv` and `out.events.csv`."""
    stem = Path(stem)
    stem = stem.with_suffix("") if stem.suffix == ".csv" else stem
    return {name: stem.with_name(f"{stem.name}.{name}.csv") for name in COLUMNS}


class CsvTables:
    """Writes the three tables as articles come; `close()` when done."""

    def __init__(self, stem: str | Path):
        self.paths = table_paths(stem)
        self._files = {name: path.open("w", encoding="utf-8", newline="") for name, path in self.paths.items()}
        self._writers = {name: csv.DictWriter(file, COLUMNS[name]) for name, file in self._files.items()}
        for writer in self._writers.values():
            writer.writeheader()

    def write(self, processed: Iterable[tuple[dict, Article]]) -> None:
        for place, article in processed:
            record = article.to_dict()
            self._writers["articles"].writerow(article_row(record, place.get("source"), place.get("line")))
            self._writers["entities"].writerows(entity_rows(record))
            self._writers["events"].writerows(event_rows(record))

    def close(self) -> None:
        for file in self._files.values():
            file.close()
