"""The report over a store: what an analyst asks of it, on one page.

A summary (articles, dates, records and facts, failed inputs); per pair of parties a chart of its trade
facts over time (a figure once however many articles report it, with its number of reports; most reported
pair first, Belarus–Kazakhstan before all when present); a sortable, filterable table of the trade facts;
the values on which reports disagree; meetings by actor; joint ventures; agreements. Every row links the
pages (written beside the report) of the articles it comes from, with their evidence sentences. `parties`,
`since` and `until` narrow the report to one pair of parties and to articles published in a range.

The store is read through `read_store` and `read_errors` only. The facts are built from the selected
articles by `facts.build_facts`, as the store builds its own (`fact_store.facts` gives the same over a whole
store), so that a date range narrows the reports a fact counts and every article linked has its page.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Iterable

from .charts import CHARTED_METRICS, chartable, trade_chart
from .facts import build_facts, participant_name, reports_of
from .pages import ARTICLE_FOLDER, article_href, cell, evidence_cell, html_page, plural, table, write_article_page

FOCUS_PAIR = ("Belarus", "Kazakhstan")  # the pair the project is about: its chart comes first when it has one
MIN_CHARTED_PERIODS = 2  # a pair gets a chart when its chartable figures cover this many periods; all are in the table
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
EVENT_TYPES = ("meeting", "trade", "joint_venture", "agreement")
SHOWN_LINKS = 3  # articles linked in a table cell before the rest fold away (the trade table: its first only)


class NotAStore(ValueError):
    """The path is not a store `run --db` wrote, or holds no articles."""


# --- reading the store

def _connect(db: Path) -> sqlite3.Connection:
    try:
        connection = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise NotAStore(f"{db} is not a store written by `run --db` ({error})") from error
    if "articles" not in tables:
        connection.close()
        raise NotAStore(f"{db} is not a store written by `run --db` (it has no articles table)")
    return connection


def read_store(db: Path, since: str | None = None, until: str | None = None) -> list[dict]:
    """The article records of a store, oldest first; with `since`/`until` (YYYY, YYYY-MM or YYYY-MM-DD, both
    included) only those published in that range. Raises NotAStore for a store without articles."""
    connection = _connect(db)
    try:
        if connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0:
            raise NotAStore(f"{db} holds no articles: run `kazbel-extract run INPUT --db {db}` first")
        where, bounds = [], []
        if since:
            where.append("substr(published, 1, ?) >= ?")
            bounds += [len(since), since]
        if until:
            where.append("substr(published, 1, ?) <= ?")
            bounds += [len(until), until]
        sql = "SELECT record FROM articles" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY published, id"
        return [json.loads(row[0]) for row in connection.execute(sql, bounds)]
    finally:
        connection.close()


def read_errors(db: Path) -> list[dict]:
    """The inputs that gave no article: {"source", "line", "id", "reason"}."""
    connection = _connect(db)
    try:
        rows = connection.execute("SELECT source, line, id, reason FROM errors ORDER BY source, line").fetchall()
    except sqlite3.OperationalError:  # a store from before the errors table
        rows = []
    finally:
        connection.close()
    return [{"source": s, "line": line, "id": id, "reason": reason} for s, line, id, reason in rows]


# --- what the report shows

@dataclass
class Row:
    """One event record of the report with the article it came from."""

    event: dict
    record: dict

    def link(self) -> str:
        id = str(self.record["id"])
        return f'<td class="ids"><a href="{escape(article_href(id))}">{escape(id)}</a></td>'

    def published(self) -> str:
        return cell(self.record.get("published"), css="nowrap")


def _folded(names: Iterable[str]) -> frozenset[str]:
    return frozenset(name.casefold() for name in names)


def between(event: dict, wanted: frozenset[str]) -> bool:
    """A trade figure between exactly the `wanted` parties (casefolded), or a meeting with a participant of each."""
    if event["type"] == "trade":
        return _folded(event.get("parties") or []) == wanted
    return event["type"] == "meeting" and wanted <= _folded(
        p["country"] for p in event.get("participant_details") or [] if p.get("country"))


def selected_rows(records: list[dict], parties: tuple[str, ...] | None = None) -> list[Row]:
    """The event records of the report. With `parties`: trade figures between exactly those parties, meetings
    with a participant of each, and the joint ventures and agreements of the articles that have either."""
    rows = []
    wanted = _folded(parties) if parties else None
    for record in records:
        events = record["events"]
        if wanted:
            chosen = [e for e in events if between(e, wanted)]
            events = chosen + [e for e in events if e["type"] in ("joint_venture", "agreement")] if chosen else []
        rows += [Row(event, record) for event in events]
    return rows


def selected_facts(records: list[dict], parties: tuple[str, ...] | None = None) -> list[dict]:
    """The trade and meeting facts the articles report (those between `parties` when given), each with its
    reports: one figure or meeting however many of the articles report it."""
    wanted = _folded(parties) if parties else None
    return build_facts(report for record in records for report in reports_of(record)
                       if report["content"]["type"] in ("trade", "meeting")
                       and (wanted is None or between(report["content"], wanted)))


def pair_label(parties: list[str] | None) -> str:
    return " – ".join(parties) if parties else "parties not stated"


def trade_pairs(facts: list[dict]) -> list[tuple[str, list[dict]]]:
    """The trade facts by pair of parties, the pair with most facts (then reports) first; Belarus–Kazakhstan
    first when present."""
    pairs: dict[str, list[dict]] = {}
    for fact in (f for f in facts if f["type"] == "trade"):
        pairs.setdefault(pair_label(fact.get("parties")), []).append(fact)
    focus = pair_label(list(FOCUS_PAIR))
    return sorted(pairs.items(), key=lambda item: (item[0] != focus, -len(item[1]),
                                                   -sum(f["report_count"] for f in item[1]), item[0]))


def period_text(period: str | None) -> str:
    """'2018', 'Apr 2019', 'Jan–Sep 2018', 'Nov 2018–Feb 2019'."""
    if not period:
        return ""
    parts = []
    for part in period.split("/"):
        year, _, month = part.partition("-")
        parts.append((year, MONTHS[int(month) - 1] if month.isdigit() and 1 <= int(month) <= 12 else month))
    if len(parts) == 2 and parts[0][0] == parts[1][0] and parts[0][1] and parts[1][1]:
        return f"{parts[0][1]}–{parts[1][1]} {parts[0][0]}"
    return "–".join(f"{month} {year}".strip() for year, month in parts)


def full_date(date: str | None) -> str:
    """'2019-05-28' is '28 May 2019'; '--05-28' (year not stated) is '28 May'; None is ''."""
    if not date:
        return ""
    year, month, day = date[:-6] if not date.startswith("--") else "", date[-5:-3], date[-2:]
    if not (month.isdigit() and day.isdigit() and 1 <= int(month) <= 12):
        return date
    return f"{int(day)} {MONTH_NAMES[int(month) - 1]}" + (f" {year}" if year else "")


def amount_text(value: float | None) -> str:
    """'1.30 bn', '539.2 mn', '85,000'."""
    if value is None:
        return ""
    if abs(value) >= 1e9:
        return f"{value / 1e9:,.2f} bn"
    if abs(value) >= 1e6:
        return f"{value / 1e6:,.1f} mn"
    return f"{value:,.0f}"


def _or_empty(number: float | None) -> float | str:
    """A sort value: the number, or '' (sorted first) when there is none."""
    return "" if number is None else number


def change_text(event: dict) -> tuple[str, float | None]:
    """'+12.4%' or '×4.8', and a number to sort by."""
    if event.get("change_pct") is not None:
        return f"{event['change_pct']:+.1f}%", event["change_pct"]
    if event.get("change_factor") is not None:
        return f"×{event['change_factor']:g}", (event["change_factor"] - 1) * 100
    return "", None


def given_text(field: str, given: dict) -> str:
    """One value reports give for a fact's `field`: 'almost 900.0 mn USD', '+12.4%', '28 May 2019', 'Minsk'."""
    value = given["value"]
    if field == "value":
        return " ".join(str(part) for part in (given.get("qualifier"), amount_text(value), given.get("currency")) if part)
    if field in ("change_pct", "change_factor"):
        return change_text({field: value})[0]
    return full_date(value) if field == "date" else str(value)


def disputed(fact: dict, field: str) -> list[dict]:
    """The values the reports of `fact` disagree on for `field` ([] when they agree)."""
    return next((d["values"] for d in fact["disagreements"] if d["field"] == field), [])


Evidence = dict[tuple[str, int], str]  # (article id, event index) -> the evidence sentence


def evidence_of(records: list[dict]) -> Evidence:
    return {(str(record["id"]), index): (event.get("evidence") or {}).get("text", "")
            for record in records for index, event in enumerate(record["events"])}


def report_links(reports: list[dict], evidence: Evidence, shown: int = SHOWN_LINKS) -> str:
    """A <td> linking the page of each report's article (agency, date and evidence on hover); past the first
    `shown` the rest fold away."""
    links = []
    for report in reports:
        id = str(report["article_id"])
        about = [str(x) for x in (report.get("agency"), report.get("published")) if x]
        hover = ": ".join(filter(None, (" · ".join(about), evidence.get((id, report["event_index"])))))
        links.append(f'<a href="{escape(article_href(id))}" title="{escape(hover)}">{escape(id)}</a>')
    folded = f" <details><summary>+{len(links) - shown:,} more</summary>{', '.join(links[shown:])}</details>" \
        if links[shown:] else ""
    return f'<td class="links ids">{", ".join(links[:shown])}{folded}</td>'


def published_span(fact: dict) -> str:
    """When a fact was first and last reported: one date, or two that wrap between them, not inside one."""
    first, last = fact.get("first_published"), fact.get("last_published")
    dates = " to ".join(f'<span class="nowrap">{escape(date)}</span>' for date in dict.fromkeys((first, last)) if date)
    return f'<td data-v="{escape(first or "")}">{dates}</td>'


# --- sections

def summary(records: list[dict], rows: list[Row], facts: list[dict], errors: list[dict], selection: str) -> str:
    dates = sorted(r["published"] for r in records if r.get("published"))
    by_type = Counter(row.event["type"] for row in rows)
    entities = sum(len(r["entities"]) for r in records)
    undated = len(records) - len(dates)
    span = f"published {full_date(dates[0])} to {full_date(dates[-1])}" if dates else "no published dates"
    types = ", ".join(plural(by_type[t], t.replace("_", " ")) for t in EVENT_TYPES)
    trade = [f for f in facts if f["type"] == "trade"]
    meetings = len(facts) - len(trade)
    in_dispute = sum(f["disagreement"] for f in facts)
    items = [f"<li><b>{plural(len(records), 'article')}</b>, {span}" + (f" ({undated:,} without a date)" if undated else "")
             + "</li>", f"<li>Records: {entities:,} entities; {types}</li>",
             f"<li>Facts (each once, however many articles report it): {plural(len(trade), 'trade figure')}, "
             f"{plural(meetings, 'meeting')}; reports disagree on {in_dispute:,}"
             + (' (<a href="#disagreements-section">listed below</a>)' if in_dispute else "") + "</li>"]
    if selection:
        items.append(f"<li>Selected: {escape(selection)}</li>")
    if errors:
        listed = "".join(f"<li>{escape(str(e['source']))}{':' + str(e['line']) if e['line'] else ''}"
                         f"{' (' + escape(str(e['id'])) + ')' if e['id'] else ''}: {escape(e['reason'])}</li>"
                         for e in errors)
        items.append(f'<li class="problems"><details><summary>{plural(len(errors), "input")} gave no article'
                     f"</summary><ul>{listed}</ul></details></li>")
    else:
        items.append("<li>No failed inputs.</li>")
    return f'<ul class="summary">{"".join(items)}</ul>'


def charts_section(pairs: list[tuple[str, list[dict]]]) -> str:
    figures, uncharted = [], []
    for label, facts in pairs:
        if label == pair_label(None) or len({f["period"] for f in facts if chartable(f)}) < MIN_CHARTED_PERIODS:
            uncharted.append(label)
            continue
        reports, wide = sum(f["report_count"] for f in facts), not figures  # the first pair: the whole width
        figures.append(f'<figure class="pair{" wide" if wide else ""}"><h3>{escape(label)} <span class="note">· '
                       f'{plural(len(facts), "trade fact")} from {plural(reports, "report")}</span></h3>'
                       f"{trade_chart(facts, label, wide)}</figure>")
    if not figures:
        return "<p>No pair has dated trade figures in USD of two periods or more.</p>"
    left_out = (f" USD figures of fewer than {MIN_CHARTED_PERIODS} periods, in the table only: {escape(', '.join(uncharted))}."
                if uncharted else "")
    return (f'<p class="note">USD million; a bar per fact (one figure, however many articles report it) over the span '
            f'of its period, a dot where it ends (a hollow triangle for a target or forecast) and its number of '
            f'reports beside it; where reports disagree, a bar per value they give, each ending in a cross, joined '
            f'by a dotted line, with the reports of each value, lowest value first (2 ≠ 1); {", ".join(CHARTED_METRICS)} only.{left_out}</p><div class="charts">{"".join(figures)}</div>')


def trade_table(pairs: list[tuple[str, list[dict]]], evidence: Evidence) -> str:
    """Every trade fact, by pair of parties in the order of the charts, then by period; a value the reports
    disagree on shows every value they give."""
    lines = []
    for _, facts in pairs:
        for fact in sorted(facts, key=lambda f: (not f.get("period"), f.get("period") or "", f.get("metric") or "",
                                                 f["id"])):
            values = disputed(fact, "value")
            if values:
                value = cell(" / ".join(amount_text(v["value"]) for v in values), min(v["value"] for v in values),
                             "num disputed")
            else:
                value = cell(amount_text(fact.get("value")), _or_empty(fact.get("value")), "num")
            changes = disputed(fact, "change_pct") or disputed(fact, "change_factor")
            change, change_sort = change_text(fact)
            if changes:
                field = "change_pct" if disputed(fact, "change_pct") else "change_factor"
                change = " / ".join(given_text(field, v) for v in changes)
            first = fact["reports"][0]
            lines.append("<tr>" + cell(period_text(fact.get("period")), fact.get("period") or "")
                         + cell(fact.get("metric")) + value + cell(fact.get("currency"))
                         + cell(change, _or_empty(change_sort), "num disputed" if changes else "num")
                         + cell(fact.get("status")) + cell(pair_label(fact.get("parties")))
                         + cell(fact.get("reporter")) + cell(fact["report_count"], fact["report_count"], "num")
                         + published_span(fact) + report_links(fact["reports"], evidence, shown=1)
                         + evidence_cell({"evidence": {"text": evidence.get((first["article_id"], first["event_index"]))}})
                         + "</tr>")
    headings = [("period", "text"), ("metric", "text"), ("value", "num"), ("currency", "text"), ("change", "num"),
                ("status", "text"), ("parties", "text"), ("reporter", "text"), ("reports", "num"), ("published", "text"),
                ("articles", "text"), ("evidence", "text")]
    return table("trade", headings, lines, "filter: e.g. export 2019 actual") if lines else "<p>No trade figures.</p>"


def fact_text(fact: dict) -> str:
    """What a fact is about: 'turnover, 2018, actual, Belarus – Kazakhstan' or 'meeting of A, B, 28 May 2019'."""
    if fact["type"] == "trade":
        parts = (fact.get("metric"), period_text(fact.get("period")) or "no period", fact.get("status"),
                 pair_label(fact.get("parties")), fact.get("reporter") and f"reported by {fact['reporter']}")
        return ", ".join(p for p in parts if p)
    names = [participant_name(p) for p in fact["participants"]] if fact.get("participants") else fact.get("actors") or []
    return f"{fact['type'].replace('_', ' ')} of {', '.join(names)}" + (
        f", {full_date(fact['date'])}" if fact.get("date") else "")


def disagreements_table(facts: list[dict], evidence: Evidence) -> str:
    """A row per value of each disagreement: the fact, the field, the value as reported, how many reports
    give it and links to their articles."""
    lines = []
    for fact in (f for f in facts if f["disagreement"]):
        for disagreement in fact["disagreements"]:
            for given in disagreement["values"]:
                lines.append("<tr>" + cell(fact_text(fact), fact["id"])
                             + cell(disagreement["field"].replace("_", " "))
                             + cell(given_text(disagreement["field"], given), given["value"], "num")
                             + cell(given["count"], given["count"], "num") + report_links(given["reports"], evidence)
                             + "</tr>")
    headings = [("fact", "text"), ("field", "text"), ("value", "num"), ("reports", "num"), ("articles", "text")]
    return (table("disagreements", headings, lines, "filter: e.g. turnover 2019") if lines
            else "<p>No fact on which reports disagree beyond rounding.</p>")


def _actor_of(person: dict, tagged: dict[str, str]) -> str | None:
    return person.get("actor") or tagged.get(person["name"].casefold())


def _day(row: Row) -> str:
    """When a meeting took place, to sort by: its date when it has a year, else the article's published date."""
    date = row.event.get("date") or ""
    return date if date[:1].isdigit() else row.record.get("published") or ""


def meetings_by_actor(rows: list[Row]) -> str:
    """A row per actor and meeting: the canonical name (else the name as written, in italics), title and country
    as the article gives them, who else took part, the date in full and the article's published date."""
    entries = []  # (name, canonical, participant, the others' names, row)
    for row in (r for r in rows if r.event["type"] == "meeting"):
        tagged = {e["text"].casefold(): e["actor"] for e in row.record["entities"] if e.get("actor")}
        people = row.event.get("participant_details") or [{"name": n} for n in row.event.get("participants", [])]
        named: dict[str, tuple[bool, dict]] = {}
        for person in people:
            actor = _actor_of(person, tagged)
            named.setdefault(actor or person["name"], (actor is not None, person))
        for name, (canonical, person) in named.items():
            entries.append((name, canonical, person, ", ".join(n for n in named if n != name), row))
    if not entries:
        return "<p>No meetings.</p>"
    counts = Counter(entry[0] for entry in entries)
    entries.sort(key=lambda entry: (-counts[entry[0]], entry[0], not _day(entry[4]), _day(entry[4])))  # undated last
    lines = []
    for name, canonical, person, others, row in entries:
        who = escape(name) if canonical else f"<i>{escape(name)}</i>"
        date = row.event.get("date")
        lines.append(f'<tr><td data-v="{escape(name.casefold())}">{who}</td>' + cell(person.get("title"))
                     + cell(person.get("country")) + cell(others) + cell(full_date(date), _day(row), "nowrap")
                     + cell(row.event.get("location")) + row.published() + row.link() + evidence_cell(row.event)
                     + "</tr>")
    top = ", ".join(f"{escape(name)} ({n})" for name, n in counts.most_common(8))
    headings = [("actor", "text"), ("title", "text"), ("country", "text"), ("met with", "text"), ("date", "text"),
                ("place", "text"), ("published", "text"), ("article", "text"), ("evidence", "text")]
    return (f'<p class="note">Most meetings: {top}. Names in italics have no canonical actor.</p>'
            + table("meetings", headings, lines, "filter: e.g. Tokayev 2019"))


def joint_ventures_table(rows: list[Row]) -> str:
    lines = ["<tr>" + cell(r.event.get("count"), _or_empty(r.event.get("count")), "num") + cell(r.event.get("status"))
             + cell(r.event.get("location")) + cell(", ".join(r.event.get("companies") or [])) + r.published()
             + r.link() + evidence_cell(r.event) + "</tr>" for r in rows if r.event["type"] == "joint_venture"]
    headings = [("count", "num"), ("status", "text"), ("location", "text"), ("companies", "text"),
                ("published", "text"), ("article", "text"), ("evidence", "text")]
    return table("joint-ventures", headings, lines) if lines else "<p>No joint ventures.</p>"


def agreements_table(rows: list[Row]) -> str:
    lines = ["<tr>" + cell(r.event.get("title")) + cell(r.event.get("count"), _or_empty(r.event.get("count")), "num")
             + cell(amount_text(r.event.get("value")), _or_empty(r.event.get("value")), "num") + cell(r.event.get("currency"))
             + cell(r.event.get("status")) + r.published() + r.link() + evidence_cell(r.event) + "</tr>"
             for r in rows if r.event["type"] == "agreement"]
    headings = [("title", "text"), ("count", "num"), ("value", "num"), ("currency", "text"), ("status", "text"),
                ("published", "text"), ("article", "text"), ("evidence", "text")]
    return table("agreements", headings, lines) if lines else "<p>No agreements.</p>"


REPORT_STYLE = """
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(560px, 100%), 1fr)); gap: 1em 2em; }
figure.pair { margin: 0; } figure.wide { grid-column: 1 / -1; } img.chart { width: 100%; height: auto; }
nav a { margin-right: 1em; } ul.summary { padding-left: 1.2em; } li.problems { list-style: none; margin-left: -1.2em; }
td.disputed { color: #b00020; white-space: normal; }
td.links details { display: inline; } td.links summary { display: inline; cursor: pointer; color: #0550ae; }
"""


def selected_articles(records: list[dict], parties: tuple[str, ...] | None) -> list[dict]:
    """The articles with a record between `parties` (all of them without `parties`)."""
    if not parties:
        return records
    kept = {id(row.record) for row in selected_rows(records, parties)}
    return [r for r in records if id(r) in kept]


def report_page(records: list[dict], errors: list[dict], title: str, parties: tuple[str, ...] | None = None,
                selection: str = "") -> str:
    """The report's HTML over the selected articles (`selected_articles`)."""
    rows, facts, evidence = selected_rows(records, parties), selected_facts(records, parties), evidence_of(records)
    pairs = trade_pairs(facts)
    sections = [("trade-charts", "Trade by pair of parties", charts_section(pairs)),
                ("trade-figures", "Trade figures", trade_table(pairs, evidence)),
                ("disagreements-section", "Where reports disagree", disagreements_table(facts, evidence)),
                ("meetings-by-actor", "Meetings by actor", meetings_by_actor(rows)),
                ("joint-ventures-section", "Joint ventures", joint_ventures_table(rows)),
                ("agreements-section", "Agreements", agreements_table(rows))]
    nav = "".join(f'<a href="#{id}">{escape(name)}</a>' for id, name, _ in sections)
    body = (f"<style>{REPORT_STYLE}</style><h1>{escape(title)}</h1>{summary(records, rows, facts, errors, selection)}"
            f"<nav>{nav}</nav>" + "".join(f'<h2 id="{id}">{escape(name)}</h2>{html}' for id, name, html in sections))
    return html_page(title, body)


def write_report_pages(records: list[dict], output: Path, title: str = "kazbel-extract report",
                       errors: list[dict] = (), parties: tuple[str, ...] | None = None, selection: str = "") -> list[Path]:
    """The report at `output`, and the page of each article it shows in ARTICLE_FOLDER beside it; returns the
    paths written, the report first."""
    output = Path(output)
    folder = output.parent / ARTICLE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    records = selected_articles(records, parties)
    output.write_text(report_page(records, list(errors), title, parties, selection), encoding="utf-8")
    return [output] + [write_article_page(record, folder, (output.name, "report")) for record in records]


def write_report(db: Path, output: Path, parties: tuple[str, ...] | None = None, since: str | None = None,
                 until: str | None = None) -> list[Path]:
    """The report over a store at `output`, and the article pages beside it; returns the paths written."""
    selection = "; ".join(part for part in (
        f"trade, meetings, joint ventures and agreements between {' and '.join(parties)}" if parties else "",
        f"published from {since}" if since else "", f"published until {until}" if until else "") if part)
    return write_report_pages(read_store(db, since, until), output, f"kazbel-extract report: {Path(db).name}",
                              read_errors(db), parties, selection)
