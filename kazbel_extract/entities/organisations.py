"""ORG spans proposed by rules: gazetteer names (extended by the base model's reading of a brand's full name, and
written in capitals too), institution, company and announced shapes, merged where they overlap, and the acronym in
brackets after or before one."""
from __future__ import annotations

from bisect import bisect_right

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .announced import AnnouncedNames
from .chains import OfChains
from .companies import CompanyNames
from .institutions import InstitutionNames
from .lexicon import Lexicon
from .local_executives import LocalExecutives
from .shapes import NameShapes
from .words import Word, word_range, words_within


class OrganisationFinder(NameShapes):
    """Decides the rule ORG spans of a doc: the union of each shape's ranges, without sites."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, matchers: dict[str, PhraseMatcher]):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        limits = (lexicon, max_name_modifiers, max_name_words)
        chains = OfChains(*limits)
        self.org_matcher = matchers["organisations"]
        self.institutions = InstitutionNames(*limits, chains)
        self.companies = CompanyNames(*limits, chains, matchers["legal_forms"], matchers["spelt_legal_forms"])
        self.announced = AnnouncedNames(*limits, matchers["source_cues"])
        self.local_executives = LocalExecutives(*limits)

    def __call__(self, doc: Doc, words: list[Word]) -> list[Span]:
        """Gazetteer names and institution-shaped names; overlapping ones become their union."""
        base_ends = {i: e.end for e in doc.ents if e.label_ == "ORG" for i in range(e.start, e.end)}  # token: its span's end
        ranges = [self._with_country(words, *self._extended(doc, words, *self._whole_word(doc, words, s, e), base_ends))
                  for _, s, e in self.org_matcher(doc)]
        ranges += self._known_in_capitals(doc)
        ranges += self._known_written_as_one(doc, words, ranges)
        ranges += [(words[a].start, words[b - 1].end) for a, b in self.institutions.find(doc, words)]
        form_ends = self.companies.legal_forms(doc)
        ranges += self.companies.with_legal_form(doc, words, form_ends) + self.companies.named_plants(words) + self.announced.find(doc, words)
        ranges += self.companies.joined_by_ampersand(words)
        ranges += self.local_executives.find(words)
        ranges += self._coordinated_with_known(doc, words, ranges)
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        at = {w.start: k for k, w in enumerate(words)}
        for span in merged:  # a legal form right after a name is its own ("Halyk Savings Bank of Kazakhstan JSC")
            span[1] = form_ends.get(span[1], span[1])
            span[1] = self._with_number(doc, words, at, *span)
            span[1] = self._with_body_acronym(words, at, *span)
        merged = [(s, self._without_holder(words, s, e)) for s, e in merged]
        spans = [Span(doc, s, e, label="ORG") for s, e in merged
                 if not self.names_a_site(words, *word_range(words, s, e)) and not self.lexicon.is_website(words_within(words, s, e))]
        return spans + self._short_names_beside(doc, words, spans)

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

    def _with_number(self, doc: Doc, words: list[Word], at: dict[int, int], start: int, end: int) -> int:
        """The end of a name ending on a head (tokens `start:end`) with the number written after it ("Minsk Dairy Plant
        No. 1", "Meat Factory No 2", "Farm No.3"): a numbered plant's or school's name; else `end`."""
        signs, k = self.lexicon.number_signs, end
        last = words[at[end] - 1] if end in at and at[end] > 0 else None
        if last is None or last.key not in self.lexicon.heads or not last.is_cap or k >= len(doc):
            return end
        text = doc[k].text
        if text in signs:
            k += 1 + (k + 1 < len(doc) and doc[k + 1].text == "." and not doc[k].whitespace_)
            return k + 1 if k < len(doc) and doc[k].text.isdigit() else end
        sign = next((s for s in signs if text.startswith(s) and text[len(s):].isdigit()), None)  # "No.3"
        return k + 1 if sign else end

    def _without_holder(self, words: list[Word], start: int, end: int) -> int:
        """The end of a body's name after a title (tokens `start:end`) without the two words of no word list after its
        institution words, which name the title's holder ("President of the European Bank for Reconstruction and
        Development [Odile Renaud-Basso]"); elsewhere two such words may end a name ("Center for International
        Programs Bolashak")."""
        lex, (first, stop) = self.lexicon, word_range(words, start, end)
        if (stop - first >= 4 and self.follows_title(words, first) and words[stop - 3].key in lex.institution_words
                and lex.is_name_candidate(words[stop - 2]) and lex.is_name_candidate(words[stop - 1])):
            return words[stop - 3].end
        return end

    def _with_body_acronym(self, words: list[Word], at: dict[int, int], start: int, end: int) -> int:
        """The end of an organisation's acronym (tokens `start:end`) with the acronym of its body written right after
        it ("OSCE PA", "CSTO CA", "UN ESCAP"): a body of that organisation; not a title, a descriptor, a unit or a
        tax ("the EAEU GDP", "the CIS CEO"), nor another organisation ("EEC EAEU")."""
        lex, k = self.lexicon, at.get(end)
        first = at.get(start)
        if k is None or first is None or k != first + 1 or not words[first].is_acronym:
            return end
        word = words[k]
        if (word.is_acronym and self._acronym(word) and word.key not in lex.titles and word.key not in lex.descriptors
                and word.key not in lex.legal_forms and word.key not in lex.known_organisations and not word.headline and (k + 1 == len(words) or not words[k + 1].is_acronym)):
            return word.end
        return end

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

    def _coordinated_with_known(self, doc: Doc, words: list[Word], known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The name the parse joins by "and" to an organisation found by name or shape ("KTZ and [TCDD Tasimacilik]",
        "[Orano Mining] and Kazatomprom", "X Holding, Y Works and [Pavlodar Petrochemical]"): a company as its partner
        is, when all its words are proper names of no place, title, person or generic body (the conjunct is read from
        the parse, no window)."""
        ends = {w.end - 1: k for k, w in enumerate(words)}
        spans = []
        for start, end in known:
            for token in doc[start:end]:
                partners = [c for c in token.children if c.dep_ == "conj" and not start <= c.i < end]
                if token.dep_ == "conj" and not start <= token.head.i < end:
                    partners.append(token.head)
                for partner in partners:
                    k = ends.get(partner.i)
                    if k is None:
                        continue
                    first, compounds = k, {c.i for c in partner.lefts if c.dep_ == "compound"}
                    while first > 0 and words[first - 1].end - 1 in compounds:
                        first -= 1  # "TCDD" of "TCDD Tasimacilik"
                    if (words[first].start < end and words[k].end > start) or not self._unknown_partner(doc, words, first, k + 1):
                        continue  # a partner overlapping the name is the parse's misreading of its own words
                    spans.append((words[first].start, words[k].end))
        return spans

    def _unknown_partner(self, doc: Doc, words: list[Word], first: int, stop: int) -> bool:
        """Are words `first:stop` a name of their own beside "and": proper name words not ending on a place or a region
        word, not in a headline, no generic body or personal name, and joined by "and" to the other side?"""
        lex, name = self.lexicon, words[first:stop]
        joined = (first > 0 and words[first - 1].key == "and") or (stop < len(words) and words[stop].key == "and")
        return (joined and all(self.is_proper_name_word(doc, w) and not w.headline and w.key not in lex.not_org for w in name)
                and not lex.is_place(name[-1]) and name[-1].key not in lex.region_words  # "Pavlodar Petrochemical"; not "Belarus"
                and not all(w.key in lex.institution_words for w in name)  # "the Senate and [Mazhilis]": a generic body
                and not lex.is_place_phrase(name) and not self.looks_personal(name) and not self.person_at(words, first))

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

    def _short_names_beside(self, doc: Doc, words: list[Word], orgs: list[Span]) -> list[Span]:
        """The acronym or short name in brackets after a name ("Eurasian Energy Corporation (EEC)", "... Corporation
        (K-SURE)", "Federal Statistical Office (Destatis)"), and the acronym before the name in brackets that spells
        it out ("KazAID (Kazakhstan Agency for International Development)", its first letter the name's): ORG too."""
        at = {w.start: k for k, w in enumerate(words)}
        spans = []
        for org in orgs:
            k = at.get(org.end + 1)
            if org.end < len(doc) and doc[org.end].text == "(" and k is not None and self._bracketed_short_name(doc, words, k):
                spans.append(Span(doc, words[k].start, words[k].end, label="ORG"))
            k = at.get(org.start - 2)
            if (org.start >= 2 and doc[org.start - 1].text == "(" and org.end < len(doc) and doc[org.end].text == ")"
                    and k is not None and words[k].end == org.start - 1 and self._acronym(words[k])
                    and words[k].text[0] == org.text[0]):
                spans.append(Span(doc, words[k].start, words[k].end, label="ORG"))
        return spans

    def _bracketed_short_name(self, doc: Doc, words: list[Word], k: int) -> bool:
        """Is word `k` alone in brackets an organisation's short name: an acronym ("EEC") or a proper noun that is no
        place or institution word ("Federal Statistical Office (Destatis)"; not "Belshina (Bobruisk)")?"""
        word, lex = words[k], self.lexicon
        proper = (self.is_proper_name_word(doc, word) and not lex.is_place(word) and word.key not in lex.institution_words
                  and not lex.looks_like_surname(word))
        return word.end < len(doc) and doc[word.end].text == ")" and (self._acronym(word) or proper)

    def _acronym(self, word: Word) -> bool:
        """An acronym's shape: two to ten letters, digits, hyphens or "&", two or more of them capitals, no place or
        word that is no organisation ("EEC", "K-SURE", "KazAID", "BelTA"; not "VAT", "Kazakhstan")."""
        text, lex = word.text, self.lexicon
        return (2 <= len(text) <= 10 and text[0].isupper() and sum(c.isupper() for c in text) >= 2
                and all(c.isalnum() or c in "-&" for c in text) and not lex.is_place(word) and word.key not in lex.not_org)

