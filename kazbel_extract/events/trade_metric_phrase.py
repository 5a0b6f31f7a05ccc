"""The phrase of a metric word, read by whoever decides whose figure it is: the noun it qualifies, the verb it is
or is the object of, and the place written before it in its phrase.
"""
from __future__ import annotations

from spacy.tokens import Token


def phrase_of(metric_token: Token) -> Token:
    """The noun the metric word qualifies: "sales" of "Belarus' export sales to Kazakhstan"."""
    return metric_token.head if metric_token.dep_ == "compound" and metric_token.head.pos_ == "NOUN" else metric_token


def owner_before(phrase: Token, named: list) -> str | None:
    """The place written before a metric word in its phrase: "Belarus' export", "Belarusian exports"."""
    owner = [p for p in named if phrase.left_edge.i <= p.start and p.end <= phrase.i]
    return owner[-1].name if owner else None


def verb_of(metric_token: Token) -> Token | None:
    """The verb a metric word is or is the object of: "exported", "increased" in "increased its exports"."""
    return metric_token if metric_token.pos_ == "VERB" else metric_token.head if metric_token.dep_ == "dobj" else None
