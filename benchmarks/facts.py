"""Cost of facts across articles: the store's incremental update per batch against extraction, and
reading the facts of a large store.

    .venv/bin/python benchmarks/facts.py --articles 10000

Builds a synthetic store by cycling the sample corpus (`corpus/articles.jsonl`) with new ids, batch
by batch as `run --db` writes it; each distinct text is extracted once, and that time per article
gives the extraction time of a batch. Every copy of an article reports the same facts, so the facts
grow to `articles / 12` reports each. Then one busy block: a pair of leaders with `--meetings`
reports of meetings on many different days (some undated), the worst case of a block's rebuild,
which every batch reporting one more of their meetings pays. Prints figures; the targets are `facts` under 10 s over 10,000 articles and the update per batch
under 10% of the batch's extraction time. The machine is shared: compare ratios of the same run.
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kazbel_extract  # noqa: E402
import kazbel_extract.store as store_module  # noqa: E402
from kazbel_extract.batch import BATCH_SIZE  # noqa: E402
from kazbel_extract.fact_store import facts, rebuild_facts, write_facts  # noqa: E402
from kazbel_extract.facts import facts_of_block, groups_of, reports_of  # noqa: E402
from kazbel_extract.store import Store  # noqa: E402


def extracted_corpus(path: Path) -> tuple[list[tuple[dict, kazbel_extract.Article]], float]:
    """(input, article) for each record of the corpus, and the extraction time per article (s)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    kazbel_extract.load()
    started = time.perf_counter()
    articles = [kazbel_extract.extract(r["text"], published=r.get("published"), id=r["id"]) for r in records]
    return list(zip(records, articles)), (time.perf_counter() - started) / len(records)


def timed_hook(seconds: list[float]):
    """The store's fact update, timing each call into `seconds`."""
    update = store_module.update_facts

    def hook(connection, articles):
        started = time.perf_counter()
        update(connection, articles)
        seconds.append(time.perf_counter() - started)

    return hook


def build_store(db: Path, corpus: list, size: int, batch_size: int) -> list[float]:
    copies = ((record, replace(article, id=f"{article.id}#{n // len(corpus)}"))
              for n, (record, article) in enumerate(islice(cycle(corpus), size)))
    seconds: list[float] = []
    store_module.update_facts = timed_hook(seconds)
    with Store(db) as store:
        while batch := list(islice(copies, batch_size)):
            store.write(batch)
    return seconds


def busy_block(count: int) -> tuple[str, list]:
    """The block of one pair of leaders, `count` reports of meetings over 15 years (four in ten
    undated), as the store keeps it (groups without sources)."""
    chance = random.Random(1)
    records = []
    for n in range(count):
        day = date(2010, 1, 1) + timedelta(days=chance.randrange(5500))
        records.append({"id": f"m{n}", "published": (day + timedelta(days=chance.randrange(3))).isoformat(),
                        "events": [{"type": "meeting", "participants": ["Alexander Lukashenko", "Kassym-Jomart Tokayev"],
                                    "date": day.isoformat() if chance.random() < 0.6 else None,
                                    "location": chance.choice(["Minsk", "Astana", None])}]})
    [(block, groups)] = groups_of(r for record in records for r in reports_of(record)).items()
    for group in groups:
        group.sources = None
    return block, groups


def clock(action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "articles.jsonl")
    parser.add_argument("--meetings", type=int, default=1500, help="Reports in the busy block.")
    args = parser.parse_args()

    corpus, per_article = extracted_corpus(args.corpus)
    batch_extraction = per_article * args.batch_size
    print(f"extraction: {per_article * 1000:.0f} ms per article, {batch_extraction:.2f} s per batch of {args.batch_size}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "facts.sqlite"
        seconds = build_store(db, corpus, args.articles, args.batch_size)
        last = seconds[-max(1, len(seconds) // 10):]
        print(f"update per batch ({len(seconds)} batches): mean {statistics.mean(seconds) * 1000:.1f} ms,"
              f" last tenth {statistics.mean(last) * 1000:.1f} ms, max {max(seconds) * 1000:.1f} ms;"
              f" mean/extraction {statistics.mean(seconds) / batch_extraction:.1%},"
              f" last tenth/extraction {statistics.mean(last) / batch_extraction:.1%} (target < 10%)")
        elapsed, found = clock(lambda: facts(db))
        print(f"facts(store) over {args.articles} articles: {len(found)} facts,"
              f" {sum(len(f['reports']) for f in found)} reports, {elapsed:.2f} s (target < 10 s)")
        out = Path(tmp) / "facts.csv"
        elapsed, _ = clock(lambda: write_facts(facts(db, type="trade", parties=["Belarus", "Kazakhstan"]), out))
        print(f"facts(type=trade, parties) to CSV: {elapsed:.2f} s")
        with sqlite3.connect(db) as connection:
            elapsed, _ = clock(lambda: rebuild_facts(connection))
        print(f"rebuild_facts (all facts anew from the stored records): {elapsed:.2f} s")
    block, groups = busy_block(args.meetings)
    elapsed, found = clock(lambda: facts_of_block(block, groups))
    print(f"busy block ({args.meetings} meeting reports of one pair, {len(groups)} distinct, {len(found)} meetings):"
          f" {elapsed:.2f} s per rebuild, {elapsed / batch_extraction:.1%} of a batch's extraction")


if __name__ == "__main__":
    main()
