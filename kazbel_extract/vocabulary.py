"""The vocabularies every component shares: one place gazetteer, one title list, one list of months and number words.

They live in `models/vocabulary/` (`places.json`, `titles.json`, `calendar.json`). The entity rules, the actor
registry and the event linker read them from here and save a copy with the pipeline, so a saved pipeline
needs nothing outside its own folder. Each file's keys are checked on load: a missing or misspelt key is
an error, not a silent empty list.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import srsly

from .data import models_path

DEFAULT_DATA = "vocabulary"
KEYS = {
    "places": {"countries", "areas", "other_adjectives", "blocs", "region_words", "regions", "country_cities", "capitals", "cities"},
    "titles": {"titles", "role_phrases", "honorifics", "modifiers", "head_words", "spellings", "counterpart_words",
               "kinship_nouns"},
    "calendar": {"months", "month_abbreviations", "weekdays", "numbers", "number_scales", "half", "ordinals",
                 "relative_years", "relative_months", "narrative_years", "running_years", "closing_words",
                 "back_references", "part_references", "cumulative", "year_start", "deadlines", "as_of"},
}
COUNTRY_KEYS = {"names", "adjectives"}


class VocabularyError(ValueError):
    """A vocabulary file lacks a key or has one nobody reads (a typo)."""


def check(name: str, table: dict, keys: set[str]) -> dict:
    """`table` when its keys are exactly `keys` (keys starting with "_" are comments), else a VocabularyError."""
    found = {key for key in table if not key.startswith("_")}
    if found != keys:
        missing, unknown = sorted(keys - found), sorted(found - keys)
        hint = (f"; a copy of models/ from an older version lacks lists this one reads: copy them from {models_path()}"
                if missing else "")
        raise VocabularyError(f"{name}: missing keys {missing}, unknown keys {unknown}{hint}")
    return table


def check_vocabulary(name: str, table: dict) -> dict:
    """A shared vocabulary table, its keys (and each country's) checked."""
    check(name, table, KEYS[name])
    if name == "places":
        for country, forms in table["countries"].items():
            check(f"places: {country}", forms, COUNTRY_KEYS)
    return table


def read_tables(path: Path, names) -> dict[str, dict]:
    """The tables `names` for a component whose data folder is `path`: `path/<name>.json` when there (a saved
    pipeline's copy), else the `vocabulary/` folder beside `path` (a user's copy of `models/`), else the shipped one."""
    return {name: check_vocabulary(name, srsly.read_json(sibling(Path(path), DEFAULT_DATA, f"{name}.json")))
            for name in names}


def sibling(path: Path, folder: str, name: str) -> Path:
    """`path/name`, else `path/../folder/name` (the same `models/` copy), else the shipped `models/folder/name`."""
    for candidate in (path / name, path.parent / folder / name):
        if candidate.exists():
            return candidate
    return models_path(folder, name)


@lru_cache(maxsize=None)
def default(name: str) -> dict:
    """A shared table as shipped (read once per process)."""
    return check_vocabulary(name, srsly.read_json(models_path(DEFAULT_DATA, f"{name}.json")))


# --- views the components read

def country_forms(places: dict) -> dict[str, list[str]]:
    """Canonical country -> every form the wire writes (names and adjectives)."""
    return {name: forms["names"] + forms["adjectives"] for name, forms in places["countries"].items()}


def place_names(places: dict) -> list[str]:
    """Every country, area, region and city name: words that never make an ORG or a PERSON alone."""
    countries = [n for forms in places["countries"].values() for n in forms["names"]]
    regions = [r for names in places["regions"].values() for r in names]
    return countries + places["areas"] + regions + city_names(places)


def city_names(places: dict) -> list[str]:
    """Every city: those listed by country and those of no country given."""
    return [c for names in places["country_cities"].values() for c in names] + places["cities"]


def nationality_words(places: dict) -> list[str]:
    return [a for forms in places["countries"].values() for a in forms["adjectives"]] + places["other_adjectives"]


def title_classes(titles: dict) -> dict[str, str | None]:
    """Lower-cased title or role phrase -> the class of office it names."""
    return {key.casefold(): value for key, value in {**titles["titles"], **titles["role_phrases"]}.items()}


def month_words(calendar: dict) -> list[str]:
    return list(calendar["months"]) + list(calendar["month_abbreviations"]) + calendar["weekdays"]
