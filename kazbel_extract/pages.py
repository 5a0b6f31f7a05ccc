"""Pages to check records by eye: each article rendered with displaCy beside its event records, and a
report over a store (trade figures charted over time, a table of meetings, a page per article).

Everything is one self-contained HTML file per page: inline CSS, a few lines of inline JS, charts as
embedded PNG. Clicking a record highlights the sentence it came from (its `evidence`).
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import sqlite3
from collections import defaultdict
from html import escape
from pathlib import Path
from typing import Iterable

from spacy import displacy

from .records import Article

SHOWN_LABELS = ("PERSON", "ORG", "MONEY", "PERCENT")
HIDDEN_FIELDS = ("type", "evidence", "sources", "participant_details")

STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1400px; padding: 1em 2em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
.article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2em; margin-bottom: 3em; }
.article .meta { grid-column: 1 / -1; color: #555; }
.seg.hl { background: #fff3a0; box-shadow: 0 0 0 3px #fff3a0; }
.records { list-style: none; padding: 0; margin: 0; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
.record { border: 1px solid #ddd; border-radius: 6px; padding: 0.5em 0.75em; margin-bottom: 0.6em; cursor: pointer; }
.record:hover, .record:focus { border-color: #888; outline: none; }
.record.active { border-color: #c90; background: #fffbe0; }
.record .type { font-weight: bold; text-transform: uppercase; font-size: 0.8em; color: #a60; }
.record dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.75em; margin: 0.3em 0 0; }
.record dt { color: #777; } .record dd { margin: 0; }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
.actors td:first-child { white-space: nowrap; }
img.chart { max-width: 100%; }
"""

SCRIPT = """
function highlight(record) {
  const article = record.closest('.article');
  article.querySelectorAll('.seg.hl').forEach(s => s.classList.remove('hl'));
  article.querySelectorAll('.record.active').forEach(r => r.classList.remove('active'));
  record.classList.add('active');
  const start = Number(record.dataset.start), end = Number(record.dataset.end);
  let first = null;
  article.querySelectorAll('.seg').forEach(seg => {
    if (Number(seg.dataset.start) >= start && Number(seg.dataset.end) <= end) {
      seg.classList.add('hl');
      first = first || seg;
    }
  });
  if (first) first.scrollIntoView({block: 'center', behavior: 'smooth'});
}
document.addEventListener('click', event => {
  const record = event.target.closest('.record[data-start]');
  if (record) highlight(record);
});
document.addEventListener('keydown', event => {
  const record = event.target.closest && event.target.closest('.record[data-start]');
  if (record && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); highlight(record); }
});
"""


def html_page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<link rel="icon" href="data:,"><style>{STYLE}</style></head>\n<body>\n{body}\n<script>{SCRIPT}</script></body></html>\n')


# --- one article

def mentions(record: dict) -> list[dict]:
    """Every occurrence of each tagged entity (records list each once), longest first, never overlapping:
    {"start", "end", "label", "actor"}."""
    text, taken, found = record["text"], [], []
    for entity in sorted(record["entities"], key=lambda e: -len(e["text"])):
        if entity["label"] not in SHOWN_LABELS or not entity["text"].strip():
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(entity['text'])}(?!\w)", text):
            if not any(match.start() < end and start < match.end() for start, end in taken):
                taken.append((match.start(), match.end()))
                found.append({"start": match.start(), "end": match.end(), "label": entity["label"],
                              "actor": entity.get("actor")})
    return sorted(found, key=lambda m: m["start"])


def _segments(record: dict, tagged: list[dict]) -> list[tuple[int, int]]:
    """The text cut at every evidence boundary (never inside an entity), so a sentence can be lit up."""
    cuts = {0, len(record["text"])}
    for event in record["events"]:
        evidence = event.get("evidence") or {}
        cuts |= {evidence.get("start", 0), evidence.get("end", 0)}
    cuts = {c for c in cuts if not any(m["start"] < c < m["end"] for m in tagged)}
    points = sorted(c for c in cuts if 0 <= c <= len(record["text"]))
    return list(zip(points, points[1:]))


def _render_text(record: dict) -> str:
    """The article text through displaCy, one piece per segment (each a `.seg` with its character range)."""
    tagged, text, pieces = mentions(record), record["text"], []
    for start, end in _segments(record, tagged):
        ents = [{"start": m["start"] - start, "end": m["end"] - start, "label": m["label"]}
                for m in tagged if start <= m["start"] and m["end"] <= end]
        markup = displacy.render({"text": text[start:end], "ents": ents, "title": None}, style="ent", manual=True, page=False)
        inner = re.sub(r'^<div class="entities"[^>]*>|</div>$', "", markup.strip())
        pieces.append(f'<span class="seg" data-start="{start}" data-end="{end}">{inner}</span>')
    return '<div class="entities" style="line-height: 2.5; direction: ltr">' + "".join(pieces) + "</div>"


def _value(value) -> str:
    if isinstance(value, list):
        return escape(", ".join(map(str, value)))
    if isinstance(value, float) and value.is_integer() and abs(value) >= 10_000:
        return f"{value:,.0f}"  # amounts: 896,000,000
    return escape(str(value))


def _participants(details: list[dict]) -> str:
    rows = []
    for person in details:
        role = ", ".join(p for p in (person.get("title"), person.get("organisation"), person.get("country")) if p)
        actor = f' → <b>{escape(person["actor"])}</b>' if person.get("actor") else ""
        rows.append(f"{escape(person['name'])}{' (' + escape(role) + ')' if role else ''}{actor}")
    return "<br>".join(rows)


def _render_record(event: dict) -> str:
    evidence = event.get("evidence") or {}
    fields = [(k, v) for k, v in event.items() if k not in HIDDEN_FIELDS and v not in (None, [], "")]
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{_value(v)}</dd>" for k, v in fields)
    if event.get("participant_details"):
        rows += f"<dt>who</dt><dd>{_participants(event['participant_details'])}</dd>"
    where = f' data-start="{evidence["start"]}" data-end="{evidence["end"]}" tabindex="0"' if evidence else ""
    title = f' title="{escape(evidence.get("text", ""))}"' if evidence else ""
    return f'<li class="record"{where}{title}><span class="type">{escape(event["type"])}</span><dl>{rows}</dl></li>'


def _render_actors(record: dict) -> str:
    rows = [f"<tr><td>{escape(e['label'])}</td><td>{escape(e['text'])}</td><td>{escape(e.get('actor') or '')}</td></tr>"
            for e in record["entities"] if e["label"] in ("PERSON", "ORG")]
    if not rows:
        return ""
    return ('<table class="actors"><tr><th>label</th><th>as written</th><th>actor</th></tr>' + "".join(rows) + "</table>")


def article_section(record: dict) -> str:
    """One article: its text with entities coloured, and beside it its records (click one to see its evidence)."""
    dateline = record.get("dateline") or {}
    meta = " · ".join(escape(str(x)) for x in (record.get("id"), record.get("published"), dateline.get("city"),
                                                dateline.get("agency")) if x)
    records = "".join(_render_record(e) for e in record["events"]) or "<li>No event records.</li>"
    return (f'<section class="article" id="{escape(str(record.get("id") or ""))}"><div class="meta">{meta}</div>'
            f"<div>{_render_text(record)}{_render_actors(record)}</div>"
            f'<div><ul class="records">{records}</ul></div></section>')


def _as_record(article: Article | dict) -> dict:
    return article.to_dict() if isinstance(article, Article) else article


def show_page(articles: Iterable[Article | dict], title: str = "kazbel-extract: records by eye") -> str:
    """One page with every article beside its records."""
    sections = "\n".join(article_section(_as_record(a)) for a in articles)
    return html_page(title, f"<h1>{escape(title)}</h1>\n{sections}")


# --- the report over a store

def _period_position(period: str | None) -> float | None:
    """Where a period sits on a time axis, in years: its middle ("2018" is 2018.5; "2019-01/2019-06" is 2019.25)."""
    if not period:
        return None
    ends = []
    for part in period.split("/"):
        match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", part)
        if not match:
            return None
        year, month = int(match[1]), match[2]
        ends += [year + (int(month) - 1) / 12, year + int(month) / 12] if month else [year, year + 1]
    return (min(ends) + max(ends)) / 2


def trade_series(records: Iterable[dict]) -> dict[tuple[str, str], list[tuple[float, float, str, str]]]:
    """Trade values in USD by (metric, parties): (time, value, period, status) points, in time order."""
    series = defaultdict(list)
    for record in records:
        for event in record["events"]:
            position = _period_position(event.get("period")) if event["type"] == "trade" else None
            if position is None or event.get("value") is None or event.get("currency") not in (None, "USD"):
                continue
            key = (event["metric"], " – ".join(event.get("parties") or ["?"]))
            series[key].append((position, event["value"], event["period"], event.get("status", "actual")))
    return {key: sorted(set(points)) for key, points in sorted(series.items())}


def trade_chart(series: dict) -> str:
    """An <img> of the trade figures over time, one line per metric and pair of parties (USD millions)."""
    if not series:
        return "<p>No dated trade figures in USD.</p>"
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(11, 5.5), dpi=100)
    for (metric, parties), points in series.items():
        actual = [p for p in points if p[3] == "actual"]
        planned = [p for p in points if p[3] != "actual"]
        line, = axes.plot([p[0] for p in actual], [p[1] / 1e6 for p in actual], marker="o", label=f"{metric}: {parties}")
        if planned:
            axes.plot([p[0] for p in planned], [p[1] / 1e6 for p in planned], linestyle="none", marker="^",
                      markerfacecolor="none", color=line.get_color(), label=f"{metric}: {parties} (target/forecast)")
    axes.set_xlabel("period (middle)")
    axes.set_ylabel("USD million (log scale)")
    axes.set_yscale("log")  # bilateral figures in millions beside CIS-wide ones in billions
    axes.grid(alpha=0.3)
    axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    pyplot.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img class="chart" alt="Trade figures over time" src="data:image/png;base64,{data}">'


def article_file_name(id) -> str:
    """A file name for an article's page: its id where safe, plus a short hash when the id had to be changed."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", str(id))[:80]
    if safe != str(id):
        safe += "-" + hashlib.sha1(str(id).encode()).hexdigest()[:8]
    return f"article-{safe}.html"


def _meetings_table(records: list[dict]) -> str:
    rows = []
    for record in records:
        link = f'<a href="{escape(article_file_name(record["id"]))}">{escape(str(record["id"]))}</a>'
        for event in (e for e in record["events"] if e["type"] == "meeting"):
            who = _participants(event.get("participant_details") or []) or _value(event.get("participants", []))
            evidence = escape((event.get("evidence") or {}).get("text", ""))
            rows.append(f"<tr><td>{escape(event.get('date') or '')}</td><td>{escape(event.get('location') or '')}</td>"
                        f"<td>{who}</td><td>{link}</td><td>{evidence}</td></tr>")
    if not rows:
        return "<p>No meetings.</p>"
    return ("<table><tr><th>date</th><th>place</th><th>participants</th><th>article</th><th>evidence</th></tr>"
            + "".join(rows) + "</table>")


def _articles_list(records: list[dict]) -> str:
    items = "".join(
        f'<li><a href="{escape(article_file_name(r["id"]))}">{escape(str(r["id"]))}</a> {escape(r.get("published") or "")}'
        f' — {len(r["entities"])} entities, {len(r["events"])} events</li>' for r in records)
    return f"<ul>{items}</ul>"


def read_store(db: Path) -> list[dict]:
    """The article records of a store, oldest first."""
    connection = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT record FROM articles ORDER BY published, id").fetchall()
    finally:
        connection.close()
    return [json.loads(row[0]) for row in rows]


def write_report(db: Path, output: Path) -> list[Path]:
    """The report over a store at `output`, and one page per article beside it; returns the paths written."""
    return write_report_pages(read_store(db), output, f"kazbel-extract report: {Path(db).name}")


def write_report_pages(records: list[dict], output: Path, title: str = "kazbel-extract report") -> list[Path]:
    """The report over article records at `output`, and one page per article beside it."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    body = (f"<h1>{escape(title)}</h1><p>{len(records)} articles.</p>"
            f"<h2>Trade figures over time</h2>{trade_chart(trade_series(records))}"
            f"<h2>Meetings</h2>{_meetings_table(records)}"
            f"<h2>Articles</h2>{_articles_list(records)}")
    output.write_text(html_page(title, body), encoding="utf-8")
    written = [output]
    for record in records:
        path = output.parent / article_file_name(record["id"])
        back = f'<p><a href="{escape(output.name)}">← report</a></p>'
        path.write_text(html_page(f"Article {record['id']}", back + article_section(record)), encoding="utf-8")
        written.append(path)
    return written
