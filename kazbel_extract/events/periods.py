"""Trade periods: "January-September 2018" is `2018-01/2018-09`, "Q2 2019" is `2019-04/2019-06`.

`parse_period` reads a period off the text of a DATE mention: pieces without a year take the year
written after them, else a context year; relative years ("last year", "this year") resolve against
`published`. Month names, number words and ordinals are a `Calendar` of the pipeline's calendar
(`models/vocabulary/calendar.json`, or the copy its data folder holds). `SentenceDateMentions` reads
the dates of a sentence, `DateRoles` what each is (a period, a comparison's base, a back-reference, a
report's date, a document's term) and `SentenceDates` which is a figure's own; `PeriodResolver`
decides which period a trade figure is of, with the paragraph and article memory (see its docstring).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import vocabulary
from ..text import DASHES, LIST_MARKS, doc_text
from .settings import LinkingSettings
from .syntax import paragraph_of, paragraph_starts, token_words, tree_distance

YEAR = r"(?:19|20)\d\d"
SPAN_LINKS = ("to", "till", "until", "through", *DASHES)  # the words that join the two ends of a span of time
SPAN_WORDS = "(?:" + "|".join(map(re.escape, (*SPAN_LINKS, "and"))) + ")"


class Calendar:
    """The calendar words a period is read with: months (full names and abbreviations), number words, ordinals,
    the phrases of a year counted from the published one ("last year"; those of -1 are the shifts back of "the
    same period a year earlier"), and the cues around a figure's date: back-references, cumulative and
    year-start words, deadlines."""

    def __init__(self, table: dict):
        self.relative_years = table["relative_years"]
        self.shift_back = _phrases(k for k, shift in self.relative_years.items() if shift == -1)  # "a year earlier"
        self.the_year = _phrases(k for k, shift in self.relative_years.items() if shift == 0 and k.startswith("the "))
        # "the year": this year, or the year under discussion when its paragraph has one
        self.back_reference = _phrases(table["back_references"])  # "the same period"
        self.narrative_year = re.compile(rf"(?:(?:a|an|the|in|in\s+the)\s+)?{_phrases(table['narrative_years']).pattern}",
                                         re.IGNORECASE)  # "a year earlier": a year before the period stated last
        self.cumulative = _phrases(table["cumulative"])  # "since"
        self.year_start = _phrases(table["year_start"])  # "the beginning of"
        self.deadline = re.compile(rf"{_phrases(table['deadlines']).pattern}(?:\s+the)?(?:\s+end\s+of)?(?:\s+the)?\s*$",
                                   re.IGNORECASE)  # "through 2026", "until the end of 2025"
        year_ref = rf"(?:{YEAR}|" + "|".join(re.escape(k) for k in sorted(self.relative_years, key=len, reverse=True)) + \
            r")(?![a-z\d])"  # not "coming years"; "the year before" is not "the year"
        self.year_only = re.compile(year_ref, re.IGNORECASE)
        self.shorthand = re.compile(rf"[qQ][1-4]|[hH][12]|(?:[1-4][qQ]|[12][hH])(?:{YEAR})?|\d{{1,2}}[mM]{YEAR}")
        # "Q3", "H1", "1Q", "1H2024", "9M2023": a quarter, half or months count however the tagger read it
        self.months = {name.lower().rstrip("."): number  # "january", "jan", "sept": whole words, not "decade"
                       for name, number in {**table["months"], **table["month_abbreviations"]}.items()}
        self.numbers = table["numbers"]
        self.half = table["half"]  # "and a half": "one and a half billion"
        self.ordinals = table["ordinals"]
        month = rf"(?:{'|'.join(sorted(self.months, key=len, reverse=True))})\.?(?![a-z])"
        quarters = "|".join(re.escape(w) for w, n in self.ordinals.items() if n <= 4)
        halves = "|".join(re.escape(w) for w, n in self.ordinals.items() if n <= 2)
        self.piece = re.compile(
            rf"(?:(?P<months>(?P<m1>{month})\s*(?:-|\u2013|\u2014|through|to|till|until)\s*(?P<m2>{month}))"
            rf"|(?P<quarter>\bq(?P<q>[1-4])\b|\b(?P<q2>[1-4])q(?![a-z])|\b(?P<qword>{quarters})\s+quarter)"
            rf"|(?P<half>\bh(?P<h>[12])\b|\b(?P<h2>[12])h(?![a-z])|\b(?P<hword>{halves})\s+half(?:[\s-]year)?)"
            rf"|(?P<count>\b(?P<n>\d{{1,2}}|{'|'.join(self.numbers)})(?:\s+months|-month\b)|\b(?P<n2>\d{{1,2}})\s?m(?![a-z]))"
            rf"|(?P<quarters>\bfirst\s+(?P<nq>[1-4]|{'|'.join(self.numbers)})\s+quarters)"  # "the first three quarters"
            rf"|(?P<month>\b{month}(?![a-z])))"
            rf"(?:\s+period)?(?:,?\s*(?:of\s+)?(?:the\s+)?(?P<year>{year_ref}))?"  # "1H2024", "9M 2023": Trend's shorthands
            rf"|(?P<span>\b(?P<y1>{YEAR})\s*(?:(?:-|\u2013)\s*(?P<y2>{YEAR}|\d\d)|\s{SPAN_WORDS}\s+(?P<y3>{YEAR}))\b)"
            rf"|(?P<alone>{year_ref})",
            re.IGNORECASE,
        )

    def month(self, text: str) -> int:
        return self.months[text.lower().rstrip(".")]

    def year_alone(self, text: str) -> bool:
        """ "2023", "last year", "this year": a year and nothing more."""
        return bool(self.year_only.fullmatch(text.strip()))

    def yearless(self, text: str) -> bool:
        """ "January-November", "over five months", "the first quarter": months that need a year to be a period."""
        return not self.year_only.search(text) and parse_period(text, None, 2000, self) is not None


def _phrases(phrases) -> re.Pattern:
    """One pattern for whole-word phrases, any run of spaces between their words."""
    alternatives = (r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{'|'.join(alternatives)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def default_calendar() -> Calendar:
    """The shipped calendar, for periods read without a pipeline."""
    return Calendar(vocabulary.default("calendar"))


@dataclass(frozen=True)
class Period:
    start_year: int
    start_month: int
    end_year: int
    end_month: int

    def __str__(self) -> str:
        if self.start_year == self.end_year and (self.start_month, self.end_month) == (1, 12):
            return str(self.start_year)
        if (self.start_year, self.start_month) == (self.end_year, self.end_month):
            return f"{self.start_year}-{self.start_month:02d}"
        return f"{self.start_year}-{self.start_month:02d}/{self.end_year}-{self.end_month:02d}"


def resolve_year(text: str, published: str | None, calendar: Calendar | None = None) -> int | None:
    """`2018` is 2018; `last year` is the year before `published` (None without it)."""
    if re.fullmatch(YEAR, text):
        return int(text)
    shift = (calendar or default_calendar()).relative_years.get(re.sub(r"\s+", " ", text.lower()))
    if shift is None or not published:
        return None
    return int(published[:4]) + shift


def _is_day(text: str, match: re.Match) -> bool:
    before, after = text[: match.start()], text[match.end("month") :]
    return bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\s*$", before) or re.match(r"\s*\d{1,2}\b(?!\d)", after))


def _piece(match: re.Match, year: int | None, calendar: Calendar) -> Period | None:
    if match.group("span"):
        y1, y2 = match.group("y1"), match.group("y2") or match.group("y3")
        end = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
        return Period(int(y1), 1, end, 12) if end >= int(y1) else None
    if year is None:
        return None
    if match.group("months"):
        return Period(year, calendar.month(match.group("m1")), year, calendar.month(match.group("m2")))
    if match.group("quarter"):
        digit = match.group("q") or match.group("q2")
        q = int(digit) if digit else calendar.ordinals[match.group("qword").lower()]
        return Period(year, 3 * q - 2, year, 3 * q)
    if match.group("half"):
        digit = match.group("h") or match.group("h2")
        h = int(digit) if digit else calendar.ordinals[match.group("hword").lower()]
        return Period(year, 6 * h - 5, year, 6 * h)
    if match.group("quarters"):
        n = match.group("nq").lower()
        quarters = int(n) if n.isdigit() else calendar.numbers[n]
        return Period(year, 1, year, 3 * quarters) if 1 <= quarters <= 4 else None
    if match.group("count"):
        n = (match.group("n") or match.group("n2")).lower()
        months = int(n) if n.isdigit() else calendar.numbers[n]
        return Period(year, 1, year, months) if 1 <= months <= 12 else None
    if match.group("month"):
        month = calendar.month(match.group("month"))
        return Period(year, month, year, month)
    return Period(year, 1, year, 12)


def parse_period(text: str, published: str | None = None, context_year: int | None = None,
                 calendar: Calendar | None = None) -> str | None:
    """The period a DATE mention names, or None ("the past three years", a day, a year that cannot resolve)."""
    calendar = calendar or default_calendar()
    text = re.sub(rf"\b({YEAR})\s+([qQ][1-4]|[hH][12])\b", r"\2 \1", text)  # "2024 Q1": the quarter of that year
    pieces = []
    for match in calendar.piece.finditer(text):
        written = match.group("year") or match.group("alone")
        year = resolve_year(written, published, calendar) if written else context_year
        if written and year is None:
            return None
        if match.group("month") and _is_day(text, match):
            return None  # "16 March" names a day, not a period
        piece = _piece(match, year, calendar)
        if piece is None:
            return None
        pieces.append(piece)
    if not pieces:
        return None
    first = min(pieces, key=lambda p: (p.start_year, p.start_month))
    last = max(pieces, key=lambda p: (p.end_year, p.end_month))
    return str(Period(first.start_year, first.start_month, last.end_year, last.end_month))


def _in_other_conjunct(anchor: Token, other: Token) -> bool:
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


def _in_clause_of_its_own(anchor: Token, other: Token) -> bool:
    """Whether `other` stands in a clause with a subject of its own that `anchor` is not in: in "the sides intend
    to bring trade to $2 billion, while in 2023 it reached $1.2 billion", 2023 is the "while" clause's."""
    above_anchor = set([anchor, *anchor.ancestors])
    for tok in [other, *other.ancestors]:
        if tok in above_anchor:
            return False
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
    return False


def years_in(text: str) -> list[int]:
    """Four-digit years written in a text, in order."""
    return [int(y) for y in re.findall(rf"\b{YEAR}\b", text)]


def _parse(text: str) -> Period | None:
    """The Period of a period string `parse_period` gave."""
    parts = [tuple(map(int, p.split("-"))) for p in text.split("/")] if text else []
    if len(parts) == 1:
        (year, *month), = parts
        return Period(year, month[0], year, month[0]) if month else Period(year, 1, year, 12)
    (y1, m1), (y2, m2) = parts
    return Period(y1, m1, y2, m2)


def moved_to(period: str, year: int) -> str:
    """`2023-01/2023-04` moved to 2022 is `2022-01/2022-04`: a period of the same months in another year."""
    p = _parse(period)
    return str(replace(p, start_year=year, end_year=year + p.end_year - p.start_year))


SENTENCE_END = ".!?:;\"'\u201d\u2019)"  # a paragraph ending otherwise is a title: a headline, a subheading


def _blocks(doc: Doc) -> list[tuple[int, int, bool]]:
    """(start, end, ends a sentence) of each blank-line block before a paragraph start, by character."""
    text, out, previous = doc_text(doc), [], 0
    for start in paragraph_starts(doc):
        block = text[previous:start].rstrip()
        out.append((previous, previous + len(block), bool(block) and block[-1] in SENTENCE_END))
        previous = start
    return out


def headed_paragraph_starts(doc: Doc) -> list[int]:
    """Where paragraphs begin, a title (a paragraph without a full stop: a headline, a subheading) making one
    paragraph with the text it heads: "Trade up 12% in January-May 2024" carries its period into the lede; and a
    paragraph ending in a colon one with the list it announces ("In January-September the figures were as
    follows:" and the items after it, each its own paragraph, up to the first that is no list item)."""
    text, out, listing = doc_text(doc), [], False
    for (start, end, ends), next_start in zip(_blocks(doc), paragraph_starts(doc)):
        block, following = text[start:end].lstrip(), text[next_start:].lstrip()
        announces = block.endswith(":")
        listing = announces or listing and block.startswith(LIST_MARKS)
        if ends and not announces and not (listing and following.startswith(LIST_MARKS)):
            out.append(next_start)
    return out


def title_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the doc's titles: the blocks before a blank line that end without a full stop."""
    return [(start, end) for start, end, ends in _blocks(doc) if end > start and not ends]


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
                between == "" and groups[-1][-1].lower_ in SPAN_LINKS) or (
                # "2015 to" "2023": the tagger cut the span after its link word
                between in ("period of", "period of the") and self.calendar.yearless(groups[-1].text)
                and self.calendar.year_only.fullmatch(date.text)) or (  # "the nine-month" "period of" "2024"
                between == "" and self.calendar.year_only.fullmatch(date.text) and not years_in(groups[-1].text))  # "January-March" "this year"
            if joined:
                groups[-1] = self.doc[groups[-1].start : date.end]
            else:
                groups.append(self.doc[date.start : date.end])
        return groups

    def _point_of(self, point: Span, date: Span) -> bool:
        """ "the end" "of" "2025", "the beginning" "of" "last year": a DATE that names no period itself, of a date that
        does, the tagger having split them: one mention, of that date's period."""
        return parse_period(point.text, None, 2000, self.calendar) is None and \
            parse_period(date.text, self.doc._.published, 2000, self.calendar) is not None

    def _date_mentions(self, sent: Span) -> list[Span]:
        """The DATE entities of a sentence that can name a time, and the years, quarters and halves the tagger left
        out ("From 2015 to 2023 trade ...", "In January-March this year", "in H1")."""
        dates = [e for e in self.ents_in[sent.start] if e.label_ == "DATE" and not self._bare_unit(e)]
        text, lower, tag, ent_type = token_words(self.doc)
        years = [Span(self.doc, i, i + 1, label="DATE") for i in range(sent.start, sent.end)
                 if not ent_type[i] and tag[i] == "CD" and re.fullmatch(YEAR, text[i])
                 or ent_type[i] != "DATE" and self.calendar.shorthand.fullmatch(text[i])]
        # "In Jan-Apr trade ...", "in Jan.-Mar. 2024": a span of abbreviated months the tagger left out
        years += [Span(self.doc, t.i, t.i + 3, label="DATE") for t in sent[:-2]
                  if not t.ent_type_ and self._month(t) and t.nbor(1).text in DASHES and self._month(t.nbor(2))]
        years += [Span(self.doc, i - 1, i + 1, label="DATE") for i in range(sent.start + 1, sent.end)
                  if lower[i] == "year" and not ent_type[i] and not ent_type[i - 1]
                  and lower[i - 1] not in ("the", "a") and f"{lower[i - 1]} year" in self.calendar.relative_years]
        counts = [self._months_count(t) for t in sent[:-1] if self._months_count(t) is not None]
        counts += [p for p in (self._untagged_part(t) for t in sent[:-1] if not t.ent_type_) if p is not None]
        covered = {i for c in counts for i in range(c.start, c.end)}
        dates = [d for d in dates if d.start not in covered]
        years = [y for y in years if y.start not in covered]
        return sorted(dates + years + counts, key=lambda d: d.start)

    def _untagged_part(self, tok: Token) -> Span | None:
        """ "At the end of the first half of the year", "in the second quarter of 2024": a quarter or half the tagger left
        out, with the year of its "of" phrase."""
        unit = tok.nbor(1)
        if tok.lower_ not in self.calendar.ordinals or unit.lower_ not in ("quarter", "half") or unit.ent_type_:
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

    def before_tokens(self, date: Span, width: int) -> Span:
        """The `width` tokens before a date, in its sentence."""
        return self.doc[max(date.sent.start, date.start - width) : date.start]

    @staticmethod
    def _after_numbers(tokens: Span) -> str:
        """The words of `tokens` after the last number among them: "than" of "rose by more than 10% last year"
        hedges the number, it compares nothing with the year; "12% more than last year" still compares."""
        last = max((t.i for t in tokens if t.like_num or t.ent_type_ in ("PERCENT", "MONEY")), default=None)
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
    term of a document ("a roadmap for 2024-2026"), or else a period."""

    def __init__(self, doc: Doc, words: dict, ents_in: dict[int, list[Span]], settings: LinkingSettings,
                 calendar: Calendar, document_nouns: frozenset[str]):
        super().__init__(doc, words, ents_in, settings, calendar)
        self.document_nouns = document_nouns
        self.report_verbs = set(words["report_verbs"])  # "data released in May": the report's date
        self.comparison = _phrases(words["comparison_words"])  # "than", "compared", "level of"
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
        if preposition is not None and self.comparison.search(
                self.before(self.doc[preposition.i : preposition.i + 1], self.settings.comparison_tokens_before)):
            return True  # "8.7% more than in the same period of 2022"
        word = preposition.lower_ if preposition is not None else None
        if word == "on":
            return self._governs_change(preposition.head)  # "a rise of 8% on 2022", "up 4% on the year before"
        if word == "over":  # "up 12% over the same period of last year", "Last year ... up 25% over 2016"; "grew 12%
            # over January-May" is its period
            names_period = parse_period(date.text, None, 2000, self.calendar) is not None  # not "the last three years"
            return self._governs_change(preposition.head) and bool(
                self.calendar.shift_back.search(text) or self.back_reference(date)
                or names_period and self._period_elsewhere(date, preposition))
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
        """ "a rise of 8% on", "up 12% over", "increased 5% over": the preposition hangs on a change."""
        return head.ent_type_ == "PERCENT" or head.lower_ in self.change_words or \
            any(t.ent_type_ == "PERCENT" for t in head.children)

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


class SentenceDates(DateRoles):
    """Which date of its sentence is a figure's own: the nearest in its clause that is no comparison's base, report
    date or date of other brackets. It keeps no memory of the text before the sentence: that is `PeriodResolver`'s."""

    def __init__(self, doc: Doc, words: dict, ents_in: dict[int, list[Span]], settings: LinkingSettings,
                 calendar: Calendar, document_nouns: frozenset[str]):
        super().__init__(doc, words, ents_in, settings, calendar, document_nouns)
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
        """The nearest date in the parse that is no base of a comparison, not in other brackets, not another
        amount's, not of another conjunct when one of its own is there, and not starting at `taken`. Of a year and
        year-less months of the same conjunct ("Last year, in January-November, trade rose"), the months: the year
        is theirs (`PeriodResolver` reads it as their context year)."""
        sent = anchor.sent
        bracket = self.bracket(anchor.i, sent)
        own = [d for d in self.dates(sent) if tree_distance(anchor, d.root) <= self.max_date_distance
               and self.bracket(d.start, sent) in (None, bracket) and not self.is_comparison(d)
               and d.start not in taken and not self.of_report(d) and not self._of_other_amount(d, anchor)]
        best = min(own, key=lambda d: (_in_other_conjunct(anchor, d.root) or self._across_semicolon(anchor, d),
                                       _in_clause_of_its_own(anchor, d.root),  # "..., while in the current year the
                                       # ministry expects growth": the while-clause's date is its own
                                       tree_distance(anchor, d.root), abs(d.root.i - anchor.i)), default=None)
        if best is not None and self.calendar.year_alone(best.text):
            months = [d for d in own if self.calendar.yearless(d.text) and not _in_clause_of_its_own(anchor, d.root)
                      and _in_other_conjunct(anchor, d.root) == _in_other_conjunct(anchor, best.root)]
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

    def period_word(self, anchor: Token, sent: Span) -> bool:
        """A "period" of the figure's clause that is no DATE ("for the period", "in this period")."""
        return any(t.lower_ == "period" and not t.ent_type_ and t.head.lower_ in ("in", "for", "during", "over")
                   and tree_distance(anchor, t) <= self.max_date_distance for t in sent)


class PeriodResolver:
    """The period of each trade figure, read from its clause (what its dates are, `SentenceDates` says), with
    paragraph and article memory.

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
    - Year-less pieces ("January-April") take a year of their own sentence, else the year of the period in
      force in their paragraph, else the year of publication (never a year of an earlier paragraph).
    """

    def __init__(self, doc: Doc, words: dict, ents_in: dict[int, list[Span]], settings: LinkingSettings,
                 calendar: Calendar, document_nouns: frozenset[str]):
        """`document_nouns`: the nouns of agreements and plans, whose dates are their terms ("a roadmap for 2024-2026")."""
        self.doc = doc
        self.reader = SentenceDates(doc, words, ents_in, settings, calendar, document_nouns)
        self.calendar = calendar
        self.settings = settings
        self.max_date_distance = settings.max_date_distance  # arcs; a date further from a figure belongs to another clause
        self.ents_in = ents_in
        self.paragraphs = headed_paragraph_starts(doc)
        self.in_force: tuple[int, str] | None = None  # (paragraph, period) a figure or a sentence stated last
        self.last_stated: str | None = None  # for back-references, across paragraphs
        self.year_to_date: tuple[int, int] | None = None  # (paragraph, year) of "since the beginning of 2019"
        self.used: set[int] = set()  # starts of the dates figures took

    def _context_year(self, date: Span) -> int | None:
        """The year of year-less months: a year of their sentence that is no comparison's base, back-reference
        ("compared with $200 million in the same quarter of 2023") or the same months again, else of their
        paragraph, else of publication."""
        published = self.doc._.published
        months = parse_period(date.text, None, 2000, self.calendar)
        own = [y for d in self.reader.dates(date.sent) if d is not date and not self.reader.is_comparison(d)
               and not _in_clause_of_its_own(date.root, d.root)  # "in January-August it rose, noting that in 2022 ..." 
               and not self.reader.back_reference(d) and not self.calendar.the_year.fullmatch(d.text.strip())
               and not self._same_months(d, months)
               for y in (years_in(d.text) or [resolve_year(d.text.strip(), published, self.calendar)]) if y is not None]
        if own:
            return own[0]
        paragraph = paragraph_of(self.paragraphs, date.start_char)
        if self.year_to_date and self.year_to_date[0] == paragraph:
            return self.year_to_date[1]  # "Since the beginning of 2019 trade has been falling. In January-April ..."
        if self.in_force and self.in_force[0] == paragraph:
            return _parse(self.in_force[1]).end_year  # "In 2020 trade ... In the fourth quarter it ..."
        if not published:
            return None
        year = int(published[:4])
        period = parse_period(date.text, None, year)
        if period and _parse(period).end_month > int(published[5:7]) and _parse(period).end_year == year:
            return year - 1  # "in January-October", published in May: last year's months; they are not over yet
        return year

    def _same_months(self, other: Span, months: str | None) -> bool:
        """ "In January-April trade reached $400 million, against $350 million in January-April 2023": the same months
        with a year of their own are the base's; their year is not the year of the year-less ones."""
        stated = parse_period(other.text, self.doc._.published, None, self.calendar)
        return bool(months and stated and "-" in stated) and moved_to(months, _parse(stated).start_year) == stated

    def period(self, date: Span) -> str | None:
        """The period a DATE of the figure's clause names, back-references resolved."""
        if self.reader.back_reference(date):
            return self._resolve_back_reference(date)
        text = date.text
        if self.last_stated and self.calendar.narrative_year.fullmatch(text.strip()):
            return moved_to(self.last_stated, _parse(self.last_stated).start_year - 1)  # "A year earlier, it stood at"
        if self.in_force and self.in_force[0] == paragraph_of(self.paragraphs, date.start_char):
            text = self.calendar.the_year.sub(str(_parse(self.in_force[1]).end_year), text)  # "In 2022 ... the year"
        return parse_period(text, self.doc._.published, self._context_year(date), self.calendar)

    def of_compared(self, date: Span | None, figure_period: str | None) -> str | None:
        """The period of an amount a figure is compared with ("compared with $26 billion a year earlier"): its own
        date, where a year back ("a year earlier", "the previous year") counts from the figure's period."""
        if date is None:
            return None
        self.used.add(date.start)
        if figure_period and not years_in(date.text) and not self.reader.back_reference(date) and \
                self.calendar.shift_back.search(date.text):
            return moved_to(figure_period, _parse(figure_period).start_year - 1)
        return self.period(date)

    def _resolve_back_reference(self, date: Span) -> str | None:
        written = parse_period(date.text, self.doc._.published, None, self.calendar)
        if written and "-" in written:
            return written  # "the same period, January-April 2023": the months are written
        if self.last_stated is None:
            return None
        years = years_in(date.text)
        if years:
            return moved_to(self.last_stated, years[-1])
        after = self.doc[date.end : date.end + self.settings.year_shift_tokens_after].text
        if self.calendar.shift_back.search(date.text) or self.calendar.shift_back.search(after):
            return moved_to(self.last_stated, _parse(self.last_stated).start_year - 1)
        return self.last_stated

    def of_figure(self, anchor: Token, carries: bool, taken: tuple[int, ...] = ()) -> tuple[str | None, list[Span]]:
        """The period of the figure at `anchor` and the DATE spans it came from. `carries` is False for goals and
        expectations: they neither take nor leave a period for the figures after them, nor take the date of
        another conjunct. Dates starting at `taken`
        are the periods of amounts the figure is compared with ("against $285 million in 2023")."""
        sent = anchor.sent
        paragraph = paragraph_of(self.paragraphs, anchor.idx)
        near = [d for d in self.reader.dates(sent) if tree_distance(anchor, d.root) <= self.max_date_distance]
        date = self.reader.own_date(anchor, taken)
        if date is not None and not carries and (_in_other_conjunct(anchor, date.root) or
                                                 _in_clause_of_its_own(anchor, date.root)):
            date = None  # "trade stood at $1.3 billion in 2023, and the sides want to reach $2 billion", "... intend to
            # bring trade to $2 billion, while last year it totalled $1.3 billion": an undated goal
        period, spans = None, []
        if date is not None:
            self.used.add(date.start)
            spans = [e for e in self.ents_in[sent.start] if e.label_ == "DATE" and date.start <= e.start < date.end]
            if self.calendar.cumulative.search(self.reader.before(date, self.settings.since_tokens_before) + " " + date.text):
                return None, spans  # "since 2010": a cumulative figure
            period = self._end_of_span(self.period(date), anchor)
        elif self.reader.period_word(anchor, sent) and self.last_stated:
            period = self.last_stated  # "for the period", "in this period"
        elif any(self.reader.back_reference(d) for d in near) and self.last_stated:
            period = self.last_stated  # "up 12% on the same period last year", "$1.5 billion ($1.4 billion over the
            # same period of 2022)": of the period last stated
        elif carries and self.in_force and self.in_force[0] == paragraph:
            period = self.in_force[1]
        if carries and period is not None:
            self.state(paragraph, period)
        return period, spans

    def _end_of_span(self, period: str | None, anchor: Token) -> str | None:
        """ "from 2005 to 2010 trade grew from $215 million to $870 million": each amount is of one end."""
        p = _parse(period) if period else None
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

    def state(self, paragraph: int, period: str) -> None:
        self.in_force = (paragraph, period)
        self.year_to_date = None
        self.last_stated = period

    def after_figures(self, sent: Span, last_figure: int) -> None:
        """A clause after a sentence's last figure that states a period of no figure ("Last year our trade grew by 20%,
        and this year the dynamics are also positive") sets the period for the figures after it, as a sentence
        without figures does; a base, a back-reference, a deadline, a document's term and a report's date do not."""
        dates = [d for d in self.reader.dates(sent) if d.start > last_figure and d.start not in self.used
                 and not self.reader.back_reference(d)]
        if dates:
            self._state_from(dates)

    def sentence_without_figures(self, sent: Span) -> None:
        """A sentence that states a period and no figure ("Results of the first half of 2023 were reviewed")
        sets the period for the figures after it in its paragraph; a deadline ("a programme through 2026"), a
        document's term ("a roadmap for 2024-2026") and a report's date ("data released in May") do not;
        "since the beginning of 2019" sets only the year of the year-less months after it."""
        self._state_from(self.reader.dates(sent))

    def _state_from(self, dates: list[Span]) -> None:
        for date in reversed(dates):
            since = self.reader.before(date, self.settings.since_tokens_before) + " " + date.text
            if self.calendar.cumulative.search(since) and self.calendar.year_start.search(since) and years_in(date.text):
                self.year_to_date = paragraph_of(self.paragraphs, date.start_char), years_in(date.text)[-1]
                return  # "since the beginning of 2019": no period, but the year of the months after it
            deadline = self.calendar.deadline.search(self.reader.before(date, self.settings.date_preposition_tokens_before))
            if self.reader.is_comparison(date) or self.calendar.cumulative.search(since) or deadline or \
                    self.reader.of_document(date) or self.reader.of_report(date):
                continue
            period = self.period(date)
            if period is not None:
                self.state(paragraph_of(self.paragraphs, date.start_char), period)
                return
