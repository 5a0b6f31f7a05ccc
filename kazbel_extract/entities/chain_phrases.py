"""One linked phrase of an of-chain: where its list of items ends ("of Industry and Trade", "of Economic, Commercial
and Scientific and Technological Cooperation"), and where one item, a run of name words, ends."""
from __future__ import annotations

from spacy.tokens import Doc

from .shapes import NameShapes
from .words import Word


class ChainPhrases(NameShapes):
    """Decides the end of the phrase after one link of a chain, and of each item it lists."""

    def phrase(self, words: list[Word], j: int, limit: int, titled: bool = False, doc: Doc | None = None) -> int:
        """End of a capitalised phrase: item (, item)* (and item)? - a comma list needs its "and" - and more "and"
        items of institution words. An item with a proper name that the parse joins to a word before the phrase is
        a second party ("the Ministry of Energy and [Caspian Oil Services] signed"), no part of the topic."""
        starts, ends, separators, k = [], [], [], j
        while True:
            m = self.item(words, k, limit, titled)
            if m == k:
                break
            if ends and self._second_body(words[k:m]):
                break  # "... of Belarus and Nazarbayev University", "... of Digital Governance and Ertis Pharm LLP": a second body
            if ends and self._names_a_place(words[starts[-1]:ends[-1]]) and not self._names_a_place(words[k:m]):
                break  # "... of the Russian Federation and Rosatom": a place is listed with places only
            if ends and titled and self._holds_title(words[j:ends[0]]) and not self._holds_title(words[k:m]):
                break  # "under the President and UzA": a title is listed with titles only
            if ends and doc is not None and self._joined_before(doc, words, j, k, m):
                break
            starts.append(k)
            ends.append(m)
            nxt = words[m].key if m < len(words) else None
            if nxt in (",", "and", "&") and "and" not in separators:
                separators.append("and" if nxt == "&" else nxt)
                k = m + 1
                continue
            if nxt == "and" and self._topic_words(words, m + 1, limit):
                separators.append("and")  # "on Economic, Commercial and Scientific and Technological Cooperation"
                k = m + 1
                continue
            break
        if not ends:
            return j
        separators = separators[: len(ends) - 1]
        if "," in separators and separators[-1] != "and":
            return ends[0]
        return ends[-1]

    def _second_body(self, item: list[Word]) -> bool:
        """Is an item after "and" a body of its own: one ending on a head noun ("Nazarbayev University") or holding a
        legal form ("Ertis Pharm LLP")? A head noun that other words follow modifies them ("Plant Growing", "Plant
        Protection"): a topic of the name."""
        lex = self.lexicon
        return item[-1].key in lex.heads or any(w.key in lex.legal_forms for w in item)

    def _joined_before(self, doc: Doc, words: list[Word], j: int, k: int, m: int) -> bool:
        """Is the item `k:m` after "and" a name of its own that the parse joins to a word before the phrase at `j` (the
        body's head, "Ministry of Energy and Caspian Oil Services")? Only a proper name after a topic of institution
        words is: items of institution words alone are topics whatever the parse ("of Industry and Trade"), and a
        topic of other words lists its like ("Institute of Livestock and Fodder Production"). An activity noun in "-ing"
        is a field of work, no name ("Institute of Agriculture and Plant Growing")."""
        lex, last = self.lexicon, doc[words[m - 1].end - 1]

        def topic(item: list[Word]) -> bool:
            return all(w.key in lex.institution_words or lex.is_place(w) or w.key in lex.connectors
                       or (w.key.endswith("ing") and len(w.key) > 5) for w in item)

        return topic(words[j:k]) and not topic(words[k:m]) and last.dep_ == "conj" and last.head.i < words[j].start

    def _topic_words(self, words: list[Word], k: int, limit: int) -> bool:
        """Is the item at word `k` a topic ending on an institution word ("Technological Cooperation")? Such an item may
        follow a second "and" in a body's topic; another name may not ("... of Industry and Trade and Kazakh Invest")."""
        m = self.item(words, k, limit)
        return m > k and words[m - 1].key in self.lexicon.vocabulary and not self.lexicon.is_place(words[m - 1])

    def _names_a_place(self, item: list[Word]) -> bool:
        """"Russian Federation", "Turkistan Region": a place, with its region word."""
        lex = self.lexicon
        return lex.is_place_phrase(item[:-1] if len(item) > 1 and item[-1].key in lex.region_words else item)

    def _holds_title(self, phrase: list[Word]) -> bool:
        """Does the phrase hold a title word ("the President")?"""
        return any(w.key in self.lexicon.titles for w in phrase)

    def _body_at(self, words: list[Word], k: int) -> bool:
        """Does a body start at word `k`: a capitalised head ("Parliament") or a known organisation's name ("Oliy Majlis")?"""
        lex = self.lexicon
        if k >= len(words) or not words[k].is_cap:
            return False
        return words[k].key in lex.heads or any(" ".join(w.key for w in words[k:k + n]) in lex.known_organisations
                                                 for n in range(1, min(4, len(words) - k) + 1))

    def item(self, words: list[Word], k: int, limit: int, titled: bool = False) -> int:
        """End of a run of name words. A title (unless `titled`) or a personal name stops it; a possessive ends it after
        its owner ("of Industry and Infrastructure Development's Committee"), or before it when that is a place ("of
        Kazakhstan's"), unless a head follows it: the country's body is the parent ("of Kazakhstan's Parliament"); a
        place closes it unless an institution word follows ("of Chernobyl Veterans"), with the region word after it
        ("of West Kazakhstan region", "of Shaanxi Province")."""
        lex, start = self.lexicon, k
        while k < min(len(words), limit):
            word = words[k]
            if not word.is_cap or (word.key in lex.titles and not titled) or word.key in lex.months or self.person_at(words, k):
                break
            if k + 1 < len(words) and words[k + 1].text in lex.possessives:
                if lex.is_place(word) and self._body_at(words, k + 2):
                    k += 2  # "of Kazakhstan's Parliament": the country's body is the chain's parent
                    continue
                return k if lex.is_place(word) else k + 1
            if k > start and word.headline and not (word.key in lex.institution_words or lex.is_place(word) or word.is_acronym):
                break  # "Ministry Of Trade [Reports Growth]": the title case capitalises verbs and nouns, not only names
            k += 1
            if lex.is_place(word) and not (k < len(words) and words[k].key in lex.institution_words):
                return k + (k < len(words) and words[k].key in lex.region_words)
        return k
