"""The word tests of personal names: whether a word could be part of one, begins one by its given or family name,
looks like a surname, and which words of a full name may later stand alone for it."""
from __future__ import annotations

from .words import Word


class PersonalNameWords:
    """Decides whether words can be or begin a personal name; mixed into `Lexicon`, whose word lists it reads."""

    def surnames_of(self, names: list[str]) -> set[str]:
        """The words of a full name that may later stand alone for it: the last ("Lukashenko", the Vietnamese
        "Chinh" of "Pham Minh Chinh"), and the first of a Chinese or Korean name ("Xi" of "Xi Jinping")."""
        folded = [n.casefold() for n in names]
        # a family name that is also a function word ("He" of "He Lifeng", "To" of "To Lam") never stands alone for it
        first_alone = len(folded) > 1 and folded[0] in self.family_first and folded[0] not in self.stop_words
        return {folded[-1], folded[0]} if first_alone else {folded[-1]}

    def opens_a_family_name(self, words: list[Word], k: int, sentence_start: bool) -> bool:
        """Does a family name that is also a function word begin a name at word `k` ("Vice Premier He Lifeng", "General
        Secretary To Lam")? Only capitalised and before a name candidate inside a sentence, before two at its start ("Do
        Duc Duy, Minister of ..."): "He said", "To boost trade" and "To Tokayev, ..." do not."""
        first, rest = words[k], words[k + 1:k + 3]
        return (first.key in self.family_first and first.key in self.stop_words and first.is_cap and not first.headline
                and len(rest) >= 1 + sentence_start and all(self.is_name_candidate(w) for w in rest[:1 + sentence_start]))

    def is_name_candidate(self, word: Word) -> bool:
        """Could be part of a personal name: capitalised, not an acronym, in none of the word lists. The answer
        depends on the word's text alone and is asked many times per word, so it is kept, one entry per distinct
        word text, as spaCy's string store keeps one per string."""
        memo = (word.text, word.lowered)
        answer = self._name_candidates.get(memo)
        if answer is None:
            key = word.key
            answer = (word.is_cap and not word.is_acronym and any(c.isalpha() for c in key)
                      and not self.is_place(word) and not self.is_compound_modifier(word) and key not in self.titles and key not in self.institution_words
                      and key not in self.months and key not in self.stop_words and key not in self.region_words)
            self._name_candidates[memo] = answer
        return answer

    def opens_a_name(self, first: Word, second: Word) -> bool:
        """Do `first` and `second` begin a personal name by its given name ("Valery Dvornik", "Rifat Hisarciklioglu"),
        whatever the surname's shape? A double given name joins two of them ("Klaus-Dieter Hartmann", "Jean-Pierre Morel")."""
        given = first.key in self.given_names or (len(first.parts) > 1 and first.parts[0] in self.given_names
                                                  and all(p[:1].isupper() for p in first.text.split("-")))
        return given and self.is_name_candidate(first) and self.is_name_candidate(second)

    def is_place_surname(self, given: Word, word: Word, after: Word | None) -> bool:
        """Is `word` a one-word city or country written as the surname after a given name ("Michael Jordan", "Dmitry
        Kazan")? Only where the name ends there: a capitalised word after it runs on into a body's or a place's name."""
        return (given.key in self.given_names and self.is_name_candidate(given) and word.is_cap and not word.headline
                and word.key in self.places and word.key not in self.nationalities and len(word.parts) == 1
                and not word.is_acronym and (after is None or not after.text[:1].isupper()))

    def looks_like_surname(self, word: Word) -> bool:
        """A known surname, or a longer word with a surname ending ("Bakauov", "Dvornik" is not). The Russian "-in"
        follows a consonant ("Putin", "Sobyanin"); after a vowel it ends English words ("Grain", "Chain", "Protein")."""
        key = word.key
        if key in self.known_surnames:
            return True
        if len(key) <= 4 or not key.endswith(self.surname_suffixes):
            return False
        stem = key[:-3] if key.endswith("ina") else key[:-2] if key.endswith("in") else None
        return stem is None or stem[-1] not in "aeiou"
