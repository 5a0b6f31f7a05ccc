"""Facts across articles: the reports of one meeting, figure or agreement, merged into one record.

Pure functions over event records as `Article.to_dict()` gives them; `fact_store.py` keeps the
result in the store. Each event becomes a *report*: its *content* (the event's fields without
evidence and sources; for a meeting also its canonical actors and day of publication) and where it
comes from (article id, event index, published date, agency, dateline city, and for a trade figure
the statistics offices, ministries or other bodies its sentence names: `stated_by`). Reports fall into
*blocks* that facts never cross, so a block can be rebuilt on its own when a report arrives or is
replaced; reports of a block with the same content form a `Group`, and facts are built from groups,
so the cost of a fact grows with the different things said about it, not with its number of reports:

- trade: metric, parties, reporter (whose export, import or investment), period and status; a
  figure without a period also by its value (an undated target of $1 billion is one fact, a target
  of $3 billion another). Its reported values are compared within their rounding and qualifiers.
- meeting: the set of canonical actors (the registry's name, else the folded surname). Within a
  block, reports are one meeting when they give the same date, or, where a date is missing, when
  they were published within `MEETING_DAYS` of each other (or of the date another gives; of the
  nearest meeting, when two are within reach). An article records each meeting once, so an undated meeting of an article that reports another
  meeting of the same actors is a meeting of its own ("since their last meeting in Minsk").
- agreement: title (else count and sum), parties when the record has them, status and month of
  publication; a title of only generic words ("the bilateral agreement", "a cooperation roadmap")
  names no document, so it counts as none. Joint venture: companies (else place and count), status
  and month.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from .data import models_path
from .events.lexicon import default_lexicon
from .registry import INSTITUTION, Registry, fold

MEETING_DAYS = 2  # reports of a meeting without its date: published at most this many days apart
NOT_CONTENT = ("evidence", "sources")  # event fields a fact does not read

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


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(models_path("facts.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def stating_kinds() -> frozenset[str]:
    """The kinds of institution that give figures (models/facts.json)."""
    return frozenset(_data()["stating_kinds"])


@lru_cache(maxsize=1)
def generic_title_words() -> frozenset[str]:
    """Words of an agreement's title that tell no document from another: its kind, cues of cooperation,
    filler, the sides, stop words (models/events/agreements.json, models/facts.json)."""
    words = default_lexicon().agreements
    kinds = {form for forms in words["nouns"].values() for form in forms}
    compounds = {word for heads in words["compound_nouns"].values() for head, needs in heads.items()
                 for word in (head, *needs)}
    lists = ("bilateral_cues", "title_filler", "party_words", "generic")
    return frozenset(kinds | compounds | {w for name in lists for w in words[name]}
                     | set(_data()["generic_title_words"]) | STOP_WORDS)


# --- reports: one per event record

def reports_of(article: dict, registry: Registry | None = None) -> list[dict]:
    """The reports of one article record (`Article.to_dict()`): source fields, `block`, `content`."""
    registry = registry or default_registry()
    dateline = article.get("dateline") or {}
    source = {"article_id": str(article["id"]), "published": article.get("published"),
              "agency": dateline.get("agency"), "dateline": dateline.get("city")}
    events = article.get("events") or []
    contents = [{k: v for k, v in event.items() if k not in NOT_CONTENT} for event in events]
    actors = [_actors(c, registry) if c["type"] == "meeting" else None for c in contents]
    actor_sets = [None if found is None else frozenset(found) for found in actors]
    bodies = _stating_bodies(article, registry) if any(c["type"] == "trade" for c in contents) else []
    reports = []
    for index, (event, content) in enumerate(zip(events, contents)):
        stated_by = []
        if content["type"] == "meeting":
            content.update(actors=actors[index], published=source["published"])
            undated = not content.get("date")
            if undated and (not content["published"] or actor_sets.count(actor_sets[index]) > 1):
                content["report"] = f"{source['article_id']}#{index}"  # a meeting of its own (see the module doc)
        elif content["type"] == "trade":
            stated_by = _stated_by(event.get("evidence"), bodies)
        reports.append({**source, "stated_by": stated_by, "event_index": index,
                        "block": block_of(content, source, index), "content": content})
    return reports


def _stating_bodies(article: dict, registry: Registry) -> list[tuple[int, int, dict]]:
    """(start, end, {"name", "country"}) of the article's ORG entities that are institutions of a
    stating kind in the registry."""
    found = []
    for entity in article.get("entities") or []:
        if entity.get("label") == "ORG" and entity.get("actor"):
            actor = next((a for a in registry.find(INSTITUTION, entity["actor"]) if a.name == entity["actor"]), None)
            if actor is not None and stating_kinds() & set(actor.kinds):
                found.append((entity["start"], entity["end"], {"name": actor.name, "country": actor.country}))
    return found


def _stated_by(evidence: dict | None, bodies: list[tuple[int, int, dict]]) -> list[dict]:
    """The bodies named in the evidence sentence, each once, in the order written."""
    if not evidence:
        return []
    named = []
    for start, end, body in bodies:
        if evidence["start"] <= start and end <= evidence["end"] and body not in named:
            named.append(body)
    return named


def signature(content: dict) -> str:
    """The content of a report as text: equal for reports that say the same."""
    return json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)


def _actors(meeting: dict, registry: Registry) -> list[str]:
    """The canonical actor of each participant (in the order of `_people`): as the record gives it,
    else the registry's person for the name, else the folded surname."""
    return [person.get("actor") or getattr(registry.person(person["name"]), "name", None)
            or _surname_key(person["name"]) for person in _people(meeting)]


def _surname_key(name: str) -> str:
    """The key of a person the registry does not know: the folded surname."""
    return (fold(name).split() or [name])[-1]


def participant_name(participant: dict) -> str:
    """The name to show for a participant of a meeting fact: its canonical actor, or, for a person the
    registry does not know (keyed by `_surname_key`), the name as first written."""
    names = participant.get("names") or []
    unknown = any(_surname_key(name) == participant["actor"] for name in names)
    return names[0] if unknown else participant["actor"]


def _people(meeting: dict) -> list[dict]:
    return meeting.get("participant_details") or [{"name": name} for name in meeting.get("participants", [])]


def block_of(content: dict, source: dict, index: int) -> str:
    """The block of a report: reports of one fact always share it."""
    kind = content["type"]
    if kind == "trade":
        key = [content.get("metric"), "+".join(content.get("parties") or []), content.get("reporter"),
               content.get("period"), content.get("status")]
        if content.get("period") is None:
            key += [_number(content.get("value")), content.get("currency"), _number(content.get("change_pct")),
                    _number(content.get("change_factor"))]
    elif kind == "meeting":
        key = ["+".join(sorted(set(content["actors"])))]
    else:
        named = _document_name(content)
        if named is None:  # nothing says which document or venture: a fact of its own
            return f"{kind} | {source['article_id']}#{index}"
        key = [named, "+".join(sorted(content.get("parties") or [])), content.get("status"),
               (source.get("published") or "")[:7] or None]
    return " | ".join([kind, *(str(part) if part not in (None, "") else "-" for part in key)])


def _document_name(content: dict) -> str | None:
    """What names an agreement (its title, else count and sum) or a joint venture (its companies, else
    place and count); None when the record says none of these."""
    if content["type"] == "agreement":
        title = _words(content.get("title") or "")
        if set(title.split()) - generic_title_words():
            return title
        parts = {"count": content.get("count"), "value": _number(content.get("value")), "currency": content.get("currency")}
    else:
        if content.get("companies"):
            return "+".join(sorted(_words(c) for c in content["companies"]))
        parts = {"location": content.get("location"), "count": content.get("count")}
    named = [f"{name} {value}" for name, value in parts.items() if value is not None]
    return ", ".join(named) or None


def _words(text: str) -> str:
    """A title or name compared by its words: "The Agreement on ..." and "agreement on ..." are one."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _number(value: float | None) -> str | None:
    return None if value is None else f"{value:.15g}"


@dataclass
class Group:
    """Reports of one block with the same content: the content, how many, their first and last day
    of publication, and (when known) which reports they are."""

    content: dict
    count: int = 0
    first_published: str | None = None
    last_published: str | None = None
    sources: list[dict] | None = None  # {"article_id", "event_index", "published", "agency", "dateline", "stated_by"}
    key: Any = None  # where the store keeps it

    @property
    def signature(self) -> str:
        return signature(self.content)

    def add(self, source: dict) -> None:
        self.count += 1
        self.sources.append(source)
        published = source["published"]
        if published:
            self.first_published = min(self.first_published or published, published)
            self.last_published = max(self.last_published or published, published)


def groups_of(reports: Iterable[dict]) -> dict[str, list[Group]]:
    """Reports by block, those with the same content in one group, each group with its sources."""
    found: dict[str, dict[str, Group]] = {}
    for report in reports:
        key = signature(report["content"])
        found.setdefault(report["block"], {}).setdefault(key, Group(report["content"], sources=[])).add(source_of(report))
    return {block: list(groups.values()) for block, groups in found.items()}


SOURCE_FIELDS = ("article_id", "event_index", "published", "agency", "dateline", "stated_by")


def source_of(report: dict) -> dict:
    return {k: report.get(k) for k in SOURCE_FIELDS}


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


@dataclass
class Reading:
    """One distinct written value: the number, its qualifier and currency, how many reports give it (and which)."""

    value: float
    qualifier: str | None
    currency: str | None
    count: int = 0
    sources: list[dict] | None = field(default_factory=list)

    def to_dict(self) -> dict:
        out = {"value": self.value, "qualifier": self.qualifier, "currency": self.currency, "count": self.count}
        return out if self.sources is None else {**out, "reports": self.sources}


def readings(groups: Iterable[Group], name: str, qualified: bool = False) -> list[Reading]:
    """The distinct (value, qualifier, currency) of field `name`, most reported first."""
    found: dict[tuple, Reading] = {}
    for group in groups:
        content = group.content
        if content.get(name) is not None:
            key = (content[name], content.get("qualifier") if qualified else None,
                   content.get("currency") if name == "value" else None)
            reading = found.setdefault(key, Reading(*key, sources=None if group.sources is None else []))
            reading.count += group.count
            if group.sources is not None:
                reading.sources += group.sources
    return sorted(found.values(), key=lambda r: (-r.count, r.value, str(r.qualifier), str(r.currency)))


def consensus(found: list[Reading]) -> Reading | None:
    """The most precise reading that every other agrees with, or None when they differ beyond rounding.

    A reading agrees with a value when the value lies in its interval (`interval`); the candidates are
    tried from the finest rounding unit, unqualified before qualified, most reported first.
    """
    bounds = [interval(r.value, r.qualifier) for r in found]
    candidates = sorted(found, key=lambda r: (rounding_unit(r.value), r.qualifier is not None, -r.count))
    return next((c for c in candidates if all(_within(c.value, b) for b in bounds)), None)


# --- facts

def build_facts(reports: Iterable[dict]) -> list[dict]:
    """The facts of `reports` (as `reports_of` gives them), each with its reports, in a stable order."""
    facts = [fact for block, groups in groups_of(reports).items() for fact, _ in facts_of_block(block, groups)]
    return sorted(facts, key=lambda f: (f["type"], f["first_published"] or "", f["id"]))


def facts_of_block(block: str, groups: list[Group]) -> list[tuple[dict, list[Group]]]:
    """The facts of one block, each with the groups it is made of. Groups without sources (as the store
    keeps them) give facts with counts only: no lists of reports, no `articles`."""
    groups = sorted(groups, key=lambda g: g.signature)
    members = _meetings(groups) if groups[0].content["type"] == "meeting" else [groups]
    return [(_fact(block, part), part) for part in members]


def _fact(block: str, groups: list[Group]) -> dict:
    kind = groups[0].content["type"]
    first = [g.first_published for g in groups if g.first_published]
    last = [g.last_published for g in groups if g.last_published]
    fact = {"id": None, "type": kind, "block": block, "report_count": sum(g.count for g in groups),
            "first_published": min(first, default=None), "last_published": max(last, default=None)}
    if all(g.sources is not None for g in groups):
        sources = sorted((s for g in groups for s in g.sources), key=_order)
        fact.update(reports=sources, articles=len({s["article_id"] for s in sources}))
    fact.update({"trade": _trade, "meeting": _meeting}.get(kind, _document)(groups))
    fact["disagreement"] = bool(fact["disagreements"])
    fact["id"] = _fact_id(block, fact, groups)
    return fact


def _order(source: dict) -> tuple:
    return (source.get("published") or "9999", source["article_id"], source["event_index"])


def _fact_id(block: str, fact: dict, groups: list[Group]) -> str:
    """Readable and stable: the block, and for a meeting its date (else its first day of publication;
    a meeting of its own, its report)."""
    if fact["type"] != "meeting":
        return block
    if groups[0].content.get("report"):
        return f"{block} | report {groups[0].content['report']}"
    published = sorted(g.content["published"] for g in groups if g.content.get("published"))
    return f"{block} | {fact['date'] or 'published ' + published[0]}"


def _trade(groups: list[Group]) -> dict:
    fields = {name: groups[0].content.get(name) for name in ("metric", "parties", "reporter", "period", "status")}
    every = readings(groups, "value", qualified=True)
    currency = every[0].currency if every else None
    compared = [r for r in every if r.currency == currency]  # other currencies are listed, not compared
    agreed = consensus(compared) if compared else None
    fields.update(value=agreed.value if agreed else None, currency=currency,
                  qualifier=agreed.qualifier if agreed else None, values=[r.to_dict() for r in every])
    disagreements = [{"field": "value", "values": [r.to_dict() for r in compared]}] if compared and not agreed else []
    for name in ("change_pct", "change_factor"):
        found = readings(groups, name)
        agreed = consensus(found) if found else None
        fields[name] = agreed.value if agreed else None
        if found and not agreed:
            disagreements.append({"field": name, "values": [r.to_dict() for r in found]})
    return {**fields, "disagreements": disagreements}


def _meeting(groups: list[Group]) -> dict:
    known = groups[0].sources is not None
    participants: dict[str, dict] = {}
    for group in groups:
        for person, actor in zip(_people(group.content), group.content["actors"]):
            entry = participants.setdefault(actor, {"actor": actor, "names": [], "countries": [], "count": 0,
                                                    **({"reports": []} if known else {})})
            _add(entry["names"], person["name"])
            _add(entry["countries"], person.get("country"))
            entry["count"] += group.count
            if known:
                entry["reports"] += group.sources
    dates, locations = _given(groups, "date"), _given(groups, "location")
    full_dates = [d for d in dates if not d["value"].startswith("--")]
    disagreements = [{"field": name, "values": given} for name, given in (("date", full_dates), ("location", locations))
                     if len(given) > 1]
    return {"actors": sorted(participants), "parties": sorted({c for p in participants.values() for c in p["countries"]}),
            "participants": sorted(participants.values(), key=lambda p: p["actor"]),
            "date": (full_dates or dates or [{"value": None}])[0]["value"],
            "location": (locations or [{"value": None}])[0]["value"],
            "dates": dates, "locations": locations, "disagreements": disagreements}


def _add(values: list, value: Any) -> None:
    if value is not None and value not in values:
        values.append(value)


def _given(groups: list[Group], name: str) -> list[dict]:
    """The distinct values of field `name`, most reported first, each with its count (and reports)."""
    found: dict[Any, dict] = {}
    for group in groups:
        value = group.content.get(name)
        if value is not None:
            entry = found.setdefault(value, {"value": value, "count": 0,
                                             **({"reports": []} if group.sources is not None else {})})
            entry["count"] += group.count
            if group.sources is not None:
                entry["reports"] += group.sources
    return sorted(found.values(), key=lambda e: (-e["count"], str(e["value"])))


def _document(groups: list[Group]) -> dict:
    kind = groups[0].content["type"]
    names = ("title", "count", "value", "currency", "status") if kind == "agreement" else \
        ("companies", "count", "status", "location")
    fields = {name: next((g.content[name] for g in groups if g.content.get(name) not in (None, [])),
                         groups[0].content.get(name)) for name in names}
    return {**fields, "parties": sorted(groups[0].content.get("parties") or []), "disagreements": []}


# --- meetings within a block: by date, or by days of publication where a date is missing

def _meetings(groups: list[Group]) -> list[list[Group]]:
    """Groups of one actor set split into meetings. Dated groups are one meeting when they give the same
    date (a "--05-29" without its year is the 29 May before its report's publication); undated groups published at most
    `MEETING_DAYS` apart are one, which joins the dated meeting nearest to it within `MEETING_DAYS`
    (only one: an undated report does not make a meeting of two dates); a group marked as a meeting of
    its own stays alone. Sorting and bisecting, not comparing every pair: a block of two leaders who
    meet every year holds thousands of groups."""
    alone = [[g] for g in groups if g.content.get("report")]
    dated = [g for g in groups if g.content.get("date") and not g.content.get("report")]
    undated = sorted((g for g in groups if not g.content.get("date") and not g.content.get("report")),
                     key=lambda g: g.content["published"])
    by_date: dict[str, list[Group]] = {}
    for group in dated:
        by_date.setdefault(_full_date(group.content["date"], group.content.get("published")), []).append(group)
    meetings = list(by_date.values())
    anchors = sorted({(_day(day).toordinal(), i) for i, meeting in enumerate(meetings) for g in meeting
                      for day in (_full_date(g.content["date"], g.content.get("published")), g.content.get("published"))
                      if day and not day.startswith("--")})
    for cluster in _runs(undated):
        nearest = min(_nearest(_day(g.content["published"]).toordinal(), anchors) for g in cluster)
        if nearest[0] > MEETING_DAYS:
            meetings.append(cluster)
        else:
            meetings[nearest[1]] = meetings[nearest[1]] + cluster
    place = {id(group): i for i, group in enumerate(groups)}
    return [sorted(meeting, key=lambda g: place[id(g)]) for meeting in meetings] + alone


def _runs(undated: list[Group]) -> list[list[Group]]:
    """Groups sorted by day of publication, in runs whose neighbours are at most `MEETING_DAYS` apart."""
    runs: list[list[Group]] = []
    for group in undated:
        if runs and (_day(group.content["published"]) - _day(runs[-1][-1].content["published"])).days <= MEETING_DAYS:
            runs[-1].append(group)
        else:
            runs.append([group])
    return runs


def _nearest(day: int, anchors: list[tuple[int, int]]) -> tuple[int, int]:
    """(days apart, meeting) of the anchor (day, meeting) nearest to `day` within `MEETING_DAYS`, the
    first meeting on a tie; (MEETING_DAYS + 1, -1) when there is none."""
    low = bisect_left(anchors, (day - MEETING_DAYS, -1))
    high = bisect_right(anchors, (day + MEETING_DAYS, float("inf")))
    return min(((abs(anchor - day), i) for anchor, i in anchors[low:high]), default=(MEETING_DAYS + 1, -1))


@lru_cache(maxsize=4096)
def _full_date(day: str, published: str | None) -> str:
    """A meeting's day with its year: "--12-29" reported on 2024-01-03 is 2023-12-29 (a meeting is reported
    after it is held, give or take `MEETING_DAYS`); without a day of publication it stays as given."""
    if not day.startswith("--") or not published:
        return day
    reported = _day(published)
    try:
        held = date(reported.year, int(day[2:4]), int(day[5:7]))
        if (held - reported).days > MEETING_DAYS:
            held = held.replace(year=reported.year - 1)
    except ValueError:  # 29 February of a year that has none
        return day
    return held.isoformat()


def _day(text: str) -> date:
    return date.fromisoformat(text)
