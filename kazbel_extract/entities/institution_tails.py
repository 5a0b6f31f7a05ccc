"""What an institution's name runs on to after its head and of-chain: a diplomatic mission's host city or the
body it is accredited to ("Kazakh Embassy in Seoul", "Mission to the UN"), and "named after ..." ("University
named after L.N. Gumilyov")."""
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

    def named_after(self, words: list[Word], k: int) -> int:
        """End of "named after Ahmet Baitursynov", "named after L.N. Gumilyov" after a name, or `k`."""
        if k + 2 < len(words) and words[k].key == "named" and words[k + 1].key == "after":
            end = k + 2
            while end < len(words) and end - k < 6 and (self.lexicon.initials.match(words[end].text) or self.lexicon.is_name_candidate(words[end])):
                end += 1
            if end > k + 2:
                return end
        return k
