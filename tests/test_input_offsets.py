"""Noisy input read as its clean text, with offsets into the text as given: doubled spaces and tabs, a space before
a comma, full stop or per cent sign, character references (&amp; &nbsp; &#8211;), CRLF line ends and lines broken
at a page's column width. Each noisy wording must give the records of its clean wording, every offset slicing the
noisy text to exactly the record's text (`kazbel_extract/offsets.py`, `text.prepare`)."""
import html
import json
import re

import pytest
import spacy

import kazbel_extract
from conftest import assert_sound
from kazbel_extract import extract, extract_many
from kazbel_extract.article import to_article
from kazbel_extract.offsets import OffsetMap, rewrite
from kazbel_extract.text import prepare

TRADE = ("MINSK (BelTA) - Trade between Belarus and Kazakhstan grew by 7.4% to $1.2 billion in January-June 2024, "
         "the National Statistics Committee said.")
MEETING = ("ASTANA. KAZINFORM - Kazakh Prime Minister Olzhas Bektenov met with Belarusian Prime Minister Roman "
           "Golovchenko in Astana on 4 March.")
AGREEMENT = ("MINSK (BelTA) - Belarus and Kazakhstan signed an agreement on cooperation in the field of veterinary "
             "medicine on Tuesday.")
VENTURE = ("MINSK (BelTA) - Belarusian carmaker MAZ and Kazakh company Allur have set up a joint venture to assemble "
           "buses in Kostanay.")
RETAIL = ("ASTANA (Kazinform) - Arzan Cash & Carry LLP signed a contract with Belarusian dairy maker Savushkin Product "
          "for 2025.")


def folded(text: str) -> str:
    """A record's text as the clean wording writes it: references decoded, white space single, no space before a
    stop or comma."""
    text = re.sub(r"\s+", " ", html.unescape(text).replace("\u00a0", " "))
    return re.sub(r" (?=[,.;:)%])", "", text).strip()


def fields(record: dict) -> dict:
    """The record without its offsets and evidence: entities as (label, text), events as their scored fields."""
    events = []
    for event in record["events"]:
        event = {k: v for k, v in event.items() if k not in ("evidence", "sources")}
        events.append(json.loads(folded(json.dumps(event, sort_keys=True, ensure_ascii=False))))
    return {"entities": [(e["label"], folded(e["text"])) for e in record["entities"]], "events": events}


def assert_reads_as_clean(clean: str, noisy: str, evidence: list[str]) -> dict:
    """`noisy` gives the records of `clean`; each event's evidence is the given stretch of `noisy`, where it stands."""
    record = assert_sound(noisy, extract(noisy))
    assert fields(record) == fields(extract(clean).to_dict())
    assert [(e["evidence"]["text"], e["evidence"]["start"]) for e in record["events"]] == \
        [(text, noisy.index(text)) for text in evidence]
    return record


# --- the offset map

def test_a_deleted_run_maps_each_kept_character_and_a_span_ends_before_what_was_deleted():
    (text,), rewritten = rewrite(("Minsk   and Astana",), re.finditer(" {2,}", "Minsk   and Astana"), lambda m: " ")
    assert text == "Minsk and Astana"
    offsets = OffsetMap([rewritten])
    assert offsets.span(0, 5) == (0, 5)  # "Minsk"
    assert offsets.span(6, 9) == (8, 11)  # "and"
    assert offsets.span(0, 16) == (0, 18)
    assert rewritten.forward(8) == 6 and rewritten.forward(2) == 2


def test_a_decoded_reference_maps_as_a_whole_to_the_reference():
    given = "Cash &amp; Carry"
    (text,), rewritten = rewrite((given,), re.finditer("&amp;", given), lambda m: "&")
    offsets = OffsetMap([rewritten])
    assert text == "Cash & Carry"
    assert given[slice(*offsets.span(5, 6))] == "&amp;"
    assert given[slice(*offsets.span(0, 12))] == given
    assert given[slice(*offsets.span(7, 12))] == "Carry"


def test_rewrites_chain_back_to_the_first_text_and_keep_as_plain_lists():
    given = "Trade  grew &amp; rose ,"
    clean, offsets = prepare(given).for_pipeline, prepare(given).offsets
    assert clean == "Trade grew & rose,"
    again = OffsetMap.from_data(json.loads(json.dumps(offsets.to_data())))
    for start, end in ((0, 5), (6, 10), (11, 12), (13, 17), (0, 18)):
        assert again.span(start, end) == offsets.span(start, end)
    assert given[slice(*offsets.span(11, 12))] == "&amp;" and given[slice(*offsets.span(13, 18))] == "rose ,"


@pytest.mark.parametrize("text", [TRADE, MEETING, AGREEMENT, VENTURE, RETAIL, " date 2024-03-05 " + TRADE,
                                  "Trade up 7%\n\n" + TRADE + "\n\n" + MEETING])
def test_a_clean_text_has_no_map_and_is_read_at_its_own_length(text):
    prepared = prepare(text)
    assert not prepared.offsets and len(prepared.for_pipeline) == len(text) and prepared.written == text
    doc = kazbel_extract.load()(text)
    assert "offsets" not in doc.user_data and doc.user_data["input"] == text


# --- spacing

@pytest.mark.parametrize("clean, noisy, evidence", [
    (TRADE, TRADE.replace("between Belarus", "between  Belarus").replace("7.4% to", "7.4%   to"),
     ["Trade between  Belarus and Kazakhstan grew by 7.4%   to $1.2 billion in January-June 2024, the National "
      "Statistics Committee said."]),
    (TRADE, TRADE.replace("grew by", "grew\tby").replace("$1.2 billion", "$1.2 \t billion"),
     ["Trade between Belarus and Kazakhstan grew\tby 7.4% to $1.2 \t billion in January-June 2024, the National "
      "Statistics Committee said."]),
    (TRADE, TRADE.replace("2024,", "2024 ,").replace("said.", "said ."),
     ["Trade between Belarus and Kazakhstan grew by 7.4% to $1.2 billion in January-June 2024 , the National "
      "Statistics Committee said ."]),
    (TRADE, TRADE.replace("7.4%", "7.4 %"),
     ["Trade between Belarus and Kazakhstan grew by 7.4 % to $1.2 billion in January-June 2024, the National "
      "Statistics Committee said."]),
    (MEETING, MEETING.replace("Bektenov met", "Bektenov  met").replace("Astana on", "Astana  on").replace(
        "March.", "March ."),
     ["Kazakh Prime Minister Olzhas Bektenov  met with Belarusian Prime Minister Roman Golovchenko in Astana  on "
      "4 March ."]),
])
def test_doubled_spaces_tabs_and_a_space_before_a_stop_read_as_the_clean_spacing(clean, noisy, evidence):
    assert_reads_as_clean(clean, noisy, evidence)


def test_an_entity_written_with_a_doubled_space_is_the_users_text_where_it_stands():
    noisy = MEETING.replace("Roman Golovchenko", "Roman  Golovchenko")
    record = assert_reads_as_clean(MEETING, noisy, [noisy[noisy.index("Kazakh Prime") :]])
    [person] = [e for e in record["entities"] if e["text"].startswith("Roman")]
    assert (person["text"], person["start"]) == ("Roman  Golovchenko", noisy.index("Roman"))
    assert record["events"][0]["participants"] == ["Olzhas Bektenov", "Roman Golovchenko"]


# --- character references

@pytest.mark.parametrize("clean, noisy, entity", [
    (RETAIL, RETAIL.replace("&", "&amp;"), "Arzan Cash &amp; Carry LLP"),
    (TRADE, TRADE.replace("$1.2 billion", "$1.2&nbsp;billion"), "$1.2&nbsp;billion"),
    (TRADE, TRADE.replace("7.4%", "7.4&#37;"), "7.4&#37;"),
    (TRADE, TRADE.replace("$1.2 billion", "&#36;1.2 billion"), "&#36;1.2 billion"),
])
def test_a_character_reference_reads_as_its_character_and_the_entity_quotes_it_as_given(clean, noisy, entity):
    sentence = noisy[noisy.index(") - ") + 4 :]
    record = assert_reads_as_clean(clean, noisy, [sentence])
    [found] = [e for e in record["entities"] if e["text"] == entity]
    assert found["start"] == noisy.index(entity)


def test_a_reference_for_a_space_or_dash_reads_as_one_character_without_padding():
    noisy = TRADE.replace("January-June", "January&#8211;June").replace("between Belarus", "between&nbsp;Belarus")
    prepared = prepare(noisy)
    assert "between Belarus and Kazakhstan grew by 7.4% to $1.2 billion in January\u2013June 2024" in prepared.for_pipeline
    record = assert_sound(noisy, extract(noisy))
    assert [e["period"] for e in record["events"]] == ["2024-01/2024-06"]


# --- hard wraps and line ends

@pytest.mark.parametrize("clean, noisy, evidence", [
    (AGREEMENT, AGREEMENT.replace("field of veterinary", "field of\nveterinary"),
     ["Belarus and Kazakhstan signed an agreement on cooperation in the field of\nveterinary medicine on Tuesday."]),
    (AGREEMENT, AGREEMENT.replace("field of veterinary", "field of \r\n  veterinary"),
     ["Belarus and Kazakhstan signed an agreement on cooperation in the field of \r\n  veterinary medicine on "
      "Tuesday."]),
    (VENTURE, VENTURE.replace("a joint venture", "a joint\nventure"),
     ["Belarusian carmaker MAZ and Kazakh company Allur have set up a joint\nventure to assemble buses in Kostanay."]),
    (MEETING, MEETING.replace("met with Belarusian", "met with\nBelarusian"),
     ["Kazakh Prime Minister Olzhas Bektenov met with\nBelarusian Prime Minister Roman Golovchenko in Astana on 4 "
      "March."]),
    (MEETING, MEETING.replace("Roman Golovchenko", "Roman\nGolovchenko"),
     ["Kazakh Prime Minister Olzhas Bektenov met with Belarusian Prime Minister Roman\nGolovchenko in Astana on 4 "
      "March."]),
    (TRADE, TRADE.replace("2024, the", "2024,\nthe").replace("to $1.2", "to\n$1.2"),
     ["Trade between Belarus and Kazakhstan grew by 7.4% to\n$1.2 billion in January-June 2024,\nthe National "
      "Statistics Committee said."]),
])
def test_a_line_broken_at_the_column_width_reads_as_one_line(clean, noisy, evidence):
    record = assert_reads_as_clean(clean, noisy, evidence)
    if "agreement" in clean:
        assert record["events"][0]["title"] == "agreement on cooperation in the field of veterinary medicine"


def test_a_headline_broken_before_its_last_words_reads_as_one_line_and_the_lede_stays_its_own():
    text = ("Belarus and Kazakhstan sign an agreement on veterinary\nmedicine\n\n" + AGREEMENT)
    first_line = prepare(text).for_pipeline.split("\n")[0]
    assert first_line == "Belarus and Kazakhstan sign an agreement on veterinary medicine"
    assert_sound(text, extract(text))
    headline = "Belarus and Kazakhstan sign a veterinary agreement today\n"
    assert prepare(headline + "Kazakh and Belarusian officials met in Minsk.").for_pipeline.count("\n") == 1


@pytest.mark.parametrize("text", [
    "Belarus and Kazakhstan signed three documents in Minsk today.\nThe sides also discussed trade.",
    "The documents signed in Minsk on Tuesday include the following:\n- a roadmap on industrial cooperation;",
    "- a roadmap for the implementation of joint projects in machine building,\nas well as two other documents.",
    "Trade grew by 7.4% in January-June\nto $1.2 billion.",
    "The ministers of Belarus and Kazakhstan met in Astana on 4 March\n- Updated at 14:20",
])
def test_a_break_after_a_sentence_a_colon_a_list_item_or_a_short_line_stays(text):
    assert prepare(text).for_pipeline.count("\n") == 1


# --- every way in reads the same

NOISY = ("Trade up  7.4 %\n\n" + TRADE.replace("Kazakhstan grew", "Kazakhstan  grew").replace("to $1.2", "to\n$1.2")
         + "\r\n\r\n" + RETAIL.replace("&", "&amp;") + "\n\n" + MEETING.replace("4 March.", "4 March ."))


def test_extract_extract_many_pipe_and_a_text_in_pieces_give_the_same_offsets(tmp_path):
    nlp = kazbel_extract.load()
    whole = assert_sound(NOISY, extract(NOISY))
    assert len(whole["events"]) == 3
    [many] = extract_many([{"id": None, "text": NOISY}])
    assert many.to_dict() == whole
    [(doc, _)] = nlp.pipe([(NOISY, {})], as_tuples=True)
    assert to_article(doc).to_dict() == whole
    nlp.to_disk(tmp_path / "model")
    chunked = spacy.load(tmp_path / "model", config={"nlp": {"after_creation": {"chunk_chars": 180}}})
    doc = chunked(NOISY)
    assert len(doc.user_data["offsets"]) > 0 and to_article(doc).to_dict() == whole


def test_a_docs_offset_map_is_kept_through_to_bytes():
    from spacy.tokens import Doc

    nlp = kazbel_extract.load()
    doc = nlp(NOISY)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again.user_data["offsets"] == doc.user_data["offsets"] and again.user_data["input"] == NOISY
