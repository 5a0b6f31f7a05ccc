"""Components save and load what they hold, like spaCy's rule components: through disk and bytes, with what
a user added at runtime, honouring `exclude`, and without the data folder they were first read from."""
import shutil

import pytest
import spacy
import srsly

from kazbel_extract.article import to_article
from kazbel_extract.data import models_path
from kazbel_extract.pipeline import build

MEETING_IN_A_NEW_CITY = "Aleksandr Lukashenko met with Kassym-Jomart Tokayev in Qwertygrad on 16 March."
EXTRA_POS_RULE = {"patterns": [[{"ORTH": "Qwertygrad"}]], "attrs": {"POS": "PROPN"}}


def location(nlp, text=MEETING_IN_A_NEW_CITY):
    (meeting,) = [e for e in to_article(nlp(text)).events if e.type == "meeting"]
    return meeting.location


@pytest.fixture(scope="module")
def extended():
    """A pipeline to which a user added a city, a POS rule and a shorter sentence cap."""
    nlp = build()
    nlp.get_pipe("kazbel_events").add("places", "cities", ["Qwertygrad"])
    nlp.get_pipe("kazbel_pos_rules").add_patterns([EXTRA_POS_RULE])
    nlp.get_pipe("kazbel_sentence_cap").max_tokens = 40
    return nlp


def test_a_city_added_at_runtime_is_where_a_meeting_took_place(nlp, extended):
    assert location(nlp) is None and location(extended) == "Qwertygrad"


def copies_through_bytes_and_disk(nlp, name, tmp_path):
    component = nlp.get_pipe(name)
    fresh = lambda: nlp.create_pipe(name, name=name)  # noqa: E731  (a new component with the factory's defaults)
    yield fresh().from_bytes(component.to_bytes())
    component.to_disk(tmp_path / name)
    yield fresh().from_disk(tmp_path / name)


def test_the_event_word_lists_round_trip_with_runtime_additions(extended, tmp_path):
    linker = extended.get_pipe("kazbel_events")
    for copy in copies_through_bytes_and_disk(extended, "kazbel_events", tmp_path):
        assert copy.lexicon.tables == linker.lexicon.tables and "Qwertygrad" in copy.lexicon.cities


def test_the_pos_rules_round_trip_with_runtime_additions(extended, tmp_path):
    rules = extended.get_pipe("kazbel_pos_rules")
    for copy in copies_through_bytes_and_disk(extended, "kazbel_pos_rules", tmp_path):
        assert copy.patterns == rules.patterns and copy.patterns[-1] == EXTRA_POS_RULE


def test_the_sentence_cap_round_trips_its_limit(extended, tmp_path):
    for copy in copies_through_bytes_and_disk(extended, "kazbel_sentence_cap", tmp_path):
        assert copy.max_tokens == 40


def test_excluded_fields_are_neither_saved_nor_loaded(extended, tmp_path):
    linker = extended.get_pipe("kazbel_events")
    fresh = extended.create_pipe("kazbel_events", name="copy")
    assert fresh.from_bytes(linker.to_bytes(exclude=["lexicon"])).lexicon is None
    fresh.from_bytes(linker.to_bytes(), exclude=["lexicon"])
    assert fresh.lexicon is None
    linker.to_disk(tmp_path / "events", exclude=["lexicon"])
    assert not (tmp_path / "events" / "lexicon").exists()
    cap = extended.create_pipe("kazbel_sentence_cap", name="cap")
    assert cap.from_bytes(extended.get_pipe("kazbel_sentence_cap").to_bytes(), exclude=["cfg"]).max_tokens == 150


def test_a_whole_pipeline_round_trips_through_bytes_and_disk_with_runtime_additions(extended, tmp_path):
    through_bytes = spacy.util.load_model_from_config(extended.config, auto_fill=False).from_bytes(extended.to_bytes())
    extended.to_disk(tmp_path / "pipeline")
    through_disk = spacy.load(tmp_path / "pipeline")
    for copy in (through_bytes, through_disk):
        assert location(copy) == "Qwertygrad"
        assert copy.get_pipe("kazbel_sentence_cap").max_tokens == 40
        assert copy.get_pipe("kazbel_pos_rules").patterns[-1] == EXTRA_POS_RULE


@pytest.fixture
def my_models(tmp_path):
    """A user's copy of `models/` whose event word lists know one more city."""
    data = tmp_path / "my_models"
    shutil.copytree(models_path(), data, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    places = srsly.read_json(data / "vocabulary" / "places.json")
    places["cities"].append("Qwertygrad")
    srsly.write_json(data / "vocabulary" / "places.json", places)
    return data


def test_the_event_linker_saved_from_a_custom_data_folder_loads_when_the_folder_is_gone(nlp, my_models, tmp_path):
    linker = nlp.create_pipe("kazbel_events", name="probe", config={"data_path": str(my_models / "events")})
    linker.initialize()
    linker.to_disk(tmp_path / "events")
    shutil.rmtree(my_models)
    copy = nlp.create_pipe("kazbel_events", name="probe_copy", config={"data_path": str(my_models / "events")})
    assert "Qwertygrad" in copy.from_disk(tmp_path / "events").lexicon.cities


def test_a_pipeline_built_on_a_custom_data_folder_reads_it(my_models):
    assert location(build(data_path=my_models)) == "Qwertygrad"


def test_a_pipeline_saved_from_a_custom_data_folder_loads_when_the_folder_is_gone(my_models, tmp_path):
    build(data_path=my_models).to_disk(tmp_path / "pipeline")
    shutil.rmtree(my_models)
    assert location(spacy.load(tmp_path / "pipeline")) == "Qwertygrad"


def test_an_organisation_added_at_runtime_survives_the_pipeline_bytes(tmp_path):
    nlp = build()
    rules = nlp.get_pipe("kazbel_entity_rules")
    rules.to_disk(tmp_path / "rules")
    organisations = srsly.read_json(tmp_path / "rules" / "organisations.json")
    organisations["names"].append("Qwertyagromash")
    srsly.write_json(tmp_path / "rules" / "organisations.json", organisations)
    rules.from_disk(tmp_path / "rules")
    copy = spacy.util.load_model_from_config(nlp.config, auto_fill=False).from_bytes(nlp.to_bytes())
    text = "Qwertyagromash exported trucks worth $419.1 million."
    assert [(e.text, e.label_) for e in copy(text).ents][0] == ("Qwertyagromash", "ORG")


@pytest.mark.parametrize("name", ["kazbel_sentence_cap", "kazbel_pos_rules", "kazbel_entity_rules", "kazbel_actors",
                                  "kazbel_events"])
def test_every_component_leaves_out_each_field_it_is_told_to_exclude(nlp, name, tmp_path):
    component = nlp.get_pipe(name)
    fields = set(srsly.msgpack_loads(component.to_bytes()))
    assert fields, f"{name} saves nothing"
    for field in fields:
        assert field not in srsly.msgpack_loads(component.to_bytes(exclude=[field])), (name, field)
        folder = tmp_path / f"{name}-{field}"
        component.to_disk(folder, exclude=[field])
        assert not [p for p in folder.iterdir() if p.name.split(".")[0] == field], (name, field)
