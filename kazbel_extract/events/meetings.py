"""Meeting records: who met whom (named people), on which day, in which city.

A meeting is found from its trigger ("met", "received", "summoned", "talks", "a meeting with",
"the session co-chaired by") and its participants are read off the parse: the people in the
trigger's phrase, its subject, and for a noun the subject of the verb it hangs on ("X said at a
meeting with Y"). Pronouns stand for people: "he" or "his" for the last person named before it
(preferring subjects), "I" or "we" in a quote for its speaker, "you" for the person the speaker
met. A mention that names no one takes its people from "the delegation led by X" or, for "the
sides" or "the leaders", from the sentence before. Planned meetings, phone calls and speeches to
the public are dropped; a forum or briefing is no meeting, and a visit with its host is one only
when the text states talks or a meeting ("The presidents held talks", "The meeting lasted an hour").

One meeting reported several times (headline, lede, "during the talks", "glad to meet you") is one
record: a mention joins an earlier one when their people are the same or one's are among the
other's, or when it points back ("the meeting", "today's talks"), and their dates and cities do
not disagree.

The readings live in their own modules: `meeting_triggers` (which words report a held meeting),
`meeting_participants` and `meeting_pronouns` (who takes part), `meeting_context` (people named in the
sentences around), `meeting_dates`, `meeting_places` and `meeting_venues` (when and where).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import Meeting
from .evidence import evidence, sources
from .lexicon import Lexicon
from .meeting_context import ContextPeople
from .meeting_dates import MeetingDates, day_mentions, in_another_clause
from .meeting_participants import Participants
from .meeting_places import MeetingPlaces
from .meeting_pronouns import Pronouns
from .meeting_triggers import Triggers
from .meeting_venues import VisitVenues
from .people import People, surname
from .places import Place, Places
from .settings import LinkingSettings
from .syntax import SUBJECTS, ents_by_sentence, token_words

SENTENCE_ENDS = frozenset(".!?\"\u201d")


@dataclass
class Candidate:
    trigger: Token
    people: list[Span]
    anaphoric: bool
    earlier: bool = False  # "X had met Y", "Earlier, X met Y": a meeting before the one reported
    later: bool = False  # "Later, X, Y and Z held a trilateral meeting": a meeting after the one reported
    date: str | None = None
    location: str | None = None
    venue: Place | None = None  # the country or city of the visit the meeting was held on
    visit_only: bool = False  # told only as a visit: a meeting once the text states talks or a meeting of it
    evidence_spans: list[Span] = field(default_factory=list)
    day_told_before: str | None = None  # the day of the sentence its sides were named in: the meeting's when none is stated
    # "At the meeting with Y, the parties discussed": the people the mention names itself, when the other side is only
    # the last subject told before it (which yields to a meeting with Y already reported)
    named: list[Span] | None = None

    def surnames(self, people: People) -> frozenset[str]:
        return frozenset(surname(people.name(p)) for p in self.people)


class MeetingFinder:
    """Decides which trigger mentions are meetings and which mentions are one meeting: walks the triggers in
    text order, builds a mention from its people, day and city, and merges the mentions of one meeting."""

    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, people: People, settings: LinkingSettings):
        self.doc = doc
        self.words = lexicon.meetings
        self.people = people
        self.ents_in = ents_by_sentence(doc)
        self.dates = day_mentions(doc, lexicon.calendar.months)
        self.persons_in: dict[int, list[Span]] = defaultdict(list)  # by sentence start
        self.dates_in: dict[int, list[Span]] = defaultdict(list)
        for person in people.mentions():
            self.persons_in[person.sent.start].append(person)
        for date in self.dates:
            self.dates_in[date.sent.start].append(date)
        self.triggers = Triggers(self.words, lexicon.grammar, self.dates_in, settings)
        self.participants = Participants(doc, self.words, people, self.persons_in,
                                         Pronouns(self.words["pronouns"], self.persons_in, people.gender, settings))
        self.context = ContextPeople(doc, self.words, self.persons_in, self._words, self.participants.distinct)
        self.meeting_places = MeetingPlaces(doc, self.words, lexicon, places, self.ents_in,
                                            self.participants.counterparts, settings)
        self.venues = VisitVenues(doc, self.words, lexicon, places, people, self.persons_in, self.meeting_places,
                                  self.triggers.planned)
        self.meeting_dates = MeetingDates(doc, self.words, self.dates, self.dates_in, self._words, self.meeting_places)
        self._sentence_words: dict[int, set[str]] = {}  # by sentence start: read once, asked per trigger

    def __call__(self) -> list[Meeting]:
        merged: list[Candidate] = []
        unnamed: tuple[int, Candidate] | None = None  # "The session was held in Minsk on 26 October."
        opening: Candidate | None = None  # what the mentions naming no one said before any meeting was named
        for n, sent in enumerate(self.doc.sents):
            separated = False  # the sentence told several meetings: a visit it tells is theirs, no meeting of all
            for trigger in self.triggers.of(sent):
                candidate = self._candidate(trigger)
                if candidate is None or (separated and candidate.visit_only):
                    continue
                apart = self._separate(candidate)  # "met X on 3 July and Y on 4 July": two meetings
                if len(apart) > 1 and not separated:
                    separated = True  # "X, who is in Astana on a visit, met Y on 3 July and Z on 4 July"
                    merged[:] = [c for c in merged if not (c.visit_only and c.trigger.sent == sent)]
                for candidate in apart:
                    if not candidate.people:
                        if candidate.anaphoric and merged:  # "today's meeting" adds to the meeting just reported
                            _complete(merged[-1], candidate)
                        if merged and not candidate.earlier:  # "X paid a visit to Y. The presidents held talks."
                            merged[-1].visit_only = False
                        if not merged and not candidate.earlier and opening is not None:
                            _complete(opening, candidate)
                        elif not merged and not candidate.earlier:  # "The talks yesterday ... The presidents discussed"
                            opening = candidate
                        unnamed = (n, candidate)
                        continue
                    if unnamed is not None and unnamed[0] == n - 1:  # "... It was co-chaired by X and Y."
                        _complete(candidate, unnamed[1])
                    if opening is not None and not merged and not candidate.earlier \
                            and _agree(opening.date, candidate.date) and _agree(opening.location, candidate.location):
                        _complete(candidate, opening)  # the first meeting named is the one spoken of before
                    self._merge(merged, candidate)
        return [self._record(c) for c in merged if not c.visit_only]

    # -- one mention ------------------------------------------------------------------------------

    def _candidate(self, trigger: Token) -> Candidate | None:
        w = self.words
        is_noun = trigger.pos_ in ("NOUN", "PROPN") or trigger.lower_ in w["nouns"]
        if trigger.lower_ in w["visit_nouns"]:  # "At the invitation of X, Y paid a visit to ..."
            people, addressed = [p for p in self.persons_in[trigger.sent.start] if not self.participants.source(p)], False
        else:
            people, addressed = self.participants.of(trigger, is_noun)
            people = [p for p in people if not self.participants.source(p)]  # "According to X, Y and Z held talks"
        if len(people) == 1 and self.participants.with_the_public(trigger):
            return None  # "X met with journalists", "X told a briefing during the session": no meeting between sides
        if (trigger.lower_ in w["two_people_verbs"] or trigger.lower_ in w["visit_nouns"]
                or trigger.lower_ in w["phrase_verbs"]) and len(people) < 2:
            return None  # "X hosted a dinner", "X talked about prices", "X's visit": no meeting without a second person
        heads = [p for p in self.context.delegation_heads(trigger, people) if p not in people]
        leader = [] if heads else [p for p in self.context.delegation_leader(trigger) if p not in people]
        heads = heads or leader
        guessed: list[Span] = []
        if is_noun and not heads:
            heads = guessed = [p for p in self.participants.side_before(trigger, people) if p not in people]
        named = list(people)
        people += heads
        sides = [] if people else self.context.sides_before(trigger)
        if not people:
            people = sides or self.context.attended_after(trigger)
        date, location, anchors = self.meeting_dates.when_and_where(trigger, people)
        # the day of the sentence that named the sides ("A delegation led by X arrived in Minsk on 2 October."), not
        # of the one a leader named sentences before was introduced in
        told_before, day_before = ([] if leader else heads) or sides, None
        if told_before and (date is None or location is None):  # "X and Y agreed Wednesday ... The two leaders met"
            day_before, before_location, before_anchors = self.meeting_dates.when_and_where(told_before[0].root)
            location, anchors = location or before_location, anchors + before_anchors
        anaphoric = addressed or (is_noun and self.participants.anaphoric(trigger)) or self._phase(trigger)
        return Candidate(trigger, people, anaphoric, self._earlier(trigger), self._later(trigger),
                         date, location, self.venues.venue(trigger, people), trigger.lower_ in w["visit_nouns"],
                         people + anchors, None if date else day_before, named if guessed else None)

    def _separate(self, candidate: Candidate) -> list[Candidate]:
        """One mention of several meetings: "X met Y on 3 July and Z on 4 July", "X met separately with Y and Z",
        "X held talks with Y, and later with Z". The subject meets each counterpart apart when the counterparts
        are told with days of their own, "separately" or "separate" is said of the meeting, or a word of a later
        time stands between them; each meeting keeps the subject and takes its counterparts' day."""
        trigger, w = candidate.trigger, self.words
        sent = trigger.sent
        verb = trigger if trigger.pos_ in ("VERB", "AUX") or trigger.dep_ not in ("dobj", "nsubjpass") else trigger.head
        subjects = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
        side = [p for p in candidate.people if p.root.i in subjects]
        counterparts = sorted((p for p in candidate.people if p.sent == sent and p.root.i not in subjects
                               and p.start > trigger.i), key=lambda p: p.start)
        if not side or len(counterparts) < 2 or len(side) + len(counterparts) != len(candidate.people):
            return [candidate]
        apart = any(t.lower_ in w["separate_words"] and t.head.i in (verb.i, trigger.i) and t.dep_ in ("advmod", "amod")
                    for t in sent)
        days = [d for d in self.dates_in[sent.start] if d.start > counterparts[0].start
                and not in_another_clause(d.root, trigger)]  # not "Y, who took office on 1 February,"
        own_day = [next((d for d in days if d.start > p.end and not any(q.start < d.start and q.start > p.end
                                                                          for q in counterparts)), None)
                   for p in counterparts]  # the day told right after a counterpart, before the next one
        dated = all(d is not None for d in own_day) and len({d.start for d in own_day}) > 1
        later = [any(self._later_word(self.doc[i], verb) for i in range(a.end, b.start))
                 for a, b in zip(counterparts, counterparts[1:])]
        if not (apart or dated or any(later)):
            return [candidate]
        groups: list[list[Span]] = [[counterparts[0]]]
        for k, person in enumerate(counterparts[1:]):
            if apart or later[k] or (dated and own_day[k + 1].start != own_day[k].start):
                groups.append([person])
            else:
                groups[-1].append(person)
        meetings = []
        for k, group in enumerate(groups):
            first = counterparts.index(group[0])
            date = self.meeting_dates.day(own_day[first]) if dated else candidate.date
            anchors = [own_day[first]] if dated else []
            meetings.append(Candidate(trigger, side + group, candidate.anaphoric, candidate.earlier,
                                      candidate.later or any(later[:first]), date, candidate.location, candidate.venue,
                                      candidate.visit_only, side + group + anchors, candidate.day_told_before))
        return meetings

    def _phase(self, trigger: Token) -> bool:
        """ "followed by expanded talks involving Z", "an enlarged meeting with the delegations": talks in another format
        (format_words) are a part of the meeting told before them, not another one, unless a later time is said."""
        if trigger.pos_ not in ("NOUN", "PROPN") or self._later(trigger):
            return False
        modifiers = [c for c in trigger.children if c.dep_ in ("amod", "compound")]
        modifiers += [g for c in trigger.children if c.dep_ == "prep" for f in c.children if f.lower_ == "format"
                      for g in f.children if g.dep_ in ("amod", "compound")]  # "talks in an expanded format"
        return any(m.lower_ in self.words["format_words"] for m in modifiers)

    def _later_word(self, token: Token, verb: Token) -> bool:
        """ "and later with Z", "then Z": a word of a later time on the meeting's own verb or on a phrase of it, not
        in a clause of another verb ("Y, who later became minister")."""
        return token.lower_ in self.words["later_words"] and token.dep_ == "advmod" \
            and (token.head.i == verb.i or token.head.pos_ not in ("VERB", "AUX"))

    def _earlier(self, trigger: Token) -> bool:
        """ "X had met Y", "Earlier, X met Y", "their previous meeting": a meeting before the one the article
        reports (past perfect, or a word of an earlier time on the trigger or its verb). It is another meeting."""
        earlier = self.words["earlier_words"]
        if any(c.dep_ == "amod" and c.lower_ in earlier for c in trigger.children):
            return True  # "since their last meeting"
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        if verb.dep_ == "prep":  # "had given an impetus to cooperation at their talks": the verb the phrase is on
            verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), verb)
        children = list(verb.children)
        pluperfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children)
        return pluperfect or any(c.dep_ == "advmod" and c.lower_ in earlier for c in children)

    def _later(self, trigger: Token) -> bool:
        """ "Later, X met Z", "Later on the same day, X, Y and Z held a meeting": a word of a later time on the
        trigger's verb or on a phrase of it tells a meeting after the one reported."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        on_verb = [c for c in verb.children if c.dep_ == "advmod"]
        on_phrase = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod"]
        return any(t.lower_ in self.words["later_words"] for t in on_verb + on_phrase)

    # -- the words of a sentence ------------------------------------------------------------------

    def _words(self, sent: Span) -> set[str]:
        """The lowercased words of a sentence, read once however many triggers it holds."""
        if sent.start not in self._sentence_words:
            self._sentence_words[sent.start] = set(token_words(sent.doc).lower[sent.start : sent.end])
        return self._sentence_words[sent.start]

    # -- merging and records ----------------------------------------------------------------------

    def _merge(self, merged: list[Candidate], new: Candidate) -> None:
        """Join a mention to the meeting it restates, the latest that fits: one whose date and city do not
        disagree and whose people are the mention's, or include them, or are among them ("Lukashenko said at the
        meeting" restates "Lukashenko met Tokayev"); a mention that points back ("The meeting was attended by
        X") joins the latest that fits in date and city."""
        names = new.surnames(self.people)
        fitting = [old for old in reversed(merged) if _agree(old.date, new.date) and _agree(old.location, new.location)
                   and old.earlier == new.earlier]
        same = next((old for old in fitting if old.surnames(self.people) == names), None)
        if not new.earlier and not (new.later and not new.anaphoric):  # "X met Y, and attended the session"
            same = same or next((old for old in fitting if old.trigger.sent != new.trigger.sent
                                 and _restates(names, old.surnames(self.people), new.anaphoric or _title(old.trigger.sent))), None)
        if same is None and new.named and not new.earlier and not new.later:
            # "X met Y on 3 July and Z on 4 July. ... At the meeting with Z, the parties discussed": the meeting with Z
            own = frozenset(surname(self.people.name(p)) for p in new.named)
            same = next((old for old in fitting if old.trigger.sent != new.trigger.sent
                         and own <= old.surnames(self.people) and not names <= old.surnames(self.people)), None)
            if same is not None:
                new.people = list(new.named)
        if same is None and new.anaphoric and not new.earlier and fitting:
            # "attended the meeting": the last meeting told, before a visit only mentioned since ("X recalled the
            # visit of Z to Astana")
            same = next((old for old in fitting if not old.visit_only), fitting[0])
        if same is None:
            merged.append(new)
            return
        _complete(same, new)
        same.people = self.participants.distinct(same.people + new.people)
        same.visit_only = same.visit_only and new.visit_only
        if _title(same.trigger.sent) and not _title(new.trigger.sent):
            same.trigger = new.trigger  # the evidence is the lede, not the headline it restates

    def _record(self, c: Candidate) -> Meeting:
        names, details = [], []
        for span in sorted(c.people, key=lambda s: s.start):
            name = self.people.name(span)
            if surname(name) not in {surname(n) for n in names}:
                names.append(name)
                details.append(self.people.participant(span))
        anchors = [s for s in c.evidence_spans if s.sent == c.trigger.sent] + [c.trigger.doc[c.trigger.i : c.trigger.i + 1]]
        return Meeting(participants=names, date=c.date or c.day_told_before, location=self.venues.location(c.location, c.venue), participant_details=details,
                       evidence=evidence(c.trigger.sent, anchors), sources=sources(c.evidence_spans))


def _title(sent: Span) -> bool:
    """A headline: a line of its own without a full stop."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text not in SENTENCE_ENDS and any("\n" in t.text for t in sent[-1:])


def _restates(names: frozenset[str], earlier: frozenset[str], points_back: bool) -> bool:
    """One mention's people are among the other's, and the smaller names two people or points back."""
    smaller = min(names, earlier, key=len)
    return (names <= earlier or earlier <= names) and (len(smaller) >= 2 or points_back)


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _complete(meeting: Candidate, other: Candidate) -> None:
    """Fill what a meeting lacks from another mention of it."""
    meeting.date = meeting.date or other.date
    meeting.day_told_before = meeting.day_told_before or other.day_told_before
    meeting.location = meeting.location or other.location
    meeting.venue = meeting.venue or other.venue
    known = set(meeting.evidence_spans)
    meeting.evidence_spans += [s for s in other.evidence_spans if s not in known]


def find_meetings(doc: Doc, lexicon: Lexicon, places: Places, people: People, settings: LinkingSettings) -> list[Meeting]:
    return MeetingFinder(doc, lexicon, places, people, settings)()
