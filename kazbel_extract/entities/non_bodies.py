"""Base model ORG spans that name no body, per the guidelines: an office after a title, a document's topic or part
of its name, a website, a project, a product model, the office of several people, part of a title, a capitalised
common noun, and generic, plural or indefinite bodies."""
from __future__ import annotations

from spacy.tokens import Doc

from .shapes import NameShapes
from .words import Word, word_range


class NotABody(NameShapes):
    """Decides whether the words of a base model ORG span, trimmed to the name, are no organisation's name."""

    def names_something_else(self, doc: Doc, words: list[Word], inner: list[Word]) -> bool:
        """Do the words name an office, a topic, part of a document's name, a website or a project?"""
        return (self._names_an_office(words, inner) or self._is_topic(doc, words, inner)
                # "the [Enhanced Partnership] and Cooperation Agreement": part of a document's name
                or self.runs_into_a_document(words, word_range(words, inner[-1].start, inner[-1].end)[1])
                or self.lexicon.is_website(inner)  # "Kapital.kz reports": a website cited as a source
                # "the Hyrasia One project": a project, no body
                or self.names_an_undertaking(words, *word_range(words, inner[0].start, inner[-1].end)))

    def is_common_phrase(self, doc: Doc, words: list[Word], inner: list[Word]) -> bool:
        """Are the words, no place, no name of a kind but a body's kind, a title or a common noun?"""
        lex = self.lexicon
        if not inner[0].is_cap or any(w.key in lex.titles or w.key in lex.not_org for w in inner):
            return True
        if inner[-1].key in lex.abstract_nouns and not any(w.key in lex.heads or lex.is_place(w) or w.is_acronym for w in inner) \
                and " ".join(w.key for w in inner) not in lex.known_organisations:
            return True  # "Comprehensive Strategic Partnership", "Digital Transformation": a relation or a process
        named = next((w for k, w in enumerate(inner) if k + 1 < len(inner) and inner[k + 1].key in lex.links), inner[-1])
        if named.key in lex.sector_heads:
            return True  # "the Agro-Industrial Complex of Belarus": a sector of the economy, no body
        if any(w.numbered in lex.sites for w in inner):
            return True  # "Ekibastuz GRES-2", "the Almaty CHP-3": a numbered site
        if self._names_a_model(inner):
            return True  # "the MAZ-6430 tractor unit": a product of MAZ
        if inner[-1].key in lex.title_plurals and all(lex.is_place(w) or w.key in lex.connectors for w in inner[:-1]):
            return True  # "Kazakh, Belarusian Presidents hold talks"
        if len(inner) > 1 and inner[0].key in lex.title_plurals and inner[1].key in lex.links:
            return True  # "Heads of Government of the CIS met": the office of several people, no body
        if inner[-1].end < len(doc) and doc[inner[-1].end].text.casefold() in lex.titles:
            return True  # "Kazakh Foreign" of "Kazakh Foreign Minister": part of a title
        if len(inner) == 1 and not inner[0].is_acronym and doc[inner[0].start].pos_ != "PROPN":
            return True  # "Time has passed": a capitalised common noun
        head = inner[-1].key
        if head in lex.heads and self.is_generic(inner[:-1], inner[-1]):
            return True  # "Parliament", "Kazakh Parliament": generic
        if all(w.key in lex.vocabulary or w.key in lex.plural_heads or w.key in lex.connectors for w in inner):
            return True  # "cooperation in Agriculture, Industry and Transport", "the Research Institutes": generic
        if self.plural_head(inner) and not self.ends_on_owners(inner):
            return True  # "the Ministries of Foreign Affairs", "Foreign Ministries of Kazakhstan" (and Uzbekistan)
        return (head in lex.heads and not any(lex.is_place(w) or w.is_acronym or w.key in lex.links for w in inner)
                and self.indefinite(words, word_range(words, inner[0].start, inner[0].end)[0]))  # "a joint Working Group"

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

    def _names_a_model(self, inner: list[Word]) -> bool:
        """Is the span a known company's name and a model number joined by a hyphen ("MAZ-6430", "BELAZ-75710")?"""
        return len(inner) == 1 and inner[0].numbered in self.lexicon.known_organisations
