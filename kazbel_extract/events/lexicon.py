"""The word lists event linking reads: `models/events/*.json` and the shared vocabularies (places, titles,
months and numbers of `models/vocabulary/`), loaded once and saved with the pipeline."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import srsly

from ..data import models_path
from ..vocabulary import VocabularyError, check, city_names, country_forms, read_tables
from .clause import Grammar
from .period_parsing import Calendar

DEFAULT_DATA = "events"
VOCABULARY = ("places", "titles", "calendar")


class Lexicon:
    """One dict per data file: `lexicon.trade["metrics"]`, `lexicon.places["countries"]`, ..."""

    def __init__(self, tables: dict[str, dict]):
        check_tables(tables)
        self.tables = tables
        meetings = tables["meetings"]  # a verb of hosting also reports a meeting of two people ("X hosted Y")
        self.meetings = {**meetings, "titles": list(tables["titles"]["titles"]), "kinship_nouns": tables["titles"]["kinship_nouns"],
                         "two_people_verbs": [*meetings["two_people_verbs"], *meetings["host_verbs"]]}
        self.trade = tables["trade"]
        self.places = _event_places(tables["places"], tables["sides"])
        self.agreements = tables["agreements"]
        self.document_forms = frozenset(form for forms in self.agreements["nouns"].values() for form in forms)
        self.agreement_words = _agreement_words(self.agreements)
        self.joint_ventures = tables["joint_ventures"]
        self.joint_venture_words = _word_sets(self.joint_ventures)
        self.number_words = tables["calendar"]["numbers"]
        self.number_scales = tables["calendar"]["number_scales"]
        self.grammar = Grammar.from_table(tables["clause"])  # auxiliaries and negations, for reading clauses
        self.calendar = Calendar(tables["calendar"])  # months, number words and ordinals of trade periods
        self.country_of = {form: name for name, forms in self.places["countries"].items() for form in forms}
        self.bloc_of = {form: name for name, forms in self.places["blocs"].items() for form in forms}
        self.region_country = {place: country for country, places in self.places["regions"].items()
                               for place in places}
        self.cities = set(self.places["cities"])
        self.city_country = {city: country for country, cities in tables["places"]["country_cities"].items()
                             for city in cities}
        self.capitals = tables["places"]["capitals"]  # country -> its capital's forms, the current first
        self.metric_of = {word: metric for metric, words in self.trade["metrics"].items() for word in words}

    @classmethod
    def from_disk(cls, path: Path) -> "Lexicon":
        path = Path(path)
        tables = {p.stem: srsly.read_json(p) for p in sorted(path.glob("*.json")) if p.stem not in VOCABULARY}
        return cls({**tables, **read_tables(path, VOCABULARY)})

    def to_disk(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, table in self.tables.items():
            srsly.write_json(path / f"{name}.json", table)


def check_tables(tables: dict[str, dict]) -> None:
    """The event word lists of a user's copy have the files and keys of the packaged ones: a misspelt file or
    key is an error, not a list the rules silently find empty. (The shared vocabularies check themselves.)"""
    own = {name for name in tables if name not in VOCABULARY}
    if own != set(packaged_keys()):
        missing, unknown = sorted(set(packaged_keys()) - own), sorted(own - set(packaged_keys()))
        raise VocabularyError(f"{DEFAULT_DATA}/: missing word list files {missing}, unknown ones {unknown}")
    for name, keys in packaged_keys().items():
        check(f"{DEFAULT_DATA}/{name}", tables[name], keys)


@lru_cache(maxsize=1)
def packaged_keys() -> dict[str, set[str]]:
    """The keys of each packaged `models/events/*.json` (without the "_" comments): what the rules read."""
    return {p.stem: {key for key in srsly.read_json(p) if not key.startswith("_")}
            for p in sorted(models_path(DEFAULT_DATA).glob("*.json"))}


def _event_places(places: dict, sides: dict) -> dict:
    """The shared gazetteer in the shape the event rules read: country -> forms, blocs, regions, cities, sides."""
    return {"countries": country_forms(places), "blocs": places["blocs"], "region_words": places["region_words"],
            "regions": places["regions"], "cities": city_names(places), **{k: v for k, v in sides.items() if k[0] != "_"}}


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.from_disk(models_path(DEFAULT_DATA))



def _word_sets(table: dict) -> dict:
    """A table with its word lists as sets, built once per lexicon rather than per doc."""
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in table.items()}


def _agreement_words(table: dict) -> dict:
    """The agreements table as sets: adopting a document is signing it ("approve", "endorse"); drafting it is making
    it ("develop", "finalise"), writing a draft ("prepare") or discussing it; a stage still ahead frames a signing as
    planned; a phrase that names a document is also one of its subject, and a phrase nesting a document in another's
    title is also one naming it."""
    words = _word_sets(table)
    words["signing_words"] = words["signing_words"] | words["adopting_words"]
    words["drafting_words"] = words["drafting_words"] | words["draft_words"] | words["discussing_words"]
    words["planning_words"] = words["planning_words"] | words["ahead_stage_nouns"]  # "the signing is on the agenda"
    words["name_preps"] = words["name_preps"] | words["topic_preps"]  # "an action plan for", besides "a protocol on"
    words["nesting_preps"] = words["nesting_preps"] | words["name_preps"]  # "a protocol to the agreement", besides
    return words
