"""Money that its own words say is of another matter: a noun of another matter or its compound ("the credit line,
$250 million"), the amount's own "in aid" or "of debt", a turnover that is no trade between sides ("a holding with a
turnover of", "retail trade turnover"), and money spent for a purpose that trade is ("spend $250 million on border
crossings to boost trade"). Read by `NotTrade.amount`.
"""
from __future__ import annotations

from spacy.tokens import Token

from .metrics import MetricWords


class OtherMoney:
    """Decides whether an amount's own words make it the money of another matter."""

    def __init__(self, metric_words: MetricWords, not_trade_heads: set[str]):
        self.metric_words = metric_words
        self.not_trade_heads = not_trade_heads

    def other_head(self, tok: Token) -> bool:
        """ "contracts", "the plant", "the credit line", "an aid package": a noun of another matter, or a noun whose
        compound modifier is one ("credit line", "loan facility", "grant programme") and that names no trade itself."""
        if self.metric_words.investment_project(tok):
            return False  # "20 investment projects worth $2 billion" is investment
        if tok.lower_ in self.metric_words.other_heads:
            return True
        return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in self.metric_words.metric_of and any(
            c.dep_ == "compound" and c.lower_ in self.not_trade_heads for c in tok.children)

    def kind_of_money(self, number: Token) -> bool:
        """ "$250 million in aid", "$40 million of debt", "$1 billion in loans": the noun that an amount's own "in" or
        "of" phrase names says what the money is; one of another matter makes it no figure ("$250 million in
        trade", "$2 billion of investment" are figures; read only where no trade word above the amount owns it, as
        "invest" owns "$2 billion in new projects")."""
        return any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
            g.dep_ == "pobj" and self.other_head(g) for g in c.children) for c in number.children)

    def means_of_purpose(self, number: Token) -> bool:
        """ "Kazakhstan will spend $250 million on border crossings to boost trade", "Uzbekistan needs $250 million to
        double its trade": the amount is the object of a verb that names no trade, and every trade word of the
        sentence stands in that verb's purpose ("to" and a verb): the money is the means, not a figure."""
        verb = number.head
        if number.dep_ != "dobj" or verb.pos_ != "VERB" or self.metric_words.of_word(verb):
            return False
        purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        inside = {t.i for c in purposes for t in c.subtree}
        words = [t for t in number.sent if self.metric_words.of_word(t)]
        return bool(words) and all(t.i in inside for t in words)

    def other_turnover(self, tok: Token) -> bool:
        """ "the company's turnover", "a holding with a turnover of", "retail trade turnover", "cargo turnover": a
        turnover word that is no trade between sides (`MetricWords.of_word` reads it so: a company's, a kind that is
        no trade, in a phrase of another matter) is another matter's figure; a word of a name, a headline's
        capitalised word or a compound ("trade" of "trade turnover") is not read."""
        if self.metric_words.metric_of.get(tok.lower_) != "turnover" or tok.dep_ == "compound" or tok.is_title or \
                tok.ent_type_ == "ORG" or tok.lower_ in self.metric_words.side_only_words:
            return False
        return self.metric_words.of_word(tok) is None
