"""Meeting records: who met whom (named people), on which day, in which city.

A meeting is found from its trigger ("met", "received", "summoned", "talks", "a meeting with",
"the session co-chaired by") and its participants are read off the parse: the people in the
trigger's phrase, its subject, and for a noun the subject of the verb it hangs on ("X said at a
meeting with Y"). A pronoun ("X said as he met Y") is the person just before it. Planned meetings
and phone calls are dropped. Mentions of one meeting merge: the same people, or a pointing-back
"during the meeting" / "today's meeting", or "The session was held in Minsk on 26 October. It was
co-chaired by X and Y."
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..records import Meeting
from .evidence import evidence, sources
from .lexicon import Lexicon
from .people import People, surname
from .places import Places
from .syntax import ents_by_sentence, phrase, tree_distance

OTHER_CLAUSES = frozenset({"advcl", "ccomp", "xcomp", "relcl", "parataxis"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her"})
CLIMB_DEPS = {"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "pcomp"}
MAX_PLACE_DISTANCE = 6  # arcs between a meeting's trigger and the city it took place in
DAY_RANGE = re.compile(r"\d\s*[-\u2013]\s*\d")


@dataclass
class Candidate:
    trigger: Token
    people: list[Span]
    anaphoric: bool
    date: str | None = None
    location: str | None = None
    evidence_spans: list[Span] = field(default_factory=list)

    def surnames(self, people: People) -> frozenset[str]:
        return frozenset(surname(people.name(p)) for p in self.people)


class MeetingFinder:
    def __init__(self, doc: Doc, lexicon: Lexicon, places: Places, people: People):
        self.doc = doc
        self.words = lexicon.meetings
        self.places = places
        self.people = people
        self.ents_in = ents_by_sentence(doc)
        self.dates = [e for e in doc.ents if e.label_ == "DATE" and self._day(e)]
        self.persons_in: dict[int, list[Span]] = defaultdict(list)  # by sentence start
        self.dates_in: dict[int, list[Span]] = defaultdict(list)
        for person in people.mentions():
            self.persons_in[person.sent.start].append(person)
        for date in self.dates:
            self.dates_in[date.sent.start].append(date)

    def __call__(self) -> list[Meeting]:
        merged: list[Candidate] = []
        unnamed: tuple[int, Candidate] | None = None  # "The session was held in Minsk on 26 October."
        for n, sent in enumerate(self.doc.sents):
            for trigger in self._triggers(sent):
                candidate = self._candidate(trigger)
                if candidate is None:
                    continue
                if not candidate.people:
                    if candidate.anaphoric and merged:  # "today's meeting" adds to the meeting just reported
                        _complete(merged[-1], candidate)
                    unnamed = (n, candidate)
                    continue
                if unnamed is not None and unnamed[0] == n - 1:  # "... It was co-chaired by X and Y."
                    _complete(candidate, unnamed[1])
                self._merge(merged, candidate)
        return [self._record(c) for c in merged]

    # -- triggers ---------------------------------------------------------------------------------

    def _triggers(self, sent: Span) -> list[Token]:
        w = self.words
        found = []
        for tok in sent:
            low = tok.lower_
            if low in w["verbs"] and tok.pos_ in ("VERB", "AUX"):
                found.append(tok)
            elif low in w["nouns"] and tok.pos_ in ("NOUN", "PROPN", "VERB"):
                found.append(tok)
            elif low in w["with_nouns"] and any(c.lower_ == "with" for c in tok.children):
                found.append(tok)
            elif (low in w["visit_nouns"] and tok.pos_ == "NOUN") or (low in w["two_people_verbs"] and tok.pos_ == "VERB"):
                found.append(tok)
        return [t for t in found if not self._planned(t) and not self._phone(t)]

    def _planned(self, trigger: Token) -> bool:
        """Future or planned: "will meet", "are set to meet", "the upcoming meeting", "agreed to hold talks"."""
        w = self.words
        chain = [trigger] + list(trigger.ancestors)[:3]
        if trigger.pos_ in ("NOUN", "PROPN"):
            if any(c.lower_ in w["future_words"] for c in trigger.children if c.dep_ in ("amod", "compound", "det")):
                return True
            if trigger.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
                return False
            if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lower_ not in w["occurrence_verbs"]:
                return False  # "today's meeting will give momentum" was held; "the session will take place" was not
            chain = [trigger.head] + list(trigger.head.ancestors)[:2]
            if trigger.dep_ == "pobj":
                chain = [trigger.head.head] + list(trigger.head.head.ancestors)[:2]
        for tok in chain:
            if tok.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a in w["future_aux"] for a in auxes) or tok.lower_ in w["future_words"]:
                return True
            if "to" in auxes and tok.head.lower_ in w["future_words"]:
                return True
        return False

    def _phone(self, trigger: Token) -> bool:
        """A call, not a meeting: "phone talks", "held a telephone conversation", "discussed trade in a telephone
        conversation", "during a phone call ... discussed", "by phone"."""
        near = list(trigger.children) + [trigger.head] + list(trigger.head.children)
        near += [g for c in trigger.children if c.dep_ == "prep" for g in c.subtree]
        return any(t.lower_ in self.words["phone_words"] for t in near)

    # -- participants -----------------------------------------------------------------------------

    def _candidate(self, trigger: Token) -> Candidate | None:
        sent = trigger.sent
        is_noun = trigger.pos_ in ("NOUN", "PROPN") or trigger.lower_ in self.words["nouns"]
        if trigger.lower_ in self.words["visit_nouns"]:  # "At the invitation of X, Y paid a visit to ..."
            people = list(self.persons_in[sent.start])
        else:
            people = self._participants(trigger, is_noun)
        if len(people) == 1 and self._with_the_public(trigger):
            return None  # "X met with journalists" is no meeting between sides
        if trigger.lower_ in self.words["visit_nouns"] or trigger.lower_ in self.words["two_people_verbs"]:
            if len({surname(self.people.name(p)) for p in people}) < 2:
                return None  # "X hosted a dinner", "X talked about prices": no meeting without a second person
        heads = self._delegation_heads(trigger, people)
        people += heads
        date, location, anchors = self._when_and_where(trigger)
        if heads and (date is None or location is None):  # "A delegation led by X arrived in Minsk on 2 October."
            head_date, head_location, head_anchors = self._when_and_where(heads[0].root)
            date, location, anchors = date or head_date, location or head_location, anchors + head_anchors
        anaphoric = is_noun and self._anaphoric(trigger)
        return Candidate(trigger, people, anaphoric, date, location, people + anchors)

    def _participants(self, trigger: Token, is_noun: bool) -> list[Span]:
        """People in the trigger's phrase ("met with X", "talks between X and Y", "the session co-chaired by
        X"), plus its subject; a noun trigger takes the subject of the verb it hangs on."""
        word = _whole_word(trigger)
        heads = [trigger, word] + self._subjects(word)
        if is_noun and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            heads += self._subjects(trigger.head)
        if is_noun and trigger.dep_ in ("nsubj", "nsubjpass"):  # "Talks were held between X and Y"
            heads += [c for c in trigger.head.children if c.dep_ == "prep" and c.lower_ in ("between", "with")]
        elif is_noun and trigger.dep_ == "pobj":
            heads += self._subject_above(trigger)
        covered: set[int] = set()
        for head in heads:
            covered.update(phrase(head, without=OTHER_CLAUSES))  # not "X, who replaced Z,"
        people = [p for p in self.persons_in[trigger.sent.start] if p.root.i in covered]
        return people + self._referent_before(trigger, heads, people)

    def _referent_before(self, trigger: Token, heads: list[Token], people: list[Span]) -> list[Span]:
        """ "X is on a visit to Minsk. On 17 September he had talks with Y": a "he" or "she" the sentence does
        not name is the person the sentence before begins with."""
        pronouns = [t for t in heads if t.lower_ in PERSONAL_PRONOUNS and t.dep_ in ("nsubj", "poss")]
        sent = trigger.sent
        if not pronouns or sent.start == 0 or any(p.end <= pronouns[0].i for p in self.persons_in[sent.start]):
            return []
        earlier = self.persons_in[self.doc[sent.start - 1].sent.start][:1]
        return [p for p in earlier if surname(self.people.name(p)) not in {surname(self.people.name(q)) for q in people}]

    def _with_the_public(self, trigger: Token) -> bool:
        counterparts = [g for c in trigger.children if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        counterparts += [c for c in trigger.children if c.dep_ == "dobj"]
        return bool(counterparts) and all(c.lower_ in self.words["not_counterparts"] for c in counterparts)

    def _subjects(self, verb: Token) -> list[Token]:
        """The subject of a verb (or of the verb it is conjoined to); a pronoun ("X said as he met Y") or
        possessive ("X said during his talks") is resolved to the subject of the clause above."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        pronouns = [s for s in subjects if s.pos_ == "PRON"] + [
            c for c in verb.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if not pronouns:
            return subjects
        return subjects + (self._antecedent(pronouns[0]) or self._subject_above(verb))

    def _antecedent(self, pronoun: Token) -> list[Token]:
        """ "X noted as he met Y": the person just before the pronoun in its sentence (wire style puts the
        speaker there, and the parse of long titles is often wrong)."""
        before = [p for p in self.persons_in[pronoun.sent.start] if p.end <= pronoun.i]
        return [before[-1].root] if before else []

    def _subject_above(self, tok: Token) -> list[Token]:
        while tok.dep_ in CLIMB_DEPS or tok.dep_ in ("prep", "pobj"):
            tok = tok.head
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "agent") and c.pos_ != "PRON"]
            if subjects:
                return subjects
        return []

    def _delegation_heads(self, trigger: Token, people: list[Span]) -> list[Span]:
        """The head of a delegation takes part in its meeting: "... met a delegation. The delegation was led by
        X"; and, for a meeting with one named side, "A delegation led by X arrived in Minsk. During the meeting
        with Y ..."."""
        delegation = set(self.words["delegation_words"])
        sent = trigger.sent
        if any(t.lower_ in delegation for t in sent):
            nearby = self.doc[sent.end :].sents if sent.end < len(self.doc) else []
        elif len(people) == 1 and sent.start > 0:
            nearby = [self.doc[sent.start - 1].sent]
        else:
            return []
        for other in nearby:
            words = {t.lower_ for t in other}
            if words & delegation and words & {"led", "headed"}:
                return [p for p in self.persons_in[other.start] if any(a.lower_ == "by" for a in p.root.ancestors)]
        return []

    def _anaphoric(self, trigger: Token) -> bool:
        """ "During the meeting", "today's meeting", "his talks": a noun that points back to a meeting already
        reported rather than naming its own sides ("a meeting with X", "talks between X and Y")."""
        own = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "of")]
        pointer = [c for c in trigger.children if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in self.words["pointing_back"])]
        pointer += [c for c in trigger.children if c.dep_ == "npadvmod" and c.lower_ in self.words["pointing_back"]]
        return bool(pointer) and not own

    # -- date and place ---------------------------------------------------------------------------

    def _day(self, span: Span) -> bool:
        return span._.date is not None and not DAY_RANGE.search(span.text)

    def _when_and_where(self, trigger: Token) -> tuple[str | None, str | None, list[Span]]:
        sent = trigger.sent
        same_day = any(p in sent.text.lower() for p in self.words["same_day_phrases"])
        dates = self.dates_in[sent.start]
        if same_day and not dates:
            earlier = [d for d in self.dates if d.end <= sent.start]
            if earlier:
                where = self._city(earlier[-1].sent, earlier[-1].root)
                return earlier[-1]._.date, where[0] if where else None, [earlier[-1]]
        date = min(dates, key=lambda d: abs(d.root.i - trigger.i)) if dates else None
        published = self.doc._.published
        if date is None and any(t.lower_ in self.words["today_words"] for t in sent) and published:
            value = published
        elif date is not None and published and _weekday(published) in date.text.lower():
            value = published  # "on Friday" in a Friday's article is that day, not the week before
        else:
            value = date._.date if date is not None else None
        city = self._city(sent, trigger)
        return value, city[0] if city else None, [date] if date is not None else []

    def _city(self, sent: Span, anchor: Token) -> list[str]:
        """Cities written "in/at/to X" near `anchor` in the parse, nearest first ("met in Astana", "a meeting
        held in Nur-Sultan", "a visit to Minsk"); not a city in a name ("Minsk City Executive Committee")
        or far off in the sentence ("to discuss a plant in Kostanay")."""
        orgs = [e for e in self.ents_in[sent.start] if e.label_ == "ORG"]
        found = []
        for place in self.places.within(sent):
            token = self.doc[place.start]
            if place.kind != "city" or any(o.start <= place.start < o.end for o in orgs):
                continue
            prep = next((a for a in list(token.ancestors)[:3] if a.dep_ == "prep"), None)
            if prep is None or prep.lower_ not in self.words["place_preps"] or not self._event_word(prep.head):
                continue  # "a tractor plant in Kostanay" is where the plant is, not the meeting
            distance = tree_distance(anchor, token)
            if distance <= MAX_PLACE_DISTANCE:
                found.append((distance, place.name))
        return [name for _, name in sorted(found)]

    def _event_word(self, token: Token) -> bool:
        """A verb, a noun that names a meeting or visit, or a participant ("the meeting of X and Y in Astana",
        parsed as Y in Astana): what "in Astana" can tell the place of."""
        w = self.words
        return token.pos_ in ("VERB", "AUX") or token.ent_type_ == "PERSON" or token.lower_ in w["nouns"] \
            or token.lower_ in w["visit_nouns"] or token.lower_ in w["with_nouns"]

    # -- merging and records ----------------------------------------------------------------------

    def _merge(self, merged: list[Candidate], new: Candidate) -> None:
        """Join a mention to the meeting it restates: the latest with the same people; for a mention that
        points back ("The meeting was attended by X"), the latest that has its people, else the latest."""
        names = new.surnames(self.people)
        earlier = [old for old in reversed(merged) if old.date is None or new.date is None or old.date == new.date]
        same = next((old for old in earlier if old.surnames(self.people) == names), None)
        if same is None and new.anaphoric and earlier:
            same = next((old for old in earlier if names <= old.surnames(self.people)), earlier[0])
        if same is None:
            merged.append(new)
            return
        _complete(same, new)
        known = same.surnames(self.people)  # one span per person, so that restatements do not pile up
        same.people += [p for p in new.people if surname(self.people.name(p)) not in known]

    def _record(self, c: Candidate) -> Meeting:
        names, details = [], []
        for span in sorted(c.people, key=lambda s: s.start):
            name = self.people.name(span)
            if surname(name) not in {surname(n) for n in names}:
                names.append(name)
                details.append(self.people.participant(span))
        anchors = [s for s in c.evidence_spans if s.sent == c.trigger.sent] + [c.trigger.doc[c.trigger.i : c.trigger.i + 1]]
        dateline = self.doc._.dateline
        location = c.location or (dateline.city if dateline else None)
        return Meeting(participants=names, date=c.date, location=location, participant_details=details,
                       evidence=evidence(c.trigger.sent, anchors), sources=sources(c.evidence_spans))


def _whole_word(token: Token) -> Token:
    """The head of a hyphenated verb the tokenizer split: in "X co-chaired" the parser may hang "chaired" on "co"
    and give "co" the subject."""
    if token.i >= 2 and token.nbor(-1).text == "-" and token.head.i == token.i - 2:
        return token.head
    return token


def _weekday(iso_date: str) -> str:
    return dt.date.fromisoformat(iso_date).strftime("%A").lower()


def _complete(meeting: Candidate, other: Candidate) -> None:
    """Fill what a meeting lacks from another mention of it."""
    meeting.date = meeting.date or other.date
    meeting.location = meeting.location or other.location
    known = set(meeting.evidence_spans)
    meeting.evidence_spans += [s for s in other.evidence_spans if s not in known]


def find_meetings(doc: Doc, lexicon: Lexicon, places: Places, people: People) -> list[Meeting]:
    return MeetingFinder(doc, lexicon, places, people)()
