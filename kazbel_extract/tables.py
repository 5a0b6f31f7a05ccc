"""Flat CSV tables of the records: `STEM.articles.csv`, `STEM.entities.csv`, `STEM.events.csv`.

One row per article, per entity and per event, joined on `article_id`. Event columns are the union
of the event types' fields, so each row leaves blank what its type does not have; list fields
(participants, parties, companies) are JSON.
"""
from __future__ import annotations

import csv
import json
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterable

from .records import EVENT_TYPES, Article, Entity, Event

ARTICLE_COLUMNS = ["id", "published", "dateline_city", "agency", "entities", "events", "source", "line"]
ENTITY_COLUMNS = ["article_id", "position"] + [f.name for f in fields(Entity)]
EVENT_FIELDS = list(dict.fromkeys(
    f.name for cls in EVENT_TYPES.values() for f in fields(cls) if f.name not in {f.name for f in fields(Event)}
))
EVENT_COLUMNS = ["article_id", "position", "type", *EVENT_FIELDS, "evidence_text", "evidence_start", "evidence_end"]


def table_paths(stem: str | Path) -> dict[str, Path]:
    """`out.csv` (or `out`) gives `out.articles.csv`, `out.entities.csv` and `out.events.csv`."""
    stem = Path(stem)
    stem = stem.with_suffix("") if stem.suffix == ".csv" else stem
    return {name: stem.with_name(f"{stem.name}.{name}.csv") for name in ("articles", "entities", "events")}


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False, default=str) if isinstance(value, (list, dict)) else value


class CsvTables:
    """Writes the three tables as articles come; `close()` when done."""

    def __init__(self, stem: str | Path):
        self.paths = table_paths(stem)
        self._files = {name: path.open("w", encoding="utf-8", newline="") for name, path in self.paths.items()}
        columns = {"articles": ARTICLE_COLUMNS, "entities": ENTITY_COLUMNS, "events": EVENT_COLUMNS}
        self._writers = {
            name: csv.DictWriter(file, columns[name], extrasaction="ignore") for name, file in self._files.items()
        }
        for writer in self._writers.values():
            writer.writeheader()

    def write(self, processed: Iterable[tuple[dict, Article]]) -> None:
        for record, article in processed:
            self._writers["articles"].writerow({
                "id": article.id, "published": article.published, "dateline_city": article.dateline_city,
                "agency": article.agency, "entities": len(article.entities), "events": len(article.events),
                "source": record.get("source"), "line": record.get("line"),
            })
            for n, entity in enumerate(article.entities):
                self._writers["entities"].writerow({"article_id": article.id, "position": n, **entity.to_dict()})
            for n, event in enumerate(article.events):
                body = event.to_dict()
                evidence = body.pop("evidence") or {}
                body.pop("sources")
                self._writers["events"].writerow({
                    "article_id": article.id, "position": n, **{k: _cell(v) for k, v in body.items()},
                    "evidence_text": evidence.get("text"), "evidence_start": evidence.get("start"),
                    "evidence_end": evidence.get("end"),
                })

    def close(self) -> None:
        for file in self._files.values():
            file.close()
