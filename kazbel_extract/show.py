"""The `show` pages: a page per article (its text with entities coloured beside its records) and one index
page that lists them all and finds one.

The index stays light for thousands of articles: a table row per article (id, published, dateline, heading,
record counts). What its search box reads of the texts is a script beside the article pages (SEARCH_SCRIPT),
loaded at the first search: kept in the page, it made the index of 5,000 articles open in 9 s instead of 1-2.
Each text is kept there as its distinct words, which a typed word (it has no space) is found in exactly when
it is in the text. Article pages are written as the articles come, so memory holds only the index rows and
search words. Inputs that gave no article are listed at the top of the index with their reasons.
"""
from __future__ import annotations

import json
from collections import Counter
from html import escape
from pathlib import Path
from typing import Iterable, Sequence

from .pages import ARTICLE_FOLDER, article_href, as_record, cell, heading, html_page, plural, table, write_article_page
from .records import Article

SEARCH_SCRIPT = "search-texts.js"  # in ARTICLE_FOLDER: the index's search texts, loaded at the first search
COUNTED = (("entities", None), ("meetings", "meeting"), ("trade", "trade"), ("joint ventures", "joint_venture"),
           ("agreements", "agreement"))


def index_row(record: dict, position: int) -> str:
    """The index row of an article; `position` is its place in the search texts."""
    types = Counter(event["type"] for event in record["events"])
    dateline = record.get("dateline") or {}
    counts = "".join(cell(n, css="num") for n in (len(record["entities"]), *(types[t] for _, t in COUNTED[1:])))
    id = str(record["id"])
    return (f'<tr data-i="{position}"><td class="ids"><a href="{escape(article_href(id))}">{escape(id)}</a></td>'
            + cell(record.get("published"), css="nowrap")
            + cell(" · ".join(x for x in (dateline.get("city"), dateline.get("agency")) if x))
            + cell(heading(record)) + counts + "</tr>")


def failures_box(failures: Sequence[dict]) -> str:
    if not failures:
        return ""
    items = "".join(f"<li>{escape(str(f['source']))}{':' + str(f['line']) if f.get('line') else ''}"
                    f"{' (' + escape(str(f['id'])) + ')' if f.get('id') is not None else ''}: {escape(f['reason'])}</li>"
                    for f in failures)
    return f'<div class="problems"><b>{plural(len(failures), "input")} gave no article</b><ul>{items}</ul></div>'


def search_words(record: dict) -> str:
    """What the index search reads of an article: the distinct words of its id and text, lowercased."""
    return " ".join(dict.fromkeys(f"{record['id']} {record['text']}".lower().split()))


def index_page(rows: list[str], failures: Sequence[dict], title: str) -> str:
    headings = [("id", "text"), ("published", "text"), ("dateline", "text"), ("heading", "text")] + \
               [(label, "num") for label, _ in COUNTED]
    listing = (table("index", headings, rows, "search ids and texts", f"{ARTICLE_FOLDER}/{SEARCH_SCRIPT}") if rows
               else "<p>No articles.</p>")
    return html_page(title, f"<h1>{escape(title)}</h1>{failures_box(failures)}{listing}")


def write_show_pages(articles: Iterable[Article | dict], output: Path, failures: Sequence[dict] = (),
                     title: str = "kazbel-extract: records by eye") -> int:
    """A page per article in ARTICLE_FOLDER beside `output`, the index's search texts there (SEARCH_SCRIPT), then
    the index at `output`; returns the number of articles. `failures` is read once the articles are consumed,
    so the caller may fill it meanwhile."""
    output = Path(output)
    folder = output.parent / ARTICLE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    rows, texts = [], []
    for article in articles:
        record = as_record(article)
        write_article_page(record, folder, (output.name, "index"))
        rows.append(index_row(record, len(texts)))
        texts.append(search_words(record))
    (folder / SEARCH_SCRIPT).write_text(f'loadSearchTexts("index", {json.dumps(texts, ensure_ascii=False)});\n',
                                        encoding="utf-8")
    output.write_text(index_page(rows, failures, f"{title} ({plural(len(rows), 'article')})"), encoding="utf-8")
    return len(rows)
