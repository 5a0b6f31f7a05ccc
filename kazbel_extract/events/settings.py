"""`LinkingSettings`: the distance limits event linking weighs links by, set from the `kazbel_events` config.

Limits count dependency arcs between two tokens of a sentence (see `syntax.tree_distance`) or
tokens of a name. The factory validates them here, so a wrong value fails when the pipeline is
built, not while an article is read.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class LinkingSettings:
    max_place_distance: int = 6  # arcs between a meeting's trigger and the city it took place in
    max_link_distance: int = 8  # arcs; a change further than this from every amount stands alone
    max_date_distance: int = 8  # arcs; a date further than this from an amount belongs to another clause
    max_metric_distance: int = 10  # arcs; an amount further than this from every trade word is about something else
    max_place_words: int = 3  # tokens in the longest place name ("Nur-Sultan", "Russian Federation")
    context_sentences: int = 2  # sentences before a bare change ("Last year's decline of 30%") that may make it trade

    def __post_init__(self):
        for setting in fields(self):
            value = getattr(self, setting.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"kazbel_events: {setting.name} must be a whole number of at least 1, not {value!r}")

    def to_dict(self) -> dict[str, int]:
        return asdict(self)
