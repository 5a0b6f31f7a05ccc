"""The Article API: dates, datelines, offsets and bad input."""
import json

import pytest

import kazbel_extract
from kazbel_extract.text import blank_markup, prepare


def test_published_comes_from_the_header_when_not_given():
    article = kazbel_extract.extract(" date 2018-10-31 MINSK. KAZINFORM - Belarus and Kazakhstan met.")
    assert article.published == "2018-10-31"
    assert (article.dateline_city, article.agency) == ("Minsk", "KAZINFORM")


def test_the_argument_wins_over_the_header():
    assert kazbel_extract.extract(" date 2018-10-31 Text.", published="2019-01-02").published == "2019-01-02"


@pytest.mark.parametrize(
    "text, city, agency",
    [
        ("MINSK (BelTA) - There are great prospects.", "Minsk", "BelTA"),
        ("MINSK, 13 October (BelTA) - Diplomats met.", "Minsk", "BelTA"),
        ("ASTANA - Kazakh President Nursultan Nazarbayev met.", "Astana", None),
        ("NUR-SULTAN. KAZINFORM The level of relations is high.", "Nur-Sultan", "KAZINFORM"),
        ("OREANDA-NEWS. August 31, 2009. Belarus and China met.", None, "OREANDA-NEWS"),
    ],
)
def test_datelines(text, city, agency):
    article = kazbel_extract.extract(text)
    assert (article.dateline_city, article.agency) == (city, agency)


def test_entity_offsets_slice_the_original_text():
    text = " date 2018-10-31 MINSK. KAZINFORM - In 2016, the trade totaled $419.1 million, BelTA has learned."
    article = kazbel_extract.extract(text)
    assert article.entities
    for entity in article.entities:
        assert text[entity.start : entity.end] == entity.text


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_non_strings_are_refused_with_a_clear_message(bad):
    with pytest.raises(TypeError, match="str"):
        kazbel_extract.extract(bad)


@pytest.mark.parametrize("empty", ["", "   ", "\n\n\t"])
def test_empty_text_gives_an_article_without_entities(empty):
    article = kazbel_extract.extract(empty)
    assert article.entities == [] and article.events == []


# Text longer than spaCy's max_length: tests/test_adversarial.py processes a 2 MB article whole.


@pytest.mark.parametrize(
    "text",
    [
        "<p>Belarus &amp; Kazakhstan <b>trade</b> totaled $419 million</p><script>x()</script>",
        "Президент Беларуси Александр Лукашенко встретился с Токаевым.",
        "Қазақстан мен Беларусь арасындағы сауда 1 млрд долларға жетті.",
        "\x00\x01\x02\xff\ufffd binary \x7f\x1b[0m",
    ],
)
def test_odd_input_never_crashes(text):
    record = kazbel_extract.extract(text).to_dict()
    json.dumps(record)


def test_scraped_markup_reads_as_its_visible_text_in_place():
    page = '<p>Trade&nbsp;grew <b>12%</b></p><script>var x = "$1 billion";</script><!-- ad --> Belarus &amp; Kazakhstan'
    text = blank_markup(page)
    assert len(text) == len(page)  # the markup is blanked in place; references are decoded after (`prepare`)
    assert text.split() == ["Trade&nbsp;grew", "12%", "Belarus", "&amp;", "Kazakhstan"]
    assert text.startswith("\n\n")  # a block tag ends a paragraph, an inline tag is a space
    prepared = prepare(page)
    assert prepared.for_pipeline.split() == ["Trade", "grew", "12%", "Belarus", "&", "Kazakhstan"]
    assert "Trade grew 12%" in prepared.for_pipeline and "Belarus & Kazakhstan" in prepared.for_pipeline
    amp = prepared.for_pipeline.index("&")
    assert page[prepared.offsets.start(amp) : prepared.offsets.end(amp + 1)] == "&amp;"


def test_text_without_markup_is_left_as_it_is():
    text = "Trade grew by 5% as 2 < 3 and Johnson & Johnson said."
    assert blank_markup(text) == text
    assert prepare(text).for_pipeline == text and not prepare(text).offsets
