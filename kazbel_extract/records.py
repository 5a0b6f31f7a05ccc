"""Typed records: what the library returns, in the shape of GUIDELINES.md.

Every record has one `to_dict()`; events carry the sentence they came from (`evidence`) with
character offsets into the article text, and the entities they were built from.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from typing import Any, ClassVar

ENTITY_LABELS = ("PERSON", "ORG", "MONEY", "PERCENT")
# the fields of an input record that are the article itself; any other field is its `meta`
ARTICLE_FIELDS = ("id", "text", "published")
# fields an article record has of its own (a gold file, an earlier output): not input, so not meta
RECORD_FIELDS = ("dateline", "entities", "events", "meta")


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    """A value as `dataclasses.asdict` gives it (records as dicts, lists and dicts copied), without its deep copy
    of every string and number."""
    if is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Entity:
    """One tagged span. `value` is the normalised value: an amount for MONEY, a float for PERCENT."""

    label: str
    text: str
    start: int
    end: int
    value: float | str | None = None
    currency: str | None = None
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True)
class Evidence:
    """The sentence an event came from, and where it stands in the article."""

    text: str
    start: int
    end: int


@dataclass
class Event:
    """Base of the event records; subclasses add the fields GUIDELINES.md names."""

    type: ClassVar[str] = "event"
    evidence: Evidence | None = field(default=None, kw_only=True)
    sources: list[Entity] = field(default_factory=list, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        body = {name: _plain(getattr(self, name)) for name in _field_names(type(self)) if name not in ("evidence", "sources")}
        return {
            "type": self.type,
            **body,
            "evidence": _plain(self.evidence) if self.evidence else None,
            "sources": [e.to_dict() for e in self.sources],
        }


@dataclass
class Participant:
    """A meeting participant: the name as first written, and what the article says of them."""

    name: str
    title: str | None = None
    organisation: str | None = None
    country: str | None = None
    actor: str | None = None


@dataclass
class Meeting(Event):
    type: ClassVar[str] = "meeting"
    participants: list[str] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    participant_details: list[Participant] = field(default_factory=list)


@dataclass
class Trade(Event):
    type: ClassVar[str] = "trade"
    metric: str = "turnover"
    value: float | None = None
    currency: str | None = None
    period: str | None = None
    change_pct: float | None = None
    change_factor: float | None = None
    status: str = "actual"
    parties: list[str] = field(default_factory=list)
    reporter: str | None = None
    qualifier: str | None = None


@dataclass
class JointVenture(Event):
    type: ClassVar[str] = "joint_venture"
    count: int | None = None
    status: str = "operating"
    location: str | None = None
    companies: list[str] = field(default_factory=list)


@dataclass
class Agreement(Event):
    type: ClassVar[str] = "agreement"
    title: str | None = None
    count: int | None = None
    value: float | None = None
    currency: str | None = None
    status: str = "signed"


EVENT_TYPES: dict[str, type[Event]] = {cls.type: cls for cls in (Meeting, Trade, JointVenture, Agreement)}


@dataclass
class Article:
    """One article: its date, dateline, entities (each distinct label and text once) and events."""

    text: str
    id: str | None = None
    published: str | None = None
    dateline_city: str | None = None
    agency: str | None = None
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # the input's other fields: url, title, source ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published,
            "dateline": {"city": self.dateline_city, "agency": self.agency},
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Article:
        """The article of a record written by `to_dict()` (a `.jsonl` output line, a stored record)."""
        dateline = record.get("dateline") or {}
        return cls(
            text=record["text"],
            id=record.get("id"),
            published=record.get("published"),
            dateline_city=dateline.get("city"),
            agency=dateline.get("agency"),
            entities=[Entity(**entity) for entity in record.get("entities", [])],
            events=[event_from_dict(event) for event in record.get("events", [])],
            meta=dict(record.get("meta") or {}),
        )


def meta_of(record: dict[str, Any], taken: tuple[str, ...] = ARTICLE_FIELDS) -> dict[str, Any]:
    """What an input record says beyond the article's own fields (`taken`): url, title, source ...

    A record written by this library and read again keeps its `meta`; its `dateline`, `entities` and
    `events` (or a gold file's) are records, not input, and are not copied."""
    meta = dict(record["meta"]) if isinstance(record.get("meta"), dict) else {}
    meta.update((key, value) for key, value in record.items() if key not in taken and key not in RECORD_FIELDS)
    return meta


def event_from_dict(record: dict[str, Any]) -> Event:
    """The typed event of an event record (`Event.to_dict()`)."""
    body = dict(record)
    cls = EVENT_TYPES[body.pop("type")]
    evidence = body.pop("evidence", None)
    sources = body.pop("sources", [])
    if cls is Meeting:
        body["participant_details"] = [Participant(**p) for p in body.get("participant_details", [])]
    return cls(**body, evidence=Evidence(**evidence) if evidence else None,
               sources=[Entity(**entity) for entity in sources])
