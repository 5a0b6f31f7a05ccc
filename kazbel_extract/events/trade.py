"""Trade records: one per figure of trade, exports, imports, surplus, investment or services.

Anchors are the numbers of a sentence: MONEY spans, PERCENT spans that state a change ("64.8%
up", "a decline of almost 30%", "83.2% as of the same period") and factors ("up 4.8 times",
"doubled", "eightfold"). A change belongs to the amount it is bracketed with or, failing that,
to the nearest amount in the parse; a change with no amount is a record of its own. Each record
takes its metric from the nearest metric word in the parse, its period from the nearest DATE that
is not a point of comparison, its status from the modal and goal words above it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import Trade
from ..values import MAX_FACTOR, parse_money
from .evidence import evidence, sources
from .lexicon import Lexicon
from .periods import parse_period, years_in
from .places import Place, Places
from .syntax import closest, ents_by_sentence, opens_sentence, tree_distance

MAX_LINK_DISTANCE = 8  # arcs; a change further than this from every amount stands alone
LEADING_WORDS = re.compile(r"^(?:[a-z]+\s+)+(?=[$\u20ac\u00a3\u00a5\u20b8\dA-Z])")
YEAR_WORD = re.compile(r"(?:19|20)\d\d")
GOAL = "goal"  # what _status gives for a goal verb alone; _record makes it target or actual
MAX_DATE_DISTANCE = 8  # arcs; a date further than this belongs to another clause
MAX_METRIC_DISTANCE = 10  # arcs; an amount further than this from every trade word is about something else
SAME_PERIOD = re.compile(r"\b(same|this|that|the)\s+period\b", re.IGNORECASE)


@dataclass
class Anchor:
    """A number of the sentence: an amount, a signed percentage change or a factor."""

    kind: str  # "money", "percent" or "factor"
    span: Span
    value: float | None
    currency: str | None = None
    qualifier: str | None = None
    linked: list["Anchor"] = field(default_factory=list)

    @property
    def token(self) -> Token:
        return self.span.root


class TradeFinder:
    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places):
        self.doc = doc
        self.words = lexicon.trade
        self.metric_of = lexicon.metric_of
        self.number_words = lexicon.number_words
        self.places = places
        self.period_in_force: str | None = None  # the period of the last figure, for "in this period"
        self.reporter_in_force: str | None = None
        self.reporter_sentence = -2
        self.metric_in_force: str | None = None  # what "the figure" refers to
        self.last_sentence_with_figures = -2
        self.sentence_number = 0
        self.ents_in = ents_by_sentence(doc)
        self.years = [(e.start, year) for e in doc.ents if e.label_ == "DATE" and not self._is_comparison(e)
                      for year in years_in(e.text)]  # "compared to 2019" sets no year for what follows
        self.year_starts = [start for start, _ in self.years]

    def __call__(self) -> list[Trade]:
        records: list[Trade] = []
        sentences = list(self.doc.sents)
        for n, sent in enumerate(sentences):
            self.sentence_number = n
            found = self._sentence(sent, sentences[max(0, n - 2) : n], n)
            if found:
                self.last_sentence_with_figures = n
            records += found
        return merge(records)

    # -- anchors ----------------------------------------------------------------------------------

    def _moneys(self, sent: Span) -> list[Anchor]:
        out = []
        for ent in self.ents_in[sent.start]:
            if ent.label_ != "MONEY":
                continue
            qualifier, bare = self._qualifier(ent)
            amount, currency = parse_money(LEADING_WORDS.sub("", bare))  # "as high as $38.5 million"
            if amount is None or amount == 0 or self._not_trade(ent):
                continue
            out.append(Anchor("money", ent, round(amount, 2), currency, qualifier))
        return out

    def _changes(self, sent: Span) -> list[Anchor]:
        out = []
        for ent in self.ents_in[sent.start]:
            if ent.label_ != "PERCENT" or ent._.percent is None:
                continue
            value = self._signed_change(ent)
            if value is not None and value >= -100:  # nothing falls by more than all of it ("fell by 100.5%")
                out.append(Anchor("percent", ent, value, qualifier=self._qualifier(ent)[0]))
        return out

    def _factors(self, sent: Span) -> list[Anchor]:
        out = []
        for tok in sent:
            low = tok.lower_
            value, number = None, tok
            if low in self.words["factor_words"] and (low != "twice" or self._direction(tok) == 1):
                value = self.words["factor_words"][low]
            elif low in self.words["times_words"] and tok.i > sent.start:
                number = self.doc[tok.i - 2] if self.doc[tok.i - 1].text == "-" and tok.i - 2 >= sent.start \
                    else self.doc[tok.i - 1]  # "4.8 times", "1.5-fold"
                value = self._number(number.text)
            elif low.endswith("fold") and low[:-4].strip("-"):
                value = self._number(low[:-4].strip("-"))  # "eightfold", "1.5-fold" as one token
                number = tok
            if value is None or not 1 < value <= MAX_FACTOR:
                continue
            span = self.doc[number.i : tok.i + 1]
            out.append(Anchor("factor", span, value, qualifier=self._qualifier(span)[0]))
        return out

    def _number(self, text: str) -> float | None:
        text = text.lower()
        if text in self.number_words:
            return float(self.number_words[text])
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None

    def _qualifier(self, span: Span) -> tuple[str | None, str]:
        """("over", "$1 billion") for "more than $1 billion", whether the hedge is inside the span or before it."""
        qualifiers = self.words["qualifiers"]
        text = span.text
        for phrase in sorted(qualifiers, key=len, reverse=True):
            if text.lower().startswith(phrase + " "):
                return qualifiers[phrase], text[len(phrase) + 1 :]
        before = self.doc[max(span.sent.start, span.start - 3) : span.start].text.lower()
        for phrase in sorted(qualifiers, key=len, reverse=True):
            if re.search(rf"\b{re.escape(phrase)}\s*$", before):
                return qualifiers[phrase], text
        head = span.root.head
        if head.lower_ in qualifiers and head.pos_ == "VERB":
            return qualifiers[head.lower_], text
        return None, text

    def _not_trade(self, money: Span) -> bool:
        """ "export contracts worth $44.1 million": an amount that belongs to a contract, not to trade."""
        for tok in list(money.root.ancestors)[:3]:
            if self._metric(tok):
                return False
            if tok.lower_ in self.words["not_trade_heads"]:
                return True
        return False

    def _direction(self, tok: Token) -> int:
        """+1 or -1 from the nearest rise or fall word around a token (its window and its heads), 0 if none."""
        sent = tok.sent
        window = [t for t in self.doc[max(sent.start, tok.i - 4) : min(sent.end, tok.i + 4)] if t.i != tok.i]
        window += list(tok.ancestors)[:2]
        signed = [(abs(t.i - tok.i), 1 if t.lower_ in self.words["up_words"] else -1) for t in window
                  if t.lower_ in self.words["up_words"] or t.lower_ in self.words["down_words"]]
        return min(signed)[1] if signed else 0

    def _signed_change(self, percent: Span) -> float | None:
        """64.8 for "64.8% up", -30.0 for "a decline of 30%", -16.8 for "83.2% as of the same period", -3.2 for
        "(-3.2%)"; None for a percentage that states no change ("a share of 30%")."""
        value = percent._.percent
        if re.match(r"\s*[-+\u2212]", percent.text):
            return value  # "(-3.2%)", "+5%": the sign is written
        direction = self._direction(percent.root)
        if direction:
            return direction * abs(value)
        after = self.doc[percent.end : min(percent.sent.end, percent.end + 5)].text.lower()
        after = " ".join(w for w in after.split() if not YEAR_WORD.fullmatch(w))  # "of the 2020 level"
        if any(after.startswith(w) for w in self.words["level_words"]):
            return round(value - 100.0, 4)
        return None

    # -- one sentence -----------------------------------------------------------------------------

    def _sentence(self, sent: Span, context: list[Span], n: int) -> list[Trade]:
        """The figures of one sentence; a change without a metric word counts when the sentences just
        before speak of trade ("... trade ... Last year's decline of almost 30% raises concerns")."""
        metrics = [t for t in sent if self._metric(t)]
        if not metrics and n - self.last_sentence_with_figures == 1:  # "In 2024, it amounted to $1.1 billion"
            metrics = [t for t in sent if t.lower_ in self.words["figure_verbs"]]
        moneys = self._moneys(sent) if metrics else []
        changes, factors = self._changes(sent), self._factors(sent)
        if not metrics and not any(self._metric(t) for previous in context for t in previous):
            return []
        _link(changes + factors, moneys)
        comparisons = self._comparison_amounts(sent, moneys)
        records = []
        for money in moneys:
            if comparisons.get(money.span.start) is None and \
                    min(tree_distance(money.token, m) for m in metrics) > MAX_METRIC_DISTANCE:
                continue  # "..., while the plant's budget reached $2 billion": no trade word near the amount
            records.append(self._record(money, metrics, n, comparison=comparisons.get(money.span.start)))
        for anchor in changes + factors:
            if not any(anchor in m.linked for m in moneys) and not self._about_something_else(anchor):
                records.append(self._record(anchor, metrics, n))
        return records

    def _about_something_else(self, anchor: Anchor) -> bool:
        """ "The economy grew by 4.5%": a change whose clause has a subject that is no trade word."""
        verb = next((t for t in anchor.token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
        return any(s.pos_ in ("NOUN", "PROPN") and not self._metric(s) and anchor.token not in s.subtree
                   and not any(self._metric(t) for t in s.subtree) for s in subjects)

    def _comparison_amounts(self, sent: Span, moneys: list[Anchor]) -> dict[int, str | None]:
        """ "compared to 2022 ($6.3 billion)": an amount in brackets after a compared date is that date's figure."""
        out = {}
        for money in moneys:
            i = money.span.start
            if i >= 2 and self.doc[i - 1].text == "(":
                date = [d for d in self.ents_in[sent.start] if d.label_ == "DATE" and d.end == i - 1]
                if date and self._is_comparison(date[0]):
                    out[i] = self._period(date[0])
        return out

    def _record(self, anchor: Anchor, metrics: list[Token], n: int, comparison: str | None = None) -> Trade:
        sent = anchor.span.sent
        metric_token = closest(anchor.token, metrics)
        metric = (self._metric(metric_token) if metric_token is not None else None) or self.metric_in_force or "turnover"
        change = next((a for a in anchor.linked if a.kind == "percent"), anchor if anchor.kind == "percent" else None)
        factor = next((a for a in anchor.linked if a.kind == "factor"), anchor if anchor.kind == "factor" else None)
        status = self._status(anchor.token)
        if comparison is not None:
            period, date_spans = comparison, []
        else:
            period, date_spans = self._period_of(anchor, "target" if status == GOAL else status, n)
        if status == GOAL:  # "with trade reaching $1.3 billion in 2023", written in 2024, is what trade reached
            status = "actual" if self._before_publication(period) else "target"
        parties = self.places.sides(self._named_sides(sent), {t.lower_ for t in sent})
        reporter = self._reporter(metric_token, metric, parties, n) if metric_token is not None else None
        if anchor.kind == "money" and comparison is None:
            self.metric_in_force = metric
        qualifier = anchor.qualifier or next((a.qualifier for a in anchor.linked if a.qualifier), None)
        spans = [anchor.span] + [a.span for a in anchor.linked if a.span.label_] + date_spans
        return Trade(
            metric=metric,
            value=anchor.value if anchor.kind == "money" else None,
            currency=anchor.currency if anchor.kind == "money" else None,
            period=period,
            change_pct=change.value if change is not None and comparison is None else None,
            change_factor=factor.value if factor is not None and comparison is None else None,
            status=status,
            parties=parties,
            reporter=reporter,
            qualifier=qualifier,
            evidence=evidence(sent, [anchor.span]),
            sources=sources([s for s in spans if s.label_]),
        )

    # -- metric, period, status, reporter ---------------------------------------------------------

    def _named_sides(self, sent: Span) -> list[Place]:
        """The places a sentence names as sides: not those in a person's title ("Akim of Akmola Region
        Yermek Marzhikpayev") or in an organisation's name ("Minsk Oblast Executive Committee")."""
        orgs = [e for e in self.ents_in[sent.start] if e.label_ == "ORG"]
        out = []
        for place in self.places.within(sent):
            tok = self.doc[place.start]
            if any(o.start <= place.start and place.end <= o.end and len(o) > place.end - place.start for o in orgs):
                continue
            chain = []
            for ancestor in tok.ancestors:
                if ancestor.pos_ in ("VERB", "AUX"):
                    break
                chain.append(ancestor)
            if not any(a.ent_type_ == "PERSON" for a in chain):
                out.append(place)
        return out

    def _metric(self, tok: Token) -> str | None:
        """The metric a word names: "trade" is turnover, "trade in services" services; a word in a name is none."""
        metric = self.metric_of.get(tok.lower_)
        if tok.lower_ in self.words["anaphoric_metric_words"] and self.sentence_number - self.last_sentence_with_figures <= 1:
            metric = self.metric_in_force
        if tok.ent_type_ == "ORG" or (tok.is_title and tok.pos_ == "PROPN" and not opens_sentence(tok)):
            return None
        if any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(g.lower_ == "services" for g in c.children)
               for c in tok.children) and metric in ("turnover", "export", "import"):
            return "services"
        if metric and tok.dep_ == "compound" and self.metric_of.get(tok.head.lower_):
            return None  # "trade turnover", "trade surplus": the head word speaks
        return metric

    def _date_groups(self, sent: Span) -> list[Span]:
        """DATE spans, with "2016 and Q1 2017" joined into one."""
        groups: list[Span] = []
        for date in (e for e in self.ents_in[sent.start] if e.label_ == "DATE"):
            if groups and self.doc[groups[-1].end : date.start].text.strip() in ("and", "&"):
                groups[-1] = self.doc[groups[-1].start : date.end]
            else:
                groups.append(self.doc[date.start : date.end])
        return groups

    def _is_comparison(self, date: Span) -> bool:
        """ "from 2016", "compared to 2022", "the same period of last year": the base of a change, not its period."""
        before = self.doc[max(date.sent.start, date.start - 3) : date.start].text.lower()
        text = date.text.lower()
        if "same period" in text or "same period" in before:
            return not re.search(r"\b(in|for|during)\s*(the\s*)?$", before)
        if any(re.search(rf"\b{re.escape(word)}\b", before) for word in self.words["comparison_words"]):
            return True
        return bool(re.search(r"\bfrom\s*$", before)) and not re.search(r"through|till|until|\bto\b|-|\u2013", text)

    def _context_year(self, date: Span) -> int | None:
        """The last year written before a date ("Since the beginning of 2019 ... In January-April ..."),
        else the year of publication."""
        before = bisect_left(self.year_starts, date.start)
        if before:
            return self.years[before - 1][1]
        published = self.doc._.published
        return int(published[:4]) if published else None

    def _period(self, date: Span) -> str | None:
        return parse_period(date.text, self.doc._.published, self._context_year(date))

    def _period_of(self, anchor: Anchor, status: str, n: int) -> tuple[str | None, list[Span]]:
        """The period of the nearest non-comparison DATE of the clause; with none, an actual figure stays in
        the period of the figures just before it ("In this period Belarus' export ...")."""
        sent = anchor.span.sent
        dates = [d for d in self._date_groups(anchor.span.sent) if not self._is_comparison(d)]
        dates = [d for d in dates if tree_distance(anchor.token, d.root) <= MAX_DATE_DISTANCE]
        if dates:
            date = min(dates, key=lambda d: (tree_distance(anchor.token, d.root), abs(d.root.i - anchor.token.i)))
            period = self.period_in_force if SAME_PERIOD.search(date.text) else self._period(date)
            if status == "actual" and period is not None:
                self.period_in_force = period
            return period, [d for d in self.ents_in[sent.start] if d.label_ == "DATE" and date.start <= d.start < date.end]
        if status == "actual" and n - self.last_sentence_with_figures <= 1:
            return self.period_in_force, []
        return None, []

    def _status(self, tok: Token) -> str:
        """ "should secure" target, "may reach" forecast, "intend to raise ... to" target; else actual. A goal
        verb alone ("to reach $1 billion") gives GOAL: a target, unless its period is over when the article is out.

        Cues are read on the way up from the number to the head of its finite clause: "X is convinced that
        trade is $1 billion: it should be higher" is no target.
        """
        w = self.words
        if any(t.lower_ in w["actual_words"] for t in self.doc[max(tok.sent.start, tok.i - 4) : tok.i]):
            return "actual"
        tentative = None
        for t in [tok] + list(tok.ancestors):
            children = list(t.children)
            words = [t.lower_] + [c.lower_ for c in children if c.dep_ in ("aux", "auxpass", "acomp")]
            if any(x in w["forecast_words"] for x in words):
                return "forecast"
            if any(x in w["target_words"] for x in words):
                return "target"
            goal_verbs = [t] + [c for c in children if c.dep_ == "amod"]
            if any(v.lower_ in w["target_verbs"] and v.tag_ in ("VB", "VBG") for v in goal_verbs) \
                    and not self._result_of_change(t):
                tentative = tentative or GOAL
            finite = any(c.dep_ in ("nsubj", "nsubjpass") for c in children) and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children)
            if finite:
                break
        return tentative or "actual"

    def _before_publication(self, period: str | None) -> bool:
        published = self.doc._.published
        years = re.findall(r"\d{4}", period or "")
        return bool(published and years) and int(years[-1]) < int(published[:4])

    def _result_of_change(self, verb: Token) -> bool:
        """ "went up by 25.7% to reach $271 million": an infinitive after a reported rise or fall is its result."""
        head, w = verb.head, self.words
        return verb.dep_ in ("advcl", "xcomp") and head.tag_ in ("VBD", "VBZ", "VBN") and \
            (head.lower_ in w["up_words"] or head.lower_ in w["down_words"])

    def _reporter(self, metric_token: Token, metric: str, parties: list[str], n: int) -> str | None:
        """Whose export or import, or who invests: "Belarus' export", "exports from Kazakhstan",
        "imports from Türkiye" (the other side), "Kazakhstan's investments"."""
        if metric not in ("export", "import", "investment"):
            return None
        named = [p for p in self.places.within(metric_token.sent) if p.kind in ("country", "region")]
        owner = [p for p in named if metric_token.left_edge.i <= p.start and p.end <= metric_token.i]
        reporter = owner[-1].name if owner else None
        if reporter is None:
            for prep in (c for c in metric_token.children if c.dep_ == "prep"):
                there = [p for p in named if prep.i < p.start <= prep.right_edge.i]
                if not there:
                    continue
                source_side = prep.lower_ == "from" and metric != "import"
                reporter = there[0].name if source_side else _other(there[0].name, parties)
                break
        if reporter is None and n - self.reporter_sentence <= 1:
            reporter = self.reporter_in_force  # "Belarus' export was ..., import reached ..."
        reporter = self.places.regional(reporter, parties)
        if reporter is not None:
            self.reporter_in_force, self.reporter_sentence = reporter, n
        return reporter


def _other(name: str, parties: list[str]) -> str | None:
    others = [p for p in parties if p != name]
    return others[0] if len(parties) == 2 and len(others) == 1 else None


def _same_clause(a: Token, b: Token) -> bool:
    """No clause with a subject of its own stands between two tokens ("..., over three years it doubled");
    a relative clause ("$4 billion, which is 16.4 percent less") belongs to its noun."""
    above_a = [a] + list(a.ancestors)
    above_b = [b] + list(b.ancestors)
    common = next((t for t in above_a if t in above_b), None)
    path = above_a[: above_a.index(common)] + above_b[: above_b.index(common)] if common is not None else []
    return common is not None and not any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
                                          for c in t.children) for t in path)


def _link(changes: list[Anchor], moneys: list[Anchor]) -> None:
    """Give each change the amount it qualifies: the one it is bracketed with, else the nearest in its clause."""
    pairs = []
    for change in changes:
        for money in moneys:
            bracketed = change.span.start - money.span.end in (1, 2) and money.span.doc[money.span.end].text == "("
            distance = 0 if bracketed else tree_distance(change.token, money.token)
            if bracketed or (distance <= MAX_LINK_DISTANCE and _same_clause(change.token, money.token)):
                pairs.append((distance, abs(change.span.start - money.span.start), change, money))
    taken = set()
    for _, _, change, money in sorted(pairs, key=lambda p: (p[0], p[1])):
        if id(change) in taken or any(a.kind == change.kind for a in money.linked):
            continue
        money.linked.append(change)
        taken.add(id(change))


def _same_fact(a: Trade, b: Trade) -> bool:
    if a.metric != b.metric or a.status != b.status:
        return False
    if a.value is not None and b.value is not None:
        if abs(a.value - b.value) > 0.005 * max(a.value, b.value):
            return False
        return a.period == b.period or (a.status == "actual" and None in (a.period, b.period))
    if a.value is None and b.value is None:
        return (a.change_pct, a.change_factor, a.period) == (b.change_pct, b.change_factor, b.period)
    return False


def merge(records: list[Trade]) -> list[Trade]:
    """A restated figure is one record: the first statement, completed by the later ones."""
    out: list[Trade] = []
    for record in records:
        same = next((o for o in out if _same_fact(o, record)), None)
        if same is None:
            out.append(record)
            continue
        for name in ("period", "change_pct", "change_factor", "reporter", "qualifier", "currency"):
            if getattr(same, name) is None:
                setattr(same, name, getattr(record, name))
        same.sources += [s for s in record.sources if s not in same.sources]
    return out


def find_trade(doc: Doc, lexicon: Lexicon, places: Places) -> list[Trade]:
    return TradeFinder(doc, lexicon, places)()
