"""Which period a trade figure is of: `PeriodResolver` reads it from the figure's clause (which date is the
figure's own, `sentence_dates` says), `DatePeriods` what period a date names in the light of the text before
it, and `PeriodMemory` holds what the text has stated so far. Period strings are read by `period_parsing`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...period_parsing import YEAR, Calendar, accumulated_until, as_period, moved_to, parse_period, resolve_year, years_in
from ...settings import LinkingSettings
from ...syntax import paragraph_of, tree_distance
from ..titles import headed_paragraph_starts
from .sentence_dates import SentenceDates, in_clause_of_its_own, in_other_conjunct


class PeriodMemory:
    """What the text has stated so far, for the figures after it: the period in force in a paragraph (a figure whose
    clause states none takes it), the period stated last anywhere (what a back-reference points at, across
    paragraphs), and the year of "since the beginning of 2019" (the year of the year-less months after it in its
    paragraph, until a period is stated)."""

    def __init__(self):
        self.in_force: tuple[int, str] | None = None  # (paragraph, period) a figure or a sentence stated last
        self.last_stated: str | None = None  # for back-references, across paragraphs
        self.year_to_date: tuple[int, int] | None = None  # (paragraph, year) of "since the beginning of 2019"

    def state(self, paragraph: int, period: str) -> None:
        self.in_force = (paragraph, period)
        self.year_to_date = None
        self.last_stated = period

    def start_year(self, paragraph: int, year: int) -> None:
        """ "Since the beginning of 2019": no period, but the year of the year-less months after it."""
        self.year_to_date = (paragraph, year)

    def in_force_in(self, paragraph: int) -> str | None:
        """The period in force in `paragraph`, None when the paragraph has stated none."""
        return self.in_force[1] if self.in_force and self.in_force[0] == paragraph else None

    def year_to_date_in(self, paragraph: int) -> int | None:
        return self.year_to_date[1] if self.year_to_date and self.year_to_date[0] == paragraph else None


class DatePeriods:
    """Which period a DATE names, read against what the text stated before it: year-less months take the year of
    their sentence, else of their paragraph, else of publication (see `_context_year`); a back-reference ("the same
    period of 2022", "the same period last year") is the period stated last, moved to the year it names; "a year
    earlier" is the period stated last a year back; "the year" is the year in force in the paragraph."""

    def __init__(self, doc: Doc, reader: SentenceDates, calendar: Calendar, settings: LinkingSettings,
                 paragraphs: list[int], memory: PeriodMemory):
        self.doc = doc
        self.reader = reader
        self.calendar = calendar
        self.settings = settings
        self.paragraphs = paragraphs
        self.memory = memory

    def period(self, date: Span) -> str | None:
        """The period a DATE of the figure's clause names, back-references resolved."""
        if self.reader.back_reference(date):
            return self._resolve_back_reference(date)
        text = date.text
        last_stated = self.memory.last_stated
        if last_stated and self.calendar.narrative_year.fullmatch(text.strip()):
            return moved_to(last_stated, as_period(last_stated).start_year - 1)  # "A year earlier, it stood at"
        in_force = self.memory.in_force_in(paragraph_of(self.paragraphs, date.start_char))
        if in_force:
            text = self.calendar.the_year.sub(str(as_period(in_force).end_year), text)  # "In 2022 ... the year"
        as_of = self.calendar.as_of.search(self.reader.before(date, self.settings.date_preposition_tokens_before))
        if as_of:  # "as of 1 October 2023": what the figure accumulated in the year up to that day
            accumulated = accumulated_until(text, as_of.group("day"), self._context_year(date), self.calendar)
            if accumulated:
                return accumulated
        return parse_period(text, self.doc._.published, self._context_year(date), self.calendar)

    def _context_year(self, date: Span) -> int | None:
        """The year of year-less months: a year of their sentence that is no comparison's base, back-reference
        ("compared with $200 million in the same quarter of 2023") or the same months again; else the year of
        publication when the months are over in it and the paragraph narrates no year before last (the latest
        months, after last year's result); else the year in force in their paragraph ("In 2020 ... In the fourth
        quarter"); else the last year in which they were over."""
        published = self.doc._.published
        months = parse_period(date.text, None, 2000, self.calendar)
        own = [y for d in self.reader.dates(date.sent) if d is not date and not self.reader.is_comparison(d)
               and not in_clause_of_its_own(date.root, d.root)  # "in January-August it rose, noting that in 2022 ..." 
               and not self.reader.back_reference(d) and not self.calendar.the_year.fullmatch(d.text.strip())
               and not self._same_months(d, months)
               for y in (years_in(d.text) or [resolve_year(d.text.strip(), published, self.calendar)]) if y is not None]
        if own:
            return own[0]
        paragraph = paragraph_of(self.paragraphs, date.start_char)
        year_to_date = self.memory.year_to_date_in(paragraph)
        if year_to_date:
            return year_to_date  # "Since the beginning of 2019 trade has been falling. In January-April ..."
        in_force = self.memory.in_force_in(paragraph)
        in_force_year = as_period(in_force).end_year if in_force else None
        if not published:
            return in_force_year
        year = int(published[:4])
        period = parse_period(date.text, None, year)
        over = not (period and as_period(period).end_month > int(published[5:7]) and as_period(period).end_year == year)
        if over and (in_force_year is None or in_force_year >= year - 1):
            return year  # "Trade reached $1.3 billion in 2023. In January-May it grew 8%", published in June 2024: the
            # latest months, of this year
        if in_force_year is not None:
            return in_force_year  # "In 2020 trade ... In the fourth quarter it ...": the months of the year narrated
        return year - 1  # "in January-October", published in May: last year's months; they are not over yet

    def _same_months(self, other: Span, months: str | None) -> bool:
        """ "In January-April trade reached $400 million, against $350 million in January-April 2023": the same months
        with a year of their own are the base's; their year is not the year of the year-less ones."""
        stated = parse_period(other.text, self.doc._.published, None, self.calendar)
        return bool(months and stated and "-" in stated) and moved_to(months, as_period(stated).start_year) == stated

    def _resolve_back_reference(self, date: Span) -> str | None:
        written = parse_period(date.text, self.doc._.published, None, self.calendar)
        if written and "-" in written:
            return written  # "the same period, January-April 2023": the months are written
        last_stated = self.memory.last_stated
        if last_stated is None:
            return None
        years = years_in(date.text)
        if years:
            return moved_to(last_stated, years[-1])
        after = self.doc[date.end : date.end + self.settings.year_shift_tokens_after].text
        if self.calendar.shift_back.search(date.text) or self.calendar.shift_back.search(after):
            return moved_to(last_stated, as_period(last_stated).start_year - 1)
        return last_stated


class PeriodResolver:
    """Decides the period of each trade figure, read from its clause (what its dates are, `SentenceDates` says;
    what period a date names, `DatePeriods`), with paragraph and article memory (`PeriodMemory`).

    - A figure takes the nearest DATE of its own clause that is not the base of a comparison ("up 9% on the
      year before", "compared with 2020", "than a year earlier", "from 2016"); a period word there ("this
      year", "over the first five months") beats any year stated earlier.
    - "from 2000 to 2020" is `2000-01/2020-12`; of an amount "from $X to $Y" over such a span, X is of the
      first year and Y of the last. A cumulative figure "since 2010" has no period.
    - A back-reference ("in this period", "over the same period of 2022", "the same period last year") is the
      last period the article stated, moved to the year it names; a figure compared with such a period is
      of the last period stated.
    - A figure whose clause states no period takes the period of the figure or of the sentence stating a
      period just before it in the same paragraph, and nothing across a blank line; a headline or subheading
      is part of the paragraph it heads.
    - Year-less pieces ("January-April") take a year of their own sentence; else they are the latest such months
      at publication, unless their paragraph narrates an older year ("In 2020 ... In the fourth quarter"), whose
      months they are (never a year of an earlier paragraph).
    """

    def __init__(self, doc: Doc, words: dict, ents_in: dict[int, list[Span]], settings: LinkingSettings,
                 calendar: Calendar, document_nouns: frozenset[str], event_nouns: frozenset[str] = frozenset()):
        """`document_nouns`: the nouns of agreements and plans, whose dates are their terms ("a roadmap for 2024-2026");
        `event_nouns`: the nouns of visits, talks and forums, whose dates are theirs ("the visit in December 2022")."""
        self.doc = doc
        self.reader = SentenceDates(doc, words, ents_in, settings, calendar, document_nouns, event_nouns)
        self.calendar = calendar
        self.settings = settings
        self.max_date_distance = settings.max_date_distance  # arcs; a date further from a figure belongs to another clause
        self.ents_in = ents_in
        self.paragraphs = headed_paragraph_starts(doc)
        self.memory = PeriodMemory()
        self.named = DatePeriods(doc, self.reader, calendar, settings, self.paragraphs, self.memory)
        self.used: set[int] = set()  # starts of the dates figures took
        self.respective_words = frozenset(words["respective_words"])

    def period(self, date: Span) -> str | None:
        """The period a DATE of the figure's clause names, back-references resolved (see `DatePeriods`)."""
        return self.named.period(date)

    def state(self, paragraph: int, period: str) -> None:
        """`period` is stated in `paragraph`: the period in force there and the one back-references point at."""
        self.memory.state(paragraph, period)

    def of_compared(self, date: Span | None, figure_period: str | None) -> str | None:
        """The period of an amount a figure is compared with ("compared with $26 billion a year earlier"): its own
        date, where a year back ("a year earlier", "the previous year") counts from the figure's period."""
        if date is None:
            return None
        self.used.add(date.start)
        if figure_period and not years_in(date.text) and not self.reader.back_reference(date) and \
                self.calendar.shift_back.search(date.text):
            return moved_to(figure_period, as_period(figure_period).start_year - 1)
        return self.period(date)

    def of_figure(self, anchor: Token, carries: bool, taken: tuple[int, ...] = ()) -> tuple[str | None, list[Span]]:
        """The period of the figure at `anchor` and the DATE spans it came from. `carries` is False for goals and
        expectations: they neither take nor leave a period for the figures after them, nor take the date of
        another conjunct. Dates starting at `taken` are the periods of amounts the figure is compared with ("against $285 million in 2023")."""
        sent = anchor.sent
        paragraph = paragraph_of(self.paragraphs, anchor.idx)
        near = [d for d in self.reader.dates(sent) if tree_distance(anchor, d.root) <= self.max_date_distance]
        date = self.reader.own_date(anchor, taken)
        if date is not None and not carries and (in_other_conjunct(anchor, date.root) or
                                                 in_clause_of_its_own(anchor, date.root)):
            date = None  # "trade stood at $1.3 billion in 2023, and the sides want to reach $2 billion", "... intend to
            # bring trade to $2 billion, while last year it totalled $1.3 billion": an undated goal
        period, spans = None, []
        if date is not None:
            self.used.add(date.start)
            spans = [e for e in self.ents_in[sent.start] if e.label_ == "DATE" and date.start <= e.start < date.end]
            if self.calendar.cumulative.search(self.reader.before(date, self.settings.since_tokens_before) + " " + date.text):
                return None, spans  # "since 2010": a cumulative figure
            period = respective_year(date, anchor, self.respective_words, self.calendar) or self._end_of_span(self.period(date), anchor)
            period = self._over_the_year_before(date, period, paragraph) if carries else period
        elif (self.reader.period_word(anchor, sent) or self.reader.part_reference(anchor, sent)) and self.memory.last_stated:
            period = self.memory.last_stated  # "for the period", "in this period", "of this amount"
        elif any(self.reader.back_reference(d) for d in near) and self.memory.last_stated:
            period = self.memory.last_stated  # "up 12% on the same period last year", "$1.5 billion ($1.4 billion over the
            # same period of 2022)": of the period last stated
        elif carries and self.memory.in_force_in(paragraph):
            period = self.memory.in_force_in(paragraph)
        if carries and period is not None:
            self.state(paragraph, period)
        return period, spans

    def _over_the_year_before(self, date: Span, period: str | None, paragraph: int) -> str | None:
        """ "Trade reached $1.2 billion in January-May 2024. It grew by 12% over January-May 2023": "over" the
        paragraph's period a year back is the base of a change of that period, not the change's own period."""
        in_force = self.memory.in_force_in(paragraph)
        if period is None or in_force is None or period == in_force or not re.search(r"\bover\s*$", self.reader.before(date, 1)):
            return period
        return in_force if moved_to(in_force, as_period(in_force).start_year - 1) == period else period

    def _end_of_span(self, period: str | None, anchor: Token) -> str | None:
        """ "from 2005 to 2010 trade grew from $215 million to $870 million": each amount is of one end."""
        p = as_period(period) if period else None
        if p is None or p.start_year == p.end_year or anchor.ent_type_ != "MONEY":
            return period
        start = anchor.i
        while start > anchor.sent.start and self.doc[start].ent_iob_ == "I":
            start -= 1
        word = self.doc[start - 1].lower_ if start > anchor.sent.start else ""
        if word == "from":
            return str(p.start_year)
        if word == "to" and any(t.lower_ == "from" and t.nbor().ent_type_ == "MONEY" for t in self.doc[anchor.sent.start : start]):
            return str(p.end_year)
        return period

    def after_figures(self, sent: Span, last_figure: int) -> None:
        """A clause after a sentence's last figure that states a period of no figure ("Last year our trade grew by 20%,
        and this year the dynamics are also positive") sets the period for the figures after it, as a sentence
        without figures does; a base, a back-reference, a deadline, a document's term, an event's and a report's date
        do not."""
        dates = [d for d in self.reader.dates(sent) if d.start > last_figure and d.start not in self.used
                 and not self.reader.back_reference(d)]
        if dates:
            self._state_from(dates)

    def sentence_without_figures(self, sent: Span) -> None:
        """A sentence that states a period and no figure ("Results of the first half of 2023 were reviewed")
        sets the period for the figures after it in its paragraph; a deadline ("a programme through 2026"), a
        document's term ("a roadmap for 2024-2026"), an event's date ("the visit in May") and a report's date ("data
        released in May") do not;
        "since the beginning of 2019" sets only the year of the year-less months after it."""
        self._state_from(self.reader.dates(sent))

    def _state_from(self, dates: list[Span]) -> None:
        for date in reversed(dates):
            since = self.reader.before(date, self.settings.since_tokens_before) + " " + date.text
            if self.calendar.cumulative.search(since) and self.calendar.year_start.search(since) and years_in(date.text):
                self.memory.start_year(paragraph_of(self.paragraphs, date.start_char), years_in(date.text)[-1])
                return  # "since the beginning of 2019": no period, but the year of the months after it
            deadline = self.calendar.deadline.search(self.reader.before(date, self.settings.date_preposition_tokens_before))
            if self.reader.is_comparison(date) or self.calendar.cumulative.search(since) or deadline or \
                    self.reader.of_document(date) or self.reader.of_report(date) or self.reader.of_event(date):
                continue
            period = self.period(date)
            if period is not None:
                self.state(paragraph_of(self.paragraphs, date.start_char), period)
                return


def respective_year(date: Span, anchor: Token, respective_words: frozenset[str], calendar: Calendar) -> str | None:
    """ "In 2022 and 2023 trade amounted to $1 billion and $1.2 billion, respectively": years joined by "and" (no
    span: not "between 2018 and 2022") in a sentence marked as respective give, in order, one year to each amount
    written after them, when there are as many amounts as years."""
    sent = anchor.sent
    first = date.start  # "2021, 2022 and 2023": the years listed with commas before the joined pair
    while first - 2 >= sent.start and date.doc[first - 1].text == "," and re.fullmatch(YEAR, date.doc[first - 2].text):
        first -= 2
    date = date.doc[first : date.end]
    if date.start > sent.start and date.doc[date.start - 1].lower_ == "between" or \
            not any(t.lower_ in respective_words for t in sent) or anchor.ent_type_ != "MONEY":
        return None
    parts = [t.text for t in date if t.lower_ in ("and", ",", "&")]
    years = years_in(date.text)
    if not parts or len(years) < 2 or not all(t.lower_ in ("and", ",", "&", "in") or calendar.year_only.fullmatch(
            t.text) for t in date):
        return None
    amounts = [t.i for t in sent if t.ent_type_ == "MONEY" and t.ent_iob_ == "B" and t.i >= date.end]
    start = anchor.i
    while start > sent.start and date.doc[start].ent_iob_ == "I":
        start -= 1
    if len(amounts) != len(years) or start not in amounts:
        return None
    return str(years[amounts.index(start)])
