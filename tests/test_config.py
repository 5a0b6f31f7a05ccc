"""Limits are validated config values with defaults; a user's copy of `models/` is used everywhere, in worker
processes too; the README's recipes work as written."""
import shutil

import pytest
import spacy
import srsly
from confection import ConfigValidationError

from kazbel_extract import extract_many
from kazbel_extract.data import models_path
from kazbel_extract.events import link_events
from kazbel_extract.events.settings import LinkingSettings
from kazbel_extract.pipeline import build

MEETING_IN_A_NEW_CITY = {"id": "q", "text": "Aleksandr Lukashenko met with Kassym-Jomart Tokayev in Qwertygrad on 16 March."}


@pytest.mark.parametrize("name, config", [
    ("kazbel_sentence_cap", {"max_tokens": 1}),
    ("kazbel_pos_rules", {"cache_size": -1}),
    ("kazbel_events", {"max_place_distance": 0}),
    ("kazbel_events", {"max_metric_distance": -3}),
    ("kazbel_actors", {"appositive_title_tokens": 0}),
    ("kazbel_actors", {"counterpart_country_tokens": True}),
])
def test_a_limit_out_of_range_is_refused_when_the_component_is_made(nlp, name, config):
    with pytest.raises(ValueError, match=next(iter(config))):
        nlp.create_pipe(name, name="probe", config=config)


@pytest.mark.parametrize("name, config", [
    ("kazbel_sentence_cap", {"max_tokens": "many"}),
    ("kazbel_events", {"max_date_distance": "far"}),
    ("kazbel_events", {"no_such_limit": 3}),
])
def test_a_value_of_the_wrong_type_or_an_unknown_setting_is_a_config_error(nlp, name, config):
    with pytest.raises(ConfigValidationError):
        nlp.create_pipe(name, name="probe", config=config)


def test_the_chunk_size_of_long_texts_is_a_checked_config_value_of_the_language():
    assert spacy.blank("kazbel_en").chunk_chars == 100_000
    assert spacy.blank("kazbel_en", config={"nlp": {"after_creation": {"chunk_chars": 500}}}).chunk_chars == 500
    with pytest.raises(ValueError, match="chunk_chars"):
        spacy.blank("kazbel_en", config={"nlp": {"after_creation": {"chunk_chars": 0}}})
    with pytest.raises(ConfigValidationError):
        spacy.blank("kazbel_en", config={"nlp": {"after_creation": {"chunk_chars": "long"}}})


def test_the_column_width_of_wrapped_lines_is_a_checked_config_value_of_the_language():
    wrapped = "Trade grows\nMINSK (BelTA) - Roman Golovchenko said trade with\nKazakhstan grew."  # a headline first
    assert spacy.blank("kazbel_en").wrap_chars == 40
    assert spacy.blank("kazbel_en")(wrapped).text.count("\n") == 1  # a line of 49 characters is a page's column
    narrow = spacy.blank("kazbel_en", config={"nlp": {"after_creation": {"wrap_chars": 60}}})
    assert narrow.wrap_chars == 60 and narrow(wrapped).text.count("\n") == 2
    with pytest.raises(ValueError, match="wrap_chars"):
        spacy.blank("kazbel_en", config={"nlp": {"after_creation": {"wrap_chars": 0}}})


def test_the_event_limits_are_read_from_the_config(nlp):
    linker = nlp.create_pipe("kazbel_events", name="probe", config={"max_place_distance": 4, "max_place_words": 2})
    assert linker.settings == LinkingSettings(max_place_distance=4, max_place_words=2)
    assert nlp.config["components"]["kazbel_events"]["max_link_distance"] == 8


def records_with(nlp, text: str, **limits) -> list[dict]:
    """The event records of `text` when the event rules use `limits` in place of the defaults."""
    doc = nlp(text)
    return [event.to_dict() for event in link_events(doc, nlp.get_pipe("kazbel_events").lexicon, LinkingSettings(**limits))]


def test_the_rules_use_the_limits_of_the_config(nlp):
    meeting = "MINSK, 16 March. Aleksandr Lukashenko met with Kassym-Jomart Tokayev in Nur-Sultan on 16 March."
    assert [r["location"] for r in records_with(nlp, meeting)] == ["Nur-Sultan"]
    assert [r["location"] for r in records_with(nlp, meeting, max_place_words=1)] == ["Minsk"]  # "Nur - Sultan" is 3 tokens
    trade = "Trade between Belarus and Kazakhstan reached $500 million in 2023, up 12%."
    assert [(r["period"], r["change_pct"]) for r in records_with(nlp, trade)] == [("2023", 12.0)]
    assert [(r["period"], r["change_pct"]) for r in records_with(nlp, trade, max_date_distance=1, max_link_distance=1)
            if r["value"]] == [(None, None)]


def roles_with(nlp, text: str, **limits) -> list[dict | None]:
    """The role of each person of `text` when the actors use `limits` in place of the defaults."""
    doc = nlp.create_pipe("kazbel_actors", name="probe", config=limits)(nlp(text, disable=["kazbel_actors", "kazbel_events"]))
    return [span._.role for span in doc.ents if span.label_ == "PERSON"]


def test_the_actors_read_title_phrases_within_the_limits_of_the_config(nlp):
    appositive = "Aidos Qwertyuly, Deputy Chairman of the Senate, met Belarusian officials in Minsk."
    assert [role["title"] for role in roles_with(nlp, appositive)] == ["Deputy Chairman"]
    assert roles_with(nlp, appositive, appositive_title_tokens=1) == [None]  # "Deputy" alone is no title
    counterpart = "Belarusian Foreign Minister Petr Qwertovich met his Kazakh foreign ministry counterpart Aidos Qwertyuly."
    assert [role["country"] for role in roles_with(nlp, counterpart)] == ["Belarus", "Kazakhstan"]
    assert [role["country"] for role in roles_with(nlp, counterpart, counterpart_country_tokens=2)] == ["Belarus", None]


def test_the_components_declare_what_they_assign_and_require_and_the_pipeline_has_no_gaps(nlp):
    assert nlp.get_pipe_meta("kazbel_events").assigns == ["doc._.events"]
    assert nlp.get_pipe_meta("kazbel_sentence_cap").assigns == ["token.is_sent_start"]
    assert set(nlp.get_pipe_meta("kazbel_pos_rules").assigns) == {"token.pos", "token.tag", "token.dep"}
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert not any(problems[name] for name in ("kazbel_sentence_cap", "kazbel_pos_rules", "kazbel_events"))


@pytest.fixture(scope="module")
def my_models(tmp_path_factory):
    data = tmp_path_factory.mktemp("data") / "my_models"
    shutil.copytree(models_path(), data, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    places_data = srsly.read_json(data / "vocabulary" / "places.json")
    places_data["cities"].append("Qwertygrad")
    srsly.write_json(data / "vocabulary" / "places.json", places_data)
    return data


def location(result):
    (meeting,) = [e for e in result.events if e.type == "meeting"]
    return meeting.location


def test_extract_many_uses_a_data_folder_in_this_process_and_in_workers(my_models):
    records = [MEETING_IN_A_NEW_CITY] * 2
    assert [location(r) for r in extract_many(records)] == [None, None]
    for workers in (1, 2):
        results = list(extract_many(records, workers=workers, batch_size=1, data_path=str(my_models)))
        assert [location(r) for r in results] == ["Qwertygrad", "Qwertygrad"], workers


def test_extract_many_uses_a_pipeline_given_with_its_runtime_additions_in_workers():
    nlp = build()
    nlp.get_pipe("kazbel_events").add("places", "cities", ["Qwertygrad"])
    results = list(extract_many([MEETING_IN_A_NEW_CITY] * 2, workers=2, batch_size=1, nlp=nlp))
    assert [location(r) for r in results] == ["Qwertygrad", "Qwertygrad"]


def test_a_missing_data_folder_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="has no entity_rules/ folder"):
        build(data_path=tmp_path)


def test_the_readme_recipe_for_a_copy_of_the_data_works(my_models):
    import kazbel_extract

    nlp = kazbel_extract.load(data_path=str(my_models))
    assert location(kazbel_extract.extract(MEETING_IN_A_NEW_CITY["text"], nlp=nlp)) == "Qwertygrad"
    nlp.replace_pipe("kazbel_actors", "kazbel_actors", config={"data_path": str(my_models / "actors")})
    assert nlp.pipe_names.index("kazbel_actors") == nlp.pipe_names.index("kazbel_events") - 1


def test_the_command_line_reads_a_copy_of_the_data(my_models, tmp_path):
    import json

    from typer.testing import CliRunner

    from kazbel_extract.cli import app

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(MEETING_IN_A_NEW_CITY) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(source), "-o", str(tmp_path / "out.jsonl"), "--models", str(my_models)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["location"] for e in record["events"] if e["type"] == "meeting"] == ["Qwertygrad"]
