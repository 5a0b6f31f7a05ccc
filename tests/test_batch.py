"""extract_many: the same records as extract(), in input order, streaming, and failures in their place."""
from itertools import count, islice

import pytest

import kazbel_extract
from kazbel_extract import Failure, extract_many
from kazbel_extract import batch

TEXTS = [
    " date 2018-10-31 MINSK. KAZINFORM - In 2016, the trade between Belarus and Kazakhstan totaled $419.1 million.",
    "ASTANA - Kazakh President Nursultan Nazarbayev met with Belarusian Prime Minister Sergei Rumas.",
    "MINSK (BelTA) - Belarus' export to Kazakhstan grew by 45.8% to $539.2 million in January-September 2018.",
]
RECORDS = [{"id": f"a{i}", "text": text, "published": "2019-05-01" if i == 1 else None} for i, text in enumerate(TEXTS)]


def expected(records):
    return [kazbel_extract.extract(r["text"], published=r["published"], id=r["id"]).to_dict() for r in records]


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_dicts_give_what_extract_gives_in_input_order(batch_size):
    got = [article.to_dict() for article in extract_many(RECORDS, batch_size=batch_size)]
    assert got == expected(RECORDS)


def test_plain_texts_are_articles_without_id():
    got = [article.to_dict() for article in extract_many(iter(TEXTS))]
    assert got == [kazbel_extract.extract(text).to_dict() for text in TEXTS]


def test_two_worker_processes_give_the_same_records_as_one():
    records = RECORDS * 3
    one = [article.to_dict() for article in extract_many(records, workers=1, batch_size=2)]
    two = [article.to_dict() for article in extract_many(records, workers=2, batch_size=2)]
    assert two == one == expected(records)


@pytest.mark.parametrize("threads, start_method", [(1, "fork"), (2, "spawn")])
def test_workers_are_forked_only_from_a_single_threaded_process(monkeypatch, threads, start_method):
    monkeypatch.setattr(batch.threading, "active_count", lambda: threads)
    assert batch.pool_context().get_start_method() == start_method


@pytest.mark.parametrize(
    "bad, reason",
    [
        ({"id": "x", "text": ""}, "empty text"),
        ({"id": "x", "text": " \n\t "}, "empty text"),
        ({"id": "x"}, "record has no text"),
        ({"id": "x", "text": None}, "record has no text"),
        ({"id": "x", "text": 42}, "text is not a string but 42 (of type int)"),
        ({"id": "x", "text": "Text.", "published": 20181031},
         "published must be a YYYY-MM-DD date, an ISO timestamp or a date, not 20181031 (of type int)"),
        ({"id": "x", "text": "Text.", "published": "31.10.2018"},
         "published must be a YYYY-MM-DD date or an ISO timestamp, not '31.10.2018'"),
        ({"id": "x", "text": "Text.", "published": "2018-02-30"},
         "published '2018-02-30' is no real day or time (day is out of range for month)"),
        (b"bytes", "expected a text or a dict, got bytes"),
        (None, "expected a text or a dict, got NoneType"),
    ],
)
def test_a_bad_record_is_a_failure_in_its_place_and_the_rest_goes_on(bad, reason):
    results = list(extract_many([RECORDS[0], bad, RECORDS[2]], batch_size=3))
    assert results[1] == Failure(bad.get("id") if isinstance(bad, dict) else None, reason)
    assert [results[0].to_dict(), results[2].to_dict()] == expected([RECORDS[0], RECORDS[2]])


def test_a_text_the_pipeline_fails_on_costs_only_its_own_record(monkeypatch):
    real_to_article = batch.to_article

    def to_article_failing_on_marker(doc, id=None):
        if "EXPLODE" in doc.text:
            raise ValueError("cannot tokenise")
        return real_to_article(doc, id)

    monkeypatch.setattr(batch, "to_article", to_article_failing_on_marker)
    records = [RECORDS[0], {"id": "bad", "text": "EXPLODE"}, RECORDS[2]]
    results = list(extract_many(records, batch_size=3))
    assert results[1] == Failure("bad", "ValueError: cannot tokenise")
    assert [results[0].to_dict(), results[2].to_dict()] == expected([RECORDS[0], RECORDS[2]])


def test_input_is_read_lazily_one_batch_ahead_at_most():
    pulled = []

    def endless():
        for i in count():
            pulled.append(i)
            yield TEXTS[i % len(TEXTS)]

    first = list(islice(extract_many(endless(), batch_size=4), 5))
    assert len(first) == 5
    assert len(pulled) == 8  # two batches of four: the one being read and none beyond it


def test_pairs_give_back_each_record_with_its_result():
    pairs = list(batch.extract_pairs([RECORDS[0], {"id": "e", "text": ""}]))
    assert [record for record, _ in pairs] == [RECORDS[0], {"id": "e", "text": ""}]
    assert pairs[1][1] == Failure("e", "empty text")


def test_workers_below_one_are_refused():
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_many(TEXTS, workers=0))
