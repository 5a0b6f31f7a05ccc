"""PERSON spans proposed by rules: gazetteer names, capitalised names after a title, a place or an institution
(through particles, "von der", and initials, "A.A. Erofeev", "S.Aleinik"), the surname alone after an honorific
("Mr. Park"), and bylines alone on their line;
`later_person_mentions.py` finds the later mentions of these people."""
from __future__ import annotations

import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .lexicon import Lexicon
from .name_particles import NameParticles
from .shapes import NameShapes
from .words import Word

HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+$")  # "Sung-ho", "Jae-in": the Korean given name after the family name


class PersonFinder(NameShapes):
    """Decides which runs of name candidates are people, with the evidence a name needs (title, office, surname
    shape, East Asian family name, byline)."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, people: PhraseMatcher):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        self.person_matcher = people
        self.particles = NameParticles(lexicon)

    def __call__(self, doc: Doc, words: list[Word], orgs: list[Span]) -> list[Span]:
        """Gazetteer names, and capitalised names after a title, a place or an institution."""
        spans = [Span(doc, s, e, label="PERSON") for _, s, e in self.person_matcher(doc)]
        in_org = {i for org in orgs for i in range(org.start, org.end)}
        org_ends = {org.end for org in orgs}
        base_orgs = {i for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}
        lex = self.lexicon
        i = 0
        while i < len(words):
            if words[i].start in in_org:
                i += 1
                continue
            if lex.glued_initials.match(words[i].text) and lex.is_name_candidate(words[i]):
                spans.append(Span(doc, words[i].start, words[i].end, label="PERSON"))  # "S.Aleinik"
                i += 1
                continue
            if self.opens_an_inverted_attribution(doc, words, i):
                i += 1  # "Said" of "Said Smailov, adding ...": the verb; the speaker's name after it is found alone
                continue
            if self._surname_after_honorific(words, i):
                spans.append(Span(doc, words[i].start, words[i].end, label="PERSON"))  # "Mr. Park"
                i += 1
                continue
            family_word = (i + 1 < len(words) and words[i + 1].start not in in_org
                           and (lex.opens_a_family_name(words, i, doc[words[i].start].is_sent_start)
                                or self._opens_a_korean_name(words, i) or self._given_name_of_another_class(doc, words, i, base_orgs)))
            if not family_word and (not lex.is_name_candidate(words[i]) or self._ends_a_place(words, i)):
                i += 1  # "Emirates" of "United Arab Emirates [Thani bin Ahmed Al Zeyoudi]"
                continue
            j, particles = self.particles.name_end(words, i + family_word, in_org)
            # "Carlos de la Fuente", not "Cirque du Soleil": a Romance particle is a name's after a given name, or
            # after the capitalised particle that opens the surname alone ("De la Fuente said")
            particle_evidence = particles and (not self.particles.needs_a_given_name(words, i, j) or words[i].key in lex.given_names
                                               or words[i].key in lex.given_name_particles)
            if j < len(words) and words[j].is_cap and (words[j].key in lex.heads or words[j].key in lex.vocabulary or words[j].key in lex.sites):
                i = j  # "Infrastructure Development", "Ho Chi Minh City", "Talgat Bigeldinov Avenue": words of a longer name
                continue
            run = words[i:j]
            if run[0].headline:
                run = self.headline_name(run)  # "Alexander Yefimov" of "Alexander Yefimov Visits Karaganda"
                if not run:
                    i = j
                    continue
                j = i + len(run)
            first = i
            while first and self.lexicon.initials.match(words[first - 1].text) and not lex.is_place(words[first - 1]):
                first -= 1  # "A.A. Erofeev", "A. Aripov"
            previous = words[first - 1] if first else None
            after_title = self._after_title(words, first)
            after_kin = previous is not None and previous.key in lex.kinship_nouns and previous.text.islower()  # "his son Nikolai"
            # "... of Kazakhstan to Belarus Yermukhamet Yertysbayev", "... Executive Committee Vladimir Dvornik"
            # a nationality right after "the" describes what follows, no office ("the Italian [Maire Tecnimont]")
            described = (previous is not None and first >= 2 and previous.key in lex.nationalities
                         and words[first - 2].key in lex.determiners)
            after_office = run[0].start in org_ends or (previous is not None and previous.is_cap and lex.is_place(previous)
                                                         and not described)
            name = run
            if not particles and len(run) == 4 and run[0].key in lex.family_first:
                name = run  # "Vo Thi Anh Xuan", "Nguyen Thi Kim Ngan"
            elif not particles and len(run) >= 3 and run[-3].key in lex.family_first:
                name = run[-3:]  # "Yoon Suk Yeol", "Pham Minh Chinh"
            elif not particles and (len(run) > 3 or (len(run) == 3 and not run[1].key.endswith(lex.patronymic_suffixes)
                                                     and run[0].key not in lex.given_names)):
                name = run[-2:]  # "Trade Laziz Kudratov" after "Minister of Investment, Industry and"; not "Mehmet Sait Uyanik"
            family_first = len(name) in (2, 3, 4) and name[0].key in lex.family_first and not lex.is_place_phrase(name)
            given = len(name) >= 2 and (lex.opens_a_name(name[0], name[1])  # "Valery Dvornik"
                                        or (len(name) == 2 and lex.is_place_surname(name[0], name[1], words[j] if j < len(words) else None)))
            # surname first, as bylines and lists write it: "Zhumagulov Yerlan", "Ivanova Anna"
            given = given or (len(name) == 2 and lex.looks_like_surname(name[0]) and name[1].key in lex.given_names
                              and lex.is_name_candidate(name[1]))
            # "Director of [Belaz] Anna Brenner": the words after a title's office are its body's, the last two its holder
            holder = len(run) >= 3 and name[0] is not run[0] and self.follows_title_office(words, i)
            evidence = (after_title or after_office or holder or particle_evidence or first < i or lex.looks_like_surname(name[-1]) or family_first or given
                        or self._title_in_apposition(words, j) or after_kin or self._in_byline(doc, words, first, j)
                        or self._speaker(doc, name, base_orgs)
                        or (first > 0 and self.opens_an_inverted_attribution(doc, words, first - 1))  # "Said [Anna Brenner], adding"
                        or (self._alone_on_line(doc, words, first, j) and any(map(lex.looks_like_surname, run))))
            if first < i and name[0] is run[0]:
                name = words[first:i] + name
            if (previous is not None and previous.is_cap and previous.key in lex.vocabulary and not lex.looks_like_surname(name[-1])
                    and not family_first and not given and run[0].start not in org_ends
                    and all(t in base_orgs for t in range(previous.start, name[-1].end))):
                i = j  # "head of National Electric Grids": no surname nor given name, after a word of a body the base model reads
                # whole; a rule's body ending before them ("University of Transport [Anna Brenner]") says where the name starts
                continue
            end = words[j].end if j < len(words) and words[j].text in lex.regnal_numbers else name[-1].end  # "Abdullah II"
            if lex.is_place_phrase(name):
                i = j  # "Nizhny Novgorod": a place whose words are no place each
                continue
            if len(name) >= 2 and evidence:
                spans.append(Span(doc, name[0].start, end, label="PERSON"))
            elif len(run) == 1 and (after_kin or after_title and not (previous is not None and previous.key in lex.connectors)):
                spans.append(Span(doc, run[0].start, end, label="PERSON"))  # "Mr. Rachkov"; not "Minister for X and [Y]"
            i = j
        return spans

    def _surname_after_honorific(self, words: list[Word], i: int) -> bool:
        """Is word `i` a capitalised word alone right after an honorific ("Mr. Park", "Ms. Song", "Mr. Green", "Ms.
        May"), that the word lists hold otherwise (a site, a colour, a month)? An honorific is followed by a person's
        name only, so it is the surname; not a title ("H.E. Ambassador"), a place or an acronym."""
        lex, word = self.lexicon, words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        return (i > 0 and words[i - 1].key in lex.honorifics and word.is_cap and not word.is_acronym and word.text.isalpha()
                and not word.headline and not lex.is_name_candidate(word) and word.key not in lex.titles
                and not lex.is_place(word) and word.key not in lex.stop_words and not (nxt is not None and nxt.is_cap))

    def _given_name_of_another_class(self, doc: Doc, words: list[Word], i: int, base_orgs: set[int]) -> bool:
        """Does a given name that is also a title or a place open a name at word `i` ("Sultan" of "Secretary General
        Sultan Raev", "Abai" of "the poet Abai Kunanbayev", "Israel Katz said")? Only before a surname: one of a
        surname's shape, or any name word when a title stands before the given name (a monarch's title is then no
        second title) or the two are the subject of a verb of saying. Not before a given name: "Sultan Anna Brenner"
        is the title and the name."""
        lex, word, nxt = self.lexicon, words[i], words[i + 1]
        if not (word.is_cap and not word.headline and word.key in lex.given_names and not lex.is_name_candidate(word)
                and lex.is_name_candidate(nxt) and not nxt.headline):
            return False
        after_region = i + 2 < len(words) and words[i + 2].key in lex.region_words  # a district named after the person
        titled = i + 2 < len(words) and nxt.key in lex.given_names and lex.is_name_candidate(words[i + 2])
        return not after_region and not titled and (lex.looks_like_surname(nxt) or self._after_title(words, i)
                                                    or self._speaker(doc, [word, nxt], base_orgs))

    def _title_in_apposition(self, words: list[Word], j: int) -> bool:
        """Does a title in apposition follow the name that ends at word `j` (", Kazakh Minister of Healthcare, said",
        ", the Deputy Chairman of ...")? Only a person holds it; nationalities, places and "the" may stand before it."""
        lex = self.lexicon
        if j >= len(words) or words[j].key != ",":
            return False
        k = j + 1
        while k < len(words) and k - j <= 3 and (words[k].key in lex.determiners or words[k].key in lex.nationalities
                                                 or (words[k].is_cap and lex.is_place(words[k]))):
            k += 1
        return k < len(words) and words[k].is_cap and words[k].key in lex.titles

    def _speaker(self, doc: Doc, name: list[Word], base_orgs: set[int]) -> bool:
        """Are two or three name words the subject of a verb of saying ("Anna Brenner said", "- Anna Brenner, the
        rector, noted", "said Anna Brenner")? A speaker is a person or a body; a body the base model reads so
        ("Goldman Sachs said") stays one."""
        last = doc[name[-1].end - 1]
        return (2 <= len(name) <= 3 and last.dep_ == "nsubj" and last.head.lower_ in self.lexicon.speech_verbs
                and not any(t in base_orgs for t in range(name[0].start, name[-1].end)))

    def _opens_a_korean_name(self, words: list[Word], i: int) -> bool:
        """Does a family name that is also a common word open a name at word `i` ("Park" of "Ambassador Park Sung-ho",
        "Song Ji-hoon")? Only before a hyphenated given name with a lowercase second syllable, a shape no noun before a
        name has."""
        lex, nxt = self.lexicon, words[i + 1]
        return (words[i].key in lex.family_first and words[i].is_cap and not words[i].headline
                and HYPHENATED_GIVEN_NAME.match(nxt.text) is not None and lex.is_name_candidate(nxt))

    def _ends_a_place(self, words: list[Word], i: int) -> bool:
        """Is word `i` the last word of a place's name written with the words before it ("United Arab Emirates")?"""
        places = self.lexicon.places
        return any(" ".join(w.key for w in words[i - n:i + 1]) in places for n in range(1, min(i, self.lexicon.longest_place - 1) + 1))

    def _in_byline(self, doc: Doc, words: list[Word], first: int, end: int) -> bool:
        """Do words `first:end` stand in a byline, a line of the writers' names after an opener ("By Aigerim
        Seitkali", "By Ivan Petrov and Olga Smirnova")? A byline names people only, whatever their names' shape."""
        lex = self.lexicon

        def is_name_part(word: Word) -> bool:
            return (word.key in lex.connectors or lex.is_name_candidate(word) or word.key in lex.name_particles
                    or lex.initials.match(word.text) is not None)

        k, stop = first, end
        while k > 0 and not _starts_line(doc, words[k].start) and is_name_part(words[k - 1]):
            k -= 1
        while stop < len(words) and not _starts_line(doc, words[stop].start) and is_name_part(words[stop]):
            stop += 1
        if not (stop == len(words) or "\n" in words[stop].text or _starts_line(doc, words[stop].start)) or words[stop - 1].key in lex.connectors:
            return False
        return any(tuple(w.key for w in words[k - len(o):k]) == o and _starts_line(doc, words[k - len(o)].start)
                   and words[k - len(o)].is_cap for o in lex.byline_openers if k >= len(o))

    @staticmethod
    def _alone_on_line(doc: Doc, words: list[Word], first: int, end: int) -> bool:
        """Do words `first:end` make a line of their own (a byline: "Aripov Abdulla")?"""
        start, stop = words[first].start, words[end - 1].end
        before = start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_
        after = stop == len(doc) or "\n" in doc[stop].text or "\n" in doc[stop - 1].whitespace_
        return before and after

    def _after_title(self, words: list[Word], i: int) -> bool:
        """Is word `i` right after a title ("President") or a title phrase ("Minister of Foreign Affairs")?"""
        lex = self.lexicon
        k = i - 1
        while k >= max(0, i - self.max_name_modifiers) and (words[k].key in (",", "and") or words[k].key in lex.region_words or (
                words[k].is_cap and (words[k].key in lex.institution_words or lex.is_place(words[k])))):
            k -= 1  # "Governor of Chelyabinsk Region [Alexei Teksler]", "Akim of the Karaganda region [Anna Brenner]"
        if k < i - 1 and k >= 1 and words[k].key == "the":
            k -= 1
        if k < i - 1 and k >= 1 and words[k].key in lex.links:
            k -= 1
        # a lowercase word that only modifies titles is no title: "the first [China-Central] Asia Summit"
        return k >= 0 and words[k].key in lex.titles and (words[k].is_cap or words[k].key not in lex.title_modifiers)


def _starts_line(doc: Doc, token: int) -> bool:
    """Does token `token` open a line of the text?"""
    return token == 0 or "\n" in doc[token - 1].text or "\n" in doc[token - 1].whitespace_
