"""What the `show` and `report` pages share: the page frame (inline CSS and JS), an article rendered with
displaCy beside its event records, the page written per article, and sortable, filterable tables.

Every page is one self-contained HTML file (a table may load its search texts from a script file beside
it): open it from disk or mail it with its folder, nothing is fetched from the network. Clicking a
record highlights the sentence it came from (its `evidence`); clicking a table heading sorts by that
column, and the box above a table keeps the rows that contain every word typed.
"""
from __future__ import annotations

import hashlib
import re
from html import escape
from pathlib import Path
from functools import lru_cache
from typing import Iterable

from spacy.displacy.render import EntityRenderer

from .records import Article
from .text import HEADER, find_dateline

SHOWN_LABELS = ("PERSON", "ORG", "MONEY", "PERCENT")
HIDDEN_FIELDS = ("type", "evidence", "sources", "participant_details")
ARTICLE_FOLDER = "articles"  # the article pages, in a folder beside the page that links them
HEADING_LENGTH = 160  # characters of a first sentence shown as an article's heading
BYLINE = re.compile(r"By(?: [A-Z][\w.'’-]*){1,4}")  # a first line "By Trend", "By Aigerim Seitkali": not a headline

STYLE = """
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1400px; padding: 1em 2em; color: #222; }
h1 { font-size: 1.45em; line-height: 1.3; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1em; margin: 0 0 0.3em; }
.article h2.heading { margin-top: 0; }
a { color: #0550ae; }
.meta, .note { color: #555; }
.article { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2em; margin-bottom: 3em; }
.article .text p { line-height: 2.1; margin: 0 0 1em; }
.seg.hl { background: #fff3a0; box-shadow: 0 0 0 3px #fff3a0; }
.records { list-style: none; padding: 0; margin: 0; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
.record { border: 1px solid #ddd; border-radius: 6px; padding: 0.5em 0.75em; margin-bottom: 0.6em; cursor: pointer; }
.record:hover, .record:focus { border-color: #888; outline: none; }
.record.active { border-color: #c90; background: #fffbe0; }
.record .type { font-weight: bold; text-transform: uppercase; font-size: 0.8em; color: #a60; }
.record dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.75em; margin: 0.3em 0 0; }
.record dt { color: #777; } .record dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; }
table.sortable th { cursor: pointer; user-select: none; white-space: nowrap; }
table.sortable th[aria-sort="ascending"]::after { content: " ▲"; font-size: 0.7em; }
table.sortable th[aria-sort="descending"]::after { content: " ▼"; font-size: 0.7em; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.nowrap { white-space: nowrap; }
td.ids { min-width: 8em; overflow-wrap: anywhere; }  /* article ids: whole, but a long one (a URL) breaks */
td.evidence { min-width: 14em; max-width: 36em; color: #444; cursor: pointer; }
td.evidence span { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
td.evidence.open span { display: block; }
.filter { display: flex; gap: 1em; align-items: center; margin: 0.6em 0; }
.filter input { font: inherit; padding: 0.3em 0.5em; width: min(30em, 100%); border: 1px solid #aaa; border-radius: 4px; }
.scroll { max-height: 70vh; overflow: auto; border: 1px solid #eee; }
.problems { border: 1px solid #d99; background: #fff5f5; border-radius: 6px; padding: 0.5em 1em; margin: 1em 0; }
.actors td:first-child { white-space: nowrap; }
@media (max-width: 900px) { .article { grid-template-columns: 1fr; } body { padding: 0.5em 1em; } }
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
function sortBy(th) {
  const table = th.closest('table'), body = table.tBodies[0], column = th.cellIndex;
  const ascending = th.getAttribute('aria-sort') !== 'ascending';
  table.querySelectorAll('th').forEach(h => h.removeAttribute('aria-sort'));
  th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  const key = row => { const cell = row.cells[column]; return cell.dataset.v ?? cell.textContent.trim().toLowerCase(); };
  const numeric = th.dataset.type === 'num';
  const rows = [...body.rows].sort((a, b) => {
    let x = key(a), y = key(b);
    if (numeric) { x = x === '' ? -Infinity : Number(x); y = y === '' ? -Infinity : Number(y); }
    return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
  });
  body.append(...rows);
}
const searchTexts = {};
function loadSearchTexts(tableId, texts) {
  searchTexts[tableId] = texts;
  const box = document.querySelector(`input[data-table="${tableId}"]`);
  if (box && box.value) filterRows(box);
}
function rowText(table, row) {
  const texts = searchTexts[table.id];
  return row.textContent.toLowerCase() + (texts ? ' ' + (texts[row.dataset.i] || '') : '');
}
function requestSearchTexts(table) {
  const src = table.dataset.texts;
  if (!src) return;
  table.removeAttribute('data-texts');
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
}
function filterRows(input) {
  const table = document.getElementById(input.dataset.table);
  requestSearchTexts(table);
  const words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
  let shown = 0;
  for (const row of table.tBodies[0].rows) {
    const text = words.length ? rowText(table, row) : '';
    row.hidden = !words.every(word => text.includes(word));
    shown += row.hidden ? 0 : 1;
  }
  const count = document.getElementById(input.dataset.table + '-count');
  if (count) count.textContent = shown + ' of ' + table.tBodies[0].rows.length + ' rows';
}
document.addEventListener('click', event => {
  const record = event.target.closest('.record[data-start]');
  if (record) highlight(record);
  const th = event.target.closest('table.sortable th');
  if (th) sortBy(th);
  const evidence = event.target.closest('td.evidence');
  if (evidence) evidence.classList.toggle('open');
});
document.addEventListener('mouseover', event => {
  const evidence = event.target.closest && event.target.closest('td.evidence');
  if (evidence && !evidence.title) evidence.title = evidence.textContent.trim();
});
document.addEventListener('input', event => {
  if (event.target.matches('input[data-table]')) filterRows(event.target);
});
document.addEventListener('keydown', event => {
  const record = event.target.closest && event.target.closest('.record[data-start]');
  if (record && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); highlight(record); }
});
"""


def html_page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f'<link rel="icon" href="data:,"><style>{STYLE}</style></head>\n<body>\n{body}\n<script>{SCRIPT}</script></body></html>\n')


# --- tables

def table(id: str, headings: Iterable[tuple[str, str]], rows: Iterable[str], placeholder: str = "filter rows",
          texts: str | None = None) -> str:
    """A sortable table with a filter box above it: `headings` are (label, "num" | "text"), `rows` <tr> markup.
    The box keeps the rows whose text has every word typed; with `texts`, the src of a script that calls
    `loadSearchTexts(id, [a text per row, by the row's data-i])`, loaded at the first search, with that text too."""
    rows = list(rows)
    texts = f' data-texts="{escape(texts)}"' if texts else ""
    heads = "".join(f'<th data-type="{kind}">{escape(label)}</th>' for label, kind in headings)
    return (f'<div class="filter"><input type="search" data-table="{id}" placeholder="{escape(placeholder)}" '
            f'aria-label="{escape(placeholder)}"><span class="note" id="{id}-count">{len(rows)} rows</span></div>'
            f'<div class="scroll"><table class="sortable" id="{id}"{texts}><thead><tr>{heads}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def plural(count: int, noun: str) -> str:
    """'1 article', '2,000 articles'."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def cell(text, sort_value=None, css: str | None = None) -> str:
    """A <td> with escaped text; `sort_value` sorts it (numbers, ISO dates) where the text would not."""
    v = "" if sort_value is None else f' data-v="{escape(str(sort_value))}"'
    c = f' class="{css}"' if css else ""
    return f"<td{c}{v}>{escape('' if text is None else str(text))}</td>"


def evidence_cell(event: dict) -> str:
    """The evidence sentence in one line; the whole on hover, or on a click."""
    return f'<td class="evidence"><span>{escape((event.get("evidence") or {}).get("text", ""))}</span></td>'


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


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each paragraph: the text between blank lines, without its edge spaces."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)??(?=\s*\n\s*\n|\s*\Z)", text, re.S)]


def _segments(record: dict, tagged: list[dict], paragraph: tuple[int, int]) -> list[tuple[int, int]]:
    """The paragraph cut at every evidence boundary (never inside an entity), so a sentence can be lit up."""
    start, end = paragraph
    cuts = {start, end}
    for event in record["events"]:
        evidence = event.get("evidence") or {}
        cuts |= {c for c in (evidence.get("start"), evidence.get("end")) if c is not None and start < c < end}
    points = sorted(c for c in cuts if not any(m["start"] < c < m["end"] for m in tagged))
    return list(zip(points, points[1:]))


@lru_cache(maxsize=1)
def _renderer() -> EntityRenderer:
    """displaCy's entity renderer, made once: making one per call costs more than rendering."""
    return EntityRenderer()


def _render_text(record: dict) -> str:
    """The article text through displaCy, a <p> per paragraph and a `.seg` (with its character range) per segment;
    without the line breaks displaCy puts around each <mark>, which would read as a space before a full stop."""
    tagged, text, rendered = mentions(record), record["text"], []
    for paragraph in paragraphs(text):
        pieces = []
        for start, end in _segments(record, tagged, paragraph):
            ents = [{"start": m["start"] - start, "end": m["end"] - start, "label": m["label"]}
                    for m in tagged if start <= m["start"] and m["end"] <= end]
            markup = _renderer().render_ents(text[start:end], ents, None)
            inner = re.sub(r'^<div class="entities"[^>]*>|</div>$|\n(?=<mark)|(?<=</mark>)\n', "", markup.strip())
            pieces.append(f'<span class="seg" data-start="{start}" data-end="{end}">{inner}</span>')
        rendered.append(f"<p>{''.join(pieces)}</p>")
    return '<div class="text entities">' + "".join(rendered) + "</div>"


def _value(value) -> str:
    if isinstance(value, list):
        return escape(", ".join(map(str, value)))
    if isinstance(value, float) and value.is_integer() and abs(value) >= 10_000:
        return f"{value:,.0f}"  # amounts: 896,000,000
    return escape(str(value))


def participants(details: list[dict]) -> str:
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
        rows += f"<dt>who</dt><dd>{participants(event['participant_details'])}</dd>"
    where = f' data-start="{evidence["start"]}" data-end="{evidence["end"]}" tabindex="0"' if evidence else ""
    title = f' title="{escape(evidence.get("text", ""))}"' if evidence else ""
    return f'<li class="record"{where}{title}><span class="type">{escape(event["type"])}</span><dl>{rows}</dl></li>'


def _render_actors(record: dict) -> str:
    rows = [f"<tr><td>{escape(e['label'])}</td><td>{escape(e['text'])}</td><td>{escape(e.get('actor') or '')}</td></tr>"
            for e in record["entities"] if e["label"] in ("PERSON", "ORG")]
    if not rows:
        return ""
    return ('<table class="actors"><tr><th>label</th><th>as written</th><th>actor</th></tr>' + "".join(rows) + "</table>")


def heading(record: dict) -> str:
    """What to call an article: its first line when that is a headline (short, no full stop), else the first
    sentence after the header, byline and dateline, cut at HEADING_LENGTH characters."""
    text = record["text"]
    header = HEADER.match(text)
    body = (text[header.end():] if header else text).strip()
    first_line, _, rest = body.partition("\n")
    if BYLINE.fullmatch(first_line.strip()) and rest.strip():
        body = rest.strip()
        first_line, _, rest = body.partition("\n")
    dateline = find_dateline(body)
    if rest.strip() and len(first_line) <= HEADING_LENGTH and not first_line.rstrip().endswith((".", "!", "?", ":")) \
            and not (dateline and dateline.start < len(first_line)):
        return first_line.strip()
    story = re.sub(r"\s+", " ", body[dateline.end:] if dateline else body).strip()
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", story, maxsplit=1)[0]
    return sentence if len(sentence) <= HEADING_LENGTH else sentence[: HEADING_LENGTH - 1].rsplit(" ", 1)[0] + " …"


def meta_line(record: dict) -> str:
    dateline = record.get("dateline") or {}
    return " · ".join(escape(str(x)) for x in (record.get("id"), record.get("published"), dateline.get("city"),
                                                dateline.get("agency")) if x)


def article_section(record: dict) -> str:
    """One article: its heading, its text with entities coloured, and beside it its records (click one to see
    its evidence)."""
    records = "".join(_render_record(e) for e in record["events"]) or "<li>No event records.</li>"
    return (f'<section class="article" id="{escape(str(record.get("id") or ""))}">'
            f'<div><h2 class="heading">{escape(heading(record))}</h2><div class="meta">{meta_line(record)}</div>'
            f"{_render_text(record)}{_render_actors(record)}</div>"
            f'<div><ul class="records">{records}</ul></div></section>')


def as_record(article: Article | dict) -> dict:
    return article.to_dict() if isinstance(article, Article) else article


def article_file_name(id) -> str:
    """A file name for an article's page: its id where safe, plus a short hash when the id had to be changed."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", str(id))[:80]
    if safe != str(id):
        safe += "-" + hashlib.sha1(str(id).encode()).hexdigest()[:8]
    return f"article-{safe}.html"


def article_href(id) -> str:
    """The link to an article's page from a page beside its ARTICLE_FOLDER."""
    return f"{ARTICLE_FOLDER}/{article_file_name(id)}"


def write_article_page(record: dict, folder: Path, back: tuple[str, str]) -> Path:
    """The page of one article in `folder` (an ARTICLE_FOLDER), with a link `back` = (href, label)."""
    path = folder / article_file_name(record["id"])
    link = f'<p><a href="../{escape(back[0])}">← {escape(back[1])}</a></p>'
    path.write_text(html_page(f"{record['id']}: {heading(record)}", link + article_section(record)), encoding="utf-8")
    return path
