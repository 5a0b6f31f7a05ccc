"""Many articles at once: streaming, in input order, in batches, on one or more processes.

`extract_many` reads its input lazily and keeps only a bounded window of batches in flight, so
memory stays flat however long the input is. A record that cannot be processed does not stop the
run: it comes out as a `Failure` in its place. A worker pool that breaks (a process killed, a
pipeline that cannot load) stops the run with `WorkerError`: it is no fault of the articles.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing.context import BaseContext
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from spacy.language import Language

from .article import to_article
from .pipeline import Portable
from .published import published_day
from .records import Article, meta_of

BATCH_SIZE = 32  # articles per batch: one unit of work for a process, and one transaction in the store
BATCHES_PER_WORKER = 2  # batches in flight per worker: enough to keep each busy while results are read


class WorkerError(RuntimeError):
    """The processes running the batches failed (not one article): the run cannot go on."""


@dataclass(frozen=True)
class Failure:
    """An input that gave no article, and why (in the place its article would have taken)."""

    id: Any
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.reason}


class ArticleInput(NamedTuple):
    """What a worker needs of one record: small and picklable."""

    id: Any
    text: str
    published: str | None


def to_input(record: Any) -> ArticleInput | Failure:
    """Check one record (a text, or a dict with "text" and optional "id" and "published")."""
    if isinstance(record, str):
        record = {"text": record}
    if not isinstance(record, dict):
        return Failure(None, f"expected a text or a dict, got {type(record).__name__}")
    id, text, published = record.get("id"), record.get("text"), record.get("published")
    if text is None:
        return Failure(id, "record has no text")
    if not isinstance(text, str):
        return Failure(id, f"text is not a string but {text!r:.40} (of type {type(text).__name__})")
    if not text.strip():
        return Failure(id, "empty text")
    try:
        published = published_day(published)
    except ValueError as error:
        return Failure(id, str(error))
    return ArticleInput(id, text, published)


def _reason(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"


def extract_batch(inputs: list[ArticleInput], pipeline: Language | Portable | None = None) -> list[Article | Failure]:
    """Articles of one batch, in order, with `pipeline` (by default the process's, loaded once per process).

    The whole batch goes through `nlp.pipe`; if that fails, each article is redone alone so
    that one bad text costs only its own record.
    """
    try:
        return _extract_together(inputs, pipeline)
    except Exception as error:  # noqa: BLE001  (any failure of one text is reported, never raised)
        if len(inputs) == 1:
            return [Failure(inputs[0].id, _reason(error))]
    return [extract_batch([item], pipeline)[0] for item in inputs]


def _extract_together(inputs: list[ArticleInput], pipeline: Language | Portable | None) -> list[Article]:
    nlp = pipeline if isinstance(pipeline, Language) else (pipeline or Portable()).load()
    docs = nlp.pipe(((item.text, {"published": item.published}) for item in inputs), as_tuples=True)
    return [to_article(doc, item.id) for item, (doc, _) in zip(inputs, docs)]


Submit = Callable[[list[ArticleInput]], "Future[list[Article | Failure]]"]


def run_ordered(records: Iterable[Any], submit: Submit, window: int, batch_size: int = BATCH_SIZE
                ) -> Iterator[tuple[Any, Article | Failure]]:
    """(record, result) pairs in input order, with at most `window` batches submitted and not yet read.

    `submit` hands a batch to whatever runs it (this process, a process pool, a Dask cluster) and
    returns a future. The input is pulled only as the window frees up, never drained ahead.
    """
    in_flight: deque[tuple[list[Any], list[ArticleInput | Failure], Future]] = deque()
    records = iter(records)
    while True:
        while len(in_flight) < window and (batch := list(islice(records, batch_size))):
            checked = [to_input(record) for record in batch]
            work = [item for item in checked if isinstance(item, ArticleInput)]
            in_flight.append((batch, checked, submit(work) if work else _done([])))
        if not in_flight:
            return
        batch, checked, future = in_flight.popleft()
        try:
            results = iter(future.result())
        except Exception as error:  # extract_batch reports each article's failure: this is the pool's
            reason = _reason(error).splitlines()[0]
            raise WorkerError(f"the worker processes failed ({reason}); the articles before this batch were "
                              "extracted") from error
        for record, item in zip(batch, checked):
            yield record, (item if isinstance(item, Failure) else next(results))


def _done(value: Any) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def _warm_up(pipeline: Portable) -> None:
    pipeline.load()


def pool_context() -> BaseContext:
    """How to start worker processes: fork when this process runs no other thread, else spawn.

    Fork is quick (workers share the loaded pipeline) and needs no `if __name__ == "__main__"`
    guard, but a thread holding a lock at the fork (a Dask client, a progress monitor) can
    deadlock the child; spawn starts clean.
    """
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def extract_pairs(records: Iterable[Any], workers: int = 1, batch_size: int = BATCH_SIZE,
                  nlp: Language | None = None, data_path: str | None = None
                  ) -> Iterator[tuple[Any, Article | Failure]]:
    """Like `extract_many`, but each result comes with the record it was made from."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if workers == 1:
        pipeline = nlp or Portable.of(data_path=data_path)
        yield from run_ordered(records, lambda work: _done(extract_batch(work, pipeline)), window=1,
                               batch_size=batch_size)
        return
    portable = Portable.of(nlp, data_path)
    with ProcessPoolExecutor(workers, mp_context=pool_context(), initializer=_warm_up, initargs=(portable,)) as pool:
        yield from run_ordered(records, lambda work: pool.submit(extract_batch, work, portable),
                               window=workers * BATCHES_PER_WORKER, batch_size=batch_size)


def extract_many(records: Iterable[Any], workers: int = 1, batch_size: int = BATCH_SIZE,
                 nlp: Language | None = None, data_path: str | None = None) -> Iterator[Article | Failure]:
    """Extract many articles: texts, or dicts with "text" and optional "id" and "published".

    Yields one `Article` per record, in input order, or a `Failure` (id, reason) for a record that
    has no usable text, a `published` that is no date, or that the pipeline could not process. A
    dict's other fields (url, title ...) are the article's `meta`. Reads the input lazily,
    `batch_size` records at a time; `workers > 1` runs batches on that many processes, each loading
    the pipeline once. `nlp` (a pipeline of `kazbel_extract.load()` or `spacy.load`, with whatever was
    added to it) or `data_path` (a copy of `models/`) is what every process then uses. Raises
    `WorkerError` if the worker processes fail.
    """
    for record, result in extract_pairs(records, workers, batch_size, nlp, data_path):
        if isinstance(result, Article) and isinstance(record, dict):
            result.meta = meta_of(record)
        yield result
