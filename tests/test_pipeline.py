"""The pipeline is the product: `nlp(text)` and a saved pipeline loaded with `spacy.load` give the records of
`extract(text)`; the published date is passed per text; long texts come back as one doc."""
import json
import subprocess
import sys

import pytest
import spacy

import kazbel_extract
from kazbel_extract.article import to_article

from conftest import SAMPLE_CORPUS, assert_sound, read_jsonl

WIRE = " date 2018-10-31 MINSK. KAZINFORM - Vladimir Andreichenko met with Nurlan Nigmatulin on 16 March."
MEETING = {"participants": ["Vladimir Andreichenko", "Nurlan Nigmatulin"], "date": "2018-03-16", "location": "Minsk"}


def meetings(article):
    return [{k: e.to_dict()[k] for k in MEETING} for e in article.events if e.type == "meeting"]


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("saved") / "pipeline"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def reloaded(saved):
    return spacy.load(saved)


def records_of(pipeline, articles):
    docs = pipeline.pipe(((a["text"], {"published": a.get("published")}) for a in articles), as_tuples=True)
    return [to_article(doc, a["id"]) for a, (doc, _) in zip(articles, docs)]


def test_a_saved_pipeline_gives_the_records_of_extract_on_every_dev_and_sample_article(reloaded, dev_articles,
                                                                                      dev_extracted, sample_extracted):
    articles = dev_articles + read_jsonl(SAMPLE_CORPUS)
    extracted = {**dev_extracted, **sample_extracted}
    for article, loaded in zip(articles, records_of(reloaded, articles)):
        expected = extracted[article["id"]]
        assert assert_sound(article["text"], loaded) == expected.to_dict(), article["id"]


def test_the_tokenizer_is_the_base_models_with_the_glued_word_infixes_added(nlp):
    """The pipeline builds its tokenizer from English's rules instead of reading the base model's: the same
    rules but for the infixes, which add the glued words ("Minsk(BelTA)"), and the suffixes, which add the full stop
    after a word ending on one capital ("GmbH.")."""
    from spacy.lang.en import English
    from spacy.util import compile_infix_regex, compile_suffix_regex
    from kazbel_extract.language import GLUED_STOPS, GLUED_WORDS
    from kazbel_extract.pipeline import base_model_name

    base = spacy.load(base_model_name(), exclude=["tagger", "parser", "ner", "lemmatizer", "senter", "attribute_ruler"])
    base.tokenizer.infix_finditer = compile_infix_regex([base.tokenizer.infix_finditer.__self__.pattern, *GLUED_WORDS]).finditer
    assert base.tokenizer.suffix_search.__self__.pattern == compile_suffix_regex(English.Defaults.suffixes).pattern
    base.tokenizer.suffix_search = compile_suffix_regex([*English.Defaults.suffixes, *GLUED_STOPS]).search
    for case in nlp.tokenizer.rules.keys() - base.tokenizer.rules.keys():  # the initials of the entity rules' marks
        base.tokenizer.add_special_case(case, nlp.tokenizer.rules[case])
    assert base.tokenizer.to_bytes(exclude=["vocab"]) == nlp.tokenizer.to_bytes(exclude=["vocab"])
    assert [t.text for t in nlp.make_doc("MINSK(BelTA) - Talks were held on Tuesday.(Kazakh Embassy)")][:4] == [
        "MINSK", "(", "BelTA", ")"]
    assert [t.text for t in nlp.make_doc("Pumps came from Wilo GmbH. Talks followed.")][3:6] == ["Wilo", "GmbH", "."]


def test_nlp_reads_the_header_and_the_dateline_itself(nlp, reloaded):
    for pipeline in (nlp, reloaded):
        doc = pipeline(WIRE)
        assert doc._.published == "2018-10-31" and doc._.dateline.city == "Minsk"
        assert meetings(to_article(doc)) == [MEETING]
    assert to_article(nlp(WIRE)).to_dict() == kazbel_extract.extract(WIRE).to_dict()


def test_the_published_date_comes_with_the_text_as_context_or_on_the_doc(nlp):
    text = "ASTANA - Kassym-Jomart Tokayev met with Aleksandr Lukashenko on Friday."
    ((doc, context),) = nlp.pipe([(text, {"published": "2024-07-05", "id": "a1"})], as_tuples=True)
    assert context == {"published": "2024-07-05", "id": "a1"}
    assert doc._.published == "2024-07-05" and meetings(to_article(doc))[0]["date"] == "2024-07-05"
    made = nlp.make_doc(text)
    made._.published = "2024-07-05"
    assert to_article(nlp(made)).to_dict() == to_article(doc).to_dict()


def test_a_published_date_given_with_the_text_wins_over_the_header(nlp):
    ((doc, _),) = nlp.pipe([(WIRE, {"published": "2019-01-15"})], as_tuples=True)
    assert doc._.published == "2019-01-15"


def test_a_published_date_that_is_no_day_is_refused(nlp):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        list(nlp.pipe([(WIRE, {"published": "31/10/2018"})], as_tuples=True))


def test_html_is_read_as_text_and_offsets_slice_the_page_as_given(nlp):
    page = "<p>MINSK (BelTA) - Trade between Belarus and Kazakhstan grew by 5.3% to $419.1&nbsp;million.</p>"
    doc = nlp(page)
    assert "<p>" not in doc.text and "$419.1 million" in doc.text  # the reference read as its character
    assert_sound(page, to_article(doc))


def test_a_text_longer_than_a_piece_is_processed_in_pieces_and_comes_back_as_one_doc(nlp, saved):
    paragraphs = [f"Vladimir Andreichenko met with Nurlan Nigmatulin in Minsk on {day} March." for day in range(1, 13)]
    text = "\n\n".join(paragraphs)
    whole = to_article(nlp(text)).to_dict()
    chunked = spacy.load(saved, config={"nlp": {"after_creation": {"chunk_chars": 200}}})  # the piece size is config
    assert chunked.chunk_chars == 200 and nlp.chunk_chars == 100_000
    doc = chunked(text)
    assert doc.text == text and doc.user_data["original"] == text
    in_pieces = assert_sound(text, to_article(doc))
    assert in_pieces == whole and len(in_pieces["events"]) == 12
    assert [to_article(d).to_dict() for d in chunked.pipe([text, WIRE])] == [whole, to_article(nlp(WIRE)).to_dict()]


def test_the_text_the_rules_read_is_the_docs_own_text_however_the_doc_was_made(nlp, monkeypatch):
    from spacy.tokens import Doc
    from kazbel_extract.text import doc_text
    text = "Minsk, 3 May (BelTA) - Trade grew.\n\nIt rose by 5% in <b>2023</b>."
    assert doc_text(nlp(text)) == nlp(text).text  # kept by make_doc (HTML blanked in place)
    monkeypatch.setattr(nlp, "chunk_chars", 30)
    assert doc_text(nlp(text)) == nlp(text).text  # a doc joined from pieces
    words = Doc(nlp.vocab, words=["Trade", "grew", "."], spaces=[True, False, False])
    assert doc_text(words) == "Trade grew."  # a doc made without the pipeline's make_doc


def test_a_saved_pipeline_loads_with_spacy_load_in_a_new_process_with_its_saved_data(saved, tmp_path):
    gazetteer_path = saved / "kazbel_entity_rules" / "organisations.json"
    copy = tmp_path / "pipeline"
    subprocess.run(["cp", "-r", str(saved), str(copy)], check=True)
    gazetteer = json.loads(gazetteer_path.read_text(encoding="utf-8"))
    gazetteer["names"].append("Qwertyagromash")  # only the saved copy knows this plant
    (copy / "kazbel_entity_rules" / "organisations.json").write_text(json.dumps(gazetteer), encoding="utf-8")

    script = (
        "import json, sys, spacy\n"
        "from kazbel_extract.article import to_article\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('Qwertyagromash and BelAZ exported trucks worth almost $419.1 million.')\n"
        "print(json.dumps([[e.text, e.label_] for e in doc.ents]))\n"
        "print(json.dumps(to_article(nlp(sys.argv[2])).to_dict()))\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(copy), WIRE], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    ents, record = run.stdout.strip().splitlines()[-2:]
    assert json.loads(ents) == [["Qwertyagromash", "ORG"], ["BelAZ", "ORG"], ["$419.1 million", "MONEY"]]
    assert json.loads(record) == json.loads(json.dumps(kazbel_extract.extract(WIRE).to_dict()))


def test_a_processed_doc_round_trips_through_bytes_with_its_dateline_and_events(nlp):
    doc = nlp(WIRE)
    copy = type(doc)(nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.dateline == doc._.dateline and copy._.published == "2018-10-31"
    assert [e.to_dict() for e in copy._.events] == [e.to_dict() for e in doc._.events] and copy._.events
    assert to_article(copy).to_dict() == to_article(doc).to_dict()
