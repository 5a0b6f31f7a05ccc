"""The phrase of a metric word, read by whoever decides whose figure it is: the noun it qualifies, the verb it is
or is the object of, and the place written before it in its phrase.
"""
from __future__ import annotations

from spacy.tokens import Token


def phrase_of(metric_token: Token) -> Token:
    """The noun the metric word qualifies: "sales" of "Belarus' export sales to Kazakhstan"."""
    return metric_token.head if metric_token.dep_ == "compound" and metric_token.head.pos_ == "NOUN" else metric_token


PAIR_JOINERS = ("-", "\u2013", "\u2014", "and", "&")  # "Kazakh-Tajik projects", "Kazakh and Tajik companies"


def owner_before(phrase: Token, named: list) -> str | None:
    """The place written before a metric word in its phrase: "Belarus' export", "Belarusian exports"; a pair of
    places joined there ("Kazakh-Tajik investment projects") owns it together, no one side."""
    owner = [p for p in named if phrase.left_edge.i <= p.start and p.end <= phrase.i]
    if len(owner) >= 2 and owner[-1].name != owner[-2].name and joined(phrase.doc, owner[-2], owner[-1]):
        return None
    return owner[-1].name if owner else None


def joined(doc, first, second) -> bool:
    """Two places written as a pair: only a hyphen, a dash or "and" between them."""
    between = doc[first.end : second.start]
    return len(between) > 0 and all(t.lower_ in PAIR_JOINERS for t in between)


def verb_of(metric_token: Token) -> Token | None:
    """The verb a metric word is or is the object of: "exported", "increased" in "increased its exports"."""
    return metric_token if metric_token.pos_ == "VERB" else metric_token.head if metric_token.dep_ == "dobj" else None
