"""The tables of the entity rules: which files and keys they are (`models/entity_rules/`, the shared
vocabularies, the currencies of `values`), how they are read from a folder, and the registry's institution names
that join the organisation gazetteer."""
from __future__ import annotations

from pathlib import Path

import srsly

from .. import values, vocabulary
from ..data import models_path
from .lexicon import fold

DEFAULT_DATA = "entity_rules"
OWN_TABLES = {
    "lexicon": {"heads", "standalone_heads", "carrier_heads", "links", "vocabulary", "not_org", "documents", "abstract_nouns", "sector_heads", "sites", "venue_prepositions", "legal_forms", "plant_heads", "mission_heads",
                "office_heads", "bilateral_words", "pair_heads", "undertakings", "descriptors", "product_nouns", "list_openers", "source_cues", "determiners", "indefinite_articles", "date_trim", "percentage_points", "family_names_first",
                "local_heads", "local_modifiers", "pair_links", "name_statuses", "compound_modifiers", "sector_words",
                "title_organs", "organ_seats", "name_conjunctions"},
    "organisations": {"names", "seats", "not_organisations"},
    "institutions": {"names"},
    "registry_people": {"names"},
    "people": {"names", "surname_suffixes", "patronymic_suffixes", "name_particles", "given_name_particles", "given_names",
               "byline_openers", "speech_verbs", "surname_prefixes"},
    "marks": {"quotes", "single_quotes", "possessives", "hyphens", "connectors", "trailing_marks", "name_links", "proper_tags",
              "regnal_numbers", "digraph_initials", "function_words", "number_signs"},
}
VOCABULARY = ("places", "titles", "calendar")
CURRENCIES = "currencies"  # `models/currencies.json`: read by `values`, for this pipeline (`values.use_values`)
REGISTRY_DATA = "actors"
DERIVED = ("institutions", "registry_people")  # built from the registry, saved with a pipeline


def read_data(path: Path) -> dict[str, dict]:
    """The component's own tables from `path`, the shared vocabularies and the registry's institution names
    (each from `path` when a saved pipeline holds them there)."""
    own = {name: vocabulary.check(f"{DEFAULT_DATA}/{name}", srsly.read_json(path / f"{name}.json"), keys)
           for name, keys in OWN_TABLES.items() if name not in DERIVED}
    build = {"institutions": lambda: registry_names(path, own["lexicon"], own["marks"]),
             "registry_people": lambda: registry_people_names(path)}
    derived = {name: srsly.read_json(path / f"{name}.json") if (path / f"{name}.json").exists() else {"names": build[name]()}
               for name in DERIVED}
    currencies = srsly.read_json(vocabulary.sibling(path, "", f"{CURRENCIES}.json"))  # `models/currencies.json` of a copy
    return {**own, **derived, **vocabulary.read_tables(path, VOCABULARY), CURRENCIES: currencies}


def _registry_folder(path: Path) -> Path:
    return path.parent / REGISTRY_DATA if (path.parent / REGISTRY_DATA).is_dir() else models_path(REGISTRY_DATA)


def registry_people_names(path: Path) -> list[str]:
    """The full names of the registry's people (`people*.jsonl`: canonical names and aliases of two words or more)
    as PERSON names, so that one file lists a person both to be found and to be resolved. Their surnames alone are
    names only after the full name, as for any person the article introduces."""
    folder = _registry_folder(path)
    return [spelling for record in (r for p in sorted(folder.glob("people*.jsonl")) for r in srsly.read_jsonl(p))
            for spelling in [record["name"], *record.get("aliases", [])] if len(spelling.split()) > 1]


def registry_names(path: Path, lexicon: dict, marks: dict) -> list[str]:
    """Names of the registry's institutions (`actors/` beside `path`, else the shipped one) as ORG names: the
    canonical names, and the aliases written as names ("Mazhilis", "MTZ", "Kazakh Foreign Ministry", "Belarusian
    Ministry of Industry"). Not a place and a bare head ("Kazakh Parliament", "Kazakh Government"), which the
    guidelines call generic, not an alias behind a possessive ("Kazakhstan's Government"): the name after it is
    the entity, and not one ending on a site ("Minsk City Hall")."""
    folder = _registry_folder(path)
    places = vocabulary.read_tables(path, ["places"])["places"]
    described = fold(vocabulary.place_names(places) + vocabulary.nationality_words(places))
    kinds = srsly.read_json(folder / "roles.json")["organisation_kinds"]  # "government", "cabinet": generic alone
    generic_heads = (fold(lexicon["heads"]) - fold(lexicon["standalone_heads"]) - fold(lexicon["carrier_heads"])) | {k for k in kinds if " " not in k}
    sites = fold(lexicon["sites"])  # "Minsk City Hall" names the building as often as the body
    name_links, possessive = set(marks["name_links"]), tuple(marks["possessives"])

    def is_name(alias: str) -> bool:
        words = alias.split()
        rest = [w for w in words if w.casefold() not in described]
        return (all(w[:1].isupper() or w in name_links for w in words) and not words[0].endswith(possessive)
                and words[-1].casefold() not in sites
                and bool(rest) and not (len(rest) == 1 and rest[0].casefold() in generic_heads and rest[0] == words[-1]))

    names = []
    for record in (r for p in sorted(folder.glob("institutions*.jsonl")) for r in srsly.read_jsonl(p)):
        names.append(record["name"])
        names += [alias for alias in record.get("aliases", []) if is_name(alias)]
    return names


def check_tables(data: dict) -> None:
    """Every table, with exactly the keys the rules read: a misspelt key is an error."""
    for name, keys in OWN_TABLES.items():
        vocabulary.check(f"{DEFAULT_DATA}/{name}", data[name], keys)
    for name in VOCABULARY:
        vocabulary.check_vocabulary(name, data[name])
    vocabulary.check(CURRENCIES, data[CURRENCIES], values.CURRENCY_KEYS)
