"""Who takes part in a meeting, read off the parse of its trigger.

The people in the trigger's phrase ("met with X", "talks between X and Y", "the session co-chaired by
X"), its subject, and for a noun the subject of the verb it hangs on and that verb's "with" or
"between" ("X said at a meeting with Y"); pronouns there are the people they stand for. Not a person
cited as a source ("According to X"), one who sent a side ("on behalf of X", "a message from X") nor a
reporter the parser hung on a counterpart.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..text import DASHES
from .meeting_pronouns import Pronouns
from .people import People, surname
from .syntax import OTHER_CLAUSES, SUBJECTS, phrase

CLIMB_DEPS = {"advcl", "ccomp", "xcomp", "conj", "relcl", "acl", "pcomp"}
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
TITLE_LINKS = frozenset({"of", "the", "for", "to", "and", *DASHES})  # "Minister of Trade and Integration"


class Participants:
    """Decides the people a meeting mention names itself, and whether it points back at a meeting reported
    before rather than naming its own sides."""

    def __init__(self, doc: Doc, words: dict, people: People, persons_in: dict[int, list[Span]], pronouns: Pronouns):
        self.doc = doc
        self.words = words
        self.people = people
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.pronouns = pronouns
        self.counterpart_words = set(people.lexicon.tables["titles"]["counterpart_words"])  # "his Kazakh counterpart"
        titles = people.lexicon.tables["titles"]
        self.office_of = {**titles["titles"], **{phrase.casefold(): office for phrase, office in titles["role_phrases"].items()}}

    def source(self, person: Span) -> bool:
        """ "According to X, ...": a person cited as the source of what is said takes no part. Read from the
        words of the phrase before the name (up to a comma), since the parser often hangs the name elsewhere."""
        tok = person.start - 1
        while tok >= person.sent.start and not self.doc[tok].is_punct:
            if self.doc[tok].lower_ in self.words["source_words"]:
                return True
            tok -= 1
        return False

    def of(self, trigger: Token, is_noun: bool) -> tuple[list[Span], bool]:
        """People in the trigger's phrase ("met with X", "talks between X and Y", "the session co-chaired by
        X"), plus its subject; a noun trigger takes the subject of the verb it hangs on and that verb's "with"
        or "between" ("X held talks on Monday with Y"). Pronouns in these phrases are the people they stand
        for; the second value says whether the speaker's counterpart is only a "you"."""
        word = _whole_word(trigger)
        heads = [trigger, word] + self._subjects(word)
        if not is_noun and len(heads) == 2:  # "Speaking after meeting Y, X said"
            heads += self._subject_above(word)
        noun = _quantified(trigger) if is_noun else trigger  # "held a series of talks with Y"
        if is_noun and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            heads += self._subjects(noun.head)
            heads += [c for c in noun.head.children if c.dep_ == "prep" and (c.lower_ in ("between", "with")
                                                                          or self._under_chairing(c))]
            # "with the participation of X" hung on another word ("continued in an expanded format with ...")
            heads += [t for t in noun.head.subtree if t.lower_ in self.words["attendance_nouns"]]
        elif is_noun and noun.dep_ == "pobj" and (not self._ahead_of(trigger)  # "X told Y at the talks"
                                                  or any(t.ent_type_ == "PERSON" for t in trigger.subtree)):
            heads += self._subject_above(noun)
            # "X told Y at the talks", "held talks with Y via videoconference": a person the verb is told to, or the
            # meeting it holds; not one in another object's phrase ("During the meeting, X noted the role of Z",
            # "recalled his talks with Z")
            verb = noun.head.head
            holds = verb.lower_ in self.words["occurrence_verbs"]
            heads += [c for c in verb.children if c.dep_ in ("dobj", "dative")
                      and (c.ent_type_ == "PERSON" or (holds and c.lower_ in self.words["nouns"]))]
        if is_noun:  # "talks, which were joined by Z", "the meeting, attended by Z": a clause on the meeting of who took part
            heads += [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lower_ in self.words["attending_verbs"]]
        covered: set[int] = set()
        for head in heads:
            covered.update(phrase(head, without=OTHER_CLAUSES))  # not "X, who replaced Z,"
        senders = [self.doc[i] for i in covered if self.doc[i].lower_ in self.words["sending_nouns"]
                   and self.doc[i].pos_ == "NOUN" and self.doc[i].i != trigger.i]
        covered -= {t.i for noun in senders for t in noun.subtree}  # "on behalf of X", "a message from X"
        people = [p for p in self.persons_in[trigger.sent.start] if p.root.i in covered and not _reporter(p)
                  and not self.source(p)]
        people += self._names_cut_off(covered, trigger.sent)
        people += [p for i in sorted(covered) for p in self._unnamed_counterpart(self.doc[i])]
        people += [p for i in sorted(covered) for p in self._titled_counterpart(self.doc[i])]
        verb = trigger if not is_noun else noun.head if noun.dep_ in ("dobj", "attr") else None
        if verb is not None and verb.pos_ == "VERB" and verb.dep_ == "ROOT" and not any(c.dep_ in SUBJECTS
                                                                                         for c in verb.children):
            people += self._names_just_before(verb)
        pronouns = [self.doc[i] for i in sorted(covered) if self.doc[i].pos_ == "PRON"]
        addressed = False
        for pronoun in pronouns:
            if pronoun.lower_ in self.pronouns.kinds["addressee"]:
                counterpart = self.pronouns.spoken_to(pronoun)
                people += counterpart
                addressed = addressed or not counterpart
                if pronoun.head.i == word.i and not any(p.ent_type_ == "PERSON" for p in heads[2:]):
                    people += self.pronouns.referent_of_speaker(pronoun)  # "'a pleasure to meet you,' X told Y": X met Y
            else:
                people += self.pronouns.referent(pronoun)
        return self.distinct(people), addressed

    def _title_word(self, token: Token) -> bool:
        """A capitalised word of a title ("Chairman", "Minister"; not the "of" or "and" titles are written with)."""
        return token.text[:1].isupper() and token.text in self.people.title_words

    def _names_just_before(self, verb: Token) -> list[Span]:
        """ "Later on the same day in St. Petersburg, X, Y and Prime Minister of Kyrgyzstan Z held a trilateral
        meeting": the names written right before a main verb the parser left without a subject (it hung them on
        the fronted phrase) are its subject; their titles, commas and "and" may stand between them."""
        people, i = [], verb.i - 1
        named = {t.i: p for p in self.persons_in[verb.sent.start] for t in p}
        while i >= verb.sent.start and (i in named or self._in_a_list_of_names(self.doc[i])):
            if i in named:
                people.insert(0, named[i])
                i = named[i].start
            i -= 1
        return self.distinct(people)

    def _in_a_list_of_names(self, token: Token) -> bool:
        """A word that may stand between the names of a list: a comma, "and", a title word, "of", "the" or a place
        ("X, Y and Prime Minister of Kyrgyzstan Z")."""
        return token.text == "," or token.lower_ in ("and", "of", "the") or self._title_word(token) \
            or token.i in self.people.place_tokens

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

    def _unnamed_counterpart(self, token: Token) -> list[Span]:
        """ "X held talks with his Belarusian counterpart", no name after it: the last person named before whose
        role is of that country (none when the text names no country with the word)."""
        if token.lower_ not in self.counterpart_words or any(t.ent_type_ == "PERSON" for t in token.subtree):
            return []
        countries = {self.people.lexicon.country_of[c.text] for c in token.children
                     if c.dep_ in ("amod", "compound") and c.text in self.people.lexicon.country_of}
        if not countries:
            return self._counterpart_of(token)
        if len(countries) != 1:
            return []
        before = [p for start in sorted(self.persons_in) if start <= token.sent.start
                  for p in self.persons_in[start] if p.end <= token.i]
        return next(([p] for p in reversed(before) if self.people.participant(p).country in countries), [])

    def _counterpart_of(self, token: Token) -> list[Span]:
        """ "X held talks with his counterpart", no country and no name: the one person the story names (anywhere)
        of another country than the one "his" stands for, with the same title or an organisation of the same name
        but for the country ("Ministry of Foreign Affairs" of Kazakhstan and of Belarus)."""
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if len(owners) != 1 or not (holder := self.pronouns.referent(owners[0])):
            return []
        own = self.people.participant(holder[0])
        if own.country is None or (own.title is None and own.organisation is None):
            return []
        found = {}
        for person in (p for mentions in self.persons_in.values() for p in mentions):
            held = self.people.participant(person)
            if held.country is None or held.country == own.country or held.name == own.name:
                continue
            if (own.title is not None and held.title == own.title) or (
                    own.organisation is not None and held.organisation is not None
                    and _without_country(own.organisation, own.country) == _without_country(held.organisation, held.country)):
                found.setdefault(held.name, person)
        return list(found.values()) if len(found) == 1 else []

    def _titled_counterpart(self, token: Token) -> list[Span]:
        """ "held talks with the Kazakh Foreign Minister", "met with the head of the Kazakh government", no name in
        the phrase: the one person the article names elsewhere with that title and country (or, for an office one
        person holds in a country, the title of its class: "Prime Minister" for "the head of the government").
        Only a counterpart of the meeting (an object, or after "with", "between" or "by"), never a person the
        article does not name."""
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("dobj", "pobj", "conj") \
                or (token.dep_ == "pobj" and token.head.lower_ not in ("with", "between", "by")) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        words = list(token.subtree)
        if any(t.ent_type_ == "PERSON" or t.lower_ in self.counterpart_words for t in words):
            return []
        country_of = self.people.lexicon.country_of
        countries = {country_of[t.text] for t in words if t.text in country_of}
        title = self.people.title_in(self.doc[words[0].i : words[-1].i + 1])  # "Foreign Minister"
        phrase = " ".join(t.text for t in words if t.dep_ != "det" or t.i > token.i)
        phrase = " ".join(w for w in phrase.split() if w not in country_of).casefold()  # "head of the government"
        office = self.office_of.get(phrase) or self.office_of.get(title or "")
        if len(countries) != 1 or (title is None and office is None):
            return []
        (country,) = countries
        single = office in self.words["single_holder_offices"]
        found = {}
        for mentions in self.persons_in.values():
            for person in mentions:
                held = self.people.participant(person)
                if held.country != country or held.title is None:
                    continue
                if held.title == title or (single and held.title.casefold() == office):  # not "Deputy Prime Minister"
                    found.setdefault(held.name, person)
        return list(found.values()) if len(found) == 1 else []

    def _names_cut_off(self, covered: set[int], sent: Span) -> list[Span]:
        """ "chaired by X and Chairman of the Cabinet of Ministers of Kyrgyzstan Y", "met with Ambassador of China to
        Belarus Y": the name that ends a title of the meeting's phrase, which a long title made the parser hang
        elsewhere (Y the subject of the next verb, even of a sentence the parser split off there). The name counts
        when only words of a title stand between (capitalised words and "of", "the", "for", "to", "and": not "on
        behalf of President Y")."""
        found = []
        for tok in (self.doc[i] for i in sorted(covered)):
            if not self._title_word(tok) or any(t.ent_type_ == "PERSON" for t in tok.subtree) \
                    or (tok.i + 1 < len(self.doc) and self._title_word(self.doc[tok.i + 1])):
                continue  # not a title, one with its own name, or not the title's last word ("Prime" of "Prime Minister")
            candidates = self.persons_in[sent.start] + (self.persons_in[sent.end] if sent.end < len(self.doc) else [])
            name = next((p for p in candidates if p.start > tok.i), None)
            if name is not None and all(_of_a_title(t) for t in self.doc[tok.i + 1 : name.start]):
                found.append(name)
        return found

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

    def _subjects(self, verb: Token) -> list[Token]:
        """The subject of a verb, or of the verb it is conjoined to or completes ("I am glad to meet")."""
        subjects = [c for c in verb.children if c.dep_ in (*SUBJECTS, "agent")]
        purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not subjects and (verb.dep_ in ("conj", "xcomp") or purpose):  # "X travelled to Astana to hold talks"
            head = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "I am glad to meet": glad's "am"
            subjects = [c for c in head.children if c.dep_ in SUBJECTS]
        return subjects or _inverted_subject(verb)

    def _subject_above(self, tok: Token) -> list[Token]:
        """The subject of the first verb above a word that has one ("Speaking at the talks, X said"); none above a
        participle of what was done there ("reviewed the roadmap adopted at the previous meeting": who adopted it
        is not said)."""
        while tok.dep_ in CLIMB_DEPS or tok.dep_ in ("prep", "pobj", "acomp"):
            if _participle(tok):
                return []
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.ent_type_ == "PERSON":
                return [tok.head]  # "X, speaking after talks with Y, said": X does what the participle says
            if tok.dep_ == "pcomp" and tok.head.lower_ == "as":  # "TASS quotes X as saying at the meeting", "X was quoted as"
                said_of = [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON"]
                if said_of:
                    return said_of
            tok = tok.head
            subjects = [c for c in tok.children if c.dep_ in (*SUBJECTS, "agent")] or _inverted_subject(tok)
            if subjects:
                return subjects
        return []

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


def _without_country(organisation: str, country: str) -> str:
    """ "Ministry of Foreign Affairs" of "Ministry of Foreign Affairs of Kazakhstan": the name without its country."""
    for ending in (f" of the Republic of {country}", f" of {country}"):
        if organisation.endswith(ending):
            return organisation[: -len(ending)]
    return organisation.replace(country, "").strip()


def _inverted_subject(verb: Token) -> list[Token]:
    """ "Also attending the meeting was X", "Also present at the talks was X": a clause without a subject whose
    copula ("was", the verb's own or its auxiliary) has a person as its attribute: that person does it."""
    copulas = [verb] + [c for c in verb.children if c.dep_ == "aux"]
    return [c for v in copulas for c in v.children if c.dep_ == "attr" and c.ent_type_ == "PERSON"]


def _participle(token: Token) -> bool:
    """ "adopted" of "the roadmap adopted at the meeting": a past form heading a clause on a word, with no subject
    or auxiliary of its own (the tagger often reads it VBD)."""
    return token.tag_ in ("VBN", "VBD") and token.dep_ in ("acl", "advcl") and not any(
        c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in token.children)


def _of_a_title(token: Token) -> bool:
    """A word a title is written with: a capitalised noun or adjective ("Cabinet", "Kyrgyz") or a link word."""
    return token.lower_ in TITLE_LINKS or (token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ"))


def _whole_word(token: Token) -> Token:
    """The head of a hyphenated verb the tokenizer split: in "X co-chaired" the parser may hang "chaired" on "co"
    and give "co" the subject."""
    if token.i >= 2 and token.nbor(-1).text == "-" and token.head.i == token.i - 2:
        return token.head
    return token


def _reporter(person: Span) -> bool:
    """ "X met Y, press secretary Z wrote": a name the parser hung on a counterpart as an apposition but that is
    the subject of the finite verb right after it, a verb with no subject of its own."""
    doc = person.doc
    if person.root.dep_ != "appos" or person.end >= len(doc):
        return False
    verb = doc[person.end]
    return verb.tag_ in FINITE_TAGS and not any(c.dep_ in SUBJECTS for c in verb.children)


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



