"""Who invests, where the investment word's own phrase names no owner: the "from" of the verb that receives it
("Uzbekistan attracted $2 billion in investment from China"), of a part's own verb ("..., of which $5 billion came
from Korea") or of the amount ("including $4 billion from the Netherlands"), and the subject an investor noun is
said of ("The Netherlands is the largest investor in Kazakhstan, with investment of ...").
"""
from __future__ import annotations

from spacy.tokens import Token


class Investors:
    """Decides the investing side of an investment figure from the verbs and nouns around its metric word."""

    def __init__(self, investment_words: set[str]):
        self.investment_words = investment_words  # "investment", "investor": the attribute an investor is named by

    @staticmethod
    def source_of_received(phrase: Token, named: list) -> str | None:
        """ "Uzbekistan attracted $2 billion in investment from China", "the investments attracted from Kazakhstan into
        the economy of Belarus": the "from" of the verb that receives the investment, or of the participle that
        qualifies it, names the investor (the subject of the verb is the recipient)."""
        nouns = [phrase] + ([phrase.head.head] if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else [])
        verbs = [c for noun in nouns for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "the volume of
        # investments attracted from ..."
        verbs += [next((t for t in phrase.ancestors if t.pos_ == "VERB"), None)]
        for verb in (v for v in verbs if v is not None):
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
                there = [p for p in named if prep.i < p.start <= prep.right_edge.i]
                if there:
                    return there[0].name
        return None

    @staticmethod
    def of_part(phrase: Token, figure: Token, figure_verb: Token | None, named: list) -> str | None:
        """ "..., of which $5 billion came from Korea": the part's own verb (`figure_verb`, the first verb above the
        amount, when it is not the investment word's) names its investor; "including $4 billion from the
        Netherlands": the amount's own "from"."""
        reporter = None
        if figure_verb is not None and figure_verb != next((t for t in phrase.ancestors if t.pos_ == "VERB"), None):
            there = [p for prep in figure_verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                     for p in named if prep.i < p.start <= prep.right_edge.i]
            reporter = there[0].name if there else None
        there = [p for prep in figure.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for p in named if prep.i < p.start <= prep.right_edge.i]
        return reporter or (there[0].name if there else None)

    def of_investor_noun(self, phrase: Token, named: list) -> str | None:
        """ "The Netherlands is the largest investor in Kazakhstan, with investment of ...": the subject the investor
        noun is said of."""
        if phrase.dep_ != "pobj" or phrase.head.lower_ != "with":
            return None
        holder = phrase.head.head
        if not any(c.dep_ == "attr" and c.lower_ in self.investment_words for c in holder.children):
            return None
        there = [p for c in holder.children if c.dep_ == "nsubj"
                 for p in named if c.left_edge.i <= p.start and p.end <= c.right_edge.i + 1]
        return there[0].name if there else None
