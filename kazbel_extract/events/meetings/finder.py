"""Meeting records: who met whom (named people), on which day, in which city.

A meeting is found from its trigger ("met", "received", "summoned", "talks", "a meeting with",
"the session co-chaired by") and its participants are read off the parse: the people in the
trigger's phrase, its subject, and for a noun the subject of the verb it hangs on ("X said at a
meeting with Y"). Pronouns stand for people: "he" or "his" for the last person named before it
(preferring subjects), "I" or "we" in a quote for its speaker, "you" for the person the speaker
met. A mention that names no one takes its people from "the delegation led by X" or, for "the
sides" or "the leaders", from the sentence before; one that tells its sides by title or country
("Talks between the prime ministers", "Kazakhstan and Belarus held talks") from the people named
after it in its paragraph. Planned, arranged, possible, called-off and denied meetings ("will meet",
"are meeting next week", "did not meet", "were postponed"), a day still to come, phone calls and
speeches to the public are dropped; a forum or briefing is no meeting, and a visit with its host is
one only when the text states talks or a meeting ("The presidents held talks", "The meeting lasted
an hour").

One meeting reported several times (headline, lede, "during the talks", "glad to meet you") is one
record: a mention joins an earlier one when their people are the same or one's are among the
other's, or when it points back ("the meeting", "today's talks"), is a clause on it ("the session
chaired by X") or tells its other side only by a title ("X said on meeting the President of
Kazakhstan"), and their dates and cities do not disagree.

The readings live in their own modules: `triggers` (which words report a held meeting);
`participants`, `subjects`, `stranded_names`, `counterparts` and
`pronouns` (who takes part), `context` (people named in the sentences around);
`dates`, `day_mentions`, `article_days` and `visit_days` (when);
`places`, `place_links`, `halls` and `venues` (where); `order`
(earlier, later, a phase), `separation` (one mention of several meetings) and
`restatements` (several mentions of one meeting), over the `candidate` they build.
"""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from ...records import Meeting
from ..evidence import evidence, sources
from ..lexicon import Lexicon
from ..places import Places
from ..settings import LinkingSettings
from ..syntax import ents_by_sentence, token_words
from .candidate import Candidate, agree, complete
from .context import ContextPeople
from .dates import MeetingDates
from .day_mentions import day_mentions
from .order import MeetingOrder
from .participants import Participants
from .people import People, surname
from .places import MeetingPlaces
from .pronouns import Pronouns
from .restatements import Restatements
from .separation import SeparateMeetings
from .triggers import Triggers
from .venues import VisitVenues

class MeetingFinder:
    """Decides which trigger mentions are meetings and which mentions are one meeting: walks the triggers in
    text order, builds a mention from its people, day and city, and merges the mentions of one meeting."""

    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, people: People, settings: LinkingSettings):
        self.doc = doc
        self.words = lexicon.meetings
        self.people = people
        self.ents_in = ents_by_sentence(doc)
        self.dates = day_mentions(doc, lexicon.calendar.months, lexicon.calendar.relative_years)
        self.persons_in: dict[int, list[Span]] = defaultdict(list)  # by sentence start
        self.dates_in: dict[int, list[Span]] = defaultdict(list)
        for person in people.mentions():
            self.persons_in[person.sent.start].append(person)
        for date in self.dates:
            self.dates_in[date.sent.start].append(date)
        self.triggers = Triggers(self.words, lexicon.grammar, self.dates_in, settings)
        self.participants = Participants(doc, self.words, people, self.persons_in,
                                         Pronouns(self.words["pronouns"], self.persons_in, people.gender, settings,
                                                  people.title_words, lambda p: people.participant(p).country))
        # the sentences around a meeting bring no relative of someone to it ("His son Z presented the guest with ...")
        sides_in = {start: [p for p in persons if not people.kin(p)] for start, persons in self.persons_in.items()}
        self.context = ContextPeople(doc, self.words, defaultdict(list, sides_in), self._words, self.participants.distinct)
        self.meeting_places = MeetingPlaces(doc, self.words, lexicon, places, self.ents_in,
                                            self.participants.counterparts, settings, self.triggers.planned,
                                            self._country_of)
        self.venues = VisitVenues(doc, self.words, lexicon, places, people, self.persons_in, self.meeting_places,
                                  self.triggers.planned)
        self.meeting_dates = MeetingDates(doc, self.words, self.dates, self.dates_in, self._words, self.meeting_places,
                                         lexicon.calendar.relative_years)
        self.order = MeetingOrder(self.words)
        self.separate = SeparateMeetings(doc, self.words, self.dates_in, self.meeting_dates.days,
                                         self.meeting_places)
        self.restatements = Restatements(people, self.participants.distinct, self.participants.described.may_hold)
        self._sentence_words: dict[int, set[str]] = {}  # by sentence start: read once, asked per trigger
        self._first_told: dict[str, int] | None = None

    def __call__(self) -> list[Meeting]:
        merged: list[Candidate] = []
        unnamed: tuple[int, Candidate] | None = None  # "The session was held in Minsk on 26 October."
        opening: Candidate | None = None  # what the mentions naming no one said before any meeting was named
        unnamed_triggers: list[Token] = []  # the triggers of those mentions: a headline's, then the lede's
        opened: set[int] = set()  # the visits that opening completed: held meetings
        for n, sent in enumerate(self.doc.sents):
            separated = False  # the sentence told several meetings: a visit it tells is theirs, no meeting of all
            for trigger in self.triggers.of(sent):
                candidate = self._candidate(trigger)
                if candidate is None or (separated and candidate.visit_only):
                    continue
                apart = self.separate.split(candidate)  # "met X on 3 July and Y on 4 July": two meetings
                if len(apart) > 1 and not separated:
                    separated = True  # "X, who is in Astana on a visit, met Y on 3 July and Z on 4 July"
                    merged[:] = [c for c in merged if not (c.visit_only and c.trigger.sent == sent)]
                for candidate in apart:
                    if candidate.earlier and merged and not merged[-1].visit_only \
                            and self._among(candidate, merged[-1]) and self.context.told_together(candidate.trigger):
                        # "The two prime ministers last met in Minsk in 2022", "the previous meeting of the two
                        # leaders", "X recalled their meeting in Samarkand": the people of the meeting told last,
                        # which name no one else
                        candidate.people = list(merged[-1].people)
                    if not candidate.people and merged and not candidate.anaphoric and not candidate.earlier \
                            and self.context.titled_phrase(candidate.trigger):
                        # "Separately, talks between the foreign ministers took place. X thanked Y ...": another meeting
                        # told with titles, of the people named after it (the one told before when they are its own)
                        named = self.context.named_after(candidate.trigger, self.participants.source)
                        candidate.people = named if len(named) >= 2 else []
                    if not candidate.people:
                        if candidate.anaphoric and merged:  # "today's meeting" adds to the meeting just reported
                            complete(merged[-1], candidate)
                        if merged and not candidate.earlier:  # "X paid a visit to Y. The presidents held talks."
                            merged[-1].visit_only = False
                        if not merged and not candidate.earlier:
                            unnamed_triggers.append(candidate.trigger)
                        if not merged and not candidate.earlier and opening is not None:
                            complete(opening, candidate)
                        elif not merged and not candidate.earlier:  # "The talks yesterday ... The presidents discussed"
                            opening = candidate
                        unnamed = (n, candidate)
                        continue
                    if unnamed is not None and unnamed[0] == n - 1:  # "... It was co-chaired by X and Y."
                        complete(candidate, unnamed[1])
                    if opening is not None and not merged and not candidate.earlier \
                            and agree(opening.date, candidate.date) and agree(opening.location, candidate.location):
                        complete(candidate, opening)  # the first meeting named is the one spoken of before
                        # "Kazakh PM receives Belarusian counterpart" over "X arrived at the invitation of Y": the talks
                        # are stated, so the visit is a meeting (unless its sentence tells several meetings)
                        opened.add(id(candidate))
                    self.restatements.merge(merged, candidate)
                    if len(merged) > 1 and merged[-1] is candidate:
                        self._same_trip(merged[-2], candidate)
        if not merged and opening is not None:
            # "The heads of government of Belarus and Kazakhstan held talks on Tuesday. X thanked Y for ...": a meeting
            # of the sides that no later mention names is of the people named after it in its paragraph
            # a headline's "PMs hold talks" is told again by the lede's "Talks between the prime ministers ...", after
            # which the people are named (or "Heads of government hold talks" by "The talks took place in Astana.")
            titled = any(self.context.titled(t) for t in unnamed_triggers)
            people = next((p for p in (self.context.named_after(t, self.participants.source) for t in unnamed_triggers)
                           if len(p) >= 2), []) if titled else []
            if people:
                opening.people = people
                merged.append(opening)
        return [self._record(c) for c in merged if not c.visit_only or id(c) in opened]

    def _among(self, new: Candidate, before: Candidate) -> bool:
        """Whether the people a mention names (none, or the one of "X recalled their meeting") are all of the
        meeting told before it."""
        return len(new.people) < 2 and new.surnames(self.people) <= before.surnames(self.people)

    def _same_trip(self, before: Candidate, new: Candidate) -> None:
        """ "X held talks with Y in Astana. Later on Tuesday, X also met with Z": a further meeting of someone of the
        meeting told just before, later, on its day or in the next sentence with no day for either, that states no city or visit of its own is held in the city
        stated for that meeting (where the person is), not in the dateline's."""
        if new.location or new.venue is not None or new.earlier or before.earlier or not before.location:
            return
        if not (new.later or (new.date is not None and new.date == before.date) or self._next_sentence(before, new)):
            return
        if new.surnames(self.people) & before.surnames(self.people):
            new.location = before.location

    def _next_sentence(self, before: Candidate, new: Candidate) -> bool:
        """ "X met Y in Minsk. X also met Z": a meeting told in the sentence right after, no day stated for either."""
        sent = new.trigger.sent
        return new.date is None and before.date is None and sent.start > 0 and self.doc[sent.start - 1].sent == before.trigger.sent

    # -- one mention ------------------------------------------------------------------------------

    def _candidate(self, trigger: Token) -> Candidate | None:
        w = self.words
        # "talks" the tagger read a verb is a noun; "after meeting Y" (a gerund with its object) is the verb, and so
        # is the participle of "X and Y, meeting in Astana on Friday, agreed": it tells what its subject did
        participle = _participle(trigger)
        gerund = (trigger.tag_ == "VBG" and any(c.dep_ == "dobj" for c in trigger.children)) or participle
        is_noun = (trigger.pos_ in ("NOUN", "PROPN") and not participle) or (trigger.lower_ in w["nouns"] and not gerund)
        if trigger.lower_ in w["visit_nouns"] and self.participants.talked_of(trigger):
            return None  # "X and Y discussed the schedule, including the visit of Z": a visit talked of, not told
        if trigger.lower_ in w["visit_nouns"]:  # "At the invitation of X, Y paid a visit to ..."
            people = [p for p in self.persons_in[trigger.sent.start] if not self.participants.source(p)]
            addressed, described = False, []
        else:
            people, addressed, described = self.participants.of(trigger, is_noun)
            people = [p for p in people if not self.participants.source(p)]  # "According to X, Y and Z held talks"
            if is_noun:  # "The Kazakh side at the talks was represented by X"
                people += [p for p in self.context.sides_at(trigger) if p not in people]
        if trigger.lower_ in w["two_people_verbs"]:  # "X welcomed Y's initiative", "X discussed Y's proposal": Y's thing
            people = [p for p in people if not _owner_of_the_object(p, trigger)]
        talk = (trigger.lower_ in w["two_people_verbs"] and trigger.lower_ not in w["host_verbs"]) \
            or trigger.lower_ in w["phrase_verbs"]
        if talk and self.order.earlier(trigger):
            return None  # "adding that he had discussed it with Y": a discussion only mentioned, no meeting told
        if len(people) == 1 and self.participants.with_the_public(trigger):
            return None  # "X met with journalists", "X told a briefing during the session": no meeting between sides
        heads = [p for p in self.context.delegation_heads(trigger, people) if p not in people]
        leader = [] if heads else [p for p in self.context.delegation_leader(trigger) if p not in people]
        heads = heads or leader
        if (trigger.lower_ in w["two_people_verbs"] or trigger.lower_ in w["visit_nouns"]
                or trigger.lower_ in w["phrase_verbs"]) and len(self.participants.distinct(people + heads)) < 2:
            # "X hosted a dinner", "X talked about prices", "X's visit": no meeting without a second person; nor
            # "President of Belarus, X, pays a visit" whose delegation "headed by the President" is X again
            return None
        guessed: list[Span] = []
        if is_noun and not heads:
            heads = guessed = [p for p in self.participants.side_before(trigger, people) if p not in people]
        named = list(people)
        people += heads
        if people:  # "X held talks with Y. X was joined by Z"
            people += [p for p in self.context.joined_after(trigger) if p not in people]
        sides = [] if people else self.context.sides_before(trigger)
        if not people and not sides and not (is_noun and self.participants.anaphoric(trigger)):
            sides = self.context.one_side_before(trigger, self.participants.source)  # not "During the talks, the sides"
        if sides and self.order.later(trigger):  # "X met Y. Later, the prime ministers held talks. Z thanked W ..."
            after = self.context.named_after(trigger, self.participants.source)
            sides = after if len(after) >= 2 else sides
        if not people:
            people = sides or self.context.attended_after(trigger) or self.context.joined_after(trigger) \
                or self.context.co_chairs_after(trigger)
        # "accompanied by his wife Z", "X paid a visit with his son Z": a relative is a side only when the meeting's
        # predicate takes them ("met Y and his wife Z")
        visit = trigger.lower_ in w["visit_nouns"]
        people = [p for p in people if not self.people.kin(p) or (not visit and self.participants.taken(p, trigger, is_noun))]
        date, location, anchors = self.meeting_dates.when_and_where(trigger, people)
        if self.meeting_dates.days.upcoming(date):
            return None  # "X is in Minsk to attend a meeting of the council on 19 October" in a story of 18 October
        # the day of the sentence that named the sides ("A delegation led by X arrived in Minsk on 2 October."), not
        # of the one a leader named sentences before was introduced in
        told_before, day_before = ([] if leader else heads) or sides, None
        if told_before and (date is None or location is None):  # "X and Y agreed Wednesday ... The two leaders met"
            day_before, before_location, before_anchors = self.meeting_dates.when_and_where(told_before[0].root)
            location, anchors = location or before_location, anchors + before_anchors
        anaphoric = addressed or (is_noun and self.participants.anaphoric(trigger)) or self.order.phase(trigger) \
            or (not is_noun and self.participants.told_of_a_meeting_before(trigger))
        return Candidate(trigger, people, anaphoric, self.order.earlier(trigger), self.order.later(trigger),
                         date, location, self.venues.venue(trigger, people), trigger.lower_ in w["visit_nouns"],
                         people + anchors, None if date or self.order.earlier(trigger) else day_before,
                         named if guessed else None, described)  # an earlier meeting is not on the day the sides were told on

    def _country_of(self, token: Token) -> str | None:
        """The country of the person whose name a token heads ("Lukashenko" of "President Aleksandr Lukashenko")."""
        person = next((p for p in self.persons_in[token.sent.start] if p.root.i == token.i), None)
        return self.people.participant(person).country if person is not None else None

    # -- the words of a sentence ------------------------------------------------------------------

    def _words(self, sent: Span) -> set[str]:
        """The lowercased words of a sentence, read once however many triggers it holds."""
        if sent.start not in self._sentence_words:
            self._sentence_words[sent.start] = set(token_words(sent.doc).lower[sent.start : sent.end])
        return self._sentence_words[sent.start]

    # -- records ---------------------------------------------------------------------------------

    def _record(self, c: Candidate) -> Meeting:
        names, details = [], []
        if self._first_told is None:  # where each person is first named in the article, by surname
            self._first_told = {}
            for span in self.people.mentions():
                self._first_told.setdefault(surname(self.people.name(span)), span.start)
        # where each is mentioned in the meeting's sentence; a mention naming no one in it ("The two prime ministers
        # last met in Minsk" after "Y was received by X. ... X thanked Y") in the order the article first wrote them
        own = any(s.sent == c.trigger.sent for s in c.people)
        spans = sorted(c.people, key=lambda s: s.start if own else (
            self._first_told.get(surname(self.people.name(s)), s.start), s.start))
        told = spans + [s for s in c.evidence_spans if s.label_ == "PERSON"]  # the mentions joined into it too
        for span in spans:
            name = self.people.name(span)
            if surname(name) not in {surname(n) for n in names}:
                names.append(name)
                # the title and office of the person's first full mention, not of a headline's surname alone
                full = next((s for s in told if surname(self.people.name(s)) == surname(name)
                             and len(self.people.written(s).split()) > 1), span)
                details.append(self.people.participant(full))
        anchors = [s for s in c.evidence_spans if s.sent == c.trigger.sent] + [c.trigger.doc[c.trigger.i : c.trigger.i + 1]]
        return Meeting(participants=names, date=c.date or c.day_told_before, location=self.venues.location(c.location, c.venue), participant_details=details,
                       evidence=evidence(c.trigger.sent, anchors), sources=sources(c.evidence_spans))


def find_meetings(doc: Doc, lexicon: Lexicon, places: Places, people: People, settings: LinkingSettings) -> list[Meeting]:
    return MeetingFinder(doc, lexicon, places, people, settings)()


def _owner_of_the_object(person: Span, verb: Token) -> bool:
    """ "X welcomed Y's initiative": a person written as the possessor of a verb's object that is no person is the
    owner of what the verb is about, not the one it was done with."""
    root = person.root
    thing = root.head
    return root.dep_ == "poss" and thing.dep_ == "dobj" and thing.head.i == verb.i and thing.ent_type_ != "PERSON"


def _participle(verb: Token) -> bool:
    """ "X and Y, meeting in Astana on Friday, agreed", "Meeting in Minsk, X and Y signed": a form in -ing heading a
    clause on its subject or on the main verb (the tagger may read a capitalised one a name), with no determiner or
    possessive of a noun."""
    return verb.dep_ in ("acl", "advcl") and verb.lower_.endswith("ing") \
        and not any(c.dep_ in ("det", "poss") for c in verb.children)
