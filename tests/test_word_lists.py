"""The rules' word lists are data under `models/`, read by the component (and extended at runtime), not literals in code."""
import pytest

import kazbel_extract
from kazbel_extract.data import models_path
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
