"""Institution names built on a head noun: "[Gomel Oblast Executive] Committee [of ...]", with the modifiers
before the head and the of-chain after it; `institution_tails.py` adds a mission's host city and "named after ..."."""
from __future__ import annotations

from spacy.tokens import Doc

from .chains import OfChains
from .institution_tails import InstitutionTails
from .lexicon import Lexicon
from .shapes import NameShapes
from .words import Word


class InstitutionNames(NameShapes):
    """Decides which capitalised head nouns ("Ministry", "Committee", "Embassy") carry a name, and its extent; a plural
    head ("Ministries") carries one only with the countries of its bodies."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, chains: OfChains):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        self.chains = chains
        self.tails = InstitutionTails(lexicon)

    def find(self, doc: Doc, words: list[Word]):
        """Word ranges of names built on a head noun: "[Gomel Oblast Executive] Committee [of ...]"."""
        lex = self.lexicon
        for i, word in enumerate(words):
            plural = word.key in lex.plural_heads
            if not (word.is_cap and (word.key in lex.heads or plural)):
                continue
            if not plural and self._after_plural_title(words, i):
                continue  # "Heads of Government of the CIS met": people, the body is no subject
            if not plural and self._before_plural_head(words, i):
                continue  # "the Public Service Centres": a kind of office, many of them, no body's name
            start = i
            while start > max(0, i - self.max_name_modifiers) and words[start].key not in lex.legal_forms:
                if self._owned_by_institution_word(words, start):
                    start -= 2  # "People's Government of Shaanxi Province"
                    continue
                if (start < i and start >= 3 and words[start - 1].key == "of" and words[start - 2].key in lex.title_plurals
                        and words[start - 2].is_cap and self.is_modifier(words[start - 3]) and words[start - 3].key not in lex.determiners):
                    # "CIS [Heads of] Government Council": the offices a council gathers, after its owner; "the heads of" and
                    # "Representatives of" opening a sentence are people
                    start -= 2
                    continue
                before = words[start - 1]
                # an event's or a site's name before the head names what the body serves ("... Cooperation Forum Secretariat",
                # "China-Belarus Industrial Park Development Company")
                of_an_event = before.is_cap and before.key in lex.not_org
                if not (self.is_modifier(before) or of_an_event) or self._headline_verb(doc, before):
                    break  # "Kazakh LLP Agromash Holding": the form starts the name; "Speaker Meets [Korean ...]"
                start -= 1
                if start > 1 and words[start - 1].key == "and" and self._coordinated(words[start - 2], words[start]):
                    start -= 1  # "Kazakh Trade and Integration Ministry", "Exhibitions and Congresses Department"
            if (start >= 2 and words[start - 1].text.isdigit() and words[start - 2].key == "the"
                    and (start < i or (i + 1 < len(words) and words[i + 1].key in lex.links))):
                start -= 1  # "the [1520 Group of Companies]": a name that opens with a number, after its article; not
                # a count before a bare head ("the 15 Committee members")
            if self._nationality_before_own_name(words[start:i], word):
                start += 1  # "the Turkish [Anadolu Agency]", "the Kazakh [Khabar Agency]"
            modifiers = words[start:i]
            mission = word.key in lex.mission_heads
            head_end = i + 1 + (mission and i + 1 < len(words) and words[i + 1].text == "General")  # "Consulate General"
            pair = any(w.key in lex.bilateral_words for w in modifiers) or (word.key in lex.pair_heads and self._of_two_countries(words, head_end))
            end = self.chains.chain(words, head_end, titled=word.key in lex.office_heads, pair=pair, owners=plural, doc=doc)
            if plural:
                if end > head_end and self.ends_on_owners(words[start:end]):
                    yield start, end  # "the Foreign Ministries of Kazakhstan and Uzbekistan": one name as written
                continue
            if mission and (modifiers or end > head_end) and all(lex.is_place(w) or w.key in lex.vocabulary for w in modifiers):
                yield start, self.tails.located_in(words, end)  # "Kazakh Embassy [in Seoul]": one body per country pair
                continue
            if self.names_a_topic(words, start):
                continue  # "the Joint Statement on Comprehensive Strategic Partnership"
            if end == i + 1 and self.runs_into_a_document(words, end):
                continue  # "the Strategic Partnership Treaty"
            if end == i + 1 and self.is_generic(modifiers, word):
                continue  # "Parliament", "Kazakh Government": generic, not a name
            if end == i + 1 and not modifiers and doc[word.start].tag_ not in lex.proper_tags:
                continue  # "Consortium members include ...": a bare head the parse reads as a common noun, capitalised by the sentence
            if end == i + 1 and self.indefinite(words, start) and not any(lex.is_place(w) or w.is_acronym for w in modifiers):
                continue  # "a joint Working Group": a kind of body, not a name
            yield start, self.tails.named_after(words, self.tails.purpose(words, end, self.max_name_modifiers))

    def _nationality_before_own_name(self, modifiers: list[Word], head: Word) -> bool:
        """Do the modifiers of a head open with a nationality that describes the name after it, one opening with a known
        name or a city ("Turkish Anadolu", "Kazakh Khabar", "the Chinese Sinopec Engineering Group", "the Kazakh Pavlodar
        Petrochemical Plant"; `Lexicon.opens_with_own_name`)? It is no part of the name, as before a descriptor ("the
        Belarusian ONT channel"), unless the whole is the known name."""
        lex = self.lexicon
        return (len(modifiers) > 1 and modifiers[0].key in lex.nationalities and lex.opens_with_own_name([*modifiers[1:], head])
                and " ".join(w.key for w in [*modifiers, head]) not in lex.known_organisations)

    def _of_two_countries(self, words: list[Word], k: int) -> bool:
        """Does "of Kazakhstan and Belarus" (two countries, each with its own "the" or none) follow at word `k`, with
        no third one after: the sides of a council or commission of two ("Business Council of Kazakhstan and
        Belarus"; not "the Council of Europe and Kazakhstan", nor "of Russia, Belarus and Kazakhstan")?"""
        lex = self.lexicon
        if k >= len(words) or words[k].key != "of":
            return False
        j = k + 1
        for side in (1, 2):
            j += j < len(words) and words[j].key == "the"
            stop = next((s for s in range(min(len(words), j + 4), j, -1) if " ".join(w.key for w in words[j:s]) in lex.country_names), None)
            if stop is None or (side == 1 and (stop >= len(words) or words[stop].key != "and")):
                return False
            j = stop + (side == 1)
        return not (j < len(words) and words[j].key in lex.connectors)

    @staticmethod
    def _headline_verb(doc: Doc, word: Word) -> bool:
        """A verb of a title-case headline, capitalised like the names around it ("Meets", "Receives")."""
        return word.headline and doc[word.start].tag_.startswith("VB")

    def _before_plural_head(self, words: list[Word], i: int) -> bool:
        """Is the head at word `i` a modifier of a plural head right after it ("Service" of "Public Service Centres",
        "Office" of "Trade Office Networks")? A head that is itself plural in form ("Works", "Railways") is no plural."""
        lex = self.lexicon
        nxt = words[i + 1] if i + 1 < len(words) else None
        return nxt is not None and nxt.is_cap and nxt.key in lex.plural_heads and nxt.key not in lex.heads

    def _after_plural_title(self, words: list[Word], i: int) -> bool:
        """Is the head at word `i` right after a plural title and "of" ("Heads of Government", "Ministers of
        Agriculture"), naming the office of several people, no body?"""
        return i >= 2 and words[i - 1].key == "of" and words[i - 2].key in self.lexicon.title_plurals

    def _owned_by_institution_word(self, words: list[Word], start: int) -> bool:
        """Is the name starting at word `start` after a possessive of an institution word that begins it, through its
        modifiers ("People's Government", "Hung Yen Provincial People's Committee"; not "Kazakhstan's Ministry", whose
        country is no part of the name, nor the end of another body's name, "the Ministry of ... Development's
        Committee for Transport": two bodies)?"""
        lex = self.lexicon
        k = start - 3
        while k >= 0 and start - 3 - k < self.max_name_modifiers and self.is_modifier(words[k]) and words[k].key not in lex.heads:
            k -= 1
        before = words[k] if k >= 0 else None
        owner_begins = before is None or before.key in lex.determiners or not (
            before.is_cap or before.key in lex.links or before.key in lex.connectors)
        return (start >= 2 and words[start - 1].text in lex.possessives and words[start - 2].is_cap
                and words[start - 2].key in lex.vocabulary and not lex.is_place(words[start - 2]) and owner_begins)

    def _coordinated(self, first: Word, second: Word) -> bool:
        """Are `first` and `second`, joined by "and", two modifiers of one head: an institution word, a plant word
        naming the works' trade, or two plural nouns ("Trade and Integration Ministry", "Foundry and Mechanical Plant",
        "Exhibitions and Congresses Department"; not "Steppe Cement and Alina Group", "Belarus and Kazakh Railways" or
        "... and Industry and Atameken Chamber", a known body of its own)."""
        lex = self.lexicon
        plurals = first.key.endswith("s") and second.key.endswith("s")
        return (self.is_modifier(first) and not lex.is_place(first) and not lex.is_place(second)
                and second.key not in lex.known_organisations
                and (first.key in lex.vocabulary or first.key in lex.plant_heads or plurals))
