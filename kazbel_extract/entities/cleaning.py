"""The base model's spans made to follow the guidelines: dates without "on", names without titles, determiners,
descriptors and headline words; places relabelled GPE/NORP; topics, sites, generic and indefinite bodies
dropped; amounts left to the rules."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .shapes import NameShapes
from .words import Word, word_range, words_within


class BaseSpanCleaner(NameShapes):
    """Decides, for each span of the statistical `ner`, the span to keep (trimmed, relabelled) or none."""

    def __call__(self, span: Span, words: list[Word]) -> Span | None:
        """The base model's span trimmed to the guidelines, relabelled, or None when it is noise."""
        if span.label_ in ("MONEY", "PERCENT"):
            return None  # `_amounts` reads these shapes itself, without qualifiers
        if span.label_ == "DATE":
            return self._clean_date(span)
        return self._clean_name(span, words)

    def _without_descriptors(self, inner: list[Word]) -> list[Word]:
        """"the Kazakh company Kazakhmys" and "the Khabar TV channel" name "Kazakhmys" and "Khabar": a lowercase
        descriptor noun, and what describes it, is no part of the name."""
        lex = self.lexicon
        at = next((k for k in range(len(inner) - 1, -1, -1) if inner[k].key in lex.descriptors and not inner[k].is_cap), None)
        if at is None:
            return inner
        if at < len(inner) - 1 and all(lex.is_place(w) or not w.is_cap for w in inner[:at]):
            return inner[at + 1:]
        end = at
        while end > 0 and (inner[end - 1].key in lex.descriptors or inner[end - 1].is_acronym and end - 1 > 0):
            end -= 1  # "TV channel"
        return inner[:end] if at == len(inner) - 1 else inner

    def _names_a_model(self, inner: list[Word]) -> bool:
        """Is the span a known company's name and a model number joined by a hyphen ("MAZ-6430", "BELAZ-75710")?"""
        parts = inner[-1].parts
        return (len(inner) == 1 and len(parts) > 1 and parts[-1].isdigit()
                and "-".join(parts[:-1]) in self.lexicon.known_organisations)

    def _without_trailing_links(self, inner: list[Word]) -> list[Word]:
        lex = self.lexicon
        while inner and (inner[-1].key in lex.links or inner[-1].key in ("and", "the") or inner[-1].key in lex.pair_links):
            inner = inner[:-1]
        return inner

    def _before_lowercase_words(self, inner: list[Word]) -> list[Word]:
        """The base model's organisation up to its first lowercase word that is no link of a name ("Kazakh [national
        chamber of entrepreneurs]", "Samruk-Kazyna [sovereign wealth fund]"): a lowercase noun phrase describes, a
        name's words are capitalised but for its links ("Bank of China", "Chamber of Commerce and Industry")."""
        lex = self.lexicon
        at = next((k for k in range(1, len(inner)) if inner[k].text.islower() and inner[k].text.isalpha()
                   and inner[k].key not in lex.name_links and inner[k].key not in lex.pair_links
                   and inner[k].key not in lex.name_particles), len(inner))
        return inner[:at]

    def _after_coordinated_place(self, inner: list[Word]) -> bool:
        """Is the span a place, a connector and a name ("Belarus and Sinosteel", "Kazakhstan and Turkmen Airlines"),
        whose place is the other side of a pair, no part of the name? Two places of one kind are a bilateral body's
        pair ("Belarus and Kazakhstan Business Council"), and a place's own name stays ("Bosnia and Herzegovina")."""
        lex = self.lexicon
        if len(inner) < 3 or inner[1].key not in lex.connectors or not lex.is_place(inner[0]) or lex.is_place_phrase(inner[:3]):
            return False
        return not (lex.is_place(inner[2]) and (inner[0].key in lex.nationalities) == (inner[2].key in lex.nationalities))

    def _after_nationality(self, inner: list[Word]) -> bool:
        """Does a nationality describe the company's name after it ("the Italian Maire Tecnimont", "the Turkish Tekfen
        Construction"), as a descriptor does? Only before a name of two or more words without a head: a nationality
        before a head is the name's ("Belarusian Potash Company", "Kazakh Research Institute"), and one before a single
        word may be ("Korean Air"); a known name keeps it."""
        lex = self.lexicon
        rest = inner[1:]
        return (len(rest) >= 2 and inner[0].key in lex.nationalities and inner[0].key not in lex.country_names
                and all(self.is_name_word(w) and w.key not in lex.heads for w in rest)
                and not all(w.key in lex.vocabulary for w in rest)  # "Georgian [Railway Logistics]": generic words alone
                and not any(w.key in lex.links for w in rest) and not lex.is_place_phrase(rest)
                and " ".join(w.key for w in inner) not in lex.known_organisations)

    def _without_person_after(self, inner: list[Word]) -> list[Word]:
        """The base model's organisation without the personal name of two or three words that ends it ("Chairman of
        Korea Zinc Choi Yoon-beom", the holder of the title after the body's name)."""
        lex = self.lexicon
        for k in range(1, len(inner) - 1):
            if len(inner) - k in (2, 3) and self.person_at(inner, k) and all(lex.is_name_candidate(w) for w in inner[k:]):
                return inner[:k]
        return inner

    def _names_an_office(self, words: list[Word], inner: list[Word]) -> bool:
        """"Minister of [Investment, Industry and Trade of Uzbekistan]": institution words, links and places after a
        title and its link are the office's words, no body (a body's name has a head: "Chairman of the Senate")."""
        lex = self.lexicon
        country = next((k for k in range(len(inner)) if " ".join(w.key for w in inner[k:]) in lex.places), len(inner))
        k = j = word_range(words, inner[0].start, inner[0].end)[0]
        while j > max(0, k - self.max_name_words) and (words[j - 1].key in lex.vocabulary or words[j - 1].key in (",", "and")):
            j -= 1  # "Minister of Trade, Industry and [Energy of Korea]": the office's last words
        return (all(w.key in lex.office_words or w.key in lex.determiners or lex.is_place(w) for w in inner[:country])  # "... of the UAE"
                and (self.follows_title(words, k) or (j < k and self.follows_title(words, j))))

    def _is_topic(self, doc: Doc, words: list[Word], inner: list[Word]) -> bool:
        """"the Treaty on Allied Relations", "a programme on Socio-Economic Cooperation": capitalised words after "on"
        that end on an institution word but no head are a document's topic, not a body (a body's name after "on" is
        read from its head by `_institutions`)."""
        if self.names_a_topic(words, word_range(words, inner[0].start, inner[0].end)[0]):
            return True  # after a document or an event: "the Joint Statement on Comprehensive Strategic Partnership"
        lex, before = self.lexicon, inner[0].start - 1
        if before > 0 and doc[before].lower_ == "the":
            before -= 1
        last = inner[-1].key
        return before >= 0 and doc[before].lower_ == "on" and last in lex.vocabulary and last not in lex.heads

    def _headline_span(self, inner: list[Word], label: str) -> list[Word]:
        """The base model's span in a title-case headline, whose capitalised verbs and function words it reads as
        names: without the function words at its ends ("Of Kazakhstan-Belarus Business Council"); none when one
        stands inside an organisation other than a link ("Foreign Ministers Meet In Tashkent") or when a person has
        no surname ("Receives Credentials")."""
        lex = self.lexicon
        while inner and inner[0].lowered:
            inner = inner[1:]
        while inner and inner[-1].lowered:
            inner = inner[:-1]
        if label == "ORG" and any(w.lowered and w.key not in lex.links and w.key not in lex.connectors for w in inner):
            return []
        if label == "PERSON":
            return self.headline_name(inner)
        if all(lex.is_place(w) or w.key in lex.vocabulary for w in inner):
            return []  # "To Invest $1 Bln In [Kazakh Energy]": a sector, capitalised by the title case
        return inner

    def _clean_date(self, span: Span) -> Span | None:
        """"on 16 March" gives "16 March"; "last year's" gives "last year"."""
        doc, trim, marks = span.doc, self.lexicon.date_trim, self.lexicon.trailing_marks
        start, end = span.start, span.end
        while start < end and doc[start].lower_ in trim:
            start += 1
        while end > start and (doc[end - 1].lower_ in trim or doc[end - 1].text in marks):
            end -= 1
        return Span(doc, start, end, label="DATE") if start < end else None

    def _clean_name(self, span: Span, words: list[Word]) -> Span | None:
        """PERSON without titles, ORG without places and generic words; places relabelled GPE/NORP."""
        doc, lex, label = span.doc, self.lexicon, span.label_
        start, end = span.start, span.end
        while start < end and doc[start].lower_ in lex.determiners:
            start += 1
        while end > start and (doc[end - 1].text in lex.trailing_marks or doc[end - 1].is_space):
            end -= 1
        inner = words_within(words, start, end)
        while inner and lex.is_compound_modifier(inner[0]):
            inner = inner[1:]  # "Kostanay-based [Agromashholding KZ JSC]"
        if inner and inner[0].headline:
            inner = self._headline_span(inner, label)
        if label == "ORG":
            inner = self._without_trailing_links(inner)  # "Research Institutes of", "Trade between"
        if label == "ORG" and len(inner) > 2 and lex.is_place(inner[0]) and inner[1].text in lex.possessives:
            inner = inner[2:]  # "Kazakhstan's Union of Chernobyl Veterans"
        if label == "ORG" and self._after_coordinated_place(inner):
            inner = inner[2:]  # "(between) Belarus and Sinosteel"
        if label == "ORG" and self._after_nationality(inner):
            inner = inner[1:]  # "the Italian [Maire Tecnimont]"
        if label == "ORG":
            inner = self._without_person_after(inner)  # "Chairman of [Korea Zinc] Choi Yoon-beom"
        if label == "ORG" and inner:
            after = word_range(words, inner[-1].end, inner[-1].end + 1)[0]
            described = after < len(words) and words[after].key in lex.descriptors and words[after].text.islower()
            # "the Kazakh TV channel Khabar": read with the descriptor after it, the base model's "Kazakh TV" describes
            inner = self._without_trailing_links(
                self._before_lowercase_words(self._without_descriptors(inner + [words[after]] if described else inner)))
        if label == "ORG" and inner and self._names_an_office(words, inner):
            return None
        if label == "ORG" and inner and self._is_topic(doc, words, inner):
            return None
        if label == "ORG" and inner and self.runs_into_a_document(words, word_range(words, inner[-1].start, inner[-1].end)[1]):
            return None  # "the [Enhanced Partnership] and Cooperation Agreement": part of a document's name
        if label in ("ORG", "PERSON") and inner and self.names_a_site(words, *word_range(words, inner[0].start, inner[-1].end)):
            return None  # "the Rixos Borovoe hotel", "the open pit Bogatyr"
        if label == "ORG" and lex.is_website(inner):
            return None  # "Kapital.kz reports": a website cited as a source
        if label == "ORG" and inner and self.names_an_undertaking(words, *word_range(words, inner[0].start, inner[-1].end)):
            return None  # "the Hyrasia One project": a project, no body
        if label == "PERSON":
            while inner and not lex.is_name_candidate(inner[0]):
                inner = inner[1:]
        if not inner or not any(c.isalpha() for w in inner for c in w.text):
            return None
        if label not in ("PERSON", "ORG"):
            return Span(doc, inner[0].start, inner[-1].end, label=label)
        places = [w for w in inner if w.key not in lex.connectors]
        if lex.is_place_phrase(places):  # "Kazakhstan & Belarus", "Belarus-Nizhny Novgorod"
            kind = "NORP" if all(w.key in lex.nationalities for w in places) else "GPE"
            return Span(doc, inner[0].start, inner[-1].end, label=kind)
        if len(inner) == 2 and inner[-1].key in lex.region_words:
            return Span(doc, inner[0].start, inner[-1].end, label="GPE")  # "Gomel Oblast"
        if label == "PERSON":
            if not all(lex.is_name_candidate(w) for w in inner):
                return None
            if len(inner) == 1 and not lex.looks_like_surname(inner[0]):
                return None  # a lone capitalised word is a name only with more evidence
            return Span(doc, inner[0].start, inner[-1].end, label="PERSON")
        if not inner[0].is_cap or any(w.key in lex.titles or w.key in lex.not_org for w in inner):
            return None
        if self._names_a_model(inner):
            return None  # "the MAZ-6430 tractor unit": a product of MAZ
        if inner[-1].key in lex.title_plurals and all(lex.is_place(w) or w.key in lex.connectors for w in inner[:-1]):
            return None  # "Kazakh, Belarusian Presidents hold talks"
        if len(inner) > 1 and inner[0].key in lex.title_plurals and inner[1].key in lex.links:
            return None  # "Heads of Government of the CIS met": the office of several people, no body
        if inner[-1].end < len(doc) and doc[inner[-1].end].text.casefold() in lex.titles:
            return None  # "Kazakh Foreign" of "Kazakh Foreign Minister": part of a title
        if len(inner) == 1 and not inner[0].is_acronym and doc[inner[0].start].pos_ != "PROPN":
            return None  # "Time has passed": a capitalised common noun
        head = inner[-1].key
        if head in lex.heads and self.is_generic(inner[:-1], inner[-1]):
            return None  # "Parliament", "Kazakh Parliament": generic
        if all(w.key in lex.vocabulary or w.key in lex.plural_heads or w.key in lex.connectors for w in inner):
            return None  # "cooperation in Agriculture, Industry and Transport", "the Research Institutes": generic
        if self.plural_head(inner) and not self.ends_on_owners(inner):
            return None  # "the Ministries of Foreign Affairs", "Foreign Ministries of Kazakhstan" (and Uzbekistan)
        if (head in lex.heads and not any(lex.is_place(w) or w.is_acronym or w.key in lex.links for w in inner)
                and self.indefinite(words, word_range(words, inner[0].start, inner[0].end)[0])):
            return None  # "a joint Working Group": a kind of body, not a name
        if 2 <= len(inner) <= 3 and all(lex.is_name_candidate(w) for w in inner) and (
                lex.looks_like_surname(inner[-1]) or lex.opens_a_name(inner[0], inner[1])):
            return Span(doc, inner[0].start, inner[-1].end, label="PERSON")  # "Bulat Bakauov" read as ORG
        return Span(doc, inner[0].start, inner[-1].end, label="ORG")
