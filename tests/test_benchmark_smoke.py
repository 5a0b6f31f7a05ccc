"""The throughput benchmark runs end to end on a few articles and reports every figure (its speed is not tested)."""
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import throughput  # noqa: E402

KEYS = ["words/s (a)", "words/s (b)", "words/s (c)", "articles/s (a)", "articles/s (b)", "articles/s (c)",
        "ratio b/a", "ratio b/a in CPU seconds (steadier on a shared machine)", "ratio c/b", "peak RSS main (b)", "peak RSS per worker (c)", "model load time (a)",
        "model load time (b)", "time to first record, new process",
        "statistical baseline components (s)", "ratio b/s (our components' cost over the same statistical work)",
        "ratio b/s in CPU seconds", "ratio b/m (against the bare model in extract_many's batches)",
        "ratio b/m in CPU seconds"]


def test_the_corpus_is_cycled_to_the_size_asked_with_distinct_ids():
    records = list(throughput.cycled(throughput.read_corpus(), 50))
    assert len(records) == 50 and len({r["id"] for r in records}) == 50
    assert throughput.count_words(records[:1]) == len(records[0]["text"].split())


def test_one_run_prints_every_figure(capsys):
    throughput.main(["--articles", "12", "--workers", "2", "--statistical-baseline", "--same-batch"])
    out = capsys.readouterr().out
    missing = [key for key in KEYS if key + ":" not in out]
    assert not missing, out
    assert "failed articles (b, c): 0, 0" in out
    baseline = next(line for line in out.splitlines() if "statistical baseline components (s):" in line)
    assert "attribute_ruler" not in baseline and "lemmatizer" not in baseline and "ner" in baseline


def test_the_memory_check_reads_rss_at_each_checkpoint(nlp, capsys):
    result = throughput.memory_phase(throughput.read_corpus()[:3], [2, 5])
    assert sorted(result["rss_mb"]) == [2, 5]
    throughput.report_memory({**result, "peak_rss_mb": throughput.proc_status_mb("VmHWM")})
    out = capsys.readouterr().out
    assert "RSS after 2 articles:" in out and "RSS growth 2 -> 5 articles:" in out
