"""The rules' word lists are data under `models/`, read by the component (and extended at runtime), not literals in code."""
import shutil

import pytest
import srsly

import kazbel_extract
from kazbel_extract.data import models_path
from kazbel_extract.events.clause import Grammar, read_clause
from kazbel_extract.events.lexicon import Lexicon
from kazbel_extract.pipeline import build
from kazbel_extract.registry import Registry
from kazbel_extract.vocabulary import VocabularyError

COUNTED_BUNDLES = "Belarus and Kazakhstan signed three bundles of agreements on 5 May."


def test_a_collective_added_to_the_agreement_word_lists_counts_its_documents():
    nlp = build()
    assert [(e.type, e.count) for e in kazbel_extract.extract(COUNTED_BUNDLES, nlp=nlp).events] == [("agreement", None)]
    nlp.get_pipe("kazbel_events").add("agreements", "collectives", ["bundles"])
    assert [(e.type, e.count) for e in kazbel_extract.extract(COUNTED_BUNDLES, nlp=nlp).events] == [("agreement", 3)]


def test_the_role_vocabulary_needs_its_connectors_and_host_prepositions(tmp_path):
    registry = Registry.from_dir(models_path("actors"))
    assert {"of", "'s"} <= set(registry.roles["name_connectors"]) and registry.roles["host_prepositions"] == ["to", "in"]
    roles = {k: v for k, v in registry.roles.items() if k != "host_prepositions"}
    with pytest.raises(VocabularyError, match="host_prepositions"):
        Registry(people=registry.people, institutions=registry.institutions, roles=roles)


def copy_of_event_lists(tmp_path):
    return shutil.copytree(models_path("events"), tmp_path / "events")


@pytest.mark.parametrize("file, key, misspelt", [("trade", "up_words", "up_wrods"), ("clause", "negations", "negation")])
def test_a_misspelt_key_in_a_copy_of_the_event_word_lists_is_an_error(tmp_path, file, key, misspelt):
    folder = copy_of_event_lists(tmp_path)
    table = srsly.read_json(folder / f"{file}.json")
    table[misspelt] = table.pop(key)
    srsly.write_json(folder / f"{file}.json", table)
    with pytest.raises(VocabularyError, match=f"missing keys \\['{key}'\\], unknown keys \\['{misspelt}'\\]"):
        Lexicon.from_disk(folder)


def test_a_copy_of_the_word_lists_from_an_older_version_says_where_the_missing_lists_are(tmp_path):
    folder = copy_of_event_lists(tmp_path)
    table = srsly.read_json(folder / "trade.json")
    del table["up_words"]
    srsly.write_json(folder / "trade.json", table)
    with pytest.raises(VocabularyError, match=r"missing keys \['up_words'\], unknown keys \[\]; .*copy them from .*models"):
        Lexicon.from_disk(folder)


def test_a_misnamed_event_word_list_file_is_an_error(tmp_path):
    folder = copy_of_event_lists(tmp_path)
    (folder / "meetings.json").rename(folder / "meeting.json")
    with pytest.raises(VocabularyError, match=r"missing word list files \['meetings'\], unknown ones \['meeting'\]"):
        Lexicon.from_disk(folder)


def test_the_clause_reader_takes_its_auxiliaries_from_the_word_lists(nlp):
    doc = nlp("The ministries will sign an agreement on trade next year.")
    (agreement,) = [t for t in doc if t.text == "agreement"]
    table = srsly.read_json(models_path("events") / "clause.json")
    assert read_clause(agreement, Grammar.from_table(table)).tense == "future"
    without_will = {**table, "future_auxiliaries": [w for w in table["future_auxiliaries"] if w != "will"]}
    assert read_clause(agreement, Grammar.from_table(without_will)).tense == "present"


def test_an_organisation_the_registry_lists_is_not_listed_again_in_the_gazetteer():
    """One source of truth: the registry's institution names are ORG names already (`entities/data.registry_names`),
    so `organisations.json` lists only the names the registry has no record for."""
    from kazbel_extract.entities.data import read_data
    data = read_data(models_path("entity_rules"))
    assert not set(data["organisations"]["names"]) & set(data["institutions"]["names"])
