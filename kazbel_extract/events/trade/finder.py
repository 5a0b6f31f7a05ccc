"""Trade records: one per figure of trade, exports, imports, surplus, investment or services.

`TradeFinder` walks the sentences in order and decides which numbers are figures: the numbers come
from `anchors`, which numbers are no figure from `exclusions`, the metric from
`metrics` (and `antecedents` for words pointing back), the amounts a figure is compared
with from `comparisons`; `records` builds each figure's record (period, status, sides);
`merge` makes one record of one fact stated several times.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...records import Trade
from ..lexicon import Lexicon
from ..period_parsing import as_period, default_calendar, moved_to
from ..places import Places
from ..settings import LinkingSettings
from ..syntax import clause_subject, ents_by_sentence, paragraph_of
from .anchors import Anchor, Anchors, link
from .antecedents import Antecedents
from .comparisons import Comparisons
from .exclusions import NotTrade
from .metrics import Metrics, MetricWords
from .parties import Parties
from .periods.resolver import PeriodResolver
from .records import TradeRecords
from .reporters import Reporters
from .status import Status
from .titles import title_spans

WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")  # "1.3" of "$1.3 bln", its decimals as group 1


class TradeFinder:
    """Decides, sentence by sentence, which numbers are trade figures and links each amount with its change,
    metric, period, status and sides into a record; a change pointing back at the paragraph's last amount
    ("This figure rose by 4%") completes that amount's record."""

    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, settings: LinkingSettings):
        self.doc = doc
        self.settings = settings
        self.words = words = lexicon.trade
        self.ents_in = ents_by_sentence(doc)
        self.anchors = Anchors(doc, words, lexicon.number_words, self.ents_in, settings)
        self.status = Status(doc, words, self.anchors.is_change_word, settings.current_cue_tokens_before)
        self.periods = PeriodResolver(doc, words, self.ents_in, settings, lexicon.calendar, lexicon.document_forms,
                                      frozenset(lexicon.agreements["event_nouns"]))
        dateline = doc._.dateline.city if doc._.dateline else None
        self.metric_words = MetricWords(doc, words, lexicon.metric_of, places)
        self.parties = Parties(doc, places, self.ents_in, words, lexicon.city_country.get(dateline) if dateline else None,
                               lexicon.city_country, self.metric_words)
        self.reporters = Reporters(doc, places, words, self.parties.totals, self.parties.trade_words)
        self.antecedents = Antecedents(doc, words, self.metric_words, self.parties, self.reporters, self.periods.paragraphs)
        self.metrics = Metrics(doc, words, self.metric_words, self.antecedents, self.anchors.is_change_word, settings)
        self.comparisons = Comparisons(doc, words, self.periods, self.anchors.is_change_word, settings)
        self.not_trade = NotTrade(doc, words, places, self.metric_words, self.antecedents,
                                  self.anchors.is_change_word, self.comparisons.after_change_preposition, settings)
        self.records = TradeRecords(self.status, self.periods, self.parties, self.reporters, self.antecedents)
        self.last_amount: tuple[int, Trade] | None = None  # (paragraph, record) of the last amount: "this figure rose 4%"
        self.last_change: tuple[int, Trade] | None = None  # ... of a change-only figure stated after it: "It amounted to"
        self.year_after_base: dict[int, str | None] = {}  # change-only record id -> the year after its comparison base
        self.given: set[int] = set()  # ids of the records of an amount a definite noun presents as known
        self.definite = frozenset(lexicon.agreements["definite_determiners"])  # "the", "that": a noun named before
        self.names_metric: dict[int, bool] = {}  # sentence start -> whether a word of it names a metric
        self.titles = title_spans(doc)

    def __call__(self) -> list[Trade]:
        records: list[Trade] = []
        titled: set[int] = set()  # ids of the records of a headline or subheading
        paragraph: dict[int, int] = {}  # record id -> its paragraph
        sentences = list(self.doc.sents)
        for n, sent in enumerate(sentences):
            found = self._sentence(sent, sentences[max(0, n - self.settings.context_sentences) : n], n)
            if not found:
                self.periods.sentence_without_figures(sent)
                self.antecedents.note(sent, n)
            if self.last_figure is not None:
                self.periods.after_figures(sent, self.last_figure)
            if any(start <= sent.start_char < end for start, end in self.titles):
                titled.update(id(r) for r in found)
            paragraph.update((id(r), paragraph_of(self.periods.paragraphs, sent.start_char)) for r in found)
            records += found
        _date_titles(records, titled, paragraph)
        return merge(records, self.settings.restated_amount_tolerance, titled, self.year_after_base,
                     self.words["hedge_sides"], self.given)

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, sent: Span, context: list[Span], n: int) -> list[Trade]:
        """The figures of one sentence, in text order; a bare change needs a trade word in it or in the `context`
        sentences before it of its paragraph ("Our trade is a talking point. Last year's decline of 30% ..."), or a
        subject that points back at the last figure ("This is 12% more than ...")."""
        metric_words = [t for t in sent if self.metric_words.of_word(t)]
        self.names_metric[sent.start] = bool(metric_words)
        self.last_figure: int | None = None  # the last token of the sentence's last figure
        moneys = [m for m in self.anchors.moneys(sent) if not self.not_trade.amount(m.span)]
        changes = self.anchors.changes(sent) + self.anchors.factors(sent)
        comparisons = self.comparisons.amounts(sent, moneys)
        link(changes, [m for m in moneys if m.span.start not in comparisons], self.settings.max_link_distance,
             self._apart)
        paragraph = paragraph_of(self.periods.paragraphs, sent.start_char)
        trade_context = bool(metric_words) or any(self.names_metric[previous.start] for previous in context
                                                  if paragraph_of(self.periods.paragraphs, previous.start_char) == paragraph)
        anchors = sorted(moneys + changes, key=lambda a: a.span.start)
        beside = {id(a): self.metrics.beside(a) for a in anchors}
        records = []
        for anchor in anchors:
            subject = clause_subject(anchor.token)
            if anchor.kind != "money" and (any(anchor in m.linked for m in moneys) or self.not_trade.change(anchor) or
                                           not trade_context and not self.antecedents.anaphoric(subject)
                                           and not self._bare_change_after_figure(subject)):
                continue
            own = {id(anchor), *map(id, anchor.linked)}  # the amount's and its own change's
            claimed = {t for key, t in beside.items() if t is not None and key not in own}
            total = self.metrics.total_line(anchor) if trade_context and anchor.kind == "money" else None
            # "Exports - $500 million\nImports - $200 million\nTotal - $700 million": the trade in all
            found = ("turnover", total) if total is not None else self.metrics.of_number(anchor, metric_words, claimed)
            compared = anchor.span.start in comparisons
            if found is None and anchor.kind != "money":
                found = (self.antecedents.in_force[1] if self.antecedents.in_force else "turnover"), None
            elif found is None and compared and self.antecedents.in_force:
                found = self.antecedents.in_force[1], None  # "This figure rose 4% compared to $1.04 billion"
            if found is None:
                continue
            record = self.records(anchor, *found, n, self.last_amount, compared, comparisons)
            self.last_figure = anchor.span.end - 1 if self.last_figure is None else max(self.last_figure, anchor.span.end - 1)
            if self.not_trade.domestic_investment(record, found[1]):
                continue  # "3 trillion tenge has been invested in Kazakhstan's railways"
            if anchor.kind == "money" and _given(anchor.token, self.definite):
                self.given.add(id(record))
            if anchor.kind == "money" and not compared:
                if self._fold_into_last_change(record, found[1]):
                    continue
                self.last_amount, self.last_change = (paragraph, record), None
            elif anchor.kind != "money":
                after_base = self._year_after_base(anchor) if record.period is None else None
                if self._fold_into_last_amount(record, found[1] or subject, after_base):
                    continue
                self.last_change = paragraph, record
                if record.period is None:
                    self.year_after_base[id(record)] = after_base
            records.append(record)
        restated = self._restated_amount(sent, n, paragraph)
        return records + ([restated] if restated is not None else [])

    def _restated_amount(self, sent: Span, n: int, paragraph: int) -> Trade | None:
        """ "In 2022 trade totalled $1.3 billion, and we have every chance of repeating that result this year": a noun
        pointing back at the last amount of this paragraph or the one before (`antecedents.restated_amount`) is
        that amount again, of its clause's own period and status; of the same period and status it is the same
        fact, no record of its own."""
        if self.last_amount is None or self.last_amount[0] < paragraph - 1:
            return None
        last = self.last_amount[1]
        after = self.last_figure if self.last_figure is not None else sent.start - 1
        noun = self.antecedents.restated_amount(sent, after)
        if noun is None or last.value is None:
            return None
        anchor = Anchor("money", self.doc[noun.i : noun.i + 1], last.value, last.currency)
        record = self.records(anchor, last.metric, None, n, self.last_amount)
        if (record.period, record.status) == (last.period, last.status) or record.period is None:
            return None
        record.parties, record.reporter = list(last.parties), last.reporter
        return record

    def _bare_change_after_figure(self, subject: Token | None) -> bool:
        """ "... $1.4 billion in January-September 2024.\n\nThe growth was 9%.": a change of nothing named opening the
        paragraph after the last figure's is that figure's."""
        return subject is not None and self.last_amount is not None and self.not_trade.bare_change_noun(subject) and \
            self.antecedents.reaches(subject, self.last_amount[0], any_word=True)

    def _year_after_base(self, change: Anchor) -> str | None:
        """ "Compared to 2024, exports grew by 14.7%", "Compared with January-September 2023, trade grew by 9%": the
        period a year after the one a change of no period of its own is compared with, the period of the amount it
        is the change of, if the text states that amount."""
        reader = self.periods.reader
        bases = [d for d in reader.dates(change.span.sent) if reader.is_comparison(d)]
        base = self.periods.period(bases[0]) if len(bases) == 1 else None
        return moved_to(base, as_period(base).start_year + 1) if base is not None else None

    def _apart(self, change: Anchor, money: Anchor) -> bool:
        """The change is of another fact than the amount: of another date, or of another metric's word."""
        return self._dated_apart(change, money) or self._of_other_metric(change, money)

    def _of_other_metric(self, change: Anchor, money: Anchor) -> bool:
        """ "Trade reached $600 million, with exports up 12%", "... thanks to a 12% rise in exports": the change hangs on
        a trade word of its own, below the word it shares with the amount, or its change noun names one ("a rise in
        exports"), of another metric than the amount's clause subject."""
        above_money = {money.token.i, *(t.i for t in money.token.ancestors)}
        below = [t for t in change.token.ancestors if t.i not in above_money]
        named = [g for t in below if self.anchors.is_change_word(t) for c in t.children
                 if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children if g.dep_ == "pobj"]
        own = next((self.metric_words.of_word(t) for t in [*below, *named]
                    if t.pos_ in ("NOUN", "PROPN") and self.metric_words.of_word(t)), None)
        subject = clause_subject(money.token)
        theirs = self.metric_words.of_word(subject) if subject is not None else None
        return None not in (own, theirs) and own != theirs

    def _dated_apart(self, change: Anchor, money: Anchor) -> bool:
        """Each of the two numbers has a date of its own, and they differ: two facts, not one."""
        dates = [self.periods.reader.own_date(a.token) for a in (change, money)]
        return None not in dates and dates[0] != dates[1]

    def _restates(self, figure: Trade, subject: Token | None, last: tuple[int, Trade] | None) -> bool:
        """Whether `figure`, whose subject points back, is of the fact of `last` (paragraph, record): the subject
        reaches it, and the two are of one metric, status, sides and period (or one states none). A subject that
        names the trade again or a bare change ("The trade grew by 9%", "The growth was 9%") points back too when its
        sentence opens the paragraph right after the figure's: wire copy gives each sentence a paragraph."""
        if subject is None or last is None:
            return False
        where, earlier = last
        anaphor = self.antecedents.is_anaphor(subject)
        if not anaphor and not self._opens_next_paragraph(subject, figure, where):
            return False
        if figure.period is None and any(s.label == "DATE" for s in figure.sources):
            return False  # "Over the past five years it has grown 1.8 times": of a time that is no period, another fact
        return self.antecedents.reaches(subject, where, any_word=not anaphor) and earlier.metric == figure.metric and \
            earlier.status == figure.status and not (earlier.parties and figure.parties and earlier.parties != figure.parties) \
            and (None in (earlier.period, figure.period) or earlier.period == figure.period)

    def _opens_next_paragraph(self, subject: Token, figure: Trade, where: int) -> bool:
        """ "$1.4 billion in January-September 2024.\n\nThe trade grew by 9% year-on-year": the subject of a change's
        sentence opening the paragraph after `where` names the change's metric again, or is a change of nothing named."""
        if figure.value is not None:
            return False  # an amount after a change is merged by its period (`merge`), its own sentence its evidence
        names = self.metric_words.of_word(subject) == figure.metric or self.not_trade.bare_change_noun(subject)
        return names and paragraph_of(self.periods.paragraphs, subject.sent.start_char) == where + 1 and \
            self.antecedents.reaches(subject, where, any_word=True)

    def _fold_into_last_amount(self, change: Trade, subject: Token | None, after_base: str | None = None) -> bool:
        """ "Exports totalled $1.08 billion. This figure rose by 4% compared to the same period of 2022": a change
        whose subject points back at the paragraph's last amount is that amount's change, and gives it its
        period and hedge ("rose by almost 4%") when it has none, as a change of the amount's own sentence does; a change of another period ("In 2024 it rose by 10%") or, unless its subject points
        back, compared with another year than the one before the amount's (`after_base`) stays apart."""
        if not self._restates(change, subject, self.last_amount):
            return False
        amount = self.last_amount[1]
        if after_base not in (None, amount.period) and not self.antecedents.is_anaphor(subject):
            return False  # "... in January-September 2024.\n\nCompared with 2022, trade grew by 9%": another comparison
        if not _compatible_changes(amount, change) or (amount.change_pct, amount.change_factor) == (
                change.change_pct, change.change_factor):
            return False
        _complete(amount, change, ("period", "change_pct", "change_factor", "qualifier"))
        return True

    def _fold_into_last_change(self, amount: Trade, subject: Token | None) -> bool:
        """ "Trade grew by 12% in 2023, the ministry said.\n\nIt amounted to $1.3 billion": an amount whose subject
        points back at the last figure, a change with no amount, is that change's amount; the record then stands
        for the amount a later "this figure" points back at."""
        if not self._restates(amount, subject, self.last_change) or not _compatible_changes(amount, self.last_change[1]):
            return False
        change = self.last_change[1]
        _complete(change, amount, ("value", "currency", "qualifier", "period"))
        self.last_amount, self.last_change = self.last_change, None
        return True


# -- one fact, one record ------------------------------------------------------------------------------

def _given(amount: Token, definite: frozenset[str]) -> bool:
    """ "I support the idea of reaching the $1 billion trade volume", "to hit that $2 billion mark": an amount
    written as the modifier of a noun with a definite determiner (`definite`) presents the figure as one the reader
    knows, a restatement of a figure stated before when there is one (`_same_fact`)."""
    head = amount.head
    return amount.dep_ in ("nummod", "compound", "amod", "nmod") and head.i > amount.i and head.pos_ == "NOUN" and \
        any(c.dep_ == "det" and c.lower_ in definite for c in head.children)


def _date_titles(records: list[Trade], titled: set[int], paragraph: dict[int, int]) -> None:
    """ "Kazakhstan-Uzbekistan trade up 15%" over "Trade ... reached $1.1 billion in January-March": a headline's
    figure without a period is of the period of the first figure of the same metric in the paragraph it heads, when
    both are of one status: "Kazakhstan-Kyrgyzstan trade to reach $2bn" takes no period of the lede's result."""
    for title in (r for r in records if id(r) in titled and r.period is None):
        lede = next((r for r in records if id(r) not in titled and paragraph[id(r)] == paragraph[id(title)]
                     and r.metric == title.metric), None)
        if lede is not None and lede.status == title.status:
            title.period = lede.period


def _same_fact(a: Trade, b: Trade, tolerance: float, titled: set[int] = frozenset(),
               year_after_base: dict[int, str | None] | None = None, hedge_sides: dict[str, int] | None = None,
               given: set[int] = frozenset()) -> bool:
    """Two statements of one figure: the same amount, or the same change, of one metric, status, sides and period,
    or a hedged amount and the exact one it rounds ("exceeded $1 billion" + "$1.02 billion"); an amount of no period
    presented as known (`given`: "the idea of reaching the $1 billion trade volume") and one of the same metric,
    status and sides that states its period ("should secure at least $1 billion in 2020"); or a change-only
    statement and an amount of the same metric, status and period ("Trade doubled in the first half." + "It
    reached $800 million in January-June."); or a headline's figure and the text's, whatever sides each was given."""
    if a.metric != b.metric:
        return False
    if (id(a) in titled) != (id(b) in titled):
        title, text = (a, b) if id(a) in titled else (b, a)
        if _headline_of(title, text, tolerance, hedge_sides or {}):
            return True  # the headline's sides are often not written ("... sign memorandum; trade at $6.4 bln")
    if a.parties and b.parties and a.parties != b.parties:
        return False  # "Kazakhstan's trade with Belarus ... Kazakhstan's foreign trade as a whole": two facts
    if a.status != b.status:
        return False
    if a.value is not None and b.value is not None:
        in_text = id(a) not in titled and id(b) not in titled  # a headline's bound is read as rounded
        if abs(a.value - b.value) > tolerance * max(a.value, b.value) and \
                not _hedged_and_exact(a, b, hedge_sides or {}, to_next_digit=in_text) and not _rounded_restatement(a, b):
            return False
        return a.period == b.period or (a.status == "actual" and None in (a.period, b.period)) or \
            any(r.period is None and id(r) in given for r in (a, b))
    if a.value is None and b.value is None:
        if (a.change_pct, a.change_factor, a.period) == (b.change_pct, b.change_factor, b.period):
            return True
        return a.period is not None and a.period == b.period and _restated_change(a, b, hedge_sides or {})
    amount, change = (a, b) if a.value is not None else (b, a)
    of_period = amount.period == (change.period or (year_after_base or {}).get(id(change)))  # "Compared to 2024, ..."
    return amount.period is not None and of_period and (
        _compatible_changes(amount, change) or _hedged_change(amount, change, hedge_sides or {})
        or amount.change_pct is not None and _restated_change(amount, change, hedge_sides or {}))


def _restated_change(a: Trade, b: Trade, hedge_sides: dict[str, int]) -> bool:
    """ "grew by 9.3% in 2023" and "rose by over 9% last year", "rose by 9%": two change-only statements of one period,
    one the other hedged (`_hedged_change`) or rounded to its last written digit, neither hedged."""
    if a.change_factor is not None or b.change_factor is not None or a.reporter != b.reporter:
        return False
    if _hedged_change(a, b, hedge_sides) or _hedged_change(b, a, hedge_sides):
        return True
    return a.qualifier is None and b.qualifier is None and None not in (a.change_pct, b.change_pct) and (
        _rounded_to(a, "PERCENT", a.change_pct, b.change_pct) or _rounded_to(b, "PERCENT", b.change_pct, a.change_pct))


def _less_exact_change(a: Trade, b: Trade) -> bool:
    """Of two change-only statements of one change, `a` is the hedged or rounded one ("over 9%", "9%") and `b` the
    exact one ("9.3%")."""
    if a.value is not None or b.value is not None or None in (a.change_pct, b.change_pct) or a.change_pct == b.change_pct:
        return False
    return a.qualifier is not None and b.qualifier is None or (a.qualifier is None) == (b.qualifier is None) and \
        _change_decimals(a) < _change_decimals(b)


def _change_decimals(record: Trade) -> int:
    """The decimals of the change as written: 1 for "9.3%", 0 for "9%"."""
    number = _written_number(record, "PERCENT")
    return len(number[1] or "") if number else 0


def _headline_of(title: Trade, text: Trade, tolerance: float, hedge_sides: dict[str, int]) -> bool:
    """ "Kazakhstan, Uzbekistan trade up 15%" over "... grew by 15% in January-March to $1.1 billion", "Kazakhstan,
    Turkey eye $10 bln trade" over "... to bring trade to $10 billion", "trade tops $1bn" over "$1.03 billion": a
    headline states the text's figure in fewer words, its period left out and its status often unparsed."""
    if title.period not in (None, text.period):
        return False
    if title.value is not None:
        return text.value is not None and (abs(title.value - text.value) <= tolerance * max(title.value, text.value)
                                           or _rounded_to(title, "MONEY", title.value, text.value,
                                                          title.period is not None and title.period == text.period)
                                           or _hedged_and_exact(title, text, hedge_sides, to_next_digit=False))
    # "tops $1bn": $1.03 billion; a headline's "tops $1.3 bln" is read as rounded (tests: HEADLINES_APART)
    change = (title.change_pct, title.change_factor)
    if change == (text.change_pct, text.change_factor) and change != (None, None):
        return True
    return title.change_factor is None and text.change_factor in (None, title.change_factor) and \
        _rounded_to(title, "PERCENT", title.change_pct, text.change_pct)


def _rounded_restatement(a: Trade, b: Trade) -> bool:
    """ "amounted to $1.32 billion in 2023" and, in a quote, "reached $1.3 billion in 2023" or "our trade turnover is $1.3
    billion": one amount rounds the other to its last written digit, both of one currency and of one stated period, or
    results one of which states none, neither hedged (a hedge says on which side)."""
    one_period = a.period is not None and a.period == b.period or \
        a.status == b.status == "actual" and (a.period is None) != (b.period is None)
    return one_period and a.currency == b.currency and \
        a.qualifier is None and b.qualifier is None and (
        _rounded_to(a, "MONEY", a.value, b.value) or _rounded_to(b, "MONEY", b.value, a.value))


def _written_number(record: Trade, label: str, value: float | None = None) -> tuple[str, str | None] | None:
    """The number as the record's first source of `label` (of `value`, if given) writes it, and its decimals: "1.3"
    and "3" of "$1.3 bln"; a number word is its digits ("1" of "one billion dollars", "2" of "two billion US
    dollars"); a fraction in words ("one and a half billion") tells no digits."""
    source = next((s for s in record.sources if s.label == label and (value is None or s.value == value)), None)
    if source is None:
        return None
    number = WRITTEN_NUMBER.search(source.text)
    if number is not None:
        return number[0], number[1]
    calendar = default_calendar()
    if calendar.half in source.text.lower():
        return None
    words = source.text.lower().split()
    spelled = next((calendar.numbers[w] for w in words if w in calendar.numbers), None)
    return (str(spelled), None) if spelled is not None else None


def _significant_digits(record: Trade) -> int:
    """The significant digits of the amount as written: 3 for "$1.32 billion", 1 for "$0.9 billion" or "$500 million"."""
    number = _written_number(record, "MONEY")
    if number is None:
        return 0
    digits = number[0].replace(",", "")
    digits = digits.replace(".", "").lstrip("0") if "." in digits else digits.strip("0")
    return len(digits)


def _less_exact(a: Trade, b: Trade) -> bool:
    """Of two statements of one amount, `a` is the hedged or rounded one ("exceeded $1 billion", "$1.3 billion") and
    `b` the exact one ("$1.02 billion", "$1.32 billion")."""
    if None in (a.value, b.value) or a.value == b.value:
        return False
    return a.qualifier is not None and b.qualifier is None or \
        (a.qualifier is None) == (b.qualifier is None) and _significant_digits(a) < _significant_digits(b)


def _hedged_and_exact(a: Trade, b: Trade, hedge_sides: dict[str, int], to_next_digit: bool = True) -> bool:
    """ "exceeded $1 billion" and "$1.02 billion", "almost $1.3 billion" and "$1.28 billion": one amount hedged, the
    other exact, in one currency, the exact one on the hedge's side (`hedge_sides`: 1 above, -1 below, 0 either)
    and rounding to the hedged one at its last written significant digit; a bound of two or more significant digits
    ("exceeded $4.3 billion") holds anything up to its next digit (4.37) when `to_next_digit`."""
    if (a.qualifier is None) == (b.qualifier is None) or a.currency != b.currency:
        return False
    hedged, exact = (a, b) if a.qualifier is not None else (b, a)
    side = hedge_sides.get(hedged.qualifier)
    if side is None or side * (exact.value - hedged.value) < 0:
        return False
    number = _written_number(hedged, "MONEY", hedged.value)
    if number is None:
        return False
    digits = number[0].replace(",", "")
    mantissa = float(digits)
    if not mantissa:
        return False
    unit = 10.0 ** -len(number[1]) if number[1] else 10.0 ** (len(digits) - len(digits.rstrip("0")))  # "500": 100
    significant = len(digits.replace(".", "").strip("0"))
    reach = unit if to_next_digit and side and significant >= 2 else 0.5 * unit  # "exceeded $4.3 billion": 4.3 to 4.4
    return abs(exact.value - hedged.value) <= reach * hedged.value / mantissa * (1 + 1e-9)


def _hedged_change(amount: Trade, change: Trade, hedge_sides: dict[str, int]) -> bool:
    """ "grew by 10.2% ... to $4.37 billion" and "increased by more than 10% last year": a hedged change-only
    statement of the amount's exact change, on the hedge's side of it and within the hedge's last written digit."""
    side = hedge_sides.get(change.qualifier) if change.qualifier else None
    if side is None or None in (amount.change_pct, change.change_pct) or amount.change_factor is not None \
            or change.change_factor is not None or change.reporter not in (None, amount.reporter):
        return False
    number = _written_number(change, "PERCENT")
    if number is None:
        return False
    unit = 10.0 ** -len(number[1]) if number[1] else 1.0
    diff = amount.change_pct - change.change_pct
    return side * diff >= 0 and abs(diff) <= (unit if side else 0.5 * unit) * (1 + 1e-9)


def _rounded_to(title: Trade, label: str, written: float | None, exact: float | None, same_period: bool = False) -> bool:
    """ "tops $1.3 bln" over "$1.32 billion", "up 20%" over "19.8%": the headline's number is the text's rounded to
    the last digit the headline writes; an amount of one written digit ("$1 bln") rounds too much to tell, unless
    the headline states the text's period (`same_period`: "hits $1bn in Jan-Sept" over "$1.02 billion in
    January-September"), when it holds what rounds to it at the next digit."""
    number = _written_number(title, label)
    if written is None or exact is None or number is None:
        return False
    mantissa = float(number[0].replace(",", ""))
    one_digit = label == "MONEY" and sum(c.isdigit() for c in number[0]) < 2
    if not mantissa or one_digit and not same_period:
        return False
    half_unit = 0.5 * abs(written) / mantissa * 10 ** -(len(number[1] or "") + one_digit)  # $0.05 billion for "$1.3 bln"
    return abs(written - exact) <= half_unit * (1 + 1e-9)


def _complete(record: Trade, other: Trade, names: tuple[str, ...]) -> None:
    """Fill the fields `names` that `record` lacks from `other`, a statement of the same fact, and take its sources."""
    for name in names:
        if getattr(record, name) is None:
            setattr(record, name, getattr(other, name))
    record.sources += [s for s in other.sources if s not in record.sources]


def _compatible_changes(amount: Trade, change: Trade) -> bool:
    """The change-only statement adds to the amount, or says what it says already."""
    return all(getattr(amount, name) in (None, getattr(change, name)) for name in ("change_pct", "change_factor")) \
        and amount.reporter in (None, change.reporter) and change.reporter in (None, amount.reporter)


def merge(records: list[Trade], tolerance: float, titled: set[int] = frozenset(),
          year_after_base: dict[int, str | None] | None = None, hedge_sides: dict[str, int] | None = None,
          given: set[int] = frozenset()) -> list[Trade]:
    """A restated figure is one record: the first statement with a value, completed by the others; two amounts
    are one when they differ by at most `tolerance` of the larger ("$1.5 billion" and "$1.503 billion"), when one
    is hedged and the other the exact amount it rounds (`hedge_sides`), or when one of a stated period rounds the
    other ("$1.3 billion", "$1.32 billion"); the exact amount then speaks for the fact; the text
    speaks for a figure its headline (a record of `titled`) restates, and takes the headline's amount when it states
    only the change ("trade hits $4.4 bln" over "In 2023 trade grew by 9%"); a change of no period is the change of an
    amount of the year after its comparison base (`year_after_base`: "Compared to 2024, exports grew by 14.7%"); an
    amount presented as known (`given`) restates one of a stated period."""
    out: list[Trade] = []
    for record in records:
        same = next((o for o in out if _same_fact(o, record, tolerance, titled, year_after_base, hedge_sides, given)),
                    None)
        if same is None:
            out.append(record)
            continue
        if id(same) in titled and id(record) not in titled or _less_exact(same, record) or \
                same.value is None and record.value is not None or _less_exact_change(same, record):
            # the amount's record speaks for the fact, the exact one for a hedged or rounded one
            out[out.index(same)], same, record = record, record, same
        hedged = None not in (same.value, record.value) and same.value != record.value or \
            None not in (same.change_pct, record.change_pct) and same.change_pct != record.change_pct
        # "grew by 9.3% to $1.3 billion" and "by over 9%": the hedge is of the rounded change, not of the exact one
        _complete(same, record, ("value", "period", "change_pct", "change_factor", "reporter", "currency")
                  + (() if hedged else ("qualifier",)))
        if None not in (same.change_pct, record.change_pct) and not (record.value is None and record.qualifier) and \
                _change_decimals(same) < _change_decimals(record):
            same.change_pct = record.change_pct  # "grew by 9% to $4.4 billion" and "grew by 9.3%": the exact change
    return out


def find_trade(doc: Doc, lexicon: Lexicon, places: Places, settings: LinkingSettings) -> list[Trade]:
    return TradeFinder(doc, lexicon, places, settings)()
