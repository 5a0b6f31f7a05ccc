"""The day of a meeting: the date its clause states, a day said relative to the article ("yesterday",
"today"), or a day counted from the one told before ("On the same day, ...", "The day before, ...").

A date in another clause ("X, who took office on 20 July, met Y") is not the meeting's; a date of the
gathering the meeting was held at ("on the sidelines of the summit held in Astana on 4 July") is.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ..values import NUMERIC_DAY, RELATIVE_WORDS, parse_date
from .meeting_places import MeetingPlaces
from .syntax import CLAUSES, doc_tokens, sentence_before, token_words, tree_distance

REPORTED = ("ccomp", "parataxis")  # a clause that a verb of saying or reporting governs
_UNTIL = r"\s*(?:[-\u2013\u2014]|\b(?:to|till|until|through|and)\b)\s*"  # what joins the first and last day of a span
# "5-6 March", "5 and 6 March", "from 20 to 22 June", "June 20 through 22"
DAY_RANGE = re.compile(rf"(?<![\d-])\d{{1,2}}(?:st|nd|rd|th)?{_UNTIL}\d{{1,2}}(?![\d-])")
_DAYS_BEFORE_MONTH = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?{_UNTIL}\d{{1,2}}(?:st|nd|rd|th)?(\s+[A-Za-z]+\.?)(,?\s+\d{{4}})?")
_MONTH_BEFORE_DAYS = re.compile(rf"([A-Za-z]+\.?\s+\d{{1,2}})(?:st|nd|rd|th)?{_UNTIL}\d{{1,2}}(?:st|nd|rd|th)?(,?\s+\d{{4}})?")
_TWO_DAYS = re.compile(rf"(.*?[A-Za-z].*?){_UNTIL}(.*?[A-Za-z].*)")  # "30 June - 1 July 2023", "June 20 to June 22"
_YEAR_AT_END = re.compile(r",?\s+\d{4}$")
_SPAN_OPENING = re.compile(r"^(?:from|between)\s+", re.IGNORECASE)  # "between 20 and 22 June" as the tagger took it


def article_day(doc: Doc) -> str | None:
    """The day of the article: published, else the day its dateline writes ("--05-15" when without a year)."""
    dateline = doc._.dateline
    return doc._.published or (parse_date(dateline.day) if dateline is not None and dateline.day else None)


def with_year(day: str | None) -> str | None:
    return day if day and not day.startswith("--") else None


def day_mentions(doc: Doc, months: dict[str, int]) -> list[Span]:
    """The days a doc names, in text order: DATE entities (and TIME ones of a named day) of one day or of a few ("on 14-15 October", "on 14 and 15
    October": a meeting of several days took place from the first), read against the article's day ("on
    Wednesday" of an undated story filed on a dated dateline), and the days the tagger left untagged: numeric ("on
    12.05.2025") or a day and a capitalised month of `months` ("On 16 June Smailov was received", read as a name)."""
    reference = with_year(article_day(doc))
    tagged: list[Span] = []
    # a DATE, or a TIME of a named day ("On Wednesday morning", "yesterday evening")
    for entity in (e for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and RELATIVE_WORDS.search(e.text))):
        date = _with_first_day(entity)
        if tagged and tagged[-1].start == date.start:
            tagged.pop()  # the "14" of "14 and 15 October" the tagger took apart
        tagged.append(date)
    words = token_words(doc)
    numeric = [Span(doc, i, i + 1, label="DATE") for i, text in enumerate(words.text)
               if not words.ent_type[i] and NUMERIC_DAY.fullmatch(text)]
    untagged = [_day_and_month(doc, i) for i, text in enumerate(words.text)
                if text[:1].isupper() and words.lower[i] in months and words.ent_type[i] != "DATE"]
    found = tagged + numeric + [d for d in untagged if d is not None]
    return [d for d in sorted(found, key=lambda d: d.start) if parse_date(first_day(d.text), reference) is not None]


def _day_and_month(doc: Doc, month: int) -> Span | None:
    """ "16 June" or "June 16" (and a year after it) around the month at token `month`, none of it a DATE entity."""
    def day(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text.isdigit() and 1 <= int(doc[i].text) <= 31 and doc[i].ent_type_ != "DATE"
    start = month - 1 if day(month - 1) else month
    if start < month and start >= 2 and doc[start - 1].text in ("-", "\u2013") and day(start - 2):
        start -= 2  # "on 5-6 May": a span of days, which `first_day` reads from its first
    end = month + 2 if start == month and day(month + 1) else month + 1
    if start == end - 1:
        return None  # a month without a day
    if end < len(doc) and len(doc[end].text) == 4 and doc[end].text.isdigit():
        end += 1
    return Span(doc, start, end, label="DATE")


def first_day(text: str) -> str:
    """The first day of a span of days, which a meeting of several days took place from: "20 to 22 June" is "20
    June", "June 20-22, 2024" "June 20, 2024", "30 June - 1 July 2023" "30 June 2023", "between 20 and 22 June" "20
    June"; one day stays as written."""
    text = _SPAN_OPENING.sub("", text.strip())
    days = _DAYS_BEFORE_MONTH.fullmatch(text)
    if days:
        return days.group(1) + days.group(2) + (days.group(3) or "")
    days = _MONTH_BEFORE_DAYS.fullmatch(text)
    if days:
        return days.group(1) + (days.group(2) or "")
    days = _TWO_DAYS.fullmatch(text)
    if days and any(c.isdigit() for c in days.group(1)):
        year = _YEAR_AT_END.search(days.group(2))
        return days.group(1) + (year.group(0) if year and not _YEAR_AT_END.search(days.group(1)) else "")
    return text


def _with_first_day(date: Span) -> Span:
    """ "14 and 15 October" when the tagger took only "15 October" (or "14" apart): the date with the day before
    its "and"."""
    doc, start = date.doc, date.start
    if start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].like_num \
            and (not doc[start - 2].ent_type_ or doc[start - 2].ent_iob_ == "B" and doc[start - 2].ent_type_ == "DATE"):
        return Span(doc, start - 2, date.end, label="DATE")
    return date


class MeetingDates:
    """Decides the day of a meeting mention, and takes its city from `MeetingPlaces` at the same point of the
    parse (the trigger, or the earlier date a "same day" points to)."""

    def __init__(self, doc: Doc, words: dict, dates: list[Span], dates_in: dict[int, list[Span]], words_of,
                 meeting_places: MeetingPlaces):
        self.doc = doc
        self.words = words
        self.dates = dates  # the day dates of the doc, in text order
        self.dates_in = dates_in  # and by sentence start
        self.words_of = words_of  # the lowercased words of a sentence
        self.meeting_places = meeting_places
        self._sentence_shift: dict[int, int | None] = {}
        self.base = article_day(doc)
        self.reference = with_year(self.base)

    def when_and_where(self, trigger: Token, people: list[Span] = ()) -> tuple[str | None, str | None, list[Span]]:
        sent = trigger.sent
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in ("VERB", "AUX")), trigger)
        gatherings = self._gatherings(verb)
        city = self.meeting_places.city(sent, trigger, gatherings + [p.root for p in people if p.sent == sent])
        from_before = self._shift_from_day_before(sent)
        if from_before is not None and not self.dates_in[sent.start]:
            told = self._day_told_before(sent)
            if told is not None:  # "On the same day, X met Y", "The day before, X was received by Y"
                day, anchor = told
                where = city or (self.meeting_places.city(anchor.sent, anchor.root) if anchor is not None else [])
                return _shifted(day, from_before), where[0] if where else None, [anchor] if anchor is not None else []
        own_phrases = gatherings + _leading_clauses(verb, self.words["leading_verbs"]) + self._told_to_the_counterpart(trigger)
        dates = [d for d in self.dates_in[sent.start] if not in_another_clause(d.root, trigger, own_phrases)
                 and not self._days_of_a_visit(d, trigger)]
        date = min(dates, key=lambda d: (tree_distance(verb, d.root), abs(d.root.i - trigger.i))) if dates else None
        shift = self._relative_day(sent)
        if date is not None:
            value = self._day(date)
        elif shift is not None:  # "today", "this morning", "yesterday's talks" the tagger left untagged
            value = _shifted(self.base, shift) if self.base else None
        else:
            value = None
        anchors = [date] if date is not None else []
        if gatherings and (value is None and shift is None or not city):
            told_day, told_city, told_anchors = self._gathering_told_beside(sent, gatherings)
            value = value if value is not None or shift is not None else told_day
            city, anchors = city or told_city, anchors + told_anchors
        return value, city[0] if city else None, anchors

    def _gathering_told_beside(self, sent: Span, gatherings: list[Token]) -> tuple[str | None, list[str], list[Span]]:
        """ "On 3 July, X took part in the SCO summit. On the sidelines of the summit, he met Y", "On the sidelines of
        the forum, X met Y. The forum took place in Astana": the day and city the sentence just before or after
        states for the gathering the meeting was held at (the same noun); a span of days tells no day of it."""
        words = {g.lower_ for g in gatherings}
        beside = [s for s in (sentence_before(sent), self.doc[sent.end].sent if sent.end < len(self.doc) else None)
                  if s is not None]
        for other in beside:
            named = next((t for t in other if t.lower_ in words and t.pos_ in ("NOUN", "PROPN")), None)
            if named is None:
                continue
            verb = next((t for t in [named, *named.ancestors] if t.pos_ in ("VERB", "AUX")), named)
            dates = [d for d in self.dates_in[other.start] if not in_another_clause(d.root, verb)]
            date = min(dates, key=lambda d: tree_distance(verb, d.root)) if dates else None
            day = self._day(date) if date is not None and not DAY_RANGE.search(date.text) else None
            return day, self.meeting_places.city(other, named, [verb]), [date] if date is not None else []
        return None, [], []

    def _told_to_the_counterpart(self, trigger: Token) -> list[Token]:
        """ "'It is a pleasure to meet you,' X told Y on 12 May": the verb that reports a quote whose meeting is with
        "you", told to a person, is said at that meeting; its day is the meeting's."""
        addressee = self.words["pronouns"]["addressee"]
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
        objects += [g for c in trigger.children if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        if not any(o.lower_ in addressee for o in objects):
            return []
        verb = next((a.head for a in [trigger, *trigger.ancestors] if a.dep_ in REPORTED), None)
        if verb is None:
            return []
        told_to = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        told_to += [g for c in verb.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]  # "said to Y"
        return [verb] if any(t.ent_type_ == "PERSON" for t in told_to) else []

    def _days_of_a_visit(self, date: Span, trigger: Token) -> bool:
        """ "met Y during a 29-30 November visit to Minsk", "a visit on 29-30 November ... The presidents held
        talks": the days of the visit a meeting was held on, which do not tell on which of them it was."""
        if not DAY_RANGE.search(date.text):
            return self._start_of_a_long_visit(date)
        visits = self.words["visit_nouns"]
        if any(t.lower_ in visits for t in [*_path_up(date.root, trigger), trigger]):
            return True
        # "From 20 to 22 June, X paid a visit to Y, during which ...", "held talks during his visit on 20-22 June":
        # the span is on a verb that tells the visit, as its object or in a phrase of it
        verb = next((t for t in date.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and any(c.lower_ in visits or (c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lower_ in visits for g in c.children)) for c in verb.children)

    def _start_of_a_long_visit(self, date: Span) -> bool:
        """ "X, who arrived in Astana on 3 May on a two-day visit, held talks with Y": a day on the verb of a visit of
        several days is the day it began, which does not tell on which of its days a meeting was held."""
        verb = next((t for t in date.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        visits = [t for c in verb.children if c.dep_ == "prep" for t in c.subtree if t.lower_ in self.words["visit_nouns"]]
        return any(_of_several_days(v) for v in visits)

    def _relative_day(self, sent: Span) -> int | None:
        """The days from the article's day a sentence's "today", "yesterday", "this morning" count."""
        return next((days for words, days in self.words["relative_days"].items()
                     if (words in self.words_of(sent) if " " not in words else words in sent.text.lower())), None)

    def _shift_from_day_before(self, sent: Span) -> int | None:
        """The days after the day told last that a sentence's "the same day", "the day before", "the next day"
        count; not a phrase with an object of its own ("the day before the summit", "on the eve of the talks")."""
        if sent.start not in self._sentence_shift:
            text = sent.text.lower()
            self._sentence_shift[sent.start] = None
            for phrase, days in self.words["days_from_the_day_before"].items():
                at = text.find(phrase)
                last = self.doc.char_span(sent.start_char + at, sent.start_char + at + len(phrase),
                                          alignment_mode="expand") if at >= 0 else None
                if last is not None and not any(c.dep_ == "pobj" or (c.dep_ == "prep" and c.lower_ == "of")
                                                for c in last[-1].children):
                    self._sentence_shift[sent.start] = days
                    break
        return self._sentence_shift[sent.start]

    def _day_told_before(self, sent: Span) -> tuple[str, Span | None] | None:
        """The day the text told last before a sentence, and the date that told it: the last day date before it,
        or the article's day when a sentence after that date says "today" or "yesterday" (None then)."""
        earlier = [d for d in self.dates if d.end <= sent.start]
        for before in reversed([s for s in self.doc.sents if s.end <= sent.start]):
            if earlier and before.start <= earlier[-1].start:
                day = self._day(earlier[-1])
                return (day, earlier[-1]) if day else None
            shift = self._relative_day(before)
            if shift is not None and self.base:
                return _shifted(self.base, shift), None
        return None

    def day(self, date: Span) -> str | None:
        """The day a date mention tells, resolved against the article's day."""
        return self._day(date)

    def _day(self, date: Span) -> str | None:
        """The day a date of the meeting names, read against the article's day: "on Friday" in a Friday's article
        is that day, not the week before; a day without a year takes the year of the article's day."""
        if self.reference and _weekday(self.reference) in date.text.lower():
            return self.reference
        return parse_date(first_day(date.text), self.reference)

    def _gatherings(self, verb: Token) -> list[Token]:
        """The gatherings a meeting was held at, in the phrases on its verb ("met on the sidelines of the summit",
        "held talks at the forum"): their day and city, also in a clause on them ("the summit held in Astana on 4
        July"), are the meeting's."""
        found = []
        if self.words_of(verb.sent).isdisjoint(self.words["gathering_nouns"]):
            return found  # read the phrases only in a sentence that names a gathering
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            chain = [g for g in prep.subtree if g.lower_ in self.words["gathering_nouns"] and g.pos_ in ("NOUN", "PROPN")]
            found += [g for g in chain if all(a.dep_ in ("prep", "pobj") for a in _path_up(g, verb))]
        return found


def _of_several_days(noun: Token) -> bool:
    """ "a two-day visit", "a 3-day trip": a noun whose length is a number of days other than one."""
    for mod in noun.children:
        if mod.dep_ in ("nmod", "amod", "compound", "npadvmod") and mod.lower_ in ("day", "days"):
            if any(n.like_num and n.lower_ not in ("one", "1") for n in mod.children):
                return True
    return False


def _leading_clauses(verb: Token, leading_verbs: list[str]) -> list[Token]:
    """The "led/headed by X" clauses in the objects of a meeting verb: "received a delegation led by X on 4 March",
    "met a delegation of the Karaganda region headed by X on 4 June" tell the day of the meeting, not of another
    event."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    return [a for o in objects for a in o.subtree if a.dep_ == "acl" and a.lower_ in leading_verbs]


def _path_up(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to `top`, `top` excluded (all its ancestors when `top` is not one)."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def in_another_clause(token: Token, trigger: Token, own_phrases: list[Token] = ()) -> bool:
    """Whether `token` sits in a clause that is neither the trigger's nor one on it, its verbs, `own_phrases` (the
    gatherings it was held at, the "led by" clauses of its sides) or (for a noun) its phrase: "X, who took office on
    20 July, met Y", "met Y to review the deal approved on 12 January" (but "the session, held on 26 October, ..."
    and "X said as he met Y on 16 March" are the meeting's). The verb that reports the meeting's clause is another
    ("X met Y, the press service said on Wednesday")."""
    own = {trigger.i, *(t.i for t in _ancestors_below_report(trigger)), *(t.i for t in own_phrases)}
    if trigger.pos_ in ("NOUN", "PROPN"):  # "the talks of X and Y, which took place on 3 February": the noun's phrase
        own |= {t.i for t in trigger.subtree}
    while token.i not in own and token.head.i != token.i:
        if token.dep_ in CLAUSES and token.head.i not in own:
            return True
        token = token.head
    return token.i not in own  # up to the top without meeting the trigger's clause: the verb that reports it




def _ancestors_below_report(token: Token) -> list[Token]:
    """The ancestors of `token` up to the head of its clause when that clause is what a verb reports (ccomp,
    parataxis): "met" and not "said" in "X met Y, the press service said"."""
    found = []
    while token.head.i != token.i and token.dep_ not in REPORTED:
        token = token.head
        found.append(token)
    return found


def _shifted(day: str, shift: int) -> str | None:
    """`day` moved by `shift` days; a year-less "--MM-DD" stays year-less, and is None when the year would tell
    ("--03-01" less a day is 28 or 29 February)."""
    if not day.startswith("--"):
        return (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()
    moved = set()
    for year in (2000, 2001):  # a leap year and a common one
        try:
            moved.add((dt.date.fromisoformat(f"{year}{day[1:]}") + dt.timedelta(days=shift)).strftime("--%m-%d"))
        except ValueError:  # 29 February of a common year
            return None
    return moved.pop() if len(moved) == 1 else None


def _weekday(iso_date: str) -> str:
    return dt.date.fromisoformat(iso_date).strftime("%A").lower()
