"""The days of a visit a meeting was held on: a span of days on the visit ("during a 29-30 November visit"), or the
day a visit of several days began, tell no day of the meeting.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .day_mentions import DAY_RANGE


class VisitDays:
    """Decides whether a date of a meeting's sentence is the days of the visit it was held on rather than its own day."""

    def __init__(self, words: dict):
        self.words = words

    def days_of_a_visit(self, date: Span, trigger: Token) -> bool:
        """ "met Y during a 29-30 November visit to Minsk", "a visit on 29-30 November ... The presidents held
        talks": the days of the visit a meeting was held on, which do not tell on which of them it was."""
        if not DAY_RANGE.search(date.text):
            return self._start_of_a_long_visit(date)
        visits = self.words["visit_nouns"]
        if any(t.lower_ in visits for t in [*path_up(date.root, trigger), trigger]):
            return True
        # "From 20 to 22 June, X paid a visit to Y, during which ...", "held talks during his visit on 20-22 June":
        # the span is on a verb that tells the visit, as its object or in a phrase of it
        verb = next((t for t in date.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and any(c.lower_ in visits or (c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in visits for g in c.children)) for c in verb.children)

    def _start_of_a_long_visit(self, date: Span) -> bool:
        """ "X, who arrived in Astana on 3 May on a two-day visit, held talks with Y": a day on the verb of a visit of
        several days is the day it began, which does not tell on which of its days a meeting was held."""
        verb = next((t for t in date.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        visits = [t for c in verb.children if c.dep_ == "prep" for t in c.subtree if t.lower_ in self.words["visit_nouns"]]
        return any(of_several_days(v) for v in visits)


def of_several_days(noun: Token) -> bool:
    """ "a two-day visit", "a 3-day trip": a noun whose length is a number of days other than one."""
    for mod in noun.children:
        if mod.dep_ in ("nmod", "amod", "compound", "npadvmod") and mod.lower_ in ("day", "days"):
            if any(n.like_num and n.lower_ not in ("one", "1") for n in mod.children):
                return True
    return False


def path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to `top`, `top` excluded (all its ancestors when `top` is not one)."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path
