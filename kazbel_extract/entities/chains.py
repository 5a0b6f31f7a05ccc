"""Of-chains: where "of the Senate of the Parliament of the Republic of Kazakhstan" after a head or a legal form
ends, and which of its phrases are a parent body rather than members, topics or titles; the phrase after each link is `chain_phrases`'s."""
from __future__ import annotations

from spacy.tokens import Doc

from .chain_phrases import ChainPhrases
from .lexicon import Lexicon
from .shapes import NameShapes
from .words import Word


class OfChains(NameShapes):
    """Decides the end of the linked phrases ("of", "under", ...) that belong to an organisation's name."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        self.phrases = ChainPhrases(lexicon, max_name_modifiers, max_name_words)

    def chain(self, words: list[Word], k: int, titled: bool = False, pair: bool = False, owners: bool = False,
              doc: Doc | None = None) -> int:
        """End of "of the Senate of the Parliament of the Republic of Kazakhstan" starting at `k`. Its phrases may be
        titles after an office head (`titled`: "Office of the First Deputy Prime Minister of Kazakhstan") and after
        "under" ("Statistics Agency under the President of Uzbekistan"). A phrase ending on a nationality describes
        the noun after it ("on the Kazakh-Uzbek border"), and one with a document or event word is no parent ("under
        the Digital Kazakhstan Programme"). A list of countries ends it, but the `pair` of a bilateral body, also after
        "between" ("... on Trade and Economic Cooperation between Kazakhstan and Belarus"), and the second side's body
        after the first ("... of the Council of the Republic of Belarus and the Senate of Kazakhstan"). After a plural
        head the list of countries names the `owners` of its bodies ("the Foreign Ministries of Kazakhstan, Kyrgyzstan and
        Uzbekistan") and belongs to the name. With the `doc`, its parse tells a second party after "and" from a topic."""
        lex = self.lexicon
        end, limit, side, joined = k, k + self.max_name_words, False, False
        while k < min(len(words), limit) and (words[k].key in lex.links or pair and words[k].key in lex.pair_links):
            j = k + 1
            if j < len(words) and words[j].key == "the":
                j += 1
            if words[k].key in lex.pair_links:
                if not self._two_places(words, j):
                    break
                end = k = j + 3
                continue
            # a body's members written as their plural title are its name's ("Council of Deputies", "... of Ministers")
            members = j < len(words) and words[j].is_cap and words[j].key in lex.title_plurals
            stop = self.phrases.phrase(words, j, limit, titled or members or words[k].key == "under", doc)
            if (stop == j or (not owners and self._place_list(words, j, stop, pair)) or self._is_nationality(words[stop - 1])
                    or (any(w.key in lex.not_org for w in words[j:stop]) and not self._topic_of(words[j:stop]))):
                break
            end = k = stop
            side = side or any(w.key in lex.heads for w in words[j:stop])
            if pair and side and not joined:
                other = self._other_side(words, k, limit)  # "... of Belarus and the Senate"
                joined, k, end = other != k, other, other
        return end

    def _topic_of(self, phrase: list[Word]) -> bool:
        """Is a phrase with an event, site or document word a field of work all the same, ending on an institution word
        after it ("of Project Management", "of Port Infrastructure Development"), not the thing itself ("under the Digital
        Kazakhstan Programme", "of the Astana International Forum")?"""
        lex = self.lexicon
        last = max(k for k, w in enumerate(phrase) if w.key in lex.not_org)
        return last < len(phrase) - 1 and phrase[-1].key in lex.vocabulary and phrase[-1].key not in lex.not_org

    def _other_side(self, words: list[Word], k: int, limit: int) -> int:
        """End of "and the Senate" at word `k`, after one side of a bilateral body that is itself a body ("... of the
        Council of the Republic of Belarus and the Senate of the Parliament of Kazakhstan"), or `k`."""
        if k >= len(words) or words[k].key != "and":
            return k
        j = k + 1 + (k + 1 < len(words) and words[k + 1].key == "the")
        stop = self.phrases.item(words, j, limit)
        return stop if stop > j and any(w.key in self.lexicon.heads for w in words[j:stop]) else k

    def _two_places(self, words: list[Word], j: int) -> bool:
        """"Kazakhstan and Belarus" at word `j`: the two sides of a bilateral body."""
        lex = self.lexicon
        return j + 2 < len(words) and lex.is_place(words[j]) and words[j + 1].key == "and" and lex.is_place(words[j + 2])

    def _is_nationality(self, word: Word) -> bool:
        """"Kazakh", "Kazakh-Uzbek": an adjective of nationality, alone or in a hyphenated pair."""
        nationalities = self.lexicon.nationalities
        return word.key in nationalities or (len(word.parts) > 1 and all(p in nationalities for p in word.parts))

    def _place_list(self, words: list[Word], j: int, stop: int, pair: bool = False) -> bool:
        """"of Kazakhstan, Belarus and Russia": a list of countries names an organisation's members, not its name;
        when `pair` is allowed, "of Kyrgyzstan and Kazakhstan" is no such list."""
        items = [w for w in words[j:stop] if w.key not in self.lexicon.connectors]
        if pair and len(items) == 2 and stop - j == 3:
            return False
        return len(items) < stop - j and all(self.lexicon.is_place(w) for w in items)
