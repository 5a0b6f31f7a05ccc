"""The named person a counterpart written without a name stands for: "his Belarusian counterpart", "his
counterpart", "the Kazakh Foreign Minister", "the head of the Kazakh government", when the article names that
person elsewhere; else what the title tells of the side (`Description`), for the people of a meeting already told
who may hold it.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .people import People
from .pronouns import Pronouns


@dataclass(frozen=True)
class Description:
    """A side of a meeting told by title, not by name: "the President of Kazakhstan", "the head of the government"."""

    country: str | None
    title: str | None  # "Foreign Minister"; None for an office told without its title
    office: str | None  # the class of the office ("prime minister")
    single: bool  # an office one person holds in a country, told without its title ("the head of the government")


class DescribedCounterparts:
    """Decides which person the article names a counterpart described only by country, title or "his counterpart"
    is: the one person whose country and title (or organisation) fit, else no one."""

    def __init__(self, doc: Doc, words: dict, people: People, persons_in: dict[int, list[Span]], pronouns: Pronouns):
        self.doc = doc
        self.words = words
        self.people = people
        self.persons_in = persons_in  # the PERSON mentions of each sentence, by sentence start
        self.pronouns = pronouns
        titles = people.lexicon.tables["titles"]
        self.counterpart_words = set(titles["counterpart_words"])  # "his Kazakh counterpart"
        self.office_of = {**titles["titles"], **{phrase.casefold(): office for phrase, office in titles["role_phrases"].items()}}
        self.title_of = {title.casefold(): title for title in people.lexicon.meetings["titles"]}  # "the prime minister"
        self.title_fillers = set(words["title_filler_words"])  # "of", "affairs": "Minister of Foreign Affairs" is "Foreign Minister"

    def unnamed(self, token: Token) -> list[Span]:
        """ "X held talks with his Belarusian counterpart", no name after it: the last person named before whose
        role is of that country, else the first named after it in its sentence or the next (none when the text
        names no country with the word)."""
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
        found = next(([p] for p in reversed(before) if self.people.participant(p).country in countries), [])
        if found:
            return found
        # "X and his Belarusian counterpart held talks. Y, the Belarusian premier, said ...": named right after it
        sent = token.sent
        nxt = self.doc[sent.end].sent.start if sent.end < len(self.doc) else None
        after = [p for p in self.persons_in[sent.start] if p.start > token.i] + (self.persons_in[nxt] if nxt is not None else [])
        return next(([p] for p in after if self.people.participant(p).country in countries), [])

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

    def titled(self, token: Token, side: Description) -> list[Span]:
        """ "held talks with the Kazakh Foreign Minister", "The Kazakh President received Y", no name in
        the phrase: the one person the article names elsewhere with that title and country (or, for an office one
        person holds in a country, the title of its class: "Prime Minister" for "the head of the government").
        Only a side of the meeting (its subject or object, or after "with", "between" or "by"), never a person the
        article does not name; with no country ("The Head of State received Y"), the one holder of an office one
        person holds in a country that the article names, one named after the phrase only when no one named before
        it may hold that office (X of a headline "X meets investors", given no title, may be "the President" of the
        lede, not "the President of Kazakhstan, Y" named later). `side` is what the phrase of `token` tells
        (`description`)."""
        before: dict[str, Span] = {}
        after: dict[str, Span] = {}
        untitled_before = False
        for mentions in self.persons_in.values():
            for person in mentions:
                held = self.people.participant(person)
                if side.country is not None and held.country != side.country:
                    continue
                if held.title is not None and self._title_fits(side, held.title):
                    (after if person.start > token.i else before).setdefault(held.name, person)
                untitled_before = untitled_before or (held.title is None and person.end <= token.i)
        if side.country is None and (before or untitled_before):
            return list(before.values()) if len(before) == 1 else []
        found = {**before, **after}
        return list(found.values()) if len(found) == 1 else []

    def description(self, token: Token) -> Description | None:
        """The country and title a side of a meeting is told by when the phrase names no one ("met the President of
        Kazakhstan", "the head of the Kazakh government"); None for any other word."""
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("dobj", "pobj", "conj", "nsubj", "nsubjpass") \
                or (token.dep_ == "pobj" and token.head.lower_ not in ("with", "between", "by")) \
                or dets not in (["the"], []):  # "the Kazakh President", a headline's "receives Belarusian Prime Minister"
            return None
        words = _title_phrase(token)
        if any(t.ent_type_ == "PERSON" or t.lower_ in self.counterpart_words for t in words):
            return None
        country_of = self.people.lexicon.country_of
        countries = {country_of[t.text] for t in words if t.text in country_of}
        title = self.people.title_in(self.doc[words[0].i : words[-1].i + 1])  # "Foreign Minister"
        phrase = " ".join(t.text for t in words if t.dep_ != "det" or t.i > token.i)
        phrase = " ".join(w for w in phrase.split() if w not in country_of).casefold()  # "head of the government"
        title = title or self.title_of.get(phrase)  # a title written in lower case: "met the Belarusian prime minister"
        if title is not None and self.office_of.get(title) is None and self.office_of.get(phrase):
            title = None  # "the Head of State": the phrase tells the office, not its generic "Head"
        office = self.office_of.get(phrase) or self.office_of.get(title or "")
        single_office = office in self.words["single_holder_offices"]
        if len(countries) > 1 or (title is None and office is None) or (not countries and not single_office):
            return None  # no country: only an office one person holds, "The Head of State received Y"
        # "the head of the government", not "Deputy Prime Minister": a single office told without its title
        return Description(next(iter(countries), None), title, office, title is None and single_office)

    def may_hold(self, side: Description, person: Span) -> bool:
        """Whether a named person can be the side told by `side`: the text gives them no other country or title
        ("talks between X and Y ... X said on meeting the President of Kazakhstan", Y given no title)."""
        held = self.people.participant(person)
        return (side.country is None or held.country in (None, side.country)) \
            and (held.title is None or self._title_fits(side, held.title))

    def _title_fits(self, side: Description, title: str) -> bool:
        """A person's title is the one a side is told by, written the same or another way (not "Deputy Prime
        Minister" for "Prime Minister"), or of the single office it names."""
        return title == side.title or (side.single and title.casefold() == side.office) \
            or (side.title is not None and self._same_title(title, side.title))

    def _same_title(self, one: str, other: str) -> bool:
        """ "Minister of Foreign Affairs" and "Foreign Minister": one title written two ways, the same words but for
        the filler words ("of", "affairs"); not "Deputy Prime Minister" and "Prime Minister"."""
        def content(title: str) -> set[str]:
            return {w for w in title.casefold().split() if w not in self.title_fillers}
        return content(one) == content(other)


def _without_country(organisation: str, country: str) -> str:
    """ "Ministry of Foreign Affairs" of "Ministry of Foreign Affairs of Kazakhstan": the name without its country."""
    for ending in (f" of the Republic of {country}", f" of {country}"):
        if organisation.endswith(ending):
            return organisation[: -len(ending)]
    return organisation.replace(country, "").strip()


def _title_phrase(noun: Token) -> list[Token]:
    """The words of a title phrase: the noun with its modifiers and "of" phrases, not a place or day the parser hung
    in it ("the head of the Belarusian government in Astana on Monday")."""
    words = [noun]
    for child in noun.children:
        if child.dep_ in ("prep", "relcl", "acl", "appos", "punct", "cc", "conj") and child.lower_ != "of":
            continue
        words += _title_phrase(child)
    return sorted(words, key=lambda t: t.i)
