"""The dates of one sentence and what each is: `SentenceDateMentions` reads the DATEs of a sentence,
`DateRoles` what each is (a period, a comparison's base, a back-reference, a report's date, a document's
term) and `SentenceDates` which is a figure's own. None of them keeps memory of the text before the
sentence: that is `periods`'.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ....text import DASHES
from ...period_parsing import SPAN_LINKS, YEAR, Calendar, phrase_pattern, parse_period, years_in
from ...settings import LinkingSettings
from ...syntax import token_words, tree_distance

def in_other_conjunct(anchor: Token, other: Token) -> bool:
    """Whether `anchor` and `other` stand in different conjunct clauses: in "trade was $1.1 billion in 2022, and in
    2023 - $1.3 billion", 2023 is the second amount's; in "trade stood at $1.3 billion in 2023, and the sides want
    to reach $2 billion", 2023 is not the goal's."""
    above_anchor = [anchor, *anchor.ancestors]
    path = [other]
    for tok in other.ancestors:
        if path[-1] in above_anchor:
            break
        path.append(tok)
    if path[-1] not in above_anchor:
        return False  # no common head: another sentence
    common = above_anchor.index(path[-1])
    return any(t.dep_ == "conj" for t in path[:-1] + above_anchor[:common])


def _gapped_date_of(date: Span, anchor: Token) -> bool:
    """ "grew by 9% in 2023, and in January-February 2024 by 14%": a date opening a clause that leaves the verb out (a
    comma or "and" before it and its preposition) right before the "by" or "to" of the number is that number's,
    however the parser hung the gapped clause; "rose from $1.1 billion in 2022 to $1.3 billion" opens none."""
    doc = date.doc
    if date.end + 1 >= len(doc) or doc[date.end].lower_ not in ("by", "to") or anchor.i <= date.end:
        return False
    first = date.start
    while first > 0 and doc[first - 1].pos_ in ("ADP", "DET"):
        first -= 1  # "in the first quarter of 2024"
    if first == 0 or doc[first - 1].lower_ not in (",", "and"):
        return False
    number = doc[date.end + 1 : anchor.i + 1]
    return bool(anchor.ent_type_) and all(t.ent_type_ == anchor.ent_type_ for t in number) and \
        sum(t.ent_iob_ == "B" for t in number) == 1 and number[0].ent_iob_ == "B"


def in_clause_of_its_own(anchor: Token, other: Token) -> bool:
    """Whether `other` stands in a clause with a subject of its own that `anchor` is not in: in "the sides intend
    to bring trade to $2 billion, while in 2023 it reached $1.2 billion", 2023 is the "while" clause's."""
    above_anchor = set([anchor, *anchor.ancestors])
    for tok in [other, *other.ancestors]:
        if tok in above_anchor:
            return False
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
    return False


class SentenceDateMentions:
    """Which DATEs a sentence has, read once per sentence: the tagger's DATE entities that name a time, with the pieces
    of one period joined ("2016 and Q1 2017", "January-March this year", "the same period of 2023") and the years the
    tagger left out added; and the brackets each token stands in. What a date is, it leaves to `DateRoles`."""

    def __init__(self, doc: Doc, words: dict, ents_in: dict[int, list[Span]], settings: LinkingSettings,
                 calendar: Calendar):
        self.doc = doc
        self.ents_in = ents_in
        self.settings = settings
        self.calendar = calendar
        self.time_units = set(words["time_units"])
        self.times_words = set(words["times_words"])
        self.factor_words = set(words["factor_words"]) | self.times_words  # "doubled", "times": a change's number
        self._openers: dict[int, list[int | None]] = {}  # sentence start -> the "(" in force at each token
        self._dates_of_sentence: dict[int, list[Span]] = {}  # by sentence start

    def dates(self, sent: Span) -> list[Span]:
        """DATE spans, with "2016 and Q1 2017", "2005 to 2010", "the same period of 2023" and "January-March this year"
        joined into one; read once per sentence, however many figures ask."""
        if sent.start not in self._dates_of_sentence:
            self._dates_of_sentence[sent.start] = self._joined_dates(sent)
        return self._dates_of_sentence[sent.start]

    def _joined_dates(self, sent: Span) -> list[Span]:
        groups: list[Span] = []
        for date in self._date_mentions(sent):
            between = self.doc[groups[-1].end : date.start].text.strip().lower() if groups else None
            joined = between in ("and", "&", *SPAN_LINKS) or (
                between in ("of", "in", "of the") and self.calendar.back_reference.search(groups[-1].text)) or (  # "same period" "of" "2023"
                between in ("of", "of the") and self._point_of(groups[-1], date)) or (  # "the end" "of" "2025"
                between == "" and groups[-1][-1].lower_ in (*SPAN_LINKS, "and")) or (  # "between 2005 and" "2023"
                # "2015 to" "2023": the tagger cut the span after its link word
                between in ("period of", "period of the") and self.calendar.yearless(groups[-1].text)
                and self.calendar.year_only.fullmatch(date.text)) or (  # "the nine-month" "period of" "2024"
                between == "" and self.calendar.year_only.fullmatch(date.text) and not years_in(groups[-1].text)) or (  # "January-March" "this year"
                between == "" and all(t.lower_ == "period" or t.pos_ == "DET" for t in groups[-1])) or (  # "the period" "January-June 2023"
                between in (",", ", the") and self._restates_date(groups[-1], date))  # "2014" ", the" "record year"
            if joined:
                groups[-1] = self.doc[groups[-1].start : date.end]
            else:
                groups.append(self.doc[date.start : date.end])
        return groups

    def _restates_date(self, date: Span, apposition: Span) -> bool:
        """ "In 2014, the record year, trade reached ...": a DATE after a date and a comma, naming no period itself
        ("the record year"), says what that date was; one mention, of that date's period."""
        published = self.doc._.published
        return parse_period(apposition.text, published, 2000, self.calendar) is None and \
            parse_period(date.text, published, 2000, self.calendar) is not None and \
            not self._bare_unit(apposition)

    def _point_of(self, point: Span, date: Span) -> bool:
        """ "the end" "of" "2025", "the beginning" "of" "last year": a DATE that names no period itself, of a date that
        does, the tagger having split them: one mention, of that date's period."""
        return parse_period(point.text, None, 2000, self.calendar) is None and \
            parse_period(date.text, self.doc._.published, 2000, self.calendar) is not None

    def _date_mentions(self, sent: Span) -> list[Span]:
        """The DATE entities of a sentence that can name a time, and the years, spans of years, quarters and halves the
        tagger left out ("From 2015 to 2023 trade ...", "During 2015–2020", "In January-March this year", "in H1")."""
        dates = [e for e in self.ents_in[sent.start] if e.label_ == "DATE" and not self._bare_unit(e)
                 and not self._factor_number(e)]
        text, lower, tag, ent_type = token_words(self.doc)
        years = [Span(self.doc, i, i + 1, label="DATE") for i in range(sent.start, sent.end)
                 if not ent_type[i] and tag[i] == "CD" and re.fullmatch(rf"{YEAR}(?:[-\u2013](?:{YEAR}|\d\d))?", text[i])
                 or ent_type[i] != "DATE" and self.calendar.shorthand.fullmatch(text[i])]
        # "In Jan-Apr trade ...", "in Jan.-Mar. 2024": a span of abbreviated months the tagger left out
        years += [Span(self.doc, t.i, t.i + 3, label="DATE") for t in sent[:-2]
                  if not t.ent_type_ and self._month(t) and t.nbor(1).text in DASHES and self._month(t.nbor(2))]
        # "In January–May it ...": the tagger took "January" alone and left "May" out (the parser made it a subject)
        cut = [Span(self.doc, t.i, t.i + 3, label="DATE") for t in sent[:-2]
               if t.ent_iob_ == "B" and t.nbor(1).ent_iob_ != "I" and self._month(t) and t.nbor(1).text in DASHES
               and self._month(t.nbor(2)) and not t.nbor(2).ent_type_]
        years += [Span(self.doc, i - 1, i + 1, label="DATE") for i in range(sent.start + 1, sent.end)
                  if lower[i] == "year" and not ent_type[i] and not ent_type[i - 1]
                  and lower[i - 1] not in ("the", "a") and f"{lower[i - 1]} year" in self.calendar.relative_years]
        counts = cut + [self._months_count(t) for t in sent[:-1] if self._months_count(t) is not None]
        counts += [p for p in (self._untagged_part(t) for t in sent[:-1] if t.ent_type_ in ("", "ORDINAL", "DATE"))
                   if p is not None]
        covered = {i for c in counts for i in range(c.start, c.end)}
        dates = [d for d in dates if d.start not in covered]
        years = [y for y in years if y.start not in covered]
        return sorted(dates + years + counts, key=lambda d: d.start)

    def _untagged_part(self, tok: Token) -> Span | None:
        """ "At the end of the first half of the year", "in the second quarter of 2024", "In the second half the growth
        ...": a quarter or half the tagger left out (or read as an ordinal and a number), with the year of its "of"
        phrase."""
        unit = tok.nbor(1)
        if tok.lower_ not in self.calendar.ordinals or unit.lower_ not in ("quarter", "half") or \
                unit.ent_type_ not in ("", "CARDINAL", "ORDINAL") or unit.ent_iob_ == "I":
            # "second" "half" read as an ordinal, or a DATE of its own, and a number
            return None
        end = unit.i + 1
        if end < tok.sent.end and self.doc[end].lower_ == "of":
            end = max((e for e in range(end + 2, min(end + 5, tok.sent.end + 1))
                       if self.calendar.year_only.fullmatch(self.doc[end + 1 : e].text)), default=end)
        return Span(self.doc, tok.i, end, label="DATE")

    def _months_count(self, tok: Token) -> Span | None:
        """ "in 9M", "in 9M 2024": a months count the tokenizer split off its "M" ("9" "M"), with the year written
        after it; not an amount ("$9M")."""
        if not (tok.is_digit and len(tok) <= 2 and not tok.whitespace_ and tok.ent_type_ != "MONEY"):
            return None
        unit = tok.nbor(1)
        if unit.text not in ("M", "m") or unit.i >= tok.sent.end or unit.ent_type_ == "MONEY" or (
                tok.i > tok.sent.start and tok.nbor(-1).ent_type_ == "MONEY"):
            return None
        end = unit.i + 1
        if end < tok.sent.end and re.fullmatch(YEAR, self.doc[end].text):
            end += 1
        return Span(self.doc, tok.i, end, label="DATE")

    def _month(self, tok: Token) -> bool:
        """A capitalised month name or abbreviation ("March", "Mar.", "Sept"), not the verb "march" or "may"."""
        return tok.text[:1].isupper() and tok.lower_.rstrip(".") in self.calendar.months

    def _bare_unit(self, date: Span) -> bool:
        """A time unit with no number, month or year ("year on year", "rose by a quarter", "per year"): a measure
        of change or a rate, no period of its own. "The year" is this year."""
        words = [t.lower_ for t in date if t.pos_ not in ("DET", "ADP", "PUNCT")]  # "year-on-year"
        return bool(words) and all(w in self.time_units for w in words) and \
            not self.calendar.year_only.fullmatch(date.text.lower())

    def _factor_number(self, date: Span) -> bool:
        """ "grew one and a half times": the number of a factor, which the tagger read as a date."""
        return date.end < date.sent.end and self.doc[date.end].lower_ in self.times_words

    def before_tokens(self, date: Span, width: int) -> Span:
        """The `width` tokens before a date, in its sentence."""
        return self.doc[max(date.sent.start, date.start - width) : date.start]

    def _after_numbers(self, tokens: Span) -> str:
        """The words of `tokens` after the last number among them: "than" of "rose by more than 10% last year" or
        "more than doubled in 2023" hedges the number or factor, it compares nothing with the year; "12% more than
        last year" still compares."""
        last = max((t.i for t in tokens if t.like_num or t.ent_type_ in ("PERCENT", "MONEY") or t.lower_ in self.factor_words
                    or t.lower_.endswith("fold")), default=None)
        return (tokens.doc[last + 1 : tokens.end] if last is not None else tokens).text.lower()

    def before(self, date: Span, width: int) -> str:
        """The words of the `width` tokens before a date, in its sentence."""
        return self.before_tokens(date, width).text.lower()

    def bracket(self, i: int, sent: Span) -> int | None:
        """The "(" that opens the brackets token `i` stands in, None outside brackets: "$1.5 billion ($1.4 billion
        over the same period of 2022)": the bracketed date is the bracketed amount's alone."""
        if sent.start not in self._openers:  # one pass per sentence: the opener in force at each of its tokens
            openers, opened = [], []
            text = token_words(self.doc).text
            for tok in sent:
                openers.append(opened[-1] if opened else None)
                if text[tok.i] == "(":
                    opened.append(tok.i)
                elif text[tok.i] == ")" and opened:
                    opened.pop()
            self._openers[sent.start] = openers
        return self._openers[sent.start][i - sent.start]


class DateRoles(SentenceDateMentions):
    """What each date of a sentence is: the base of a comparison ("compared with 2020", "up 9% on the year before",
    "from 2016"), a back-reference ("the same period of 2022"), the date of a report ("data released in May"), the
    term of a document ("a roadmap for 2024-2026"), the date of an event ("the visit in December 2022", "the roadmap
    signed in May"), or else a period."""

    def __init__(self, doc: Doc, words: dict, ents_in: dict[int, list[Span]], settings: LinkingSettings,
                 calendar: Calendar, document_nouns: frozenset[str], event_nouns: frozenset[str] = frozenset()):
        super().__init__(doc, words, ents_in, settings, calendar)
        self.document_nouns = document_nouns
        self.event_nouns = event_nouns  # "the visit in December 2022", "the talks in May": the event's date
        self.report_verbs = set(words["report_verbs"])  # "data released in May": the report's date
        self.comparison = phrase_pattern(words["comparison_words"])  # "than", "compared", "level of"
        self.base_nouns = set(words["base_nouns"])  # "the 2020 level"
        self.change_words = set(words["up_words"]) | set(words["down_words"]) | set(words["factor_words"])

    def is_comparison(self, date: Span) -> bool:
        """ "from 2016", "compared to 2022", "on the year before", "up 12% over the same period of last year",
        "83.2% as of the same period": the base of a change, not its period. "In the same period" and "Over the
        same period of 2023 it stood at ..." are the clause's period."""
        before = self._after_numbers(self.before_tokens(date, self.settings.comparison_tokens_before))
        text = date.text.lower()
        if self.comparison.search(f"{before} {text}") or (date.end < date.sent.end and self.doc[date.end].lower_ in self.base_nouns):
            return True  # "than 2022", "compared with 2020", "of the 2020 level", "more than a year earlier"
        window = self.doc[max(date.sent.start, date.start - self.settings.date_preposition_tokens_before) : date.start]
        preposition = next((t for t in reversed(window) if t.dep_ == "prep" or t.tag_ == "IN"), None)
        if preposition is not None and preposition.lower_ in ("of", "in") and preposition.head.lower_ == "period" and \
                preposition.head.head.tag_ == "IN":
            preposition = preposition.head.head  # "in the reporting period of 2023", "compared to the same period in
            # 2023": the period's own preposition
        if preposition is not None and self.comparison.search(self._after_numbers(
                self.before_tokens(self.doc[preposition.i : preposition.i + 1], self.settings.comparison_tokens_before))):
            return True  # "8.7% more than in the same period of 2022"
        word = preposition.lower_ if preposition is not None else None
        if word == "on":
            return self._governs_change(preposition.head)  # "a rise of 8% on 2022", "up 4% on the year before"
        if word == "over":  # "up 12% over the same period of last year", "Last year ... up 25% over 2016"; "grew 12%
            # over January-May" is its period
            names_period = parse_period(date.text, None, 2000, self.calendar) is not None  # not "the last three years"
            running = bool(self.calendar.running_year.match(f"{self.before(date, 1)} {text}")
                           or self.calendar.running_year.match(text))  # "Over the past year, trade rose 11%": its
            # period; the parser may leave the article out of the date
            return self._governs_change(preposition.head) and bool(
                self.calendar.shift_back.search(text) and not running or self.back_reference(date)
                or (names_period or running) and self._period_elsewhere(date, preposition))
        if self.back_reference(date):
            return word not in (None, "in", "for", "during", "within", "throughout")
        return bool(re.search(r"\bfrom\s*$", before)) and not re.search(r"through|till|until|\bto\b|-|\u2013", text)

    def _period_elsewhere(self, date: Span, preposition: Token) -> bool:
        """Whether the sentence states another date, outside the phrase of `preposition` ("over nine months of 2023"
        is one), that no comparison word or "over" introduces ("Last year trade amounted to $150 million, up 25%
        over 2016"): that one is the figure's period."""
        width = self.settings.comparison_tokens_before
        return any(not preposition.i <= d.start <= preposition.right_edge.i
                   and not self.comparison.search(f"{self.before(d, width)} {d.text.lower()}")
                   and not re.search(r"\bover\s*$", self.before(d, width)) for d in self.dates(date.sent))

    def _governs_change(self, head: Token) -> bool:
        """ "a rise of 8% on", "up 12% over", "increased 5% over", "growth stood at 12% on", "edged down 2% over": the
        preposition hangs on a change, on the verb a percentage is the object of, or on a verb whose particle is a
        change."""
        return head.ent_type_ == "PERCENT" or head.lower_ in self.change_words or \
            any(t.ent_type_ == "PERCENT" for t in head.children) or \
            any(t.dep_ == "prep" and any(g.ent_type_ == "PERCENT" for g in t.children) for t in head.children) or \
            any(t.dep_ in ("advmod", "prt") and t.lower_ in self.change_words for t in head.children)  # "edged down 2% over"

    def back_reference(self, date: Span) -> bool:
        before = self.before(date, self.settings.back_reference_tokens_before)
        return bool(self.calendar.back_reference.search(date.text) or self.calendar.back_reference.search(before))

    def _owner(self, date: Span) -> Token:
        """The word a date's phrase hangs on: "released" of "released in May", "roadmap" of "a roadmap for 2024-2026"."""
        head = date.root.head
        return head.head if head.dep_ == "prep" or head.pos_ == "ADP" else head

    def of_report(self, date: Span) -> bool:
        """ "according to data released in May", "the ministry said in June": a month or day a report is dated,
        not the period of the figure it reports."""
        return self._owner(date).lower_ in self.report_verbs and not years_in(date.text)

    def of_document(self, date: Span) -> bool:
        """ "The sides signed a roadmap for 2024-2026", "the 2025 plan": the term of a document, no period of the
        trade the text goes on to state."""
        owner, head = self._owner(date), date.root.head
        signed_for = head.lower_ == "for" and owner.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.document_nouns for c in owner.children)
        return owner.lower_ in self.document_nouns or signed_for or (  # "signed a roadmap for 2024-2026"
            date.root.dep_ in ("compound", "nmod", "amod") and head.lower_ in self.document_nouns)

    def of_event(self, date: Span) -> bool:
        """ "following the President's visit to Tashkent in December 2022", "at the talks in May", "the roadmaps
        signed in December 2022": the date of an event the sentence names (`event_nouns`), or of what was done to a
        document (a participle of it), no period of a figure in it."""
        owner = self._owner(date)
        return owner.lower_ in self.event_nouns or (
            owner.dep_ == "acl" and owner.tag_ == "VBN" and owner.head.lower_ in self.document_nouns)


class SentenceDates(DateRoles):
    """Which date of its sentence is a figure's own: the nearest in its clause that is no comparison's base, report
    date, event's date or date of other brackets. It keeps no memory of the text before the sentence: that is
    `PeriodResolver`'s."""

    def __init__(self, doc: Doc, words: dict, ents_in: dict[int, list[Span]], settings: LinkingSettings,
                 calendar: Calendar, document_nouns: frozenset[str], event_nouns: frozenset[str] = frozenset()):
        super().__init__(doc, words, ents_in, settings, calendar, document_nouns, event_nouns)
        self.max_date_distance = settings.max_date_distance  # arcs; a date further from a figure belongs to another clause
        self._own_dates: dict[tuple, Span | None] = {}  # (anchor, taken) -> own_date

    def own_date(self, anchor: Token, taken: tuple[int, ...] = ()) -> Span | None:
        """The date of the figure's own clause: the date its relative clause hangs on, else the nearest in the
        parse (see `_nearest_date`); read once per anchor, however many of a sentence's numbers ask."""
        key = (anchor.i, taken)
        if key not in self._own_dates:
            self._own_dates[key] = self._date_of_clause(anchor) or self._nearest_date(anchor, taken)
        return self._own_dates[key]

    def _date_of_clause(self, anchor: Token) -> Span | None:
        """ "the level of 2014, when our trade exceeded $1 billion": the date a figure's relative clause hangs on is
        its own, base of a comparison or not."""
        clause = next((t for t in [anchor, *anchor.ancestors] if t.dep_ == "relcl"), None)
        if clause is None or not any(c.lower_ == "when" for c in clause.children):
            return None  # a relative clause of "when", not any the parser hung on a date
        return next((d for d in self.dates(anchor.sent) if d.start <= clause.head.i < d.end), None)

    def _nearest_date(self, anchor: Token, taken: tuple[int, ...]) -> Span | None:
        """The nearest date in the parse that is no base of a comparison, no date of a report or an event ("the visit
        in December 2022"), not in other brackets, not another
        amount's, not of another conjunct when one of its own is there, and not starting at `taken`. Of a year and
        year-less months of the same conjunct ("Last year, in January-November, trade rose"), the months: the year
        is theirs (`PeriodResolver` reads it as their context year)."""
        sent = anchor.sent
        bracket = self.bracket(anchor.i, sent)
        own = [d for d in self.dates(sent) if tree_distance(anchor, d.root) <= self.max_date_distance
               and self.bracket(d.start, sent) in (None, bracket) and not self.is_comparison(d)
               and d.start not in taken and not self.of_report(d) and not self._of_other_amount(d, anchor)
               and not self.of_event(d)]
        best = min(own, key=lambda d: (not _gapped_date_of(d, anchor),
                                       in_other_conjunct(anchor, d.root) or self._across_semicolon(anchor, d),
                                       in_clause_of_its_own(anchor, d.root),  # "..., while in the current year the
                                       # ministry expects growth": the while-clause's date is its own
                                       tree_distance(anchor, d.root), abs(d.root.i - anchor.i)), default=None)
        if best is not None and self.calendar.year_alone(best.text):
            months = [d for d in own if self.calendar.yearless(d.text) and not in_clause_of_its_own(anchor, d.root)
                      and in_other_conjunct(anchor, d.root) == in_other_conjunct(anchor, best.root)]
            best = min(months, key=lambda d: tree_distance(anchor, d.root), default=best)
        return best

    @staticmethod
    def _across_semicolon(anchor: Token, date: Span) -> bool:
        """ "When the treaty came into force in 2021, trade stood at $450 million; in 2023 it reached $650 million": a
        semicolon ends a clause however the parser hung the two, so a date of the figure's side of it comes first."""
        lo, hi = (anchor.i, date.start) if anchor.i < date.start else (date.end, anchor.i)
        return any(t.text == ";" for t in anchor.doc[lo:hi])

    @staticmethod
    def _of_other_amount(date: Span, anchor: Token) -> bool:
        """ "In 2019 trade amounted to $931.5 million, in 2020 - $881.3 million": a date with an amount in
        apposition, or after a dash, is that amount's, no other figure's (an amount before it)."""
        after = date.doc[date.end : date.end + 2]
        dashed = len(after) == 2 and after[0].text in DASHES and after[1].ent_type_ == "MONEY"
        gapped = len(after) == 2 and after[0].lower_ in ("by", "to") and after[1].ent_type_ in ("MONEY", "PERCENT") \
            and any(t.text in (",", ";") for t in date.doc[anchor.i : date.start])  # "grew by 12%, in 2023 by 4%"
        return (dashed or gapped) and anchor.i < date.start or any(
            c.dep_ == "appos" and c.ent_type_ == "MONEY" and c.i != anchor.i for c in date.root.children)

    def part_reference(self, anchor: Token, sent: Span) -> bool:
        """ "Of this amount, exports accounted for $250 million", "..., of which exports made up $250 million": the
        figure is a part of an amount stated before it, of that amount's period."""
        return bool(self.calendar.part_reference.search(self.doc[sent.start : anchor.i].text))

    def period_word(self, anchor: Token, sent: Span) -> bool:
        """A "period" of the figure's clause that is no DATE ("for the period", "in this period")."""
        return any(t.lower_ == "period" and not t.ent_type_ and t.head.lower_ in ("in", "for", "during", "over")
                   and tree_distance(anchor, t) <= self.max_date_distance for t in sent)
