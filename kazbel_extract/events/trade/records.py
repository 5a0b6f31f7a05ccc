"""The record of one trade figure: its number, change, period, status, sides and reporter.

`TradeRecords` reads around an anchor whose metric is known what `periods`, `status`,
`parties` and `reporters` decide, and keeps the paragraph's metric in force for the
words that point back at it (`antecedents`).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ...records import Trade
from ..evidence import evidence, sources
from ..syntax import paragraph_of
from .anchors import Anchor
from .antecedents import Antecedents
from .parties import Parties
from .periods.resolver import PeriodResolver
from .reporters import Reporters
from .status import Status


class TradeRecords:
    """Builds the record of a figure from its anchor and metric."""

    def __init__(self, status: Status, periods: PeriodResolver, parties: Parties, reporters: Reporters,
                 antecedents: Antecedents):
        self.status = status
        self.periods = periods
        self.parties = parties
        self.reporters = reporters
        self.antecedents = antecedents

    def __call__(self, anchor: Anchor, metric: str, metric_token: Token | None, n: int, last_amount: tuple[int, Trade] | None,
                 compared: bool = False, comparisons: dict[int, Span | None] | None = None) -> Trade:
        """The record of a figure; a `compared` amount (what a figure is compared with) is of the date
        `comparisons` gives it, which no other figure of the sentence takes, and of the trade of `last_amount`
        (paragraph, record), the figure it is the base of."""
        comparisons = comparisons or {}
        sent = anchor.span.sent
        change = next((a for a in anchor.linked if a.kind == "percent"), anchor if anchor.kind == "percent" else None)
        factor = next((a for a in anchor.linked if a.kind == "factor"), anchor if anchor.kind == "factor" else None)
        status = self.status.of(anchor.token)
        if compared:
            date = comparisons[anchor.span.start]
            figure = last_amount[1] if last_amount and last_amount[0] == paragraph_of(
                self.periods.paragraphs, anchor.span.start_char) else None
            period, date_spans = self.periods.of_compared(date, figure.period if figure else None), []
        else:
            taken = tuple(d.start for d in comparisons.values() if d is not None)
            period, date_spans = self.periods.of_figure(anchor.token, status == "actual", taken)
        status = self.status.settle(status, period, anchor.token)
        if compared:
            status = self.status.of_base(status, period)
        own_total = self.parties.own_total(metric_token, anchor.token) if metric_token is not None else None
        owner = self.reporters.referent(metric_token) if metric_token is not None else None
        parties = [own_total] if own_total else self.parties.sides(sent, anchor.token, owner)
        reporter = self.reporters.reporter(metric_token, metric, parties, n, anchor.token) if metric_token is not None else None
        if compared and reporter is None and last_amount is not None and last_amount[1].metric == metric:
            reporter = last_amount[1].reporter  # "exports ... rose 4%, compared to $1.04 billion": the same trade
        side = reporter or (self.reporters.first_person_side(metric_token) if metric_token is not None else None)
        if side is not None and side not in parties and len(parties) < 2:
            parties = sorted([*parties, side])  # whose export it is is a side: "our exports to Kazakhstan", "our trade"
        if not compared:
            self.antecedents.in_force = (paragraph_of(self.periods.paragraphs, anchor.span.start_char), metric)
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
