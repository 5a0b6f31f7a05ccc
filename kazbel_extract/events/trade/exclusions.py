"""Numbers near trade words that are no trade figure.

An amount can belong to a contract, a cost, a price or a company ("export contracts worth $44.1
million", "$200 per tonne", "MTZ's sales"), or be what a figure changes by ("raise exports by $200
million"); an amount or a change can be of something else its clause is about ("The economy grew
by 4.5%", "GDP reached $262 billion") or its change noun names ("a 30% rise in oil prices").
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from ...records import Trade
from ..places import Places
from ..settings import LinkingSettings
from ..syntax import SUBJECTS, clause_subject
from .anchors import Anchor
from .antecedents import Antecedents
from .metric_phrase import raised_to
from .metrics import MetricWords
from .side_places import trade_words
from .money_kinds import OtherMoney

SIDE_OR_TIME = ("GPE", "NORP", "LOC", "DATE")  # entity types of subjects that do not make a change another matter
TIMES = ("DATE", "TIME")  # entity types of the object of "in" that tell when a change was, not what changed
NOT_A_MATTER = ("PRON", "DET", "NUM")  # parts of speech of subjects that name no matter of their own ("it", "this")


def gapped_subject(tok: Token) -> bool:
    """ "..., and Korean companies $7 billion": a noun coordinated with a verb is the subject of a clause whose verb is
    left out, and the amount after it is that verb's object, not a thing the noun owns."""
    return tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("VERB", "AUX")


class NotTrade:
    """Decides which amounts and changes of a sentence are not trade figures."""

    def __init__(self, doc: Doc, words: dict, places: Places, metric_words: MetricWords, antecedents: Antecedents,
                 is_change_word, after_change_preposition, settings: LinkingSettings):
        self.doc = doc
        self.places = places
        self.words = words
        self.metric_words = metric_words
        self.antecedents = antecedents
        self.is_change_word = is_change_word
        self.after_change_preposition = after_change_preposition
        self.settings = settings
        self.not_trade_heads = set(words["not_trade_heads"])
        self.foreign_investment_words = set(words["foreign_investment_words"])  # "foreign direct investment"
        self.measure_nouns = set(words["measure_nouns"])  # "a 15% rise in value terms": the trade's own change
        self.other_money_verbs = set(words["other_money_verbs"])  # "owes", "lent": a debt or a loan
        self.money = OtherMoney(metric_words, self.not_trade_heads)  # "the credit line, $250 million", "in aid"
        self.increment_words = set(words["increment_words"])  # "another $1 billion": what a figure grows by
        self.rate_nouns = set(words["rate_nouns"])  # "the growth rate": the change, no matter of its own
        self.level_words = set(words["level_words"])  # "year-on-year growth": a base, no matter of its own
        self.report_verbs = set(words["report_verbs"])  # "..., Trend reports": who tells the figure, not what changed
        self.goal_verbs = set(words["target_verbs"])  # "on increasing trade to $3 billion": the level trade is raised to
        self.trade_words = trade_words(words)

    def amount(self, money: Span) -> bool:
        """ "export contracts worth $44.1 million", "the cost of the projects in trade is $1.5 billion", "$200 per
        tonne", "raise exports by $200 million", "GDP reached $262 billion": an amount that belongs to a contract, a
        cost, a price or another matter its clause is about, or by which a figure changes, not a figure."""
        after = self.doc[money.end : money.end + 2]
        if len(after) == 2 and after[0].lower_ == "per" and after[1].ent_type_ != "DATE" and \
                after[1].lower_ not in self.words["time_units"]:
            return True  # "$200 per tonne", "exported wheat at $250 per tonne": a price
        if raised_to(money.root, self.goal_verbs, self.trade_words) is not None:
            return False  # "signed a memorandum on increasing trade to $3 billion": the trade's level, not the document's
        for tok in islice(money.root.ancestors, self.settings.amount_owner_heads):
            if self.metric_words.of_word(tok) or self.metric_words.investment_project(tok):
                return False  # "exports worth $1 billion", "a portfolio of investment projects worth $1 billion"
            if gapped_subject(tok):
                continue  # "Chinese companies invested $24 billion, and Korean companies $7 billion": no owner
            if tok.pos_ in ("VERB", "AUX") and tok.lower_ in self.other_money_verbs:
                return True  # "Kazakhstan owes Belarus $20 million for supplies", "Belarus lent $100 million": a debt
            if self.money.other_head(tok) or self.metric_words.domestic_investment(tok) or \
                    self.money.other_turnover(tok):
                return True  # "contracts worth $44 million", "the plant, worth $100 million", "invest in its own
                # roads", "the credit line, $250 million", "a holding with a turnover of $250 million"
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in tok.children):
                break  # the amount's clause ends: "Kazakhstan supplied ..., and the bank allocated $50 million"
        if self._in_phrase_of_other_head(money.root):
            return True  # "contracts for the supply of 500 tractors worth $30 million": the contract's worth
        if self.money.kind_of_money(money.root):
            return True  # "sent $250 million in aid", "$40 million of debt" ("invest $2 billion in projects" is one)
        if self.money.means_of_purpose(money.root):
            return True  # "will spend $250 million on border crossings to boost trade"
        subject = clause_subject(money.root)
        if subject is not None and self._other_matter_subject(subject):
            return True  # "the plan's cost", "the holding's revenue", "MTZ's sales"
        if self._changes_other_object(money.root):
            return True  # "the venture increased its revenue to $45 million"
        if self.after_change_preposition(money, "by") or self._increment(money):
            return True  # "increase exports by $200 million", "could grow by another $1 billion": a change of the
            # value, not the value
        return self.of_other_matter(money.root)

    def _in_phrase_of_other_head(self, number: Token) -> bool:
        """ "contracts for the supply of 500 tractors worth $30 million", "a deal on deliveries of grain worth $50
        million": the amount is inside a noun phrase headed, above the nearest heads, by a contract, cost or another
        matter, with no trade word on the way that names a figure of its own."""
        for tok in number.ancestors:
            if tok.pos_ in ("VERB", "AUX"):
                return False
            if self.metric_words.of_word(tok):
                return False  # "exports of tractors worth $30 million"
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in self.not_trade_heads and tok.dep_ != "compound":
                return True
        return False

    def _increment(self, money: Span) -> bool:
        """ "another $1 billion", "an additional $300 million", "a further $200 million": an amount on top of a
        figure, what it would grow by, not the figure."""
        i = money.start - 1
        while i > money.sent.start and self.doc[i].lower_ in self.words["qualifiers"]:
            i -= 1  # "another almost $1 billion"
        return i >= money.sent.start and self.doc[i].lower_ in self.increment_words

    def domestic_investment(self, record: Trade, word: Token | None) -> bool:
        """ "3 trillion tenge has been invested in Kazakhstan's railways", "the state will invest $2 billion in roads
        to boost transit trade with China": an investment of one side, with no investor named and no word saying it
        comes from outside ("foreign", "direct", "attracted", "inflow"), is domestic, no record (with no side at all,
        "the two countries' trade rose 14%, while investment grew by 30%", it is the pair's)."""
        if record.metric != "investment" or word is None or len(record.parties) != 1 or record.reporter is not None:
            return False
        return not any(t.lower_ in self.foreign_investment_words for t in (word, word.head, *word.children))

    def change(self, anchor: Anchor) -> bool:
        """ "The economy grew by 4.5%", "due to a 30% rise in oil prices": a change of something else the clause or
        the change noun names."""
        return self.of_other_matter(anchor.token) or self._change_noun_of_other_matter(anchor.token) or \
            self._changes_other_subject(anchor.token) or self._changes_other_object(anchor.token)

    def _changes_other_object(self, number: Token) -> bool:
        """ "The venture, which exports to Russia, increased its revenue by 30% to $45 million", "Uzbekistan cut its
        duties on Kazakh cement by 15%": a verb of the number's clause changes an object of another matter, and the
        number is that object's."""
        for verb in (t for t in number.ancestors if t.pos_ in ("VERB", "AUX")):
            if any(c.dep_ == "dobj" and number not in c.subtree and self._other_matter_subject(c) for c in verb.children):
                return True
            if any(c.dep_ in SUBJECTS for c in verb.children):
                return False  # the clause ends at its subject's verb
        return False

    def _other_matter_subject(self, subject: Token) -> bool:
        """ "the plan's cost", "the price of potash", "the holding's revenue", "MTZ's sales", "the volume of
        production": a subject headed by a noun of another matter, or by a measure of one, or a company's own
        figure."""
        if subject.lower_ in self.measure_nouns or self.antecedents.is_anaphor(subject):
            subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                            for g in c.children if g.dep_ == "pobj"), subject)  # "the volume of production"
        if self.metric_words.investment_project(subject):
            return False  # "the portfolio of investment projects amounts to $3 billion"
        return subject.lower_ in self.not_trade_heads or self.metric_words.metric_of.get(subject.lower_) in (
            None, "turnover") and self.metric_words.company_owned(subject) or self.money.other_turnover(subject)

    def _changes_other_subject(self, number: Token) -> bool:
        """ "The price of potash exported to Uzbekistan rose by 12%", "the tariff on beef supplied to China was cut
        by 5%": the change's clause has a price, cost, tariff or loan as its subject (a trade word inside it is that
        noun's), and its verb takes no trade word as object ("the agreement will raise exports by 20%")."""
        subject = clause_subject(number)
        if subject is None or not self._other_matter_subject(subject):
            return False
        verbs = []  # the verbs from the number up to the subject's: "is expected to boost trade by 25%"
        for tok in number.ancestors:
            verbs.append(tok)
            if tok == subject.head:
                break
        return not any(c.dep_ in ("dobj", "attr") and any(self.metric_words.of_word(t) for t in c.subtree)
                       for verb in verbs for c in verb.children)

    def of_other_matter(self, number: Token) -> bool:
        """ "The economy grew by 4.5%", "GDP reached $262 billion": the number's clause names no trade word but in
        its subject, and that subject is a noun that is no trade word, no side ("Kazakhstan increased its exports
        by 25%"), no time ("the first half saw a 20% increase in trade") and no anaphor of the paragraph's last
        figure ("this figure", "the volume"); a reporting verb under the clause's own verb ("trade grew by 7
        percent year-on-year, Trend reports", the number parsed under "reports") tells who states it, not what changed."""
        names_metric = self.metric_words.of_word
        verb = next((t for t in [number, *number.ancestors] if _verbal(t) and not self._embedded_report(t)), None)
        if verb is None or names_metric(verb) or any(
                c.dep_ in ("dobj", "attr") and any(names_metric(t) for t in c.subtree) for c in verb.children):
            return False  # "Kazakhstan increased its exports by 25%"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(names_metric(t) for s in subjects for t in s.subtree):
            return False  # "Trade between K and U, the two largest economies, grew": an apposition parsed as a subject
        return any(s.pos_ not in NOT_A_MATTER and number not in s.subtree  # a noun, or one the tagger took for a verb
                   and self.antecedents.anaphoric(s) is None  # "the figure grew by 4%"
                   and not self._side_or_time(s) and not self.bare_change_noun(s) for s in subjects)

    def _embedded_report(self, verb: Token) -> bool:
        """A reporting verb ("reports", "said") below another verb: an attribution inside the figure's clause."""
        return verb.lower_ in self.report_verbs and any(_verbal(t) for t in verb.ancestors)

    def _side_or_time(self, tok: Token) -> bool:
        """ "Kazakhstan increased its exports", "the first half saw a rise": a side or a time, whether the statistical
        NER tagged it or only the places gazetteer knows it ("Belarus ranks among ...")."""
        return tok.ent_type_ in SIDE_OR_TIME or bool(self.places.within(self.doc[tok.i : tok.i + 1]))

    def _change_noun_of_other_matter(self, number: Token) -> bool:
        """ "a 30% rise in oil prices", "an increase of 25% in car sales": the change noun a percentage hangs on
        names what changed, and that is no trade word ("a 20% increase in trade", "growth in value terms"); a time
        ("an increase of 12% in the first quarter") tells when, not what; the parser may hang what changed on the
        percentage ("an increase of 9% in car sales")."""
        noun = next((t for t in (number.head, number.head.head) if t.pos_ == "NOUN" and self.is_change_word(t)), None)
        if noun is None:
            return False
        changed = [g for c in [*noun.children, *number.children] if c.dep_ == "prep" and c.lower_ in ("in", "of")
                   for g in c.children
                   if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.ent_type_ not in ("PERCENT", *TIMES)
                   and g != number]  # "growth of 1.3 times": the factor is the change's size, not what changed
        return any(g.lower_ not in self.measure_nouns and not self.antecedents.is_anaphor(g)
                   and not any(self.metric_words.of_word(t) for t in g.subtree) for g in changed)

    def bare_change_noun(self, tok: Token) -> bool:
        """ "In the fourth quarter the growth reached 15%": a change noun of nothing named is the change of the
        trade being reported ("GDP growth", "economic growth" name something else); a time ("year-on-year growth",
        "annual growth") names no matter; nor does the rate of such a change ("the growth rate")."""
        if tok.lower_ in self.rate_nouns:  # "the growth rate was 8%", "the pace of growth reached 8%": the change's
            # speed; "the GDP growth rate" is another matter's
            changes = [g for c in tok.children if c.dep_ == "compound" or c.dep_ == "prep" and c.lower_ == "of"
                       for g in ([c] if c.dep_ == "compound" else [g for g in c.children if g.dep_ == "pobj"])]
            modifiers = [c for c in tok.children if c.dep_ in ("compound", "poss", "prep", "amod", "nmod")]
            return bool(changes) and len(changes) == len(modifiers) and all(self.bare_change_noun(g) for g in changes)
        return self.is_change_word(tok) and not any(
            c.dep_ in ("compound", "poss", "prep", "amod", "nmod") and c.ent_type_ not in TIMES
            and self.doc[c.left_edge.i : c.right_edge.i + 1].text.lower() not in self.level_words for c in tok.children)


def _verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for an adjective that is one by its dependents: "intend to double trade"
    ("to" before it, an object after it)."""
    return tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux" and c.pos_ == "PART" for c in tok.children) and \
        any(c.dep_ == "dobj" for c in tok.children)
