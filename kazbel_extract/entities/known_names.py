"""Gazetteer names as a doc writes them: the whole hyphenated word around one, the full name the base model reads
after a brand, the country written after one as part of it, names in capitals, and two names written as one."""
from __future__ import annotations

from bisect import bisect_right

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .lexicon import Lexicon
from .shapes import NameShapes
from .words import Word, word_range


class KnownNames(NameShapes):
    """Decides the token ranges of the gazetteer's names as written, each extended to the words that belong to it."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, matcher: PhraseMatcher):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        self.matcher = matcher

    def find(self, doc: Doc, words: list[Word]) -> list[tuple[int, int]]:
        """The token ranges of the gazetteer's names in `doc`, in any case, and of two written as one."""
        base_ends = {i: e.end for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}  # token: its span's end
        ranges = []
        for start, end in self._unshadowed([(start, end) for _, start, end in self.matcher(doc)]):
            start, end = self._extended(doc, words, *self._whole_word(doc, words, start, end), base_ends)
            ranges.append(self._with_market(doc, words, *self._with_country(words, start, end)))
        ranges += self._known_in_capitals(doc)
        return ranges + self._known_written_as_one(doc, words, ranges)

    @staticmethod
    def _unshadowed(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The gazetteer's matches without one that a longer match overlaps in part: "The Economist" of "The Economist
        Intelligence Unit", whose "The" is the article of the longer name, written as the longest name is."""
        return [(s, e) for s, e in matches
                if not any(os < e and s < oe and not (os <= s and e <= oe) and not (s <= os and oe <= e) and oe - os > e - s
                           for os, oe in matches)]

    @staticmethod
    def _known_written_as_one(doc: Doc, words: list[Word], known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Two gazetteer names side by side ("Lotte" "Rahat" of "Lotte Rahat", the owner's name before its brand), the
        last word of one and the first of the other in title case, no acronym, one space between: one company's name
        as written. Acronyms side by side are two bodies ("the EEC EAEU report")."""
        starting, ending = {w.start: w for w in words}, {w.end: w for w in words}
        first_at = {}
        for start, end in known:
            first_at[start] = max(first_at.get(start, end), end)
        joined = []
        for start, end in known:
            before, after = ending.get(end), starting.get(end)
            if (end in first_at and before is not None and after is not None and doc[end - 1].whitespace_ == " "
                    and all(w.is_cap and not w.is_acronym and not w.headline and w.text.isalpha() for w in (before, after))):
                joined.append((start, first_at[end]))
        return joined

    def _whole_word(self, doc: Doc, words: list[Word], start: int, end: int) -> tuple[int, int]:
        """A gazetteer name inside a hyphenated word of capitalised parts is that word ("MAZ-Weichai", "KAMAZ-Engineering");
        not one joined to a place ("EAEU-China", "EU-Central Asia"), a lowercase part ("CIS-wide") or only an abbreviation
        ("CA-EU")."""
        lex, k = self.lexicon, bisect_right(words, start, key=lambda w: w.start) - 1
        if k < 0 or words[k].end < end or (words[k].start, words[k].end) == (start, end):
            return start, end
        word, matched = words[k], {t.text for t in doc[start:end]}
        parts = [p for p in word.text.replace("\u2010", "-").split("-") if p]
        added = [p for p in parts if p not in matched]
        # "EU-Central Asia": the last part begins a place written on after the word
        place_on = any(" ".join([parts[-1].casefold(), *(w.key for w in words[k + 1:k + 1 + n])]) in lex.places for n in (1, 2))
        if (all(p[:1].isupper() for p in parts) and not any(p.casefold() in lex.place_words for p in parts)
                and any(not p.isupper() for p in added) and not place_on):
            return word.start, word.end
        if self._subsidiary(doc, word, parts, matched):
            return word.start, word.end
        return start, end

    def _subsidiary(self, doc: Doc, word: Word, parts: list[str], matched: set[str]) -> bool:
        """Is a hyphenated word a known company's name and a country after it, standing as a noun ("Gomselmash-Kazakhstan",
        "Amkodor-Belarus"): the company's subsidiary there? Not an acronym's pair ("EAEU-China"), nor a modifier of the
        noun after it ("the Gazprom-Uzbekistan deal")."""
        lex, last = self.lexicon, doc[word.end - 1]
        return (len(parts) == 2 and parts[0] in matched and not parts[0].isupper() and parts[0].casefold() not in lex.place_words
                and parts[1].casefold() in lex.country_names
                and not (last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i))

    def _extended(self, doc: Doc, words: list[Word], start: int, end: int, base_ends: dict[int, int]) -> tuple[int, int]:
        """A brand of the gazetteer (tokens `start:end`) with the proper name words after it that the base model reads
        as part of the same organisation: the company's full name ("Samsung Electronics", "LG Chem"); not a place,
        title, descriptor or person after it ("Kazatomprom CEO ...", "the Belarus 1 TV channel"), nor anything after a
        name ending on a head, an institution word or a place ("... for Reconstruction and Development [Odile ...]")."""
        lex, first = self.lexicon, word_range(words, end, end + 1)[0]
        last = words[first - 1] if first else None
        base = base_ends.get(start, 0)
        if base <= end or last is None or last.key in lex.heads or last.key in lex.vocabulary or lex.is_place(last):
            return start, end  # "European Commission", "State Council of China": complete; a name after it is a person
        k = first
        while (k < len(words) and words[k].end <= base and not words[k].headline and self.is_proper_name_word(doc, words[k])
               and not lex.is_place(words[k]) and words[k].key not in lex.not_org and words[k].key not in lex.descriptors
               and not self.person_at(words, k)):
            k += 1
        return start, words[k - 1].end if k > first else end

    def _with_market(self, doc: Doc, words: list[Word], start: int, end: int) -> tuple[int, int]:
        """A known company's name (tokens `start:end`) with the country or world region written right after it that the
        parse joins to it in one noun phrase ("Huawei Technologies Kazakhstan", "Samsung Electronics Central Asia",
        "Lukoil Uzbekistan"): its subsidiary for that market, one name as written. Not after a name of acronyms, mostly
        a body's ("the UN Kazakhstan office" is the UN's office there); not a city or a region of a country (a branch's
        place), a place written as an acronym ("the Samsung EU office") or with a possessive, nor a place the parse
        reads apart ("... with Lukoil Kazakhstan signed")."""
        lex, (first, k) = self.lexicon, word_range(words, start, end)
        if (k == 0 or k >= len(words) or words[k].start != end or doc[end - 1].whitespace_ != " " or lex.is_place(words[k - 1])
                or all(w.is_acronym for w in words[first:k])):
            return start, end
        stop = next((s for s in range(min(len(words), k + lex.longest_place), k, -1)
                     if " ".join(w.key for w in words[k:s]) in lex.places), None)
        if (stop is None or " ".join(w.key for w in words[k:stop]) in lex.local_places
                or any(not w.is_cap or w.is_acronym or w.headline for w in words[k:stop])
                or (stop < len(words) and words[stop].text in lex.possessives)):
            return start, end
        place = range(words[k].start, words[stop - 1].end)
        last = doc[end - 1]
        joined = last.head.i in place or any(doc[i].head.i in range(start, end) for i in place)
        return (start, words[stop - 1].end) if joined else (start, end)

    def _known_in_capitals(self, doc: Doc) -> list[tuple[int, int]]:
        """Gazetteer names written in capitals ("BELARUSIAN RAILWAYS", "KAZAKHTELECOM"), longest first in each run of
        capitalised tokens: only there is a name matched whatever its case (the gazetteer's "Integral" and "Trend" in
        lowercase are words), and only those runs are read, so the gazetteer's size costs nothing."""
        known, longest, ranges, i = self.lexicon.known_organisations, self.lexicon.longest_organisation, [], 0
        while i < len(doc):
            j = i
            while j < len(doc) and (doc[j].is_upper or (j > i and not doc[j].is_alpha and not doc[j].is_space)):
                j += 1
            k = i
            while k < j:
                stop = next((e for e in range(min(j, k + longest), k, -1)
                             if doc[e - 1].is_upper and doc[k:e].text.casefold() in known), None)
                if stop is not None:
                    ranges.append((k, stop))
                k = stop or k + 1
            i = max(j, i + 1)
        return ranges

    def _with_country(self, words: list[Word], start: int, end: int) -> tuple[int, int]:
        """A gazetteer name (tokens `start:end`) with the country written after it as part of the name ("Oliy Majlis
        of the Republic of Uzbekistan", "Jogorku Kenesh of the Kyrgyz Republic"); not one of a list of countries
        ("the EAEU of Russia, Belarus and Kazakhstan", its members)."""
        lex, k = self.lexicon, word_range(words, end, end + 1)[0]
        if k + 1 >= len(words) or words[k].start != end or words[k].key != "of":
            return start, end
        j = k + 1 + (words[k + 1].key == "the")
        for stop in range(min(len(words), j + 4), j, -1):
            if " ".join(w.key for w in words[j:stop]) in lex.country_names:
                listed = stop < len(words) and words[stop].key in lex.connectors
                return (start, end) if listed else (start, words[stop - 1].end)
        return start, end
