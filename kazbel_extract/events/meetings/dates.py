"""The day of a meeting: the date its clause states, a day said relative to the article ("yesterday",
"today"), or a day counted from the one told before ("On the same day, ...", "The day before, ...").

A date in another clause ("X, who took office on 20 July, met Y") is not the meeting's; a date of the
gathering the meeting was held at ("on the sidelines of the summit held in Astana on 4 July") is.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..syntax import CLAUSES, SUBJECTS, sentence_before, tree_distance
from .article_days import ArticleDays, shifted
from .day_mentions import DAY_RANGE
from .place_links import sidelines_of
from .places import MeetingPlaces
from .visit_days import VisitDays, of_several_days, path_up

REPORTED = ("ccomp", "parataxis")  # a clause that a verb of saying or reporting governs


class MeetingDates:
    """Decides the day of a meeting mention, and takes its city from `MeetingPlaces` at the same point of the
    parse (the trigger, or the earlier date a "same day" points to)."""

    def __init__(self, doc: Doc, words: dict, dates: list[Span], dates_in: dict[int, list[Span]], words_of,
                 meeting_places: MeetingPlaces, relative_years: dict[str, int]):
        self.doc = doc
        self.words = words
        self.dates_in = dates_in  # and by sentence start
        self.words_of = words_of  # the lowercased words of a sentence
        self.meeting_places = meeting_places
        self.days = ArticleDays(doc, words, dates, words_of, relative_years)
        self.visit_days = VisitDays(words)

    def when_and_where(self, trigger: Token, people: list[Span] = ()) -> tuple[str | None, str | None, list[Span]]:
        sent = trigger.sent
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in ("VERB", "AUX")), trigger)
        gatherings = self._gatherings(verb, trigger)
        city = self.meeting_places.city(sent, trigger, gatherings + [p.root for p in people if p.sent == sent])
        from_before = self.days.shift_from_day_before(sent)
        if from_before is not None and not self.dates_in[sent.start]:
            told = self.days.day_told_before(sent)
            if told is not None:  # "On the same day, X met Y", "The day before, X was received by Y"
                day, anchor = told
                where = city or (self.meeting_places.city(anchor.sent, anchor.root) if anchor is not None else [])
                return shifted(day, from_before), where[0] if where else None, [anchor] if anchor is not None else []
            if from_before < 0 and self.days.base and self._opens_the_story(sent):
                # "X met Y on the eve", "The day before, X was received by Y" as the story's first sentence: the
                # day before the article's, as "yesterday" is (later on, it counts from what was told before)
                return shifted(self.days.base, from_before), city[0] if city else None, []
        own_phrases = gatherings + _leading_clauses(verb, self.words["leading_verbs"]) + self._told_to_the_counterpart(trigger)
        own_phrases += _before_the_reporter(trigger)
        dates = [d for d in self.dates_in[sent.start] if not in_another_clause(d.root, trigger, own_phrases)
                 and not self.visit_days.days_of_a_visit(d, trigger) and not self._planned_day(d)
                 and not self._of_another_noun(d, trigger, gatherings) and not self._opening_day(d)]
        date = min(dates, key=lambda d: (tree_distance(verb, d.root), abs(d.root.i - trigger.i))) if dates else None
        shift = self.days.relative_day(sent)
        if date is not None:
            value = self.days.day(date)
        elif shift is not None:  # "today", "this morning", "yesterday's talks" the tagger left untagged
            value = shifted(self.days.base, shift) if self.days.base else None
        else:
            value = None
        anchors = [date] if date is not None else []
        if value is None and shift is None:  # "X paid a visit to Astana on 4 July. During the visit, he held talks"
            told = self._day_of_the_visit_before(trigger)
            if told is not None:
                value, anchors = self.days.day(told), [told]
        if gatherings and (value is None and shift is None or not city):
            told_day, told_city, told_anchors = self._gathering_told_beside(sent, gatherings)
            value = value if value is not None or shift is not None else told_day
            city, anchors = city or told_city, anchors + told_anchors
        if gatherings and not city:
            city = self._city_of_the_gathering_told_before(sent, gatherings)
        return value, city[0] if city else None, anchors

    def _opens_the_story(self, sent: Span) -> bool:
        """Whether a sentence is the story's first: the one the dateline opens, else the doc's first."""
        dateline = self.doc._.dateline
        if dateline is None:
            return sentence_before(sent) is None
        if sent.end_char <= dateline.end:  # the headline
            return False
        return sent.start_char <= dateline.end or not self.doc.text[dateline.end : sent.start_char].strip()

    def _day_of_the_visit_before(self, trigger: Token) -> Span | None:
        """ "X paid a working visit to Astana on 4 July. During the visit, he held talks with Y": a meeting held on a
        visit its sentence points back to ("during the visit", "during his visit", no day of its own) is on the one
        day the sentence before states for that visit; not on a span of days or the first of several ("a two-day
        visit on 3 May")."""
        visits = self.words["visit_nouns"]
        pointing = [t for t in trigger.sent if t.lower_ in visits and t.pos_ == "NOUN" and t.dep_ == "pobj"
                    and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in self.words["pointing_back"])
                            for c in t.children)]
        before = sentence_before(trigger.sent)
        if not pointing or before is None:
            return None
        told = [t for t in before if t.lower_ in visits and t.pos_ == "NOUN"]
        if not told:
            return None
        visit = told[-1]
        holder = visit.head.head if visit.dep_ == "pobj" else visit.head if visit.dep_ == "dobj" else visit
        days = [d for d in self.dates_in[before.start] if not DAY_RANGE.search(d.text)
                and not self.visit_days.days_of_a_visit(d, visit) and not in_another_clause(d.root, holder)]
        return min(days, key=lambda d: tree_distance(visit, d.root)) if len(days) == 1 else None

    def _of_another_noun(self, date: Span, trigger: Token, gatherings: list[Token]) -> bool:
        """ "ahead of the 12 September forum", "discussed the 2 June agreement": a day written as a modifier of a noun
        that is neither the meeting, a visit nor a gathering it was held at tells that noun's day ("the 3 July
        session", "Tuesday's talks" and "the 4 July summit" it was held at are the meeting's)."""
        head = date.root.head
        w = self.words
        return date.root.dep_ in ("compound", "nmod", "amod", "nummod") and head.pos_ == "NOUN" \
            and head.ent_type_ not in ("DATE", "TIME", "PERSON") and head.i != trigger.i \
            and head.lower_ not in w["nouns"] and head.lower_ not in w["visit_nouns"] and head not in gatherings

    def _opening_day(self, date: Span) -> bool:
        """ "on the sidelines of the forum that opened on Tuesday", "at the exhibition, which began on 5 May", "the
        two-day summit held on 4 July": the day a gathering began, or a day of a gathering of several days, which does
        not tell on which of its days a meeting held there took place (a gathering "held on 4 July" is of that day)."""
        verb = next((t for t in date.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        told_of = [verb.head] if verb.dep_ in ("relcl", "acl") else []
        told_of += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        gatherings = [g for g in told_of if g.lower_ in self.words["gathering_nouns"]]
        return bool(gatherings) and (verb.lower_ in self.words["opening_verbs"]
                                     or any(of_several_days(g) for g in gatherings))

    def _planned_day(self, date: Span) -> bool:
        """ "ahead of the summit due on 10 July", "before the forum scheduled for 12 May": a day written right after a
        word of a planned event (future_words), with or without its preposition, is that event's, not the held
        meeting's (the parser often hangs it on the meeting's verb)."""
        i = date.start - 1
        if i > date.sent.start and self.doc[i].pos_ == "ADP":
            i -= 1
        return i >= date.sent.start and self.doc[i].lower_ in self.words["future_words"]

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
            day = self.days.day(date) if date is not None and not DAY_RANGE.search(date.text) \
                and not self._opening_day(date) else None
            return day, self.meeting_places.city(other, named, [verb]), [date] if date is not None else []
        return None, [], []

    def _city_of_the_gathering_told_before(self, sent: Span, gatherings: list[Token]) -> list[str]:
        """ "The session took place in Sochi on 8 June. [...] On the sidelines of the session, X met Y": a gathering
        the meeting's sentence points back to ("the session", "this summit") is the one the article last named with
        that noun, however many sentences before; the city stated for it there is the meeting's (not its day: a
        gathering of several days tells no one day)."""
        pointing = {g.lower_ for g in gatherings
                    if any(c.dep_ == "det" and c.lower_ in self.words["pointing_back"] for c in g.children)}
        other = sentence_before(sent)
        while pointing and other is not None:
            named = next((t for t in other if t.lower_ in pointing and t.pos_ in ("NOUN", "PROPN")), None)
            if named is not None:
                verb = next((t for t in [named, *named.ancestors] if t.pos_ in ("VERB", "AUX")), named)
                return self.meeting_places.city(other, named, [verb])
            other = sentence_before(other)
        return []

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

    def _gatherings(self, verb: Token, trigger: Token) -> list[Token]:
        """The gatherings a meeting was held at, in the phrases on its verb or trigger ("met on the sidelines of the
        summit", "held talks at the forum", "talks on the margins of the council meeting"): their day and city, also in a clause on them ("the summit held in Astana on 4
        July"), are the meeting's."""
        found = []
        words = self.words_of(verb.sent)
        sidelines = not words.isdisjoint(self.words["sidelines_nouns"])
        if words.isdisjoint(self.words["gathering_nouns"]) and not sidelines:
            return found  # read the phrases only in a sentence that names a gathering
        owners = [verb] + ([trigger] if trigger.i != verb.i else [])  # "held talks with Y on the margins of the summit"
        for owner in owners:
            for prep in (c for c in owner.children if c.dep_ == "prep"):
                chain = [g for g in prep.subtree if g.pos_ in ("NOUN", "PROPN") and (
                    g.lower_ in self.words["gathering_nouns"] or (sidelines and self._of_sidelines(g)))]
                found += [g for g in chain if all(a.dep_ in ("prep", "pobj") for a in path_up(g, owner))]
        return found

    def _of_sidelines(self, noun: Token) -> bool:
        """ "on the sidelines of the CIS heads of government council meeting": a meeting noun in the "of" phrase of a
        sidelines noun is the gathering the meeting was held at."""
        return noun.lower_ in self.words["nouns"] and sidelines_of(noun, self.words["sidelines_nouns"])


def _leading_clauses(verb: Token, leading_verbs: list[str]) -> list[Token]:
    """The "led/headed by X" clauses in the objects of a meeting verb: "received a delegation led by X on 4 March",
    "met a delegation of the Karaganda region headed by X on 4 June" tell the day of the meeting, not of another
    event."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    return [a for o in objects for a in o.subtree if a.dep_ == "acl" and a.lower_ in leading_verbs]


def _before_the_reporter(trigger: Token) -> list[Token]:
    """ "X met Y Monday, spokesman Z told reporters": a phrase the parser hung on the verb that reports the meeting's
    clause but wrote between that clause and the reporter, before the verb and its subject, is the meeting's."""
    clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ in REPORTED), None)
    if clause is None or clause.i > clause.head.i:
        return []  # no reported clause, or one told after its verb ("Z said that X met Y")
    verb = clause.head
    first = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in SUBJECTS])
    return [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and clause.left_edge.i < c.i < first]


def in_another_clause(token: Token, trigger: Token, own_phrases: list[Token] = ()) -> bool:
    """Whether `token` sits in a clause that is neither the trigger's nor one on it, its verbs, `own_phrases` (the
    gatherings it was held at, the "led by" clauses of its sides) or (for a noun) its phrase: "X, who took office on
    20 July, met Y", "met Y to review the deal approved on 12 January" (but "the session, held on 26 October, ..."
    and "X said as he met Y on 16 March" are the meeting's). The verb that reports the meeting's clause is another
    ("X met Y, the press service said on Wednesday")."""
    own = {trigger.i, *(t.i for t in _ancestors_below_report(trigger)), *(t.i for t in own_phrases)}
    if trigger.pos_ in ("NOUN", "PROPN"):  # "the talks of X and Y, which took place on 3 February": the noun's phrase,
        own |= {t.i for t in trigger.subtree if not _on_apposition_below(t, trigger)}  # not "Y, the office reported"
    while token.i not in own and token.head.i != token.i:
        if token.dep_ in CLAUSES and (token.head.i not in own or _on_apposition_below(token, trigger)):
            return True
        token = token.head
    return token.i not in own  # up to the top without meeting the trigger's clause: the verb that reports it




def _on_apposition_below(token: Token, noun: Token) -> bool:
    """ "talks with Y, the press service reported on Tuesday": a word in a clause the parser hung on an apposition
    in the noun's phrase ("service reported"), which tells the report's day, not the meeting's."""
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ in CLAUSES and token.head.dep_ == "appos" and token.head.i != noun.i:
            return True
        token = token.head
    return False


def _ancestors_below_report(token: Token) -> list[Token]:
    """The ancestors of `token` up to the head of its clause when that clause is what a verb reports (ccomp,
    parataxis): "met" and not "said" in "X met Y, the press service said"."""
    found = []
    while token.head.i != token.i and token.dep_ not in REPORTED:
        token = token.head
        found.append(token)
    return found


