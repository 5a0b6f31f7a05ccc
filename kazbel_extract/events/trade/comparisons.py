"""Amounts that are the base a figure is compared with, not a figure of their own.

"compared to $1.04 billion over the same period of 2022", "against $950 million in 2022", "rose to $1
billion from $850 million in 2022", "compared to 2022 ($6.3 billion)": the amount is what trade was at
the date it is compared with. The same reading of a number hung on a rise or fall by a preposition
tells the amount a figure changes by ("increase exports by $200 million").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..settings import LinkingSettings
from ..syntax import tree_distance
from .anchors import Anchor
from .periods.resolver import PeriodResolver


class Comparisons:
    """Decides which amounts of a sentence are a comparison's base, and the date each is of."""

    def __init__(self, doc: Doc, words: dict, periods: PeriodResolver, is_change_word, settings: LinkingSettings):
        self.doc = doc
        self.words = words
        self.periods = periods
        self.is_change_word = is_change_word
        self.settings = settings
        self.fraction_words = {w for phrase in words["change_fractions"] for w in phrase.split()} | {"of"}
        # "by half a billion", "by a quarter of a billion": a fraction of the amount a figure changes by

    def amounts(self, sent: Span, moneys: list[Anchor]) -> dict[int, Span | None]:
        """The amounts a figure is compared with (by first token), each with the date it is of: "compared to 2022
        ($6.3 billion)" (in brackets after a compared date), "compared to $1.04 billion over the same period of
        2022", "against $950 million in 2022" (after a comparison word, of the date that follows it)."""
        out = {}
        dates = self.periods.reader.dates(sent)
        for money in moneys:
            i = money.span.start
            if i >= 2 and self.doc[i - 1].text == "(":
                date = [d for d in dates if d.end == i - 1]
                if date and self.periods.reader.is_comparison(date[0]):
                    out[i] = date[0]
            if i in out:
                continue
            date = next((d for d in dates if d.start >= money.span.end and
                         tree_distance(money.token, d.root) <= self.settings.max_date_distance // 2), None)
            if self._after_comparison_word(money.span) or (date is not None and self.after_change_preposition(
                    money.span, "from")):  # "rose to $1 billion from $850 million in 2022": the base, of its own date
                out[i] = date
        return out

    def after_change_preposition(self, money: Span, preposition: str) -> bool:
        """The amount is written right after `preposition` (past hedges and a fraction of it) hanging on a rise or fall:
        "rose to $1 billion from $850 million", "increase exports by about $200 million", "grew by half a billion
        dollars"."""
        i = money.start - 1
        while i > money.sent.start and (self.doc[i].lower_ in self.words["qualifiers"] or
                                        self.doc[i].lower_ in self.fraction_words):
            i -= 1
        word, verb = self.doc[i], self.doc[i].head
        return word.lower_ == preposition and word.dep_ == "prep" and (
            self.is_change_word(verb) or verb.lower_ in self.words["target_verbs"]  # "raise ... by"
            or any(c.dep_ in ("prt", "advmod") and self.is_change_word(c) for c in verb.children))

    def _after_comparison_word(self, money: Span) -> bool:
        """ "compared to almost $1.04 billion", "as against $950 million", "versus $1.1 billion"."""
        reach = self.settings.compared_amount_tokens_before
        words = [t.lower_ for t in self.doc[max(money.sent.start, money.start - reach) : money.start]]
        while words and words[-1] in self.words["qualifiers"]:
            words.pop()
        before = " ".join(words)
        return any(before == phrase or before.endswith(" " + phrase) for phrase in self.words["compared_amount_words"])
