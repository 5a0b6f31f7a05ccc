"""Trade records: one per figure of trade, exports, imports, surplus, investment or services.

`TradeFinder` walks the sentences in order and links what the other modules read into records: the
numbers come from `trade_anchors`, which numbers are no figure from `trade_exclusions`, the metric
from `trade_metrics`, the amounts a figure is compared with from `trade_comparisons`, the period
from `periods.PeriodResolver`, the status from `trade_status` and the sides from `trade_parties`;
`merge` makes one record of one fact stated several times.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import Trade
from .evidence import evidence, sources
from .lexicon import Lexicon
from .periods import PeriodResolver, title_spans
from .places import Places
from .settings import LinkingSettings
from .syntax import clause_subject, ents_by_sentence, paragraph_of
from .trade_anchors import Anchor, Anchors, link
from .trade_comparisons import Comparisons
from .trade_exclusions import NotTrade
from .trade_metrics import Metrics
from .trade_parties import Parties
from .trade_reporters import Reporters
from .trade_status import Status


class TradeFinder:
    """Decides, sentence by sentence, which numbers are trade figures and links each amount with its change,
    metric, period, status and sides into a record; a change pointing back at the paragraph's last amount
    ("This figure rose by 4%") completes that amount's record."""

    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, settings: LinkingSettings):
        self.doc = doc
        self.settings = settings
        words = lexicon.trade
        self.ents_in = ents_by_sentence(doc)
        self.anchors = Anchors(doc, words, lexicon.number_words, self.ents_in, settings)
        self.status = Status(doc, words, self.anchors.is_change_word, settings.current_cue_tokens_before)
        self.periods = PeriodResolver(doc, words, self.ents_in, settings, lexicon.calendar, lexicon.document_forms)
        dateline = doc._.dateline.city if doc._.dateline else None
        self.parties = Parties(doc, places, self.ents_in, words, lexicon.city_country.get(dateline) if dateline else None,
                               lexicon.city_country)
        self.reporters = Reporters(doc, places, words, self.parties.totals)
        self.metrics = Metrics(doc, words, lexicon.metric_of, self.parties, self.reporters, self.periods.paragraphs,
                               self.anchors.is_change_word, settings)
        self.comparisons = Comparisons(doc, words, self.periods, self.anchors.is_change_word, settings)
        self.not_trade = NotTrade(doc, words, self.metrics, self.anchors.is_change_word,
                                  self.comparisons.after_change_preposition, settings)
        self.last_amount: tuple[int, Trade] | None = None  # (paragraph, record) of the last amount: "this figure rose 4%"
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
                self.metrics.note_antecedent(sent, n)
            if any(start <= sent.start_char < end for start, end in self.titles):
                titled.update(id(r) for r in found)
            paragraph.update((id(r), paragraph_of(self.periods.paragraphs, sent.start_char)) for r in found)
            records += found
        _date_titles(records, titled, paragraph)
        return merge(records, self.settings.restated_amount_tolerance, titled)

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, sent: Span, context: list[Span], n: int) -> list[Trade]:
        """The figures of one sentence, in text order; a bare change needs a trade word in it or in the `context`
        sentences before it of its paragraph ("Our trade is a talking point. Last year's decline of 30% ..."), or a
        subject that points back at the last figure ("This is 12% more than ...")."""
        metric_words = [t for t in sent if self.metrics.of_word(t)]
        self.names_metric[sent.start] = bool(metric_words)
        moneys = [m for m in self.anchors.moneys(sent) if not self.not_trade.amount(m.span)]
        changes = self.anchors.changes(sent) + self.anchors.factors(sent)
        comparisons = self.comparisons.amounts(sent, moneys)
        link(changes, [m for m in moneys if m.span.start not in comparisons], self.settings.max_link_distance,
             self._dated_apart)
        paragraph = paragraph_of(self.periods.paragraphs, sent.start_char)
        trade_context = bool(metric_words) or any(self.names_metric[previous.start] for previous in context
                                                  if paragraph_of(self.periods.paragraphs, previous.start_char) == paragraph)
        anchors = sorted(moneys + changes, key=lambda a: a.span.start)
        beside = {id(a): self.metrics.beside(a) for a in anchors}
        records = []
        for anchor in anchors:
            if anchor.kind != "money" and (any(anchor in m.linked for m in moneys) or self.not_trade.change(anchor) or
                                           not trade_context and not self.metrics.anaphoric(clause_subject(anchor.token))):
                continue
            claimed = {t for key, t in beside.items() if t is not None and key != id(anchor)}
            found = self.metrics.of_number(anchor, metric_words, claimed)
            compared = anchor.span.start in comparisons
            if found is None and anchor.kind != "money":
                found = (self.metrics.in_force[1] if self.metrics.in_force else "turnover"), None
            elif found is None and compared and self.metrics.in_force:
                found = self.metrics.in_force[1], None  # "This figure rose 4% compared to $1.04 billion"
            if found is None:
                continue
            record = self._record(anchor, *found, n, compared, comparisons)
            if anchor.kind == "money":
                if not compared:
                    self.last_amount = paragraph, record
            elif self._fold_into_last_amount(record, found[1]):
                continue
            records.append(record)
        return records

    def _dated_apart(self, change: Anchor, money: Anchor) -> bool:
        """Each of the two numbers has a date of its own, and they differ: two facts, not one."""
        dates = [self.periods.reader.own_date(a.token) for a in (change, money)]
        return None not in dates and dates[0] != dates[1]

    def _fold_into_last_amount(self, change: Trade, subject: Token | None) -> bool:
        """ "Exports totalled $1.08 billion. This figure rose by 4% compared to the same period of 2022": a change
        whose subject points back at the paragraph's last amount is that amount's change, and gives it its
        period when it has none; a change of another period ("In 2024 it rose by 10%") stays apart."""
        if subject is None or not self.metrics.is_anaphor(subject) or self.last_amount is None:
            return False
        where, amount = self.last_amount
        if not self.metrics.reaches(subject, where) or amount.metric != change.metric or amount.status != change.status or \
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
        own_total = self.parties.own_total(metric_token) if metric_token is not None else None
        parties = [own_total] if own_total else self.parties.sides(sent, anchor.token)
        reporter = self.reporters.reporter(metric_token, metric, parties, n) if metric_token is not None else None
        if compared and reporter is None and self.last_amount is not None and self.last_amount[1].metric == metric:
            reporter = self.last_amount[1].reporter  # "exports ... rose 4%, compared to $1.04 billion": the same trade
        side = reporter or (self.reporters.first_person_side(metric_token) if metric_token is not None else None)
        if side is not None and side not in parties and len(parties) < 2:
            parties = sorted([*parties, side])  # whose export it is is a side: "our exports to Kazakhstan", "our trade"
        if not compared:
            self.metrics.in_force = (paragraph_of(self.periods.paragraphs, anchor.span.start_char), metric)
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

def _date_titles(records: list[Trade], titled: set[int], paragraph: dict[int, int]) -> None:
    """ "Kazakhstan-Uzbekistan trade up 15%" over "Trade ... reached $1.1 billion in January-March": a headline's
    figure without a period is of the period of the first figure of the same metric in the paragraph it heads."""
    for title in (r for r in records if id(r) in titled and r.period is None):
        lede = next((r for r in records if id(r) not in titled and paragraph[id(r)] == paragraph[id(title)]
                     and r.metric == title.metric), None)
        if lede is not None:
            title.period = lede.period


def _same_fact(a: Trade, b: Trade, tolerance: float, titled: set[int] = frozenset()) -> bool:
    """Two statements of one figure: the same amount, or the same change, of one metric, status, sides and period;
    or a change-only statement and an amount of the same metric, status and period ("Trade doubled in the
    first half." + "It reached $800 million in January-June."); or a headline's figure and the text's."""
    if a.metric != b.metric or a.parties and b.parties and a.parties != b.parties:
        return False  # "Kazakhstan's trade with Belarus ... Kazakhstan's foreign trade as a whole": two facts
    if (id(a) in titled) != (id(b) in titled):
        title, text = (a, b) if id(a) in titled else (b, a)
        if _headline_of(title, text, tolerance):
            return True
    if a.status != b.status:
        return False
    if a.value is not None and b.value is not None:
        if abs(a.value - b.value) > tolerance * max(a.value, b.value):
            return False
        return a.period == b.period or (a.status == "actual" and None in (a.period, b.period))
    if a.value is None and b.value is None:
        return (a.change_pct, a.change_factor, a.period) == (b.change_pct, b.change_factor, b.period)
    amount, change = (a, b) if a.value is not None else (b, a)
    return amount.period is not None and amount.period == change.period and _compatible_changes(amount, change)


def _headline_of(title: Trade, text: Trade, tolerance: float) -> bool:
    """ "Kazakhstan, Uzbekistan trade up 15%" over "... grew by 15% in January-March to $1.1 billion", "Kazakhstan,
    Turkey eye $10 bln trade" over "... to bring trade to $10 billion": a headline states the text's figure in
    fewer words, its period left out and its status often unparsed."""
    if title.period not in (None, text.period):
        return False
    if title.value is not None:
        return text.value is not None and abs(title.value - text.value) <= tolerance * max(title.value, text.value)
    change = (title.change_pct, title.change_factor)
    return change == (text.change_pct, text.change_factor) and change != (None, None)


def _compatible_changes(amount: Trade, change: Trade) -> bool:
    """The change-only statement adds to the amount, or says what it says already."""
    return all(getattr(amount, name) in (None, getattr(change, name)) for name in ("change_pct", "change_factor")) \
        and amount.reporter in (None, change.reporter) and change.reporter in (None, amount.reporter)


def merge(records: list[Trade], tolerance: float, titled: set[int] = frozenset()) -> list[Trade]:
    """A restated figure is one record: the first statement with a value, completed by the others; two amounts
    are one when they differ by at most `tolerance` of the larger ("$1.5 billion" and "$1.503 billion"); the text
    speaks for a figure its headline (a record of `titled`) restates."""
    out: list[Trade] = []
    for record in records:
        same = next((o for o in out if _same_fact(o, record, tolerance, titled)), None)
        if same is None:
            out.append(record)
            continue
        if id(same) in titled and id(record) not in titled or \
                same.value is None and record.value is not None:  # the amount's record speaks for the fact
            out[out.index(same)], same, record = record, record, same
        for name in ("period", "change_pct", "change_factor", "reporter", "qualifier", "currency"):
            if getattr(same, name) is None:
                setattr(same, name, getattr(record, name))
        same.sources += [s for s in record.sources if s not in same.sources]
    return out


def find_trade(doc: Doc, lexicon: Lexicon, places: Places, settings: LinkingSettings) -> list[Trade]:
    return TradeFinder(doc, lexicon, places, settings)()
