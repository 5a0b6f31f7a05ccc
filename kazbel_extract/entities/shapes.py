"""The word shapes every entity rule asks about: what may be a word of a company name or a modifier of an
institution's head, where a personal name starts, whether a phrase is a kind of body ("a joint Working Group")
or a site ("the Nur Zholy checkpoint"), and where the name in a title-case headline ends."""
from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import Lexicon
from .words import Word


class NameShapes:
    """Decides the shape of single words and short runs, from the word lists and the limits of the config;
    the finders of organisations and people and the cleaning of the base model's spans build on it."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int):
        self.lexicon = lexicon
        self.max_name_modifiers = max_name_modifiers  # words a name may run before or after its head
        self.max_name_words = max_name_words  # words of one organisation name, "of"-chain included

    def is_name_word(self, word: Word) -> bool:
        """A capitalised word that can be part of a company name (not a title, month, determiner or legal form)."""
        lex = self.lexicon
        return (word.is_cap and any(c.isalpha() for c in word.text) and word.key not in lex.titles
                and word.key not in lex.determiners and word.key not in lex.months and word.key not in lex.legal_forms
                and word.key not in lex.stop_words and not lex.is_compound_modifier(word))

    def is_proper_name_word(self, doc: Doc, word: Word) -> bool:
        """A name word (`_is_name_word`) the parse reads as a proper noun, or an acronym."""
        return self.is_name_word(word) and (word.is_acronym or doc[word.start].tag_ in self.lexicon.proper_tags)

    def is_modifier(self, word: Word) -> bool:
        lex = self.lexicon
        return (word.is_cap and any(c.isalpha() for c in word.text) and word.key not in lex.titles
                and word.key not in lex.determiners and word.key not in lex.months and word.key not in lex.not_org
                and not lex.is_compound_modifier(word))

    def person_at(self, words: list[Word], k: int) -> bool:
        """Does a personal name ("Laziz Kudratov", "Valery Dvornik") start at word `k`?"""
        lex = self.lexicon
        if k + 1 < len(words) and self.lexicon.initials.match(words[k].text) and not lex.is_place(words[k]):
            return lex.is_name_candidate(words[k + 1])  # "A.A. Erofeev"
        return k + 1 < len(words) and (lex.opens_a_name(words[k], words[k + 1]) or (
            lex.is_name_candidate(words[k]) and lex.is_name_candidate(words[k + 1]) and lex.looks_like_surname(words[k + 1]))
            or self._korean_name_at(words, k))

    def opens_an_inverted_attribution(self, doc: Doc, words: list[Word], k: int) -> bool:
        """Is word `k` a verb of saying that opens its sentence before the speaker's name ("Said Smailov, adding that
        ...", "Noted Petrova: ...")? Only when a participle, a colon or a quote follows the name: after the given name
        "Said" a name goes on to a verb of its own ("Said Al-Masri, the minister, told ...")."""
        lex, word = self.lexicon, words[k]
        if not (word.is_cap and not word.headline and word.key in lex.speech_verbs and doc[word.start].is_sent_start):
            return False
        m = k + 1
        while m < len(words) and m - k <= 3 and lex.is_name_candidate(words[m]):
            m += 1
        if m == k + 1 or m >= len(words):
            return False
        after = words[m]
        return (after.text in lex.quotes or after.key == ":"
                or (after.key == "," and m + 1 < len(words) and doc[words[m + 1].start].tag_ == "VBG"))

    def _korean_name_at(self, words: list[Word], k: int) -> bool:
        """A family name and a hyphenated given name whose second syllable is lowercase ("Choi Yoon-beom", "Cheong
        In-kyo"): the shape of a Korean name."""
        lex, given = self.lexicon, words[k + 1]
        parts = given.text.split("-")
        return (words[k].key in lex.family_first and words[k].is_cap and len(parts) == 2 and parts[0][:1].isupper()
                and parts[1].isalpha() and parts[1].islower())

    def looks_personal(self, name: list[Word]) -> bool:
        """A personal name's shape: a known person, or several words ending in a surname or opening with a given name
        or an East Asian family name."""
        lex = self.lexicon
        return (" ".join(w.text for w in name).casefold() in lex.known_people
                or (len(name) > 1 and (lex.looks_like_surname(name[-1]) or name[0].key in lex.family_first
                                       or lex.opens_a_name(name[0], name[1]))))

    def ends_on_owners(self, name: list[Word]) -> bool:
        """Does a name with a plural head end on the countries that own its bodies ("Ministries of Foreign Affairs of
        Belarus and China", "Foreign Ministries of Kazakhstan, Kyrgyzstan and Uzbekistan")? Without them ("the
        Ministries of Foreign Affairs") the plural is a description."""
        lex = self.lexicon
        return (len(name) >= 4 and lex.is_place(name[-1]) and name[-2].key in lex.connectors and lex.is_place(name[-3])
                and any(w.key in lex.links for w in name))

    def plural_head(self, name: list[Word]) -> bool:
        """Is the head of a name (its word before the first link, else its last) a plural head ("Ministries")?"""
        lex = self.lexicon
        head = next((name[k - 1] for k in range(1, len(name)) if name[k].key in lex.links), name[-1])
        return head.key in lex.plural_heads

    def follows_title(self, words: list[Word], k: int) -> bool:
        """Does word `k` follow a title and its link ("Minister of", "Chairman of the", "Chief Executive of")?"""
        lex, j = self.lexicon, k - 1 - (k > 0 and words[k - 1].key == "the")
        return j >= 1 and words[j].key in lex.links and (
            words[j - 1].key in lex.titles or (j >= 2 and f"{words[j - 2].key} {words[j - 1].key}" in lex.title_phrases))

    def follows_title_office(self, words: list[Word], k: int) -> bool:
        """Does word `k` follow a title and its link, through the title's office ("Minister of", "Vice-Rector for
        Research of the", "Director for Trade and Investment of", "Chairman of the Board of")? A hyphenated title counts by
        its parts."""
        lex = self.lexicon
        if self.follows_title(words, k):
            return True
        j = k - 1 - (k > 0 and words[k - 1].key == "the")
        if j < 1 or words[j].key not in lex.links:
            return False
        m = j - 1
        while m >= 1 and j - m <= self.max_name_modifiers and (words[m].is_cap and words[m].key in lex.institution_words
                                                                or words[m].key in lex.connectors):
            m -= 1  # "Research", "Trade and Investment"
        if m < j - 1 and m >= 1 and words[m].key == "the":
            m -= 1  # "Chairman of the Board of"
        return (m < j - 1 and m >= 1 and words[m].key in lex.links and words[m - 1].is_cap
                and words[m - 1].parts[-1] in lex.titles)

    def after_nationality(self, inner: list[Word]) -> bool:
        """Does a nationality describe the company's name after it ("the Italian Maire Tecnimont", "the Turkish Tekfen
        Construction"), as a descriptor does? Only before a name of two or more words without a head: a nationality
        before a head is the name's ("Belarusian Potash Company", "Kazakh Research Institute"), and one before a single
        word may be ("Korean Air"); a known name keeps it. Before a known company's name it describes that company,
        or a city's or region's name ("the Chinese [Sinopec Engineering Group]", "the Kazakh [Pavlodar Petrochemical
        Plant]")."""
        lex = self.lexicon
        rest = inner[1:]
        if (not rest or inner[0].key not in lex.nationalities or inner[0].key in lex.country_names
                or " ".join(w.key for w in inner) in lex.known_organisations):
            return False
        return lex.opens_with_own_name(rest) or (
            len(rest) >= 2 and all(self.is_name_word(w) and w.key not in lex.heads for w in rest)
            and not all(w.key in lex.vocabulary for w in rest)  # "Georgian [Railway Logistics]": generic words alone
            and not any(w.key in lex.links for w in rest) and not lex.is_place_phrase(rest))

    def title_organ_owner(self, words: list[Word], k: int, stop: int) -> int | None:
        """The word where the owner's name starts when a company organ opens the name at words `k:stop` after a title
        or a seat and "of" ("Chairman of the [Board] of Kazakhstan Temir Zholy JSC", "member of the [Board of
        Directors] of Kazakhmys"): the organ is the title's, the name the company's. None elsewhere, as for an organ
        written as a body of its own ("The Management Board of KEGOC approved") or a known name ("Board of the Eurasian
        Economic Commission")."""
        lex = self.lexicon
        organ = next((o for o in lex.title_organs if tuple(w.key for w in words[k:k + len(o)]) == o), None)
        if organ is None or not words[k].is_cap:
            return None
        j = k - 1 - (k > 0 and words[k - 1].key == "the")
        after_title = j >= 1 and words[j].key == "of" and (words[j - 1].key in lex.titles or words[j - 1].key in lex.organ_seats)
        owner = k + len(organ) + 1
        owner += owner < len(words) and words[owner].key == "the"
        if (not after_title or owner >= len(words) or words[k + len(organ)].key != "of" or not words[owner].is_cap
                or " ".join(w.key for w in words[k:max(stop, owner + 1)]) in lex.known_organisations):
            return None
        return owner

    def runs_into_a_document(self, words: list[Word], end: int) -> bool:
        """Do the capitalised words after a name (its end at word `end`) run on into a document's name ("the [Enhanced
        Partnership] and Cooperation Agreement", "the [Strategic Partnership] Treaty")? Then the name is the document's,
        no body's."""
        lex, k = self.lexicon, end
        while k < len(words) and k - end < 4 and (words[k].key in ("and", ",") or words[k].is_cap) and words[k].key not in lex.documents:
            k += 1
        return k < len(words) and words[k].is_cap and words[k].key in lex.documents and words[k - 1].key not in ("and", ",")

    def names_a_topic(self, words: list[Word], k: int) -> bool:
        """Does the phrase at word `k` follow a document or an event and "on" ("the Joint Statement on [Comprehensive
        Strategic Partnership]", "the Forum on [Interregional Cooperation]")? It is their topic, no body."""
        j = k - 1 - (k > 0 and words[k - 1].key == "the")
        return j >= 1 and words[j].key == "on" and words[j - 1].key in self.lexicon.not_org

    def indefinite(self, words: list[Word], start: int) -> bool:
        """Is the phrase at word `start` introduced by an indefinite article, through lowercase modifiers ("a joint
        Working Group", "a new Business Council")? A function word between them ends the phrase: the article is
        another noun's ("a briefing at [the Central Communications Service]")."""
        lex, k = self.lexicon, start - 1
        while (k >= 0 and start - k <= 3 and words[k].text.islower() and words[k].key not in lex.indefinite_articles
               and words[k].key not in lex.stop_words):
            k -= 1
        return k >= 0 and words[k].key in self.lexicon.indefinite_articles

    def names_a_site(self, words: list[Word], first: int, end: int) -> bool:
        """Do words `first:end` name a site or a product, not a body: a site noun after them, through up to two
        lowercase modifiers ("the Nur Zholy checkpoint", "the Khorgos free economic zone"), or a lowercase site or
        product noun before them ("the open pit Bogatyr", "the crossover LC-CROSS")? A name ending in an
        institution's head ("Halyk Bank deposit") stays that institution."""
        lex = self.lexicon
        if first >= end or words[end - 1].key in lex.heads:
            return False
        k = end
        while (k < len(words) and k - end < 2 and words[k].text.islower() and all(p.isalpha() for p in words[k].parts)
               and words[k].key not in lex.sites and words[k].key not in lex.stop_words):  # "cross-border field"
            k += 1
        if (k < len(words) and words[k].key in lex.sites and (k == end or words[k].text.islower())
                and not (k + 1 < len(words) and self._korean_name_at(words, k))):  # "Park" of "Cabinet of Ministers [Park Ji-hoon]"
            return True  # after lowercase words a capitalised one starts a name ("Kazinform reports citing [Steppe] ...")
        before = words[first - 1] if first > 0 else None
        return before is not None and before.text.islower() and (before.key in lex.sites or before.key in lex.product_nouns)

    def names_an_undertaking(self, words: list[Word], first: int, end: int) -> bool:
        """Do words `first:end` name a project or a programme: a lowercase undertaking noun after them, through the
        rest of its capitalised name or number and up to two lowercase modifiers ("the Hyrasia One project", "the
        Nurly Zhol infrastructure programme")? A known organisation's name stays a body ("the Samruk-Kazyna project"
        is the fund's), as does a name ending in an institution's head."""
        lex = self.lexicon
        if first >= end or words[end - 1].key in lex.heads or " ".join(w.key for w in words[first:end]) in lex.known_organisations:
            return False
        k = end
        while k < len(words) and k - end < self.max_name_modifiers and (words[k].is_cap or words[k].text.isdigit()) and (
                words[k].key not in lex.heads and not words[k].headline):
            k += 1  # "One" of "Hyrasia One"
        m = k
        while m < len(words) and m - k < 2 and words[m].text.islower() and words[m].text.isalpha() and words[m].key not in lex.undertakings:
            m += 1
        return m < len(words) and words[m].key in lex.undertakings and words[m].text.islower()

    def headline_name(self, run: list[Word]) -> list[Word]:
        """The name in a title-case headline's run of capitalised words, where verbs and nouns are capitalised too
        ("Yefimov Visits", "Receives Credentials"): up to its last surname, or an East Asian name; else none."""
        lex = self.lexicon
        if run[0].key in lex.family_first:
            return run
        surnames = [k for k, w in enumerate(run) if lex.looks_like_surname(w)]
        return run[:surnames[-1] + 1] if surnames else []

    def is_generic(self, modifiers: list[Word], head: Word) -> bool:
        """Is a head with only places before it generic ("Parliament", "Kazakh Government")? A city or a region names
        its body ("Atyrau Refinery", "Shandong University"), as a pair of countries does; a country or a nationality
        does not, but before a carrier's head ("Uzbek Railways") it names that country's national carrier."""
        lex = self.lexicon
        if (head.key in lex.standalone_heads or (modifiers and head.key in lex.carrier_heads)
                or not all(lex.is_place(w) for w in modifiers)):
            return False
        if any(len(w.parts) > 1 and w.key not in lex.place_words for w in modifiers):
            return False  # a pair of countries names a body of both ("German-Kazakh University", "Kazakh-Chinese Committee")
        return not (modifiers and " ".join(w.key for w in modifiers) in lex.local_places)
