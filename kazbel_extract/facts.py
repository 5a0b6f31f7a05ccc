"""Facts across articles: the reports of one meeting, figure or agreement, merged into one record.

Pure functions over event records as `Article.to_dict()` gives them; `fact_store.py` keeps the
result in the store. Each event becomes a *report* (the event's fields without evidence, plus its
article id, event index, published date, agency and dateline city). Reports fall into *blocks*
that facts never cross, so a block can be rebuilt on its own when a report arrives or is replaced:

- trade: metric, parties, reporter (whose export, import or investment), period and status; a
  figure without a period also by its value (an undated target of $1 billion is one fact, a target
  of $3 billion another). Its reported values are compared within their rounding and qualifiers.
- meeting: the set of canonical actors (the registry's name, else the folded surname). Within a
  block, reports are one meeting when they give the same date, or, where a date is missing, when
  they were published within `MEETING_DAYS` of each other (or of the date another gives).
- agreement: title (else count and value), parties when the record has them, status and month of
  publication; joint venture: companies (else location and count), status and month.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Iterable

from .actors import Registry, fold
from .data import models_path

MEETING_DAYS = 2  # reports of a meeting without its date: published at most this many days apart
REPORT_DROP = ("evidence", "sources")  # event fields a fact does not need

# qualifier -> (units of the last significant digit below, above the written value) the true value may lie
QUALIFIER_WIDTH = {
    None: (0.5, 0.5),  # rounding: "$896 million" is 895.5 to 896.5 million
    "almost": (1.0, 0.0),
    "under": (1.0, 0.0),
    "up to": (1.0, 0.0),
    "over": (0.0, 1.0),
    "at least": (0.0, 1.0),
    "about": (1.0, 1.0),
    "close to": (1.0, 1.0),
}


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry.from_dir(models_path("actors"))


# --- reports: one per event record

def reports_of(article: dict, registry: Registry | None = None) -> list[dict]:
    """The reports of one article record (`Article.to_dict()`), each with its block."""
    registry = registry or default_registry()
    context = {"article_id": str(article["id"]), "published": article.get("published"),
               "agency": (article.get("dateline") or {}).get("agency"),
               "dateline": (article.get("dateline") or {}).get("city")}
    reports = []
    for index, event in enumerate(article.get("events") or []):
        report = {**context, "event_index": index, **{k: v for k, v in event.items() if k not in REPORT_DROP}}
        if report["type"] == "meeting":
            report["actors"] = _actors(report, registry)
        report["block"] = block_of(report)
        reports.append(report)
    return reports


def _actors(meeting: dict, registry: Registry) -> list[str]:
    """The canonical actor of each participant (in the order of `_people`): as the record gives it,
    else the registry's person for the name, else the folded surname."""
    return [person.get("actor") or getattr(registry.person(person["name"]), "name", None)
            or (fold(person["name"]).split() or [person["name"]])[-1] for person in _people(meeting)]


def _people(meeting: dict) -> list[dict]:
    return meeting.get("participant_details") or [{"name": name} for name in meeting.get("participants", [])]


def block_of(report: dict) -> str:
    """The block of a report: reports of one fact always share it."""
    kind = report["type"]
    if kind == "trade":
        key = [report.get("metric"), "+".join(report.get("parties") or []), report.get("reporter"),
               report.get("period"), report.get("status")]
        if report.get("period") is None:
            key += [_number(report.get("value")), report.get("currency"), _number(report.get("change_pct")),
                    _number(report.get("change_factor"))]
    elif kind == "meeting":
        key = ["+".join(sorted(set(report["actors"])))]
    else:
        named = _document_name(report)
        if named is None:  # nothing says which document or venture: a fact of its own
            return f"{kind} | {report['article_id']}#{report['event_index']}"
        key = [named, "+".join(sorted(report.get("parties") or [])), report.get("status"),
               (report.get("published") or "")[:7] or None]
    return " | ".join([kind, *(str(part) if part not in (None, "") else "-" for part in key)])


def _document_name(report: dict) -> str | None:
    """What names an agreement (its title, else count and sum) or a joint venture (its companies, else
    place and count); None when the record says none of these."""
    if report["type"] == "agreement":
        if report.get("title"):
            return _words(report["title"])
        parts = {"count": report.get("count"), "value": _number(report.get("value")), "currency": report.get("currency")}
    else:
        if report.get("companies"):
            return "+".join(sorted(_words(c) for c in report["companies"]))
        parts = {"location": report.get("location"), "count": report.get("count")}
    named = [f"{name} {value}" for name, value in parts.items() if value is not None]
    return ", ".join(named) or None


def _words(text: str) -> str:
    """A title or name compared by its words: "The Agreement on ..." and "agreement on ..." are one."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _number(value: float | None) -> str | None:
    return None if value is None else f"{value:.15g}"


# --- values within their rounding

def rounding_unit(value: float) -> float:
    """The unit of the last significant digit as written: 896e6 -> 1e6, 690.8e6 -> 1e5, 900e6 -> 1e8."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return 10.0 ** exponent


def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """Where the true value lies for a written value and its qualifier ("almost $900 million": 800 to 900 million)."""
    below, above = QUALIFIER_WIDTH.get(qualifier, QUALIFIER_WIDTH["about"])
    unit = rounding_unit(value)
    return value - below * unit, value + above * unit


def _within(value: float, bounds: tuple[float, float]) -> bool:
    slack = 1e-9 * max(abs(value), 1.0)
    return bounds[0] - slack <= value <= bounds[1] + slack


@dataclass(frozen=True)
class Reading:
    """One distinct written value: the number, its qualifier and currency, and the reports that give it."""

    value: float
    qualifier: str | None
    currency: str | None
    reports: tuple[dict, ...]

    def to_dict(self) -> dict:
        return {"value": self.value, "qualifier": self.qualifier, "currency": self.currency,
                "reports": [_reference(r) for r in self.reports]}


def readings(reports: Iterable[dict], field: str, qualified: bool = False) -> list[Reading]:
    """The distinct (value, qualifier, currency) of `field` in `reports`, most reported first."""
    groups: dict[tuple, list[dict]] = {}
    for report in reports:
        if report.get(field) is not None:
            key = (report[field], report.get("qualifier") if qualified else None,
                   report.get("currency") if field == "value" else None)
            groups.setdefault(key, []).append(report)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0][0], str(item[0][1:])))
    return [Reading(value, qualifier, currency, tuple(group)) for (value, qualifier, currency), group in ordered]


def consensus(found: list[Reading]) -> Reading | None:
    """The most precise reading that every other agrees with, or None when they differ beyond rounding.

    A reading agrees with a value when the value lies in its interval (`interval`); the candidates are
    tried from the finest rounding unit, unqualified before qualified, most reported first.
    """
    bounds = [interval(r.value, r.qualifier) for r in found]
    candidates = sorted(found, key=lambda r: (rounding_unit(r.value), r.qualifier is not None, -len(r.reports)))
    return next((c for c in candidates if all(_within(c.value, b) for b in bounds)), None)


# --- facts

def build_facts(reports: Iterable[dict]) -> list[dict]:
    """The facts of `reports` (each with its `block`, as `reports_of` gives them), in a stable order."""
    blocks: dict[str, list[dict]] = {}
    for report in reports:
        blocks.setdefault(report["block"], []).append(report)
    facts = []
    for block, members in blocks.items():
        members.sort(key=_order)
        groups = _meetings(members) if members[0]["type"] == "meeting" else [members]
        facts.extend(_fact(block, group) for group in groups)
    return sorted(facts, key=lambda f: (f["type"], f["first_published"] or "", f["id"]))


def _order(report: dict) -> tuple:
    return (report.get("published") or "9999", report["article_id"], report["event_index"])


def _fact(block: str, reports: list[dict]) -> dict:
    kind = reports[0]["type"]
    published = sorted(r["published"] for r in reports if r.get("published"))
    fact = {"id": None, "type": kind, "block": block,
            "reports": [_reference(r) for r in reports],
            "articles": len({r["article_id"] for r in reports}),
            "first_published": published[0] if published else None,
            "last_published": published[-1] if published else None}
    fact.update({"trade": _trade, "meeting": _meeting}.get(kind, _document)(reports))
    fact["disagreement"] = bool(fact["disagreements"])
    fact["id"] = _fact_id(block, fact)
    return fact


def _reference(report: dict) -> dict:
    return {"article_id": report["article_id"], "event_index": report["event_index"],
            "published": report.get("published"), "agency": report.get("agency"), "dateline": report.get("dateline")}


def _fact_id(block: str, fact: dict) -> str:
    """Readable and stable: the block, and for a meeting its date (or first day of publication)."""
    if fact["type"] != "meeting":
        return block
    first = fact["reports"][0]
    day = fact["date"] or (f"published {fact['first_published']}" if fact["first_published"]
                           else f"{first['article_id']}#{first['event_index']}")
    return f"{block} | {day}"


def _trade(reports: list[dict]) -> dict:
    fields = {name: reports[0].get(name) for name in ("metric", "parties", "reporter", "period", "status")}
    every = readings(reports, "value", qualified=True)
    currency = every[0].currency if every else None
    compared = [r for r in every if r.currency == currency]  # other currencies are listed, not compared
    agreed = consensus(compared) if compared else None
    fields.update(value=agreed.value if agreed else None, currency=currency,
                  qualifier=agreed.qualifier if agreed else None,
                  values=[r.to_dict() for r in every])
    disagreements = [{"field": "value", "values": [r.to_dict() for r in compared]}] if compared and not agreed else []
    for field in ("change_pct", "change_factor"):
        found = readings(reports, field)
        agreed = consensus(found) if found else None
        fields[field] = agreed.value if agreed else None
        if found and not agreed:
            disagreements.append({"field": field, "values": [r.to_dict() for r in found]})
    return {**fields, "disagreements": disagreements}


def _meeting(reports: list[dict]) -> dict:
    participants: dict[str, dict] = {}
    for report in reports:
        for person, actor in zip(_people(report), report["actors"]):
            entry = participants.setdefault(actor, {"actor": actor, "names": [], "countries": [], "reports": []})
            _add(entry["names"], person["name"])
            _add(entry["countries"], person.get("country"))
            entry["reports"].append(_reference(report))
    dates, locations = _given(reports, "date"), _given(reports, "location")
    full_dates = [d for d in dates if not d["value"].startswith("--")]
    disagreements = [{"field": name, "values": given} for name, given in (("date", full_dates), ("location", locations))
                     if len(given) > 1]
    parties = sorted({c for p in participants.values() for c in p["countries"]})
    return {"actors": sorted(participants), "parties": parties,
            "participants": sorted(participants.values(), key=lambda p: p["actor"]),
            "date": (full_dates or dates or [{"value": None}])[0]["value"],
            "location": (locations or [{"value": None}])[0]["value"],
            "dates": dates, "locations": locations, "disagreements": disagreements}


def _add(values: list, value: Any) -> None:
    if value is not None and value not in values:
        values.append(value)


def _given(reports: list[dict], field: str) -> list[dict]:
    """The distinct values of `field`, most reported first, each with its reports."""
    groups: dict[Any, list[dict]] = {}
    for report in reports:
        if report.get(field) is not None:
            groups.setdefault(report[field], []).append(_reference(report))
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), str(item[0])))
    return [{"value": value, "reports": given} for value, given in ordered]


def _document(reports: list[dict]) -> dict:
    kind = reports[0]["type"]
    names = ("title", "count", "value", "currency", "status") if kind == "agreement" else \
        ("companies", "count", "status", "location")
    fields = {name: next((r[name] for r in reports if r.get(name) not in (None, [])), reports[0].get(name))
              for name in names}
    month = (reports[0].get("published") or "")[:7] or None
    return {**fields, "parties": sorted(reports[0].get("parties") or []), "month": month, "disagreements": []}


# --- meetings within a block: connected by date, or by days of publication where a date is missing

def _meetings(reports: list[dict]) -> list[list[dict]]:
    """Reports of one actor set split into meetings (the connected groups of `_same_meeting`)."""
    signatures: dict[tuple, list[dict]] = {}
    for report in reports:
        signatures.setdefault((report.get("date"), report.get("published")), []).append(report)
    keys = list(signatures)
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(keys):
        for j in range(i + 1, len(keys)):
            if _same_meeting(a, keys[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[dict]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(root(i), []).extend(signatures[key])
    return [sorted(group, key=_order) for group in groups.values()]


def _same_meeting(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Two (date, published) of one actor set: the same date ("--05-29" matches any year's 29 May),
    or, where one has no date, days of publication (or the other's date) at most `MEETING_DAYS` apart."""
    (date_a, published_a), (date_b, published_b) = a, b
    if date_a and date_b:
        return date_a[-5:] == date_b[-5:] and (date_a.startswith("--") or date_b.startswith("--") or date_a == date_b)
    undated, other = (a, b) if not date_a else (b, a)
    if not undated[1]:
        return False
    anchors = [day for day in (other[1], other[0]) if day and not day.startswith("--")]
    return any(abs((_day(undated[1]) - _day(day)).days) <= MEETING_DAYS for day in anchors)


@lru_cache(maxsize=4096)
def _day(text: str) -> date:
    return date.fromisoformat(text)
