"""Of-chains: where "of the Senate of the Parliament of the Republic of Kazakhstan" after a head or a legal form
ends, and which of its phrases are a parent body rather than members, topics or titles."""
from __future__ import annotations

from spacy.tokens import Doc

from .shapes import NameShapes
from .words import Word


class OfChains(NameShapes):
    """Decides the end of the linked phrases ("of", "under", ...) that belong to an organisation's name."""

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
            stop = self._phrase(words, j, limit, titled or words[k].key == "under", doc)
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
        stop = self._item(words, j, limit)
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

    def _phrase(self, words: list[Word], j: int, limit: int, titled: bool = False, doc: Doc | None = None) -> int:
        """End of a capitalised phrase: item (, item)* (and item)? - a comma list needs its "and" - and more "and"
        items of institution words. An item with a proper name that the parse joins to a word before the phrase is
        a second party ("the Ministry of Energy and [Caspian Oil Services] signed"), no part of the topic."""
        starts, ends, separators, k = [], [], [], j
        while True:
            m = self._item(words, k, limit, titled)
            if m == k:
                break
            if ends and any(w.key in self.lexicon.heads for w in words[k:m]):
                break  # "... of Belarus and Nazarbayev University": a second institution
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

    def _joined_before(self, doc: Doc, words: list[Word], j: int, k: int, m: int) -> bool:
        """Is the item `k:m` after "and" a name of its own that the parse joins to a word before the phrase at `j` (the
        body's head, "Ministry of Energy and Caspian Oil Services")? Only a proper name after a topic of institution
        words is: items of institution words alone are topics whatever the parse ("of Industry and Trade"), and a
        topic of other words lists its like ("Institute of Livestock and Fodder Production")."""
        lex, last = self.lexicon, doc[words[m - 1].end - 1]

        def topic(item: list[Word]) -> bool:
            return all(w.key in lex.institution_words or lex.is_place(w) or w.key in lex.connectors for w in item)

        return topic(words[j:k]) and not topic(words[k:m]) and last.dep_ == "conj" and last.head.i < words[j].start

    def _topic_words(self, words: list[Word], k: int, limit: int) -> bool:
        """Is the item at word `k` a topic ending on an institution word ("Technological Cooperation")? Such an item may
        follow a second "and" in a body's topic; another name may not ("... of Industry and Trade and Kazakh Invest")."""
        m = self._item(words, k, limit)
        return m > k and words[m - 1].key in self.lexicon.vocabulary and not self.lexicon.is_place(words[m - 1])

    def _names_a_place(self, item: list[Word]) -> bool:
        """"Russian Federation", "Turkistan Region": a place, with its region word."""
        lex = self.lexicon
        return lex.is_place_phrase(item[:-1] if len(item) > 1 and item[-1].key in lex.region_words else item)

    def _holds_title(self, phrase: list[Word]) -> bool:
        return any(w.key in self.lexicon.titles for w in phrase)

    def _item(self, words: list[Word], k: int, limit: int, titled: bool = False) -> int:
        """End of a run of name words. A title (unless `titled`) or a personal name stops it; a possessive ends it after
        its owner ("of Industry and Infrastructure Development's Committee"), or before it when that is a place ("of
        Kazakhstan's"); a place closes it unless an institution word follows ("of Chernobyl Veterans"), with the region
        word after it ("of West Kazakhstan region", "of Shaanxi Province")."""
        lex, start = self.lexicon, k
        while k < min(len(words), limit):
            word = words[k]
            if not word.is_cap or (word.key in lex.titles and not titled) or word.key in lex.months or self.person_at(words, k):
                break
            if k + 1 < len(words) and words[k + 1].text in lex.possessives:
                return k if lex.is_place(word) else k + 1
            if k > start and word.headline and not (word.key in lex.institution_words or lex.is_place(word) or word.is_acronym):
                break  # "Ministry Of Trade [Reports Growth]": the title case capitalises verbs and nouns, not only names
            k += 1
            if lex.is_place(word) and not (k < len(words) and words[k].key in lex.institution_words):
                return k + (k < len(words) and words[k].key in lex.region_words)
        return k
