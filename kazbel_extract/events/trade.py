"""Trade records: one per figure of trade, exports, imports, surplus, investment or services.

`TradeFinder` walks the sentences in order and decides which numbers are trade figures and of which
metric: the trade word written just before a number (gapped clauses), else the nearest in the parse,
else the trade noun that is its clause's subject whatever the verb ("exports sank to $500 million"),
else a pronoun or "the figure"/"the volume" after a figure of the same paragraph. The numbers come
from `trade_anchors`, the period from `periods.PeriodResolver`, the status from `trade_status` and
the sides from `trade_parties`; `merge` makes one record of one fact stated several times.
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..records import Trade
from .evidence import evidence, sources
from .lexicon import Lexicon
from .periods import PeriodResolver
from .places import Places
from .settings import LinkingSettings
from .syntax import closest, ents_by_sentence, opens_sentence, paragraph_of, tree_distance
from .trade_anchors import Anchor, Anchors, link, same_clause
from .trade_parties import Parties
from .trade_status import Status

SIDE_OR_TIME = ("GPE", "NORP", "LOC", "DATE")  # entity types of subjects that do not make a change another matter


class TradeFinder:
    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, settings: LinkingSettings):
        self.doc = doc
        self.settings = settings
        self.words = lexicon.trade
        self.metric_of = lexicon.metric_of
        self.anaphors = set(self.words["anaphoric_metric_words"])
        self.company_nouns = set(self.words["company_nouns"])
        self.not_trade_kinds = set(self.words["not_trade_turnover_kinds"])
        self.ents_in = ents_by_sentence(doc)
        self.anchors = Anchors(doc, self.words, lexicon.number_words, self.ents_in, settings)
        self.periods = PeriodResolver(doc, self.words, self.ents_in, settings, lexicon.calendar)
        self.status = Status(doc, self.words, self.anchors.is_change_word, settings.current_cue_tokens_before)
        self.parties = Parties(doc, places, self.ents_in)
        self.metric_in_force: tuple[int, str] | None = None  # (paragraph, metric) of the last figure: "it", "the figure"
        self.last_amount: tuple[int, Trade] | None = None  # (paragraph, record) of the last amount: "this figure rose 4%"

    def __call__(self) -> list[Trade]:
        records: list[Trade] = []
        sentences = list(self.doc.sents)
        for n, sent in enumerate(sentences):
            found = self._sentence(sent, sentences[max(0, n - self.settings.context_sentences) : n], n)
            if not found:
                self.periods.sentence_without_figures(sent)
                self._note_antecedent(sent, n)
            records += found
        return merge(records, self.settings.restated_amount_tolerance)

    # -- which numbers are figures, of which metric ----------------------------------------------

    def _metric(self, tok: Token) -> str | None:
        """The metric a word names: "trade" is turnover, "trade in services" services ("services" alone is no
        metric: "goods and services"); a word in a name is none."""
        metric = self.metric_of.get(tok.lower_)
        if metric is None or tok.ent_type_ == "ORG" or (tok.is_title and tok.pos_ == "PROPN" and not opens_sentence(tok)):
            return None
        of_services = any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(g.lower_ == "services" for g in c.children)
                          for c in tok.children) or any(c.dep_ == "compound" and c.lower_ == "services" for c in tok.children)
        if of_services and metric in ("turnover", "export", "import"):
            return "services"  # "trade in services", "exports of services", "services exports"
        if tok.dep_ == "compound" and self.metric_of.get(tok.head.lower_):
            return None  # "trade turnover", "trade surplus": the head word speaks
        if metric == "turnover" and (self._company_owned(tok) or any(
                c.dep_ in ("compound", "amod") and c.lower_ in self.not_trade_kinds for c in tok.children)):
            return None  # "the company's turnover", "cargo turnover", "retail trade": no trade between sides
        return metric

    def _company_owned(self, tok: Token) -> bool:
        """ "the company's turnover", "the turnover of Amkodor", "MTZ's sales": a figure a company owns."""
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        named = owners + [c for owner in owners for c in owner.children if c.dep_ in ("compound", "appos")]
        return any(t.lower_ in self.company_nouns or (t.ent_type_ == "ORG" and not self.parties.places.within(
            self.doc[t.i : t.i + 1])) for t in named)

    def _metric_beside(self, anchor: Anchor) -> Token | None:
        """The trade word right before a number, past prepositions, dashes and hedges: in a gapped clause
        ("exports came to $30 million and imports to $12 million") the only link an amount has to its metric."""
        i = anchor.span.start - 1
        while i >= anchor.span.sent.start and (self.doc[i].lower_ in self.words["gap_words"] or self.doc[i].is_punct
                                               or self.doc[i].lower_ in self.words["qualifiers"]):
            i -= 1
        if i < anchor.span.sent.start or i == anchor.span.start - 1:
            return None  # "trade $1 billion" with nothing between is no gap
        tok = self.doc[i]
        return tok if self._metric(tok) and tok.pos_ in ("NOUN", "PROPN") else None

    def _subject(self, tok: Token) -> Token | None:
        """The subject of the clause a number stands in ("exports ... sank to $500 million")."""
        for ancestor in tok.ancestors:
            subjects = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass") and tok not in c.subtree]
            if subjects:
                return subjects[0]
            if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("xcomp", "advcl", "conj", "acl", "pcomp"):
                return None
        return None

    def _anaphoric_metric(self, subject: Token | None, paragraph: int, any_word: bool = False) -> str | None:
        """ "It climbed to $1.4 billion", "the figure stood at ...": the metric of the last figure of the paragraph
        (`any_word`: whatever the subject is)."""
        if subject is None or self.metric_in_force is None or self.metric_in_force[0] != paragraph:
            return None
        return self.metric_in_force[1] if any_word or self._is_anaphor(subject) else None

    def _goal_or_change_verb(self, tok: Token, subject: Token) -> bool:
        """ "We should ... reach $1 billion", "we have doubled": the sides' own figure, a verb of reaching or
        changing on the way from the number to its subject's verb."""
        for ancestor in tok.ancestors:
            if ancestor.lower_ in self.words["target_verbs"] or self.anchors.is_change_word(ancestor):
                return True
            if ancestor == subject.head:
                return False
        return False

    def _is_anaphor(self, tok: Token) -> bool:
        """ "it", "they", "which", "this", "the figure", "the volume": a word that can stand for a figure ("we",
        "he" or "you" cannot)."""
        return tok.lower_ in self.anaphors

    def _note_antecedent(self, sent: Span, n: int) -> None:
        """ "Belarus' exports to Kazakhstan are dominated by machinery. In 2023 they grew by 9%": the trade noun a
        sentence without figures has as its subject is what "they" or "the volume" after it in the paragraph
        stand for, with whose export it is."""
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and self._metric(t) and t.pos_ == "NOUN"]
        if not subjects:
            return
        metric = self._metric(subjects[-1])
        self.metric_in_force = paragraph_of(self.periods.paragraphs, sent.start_char), metric
        self.parties.reporter(subjects[-1], metric, self.parties.sides(sent), n)

    def _fold_into_last_amount(self, change: Trade, subject: Token | None, paragraph: int) -> bool:
        """ "Exports totalled $1.08 billion. This figure rose by 4% compared to the same period of 2022": a change
        whose subject points back at the paragraph's last amount is that amount's change, and gives it its
        period when it has none; a change of another period ("In 2024 it rose by 10%") stays apart."""
        if subject is None or not self._is_anaphor(subject) or self.last_amount is None:
            return False
        where, amount = self.last_amount
        if where != paragraph or amount.metric != change.metric or amount.status != change.status or \
                amount.parties and change.parties and amount.parties != change.parties or \
                None not in (amount.period, change.period) and amount.period != change.period or \
                not _compatible_changes(amount, change) or (amount.change_pct, amount.change_factor) == (
                    change.change_pct, change.change_factor):
            return False
        for name in ("period", "change_pct", "change_factor"):
            if getattr(amount, name) is None:
                setattr(amount, name, getattr(change, name))
        amount.sources += [s for s in change.sources if s not in amount.sources]
        return True

    def _metric_token(self, anchor: Anchor, metrics: list[Token], claimed: set[Token]) -> tuple[str, Token] | None:
        """The metric of a number and the word that names it: the trade word written just before it ("imports to
        $12 million", "exports by 11%"), else the nearest in the parse, else the trade noun that is its
        clause's subject however far, else the antecedent of an anaphoric subject or of a noun such as "target" or
        "volume" the number hangs on; None if it is no figure. A trade
        word written just before another number (`claimed`) is that number's ("$28 billion, of which exports
        - $9 billion")."""
        beside = self._metric_beside(anchor)
        if beside is not None:
            return self._metric(beside), beside
        free = [m for m in metrics if m not in claimed]
        near = closest(anchor.token, [m for m in free if same_clause(anchor.token, m)] or free)  # not "..., and the balance"
        if near is not None and (anchor.kind != "money" or tree_distance(anchor.token, near) <= self.settings.max_metric_distance):
            return self._metric(near), near
        subject = self._subject(anchor.token)
        if subject is not None:
            named = [t for t in subject.subtree if self._metric(t)]
            if named:
                tok = closest(subject, named)
                return self._metric(tok), tok
        paragraph = paragraph_of(self.periods.paragraphs, anchor.span.start_char)
        metric = self._anaphoric_metric(subject, paragraph)
        if metric is None and subject is not None and subject.lower_ == "we" and \
                self._goal_or_change_verb(anchor.token, subject):
            metric = self._anaphoric_metric(subject, paragraph, any_word=True)  # "We should reach $1 billion"
        if metric:
            return metric, subject
        governing = next((t for a in anchor.token.ancestors for t in (a, *a.children)
                          if t.pos_ == "NOUN" and self._is_anaphor(t)), None)  # "set a target to climb $10 billion"
        metric = self._anaphoric_metric(governing, paragraph)
        return (metric, governing) if metric else None

    def _not_trade(self, money: Span) -> bool:
        """ "export contracts worth $44.1 million", "the cost of the projects in trade is $1.5 billion", "$200 per
        tonne", "raise exports by $200 million": an amount that belongs to a contract, a cost or a price, or by
        which a figure changes, not a figure."""
        heads = self.words["not_trade_heads"]
        for tok in islice(money.root.ancestors, self.settings.amount_owner_heads):
            if self._metric(tok):
                return False
            if tok.lower_ in heads or tok.lower_ in self.company_nouns:
                return True  # "contracts worth $44 million", "the plant, worth $100 million"
        subject = self._subject(money.root)
        if subject is not None and (subject.lower_ in heads or self.metric_of.get(subject.lower_) in (None, "turnover")
                                    and self._company_owned(subject)):
            return True  # "the plan's cost", "the holding's revenue", "MTZ's sales"
        if self._after_change_preposition(money, "by"):
            return True  # "increase exports by $200 million": a change of the value, not the value
        after = self.doc[money.end : money.end + 2]
        return len(after) == 2 and after[0].lower_ == "per" and after[1].ent_type_ != "DATE" and \
            after[1].lower_ not in self.words["time_units"]

    def _about_something_else(self, anchor: Anchor) -> bool:
        """ "The economy grew by 4.5%": a change whose clause has a subject that is no trade word, no side
        ("Kazakhstan increased its exports by 25%"), no time ("the first half saw a 20% increase in trade") and
        no anaphor of the paragraph's last figure ("this figure", "the volume")."""
        verb = next((t for t in [anchor.token, *anchor.token.ancestors] if t.pos_ in ("VERB", "AUX")), None)  # "doubled"
        if verb is None or self._metric(verb) or any(
                c.dep_ in ("dobj", "attr") and any(self._metric(t) for t in c.subtree) for c in verb.children):
            return False  # "Kazakhstan increased its exports by 25%"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        paragraph = paragraph_of(self.periods.paragraphs, anchor.span.start_char)
        return any(s.pos_ in ("NOUN", "PROPN") and not self._metric(s) and anchor.token not in s.subtree
                   and self._anaphoric_metric(s, paragraph) is None  # "the figure grew by 4%"
                   and not any(self._metric(t) for t in s.subtree) and s.ent_type_ not in SIDE_OR_TIME
                   and not self._bare_change_noun(s) for s in subjects)

    def _bare_change_noun(self, tok: Token) -> bool:
        """ "In the fourth quarter the growth reached 15%": a change noun of nothing named is the change of the
        trade being reported ("GDP growth", "economic growth" name something else)."""
        return self.anchors.is_change_word(tok) and not any(
            c.dep_ in ("compound", "poss", "prep", "amod", "nmod") for c in tok.children)

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, sent: Span, context: list[Span], n: int) -> list[Trade]:
        """The figures of one sentence, in text order; a bare change needs a trade word in it or in the `context`
        sentences before it of its paragraph ("Our trade is a talking point. Last year's decline of 30% ...")."""
        metrics = [t for t in sent if self._metric(t)]
        moneys = [m for m in self.anchors.moneys(sent) if not self._not_trade(m.span)]
        changes = self.anchors.changes(sent) + self.anchors.factors(sent)
        comparisons = self._comparison_amounts(sent, moneys)
        link(changes, [m for m in moneys if m.span.start not in comparisons], self.settings.max_link_distance,
             self._dated_apart)
        paragraph = paragraph_of(self.periods.paragraphs, sent.start_char)
        trade_context = bool(metrics) or any(self._metric(t) for previous in context for t in previous
                                             if paragraph_of(self.periods.paragraphs, previous.start_char) == paragraph)
        anchors = sorted(moneys + changes, key=lambda a: a.span.start)
        beside = {id(a): self._metric_beside(a) for a in anchors}
        records = []
        for anchor in anchors:
            if anchor.kind != "money" and (any(anchor in m.linked for m in moneys) or not trade_context
                                           or self._about_something_else(anchor)):
                continue
            claimed = {t for key, t in beside.items() if t is not None and key != id(anchor)}
            found = self._metric_token(anchor, metrics, claimed)
            compared = anchor.span.start in comparisons
            if found is None and anchor.kind != "money":
                found = (self.metric_in_force[1] if self.metric_in_force else "turnover"), None
            elif found is None and compared and self.metric_in_force:
                found = self.metric_in_force[1], None  # "This figure rose 4% compared to $1.04 billion"
            if found is None:
                continue
            record = self._record(anchor, *found, n, compared, comparisons)
            if anchor.kind == "money":
                if not compared:
                    self.last_amount = paragraph, record
            elif self._fold_into_last_amount(record, found[1], paragraph):
                continue
            records.append(record)
        return records

    def _dated_apart(self, change: Anchor, money: Anchor) -> bool:
        """Each of the two numbers has a date of its own, and they differ: two facts, not one."""
        dates = [self.periods.own_date(a.token) for a in (change, money)]
        return None not in dates and dates[0] != dates[1]

    def _comparison_amounts(self, sent: Span, moneys: list[Anchor]) -> dict[int, Span | None]:
        """The amounts a figure is compared with (by first token), each with the date it is of: "compared to 2022
        ($6.3 billion)" (in brackets after a compared date), "compared to $1.04 billion over the same period of
        2022", "against $950 million in 2022" (after a comparison word, of the date that follows it)."""
        out = {}
        dates = self.periods.dates(sent)
        for money in moneys:
            i = money.span.start
            if i >= 2 and self.doc[i - 1].text == "(":
                date = [d for d in dates if d.end == i - 1]
                if date and self.periods.is_comparison(date[0]):
                    out[i] = date[0]
            if i in out:
                continue
            date = next((d for d in dates if d.start >= money.span.end and
                         tree_distance(money.token, d.root) <= self.settings.max_date_distance // 2), None)
            if self._after_comparison_word(money.span) or (date is not None and self._after_change_preposition(
                    money.span, "from")):  # "rose to $1 billion from $850 million in 2022": the base, of its own date
                out[i] = date
        return out

    def _after_change_preposition(self, money: Span, preposition: str) -> bool:
        """The amount is written right after `preposition` (past hedges) hanging on a rise or fall: "rose to $1
        billion from $850 million", "increase exports by about $200 million"."""
        i = money.start - 1
        while i > money.sent.start and self.doc[i].lower_ in self.words["qualifiers"]:
            i -= 1
        word, verb = self.doc[i], self.doc[i].head
        return word.lower_ == preposition and word.dep_ == "prep" and (
            self.anchors.is_change_word(verb) or verb.lower_ in self.words["target_verbs"]  # "raise ... by"
            or any(c.dep_ in ("prt", "advmod") and self.anchors.is_change_word(c) for c in verb.children))

    def _after_comparison_word(self, money: Span) -> bool:
        """ "compared to almost $1.04 billion", "as against $950 million", "versus $1.1 billion"."""
        words = [t.lower_ for t in self.doc[max(money.sent.start, money.start - 4) : money.start]]
        while words and words[-1] in self.words["qualifiers"]:
            words.pop()
        before = " ".join(words)
        return any(before == phrase or before.endswith(" " + phrase) for phrase in self.words["compared_amount_words"])

    def _record(self, anchor: Anchor, metric: str, metric_token: Token | None, n: int,
                compared: bool = False, comparisons: dict[int, Span | None] | None = None) -> Trade:
        """The record of a figure; a `compared` amount (what a figure is compared with) is of the date
        `comparisons` gives it, which no other figure of the sentence takes."""
        comparisons = comparisons or {}
        sent = anchor.span.sent
        change = next((a for a in anchor.linked if a.kind == "percent"), anchor if anchor.kind == "percent" else None)
        factor = next((a for a in anchor.linked if a.kind == "factor"), anchor if anchor.kind == "factor" else None)
        status = self.status.of(anchor.token)
        if compared:
            date = comparisons[anchor.span.start]
            figure = self.last_amount[1] if self.last_amount and self.last_amount[0] == paragraph_of(
                self.periods.paragraphs, anchor.span.start_char) else None
            period, date_spans = self.periods.of_compared(date, figure.period if figure else None), []
        else:
            taken = tuple(d.start for d in comparisons.values() if d is not None)
            period, date_spans = self.periods.of_figure(anchor.token, status == "actual", taken)
        status = self.status.settle(status, period)
        parties = self.parties.sides(sent, anchor.token)
        reporter = self.parties.reporter(metric_token, metric, parties, n) if metric_token is not None else None
        if compared and reporter is None and self.last_amount is not None and self.last_amount[1].metric == metric:
            reporter = self.last_amount[1].reporter  # "exports ... rose 4%, compared to $1.04 billion": the same trade
        side = reporter or (self.parties.first_person_side(metric_token) if metric_token is not None else None)
        if side is not None and side not in parties and len(parties) < 2:
            parties = sorted([*parties, side])  # whose export it is is a side: "our exports to Kazakhstan", "our trade"
        if not compared:
            self.metric_in_force = (paragraph_of(self.periods.paragraphs, anchor.span.start_char), metric)
        qualifier = anchor.qualifier or next((a.qualifier for a in anchor.linked if a.qualifier), None)
        spans = [anchor.span] + [a.span for a in anchor.linked if a.span.label_] + date_spans
        return Trade(
            metric=metric,
            value=anchor.value if anchor.kind == "money" else None,
            currency=anchor.currency if anchor.kind == "money" else None,
            period=period,
            change_pct=change.value if change is not None and not compared else None,
            change_factor=factor.value if factor is not None and not compared else None,
            status=status,
            parties=parties,
            reporter=reporter,
            qualifier=qualifier,
            evidence=evidence(sent, [anchor.span]),
            sources=sources([s for s in spans if s.label_]),
        )


# -- one fact, one record ------------------------------------------------------------------------------

def _same_fact(a: Trade, b: Trade, tolerance: float) -> bool:
    """Two statements of one figure: the same amount, or the same change, of one metric, status, sides and period;
    or a change-only statement and an amount of the same metric, status and period ("Trade doubled in the
    first half." + "It reached $800 million in January-June.")."""
    if a.metric != b.metric or a.status != b.status or a.parties and b.parties and a.parties != b.parties:
        return False  # "Kazakhstan's trade with Belarus ... Kazakhstan's foreign trade as a whole": two facts
    if a.value is not None and b.value is not None:
        if abs(a.value - b.value) > tolerance * max(a.value, b.value):
            return False
        return a.period == b.period or (a.status == "actual" and None in (a.period, b.period))
    if a.value is None and b.value is None:
        return (a.change_pct, a.change_factor, a.period) == (b.change_pct, b.change_factor, b.period)
    amount, change = (a, b) if a.value is not None else (b, a)
    return amount.period is not None and amount.period == change.period and _compatible_changes(amount, change)


def _compatible_changes(amount: Trade, change: Trade) -> bool:
    """The change-only statement adds to the amount, or says what it says already."""
    return all(getattr(amount, name) in (None, getattr(change, name)) for name in ("change_pct", "change_factor")) \
        and amount.reporter in (None, change.reporter) and change.reporter in (None, amount.reporter)


def merge(records: list[Trade], tolerance: float) -> list[Trade]:
    """A restated figure is one record: the first statement with a value, completed by the others; two amounts
    are one when they differ by at most `tolerance` of the larger ("$1.5 billion" and "$1.503 billion")."""
    out: list[Trade] = []
    for record in records:
        same = next((o for o in out if _same_fact(o, record, tolerance)), None)
        if same is None:
            out.append(record)
            continue
        if same.value is None and record.value is not None:  # the amount's record speaks for the fact
            out[out.index(same)], same, record = record, record, same
        for name in ("period", "change_pct", "change_factor", "reporter", "qualifier", "currency"):
            if getattr(same, name) is None:
                setattr(same, name, getattr(record, name))
        same.sources += [s for s in record.sources if s not in same.sources]
    return out


def find_trade(doc: Doc, lexicon: Lexicon, places: Places, settings: LinkingSettings) -> list[Trade]:
    return TradeFinder(doc, lexicon, places, settings)()
