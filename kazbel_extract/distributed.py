"""The same extraction on a Dask cluster (`pip install kazbel-extract[dask]`).

Each worker process loads the pipeline once (`kazbel_extract.load()` is cached per process) and
runs whole batches through `extract_batch`, exactly as a local worker does, so the records are the
same as a local run's. Workers need kazbel_extract and its base model installed.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language

from .batch import BATCH_SIZE, BATCHES_PER_WORKER, Failure, extract_batch, extract_many, run_ordered
from .extras import require
from .pipeline import Portable
from .records import Article


def extract_pairs_on_cluster(records: Iterable[Any], scheduler: Any, batch_size: int = BATCH_SIZE,
                             nlp: Language | None = None, data_path: str | None = None
                             ) -> Iterator[tuple[Any, Article | Failure]]:
    """Like `batch.extract_pairs`, with the batches run by the cluster at `scheduler`.

    `scheduler` is an address (`tcp://host:8786`) or a `distributed.Client`. The input is read
    lazily and results come back in input order, a few batches per worker in flight. `nlp` is sent
    to every worker once (as bytes); `data_path` must be readable by every worker.
    """
    Client = require("distributed", "dask", "extract_pairs_on_cluster()").Client
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        workers = max(1, len(client.scheduler_info()["workers"]))
        portable = client.scatter(Portable.of(nlp, data_path), broadcast=True)
        yield from run_ordered(records, lambda work: client.submit(extract_batch, work, portable, pure=False),
                               window=workers * BATCHES_PER_WORKER, batch_size=batch_size)
    finally:
        if client is not scheduler:
            client.close()


def _records_of(partition: Iterable[Any], portable: Portable) -> list[dict]:
    return [result.to_dict() for result in extract_many(partition, nlp=portable.load())]


def extract_bag(bag, nlp: Language | None = None, data_path: str | None = None):
    """A Dask bag of article dicts (`id`, `text`, `published`) or texts in, a bag of records out.

    Each record is `Article.to_dict()`, or `{"id", "error"}` for an input that gave no article.
    `nlp` or `data_path` as for `extract_pairs_on_cluster`.

        >>> import dask.bag as db
        >>> records = extract_bag(db.read_text("articles-*.jsonl").map(json.loads)).compute()
    """
    return bag.map_partitions(_records_of, Portable.of(nlp, data_path))
