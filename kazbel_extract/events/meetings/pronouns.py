"""Whom a pronoun of a meeting's phrase stands for.

"I" or "we" in a quote is its speaker, "you" the person the quote is told to, "he", "his" or "she" the
last person named before it in its sentence (preferring subjects), else the last subject of the sentences just
before (for a subject, one of another country than the people it meets, where the window names one), else the
person the article is about (the first subject it names); "she" is never a person whose name or title tells a
man, nor "he" a woman. "They" or "their" are the people named
before it in its sentence when they are two or more, else those of the nearest sentence before that names
two or more ("X held talks with Y. They last met in Tashkent").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..settings import LinkingSettings
from ..syntax import SUBJECTS, sentence_before
from .quote_speakers import QuoteSpeakers
from .subjects import subject_above

NAME_LINKS = ("appos", "compound", "conj", "flat")  # from a name up to the noun phrase it belongs to


class Pronouns:
    """Decides the people a pronoun stands for, by its kind (`kinds`: speaker, addressee, narrated)."""

    def __init__(self, kinds: dict[str, list[str]], persons_in: dict[int, list[Span]], gender,
                 settings: LinkingSettings, title_words: set[str], side):
        self.kinds = {kind: set(words) for kind, words in kinds.items()}
        self.kinds["narrated"] = self.kinds["narrated_male"] | self.kinds["narrated_female"]
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.gender = gender  # "male", "female" or None: what a person's name or title tells
        self.side = side  # the country a person is of, or None: what the registry or the title tells
        self.settings = settings
        self.quotes = QuoteSpeakers(self.kinds["speaker"] | self.kinds["addressee"], persons_in, title_words)

    def _agrees(self, pronoun: Token, person: Span) -> bool:
        """ "she" is not a man the text names as one, "he" not a woman; a name that tells neither is either."""
        told = self.gender(person)
        return told is None or told == ("female" if pronoun.lower_ in self.kinds["narrated_female"] else "male")

    def referent(self, pronoun: Token, counterparts: list[Span] = ()) -> list[Span]:
        """The person a pronoun stands for: for "I" or "we", the speaker of the quote; for "he", "his" or "she",
        the last person named before it in its sentence (not in its own clause's quote), else the last subject of
        the sentences before, not of the side of its `counterparts` where another subject is not."""
        low = pronoun.lower_
        if low in self.kinds["speaker"]:
            return self.referent_of_speaker(pronoun)
        if low in self.kinds["narrated_plural"]:
            return self._group(pronoun)
        if low not in self.kinds["narrated"]:
            return []
        if (object_of := self._object_of(pronoun)) is not None:
            return self._other_than(pronoun, object_of)
        if (doer := self._doer_of_a_gerund(pronoun)) is not None:
            return doer
        before = [p for p in self.persons_in[pronoun.sent.start] if p.end <= pronoun.i and self._agrees(pronoun, p)
                  and pronoun.head not in (p.root, *p.root.ancestors)]  # not in "'... X,' he said"
        if before:
            return [next((p for p in reversed(before) if self._is_subject(p)), before[-1])]
        return self.last_subject_before(pronoun.sent, pronoun, counterparts) or self._protagonist(pronoun)

    def _object_of(self, pronoun: Token) -> list[Span] | None:
        """The person subject of the clause a "him" or "her" is the object of ("X had met him", "X held talks with
        her"); None for a pronoun that is no object, or an object of a clause without a person subject."""
        if pronoun.dep_ not in ("dobj", "dative", "pobj"):
            return None
        verb = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)  # "held talks with him"
        if verb is None:
            return None
        subjects = {t.i for c in verb.children if c.dep_ in SUBJECTS for t in c.subtree}
        people = [p for p in self.persons_in[pronoun.sent.start] if p.root.i in subjects]
        return people or None

    def _doer_of_a_gerund(self, pronoun: Token) -> list[Span] | None:
        """ "On welcoming his guest, X called ...", "Meeting her counterpart, Y said ...": a possessive on the object
        of a form in -ing with no subject of its own is the person who does it, the subject of the clause above,
        named after the pronoun (not the last person named before it); None where that subject is no person."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or noun.dep_ != "dobj" or noun.head.tag_ != "VBG":
            return None
        verb = noun.head
        if any(c.dep_ in SUBJECTS for c in verb.children):
            return None
        subjects = {t.i for s in subject_above(verb) for t in s.subtree}
        people = [p for p in self.persons_in[pronoun.sent.start] if p.root.i in subjects and self._agrees(pronoun, p)]
        return people[:1] or None

    def _other_than(self, pronoun: Token, subjects: list[Span]) -> list[Span]:
        """ "X had met him", "X held talks with her": an object pronoun is never its clause's own subject (that
        would be "himself"); it stands for the last person named before it, in its sentence or the ones just
        before, who is not that subject and can be the pronoun's."""
        own = {p.text.split()[-1] for p in subjects}
        sent, people = pronoun.sent, [p for p in self.persons_in[pronoun.sent.start] if p.end <= pronoun.i]
        for _ in range(self.settings.pronoun_sentences_back + 1):
            found = [p for p in people if p.text.split()[-1] not in own and self._agrees(pronoun, p)]
            if found:
                return found[-1:]
            sent = sentence_before(sent)
            if sent is None:
                break
            people = self.persons_in[sent.start]
        return []

    def _group(self, pronoun: Token) -> list[Span]:
        """The people "they" stand for: two or more named before it in its sentence, else in the nearest of the
        sentences just before that names two or more; none where no sentence names two."""
        sent = pronoun.sent
        people = [p for p in self.persons_in[sent.start] if p.end <= pronoun.i]
        for _ in range(self.settings.pronoun_sentences_back + 1):
            if len({p.text.split()[-1] for p in people}) >= 2:
                return people
            sent = sentence_before(sent)
            if sent is None:
                break
            people = self.persons_in[sent.start]
        return []

    def _protagonist(self, pronoun: Token) -> list[Span]:
        """ "X met Y on 4 April. [sentences naming no one] On 3 April, he also held talks with Z": a "he" with no
        person in the sentences just before stands for the person the article is about, the first it names as a
        subject (none when that person cannot be the pronoun's)."""
        for start in sorted(self.persons_in):
            if start >= pronoun.sent.start:
                break
            subjects = [p for p in self.persons_in[start] if self._is_subject(p)]
            if subjects:
                return subjects[:1] if self._agrees(pronoun, subjects[0]) else []
        return []

    def _is_subject(self, person: Span) -> bool:
        tok = person.root
        while tok.dep_ in NAME_LINKS and tok.head is not tok:
            tok = tok.head
        return tok.dep_ in SUBJECTS

    def last_subject_before(self, sent: Span, pronoun: Token | None = None, counterparts: list[Span] = ()) -> list[Span]:
        """ "X is on a visit to Minsk. On 17 September he had talks with Y": the last person who is a subject in
        the sentences just before, else the last person they name; one the `pronoun` can stand for. A subject of
        the country of the pronoun's `counterparts` gives way to an earlier one of another ("X arrived in Minsk. Y
        welcomed the guest. Later he held talks with Y's Prime Minister": X), where the window has one."""
        sides = {self.side(p) for p in counterparts} - {None}
        fallback: list[Span] = []
        last: list[Span] = []
        before = sentence_before(sent)
        for _ in range(self.settings.pronoun_sentences_back):
            if before is None:
                break
            people = [p for p in self.persons_in[before.start] if pronoun is None or self._agrees(pronoun, p)]
            for subject in reversed([p for p in people if self._is_subject(p)]):
                last = last or [subject]
                if self.side(subject) not in sides or not sides:
                    return [subject]
            fallback = fallback or people[-1:]
            before = sentence_before(before)
        return last or fallback

    def referent_of_speaker(self, pronoun: Token) -> list[Span]:
        """The speaker of the quote a pronoun stands in: the one who meets "you" in "'glad to meet you,' X told Y"."""
        subject = self.quotes.speaker_word(pronoun)
        if subject is None:
            return []
        if subject.pos_ == "PRON":
            return self.referent(subject)
        person = self.quotes.person_at(subject)
        return [person] if person is not None else []

    def spoken_to(self, pronoun: Token) -> list[Span]:
        """The person the quote a pronoun stands in is told to (`QuoteSpeakers.spoken_to`)."""
        return self.quotes.spoken_to(pronoun)
