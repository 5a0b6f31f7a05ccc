"""The phrase of a metric word, read by whoever decides whose figure it is: the noun it qualifies, the verb it is
or is the object of, the place written before it in its phrase, and the owner a clause that leaves the word out
names ("Kazakhstan's exports reached $3 billion, and Uzbekistan's $1.4 billion").
"""
from __future__ import annotations

from spacy.tokens import Token

from .partners import heads_list_line


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


def raised_to(amount: Token, goal_verbs: set[str], trade_words: frozenset[str]) -> Token | None:
    """ "a memorandum on increasing trade between Belarus and Kazakhstan to $3 billion": the parser took the goal
    verb for an adjective of the trade word ("increasing trade") and hung "to $3 billion" on a word above that
    phrase (the memorandum, the signing verb); the amount is the level the goal verb raises the trade to. The trade
    word so raised, or None."""
    to = amount.head
    if to.dep_ != "prep" or to.lower_ != "to" or to.i > amount.i:
        return None
    above = set(to.head.subtree)
    for noun in amount.sent:
        if noun.i >= to.i or noun.lower_ not in trade_words or noun.right_edge.i != to.i - 1 or noun not in above:
            continue
        if any(c.dep_ == "amod" and c.tag_ == "VBG" and c.lower_ in goal_verbs and c.i < noun.i for c in noun.children):
            return noun
    return None


SEGMENT_ENDS = (",", ";", ".", "and", "while", "whereas")  # words that end the clause of a left-out trade word


def gapped_owner(metric_token: Token, figure: Token, named: list, partner_prepositions: set[str]) -> str | None:
    """ "Kazakhstan's exports reached $3 billion, and Uzbekistan's $1.4 billion", "exports from Kazakhstan ..., and from
    Uzbekistan to Kazakhstan $1.4 billion", "..., the Uzbek side's $1.4 billion": an amount after an earlier amount of
    its sentence, in a clause that leaves the trade word and the verb out (the word stands before the earlier
    amount), is the trade of the one side that clause names other than as a partner (after a word of
    `partner_prepositions`: "to Kazakhstan" of an export, "from Kyrgyzstan" of an import)."""
    doc, sent = figure.doc, figure.sent
    start = figure.i
    while start > sent.start and doc[start].ent_iob_ == "I":
        start -= 1
    earlier = [e for e in sent.ents if e.label_ == "MONEY" and e.end <= start]
    if not earlier or metric_token.i >= earlier[-1].end:
        return None  # the first amount, or one whose clause has its own trade word
    begin = earlier[-1].end
    end = next((t.i for t in doc[figure.i + 1 : sent.end] if t.lower_ in SEGMENT_ENDS), sent.end)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[begin:end]):
        return None  # a clause with a verb of its own: "..., with China accounting for $15 billion"
    owned = owner_before(phrase_of(metric_token), named) is not None  # "Belarusian exports to Central Asia:\n* ..."
    owners = {p.name for p in named if begin <= p.start < end
              and not (p.start > sent.start and doc[p.start - 1].lower_ in partner_prepositions)
              and not (owned and heads_list_line(doc, p))}  # "* Uzbekistan: $600 million" is the owner's partner
    return owners.pop() if len(owners) == 1 else None
