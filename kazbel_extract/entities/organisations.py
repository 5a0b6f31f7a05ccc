"""ORG spans proposed by rules: gazetteer names as written (`known_names`), institution, company, announced and
local-executive shapes, glued names ("KazMunayGas"), brand-and-sector names (`sector_names`), partners joined to them by "and" (`partners`), merged where they overlap and ended where
each name ends (`name_ends`), and the short names in brackets beside them (`short_names`)."""
from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .announced import AnnouncedNames
from .chains import OfChains
from .companies import CompanyNames
from .institutions import InstitutionNames
from .known_names import KnownNames
from .lexicon import Lexicon
from .local_executives import LocalExecutives
from .name_ends import NameEnds
from .partners import CoordinatedPartners
from .sector_names import SectorNames
from .shapes import NameShapes
from .short_names import ShortNames
from .words import Word, word_range, words_within


class OrganisationFinder(NameShapes):
    """Decides the rule ORG spans of a doc: the union of each shape's ranges, without sites."""

    def __init__(self, lexicon: Lexicon, max_name_modifiers: int, max_name_words: int, matchers: dict[str, PhraseMatcher]):
        super().__init__(lexicon, max_name_modifiers, max_name_words)
        limits = (lexicon, max_name_modifiers, max_name_words)
        chains = OfChains(*limits)
        self.known = KnownNames(*limits, matchers["organisations"])
        self.institutions = InstitutionNames(*limits, chains)
        self.companies = CompanyNames(*limits, chains, matchers["legal_forms"], matchers["spelt_legal_forms"])
        self.announced = AnnouncedNames(*limits, matchers["source_cues"])
        self.local_executives = LocalExecutives(*limits)
        self.partners = CoordinatedPartners(*limits)
        self.ends = NameEnds(*limits)
        self.short_names = ShortNames(*limits)
        self.sector_names = SectorNames(*limits)

    def __call__(self, doc: Doc, words: list[Word]) -> list[Span]:
        """Gazetteer names and institution-shaped names; overlapping ones become their union."""
        ranges = self.known.find(doc, words)
        ranges += [(words[a].start, words[b - 1].end) for a, b in self.institutions.find(doc, words)]
        form_ends = self.companies.legal_forms(doc)
        ranges += self.companies.with_legal_form(doc, words, form_ends) + self.companies.named_plants(words) + self.announced.find(doc, words)
        ranges += self.companies.joined_by_ampersand(words) + self.companies.glued_names(words)
        ranges += self.local_executives.find(words)
        ranges += self.sector_names.find(doc, words)
        ranges += self.partners.find(doc, words, ranges)
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        spans = [Span(doc, s, e, label="ORG") for s, e in self.ends(doc, words, merged, form_ends)
                 if not self.names_a_site(words, *word_range(words, s, e)) and not self.lexicon.is_website(words_within(words, s, e))]
        return spans + self.short_names.find(doc, words, spans)
