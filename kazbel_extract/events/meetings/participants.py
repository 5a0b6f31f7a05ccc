"""Who takes part in a meeting, read off the parse of its trigger.

The people in the trigger's phrase ("met with X", "talks between X and Y", "the session co-chaired by
X"), its subject, and for a noun the subject of the verb it hangs on and that verb's "with" or
"between" ("X said at a meeting with Y"); pronouns there are the people they stand for. Not a person
cited as a source ("According to X"), one who sent a side ("on behalf of X", "a message from X") nor a
reporter the parser hung on a counterpart.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..syntax import OTHER_CLAUSES, SUBJECTS, phrase
from .counterparts import DescribedCounterparts, Description
from .people import People, surname, titled_person
from .pronouns import Pronouns
from .stranded_names import StrandedNames
from .subjects import subject_above, subjects
from .visit_sides import VisitSides

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


class Participants:
    """Decides the people a meeting mention names itself, and whether it points back at a meeting reported
    before rather than naming its own sides."""

    def __init__(self, doc: Doc, words: dict, people: People, persons_in: dict[int, list[Span]], pronouns: Pronouns):
        self.doc = doc
        self.words = words
        self.people = people
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.pronouns = pronouns
        self.described = DescribedCounterparts(doc, words, people, persons_in, pronouns)  # "his Kazakh counterpart"
        self.stranded = StrandedNames(doc, people, persons_in, self.distinct)  # names a long title cut off
        self.visit_sides = VisitSides(words, persons_in, pronouns.settings.pronoun_sentences_back, people)  # "the guest"

    def source(self, person: Span) -> bool:
        """ "According to X, ...": a person cited as the source of what is said takes no part. Read from the
        words of the phrase before the name (up to a comma), since the parser often hangs the name elsewhere."""
        tok = person.start - 1
        while tok >= person.sent.start and not self.doc[tok].is_punct:
            if self.doc[tok].lower_ in self.words["source_words"]:
                return True
            tok -= 1
        return False

    def of(self, trigger: Token, is_noun: bool) -> tuple[list[Span], bool, list[Description]]:
        """People in the trigger's phrase ("met with X", "talks between X and Y", "the session co-chaired by
        X"), plus its subject; a noun trigger takes the subject of the verb it hangs on and that verb's "with"
        or "between" ("X held talks on Monday with Y"). Pronouns in these phrases are the people they stand
        for; the second value says whether the speaker's counterpart is only a "you", the third the sides told
        only by title that stand for no one the article names so ("X said on meeting the President of
        Kazakhstan")."""
        word = _whole_word(trigger)
        heads = [trigger, word] + subjects(word)
        if not is_noun and len(heads) == 2:  # "Speaking after meeting Y, X said"
            heads += subject_above(word)
        noun = _quantified(trigger) if is_noun else trigger  # "held a series of talks with Y"
        misread = noun.dep_ in ("ccomp", "xcomp") and noun.head.lower_ in self.words["occurrence_verbs"]
        if is_noun and (noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") or misread):  # "X, Y hold talks", "talks" read a verb
            heads += subjects(noun.head)
            heads += [c for c in noun.head.children if c.dep_ == "prep" and (c.lower_ in ("between", "with")
                                                                          or self._under_chairing(c))]
            # "with the participation of X" hung on another word ("continued in an expanded format with ...")
            heads += [t for t in noun.head.subtree if t.lower_ in self.words["attendance_nouns"]]
        elif is_noun and noun.dep_ == "pobj" and noun.head.lower_ not in self.words["topic_preps"] \
                and (not self._ahead_of(trigger)  # "X told Y at the talks", not "X told me about your talks"
                     or any(t.ent_type_ == "PERSON" for t in trigger.subtree)):
            heads += subject_above(noun)
            heads += _told_to(_verb_of_phrase(noun), self.words, self.persons_in[trigger.sent.start],
                              self.people.title_words)
        own_verb = word if not is_noun else noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") \
            else _verb_of_phrase(noun) if noun.dep_ == "pobj" else None
        if own_verb is not None:  # "X met Y on 3 May, accompanied by Z": a participle closing the clause brings Z
            heads += [c for c in own_verb.children if c.dep_ in ("advcl", "acl") and c.lower_ in self.words["accompanying_verbs"]
                      and any(g.dep_ == "agent" for g in c.children)]
        if is_noun:  # "talks, which were joined by Z", "the meeting, attended by Z": a clause on the meeting of who took part
            heads += [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lower_ in self.words["attending_verbs"]]
        covered: set[int] = set()
        for head in heads:
            covered.update(phrase(head, without=OTHER_CLAUSES))  # not "X, who replaced Z,"
        covered |= self._members(covered)  # "The delegation, which included X and Y, held talks"
        if word.lower_ in self.words["topic_verbs"]:  # "X and Y discussed the visit of Z": Z is the topic's
            covered -= _topic_words(word) | self._events_talked_of(word)
        senders = [self.doc[i] for i in covered if self.doc[i].lower_ in self.words["sending_nouns"]
                   and self.doc[i].pos_ == "NOUN" and self.doc[i].i != trigger.i]
        covered -= {t.i for noun in senders for t in noun.subtree}  # "on behalf of X", "a message from X"
        # a name the parser split ("Park Ji-hoon" of "his counterpart Park Ji-hoon", its last part hung on another
        # verb) is in the phrase when its first word is
        people = [p for p in self.persons_in[trigger.sent.start] if (p.root.i in covered or p.start in covered)
                  and not _reporter(p) and not self.source(p)]
        people += self.stranded.cut_off(covered, trigger.sent)
        people += [p for i in sorted(covered) for p in self.described.unnamed(self.doc[i])]
        sides = {i: side for i in sorted(covered) if (side := self.described.description(self.doc[i])) is not None}
        titled = {i: self.described.titled(self.doc[i], side) for i, side in sides.items()}
        people += [p for found in titled.values() for p in found]
        told = {i for p in people for i in range(p.start, p.end)}  # "the President of Kazakhstan" the actors tied to Y
        described = [sides[i] for i, found in titled.items() if not found and i not in told]
        verb = trigger if not is_noun else noun.head if noun.dep_ in ("dobj", "attr") else None
        if verb is not None and verb.pos_ == "VERB" and verb.dep_ == "ROOT" and not any(c.dep_ in SUBJECTS
                                                                                         for c in verb.children):
            people += self.stranded.just_before(verb)
        people += [p for i in sorted(covered) for p in self.visit_sides.referent(self.doc[i])]  # "talks with the guest"
        named = list(people)
        pronouns = [self.doc[i] for i in sorted(covered) if self.doc[i].pos_ == "PRON"]
        addressed = False
        for pronoun in pronouns:
            if pronoun.lower_ in self.pronouns.kinds["addressee"]:
                counterpart = self.pronouns.spoken_to(pronoun)
                people += counterpart
                addressed = addressed or not counterpart
                if pronoun.head.i == word.i and not any(p.ent_type_ == "PERSON" for p in heads[2:]):
                    people += self.pronouns.referent_of_speaker(pronoun)  # "'a pleasure to meet you,' X told Y": X met Y
            else:  # "Later he held talks with Y": a side other than Y's, where the sentences before name one
                people += self.pronouns.referent(pronoun, named if pronoun.dep_ in SUBJECTS else ())
        people = [p for p in people if not _owner_of_a_title(p, people, trigger)]
        return self.distinct(people), addressed, described

    def taken(self, person: Span, trigger: Token, is_noun: bool) -> bool:
        """Whether the meeting's predicate itself takes a person, as it must a relative (`People.kin`) to be a side:
        the subject or object of its verb ("X and his wife Z received Y", "met Y and his wife Z"), in its "with",
        "between" or "of" ("talks with Y and his spouse Z"), the agent of its passive or of a verb of attending the
        meeting ("the talks were attended by his son Z", "It was attended by ...", "with the participation of his
        son Z"); not the agent of a clause accompanying someone ("accompanied by his daughter Z")."""
        tok = person.root
        if tok.dep_ in ("appos", "compound") and tok.head.is_lower:  # "his son Z": the kinship noun stands for Z
            tok = tok.head
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        noun = _quantified(trigger) if is_noun else None
        verbs = {_whole_word(trigger).i, trigger.i} if noun is None else \
            {noun.head.i} if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else set()
        head = tok.head
        if tok.dep_ in (*SUBJECTS, "dobj", "dative"):
            return head.i in verbs
        if tok.dep_ != "pobj":
            return False
        if head.lower_ in ("with", "between", "of") and (head.head.i in verbs or (noun is not None and head.head.i == noun.i)):
            return True
        if head.lower_ == "of" and head.head.lower_ in self.words["attendance_nouns"]:
            return True
        verb = head.head
        return head.dep_ == "agent" and (verb.i in verbs or verb.lower_ in self.words["attending_verbs"] and (
            any(c.dep_ in SUBJECTS and (c.lower_ == "it" or c.lower_ in self.words["nouns"]) for c in verb.children)
            or (verb.dep_ in ("relcl", "acl") and verb.head.lower_ in self.words["nouns"])))

    def _members(self, covered: set[int]) -> set[int]:
        """ "The Kazakh delegation, which included X and Y, held talks", "a delegation that was headed by X": the
        objects or agents of a membership or leading verb in a relative clause on a delegation word of the phrase
        are its members, who take part."""
        found: set[int] = set()
        verbs = set(self.words["membership_verbs"]) | set(self.words["leading_verbs"])
        for i in covered:
            if self.doc[i].lower_ not in self.words["delegation_words"]:
                continue
            for clause in (c for c in self.doc[i].children if c.dep_ == "relcl" and c.lower_ in verbs):
                for part in (c for c in clause.children if c.dep_ in ("dobj", "agent")):
                    found.update(t.i for t in part.subtree)
        return found

    def talked_of(self, token: Token) -> bool:
        """ "X and Y discussed the schedule, including the visit of Z": a word in what a verb of talking is about."""
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "prep"), None)  # not "including"
        return verb is not None and verb.lower_ in self.words["topic_verbs"] \
            and token.i in _topic_words(verb) | self._events_talked_of(verb)

    def _events_talked_of(self, verb: Token) -> set[int]:
        """ "discussed the schedule of contacts, including the visit of Z": a visit or gathering written after a verb
        of talking, wherever the parser hung it (not "during" it), is what was talked of; the people in its phrase
        take no part."""
        events = set(self.words["visit_nouns"]) | set(self.words["gathering_nouns"])
        found: set[int] = set()
        for tok in verb.subtree:
            if tok.i > verb.i and tok.lower_ in events and tok.pos_ == "NOUN" \
                    and not (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at", "on", "amid")):
                found.update(t.i for t in tok.subtree)
        return found

    def _ahead_of(self, noun: Token) -> bool:
        """ "On the eve of the session", "prior to the meeting": a time before a meeting that names no one; who the
        sentence says did something then did not by that take part ("ahead of the talks with Y, X said" names the
        sides)."""
        prep = noun.head
        ahead = self.words["ahead_words"]
        return prep.dep_ == "prep" and (prep.lower_ in ahead or (prep.lower_ in ("of", "to", "for")
                                                                 and prep.head.lower_ in ahead))

    def _under_chairing(self, prep: Token) -> bool:
        """ "held under the chairmanship of X and Y": an "under" whose phrase is a chairing noun's."""
        return prep.lower_ == "under" and any(t.lower_ in self.words["chairing_nouns"] for t in prep.subtree)

    def side_before(self, trigger: Token, people: list[Span]) -> list[Span]:
        """The other side of "the talks with Y" that names no one else: the last subject of the sentences before
        ("X arrived in Beijing. The talks with Y took place ...")."""
        if len(people) != 1 or not _in_with_phrase(people[0], _quantified(trigger)):
            return []
        return self.pronouns.last_subject_before(trigger.sent)

    def distinct(self, people: list[Span]) -> list[Span]:
        """One mention per person, the first."""
        seen, out = set(), []
        for person in people:
            key = surname(self.people.name(person))
            if key not in seen:
                seen.add(key)
                out.append(person)
        return out

    def counterparts(self, verb: Token) -> list[Token]:
        """The objects of a meeting verb: "met X", "met with X", "received X"."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return objects + [g for c in verb.children if c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]

    def _definite(self, noun: Token) -> bool:
        return any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
                   for c in noun.children)

    def with_the_public(self, trigger: Token) -> bool:
        """ "X met with journalists", "X told a briefing during the session": the counterparts of the trigger, or
        of the verb a "during/at the meeting" hangs on, are all the public."""
        verbs = [trigger] + ([trigger.head.head] if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else [])
        counterparts = [c for v in verbs for c in self.counterparts(v)]
        return bool(counterparts) and all(c.lower_ in self.words["not_counterparts"] for c in counterparts)

    def told_of_a_meeting_before(self, trigger: Token) -> bool:
        """ "The session was chaired by X", "The talks were co-chaired by X and Y": a passive verb whose subject is
        a meeting noun pointing back tells more of the meeting already reported, not a meeting of its own."""
        verb = _whole_word(trigger)
        auxiliaries = [t for t in verb.subtree if t.dep_ == "auxpass" and t.i < verb.i]
        if not auxiliaries:
            return False
        # the parser may hang the subject on an auxiliary of a split "co-chaired"
        return any(c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in self.words["nouns"] and self.anaphoric(c)
                   for head in (verb, *auxiliaries) for c in head.children)

    def anaphoric(self, trigger: Token) -> bool:
        """ "During the meeting", "today's meeting", "his talks": a noun that points back to a meeting already
        reported rather than naming its own sides ("a meeting with X", "talks between X and Y"); "on meeting the
        President of Kazakhstan", "met his counterpart": a verb whose counterpart is a person already named."""
        if trigger.pos_ in ("VERB", "AUX"):
            return any(self._definite(c) and c.ent_type_ != "PERSON" for c in self.counterparts(trigger))
        own = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "of")]
        pointer = [c for c in trigger.children if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in self.words["pointing_back"])]
        pointer += [c for c in trigger.children if c.dep_ == "npadvmod" and c.lower_ in self.words["pointing_back"]]
        return bool(pointer) and not own


def _whole_word(token: Token) -> Token:
    """The head of a hyphenated verb the tokenizer split: in "X co-chaired" the parser may hang "chaired" on "co"
    and give "co" the subject."""
    if token.i >= 2 and token.nbor(-1).text == "-" and token.head.i == token.i - 2:
        return token.head
    return token


def _owner_of_a_title(person: Span, people: list[Span], trigger: Token) -> bool:
    """ "attended by Vladimir Putin's envoy Y", "met Z's adviser Y": a person written as the possessor of the title
    of another person of the phrase is named to say whose that title is, and takes no part (but "X's talks with Y"
    are X's)."""
    root = person.root
    if root.dep_ != "poss" or root.head.i == trigger.i or root.head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = root.head
    return any(other is not person and other.root.i != root.i
               and (head.i in {t.i for t in other.root.subtree} or other.root.i in {t.i for t in head.subtree})
               for other in people)


def _reporter(person: Span) -> bool:
    """ "X met Y, press secretary Z wrote": a name the parser hung on a counterpart as an apposition but that is
    the subject of the finite verb right after it, a verb with no subject of its own. Not a close apposition, one
    with no comma between it and its noun ("his Kazakh counterpart Y was received", "X and his counterpart Y
    co-chaired"): that names the noun."""
    doc = person.doc
    if person.root.dep_ != "appos" or person.end >= len(doc):
        return False
    noun = person.root.head
    if noun.i < person.start and not any(t.text == "," for t in doc[noun.i + 1 : person.start]):
        return False
    verb = doc[person.end]
    return verb.tag_ in FINITE_TAGS and not any(c.dep_ in SUBJECTS for c in verb.children)


def _told_to(verb: Token, words: dict, persons: list[Span], title_words: set[str]) -> list[Token]:
    """ "X told Y at the talks", "held talks with Y via videoconference", "X said to Y at the meeting": a person the
    verb a meeting noun's phrase hangs on is told to (also one a title names: "told Prime Minister of Kazakhstan Y"),
    or the meeting it holds; not one in another object's phrase ("During the meeting, X noted the role of Z",
    "recalled his talks with Z")."""
    holds = verb.lower_ in words["occurrence_verbs"]
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")
             and (c.ent_type_ == "PERSON" or (holds and c.lower_ in words["nouns"]) or titled_person(c, persons, title_words))]
    return heads + [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or titled_person(g, persons, title_words)) for g in c.children)]


def _topic_words(verb: Token) -> set[int]:
    """The words of what a verb of talking has as its object ("discussed the visit of Z"), or as its passive subject
    ("the agenda of the talks between Y and Z was discussed by the ministers"), but a "with" or "between" phrase the
    parser hung on an object ("discussed trade with Y", hung on "trade")."""
    topics = [c for c in verb.children if c.dep_ == "dobj"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    sides = {t.i for c in topics for w in c.subtree if w.dep_ == "prep" and w.lower_ in ("with", "between")
             for t in w.subtree}
    return ({t.i for c in topics for t in c.subtree} - sides) | {t.i for c in passive for t in c.subtree}


def _verb_of_phrase(noun: Token) -> Token:
    """The word a meeting noun's prepositional phrase hangs on, past the nouns it is a part of: "told Y at the talks"
    and "told Y at the start of the talks" give "told"."""
    head = noun.head.head
    while head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.i:
        head = head.head.head
    return head


def _in_with_phrase(person: Span, noun: Token) -> bool:
    """ "The talks with Y": the person is the noun's own "with" object, and the noun names no other side."""
    prep = person.root.head
    while prep.dep_ in ("conj", "appos", "compound") and prep.head.i != prep.i:
        prep = prep.head
    return prep.lower_ == "with" and prep.head.i == noun.i


def _quantified(noun: Token) -> Token:
    """The noun that stands for a trigger in the clause: "a series of talks", "a number of meetings"."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun



