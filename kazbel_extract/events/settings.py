"""`LinkingSettings`: the distance limits and windows of the event rules, set from the `kazbel_events` config.

Limits count dependency arcs between two tokens of a sentence (see `syntax.tree_distance`), heads
up the tree from a token, tokens of the text next to a token, or sentences. The factory validates
them here, so a wrong value fails when the pipeline is built, not while an article is read.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class LinkingSettings:
    max_place_distance: int = 6  # arcs between a meeting's trigger and the city it took place in
    max_link_distance: int = 8  # arcs; a change further than this from every amount stands alone
    max_date_distance: int = 8  # arcs; a date further than this from an amount belongs to another clause
    max_metric_distance: int = 10  # arcs; an amount further than this from every trade word is about something else
    max_place_words: int = 5  # tokens in the longest place name ("Commonwealth of Independent States", "People's Republic of China")
    context_sentences: int = 2  # sentences before a bare change ("Last year's decline of 30%") that may make it trade
    # meetings
    planned_cue_heads: int = 3  # heads above a meeting verb (for a noun: from the verb it hangs on) read for "will", "set to"
    city_preposition_heads: int = 3  # heads above a city read for the preposition that places a meeting ("in", "at")
    pronoun_sentences_back: int = 3  # sentences before a "he" or "she" read for the person it stands for
    role_tokens_before: int = 15  # tokens before a name read for its title and organisation
    # trade
    amount_owner_heads: int = 3  # heads above an amount read for a contract, cost or price it belongs to
    qualifier_tokens_before: int = 3  # tokens before an amount read for its hedge ("more than", "almost")
    change_word_tokens: int = 4  # tokens before a percentage (one fewer after it) read for a rise or fall word
    change_word_heads: int = 2  # heads above a percentage read for a rise or fall word
    level_tokens_after: int = 5  # tokens after a percentage read for a level ("83.2% of the 2020 level")
    current_cue_tokens_before: int = 4  # tokens before a number read for a word of a current figure ("currently")
    comparison_tokens_before: int = 3  # tokens before a date read for a comparison word ("compared with 2020")
    compared_amount_tokens_before: int = 4  # tokens before an amount read for a comparison word ("as against $9 million")
    date_preposition_tokens_before: int = 4  # tokens before a date searched for its preposition ("on", "over")
    back_reference_tokens_before: int = 4  # tokens before a date read for a back-reference ("the same period")
    since_tokens_before: int = 2  # tokens before a date read for "since" or a deadline ("through 2026")
    year_shift_tokens_after: int = 2  # tokens after a back-reference read for "last year"
    restated_amount_tolerance: float = 0.005  # share of the larger amount by which two statements of one figure may differ
    # joint ventures
    assembly_tokens_after: int = 2  # tokens after a plant noun read for an assembling word ("a plant to assemble")

    def __post_init__(self):
        for setting in fields(self):
            value = getattr(self, setting.name)
            if setting.type in (float, "float"):
                if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
                    raise ValueError(f"kazbel_events: {setting.name} must be a share from 0 to below 1, not {value!r}")
            elif isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"kazbel_events: {setting.name} must be a whole number of at least 1, not {value!r}")

    def to_dict(self) -> dict[str, int | float]:
        return asdict(self)
