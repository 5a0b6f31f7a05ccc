"""Throughput and memory of `kazbel_extract` against the bare base model, on the same texts, in one run.

    .venv/bin/python benchmarks/throughput.py --articles 2000 --workers 2 --repeat 3
    .venv/bin/python benchmarks/throughput.py --memory-check 1000,10000

Phases, each in a fresh process so that its peak RSS is its own:
  (a) bare: `spacy.load(<base model>)` with all its components, `nlp.pipe` over the texts;
  (b) extract: `kazbel_extract.extract_many(records)` with all records, in one process;
  (c) extract: the same with `--workers` processes;
  (s) with `--statistical-baseline`: the base model without the two components (b) does not run, `nlp.pipe`;
  (m) with `--same-batch`: the base model as in (a), but `nlp.pipe` given `extract_many`'s batch size.
What b/a compares: the product against the base model as spaCy ships it, which is what a user would run
instead. The two do not run the same components: (b) runs the base model's statistical ones (tok2vec, tagger,
parser, ner) like (a), replaces its attribute_ruler by `kazbel_pos_rules` (the same POS, tags and relations,
without lemmas and morphology) and leaves out its lemmatizer (nothing reads lemmas), and adds its own rule
components and the records. b/s is the cost of those components over the same statistical work.
Throughput counts whitespace-separated words of the input texts, so the phases are comparable.
Load time is outside the timed part for (a) and (b); for (c) the workers load the pipeline inside
it (that is what a user waits for). The machine is shared and noisy: compare ratios of the same
run, and repeat (`--repeat`) to see the spread. b/a is also given in CPU seconds of the two processes,
which other jobs on the machine disturb far less than the clock.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import statistics
import subprocess
import sys
import time
import traceback
from itertools import cycle, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (ROOT / "corpus" / "articles.jsonl", ROOT.parent / "shared" / "corpus" / "dev" / "articles.jsonl")


# -- corpus -------------------------------------------------------------------------------------

def read_corpus(paths: Iterable[Path] = CORPORA) -> list[dict]:
    """The articles of the corpora that exist, as the records `extract_many` takes (id, text, published)."""
    records = []
    for path in paths:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    records.append({"id": item["id"], "text": item["text"], "published": item.get("published")})
    if not records:
        raise SystemExit(f"no corpus found at {', '.join(map(str, paths))}")
    return records


def cycled(records: list[dict], size: int | None = None) -> Iterator[dict]:
    """The records repeated in order (`size` of them, or endlessly), each copy with its own id."""
    copies = ({**record, "id": f"{record['id']}#{n // len(records)}"} for n, record in enumerate(cycle(records)))
    return copies if size is None else islice(copies, size)


def count_words(records: Iterable[dict]) -> int:
    return sum(len(record["text"].split()) for record in records)


# -- memory -------------------------------------------------------------------------------------

def proc_status_mb(field: str) -> float:
    """`VmRSS` (now) or `VmHWM` (peak) of this process, in MB, from /proc/self/status."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def children_peak_mb() -> float:
    """Peak RSS of the largest child process that has ended (the workers, once their pool is shut down)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


# -- phases (each runs in a fresh process) ------------------------------------------------------

# the base model's components that extraction does not run: `kazbel_pos_rules` replaces the one, nothing reads lemmas
NOT_RUN_BY_EXTRACTION = ("attribute_ruler", "lemmatizer")


def bare_phase(records: list[dict], exclude: tuple[str, ...] = (), batch_size: int | None = None) -> dict:
    """(a) the base model as spaCy ships it, every component, `nlp.pipe` over the raw texts; (s) without `exclude`;
    (m) with `batch_size` in place of the model's own (its tok2vec costs less per doc in small batches)."""
    import spacy

    from kazbel_extract.pipeline import base_model_name

    start = time.perf_counter()
    nlp = spacy.load(base_model_name(), exclude=list(exclude))
    loaded, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe((record["text"] for record in records), batch_size=batch_size):
        pass
    return {"seconds": time.perf_counter() - loaded, "cpu_seconds": time.process_time() - cpu,
            "load_seconds": loaded - start, "components": list(nlp.pipe_names)}


def extract_phase(records: list[dict], workers: int = 1) -> dict:
    """(b)/(c) `extract_many` with every record built (entities, events, `to_dict()`)."""
    import kazbel_extract

    start = time.perf_counter()
    if workers == 1:
        kazbel_extract.load()
    loaded, cpu = time.perf_counter(), time.process_time()
    first = None
    failures = 0
    for article in kazbel_extract.extract_many(records, workers=workers):
        if first is None:
            first = time.perf_counter() - loaded
        if hasattr(article, "to_dict"):
            article.to_dict()
        else:
            failures += 1
    return {"seconds": time.perf_counter() - loaded, "load_seconds": loaded - start if workers == 1 else None,
            "cpu_seconds": time.process_time() - cpu if workers == 1 else None,  # the workers' CPU is not counted
            "first_record_seconds": first, "failures": failures,
            "components": list(kazbel_extract.load().pipe_names) if workers == 1 else None}


def memory_phase(records: list[dict], checkpoints: list[int]) -> dict:
    """RSS of one process streaming `max(checkpoints)` cycled articles, read at each checkpoint."""
    import kazbel_extract

    rss = {}
    stream = kazbel_extract.extract_many(cycled(records, max(checkpoints)))
    for n, _ in enumerate(stream, start=1):
        if n in checkpoints:
            rss[n] = proc_status_mb("VmRSS")
    return {"rss_mb": rss}


def _child(phase: Callable, args: tuple, conn) -> None:
    try:
        result = phase(*args)
    except BaseException:
        conn.send({"error": traceback.format_exc()})
        raise
    result["peak_rss_mb"] = proc_status_mb("VmHWM")
    result["workers_peak_rss_mb"] = children_peak_mb() or None
    conn.send(result)
    conn.close()


def in_fresh_process(phase: Callable, *args) -> dict:
    """Run a phase in a new (spawned) process and return its result, with that process's peak RSS."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(phase, args, send))
    process.start()
    send.close()
    result = receive.recv()
    process.join()
    if "error" in result:
        raise RuntimeError(f"{phase.__name__} failed:\n{result['error']}")
    return result


FIRST_RECORD = """
import json, sys, time
import kazbel_extract
record = json.loads(sys.stdin.readline())
next(iter(kazbel_extract.extract_many([record])))
print("done", flush=True)
"""


def time_to_first_record(record: dict) -> float:
    """Seconds from starting a new Python process (imports, model load) to the first record of one article."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", FIRST_RECORD], input=json.dumps(record) + "\n", text=True,
                   check=True, capture_output=True)
    return time.perf_counter() - start


# -- report -------------------------------------------------------------------------------------

def rates(result: dict, articles: int, words: int) -> dict:
    seconds = result["seconds"]
    return {**result, "articles_per_s": articles / seconds, "words_per_s": words / seconds}


def run_once(records: list[dict], workers: int, statistical_baseline: bool = False, same_batch: bool = False) -> dict:
    """One round of the three phases on the same records, with the ratios b/a and c/b (and b/s, b/m if asked)."""
    articles, words = len(records), count_words(records)
    a = rates(in_fresh_process(bare_phase, records), articles, words)
    b = rates(in_fresh_process(extract_phase, records, 1), articles, words)
    c = rates(in_fresh_process(extract_phase, records, workers), articles, words)
    result = {"a": a, "b": b, "c": c, "b/a": a["seconds"] / b["seconds"], "c/b": b["seconds"] / c["seconds"],
              "b/a cpu": a["cpu_seconds"] / b["cpu_seconds"]}
    if statistical_baseline:
        s = rates(in_fresh_process(bare_phase, records, NOT_RUN_BY_EXTRACTION), articles, words)
        result.update({"s": s, "b/s": s["seconds"] / b["seconds"], "b/s cpu": s["cpu_seconds"] / b["cpu_seconds"]})
    if same_batch:
        from kazbel_extract.batch import BATCH_SIZE

        m = rates(in_fresh_process(bare_phase, records, (), BATCH_SIZE), articles, words)
        result.update({"m": m, "b/m": m["seconds"] / b["seconds"], "b/m cpu": m["cpu_seconds"] / b["cpu_seconds"]})
    return result


def mb(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f} MB"


def print_round(n: int, result: dict, workers: int) -> None:
    names = {"a": "bare base model (nlp.pipe)", "b": "extract_many, 1 process", "c": f"extract_many, {workers} workers",
             "s": "base model, statistical only", "m": "bare base model, same batches"}
    print(f"round {n}:")
    for key, name in ((key, name) for key, name in names.items() if key in result):
        r = result[key]
        print(f"  ({key}) {name:30s} words/s {r['words_per_s']:8.0f}  articles/s {r['articles_per_s']:7.2f}  "
              f"seconds {r['seconds']:7.1f}  peak RSS main {mb(r['peak_rss_mb'])}, workers {mb(r['workers_peak_rss_mb'])}")
    print(f"  b/a {result['b/a']:.2f}  c/b {result['c/b']:.2f}  b/a in CPU seconds {result['b/a cpu']:.2f}")
    if "s" in result:
        print(f"  b/s {result['b/s']:.2f}  b/s in CPU seconds {result['b/s cpu']:.2f}")
    if "m" in result:
        print(f"  b/m {result['b/m']:.2f}  b/m in CPU seconds {result['b/m cpu']:.2f}")


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f}, n={len(values)})"


def report(rounds: list[dict], workers: int, articles: int, words: int, first_record: float) -> None:
    first = rounds[0]
    print("summary:")
    print(f"  corpus: {articles} articles, {words} words")
    print(f"  base model components: {', '.join(first['a']['components'])}")
    print(f"  extraction components: {', '.join(first['b']['components'])}")
    for key in ("a", "b", "c"):
        print(f"  words/s ({key}): {spread([r[key]['words_per_s'] for r in rounds])}")
        print(f"  articles/s ({key}): {spread([r[key]['articles_per_s'] for r in rounds])}")
    print(f"  failed articles (b, c): {sum(r['b']['failures'] for r in rounds)}, {sum(r['c']['failures'] for r in rounds)}")
    print(f"  ratio b/a: {spread([r['b/a'] for r in rounds])}")
    print(f"  ratio b/a in CPU seconds (steadier on a shared machine): {spread([r['b/a cpu'] for r in rounds])}")
    print(f"  ratio c/b: {spread([r['c/b'] for r in rounds])}")
    if "s" in first:
        print(f"  statistical baseline components (s): {', '.join(first['s']['components'])}")
        print(f"  ratio b/s (our components' cost over the same statistical work): {spread([r['b/s'] for r in rounds])}")
        print(f"  ratio b/s in CPU seconds: {spread([r['b/s cpu'] for r in rounds])}")
    if "m" in first:
        print(f"  ratio b/m (against the bare model in extract_many's batches): {spread([r['b/m'] for r in rounds])}")
        print(f"  ratio b/m in CPU seconds: {spread([r['b/m cpu'] for r in rounds])}")
    print(f"  peak RSS main (b): {max(r['b']['peak_rss_mb'] for r in rounds):.0f} MB")
    print(f"  peak RSS per worker (c): {max(r['c']['workers_peak_rss_mb'] or 0 for r in rounds):.0f} MB")
    print(f"  peak RSS main (c): {max(r['c']['peak_rss_mb'] for r in rounds):.0f} MB")
    print(f"  model load time (a): {spread([r['a']['load_seconds'] for r in rounds])} s")
    print(f"  model load time (b): {spread([r['b']['load_seconds'] for r in rounds])} s")
    print(f"  time to first record, new process: {first_record:.1f} s")
    print(f"  time to first record after load (c, {workers} workers): "
          f"{spread([r['c']['first_record_seconds'] for r in rounds])} s")


def report_memory(result: dict) -> None:
    rss = result["rss_mb"]
    low, high = min(rss), max(rss)
    print("memory (1 process, streaming):")
    for n, value in sorted(rss.items()):
        print(f"  RSS after {n} articles: {value:.0f} MB")
    print(f"  RSS growth {low} -> {high} articles: {rss[high] - rss[low]:+.0f} MB; peak {result['peak_rss_mb']:.0f} MB")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (the corpora cycled to it)")
    parser.add_argument("--workers", type=int, default=2, help="processes for phase (c)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the three phases, for the spread")
    parser.add_argument("--memory-check", metavar="N,M", default=None,
                        help="also stream max(N,M) articles in one process and print RSS after N and after M")
    parser.add_argument("--skip-throughput", action="store_true", help="only the memory check")
    parser.add_argument("--statistical-baseline", action="store_true",
                        help="also run the base model without the components extraction does not run (b/s)")
    parser.add_argument("--same-batch", action="store_true",
                        help="also run the bare model in extract_many's batches, like for like (b/m)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    corpus = read_corpus()
    if not args.skip_throughput:
        records = list(cycled(corpus, args.articles))
        words = count_words(records)
        print(f"corpus: {len(records)} articles, {words} words (from {len(corpus)} distinct)", flush=True)
        first_record = time_to_first_record(records[0])
        rounds = []
        for n in range(1, args.repeat + 1):
            rounds.append(run_once(records, args.workers, args.statistical_baseline, args.same_batch))
            print_round(n, rounds[-1], args.workers)
            sys.stdout.flush()
        report(rounds, args.workers, len(records), words, first_record)
    if args.memory_check:
        checkpoints = sorted(int(n) for n in args.memory_check.split(","))
        report_memory(in_fresh_process(memory_phase, corpus, checkpoints))


if __name__ == "__main__":
    main()
