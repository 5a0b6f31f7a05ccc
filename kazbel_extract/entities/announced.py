"""Names a noun announces: a company or media noun before or after the name ("the Samruk Energy holding", "the
Belarusian manufacturer Gefest"), the list after a plural noun or an opener ("companies such as X, Y and Z"), and
a source cited ("citing Vlast")."""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .lexicon import Lexicon
from .quoted_names import QuotedNames
from .shapes import NameShapes
from .words import Word, word_range, words_within


class AnnouncedNames(NameShapes):
    """Decides the token ranges of the names that a descriptor noun or a source cue announces."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, source_cues: PhraseMatcher):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        self.quoted = QuotedNames(lexicon, max_name_modifiers, max_name_words)
        self.source_cue_matcher = source_cues

    def find(self, doc: Doc, words: list[Word]) -> list[tuple[int, int]]:
        """Token ranges of the names a company noun or a source phrase announces: right before the noun ("the Samruk
        Energy holding", "Efe news"), right after it ("the Belarusian manufacturer Gefest"), each of a list after a
        plural noun or an opener ("companies such as X, Y and Z"), and a source cited ("citing Vlast") unless it is
        a person's name."""
        lex, ranges = self.lexicon, []
        for k, word in enumerate(words):
            if word.key not in lex.descriptors or (word.is_cap and not (doc[word.start].is_sent_start and word.text[1:].islower())):
                continue  # "the company", "Companies such as": not "Kazakh Invest Company", a name
            before = self._name_before_descriptor(doc, words, k)
            if before is not None:
                ranges.append(before)
            listed = self._names_listed(doc, words, k + 1, listing=doc[word.start].tag_ == "NNS")
            if not listed and k + 2 < len(words) and words[k + 1].key == ",":
                listed = self._apposition(doc, words, k + 2)  # "the holding's subsidiary, Agrotech Kostanay, will"
            # "CEO of the company Ivan Petrov"; a quoted name is the company's ('the company "Aral Grain"')
            ranges += [r for r in listed if self.quoted.is_quoted(doc, *r) or not (
                self.looks_personal(words_within(words, *r)) or self._names_a_model(words_within(words, *r)))]
        ranges += self.quoted.under_descriptor(doc, words)
        at = {w.start: k for k, w in enumerate(words)}
        for _, _, end in self.source_cue_matcher(doc):
            for start, stop in self._names_listed(doc, words, at.get(end, len(words)), listing=False):
                name = words_within(words, start, stop)
                after = word_range(words, stop, stop + 1)[0] if stop < len(doc) else len(words)
                if after < len(words) and words[after].key in lex.descriptors and words[after].text.islower():
                    continue  # "citing the Khabar TV channel": the descriptor after it says where the name ends
                if not self.looks_personal(name) and not lex.looks_like_surname(name[-1]):  # "citing Tokayev"
                    ranges.append((start, stop))
        return ranges

    @staticmethod
    def _names_a_model(name: list[Word]) -> bool:
        """One word ending on a number after a hyphen ("Belarus-1221", "MAZ-6430"): a product's model after "the
        plant", no company."""
        return len(name) == 1 and name[0].numbered is not None

    def _name_before_descriptor(self, doc: Doc, words: list[Word], k: int) -> tuple[int, int] | None:
        """"the Zhas Alash newspaper", "Qazaq Silicon national company", "the Khabar TV channel": proper name words
        before descriptor `k` and its lowercase modifiers, not only places, regions or institution words ("the Kazakh company"),
        without a nationality that describes an acronym or a known name ("the Belarusian ONT channel")."""
        lex, m, joined = self.lexicon, k, False
        # a lowercase modifier is JJ, NN(S) or VBG, or NNP where the tagger misreads it ("public" of "public association",
        # "media" of "media holding"); two may be joined by "and" ("the Zhibek TV and radio company")
        while m > 0 and k - m < 2 + 2 * joined and (words[m - 1].key in lex.descriptors or (
                words[m - 1].text.islower() and doc[words[m - 1].start].tag_ in ("JJ", "NN", "NNS", "NNP", "VBG"))):
            m -= 1
            if not joined and m > 1 and words[m - 1].key == "and" and (
                    words[m - 2].key in lex.descriptors or words[m - 2].text.islower() and doc[words[m - 2].start].tag_ in ("JJ", "NN", "NNS")):
                m, joined = m - 1, True
        if m > 2 and words[m - 1].text in lex.quotes:
            return self.quoted.before_descriptor(doc, words, m - 1)  # 'the "Zhetysu Agro" company'
        first = m
        while first > 0 and m - first < self.max_name_modifiers and self.is_proper_name_word(doc, words[first - 1]):
            first -= 1
        rest = words[first + 1:m]
        if rest and words[first].key in lex.nationalities and (
                len(rest) == 1 and rest[0].is_acronym or lex.opens_with_own_name(rest)):
            first += 1  # "the Belarusian ONT channel"; an unknown name keeps its first word ("Qazaq Silicon")
        names = words[first:m]
        if not names or all(lex.is_place(w) or w.key in lex.institution_words or w.key in lex.region_words for w in names):
            return None  # "the Kazakh company", "Mogilev Oblast enterprises"
        return words[first].start, words[m - 1].end

    def _apposition(self, doc: Doc, words: list[Word], j: int) -> list[tuple[int, int]]:
        """The name set off by commas right after a descriptor ("its subsidiary, Agrotech Kostanay, will ..."): one name
        closed by a comma or a bracket; else none ("for the company, Tuesday was ...")."""
        named = self._names_listed(doc, words, j, listing=False)
        if len(named) != 1:
            return []
        after = named[0][1]
        return named if after < len(doc) and doc[after].text in (",", ")") else []

    def _names_listed(self, doc: Doc, words: list[Word], j: int, listing: bool) -> list[tuple[int, int]]:
        """Token ranges of the name (or, when `listing` or after an opener, the comma/"and" list of names) starting
        at word `j`: capitalised name words or a quoted name, not only places."""
        lex = self.lexicon
        opener = next((o for o in lex.list_openers if tuple(w.key for w in words[j:j + len(o)]) == o), None)
        if opener:
            j, listing = j + len(opener), True
        ranges = []
        while j < len(words):
            if words[j].key in lex.determiners and not words[j].is_cap:
                j += 1
            if j < len(words) and words[j].text in self.lexicon.quotes:
                close = next((t.i for t in doc[words[j].end:words[j].end + self.max_name_modifiers] if t.text in self.lexicon.quotes), None)
                if close is None or close == words[j].end:
                    break
                if not self.quoted.slogan(doc, words, words[j].end, close):
                    ranges.append((words[j].end, close))
                j = word_range(words, close, close + 1)[1]
            else:
                end = j
                while end < len(words) and end - j < self.max_name_modifiers and self.is_name_word(words[end]):
                    end += 1
                # "according to Article 5", "citing the Forum": what is no organisation is announced as none
                if end == j or all(lex.is_place(w) for w in words[j:end]) or words[end - 1].key in lex.not_org:
                    break
                ranges.append((words[j].start, words[end - 1].end))
                j = end
            if not listing or j + 1 >= len(words) or words[j].key not in (",", "and"):
                break
            j += 1 + (words[j].key == "," and words[j + 1].key == "and")
        return ranges
