"""Time and size of the `report` and `show` pages, against the targets of issue 15.

    .venv/bin/python benchmarks/pages.py                       # report over 1,000 articles, show over 100
    .venv/bin/python benchmarks/pages.py --articles 5000 --show-articles 300

The store is built by cycling the extracted `corpus/` articles with new ids (extracting them once), so the
report is timed on a store of the size asked without extracting every copy. `show` is compared with the
extraction it follows: both are timed on the same cycled articles. Its index is also written for as many
articles as the store holds and, when Chromium is installed, opened in it: the time until the page's script
runs and that of the first search (which loads the search texts). Targets: the report written in under
15 s and under 5 MB; every chart at most 6 series; `show`'s pages in about the time of extraction; the index
opening fast for thousands of articles. The machine is shared: read the figures of one run side by side,
not against another run's.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "articles.jsonl"


def read_corpus(path: Path = CORPUS) -> list[dict]:
    return [{"id": r["id"], "text": r["text"], "published": r.get("published")}
            for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())]


def cycled(records: list, size: int) -> list:
    """`size` copies of the records in turn, each with its own id ("kb-001#3")."""
    return [(n // len(records), record) for n, record in islice(enumerate(cycle(records)), size)]


def build_store(db: Path, articles: list, size: int) -> None:
    """A store of `size` articles: the extracted `articles` again and again under new ids."""
    from kazbel_extract.store import Store

    with Store(db) as store:
        store.write([({"text": a.text, "published": a.published, "source": "benchmark"}, replace(a, id=f"{a.id}#{copy}"))
                     for copy, a in cycled(articles, size)])


def measure_report(db: Path, folder: Path) -> dict:
    from kazbel_extract.report import write_report

    started = time.perf_counter()
    written = write_report(db, folder / "report.html")
    seconds = time.perf_counter() - started
    page = written[0].read_text(encoding="utf-8")
    series = [int(n) for n in re.findall(r'class="chart"[^>]*data-series="(\d+)"', page)]
    return {"seconds": seconds, "megabytes": written[0].stat().st_size / 1e6, "article pages": len(written) - 1,
            "charts": len(series), "most series in a chart": max(series, default=0)}


def measure_show(records: list[dict], folder: Path) -> dict:
    from kazbel_extract import extract_many
    from kazbel_extract.show import write_show_pages

    inputs = [{**record, "id": f"{record['id']}#{copy}"} for copy, record in records]
    started = time.perf_counter()
    articles = list(extract_many(inputs))
    extraction = time.perf_counter() - started
    started = time.perf_counter()
    write_show_pages(articles, folder / "index.html")
    pages = time.perf_counter() - started
    return {"extraction seconds": extraction, "pages seconds": pages, "pages / extraction": pages / extraction,
            "index megabytes": (folder / "index.html").stat().st_size / 1e6}


def measure_index(articles: list, size: int, folder: Path) -> dict:
    """The index and pages of `size` articles cycled from `articles` (extracted), and how fast the index opens."""
    from kazbel_extract.pages import ARTICLE_FOLDER
    from kazbel_extract.show import SEARCH_SCRIPT, write_show_pages

    started = time.perf_counter()
    write_show_pages([replace(a, id=f"{a.id}#{copy}") for copy, a in cycled(articles, size)], folder / "index.html")
    figures = {"seconds": time.perf_counter() - started, "index megabytes": (folder / "index.html").stat().st_size / 1e6,
               "search megabytes": (folder / ARTICLE_FOLDER / SEARCH_SCRIPT).stat().st_size / 1e6}
    return {**figures, **open_index(folder / "index.html")}


def open_index(index: Path) -> dict:
    """Milliseconds from navigation to the end of the index's script (the page shown and working) and of its
    first search (the search texts loaded and read), in headless Chromium; {} without Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return {}
    timed = index.with_name("timed.html")
    search = ("const shown = performance.now(), box = document.querySelector('input[data-table=\"index\"]');"
              "box.value = 'trade'; box.dispatchEvent(new Event('input', {bubbles: true}));"
              "window.addEventListener('load', () => { document.body.dataset.opened = shown;"
              "document.body.dataset.searched = performance.now(); });")
    timed.write_text(index.read_text(encoding="utf-8").replace("</body>", f"<script>{search}</script></body>"),
                     encoding="utf-8")
    dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          f"--user-data-dir={index.parent / 'profile'}", "--dump-dom", timed.resolve().as_uri()],
                         capture_output=True, text=True, timeout=300).stdout
    found = dict(re.findall(r'data-(opened|searched)="([\d.]+)"', dom))
    return {"opened ms": float(found["opened"]), "searched ms": float(found["searched"])} if len(found) == 2 else {}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles in the store the report reads")
    parser.add_argument("--show-articles", type=int, default=100, help="articles extracted and shown by `show`")
    args = parser.parse_args(argv)

    import kazbel_extract

    kazbel_extract.load()
    corpus = read_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        extracted = list(kazbel_extract.extract_many(corpus))
        build_store(tmp / "store.sqlite", extracted, args.articles)
        report = measure_report(tmp / "store.sqlite", tmp / "report")
        show = measure_show(cycled(corpus, args.show_articles), tmp / "show")
        index = measure_index(extracted, args.articles, tmp / "index")
    print(f"report over {args.articles:,} articles: {report['seconds']:.1f} s (target < 15 s), "
          f"{report['megabytes']:.2f} MB (target < 5 MB), {report['article pages']:,} article pages")
    print(f"report charts: {report['charts']}, most series in a chart: {report['most series in a chart']} (target <= 6)")
    print(f"show over {args.show_articles:,} articles: extraction {show['extraction seconds']:.1f} s, "
          f"index and pages {show['pages seconds']:.1f} s, pages / extraction {show['pages / extraction']:.2f} "
          f"(target about 1 or less), index {show['index megabytes']:.2f} MB")
    opened = (f"; in Chromium shown in {index['opened ms'] / 1000:.1f} s, first search done {index['searched ms'] / 1000:.1f} s"
              " after opening" if "opened ms" in index else "; Chromium not installed, not opened")
    print(f"show index of {args.articles:,} articles: pages written in {index['seconds']:.1f} s, index "
          f"{index['index megabytes']:.2f} MB, search texts {index['search megabytes']:.2f} MB{opened}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
