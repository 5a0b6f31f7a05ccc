"""What an institution's name runs on to after its head and of-chain: a diplomatic mission's host city or the
body it is accredited to ("Kazakh Embassy in Seoul", "Mission to the UN"), a purpose written in lowercase that ends
on the body it serves ("Working Commission for the coordination of the activities of the Research Consortium"), and
"named after ..." ("University named after L.N. Gumilyov")."""
from __future__ import annotations

from .lexicon import Lexicon
from .words import Word


class InstitutionTails:
    """Decides where a name built on a head noun ends when a host place, an accrediting body or a "named after"
    follows what the head and its of-chain cover."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def located_in(self, words: list[Word], k: int) -> int:
        """End of "in Seoul", "in the Republic of Belarus" after a diplomatic mission, or of the body it is accredited
        to ("to the UN", "to Kazakhstan"), or `k`."""
        if k + 1 < len(words) and words[k].key == "to":
            j = k + 1 + (words[k + 1].key == "the")
            if j < len(words) and (self.lexicon.is_place(words[j]) or self._acronym_body(words[j])):
                return j + 1
        if k + 1 < len(words) and words[k].key == "in":
            j = k + 1 + (words[k + 1].key == "the")
            end = j
            while end < len(words) and end - j < 4 and words[end].is_cap and (
                    self.lexicon.is_place(words[end]) or words[end].key in self.lexicon.vocabulary or words[end].key == "of"):
                end += 1
            if end > j and self.lexicon.is_place(words[end - 1]):
                return end
        return k

    def _acronym_body(self, word: Word) -> bool:
        """An international body written as an acronym ("UN", "OSCE"), no unit or tax."""
        return word.is_acronym and word.key not in self.lexicon.not_org

    def purpose(self, words: list[Word], k: int, limit: int) -> int:
        """End of a lowercase purpose after a body's head and chain that ends on another body's capitalised name ("for
        the coordination of the activities of the Research Consortium"), or `k`. The purpose holds content words and
        links only, no other function word ("for the first time"), and its last link "of the" opens that body's name, no
        place, event, document or title ("for the preparation of the Astana Forum"); a purpose ending elsewhere ("for
        the development of trade") is a description."""
        lex = self.lexicon
        if k + 2 >= len(words) or words[k].key != "for" or words[k + 1].key != "the":
            return k
        j = k + 2
        while j < len(words) and j - k < limit and words[j].text.islower() and words[j].text.isalpha() and (
                words[j].key in ("of", "the", "and") or words[j].key not in lex.stop_words):
            j += 1
        if j - k < 5 or words[j - 2].key != "of" or words[j - 1].key != "the":
            return k
        end = j
        while end < len(words) and end - j < limit and (words[end].is_cap or (
                words[end].key == "and" and end + 1 < len(words) and words[end + 1].is_cap)):
            end += 1
        served = [w for w in words[j:end] if w.key != "and"]
        return end if served and not lex.is_place_phrase(served) and not any(
            w.key in lex.not_org or w.key in lex.titles for w in served) else k

    def named_after(self, words: list[Word], k: int) -> int:
        """End of "named after Ahmet Baitursynov", "named after L.N. Gumilyov", "named after Academician V. Ivanov" (the
        person's title first) after a name, or `k`."""
        if k + 2 < len(words) and words[k].key == "named" and words[k + 1].key == "after":
            end = k + 2
            while end < len(words) and end - k < 4 and words[end].is_cap and words[end].key in self.lexicon.titles:
                end += 1  # "Academician", "Professor"
            named = end
            while end < len(words) and end - k < 6 and (self.lexicon.initials.match(words[end].text) or self.lexicon.is_name_candidate(words[end])):
                end += 1
            if end > named:
                return end
        return k
