"""The words that report a meeting, and the ones that report none.

A trigger is a meeting verb ("met", "received", "summoned"), a meeting noun ("talks", "the session"),
a noun with "with" ("a meeting with"), a verb of two people ("hosted") or a visit noun. A planned
meeting, a phone call, an event for the public, the session of a forum or conference and meetings held
again and again are no trigger.
"""
from __future__ import annotations

import datetime as dt
from itertools import islice

from spacy.tokens import Span, Token

from ..clause import Grammar, read_verb
from ..settings import LinkingSettings
from ..syntax import CLAUSES, SUBJECTS, phrase, token_words
from .day_mentions import article_day, with_year
from .place_links import sidelines_of
from .visit_days import path_up


class Triggers:
    """Decides which words of a sentence report a meeting that was held."""

    def __init__(self, words: dict, grammar: Grammar, dates_in: dict[int, list[Span]], settings: LinkingSettings):
        self.words = words
        self.grammar = grammar
        self.dates_in = dates_in  # the day dates of each sentence, by sentence start
        self.settings = settings
        self.trigger_words = {word for key in ("verbs", "nouns", "with_nouns", "two_people_verbs", "visit_nouns",
                                               "phrase_verbs")
                              for word in words[key]}  # one test per word before the rules of each kind

    def of(self, sent: Span) -> list[Token]:
        """The triggers of a sentence, in text order."""
        w = self.words
        found = []
        lower = token_words(sent.doc).lower
        for tok in sent:
            low = lower[tok.i]
            if low not in self.trigger_words:
                continue
            if low in w["verbs"] and tok.pos_ in ("VERB", "AUX") and not self._satisfies(tok) and not _habitual(tok):
                found.append(tok)
            elif low in w["nouns"] and tok.pos_ in ("NOUN", "PROPN", "VERB"):
                found.append(tok)
            elif low in w["with_nouns"] and any(c.lower_ == "with" for c in tok.children):
                found.append(tok)
            elif (low in w["two_people_verbs"] and tok.pos_ == "VERB" and _finite(tok)) \
                    or (low in w["visit_nouns"] and tok.pos_ == "NOUN"):
                found.append(tok)
            elif low in w["phrase_verbs"] and tok.pos_ == "VERB" and self._phrase_of_meeting(tok, w["phrase_verbs"][low]):
                found.append(tok)
        verbs = {t.i for t in found if t.pos_ in ("VERB", "AUX") and t.lower_ in w["verbs"]}  # "met", not "discussed"
        found = [t for t in found if not _in_phrase_of(t, verbs)]
        found = [t for t in found if not (t.pos_ in ("NOUN", "PROPN") and sidelines_of(t, w["sidelines_nouns"]))]
        return [t for t in found if not self.planned(t) and not self._phone(t) and not self._public_event(t)
                and not self._repeated(t) and not self._of_public_gathering(t) and not self._not_held(t)]

    def _not_held(self, trigger: Token) -> bool:
        """A meeting said not to have taken place: "X did not meet Y", "they have never met", "no talks were held",
        "the talks were cancelled", "postponed the meeting", "X failed to meet Y", "refused to hold talks" (but "not
        only met Y but also ..." was held). The negation or the calling off is on the trigger's own verb: the
        trigger, or the verb of holding a meeting noun is the subject or object of ("did not take place")."""
        w = self.words
        verb = trigger
        if trigger.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
                return True
            if trigger.dep_ not in ("dobj", "nsubj", "nsubjpass"):
                return False
            verb = trigger.head
            if verb.lower_ in w["unheld_verbs"]:
                return True
            if verb.lower_ not in w["occurrence_verbs"]:
                return False  # "the talks were not easy", "the meeting did not end there": held
        if verb.dep_ == "xcomp" and verb.head.lower_ in w["unheld_verbs"]:
            return True
        return any((c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in self.grammar.negations))
                   and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only") for c in verb.children)

    def _phrase_of_meeting(self, verb: Token, words: dict) -> bool:
        """ "exchanged views with Y", "sat down with Y", "granted an audience to Y": the verb's object or particle
        is the word of the phrase, and the preposition of the counterpart hangs on the verb or on that word ("by"
        in the passive: "was granted an audience by Y")."""
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        for word in verb.children:
            prep = words.get(word.lower_) if word.dep_ in ("dobj", "prt") else None
            preps = {prep, "by"} if passive else {prep}
            if prep and any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps for c in (*verb.children, *word.children)):
                return True
        return False

    def _satisfies(self, verb: Token) -> bool:
        """ "does not meet our potential", "met the target": "meet" with an object it satisfies, no meeting."""
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.words["satisfied_nouns"] for c in verb.children)

    def _repeated(self, trigger: Token) -> bool:
        """ "During our meetings we always agree", "his meetings with investors": a plural of a one-event noun with a
        possessive and no day in its sentence tells meetings held again and again, none in particular."""
        return trigger.lower_ in self.words["repeated_nouns"] and not self.dates_in[trigger.sent.start] and any(
            c.dep_ == "poss" for c in trigger.children)

    def _public_event(self, trigger: Token) -> bool:
        """A press conference, a media briefing: an event for the public, not a meeting of the sides."""
        return any(c.lower_ in self.words["not_counterparts"] for c in trigger.children if c.dep_ in ("compound", "amod"))

    def _of_public_gathering(self, trigger: Token) -> bool:
        """ "The plenary session of the forum", "the forum's session", "the conference session": a session of a
        gathering open to many is that gathering, no meeting of the sides (a session of a council or commission is
        one); so is "the plenary session" of a text whose last gathering named is a forum."""
        if trigger.pos_ not in ("NOUN", "PROPN"):
            return False
        owners = [c for c in trigger.children if c.dep_ in ("poss", "compound")]
        owners += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if any(o.lower_ in self.words["public_gatherings"] for o in owners):
            return True
        plenary = any(c.lower_ in self.words["plenary_words"] for c in trigger.children if c.dep_ in ("amod", "compound"))
        return plenary and not owners and self._last_gathering_is_public(trigger)

    def _last_gathering_is_public(self, trigger: Token) -> bool:
        """ "The forum brought together 300 companies. Speaking at the plenary session, ...": whether the gathering or
        body named last before a session that names none is a public gathering (a council's session is a meeting)."""
        w = self.words
        for tok in reversed(trigger.doc[: trigger.i]):
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in w["public_gatherings"]:
                return True
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in w["session_bodies"]:
                return False
        return False

    def planned(self, trigger: Token) -> bool:
        """Future, planned or possible: "will meet", "could meet", "are set to meet", "is to hold talks", "the upcoming meeting", "talks
        are scheduled for May", "a meeting is being prepared", "agreed to hold talks" (but "it was agreed at the
        talks" reports a held meeting)."""
        w = self.words
        heads = self.settings.planned_cue_heads
        chain = [trigger, *islice(trigger.ancestors, heads)]
        own = trigger  # the verb whose event the trigger is: the trigger, or the verb a meeting noun is the object of
        if trigger.pos_ in ("NOUN", "PROPN"):
            if any(c.lower_ in w["future_words"] for c in trigger.children if c.dep_ in ("amod", "compound", "det")):
                return True
            if trigger.dep_ == "pobj" and trigger.head.lower_ in ("for", "of") \
                    and trigger.head.head.lower_ in w["preparation_nouns"]:
                return True  # "the preparations for the talks between X and Y": talks still to come
            if trigger.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
                return False
            if trigger.dep_ == "nsubjpass" and trigger.head.lower_ in w["planning_verbs"]:
                return True  # "a meeting between X and Y is being prepared", "talks were proposed"
            if trigger.dep_ in SUBJECTS and trigger.head.lower_ not in w["occurrence_verbs"]:
                return False  # "today's meeting will give momentum" was held; "the session will take place" was not
            verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
            chain = [verb, *islice(verb.ancestors, heads - 1)]
            own = verb if trigger.dep_ != "pobj" else trigger
        for tok in chain:
            if tok.pos_ not in ("VERB", "AUX", "ADJ"):
                continue
            auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(a in self.grammar.future_auxiliaries for a in auxes) or tok.lower_ in w["future_words"]:
                return True
            if tok.pos_ == "AUX" and any(c.dep_ == "acomp" and c.lower_ in w["future_words"] for c in tok.children):
                return True  # "a meeting between X and Y is possible in July"
            if tok.i == own.i and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
                return True  # "could meet", "may hold talks": possible, not held (not "during the talks they could agree")
            if tok.i == own.i and self._arranged_progressive(tok):
                return True
            if "to" in auxes and tok.head.lower_ in w["planning_verbs"]:
                return True
            if "to" in auxes and tok.dep_ == "advcl" and tok.lower_ in w["attendance_infinitives"] \
                    and self._present_stay(tok.head):
                return True  # "X is in Astana to attend the meeting", "has arrived in Minsk to take part in the session"
            if "to" in auxes and tok.dep_ == "xcomp" and _arranged(tok.head, w["arranged_copulas"]):
                return True  # "X is to hold talks with Y", "the leaders are to meet": arranged, not held
        return False

    def _present_stay(self, verb: Token) -> bool:
        """ "X is in Astana to attend the session", "X has come to Astana to take part in the meeting": a stay or a
        journey told in the present, whose purpose is to attend the meeting, tells it still to come (a past journey,
        "X travelled to Astana to hold talks", tells it held)."""
        stay = verb.lower_ in self.words["travel_verbs"] or verb.lower_ in self.words["arranged_copulas"]
        return stay and read_verb(verb, self.grammar).tense == "present"

    def _arranged_progressive(self, verb: Token) -> bool:
        """ "X and Y are meeting in Astana next week", "X is holding talks with Y on Thursday": a present progressive
        with a day of its own is arranged for that day, not held; with a day of now ("is meeting Y today", "on Monday"
        in a Monday's story) or none ("the presidents are meeting in Astana") it tells the meeting as it goes on."""
        reading = read_verb(verb, self.grammar)
        if reading.tense != "present" or not reading.progressive:
            return False
        now = {words for words, days in self.words["relative_days"].items() if days == 0}
        today = with_year(article_day(verb.doc))
        if today:  # "is meeting Y on Monday" in a Monday's story: going on
            now |= {dt.date.fromisoformat(today).strftime("%A").lower()}
        days = [d for d in verb.sent.ents if d.label_ in ("DATE", "TIME")
                and any(a.i == verb.i for a in d.root.ancestors) and not any(a.dep_ in CLAUSES for a in path_up(d.root, verb))]
        return any(d.text.lower() not in now for d in days)

    def _phone(self, trigger: Token) -> bool:
        """A call, not a meeting: "phone talks", "held a telephone conversation", "discussed trade in a telephone
        conversation", "during a phone call ... discussed", "by phone"; also where the parser hung the call's phrase
        lower in the clause ("discussed the preparations for the summit in a telephone conversation"): a phone word
        in a prepositional phrase of the trigger's verb, not in a clause of its own."""
        near = list(trigger.children) + [trigger.head] + list(trigger.head.children)
        near += [g for c in trigger.children if c.dep_ == "prep" for g in c.subtree]
        if any(t.lower_ in self.words["phone_words"] for t in near):
            return True
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        clause = [verb.doc[i] for i in phrase(verb, without=CLAUSES)]
        return any(t.lower_ in self.words["phone_words"] and _in_prepositional_phrase(t) for t in clause)


def _habitual(verb: Token) -> bool:
    """ "Y, who co-chairs the intergovernmental commission, ...", "the council he chairs": a meeting verb in the
    simple present of a relative clause tells a role or a habit, not a meeting held."""
    words = [verb]
    if verb.i >= 2 and verb.nbor(-1).text == "-":  # "co-chairs" split by the tokenizer: the parser may read "co" the verb
        words.append(verb.nbor(-2))
    return any(w.dep_ == "relcl" and w.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in w.children)
               for w in words)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own: "discussed", a headline's "X and Y discuss trade" (the tagger may read it a
    bare form, but it has its own subject); not the infinitive of "met Y to discuss trade"."""
    return verb.tag_ != "VB" or (any(c.dep_ in SUBJECTS for c in verb.children)
                                 and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _arranged(copula: Token, copulas: list[str]) -> bool:
    """ "X is to hold talks", "talks were to be held": a form of "be" whose only complement is the verb with "to"; not
    "it is good to meet you", "we are glad to meet", "the aim was to hold talks" (an adjective, a noun or "it" of
    its own)."""
    return copula.lower_ in copulas and not any(
        c.dep_ in ("acomp", "attr", "expl") or (c.dep_ in SUBJECTS and c.lower_ == "it") for c in copula.children)


def _in_phrase_of(trigger: Token, verbs: set[int]) -> bool:
    """ "X met Y via videoconference", "X received Y for talks", "X co-chaired the meeting of the commission": a
    meeting noun in a phrase of a meeting verb, or its object, tells how that meeting was held, not another one."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    return (trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" and trigger.head.head.i in verbs) \
        or (trigger.dep_ == "dobj" and trigger.head.i in verbs)


def _in_prepositional_phrase(token: Token) -> bool:
    """ "in a telephone conversation", "over the phone": a word that is, or modifies, the object of a preposition."""
    noun = token.head if token.dep_ in ("compound", "amod") else token
    return noun.dep_ == "pobj"
