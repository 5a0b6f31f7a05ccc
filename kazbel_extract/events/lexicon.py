"""The word lists event linking reads: `models/events/*.json`, loaded once and saved with the pipeline."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import srsly

from ..data import models_path

DEFAULT_DATA = "events"


class Lexicon:
    """One dict per data file: `lexicon.trade["metrics"]`, `lexicon.places["countries"]`, ..."""

    def __init__(self, tables: dict[str, dict]):
        self.tables = tables
        self.meetings = tables["meetings"]
        self.trade = tables["trade"]
        self.places = tables["places"]
        self.agreements = tables["agreements"]
        self.joint_ventures = tables["joint_ventures"]
        self.number_words = tables["numbers"]["words"]
        self.country_of = {form: name for name, forms in self.places["countries"].items() for form in forms}
        self.bloc_of = {form: name for name, forms in self.places["blocs"].items() for form in forms}
        self.region_country = {place: country for country, places in self.places["regions"].items()
                               for place in places}
        self.cities = set(self.places["cities"])
        self.metric_of = {word: metric for metric, words in self.trade["metrics"].items() for word in words}

    @classmethod
    def from_disk(cls, path: Path) -> "Lexicon":
        return cls({p.stem: srsly.read_json(p) for p in sorted(Path(path).glob("*.json"))})

    def to_disk(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name, table in self.tables.items():
            srsly.write_json(path / f"{name}.json", table)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.from_disk(models_path(DEFAULT_DATA))
